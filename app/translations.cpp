#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString installTranslators()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {};
    // Walk the user's list in order ourselves: QTranslator::load(QLocale) would skip past an English entry
    // and pick a later language, but "LANGUAGE=en:de" means English first. The .qm files are embedded
    // (":/i18n", see translations/CMakeLists.txt), so the command line and the window find them wherever they
    // run from.
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &language : languages) {
        const QLocale locale(language);
        auto *stamp = new QTranslator(app);
        if (stamp->load(locale, QStringLiteral("stamp"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(stamp);
            // Qt's own strings (standard buttons, file dialogs): present when qt6-translations-l10n is.
            auto *qt = new QTranslator(app);
            if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qt);
            else
                delete qt;
            return QFileInfo(stamp->filePath()).completeBaseName().mid(int(qstrlen("stamp_")));
        }
        delete stamp;
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return {};  // the source language: the strings as written
    }
    return {};
}
