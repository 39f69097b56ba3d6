// SecretStore against a real keychain: run by with-keyring.sh (a private GNOME Keyring on a private D-Bus
// session) and by without-keyring.sh (no D-Bus at all), which say which through STAMP_TEST_KEYRING.
#include "account.h"
#include "secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace store;

namespace {

struct Answer
{
    bool called = false;
    QString password;
    SecretStore::Result result;
};

QString testSecret()
{
    const QString s = qEnvironmentVariable("STAMP_TEST_SECRET");
    return s.isEmpty() ? QStringLiteral("Stamp-test-secret-default") : s;
}

// Files under HOME that hold the secret, as it is or in base64 (what a plain-file fallback would write).
QStringList filesHoldingSecret(const QString &secret)
{
    QStringList hits;
    const QByteArray plain = secret.toUtf8();
    QByteArray b64 = plain.toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(plain) || bytes.contains(b64))
            hits << path;
    }
    return hits;
}

}  // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void missingEntryIsNotFound();
    void overwriteAndUnicode();
    void answersLaterNeverInline();
    void destroyedContextIsNotCalled();
    void noServiceWritesNothing();
    void messagesSayWhatToDo();
    void lockedKeychain();  // last: the keyring cannot be unlocked again without a prompt

private:
    bool m_available = false;
    SecretStore m_secrets;

    Answer write(const QString &account, const QString &password)
    {
        Answer a;
        m_secrets.writePassword(account, password, this, [&a](const SecretStore::Result &r) {
            a.result = r;
            a.called = true;
        });
        if (!QTest::qWaitFor([&] { return a.called; }, 30000))
            qWarning("keychain write did not answer");
        return a;
    }
    Answer read(const QString &account)
    {
        Answer a;
        m_secrets.readPassword(account, this, [&a](const QString &p, const SecretStore::Result &r) {
            a.password = p;
            a.result = r;
            a.called = true;
        });
        if (!QTest::qWaitFor([&] { return a.called; }, 30000))
            qWarning("keychain read did not answer");
        return a;
    }
    Answer remove(const QString &account)
    {
        Answer a;
        m_secrets.removePassword(account, this, [&a](const SecretStore::Result &r) {
            a.result = r;
            a.called = true;
        });
        if (!QTest::qWaitFor([&] { return a.called; }, 30000))
            qWarning("keychain remove did not answer");
        return a;
    }
};

void TestSecretStore::initTestCase()
{
    const QByteArray mode = qgetenv("STAMP_TEST_KEYRING");
    if (mode.isEmpty())
        QSKIP("run through tests/store/with-keyring.sh or without-keyring.sh (ctest does)");
    m_available = mode == "available";
    if (m_available)
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "with-keyring.sh should provide a bus");
    else
        QVERIFY2(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "without-keyring.sh should remove the bus");
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("Stamp SMTP"));
}

void TestSecretStore::writeReadRemove()
{
    if (!m_available)
        QSKIP("needs the keyring");
    const QString secret = testSecret();
    Answer w = write(QStringLiteral("work"), secret);
    QVERIFY(w.called);
    QVERIFY2(w.result.ok(), qPrintable(w.result.message + QLatin1String(" / ") + w.result.detail));
    QCOMPARE(m_secrets.pendingJobs(), 0);

    Answer r = read(QStringLiteral("work"));
    QVERIFY2(r.result.ok(), qPrintable(r.result.message));
    QCOMPARE(r.password, secret);
    // Another account's key does not see it.
    QCOMPARE(read(QStringLiteral("home")).result.error, SecretStore::Error::NotFound);
    // The keyring file on disk is encrypted: the secret is nowhere in clear.
    QVERIFY2(filesHoldingSecret(secret).isEmpty(),
             qPrintable(filesHoldingSecret(secret).join(QLatin1Char(' '))));

    Answer d = remove(QStringLiteral("work"));
    QVERIFY2(d.result.ok(), qPrintable(d.result.message));
    Answer gone = read(QStringLiteral("work"));
    QCOMPARE(gone.result.error, SecretStore::Error::NotFound);
    QVERIFY(gone.password.isEmpty());
    // Removing what is not there: libsecret says nothing was removed without an error, so this is either.
    const SecretStore::Error again = remove(QStringLiteral("work")).result.error;
    QVERIFY(again == SecretStore::Error::None || again == SecretStore::Error::NotFound);
}

void TestSecretStore::missingEntryIsNotFound()
{
    if (!m_available)
        QSKIP("needs the keyring");
    Answer r = read(QStringLiteral("never-saved"));
    QVERIFY(r.called);
    QCOMPARE(r.result.error, SecretStore::Error::NotFound);
    QVERIFY(r.result.message.contains(QLatin1String("never-saved")));
    QVERIFY(r.result.message.contains(QLatin1String("No password was found")));
}

