// `stamp contacts list|import|export` as a separate process, sharing the window's address book
// (contacts.json in the mail folder): a 3.0 import with a group, a broken file that imports nothing and names
// its line (exit 11), list, and a 4.0 export that reads back the same. Run by without-keyring.sh (a fresh
// HOME).
#include "contacts.h"
#include "mailstore.h"
#include "vcard.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace store;

class TestContactsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Where stamp keeps its data (as app/main.cpp names it), to read the book as the window would.
        QCoreApplication::setOrganizationName(QStringLiteral("Stamp"));
        QCoreApplication::setApplicationName(QStringLiteral("stamp"));
    }
    void importListExport()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.vcf"));
        write(in,
              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lee\\, Ann\r\nEMAIL;TYPE=INTERNET,pref:ann@example.org\r\n"
              "CATEGORIES:Team\r\nEND:VCARD\r\n"
              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nEMAIL:bob@exa\r\n mple.org\r\nEND:VCARD\r\n");
        QString out, err;
        QCOMPARE(stamp({QStringLiteral("contacts"), QStringLiteral("import"), in}, &out, &err), 0);
        QCOMPARE(out, QStringLiteral("2 contact(s) added, 0 updated, 1 group(s) read\n"));

        // A broken file: exit 11, the line named, nothing imported.
        const QString bad = dir.filePath(QStringLiteral("bad.vcf"));
        write(bad, "BEGIN:VCARD\nVERSION:3.0\nFN:Cyd\nEMAIL:cyd@example.org\nEND:VCARD\n"
                   "BEGIN:VCARD\nVERSION:3.0\nFN:Dee\nEMAIL:dee at example.org\nEND:VCARD\n");
        QCOMPARE(stamp({QStringLiteral("contacts"), QStringLiteral("import"), bad}, &out, &err), 11);
        QVERIFY2(err.contains(QLatin1String("nothing was imported")) && err.contains(QLatin1String("Line 9")),
                 qPrintable(err));
        QCOMPARE(stamp({QStringLiteral("contacts"), QStringLiteral("import"),
                        dir.filePath(QStringLiteral("none"))},
                       &out, &err),
                 11);

        QCOMPARE(stamp({QStringLiteral("contacts"), QStringLiteral("list")}, &out, &err), 0);
        QCOMPARE(out, QStringLiteral(
                          "Lee, Ann\tann@example.org\nBob\tbob@example.org\ngroup Team\tann@example.org\n"));
        // The window's store sees the same book.
        ContactStore book(MailStore::defaultRoot());
        QCOMPARE(book.contacts().size(), 2);

        const QString exported = dir.filePath(QStringLiteral("out.vcf"));
        QCOMPARE(stamp({QStringLiteral("contacts"), QStringLiteral("export"), exported}, &out, &err), 0);
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        vcard::ReadResult back;
        QString error;
        QVERIFY2(vcard::read(f.readAll(), &back, &error), qPrintable(error));
        QCOMPARE(back.book.contacts.size(), 2);
        QCOMPARE(back.book.contacts[0].name, QStringLiteral("Lee, Ann"));
        QCOMPARE(back.book.groups.size(), 1);
        QCOMPARE(back.book.groups[0].members, QStringList{QStringLiteral("ann@example.org")});

        // Usage errors: no file, an unknown subcommand.
        QCOMPARE(stamp({QStringLiteral("contacts"), QStringLiteral("import")}, &out, &err), 2);
        QCOMPARE(stamp({QStringLiteral("contacts"), QStringLiteral("lsit")}, &out, &err), 2);
        QVERIFY2(err.contains(QLatin1String("list")), qPrintable(err));
    }

private:
    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    int stamp(const QStringList &args, QString *out, QString *err)
    {
        QProcess p;
        p.setProgram(QStringLiteral(STAMP_BINARY));
        p.setArguments(args);
        p.start();
        p.waitForStarted(10000);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished(5000);
            return -2;
        }
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
};

QTEST_GUILESS_MAIN(TestContactsCli)
#include "tst_contactscli.moc"
