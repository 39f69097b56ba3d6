// The probe (stamp probe, issue 12): a connection test through smtp::Session with no message, reported with
// the greeting, the extensions explained, AUTH, SIZE, the TLS report and the time per stage.
#include "explain.h"
#include "fakeserver.h"
#include "probe.h"
#include "tlsreport.h"

#include <QSignalSpy>
#include <QTest>

using namespace smtp;

namespace {

// The greeting and the first EHLO of a server offering STARTTLS, as tst_session's scripts start.
QStringList greetingAndEhlo()
{
    return {QStringLiteral("S: 220 mx.fake.example ESMTP ready"),
            QStringLiteral("C: EHLO client.example"),
            QStringLiteral("S: 250-mx.fake.example"),
            QStringLiteral("S: 250-PIPELINING"),
            QStringLiteral("S: 250-SIZE 10240000"),
            QStringLiteral("S: 250 STARTTLS")};
}

QStringList startTls()
{
    return {QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go ahead"), QStringLiteral("TLS")};
}

QStringList ehloAfterTls()
{
    return {QStringLiteral("C: EHLO client.example"), QStringLiteral("S: 250-mx.fake.example"),
            QStringLiteral("S: 250-PIPELINING"),      QStringLiteral("S: 250-8BITMIME"),
            QStringLiteral("S: 250-SIZE 10240000"),   QStringLiteral("S: 250 AUTH PLAIN LOGIN")};
}

QStringList quit()
{
    return {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};
}

SessionOptions options(quint16 port)
{
    SessionOptions o;
    o.host = QStringLiteral("localhost");
    o.port = port;
    o.security = Security::StartTls;
    o.ehloName = QStringLiteral("client.example");
    o.extraCaCertificates = QSslCertificate::fromPath(FakeServer::dataPath(QStringLiteral("ca.pem")));
    o.timeouts = Timeouts::uniform(20000);
    return o;
}

ProbeReport probe(const SessionOptions &o)
{
    Probe p;
    QSignalSpy done(&p, &Probe::finished);
    p.start(o);
    if (!done.wait(30000))
        qFatal("the probe did not finish");
    return p.report();
}

}  // namespace

class TestProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startTlsServer();
    void wrongHostCertificate();
    void certificateNames();
};

void TestProbe::startTlsServer()
{
    FakeServer server(greetingAndEhlo() + startTls() + ehloAfterTls() + quit());
    const ProbeReport r = probe(options(server.port()));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join('\n')));
    QVERIFY(!server.received().contains("MAIL"));
    QCOMPARE(r.outcome.exitCode(), 0);
    QCOMPARE(r.greeting, QStringList{"mx.fake.example ESMTP ready"});
    QVERIFY(r.encrypted);
    QCOMPARE(r.capabilities().maxSize(), 10240000);
    QCOMPARE(r.capabilities().authMechanisms(), (QList<QByteArray>{"PLAIN", "LOGIN"}));
    QVERIFY(r.before.has("STARTTLS"));
    QVERIFY(!r.tls.protocol.isEmpty());
    QVERIFY(!r.chain.isEmpty());
    const QList<TlsCheck> checks = r.tlsChecks();
    QVERIFY(checks.size() >= 4);
    for (const TlsCheck &c : checks)
        QVERIFY2(c.passed, qPrintable(c.text));
    const StageTimings &t = r.outcome.timings;
    for (TimedStage s : {TimedStage::Connect, TimedStage::Greeting, TimedStage::Ehlo, TimedStage::Tls,
                         TimedStage::EhloAgain})
        QVERIFY2(t.of(s) >= 0, qPrintable(StageTimings::stageName(s)));
    QCOMPARE(r.tlsReport.chain.size(), r.chain.size());
    const QString text = r.format();
    // Each extension with its meaning from the explainer, AUTH and SIZE in words.
    QVERIFY(!explainExtension("250-PIPELINING").isEmpty());
    QVERIFY2(text.contains("PIPELINING - " + explainExtension("250-PIPELINING")), qPrintable(text));
    QVERIFY(text.contains("8BITMIME - " + explainExtension("250-8BITMIME")));
    QCOMPARE(text.count("Result: "), 1);
    QVERIFY(text.contains("AUTH mechanisms: PLAIN LOGIN"));
    QVERIFY(text.contains("10240000"));
    QVERIFY(text.contains("covers the name localhost"));
    QVERIFY(text.contains("No message was sent"));
    QVERIFY(!text.contains("not reached"));
}

void TestProbe::wrongHostCertificate()
{
    FakeServer server(greetingAndEhlo() + startTls());
    server.setCertificate(FakeServer::dataPath("wronghost.pem"), FakeServer::dataPath("wronghost.key"));
    const ProbeReport r = probe(options(server.port()));
    QCOMPARE(r.outcome.category, Outcome::Category::TlsFailed);
    QVERIFY(!r.chain.isEmpty());
    bool nameFailed = false, errorListed = false;
    for (const TlsCheck &c : r.tlsChecks()) {
        nameFailed = nameFailed || (!c.passed && c.text.contains("does not cover the name localhost"));
        errorListed = errorListed || (!c.passed && !c.text.contains("name localhost"));
    }
    QVERIFY2(nameFailed && errorListed, qPrintable(r.format()));
    QVERIFY(r.format().contains("FAIL"));
    QVERIFY(r.format().contains("EHLO again not reached"));
}

void TestProbe::certificateNames()
{
    const QList<QSslCertificate> server = QSslCertificate::fromPath(FakeServer::dataPath("server.pem"));
    QVERIFY(!server.isEmpty());
    QVERIFY(certificateCovers(CertificateInfo::from(server.first()), "localhost"));
    QVERIFY(!certificateCovers(CertificateInfo::from(server.first()), "evil.example"));
}

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
