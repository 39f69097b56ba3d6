// AccountStore: accounts survive a round trip through the settings file, in the place the window and the
// command line share, and no password ever goes there.
#include "account.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace store;

namespace {

Account sample(const QString &name)
{
    Account a;
    a.name = name;
    a.displayName = QStringLiteral("Ann Example");
    a.address = QStringLiteral("ann@example.org");
    a.signature = QStringLiteral("-- \nAnn\nline two, with \"quotes\" = and ; semicolons");
    a.host = QStringLiteral("smtp.example.org");
    a.port = 465;
    a.security = smtp::Security::ImplicitTls;
    a.user = QStringLiteral("ann");
    a.auth = smtp::AuthMethod::ScramSha256;
    a.caFile = QStringLiteral("/etc/ssl/certs/extra.pem");
    a.pinnedSha256 = QByteArray(64, 'a');
    a.allowPlaintextAuth = false;
    return a;
}

}  // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void signatureInBothForms();
    void sharedFileFollowsXdgConfigHome();
    void replaceAndRemove();
    void defaultAccount();
    void firstAccountStaysDefault();
    void removingTheDefaultKeepsOneChosen();
    void changesByAnotherWriterAreNoticed();
    void ownWritesAreNotifiedOnce();
    void namesThatWouldBreakTheFile_data();
    void namesThatWouldBreakTheFile();
    void invalidAccountIsNotSaved();
    void sessionOptions();
    void unreadableCaFile();

private:
    QTemporaryDir m_home;
};

void TestAccountStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Whatever the wrapper did, this test never touches a real configuration.
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("XDG_CONFIG_HOME");
}

void TestAccountStore::init()
{
    QFile::remove(AccountStore::defaultFileName());
}

void TestAccountStore::roundTrip()
{
    AccountStore store;
    QSignalSpy changed(&store, &AccountStore::accountsChanged);
    QVERIFY(store.accounts().isEmpty());
    const Account a = sample(QStringLiteral("work"));
    QString error;
    QVERIFY2(store.save(a, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);

    // A second object (as another process would) reads the same thing back.
    AccountStore other;
    const QList<Account> all = other.accounts();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first() == a);
    QVERIFY(other.find(QStringLiteral("work")) == a);
    QVERIFY(!other.find(QStringLiteral("home")));

    Account b = sample(QStringLiteral("Home Mail"));
    b.user.clear();
    b.security = smtp::Security::None;
    b.port = 25;
    b.auth = smtp::AuthMethod::Auto;
    b.pinnedSha256.clear();
    b.caFile.clear();
    b.displayName = QStringLiteral("Zoë Ünicode");
    QVERIFY(store.save(b));
    const QList<Account> two = other.accounts();
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].name, QStringLiteral("Home Mail"));  // sorted by name, case-insensitive
    QVERIFY(two[0] == b);
    QVERIFY(two[1] == a);
}

// The formatted signature goes beside the plain one; a file written before it existed (a plain signature
// only) still reads, with no formatted one.
void TestAccountStore::signatureInBothForms()
{
    AccountStore store;
    Account a = sample(QStringLiteral("work"));
    a.signature = QStringLiteral("Ann Example\nhttps://example.org");
    a.signatureHtml =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n"
                       "<p><strong>Ann</strong> <em>Example</em></p>\n"
                       "<p><a href=\"https://example.org\">example.org</a>; \"quoted\" = ;</p>\n"
                       "</body></html>\n");
    QVERIFY(store.save(a));
    const std::optional<Account> back = AccountStore().find(QStringLiteral("work"));
    QVERIFY(back);
    QCOMPARE(back->signature, a.signature);
    QCOMPARE(back->signatureHtml, a.signatureHtml);
    QVERIFY(*back == a);

    // Saved again without the formatted one: it is gone from the file, not left over.
    a.signatureHtml.clear();
    QVERIFY(store.save(a));
    QCOMPARE(AccountStore().find(QStringLiteral("work"))->signatureHtml, QString());
    {
        QSettings s(AccountStore::defaultFileName(), QSettings::IniFormat);
        QVERIFY(!s.contains(QStringLiteral("accounts/work/signatureHtml")));
    }

    // An older file: the keys it had then, a plain signature and no formatted one.
    QFile::remove(AccountStore::defaultFileName());
    {
        QSettings s(AccountStore::defaultFileName(), QSettings::IniFormat);
        s.setValue(QStringLiteral("version"), 1);
        s.beginGroup(QStringLiteral("accounts/old"));
        s.setValue(QStringLiteral("displayName"), QStringLiteral("Old Timer"));
        s.setValue(QStringLiteral("address"), QStringLiteral("old@example.org"));
        s.setValue(QStringLiteral("signature"), QStringLiteral("-- \nOld Timer"));
        s.setValue(QStringLiteral("host"), QStringLiteral("smtp.example.org"));
        s.setValue(QStringLiteral("port"), 587);
        s.setValue(QStringLiteral("security"), QStringLiteral("starttls"));
    }
    const std::optional<Account> old = AccountStore().find(QStringLiteral("old"));
    QVERIFY(old);
    QCOMPARE(old->signature, QStringLiteral("-- \nOld Timer"));
    QVERIFY(old->signatureHtml.isEmpty());
    QCOMPARE(old->address, QStringLiteral("old@example.org"));
}

