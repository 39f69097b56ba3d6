#include "guimain.h"

#include "appcontext.h"
#include "startup.h"
#include "translations.h"
#include "util.h"

#include <QApplication>
#include <QIcon>

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The names decide where settings and mail are kept: the same as the command line's.
    QApplication::setApplicationName(QStringLiteral("stamp"));
    QApplication::setOrganizationName(QStringLiteral("Stamp"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stamp"));
    QApplication::setApplicationVersion(QStringLiteral(STAMP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.stamp_mail.Stamp"));  // resources/
    QApplication::setWindowIcon(ui::appIcon());

    installTranslators();

    ui::AppContext context;
    QStringList arguments = QApplication::arguments();
    arguments.removeFirst();
    ui::openStartupWindow(&context, arguments);
    return QApplication::exec();
}
