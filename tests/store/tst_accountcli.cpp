// `stamp account` and `stamp send --account`, run as a separate process the way a user would. Run by
// with-keyring.sh (a private GNOME Keyring) and by without-keyring.sh (no D-Bus); both give a fresh HOME.
#include "../fakeserver.h"
#include "account.h"
#include "mailstore.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QTest>

using namespace store;

namespace {

struct Run
{
    int exit = -1;
    QString out, err;
};

QString secret()
{
    const QString s = qEnvironmentVariable("STAMP_TEST_SECRET");
    return s.isEmpty() ? QStringLiteral("Stamp-test-secret-default") : s;
}

QString authPlain(const QString &user, const QString &password)
{
    QByteArray raw;
    raw.append('\0');
    raw.append(user.toUtf8());
    raw.append('\0');
    raw.append(password.toUtf8());
    return QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(raw.toBase64());
}

QStringList addWork()
{
    return {QStringLiteral("account"),
            QStringLiteral("add"),
            QStringLiteral("work"),
            QStringLiteral("--from"),
            QStringLiteral("Ann Example <ann@example.org>"),
            QStringLiteral("--server"),
            QStringLiteral("127.0.0.1:2525"),
            QStringLiteral("--security"),
            QStringLiteral("none"),
            QStringLiteral("--allow-plaintext-auth"),
            QStringLiteral("--user"),
            QStringLiteral("ann"),
            QStringLiteral("--password-stdin")};
}

QStringList sendArgs(quint16 port)
{
    return {QStringLiteral("send"),
            QStringLiteral("--account"),
            QStringLiteral("work"),
            QStringLiteral("--server"),
            QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--ehlo"),
            QStringLiteral("client.example"),
            QStringLiteral("--to"),
            QStringLiteral("bob@example.org"),
            QStringLiteral("--bcc"),
            QStringLiteral("hidden@example.org"),
            QStringLiteral("--subject"),
            QStringLiteral("Hi"),
            QStringLiteral("--body"),
            QStringLiteral("Hello"),
            QStringLiteral("--timeout"),
            QStringLiteral("20")};
}

QStringList authedSession(const QString &password, const QStringList &afterAuth)
{
    return QStringList{QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 250-fake.example"),       QStringLiteral("S: 250 AUTH PLAIN"),
                       authPlain(QStringLiteral("ann"), password),  QStringLiteral("S: 235 2.7.0 ok")}
           + afterAuth;
}

const QStringList deliver{
    QStringLiteral("C: MAIL FROM:<ann@example.org>"),
    QStringLiteral("S: 250 ok"),
    QStringLiteral("C: RCPT TO:<bob@example.org>"),
    QStringLiteral("S: 250 ok"),
    QStringLiteral("C: RCPT TO:<hidden@example.org>"),
    QStringLiteral("S: 250 ok"),
    QStringLiteral("C: DATA"),
    QStringLiteral("S: 354 go"),
    QStringLiteral("D:"),
    QStringLiteral("S: 250 queued"),
    QStringLiteral("C: QUIT"),
    QStringLiteral("S: 221 bye"),
    QStringLiteral("X"),
};

}  // namespace

class TestAccountCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addListEditRemove();
    void sendUsesPasswordFromKeychain();
    void passwordStdinOverridesKeychain();
    void missingSecretIsClearError();
    void failedSendStaysInOutbox();
    void unknownAccount();
    void noKeychainAddFailsAndSavesNothing();
    void noKeychainAccountWithoutPassword();
    void noKeychainSendNeedingPassword();

