#include "guimain.h"

#include "appcontext.h"
#include "startup.h"
#include "util.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The names decide where settings and mail are kept: the same as the command line's.
    QApplication::setApplicationName(QStringLiteral("stamp"));
    QApplication::setOrganizationName(QStringLiteral("Stamp"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stamp"));
    QApplication::setApplicationVersion(QStringLiteral(STAMP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("stamp"));
    QApplication::setWindowIcon(ui::appIcon());

    QTranslator qtTranslator, translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(QLocale(), QStringLiteral("stamp"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    ui::AppContext context;
    QStringList arguments = QApplication::arguments();
    arguments.removeFirst();
    ui::openStartupWindow(&context, arguments);
    return QApplication::exec();
}