void TestAccountStore::sharedFileFollowsXdgConfigHome()
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    const QString expected = config.path() + QStringLiteral("/Stamp/stamp.conf");
    QCOMPARE(AccountStore::defaultFileName(), expected);
    AccountStore store;
    QVERIFY(store.save(sample(QStringLiteral("work"))));
    QVERIFY(QFile::exists(expected));
    // The same file QSettings("Stamp", "stamp") reads on Linux, in INI form, with no secret in it.
    QFile f(expected);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("host=smtp.example.org"));
    QVERIFY(!text.toLower().contains("password"));
    qunsetenv("XDG_CONFIG_HOME");
}

void TestAccountStore::replaceAndRemove()
{
    AccountStore store;
    Account a = sample(QStringLiteral("work"));
    QVERIFY(store.save(a));
    a.host = QStringLiteral("mail.example.net");
    a.caFile.clear();
    QVERIFY(store.save(a));
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.find(QStringLiteral("work"))->host, QStringLiteral("mail.example.net"));
    QVERIFY(store.find(QStringLiteral("work"))->caFile.isEmpty());
    QString error;
    QVERIFY(store.remove(QStringLiteral("work"), &error));
    QVERIFY(!store.remove(QStringLiteral("work"), &error));
    QVERIFY(error.contains(QLatin1String("no account")));
    QVERIFY(store.accounts().isEmpty());
}

void TestAccountStore::defaultAccount()
{
    AccountStore store;
    QVERIFY(!store.defaultAccount());
    QVERIFY(store.save(sample(QStringLiteral("b"))));
    QVERIFY(store.save(sample(QStringLiteral("a"))));
    QCOMPARE(store.defaultAccountName(), QStringLiteral("b"));  // the first saved, not the first by name
    QVERIFY(store.setDefaultAccount(QStringLiteral("a")));
    QCOMPARE(AccountStore().defaultAccount()->name, QStringLiteral("a"));
    QVERIFY(!store.setDefaultAccount(QStringLiteral("nobody")));
    QCOMPARE(store.defaultAccountName(), QStringLiteral("a"));
    QVERIFY(store.remove(QStringLiteral("a")));
    QCOMPARE(store.defaultAccountName(), QStringLiteral("b"));
}

void TestAccountStore::firstAccountStaysDefault()
{
    // Whatever names come later, and whichever object (window or CLI) adds them.
    QVERIFY(AccountStore().save(sample(QStringLiteral("work"))));
    QSettings raw(AccountStore::defaultFileName(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("defaultAccount")).toString(), QStringLiteral("work"));
    for (const QString &later : {QStringLiteral("aaa"), QStringLiteral("Home"), QStringLiteral("0")}) {
        QVERIFY(AccountStore().save(sample(later)));
        QCOMPARE(AccountStore().defaultAccountName(), QStringLiteral("work"));
    }
    // Saving the default again (an edit) keeps it; so does editing another one.
    QVERIFY(AccountStore().save(sample(QStringLiteral("work"))));
    QVERIFY(AccountStore().save(sample(QStringLiteral("aaa"))));
    QCOMPARE(AccountStore().defaultAccountName(), QStringLiteral("work"));
}

void TestAccountStore::removingTheDefaultKeepsOneChosen()
{
    AccountStore store;
    QVERIFY(store.save(sample(QStringLiteral("m"))));
    QVERIFY(store.save(sample(QStringLiteral("z"))));
    QVERIFY(store.save(sample(QStringLiteral("k"))));
    QVERIFY(store.remove(QStringLiteral("m")));
    QCOMPARE(store.defaultAccountName(), QStringLiteral("k"));
    // Chosen for good: a new account sorting first does not take over.
    QVERIFY(store.save(sample(QStringLiteral("a"))));
    QCOMPARE(store.defaultAccountName(), QStringLiteral("k"));
    QVERIFY(store.remove(QStringLiteral("a")));
    QVERIFY(store.remove(QStringLiteral("k")));
    QVERIFY(store.remove(QStringLiteral("z")));
    QVERIFY(!store.defaultAccount());
    QVERIFY(store.save(sample(QStringLiteral("y"))));
    QCOMPARE(store.defaultAccountName(), QStringLiteral("y"));
}