void TestSecretStore::overwriteAndUnicode()
{
    if (!m_available)
        QSKIP("needs the keyring");
    QVERIFY(write(QStringLiteral("u"), QStringLiteral("first")).result.ok());
    const QString second = QStringLiteral("pässwörd ✓ \"quoted\" ;=");
    QVERIFY(write(QStringLiteral("u"), second).result.ok());
    QCOMPARE(read(QStringLiteral("u")).password, second);
    QVERIFY(remove(QStringLiteral("u")).result.ok());
}

void TestSecretStore::answersLaterNeverInline()
{
    bool called = false;
    m_secrets.readPassword(QStringLiteral("x"), this,
                           [&](const QString &, const SecretStore::Result &) { called = true; });
    QVERIFY(!called);  // the call returned before any answer: nothing blocked
    QCOMPARE(m_secrets.pendingJobs(), 1);
    QVERIFY(QTest::qWaitFor([&] { return called; }, 30000));
    QCOMPARE(m_secrets.pendingJobs(), 0);
}

void TestSecretStore::destroyedContextIsNotCalled()
{
    bool called = false;
    auto *context = new QObject;
    m_secrets.readPassword(QStringLiteral("x"), context,
                           [&](const QString &, const SecretStore::Result &) { called = true; });
    delete context;  // the dialog that asked was closed
    QVERIFY(QTest::qWaitFor([&] { return m_secrets.pendingJobs() == 0; }, 30000));
    QVERIFY(!called);
}

void TestSecretStore::noServiceWritesNothing()
{
    if (m_available)
        QSKIP("needs no keyring");
    const QString secret = testSecret();
    // An account is saved too, so that the settings file exists and is searched.
    Account a;
    a.name = QStringLiteral("work");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("smtp.example.org");
    a.user = QStringLiteral("ann");
    QVERIFY(AccountStore().save(a));

    Answer w = write(QStringLiteral("work"), secret);
    QVERIFY(w.called);
    QVERIFY2(w.result.error == SecretStore::Error::NoService, qPrintable(w.result.detail));
    qInfo("keychain's own words: %s", qPrintable(w.result.detail));
    QVERIFY(w.result.message.contains(QLatin1String("No keychain service")));
    QVERIFY(w.result.message.contains(QLatin1String("not saved anywhere")));
    QCOMPARE(read(QStringLiteral("work")).result.error, SecretStore::Error::NoService);
    QCOMPARE(remove(QStringLiteral("work")).result.error, SecretStore::Error::NoService);

    QVERIFY(QFile::exists(AccountStore::defaultFileName()));
    const QStringList hits = filesHoldingSecret(secret);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
}

void TestSecretStore::messagesSayWhatToDo()
{
    for (auto e :
         {SecretStore::Error::NoService, SecretStore::Error::Locked, SecretStore::Error::AccessDenied,
          SecretStore::Error::NotFound, SecretStore::Error::Other}) {
        const QString m = SecretStore::describe(e, QStringLiteral("work"), QStringLiteral("detail"));
        QVERIFY(m.contains(QLatin1String("\"work\"")));
        QVERIFY2(m.contains(QLatin1String("try again"), Qt::CaseInsensitive)
                     || m.contains(QLatin1String("Enter it again")),
                 qPrintable(m));
    }
    QVERIFY(SecretStore::describe(SecretStore::Error::None, QStringLiteral("work")).isEmpty());
}

void TestSecretStore::lockedKeychain()
{
    if (!m_available)
        QSKIP("needs the keyring");
    QVERIFY(write(QStringLiteral("before"), QStringLiteral("pw")).result.ok());
    // Lock the login keyring over D-Bus (Secret Service API, Service.Lock); unlocking would need a prompt,
    // which has no display to show on here.
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY(QTest::qWaitFor([&] { return lock.state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(lock.exitCode(), 0);

    Answer w = write(QStringLiteral("after"), testSecret());
    QVERIFY(w.called);
    QVERIFY2(w.result.error == SecretStore::Error::Locked, qPrintable(w.result.detail));
    QVERIFY(w.result.message.contains(QLatin1String("locked")));
    qInfo("keychain's own words: %s", qPrintable(w.result.detail));
    Answer r = read(QStringLiteral("before"));
    QVERIFY(r.called);
    QVERIFY(!r.result.ok());
    QVERIFY(r.password.isEmpty());
    qInfo("reading from a locked keyring: %s (%s)", qPrintable(r.result.message),
          qPrintable(r.result.detail));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
