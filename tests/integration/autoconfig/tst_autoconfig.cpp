// Mail autoconfiguration against a real DNS server (dnsmasq), real HTTPS and http servers and a real SMTP
// server, in the private world that world.py sets up (its own resolv.conf, hosts and CA store). Each row
// is one domain of that world, built so that one step of the lookup order decides.
#include "autoconfig.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using store::AutoconfigResult;
using Source = AutoconfigResult::Source;

class TestAutoconfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void order_data();
    void order();
    void ispdbOff();
    void badAddress();
    void accountAddAuto();
};

void TestAutoconfig::initTestCase()
{
    if (qEnvironmentVariable("STAMP_AUTOCONFIG_WORLD") != QLatin1String("1"))
        QSKIP("needs the test world: run through tests/integration/autoconfig/world.py");
}

static store::Autoconfig::Options worldOptions()
{
    store::Autoconfig::Options o;
    o.ispdbBase = QUrl(QStringLiteral("https://ispdb.test/v1.1/"));
    o.httpTimeoutMs = 3000;  // autoconfig.slowfail.test answers after 6 s; autoconfig.slow.test after 1.5 s
    o.dnsTimeoutMs = 3000;
    o.probeTimeoutMs = 4000;
    return o;
}

static AutoconfigResult lookUp(const QString &address, store::Autoconfig::Options options = worldOptions())
{
    store::Autoconfig autoconfig(options);
    QSignalSpy finished(&autoconfig, &store::Autoconfig::finished);
    autoconfig.start(address);
    if (!finished.wait(30'000) || finished.size() != 1)
        return {};
    QTest::qWait(50);  // a second finished() would show here
    if (finished.size() != 1)
        return {};
    return finished.first().first().value<AutoconfigResult>();
}

void TestAutoconfig::order_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("asked");  // the result must be confirmed before saving

    const int tls = int(smtp::Security::ImplicitTls), starttls = int(smtp::Security::StartTls);
    QTest::newRow("autoconfig host wins over well-known")
        << "ann@one.test" << int(Source::AutoconfigHost) << "smtp.one.test" << 465 << tls << "ann@one.test"
        << false;
    QTest::newRow("well-known") << "ann@wk.test" << int(Source::WellKnown) << "smtp.wk.test" << 587
                                << starttls << "ann" << false;
    QTest::newRow("central database")
        << "ann@db.test" << int(Source::Ispdb) << "smtp.db.test" << 465 << tls << "ann@db.test" << false;
    QTest::newRow("MX domain (another domain: asked)")
        << "ann@mx.test" << int(Source::MxDomain) << "smtp.provider.test" << 587 << starttls << "ann@mx.test"
        << true;
    QTest::newRow("SRV only: _submission, lowest priority")
        << "ann@srv.test" << int(Source::Srv) << "submit.srv.test" << 587 << starttls << "ann@srv.test"
        << false;
    QTest::newRow("guess only: smtp.DOMAIN:587 answered with a valid certificate")
        << "ann@guess.test" << int(Source::Guess) << "smtp.guess.test" << 587 << starttls << "ann@guess.test"
        << false;
    QTest::newRow("slow higher step still wins")
        << "ann@slow.test" << int(Source::AutoconfigHost) << "smtp.slow.test" << 465 << tls << "ann@slow.test"
        << false;
    QTest::newRow("higher step slower than its timeout loses")
        << "ann@slowfail.test" << int(Source::WellKnown) << "smtp.slowfail.test" << 587 << starttls
        << "ann@slowfail.test" << false;
    QTest::newRow("broken higher document loses")
        << "ann@broken.test" << int(Source::WellKnown) << "smtp.broken.test" << 587 << starttls
        << "ann@broken.test" << false;
    QTest::newRow("redirect to another domain: asked")
        << "ann@redirect.test" << int(Source::AutoconfigHost) << "smtp.other.test" << 465 << tls
        << "ann@redirect.test" << true;
    QTest::newRow("redirect within the domain: not asked")
        << "ann@samedomain.test" << int(Source::AutoconfigHost) << "smtp.samedomain.test" << 465 << tls
        << "ann@samedomain.test" << false;
    QTest::newRow("http-only answer: last resort, asked")
        << "ann@httponly.test" << int(Source::PlainHttp) << "smtp.httponly.test" << 587 << starttls
        << "ann@httponly.test" << true;
}

void TestAutoconfig::order()
{
    QFETCH(QString, address);
    QFETCH(int, source);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, security);
    QFETCH(QString, user);
    QFETCH(bool, asked);
    const AutoconfigResult r = lookUp(address);
    QVERIFY2(r.found(), qPrintable(r.attempts.join(QLatin1Char('\n'))));
    QCOMPARE(int(r.source), source);
    QCOMPARE(r.servers.first().host, host);
    QCOMPARE(int(r.servers.first().port), port);
    QCOMPARE(int(r.servers.first().security), security);
    QCOMPARE(r.servers.first().userName, user);
    QCOMPARE(r.needsConfirmation(), asked);
    QVERIFY(!r.describe().isEmpty());
}