void TestAccountStore::changesByAnotherWriterAreNoticed()
{
    AccountStore window;
    window.watchForChanges();
    QVERIFY(window.isWatching());
    QSignalSpy spy(&window, &AccountStore::accountsChanged);
    // Another object stands for another process: it shares nothing with `window` but the file. The file
    // does not exist yet when the watch starts.
    AccountStore cli;
    QVERIFY(cli.save(sample(QStringLiteral("work"))));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(window.accounts().size(), 1);
    QVERIFY(cli.save(sample(QStringLiteral("home"))));
    QTRY_COMPARE(spy.size(), 2);
    QVERIFY(cli.setDefaultAccount(QStringLiteral("home")));
    QTRY_COMPARE(spy.size(), 3);
    QCOMPARE(window.defaultAccountName(), QStringLiteral("home"));
    QVERIFY(cli.remove(QStringLiteral("work")));
    QTRY_COMPARE(spy.size(), 4);
    // A file written by hand (replaced, as editors do) is noticed too.
    {
        QSettings raw(AccountStore::defaultFileName(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("accounts/hand/address"), QStringLiteral("hand@example.org"));
        raw.setValue(QStringLiteral("accounts/hand/host"), QStringLiteral("smtp.example.org"));
    }
    QTRY_COMPARE(spy.size(), 5);
    QVERIFY(window.contains(QStringLiteral("hand")));
}

void TestAccountStore::ownWritesAreNotifiedOnce()
{
    AccountStore window;
    window.watchForChanges();
    QSignalSpy spy(&window, &AccountStore::accountsChanged);
    QVERIFY(window.save(sample(QStringLiteral("work"))));
    QCOMPARE(spy.size(), 1);  // at once, from the write itself
    // The watcher sees the same write, but the file says nothing new: no second signal. Proving that
    // nothing comes needs a wait longer than the settle delay (100 ms); there is no condition to wait for.
    QTest::qWait(400);
    QCOMPARE(spy.size(), 1);
    // ... and the watcher is still alive, so the quiet above was not a dead watch.
    AccountStore cli;
    QVERIFY(cli.save(sample(QStringLiteral("home"))));
    QTRY_COMPARE(spy.size(), 2);
}

void TestAccountStore::namesThatWouldBreakTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("work") << true;
    QTest::newRow("address") << QStringLiteral("ann@example.org") << true;
    QTest::newRow("spaces inside") << QStringLiteral("Work mail") << true;
    QTest::newRow("ini specials") << QStringLiteral("a=b;c[d]#e%") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("leading space") << QStringLiteral(" a") << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('x')) << false;
}

void TestAccountStore::namesThatWouldBreakTheFile()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(checkAccountName(name).isEmpty(), valid);
    AccountStore store;
    QCOMPARE(store.save(sample(name)), valid);
    if (valid) {
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().first().name, name);
        QVERIFY(store.find(name) == sample(name));
    } else {
        QVERIFY(store.accounts().isEmpty());
    }
}

void TestAccountStore::invalidAccountIsNotSaved()
{
    AccountStore store;
    Account a = sample(QStringLiteral("work"));
    a.address = QStringLiteral("not an address");
    QString error;
    QVERIFY(!store.save(a, &error));
    QVERIFY(error.contains(QLatin1String("not valid")));
    a = sample(QStringLiteral("work"));
    a.host.clear();
    QVERIFY(!store.save(a, &error));
    a = sample(QStringLiteral("work"));
    a.pinnedSha256 = "abc";
    QVERIFY(!store.save(a, &error));
    QVERIFY(store.accounts().isEmpty());
}

void TestAccountStore::sessionOptions()
{
    Account a = sample(QStringLiteral("work"));
    a.caFile = QStringLiteral(STAMP_TEST_DATA "/ca.pem");
    smtp::SessionOptions o;
    QString error;
    QVERIFY2(sessionOptionsFor(a, QStringLiteral("pw"), &o, &error), qPrintable(error));
    QCOMPARE(o.host, a.host);
    QCOMPARE(o.port, quint16(465));
    QCOMPARE(o.security, smtp::Security::ImplicitTls);
    QCOMPARE(o.user, QStringLiteral("ann"));
    QCOMPARE(o.password, QStringLiteral("pw"));
    QCOMPARE(o.auth, smtp::AuthMethod::ScramSha256);
    QCOMPARE(o.pinnedSha256, a.pinnedSha256);
    QVERIFY(smtp::hasPemCertificate(o.extraCaPem));
    // No user: no password either, whatever was passed.
    a.user.clear();
    QVERIFY(sessionOptionsFor(a, QStringLiteral("pw"), &o, &error));
    QVERIFY(o.password.isEmpty());
    QCOMPARE(a.mailbox().address(), QStringLiteral("ann@example.org"));
    QCOMPARE(a.mailbox().displayName, QStringLiteral("Ann Example"));
    QCOMPARE(a.fromText(), QStringLiteral("Ann Example <ann@example.org>"));
    a.displayName = QStringLiteral("Example, Ann");
    QString why;
    QCOMPARE(smtp::parseMailbox(a.fromText(), &why).displayName, QStringLiteral("Example, Ann"));
}

void TestAccountStore::unreadableCaFile()
{
    Account a = sample(QStringLiteral("work"));
    a.caFile = m_home.filePath(QStringLiteral("missing.pem"));
    smtp::SessionOptions o;
    QString error;
    QVERIFY(!sessionOptionsFor(a, {}, &o, &error));
    QVERIFY(error.contains(QLatin1String("missing.pem")));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
