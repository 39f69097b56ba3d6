// installTranslators() picks the language from the environment the way the user set it: LANGUAGE first (a
// list), then LC_ALL / LC_MESSAGES / LANG, English as the fallback. QLocale::system() is read once per
// process, so each case runs this test binary again as a child with its own environment ("--print").
#include "translations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <cstdio>
#include <cstring>

class TestTranslator : public QObject
{
    Q_OBJECT
private slots:
    void language_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << "de_DE.UTF-8"
                                << ""
                                << "de";
        QTest::newRow("French, Canada") << "fr_CA.UTF-8"
                                        << ""
                                        << "fr";
        QTest::newRow("Spanish, Mexico") << "es_MX.UTF-8"
                                         << ""
                                         << "es";
        QTest::newRow("LANGUAGE wins over LANG") << "de_DE.UTF-8"
                                                 << "es"
                                                 << "es";
        QTest::newRow("LANGUAGE list: the first one Stamp has") << "de_DE.UTF-8"
                                                                << "ja:fr:de"
                                                                << "fr";
        QTest::newRow("English first in the list beats German") << "de_DE.UTF-8"
                                                                << "en:de"
                                                                << "en";
        QTest::newRow("English") << "en_GB.UTF-8"
                                 << ""
                                 << "en";
        QTest::newRow("C locale: the source strings") << "C.UTF-8"
                                                      << ""
                                                      << "";
        QTest::newRow("a language Stamp lacks: English") << "ja_JP.UTF-8"
                                                         << ""
                                                         << "";
    }
    void language()
    {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        if (!language.isEmpty())
            env.insert(QStringLiteral("LANGUAGE"), language);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--print")});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()).trimmed(), expected);
    }
    void qtBaseTranslatorLoadsWhenPresent()
    {
        // German also brings Qt's own German (standard buttons), from qt6-translations-l10n
        // (scripts/common.sh).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--print-qt")});
        QVERIFY(child.waitForFinished(30000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QCOMPARE(out, QStringLiteral("Abbrechen"));
    }
};

int main(int argc, char *argv[])
{
    if (argc > 1 && (!std::strcmp(argv[1], "--print") || !std::strcmp(argv[1], "--print-qt"))) {
        QCoreApplication app(argc, argv);
        const QString language = installTranslators();
        if (!std::strcmp(argv[1], "--print-qt")) {
            const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
            std::printf("%s\n", cancel == QLatin1String("Cancel") ? "no qtbase_de.qm" : qPrintable(cancel));
        } else {
            std::printf("%s\n", qPrintable(language));
        }
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestTranslator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translator.moc"