void TestAutoconfig::ispdbOff()
{
    // Off when the user says so: db.test is only in the database, so nothing is found.
    store::Autoconfig::Options o = worldOptions();
    o.useIspdb = false;
    const AutoconfigResult off = lookUp(QStringLiteral("ann@db.test"), o);
    QVERIFY(!off.found());
    QCOMPARE(int(off.source), int(Source::Nothing));
    QVERIFY(!off.attempts.isEmpty());
    for (const QString &a : off.attempts)
        QVERIFY2(!a.contains(QLatin1String("ispdb.test")), qPrintable(a));

    // Nothing anywhere, and a redirect that would downgrade to http is refused, not followed.
    const AutoconfigResult nothing = lookUp(QStringLiteral("ann@nothing.test"));
    QVERIFY(!nothing.found());
    const AutoconfigResult downgrade = lookUp(QStringLiteral("ann@downgrade.test"));
    QVERIFY2(!downgrade.found() || downgrade.servers.first().host != QLatin1String("evil.example"),
             qPrintable(downgrade.describe()));
}

void TestAutoconfig::badAddress()
{
    const AutoconfigResult r = lookUp(QStringLiteral("not an address"));
    QVERIFY(!r.found());
    QCOMPARE(r.attempts.size(), 1);
}

// `stamp account add NAME --from ADDR --auto [--yes]`, end to end, in a fresh HOME.
void TestAutoconfig::accountAddAuto()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    auto stamp = [&](const QStringList &args, QByteArray *out) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STAMP_BINARY), args);
        p.closeWriteChannel();  // not a terminal: without --yes, nothing is saved
        if (!p.waitForFinished(60'000)) {
            p.kill();
            return -1;
        }
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out;
    QCOMPARE(
        stamp({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
               QStringLiteral("--from"), QStringLiteral("Ann <ann@redirect.test>"), QStringLiteral("--auto")},
              &out),
        2);
    QVERIFY2(out.contains("smtp.other.test") && out.contains("--yes"), out.constData());
    QCOMPARE(stamp({QStringLiteral("account"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(!out.contains("work"), out.constData());

    QCOMPARE(stamp({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
                    QStringLiteral("--from"), QStringLiteral("ann@one.test"), QStringLiteral("--auto"),
                    QStringLiteral("--yes")},
                   &out),
             0);
    QVERIFY2(out.contains("autoconfig.one.test"), out.constData());  // where it came from is said
    QCOMPARE(stamp({QStringLiteral("account"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(out.contains("smtp.one.test") && out.contains("465"), out.constData());
}

QTEST_GUILESS_MAIN(TestAutoconfig)
#include "tst_autoconfig.moc"