private:
    bool m_available = false;

    // The event loop keeps running while stamp runs: the fake server lives in it.
    Run stamp(const QStringList &args, const QString &input = {})
    {
        Run r;
        QProcess p;
        p.setProgram(QStringLiteral(STAMP_BINARY));
        p.setArguments(args);
        p.start();
        if (!p.waitForStarted(10000))  // only the exec; the run itself is waited for with the loop turning
            return r;
        p.write(input.toUtf8());
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 5000))
                qWarning("stamp could not be stopped");
            qWarning("stamp did not finish in time");
            return r;
        }
        r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    SecretStore::Result keychainRead(const QString &account, QString *password)
    {
        SecretStore secrets;
        SecretStore::Result result;
        bool done = false;
        secrets.readPassword(account, this, [&](const QString &p, const SecretStore::Result &r) {
            *password = p;
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("keychain did not answer");
        return result;
    }

    SecretStore::Result keychainRemove(const QString &account)
    {
        SecretStore secrets;
        SecretStore::Result result;
        bool done = false;
        secrets.removePassword(account, this, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("keychain did not answer");
        return result;
    }

    QByteArray settingsText() const
    {
        QFile f(AccountStore::defaultFileName());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestAccountCli::initTestCase()
{
    const QByteArray mode = qgetenv("STAMP_TEST_KEYRING");
    if (mode.isEmpty())
        QSKIP("run through tests/store/with-keyring.sh or without-keyring.sh (ctest does)");
    m_available = mode == "available";
    // The same names as stamp's, so MailStore() here finds stamp's folders.
    QCoreApplication::setOrganizationName(QStringLiteral("Stamp"));
    QCoreApplication::setApplicationName(QStringLiteral("stamp"));
}

void TestAccountCli::init()
{
    // Each test starts with no account and no mail; secrets are removed by the tests that make them.
    QFile::remove(AccountStore::defaultFileName());
    QDir(MailStore::defaultRoot()).removeRecursively();
}

void TestAccountCli::addListEditRemove()
{
    if (!m_available)
        QSKIP("needs the keyring");
    Run r = stamp(addWork(), secret() + QLatin1Char('\n'));
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Account \"work\" added.")));

    // The settings file has the account and no trace of the password.
    const QByteArray settings = settingsText();
    QVERIFY(settings.contains("host=127.0.0.1"));
    QVERIFY(!settings.contains(secret().toUtf8()));
    QVERIFY(!settings.contains(secret().toUtf8().toBase64().left(16)));
    QVERIFY(!settings.toLower().contains("password"));
    // The keychain has it, under the window's service and key.
    QString password;
    QVERIFY(keychainRead(QStringLiteral("work"), &password).ok());
    QCOMPARE(password, secret());

    r = stamp({QStringLiteral("account"), QStringLiteral("list")});
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(QLatin1String(
                 "work (default)\tAnn Example <ann@example.org>\t127.0.0.1:2525 none\tuser ann")),
             qPrintable(r.out));

    r = stamp(addWork(), secret() + QLatin1Char('\n'));
    QCOMPARE(r.exit, 2);
    QVERIFY(r.err.contains(QLatin1String("exists already")));

    r = stamp({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("work"),
               QStringLiteral("--signature"), QStringLiteral("-- Ann"), QStringLiteral("--security"),
               QStringLiteral("tls")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const std::optional<Account> edited = AccountStore().find(QStringLiteral("work"));
    QVERIFY(edited);
    QCOMPARE(edited->signature, QStringLiteral("-- Ann"));
    QCOMPARE(edited->security, smtp::Security::ImplicitTls);
    QCOMPARE(edited->port, quint16(2525));  // chosen explicitly, so kept
    QCOMPARE(edited->user, QStringLiteral("ann"));
    QVERIFY(keychainRead(QStringLiteral("work"), &password).ok());  // editing kept the password
    QCOMPARE(password, secret());

    r = stamp({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("nobody")});
    QCOMPARE(r.exit, 2);

    r = stamp({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("work")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY(AccountStore().accounts().isEmpty());
    QCOMPARE(keychainRead(QStringLiteral("work"), &password).error, SecretStore::Error::NotFound);
}

void TestAccountCli::sendUsesPasswordFromKeychain()
{
    if (!m_available)
        QSKIP("needs the keyring");
    QCOMPARE(stamp(addWork(), secret() + QLatin1Char('\n')).exit, 0);
    FakeServer server(authedSession(secret(), deliver));
    const Run r = stamp(sendArgs(server.port()));
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.data().size(), 1);
    const QByteArray content = server.data().first();
    QVERIFY(content.contains("From: Ann Example <ann@example.org>"));
    QVERIFY(!content.contains("hidden@"));
    // Through the same outbox and Sent as the window.
    MailStore mail;
    QVERIFY(mail.outbox().isEmpty());
    QCOMPARE(mail.sent().size(), 1);
    QCOMPARE(mail.sent().first().account, QStringLiteral("work"));
    QFile eml(mail.sentEmlPath(mail.sent().first().id));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QVERIFY(!eml.readAll().toLower().contains("bcc"));
    QVERIFY(keychainRemove(QStringLiteral("work")).ok());
}

void TestAccountCli::passwordStdinOverridesKeychain()
{
    if (!m_available)
        QSKIP("needs the keyring");
    QCOMPARE(stamp(addWork(), secret() + QLatin1Char('\n')).exit, 0);
    FakeServer server(authedSession(QStringLiteral("typed instead"), deliver));
    const Run r = stamp(sendArgs(server.port()) << QStringLiteral("--password-stdin"),
                        QStringLiteral("typed instead\n"));
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QVERIFY(keychainRemove(QStringLiteral("work")).ok());
}

void TestAccountCli::missingSecretIsClearError()
{
    if (!m_available)
        QSKIP("needs the keyring");
    QCOMPARE(stamp(addWork(), secret() + QLatin1Char('\n')).exit, 0);
    QVERIFY(keychainRemove(QStringLiteral("work")).ok());
    FakeServer server(authedSession(secret(), deliver));
    const Run r = stamp(sendArgs(server.port()));
    QCOMPARE(r.exit, 11);
    QVERIFY2(r.err.contains(QLatin1String("No password was found in the keychain for the account \"work\"")),
             qPrintable(r.err));
    QCOMPARE(server.connections(), 0);  // it did not even connect
    QVERIFY(MailStore().outbox().isEmpty());
}

void TestAccountCli::failedSendStaysInOutbox()
{
    if (!m_available)
        QSKIP("needs the keyring");
    QCOMPARE(stamp(addWork(), secret() + QLatin1Char('\n')).exit, 0);
    FakeServer server(
        authedSession(secret(), {QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                                 QStringLiteral("S: 550 5.7.1 Not allowed"), QStringLiteral("C: QUIT"),
                                 QStringLiteral("S: 221 bye"), QStringLiteral("X")}));
    const Run r = stamp(sendArgs(server.port()));
    QCOMPARE(r.exit, 7);
    QVERIFY(r.err.contains(QLatin1String("kept in the outbox")));
    const QList<MailItem> outbox = MailStore().outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().status, MailItem::Status::Failed);
    QVERIFY(outbox.first().failureReply.startsWith(QLatin1String("550 5.7.1")));
    QCOMPARE(outbox.first().bcc, QStringLiteral("hidden@example.org"));
    QVERIFY(keychainRemove(QStringLiteral("work")).ok());
}

void TestAccountCli::unknownAccount()
{
    Run r = stamp({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("nobody"),
                   QStringLiteral("--to"), QStringLiteral("bob@example.org")});
    QCOMPARE(r.exit, 2);
    QVERIFY(r.err.contains(QLatin1String("no account named \"nobody\"")));
    r = stamp({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("nobody")});
    QCOMPARE(r.exit, 2);
    r = stamp({QStringLiteral("account"), QStringLiteral("frobnicate")});
    QCOMPARE(r.exit, 2);
}

void TestAccountCli::noKeychainAddFailsAndSavesNothing()
{
    if (m_available)
        QSKIP("needs no keyring");
    const Run r = stamp(addWork(), secret() + QLatin1Char('\n'));
    QCOMPARE(r.exit, 11);
    QVERIFY2(r.err.contains(QLatin1String("No keychain service")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("was not saved")));
    QVERIFY(
        AccountStore().accounts().isEmpty());  // all or nothing: the same command works once a keychain runs
    QVERIFY(!settingsText().contains(secret().toUtf8()));
    // without-keyring.sh --check-secret then searches the whole HOME for the secret.
}

void TestAccountCli::noKeychainAccountWithoutPassword()
{
    if (m_available)
        QSKIP("needs no keyring");
    Run r = stamp({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("open"),
                   QStringLiteral("--from"), QStringLiteral("ann@example.org"), QStringLiteral("--server"),
                   QStringLiteral("smtp.example.org")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QCOMPARE(AccountStore().find(QStringLiteral("open"))->port, quint16(587));
    r = stamp({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("open")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));  // no keychain means no secret to remove
    // Leave one account, so the settings file exists for the secret search.
    QCOMPARE(stamp({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("kept"),
                    QStringLiteral("--from"), QStringLiteral("ann@example.org"), QStringLiteral("--server"),
                    QStringLiteral("smtp.example.org")})
                 .exit,
             0);
}

void TestAccountCli::noKeychainSendNeedingPassword()
{
    if (m_available)
        QSKIP("needs no keyring");
    Account a;
    a.name = QStringLiteral("work");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.user = QStringLiteral("ann");
    QVERIFY(AccountStore().save(a));
    FakeServer server(QStringList{QStringLiteral("S: 220 fake")});
    const Run r = stamp(sendArgs(server.port()));
    QCOMPARE(r.exit, 11);
    QVERIFY2(r.err.contains(QLatin1String("No keychain service")), qPrintable(r.err));
    QCOMPARE(server.connections(), 0);
}

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_accountcli.moc"
