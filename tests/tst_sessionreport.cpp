// The TLS report and the time per stage of a session (issue 12, "the explained conversation"): filled by
// smtp::Session from its QSslSocket and a monotonic clock, against the scripted fake server and the test
// certificates of tests/data.
#include "sessionharness.h"
#include "stagetimer.h"
#include "tlsreport.h"

#include <QSignalSpy>
#include <QTest>

using namespace smtp;
using namespace harness;

namespace {

const QStringList startTlsHead{
    QStringLiteral("S: 220 mx.fake.example ESMTP"),
    QStringLiteral("C: EHLO client.example"),
    QStringLiteral("S: 250-mx.fake.example"),
    QStringLiteral("S: 250 STARTTLS"),
    QStringLiteral("C: STARTTLS"),
    QStringLiteral("S: 220 go ahead"),
    QStringLiteral("TLS"),
};

const QStringList sendOne{
    QStringLiteral("C: EHLO client.example"),
    QStringLiteral("S: 250-mx.fake.example"),
    QStringLiteral("S: 250 AUTH PLAIN"),
    QStringLiteral("C: AUTH PLAIN *"),
    QStringLiteral("S: 235 2.7.0 ok"),
    QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
    QStringLiteral("S: 250 2.1.0 ok"),
    QStringLiteral("C: RCPT TO:<bob@example.org>*"),
    QStringLiteral("S: 250 2.1.5 ok"),
    QStringLiteral("C: DATA"),
    QStringLiteral("S: 354 go ahead"),
    QStringLiteral("D:"),
    QStringLiteral("S: 250 2.0.0 queued"),
    QStringLiteral("C: QUIT"),
    QStringLiteral("S: 221 bye"),
    QStringLiteral("X"),
};

struct Reported
{
    Run run;
    QList<TlsReport> reports;
};

Reported runWithReport(const SessionOptions &o, const QList<Message> &messages)
{
    Reported r;
    r.run = runSession(o, messages, nullptr, [&](Session &s, const Run &) {
        QObject::connect(&s, &Session::tlsReportReady, &s, [&](const TlsReport &t) { r.reports << t; });
    });
    return r;
}

bool hasCheck(const TlsReport &r, bool passed, const QString &words)
{
    for (const TlsCheck &c : r.checks)
        if (c.passed == passed && c.text.contains(words))
            return true;
    return false;
}

}  // namespace

class TestSessionReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startTlsReportAndEveryStageTimed();
    void implicitTlsTimesTheHandshakeFirst();
    void wrongHostReportsTheFailedChecks();
    void expiredCertificateFailsTheDates();
    void plainSessionHasNoReport();
    void certificateReadFromDer_data();
    void certificateReadFromDer();
    void timerArithmetic();
    void eachMessageTimesItsOwn();
};

void TestSessionReport::startTlsReportAndEveryStageTimed()
{
    FakeServer server(startTlsHead + sendOne);
    SessionOptions o = tlsOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("secret");
    const Reported r = runWithReport(o, {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join('\n')));
    QCOMPARE(r.run.session.category, Outcome::Category::Sent);

    // One report, made before the EHLO that follows the handshake.
    QCOMPARE(r.reports.size(), 1);
    const TlsReport &t = r.reports.first();
    QVERIFY(t.encrypted);
    QCOMPARE(t.host, QStringLiteral("localhost"));
    QVERIFY2(t.protocol.startsWith("TLSv1."), qPrintable(t.protocol));
    QVERIFY(!t.cipher.isEmpty());
    QVERIFY(t.cipherBits >= 128);
    QVERIFY2(!t.keyExchange.isEmpty() || !t.ephemeralKey.isEmpty() || t.protocol == "TLSv1.3",
             qPrintable(t.lines().join('\n')));
    // The chain as the server sent it: the leaf, made out to localhost by the test CA, with its dates.
    QVERIFY(!t.chain.isEmpty());
    const CertificateInfo &leaf = t.chain.first();
    const QSslCertificate pem = QSslCertificate::fromPath(FakeServer::dataPath("server.pem")).value(0);
    QCOMPARE(leaf.subject, pem.subjectInfo(QSslCertificate::CommonName).join(", "));
    QCOMPARE(leaf.issuer, pem.issuerInfo(QSslCertificate::CommonName).join(", "));
    QCOMPARE(leaf.notAfter, pem.expiryDate().toUTC());
    QCOMPARE(leaf.notBefore, pem.effectiveDate().toUTC());
    QVERIFY2(leaf.names.contains("localhost"), qPrintable(leaf.names.join(',')));
    QVERIFY(!leaf.key.isEmpty());
    QVERIFY(!leaf.selfSigned);
    // Every check passed, each named.
    QVERIFY(t.checks.size() >= 4);
    QVERIFY2(t.allPassed(), qPrintable(t.lines().join('\n')));
    QVERIFY(hasCheck(t, true, "covers the name localhost"));
    QVERIFY(hasCheck(t, true, "validity dates"));
    QVERIFY(hasCheck(t, true, "trusted"));
    QVERIFY(hasCheck(t, true, "1.2 or later"));
    const QString text = t.lines().join('\n');
    QVERIFY(text.contains("Key exchange:"));
    QVERIFY(text.contains("names: "));
    QVERIFY(t.summary().contains("checks passed"));

    // The report came between "TLS established" and the second EHLO.
    const Outcome &s = r.run.session;
    const StageTimings &tm = s.timings;
    QVERIFY(!tm.isEmpty());
    const QList<TimedStage> all{TimedStage::Connect,  TimedStage::Greeting,  TimedStage::Ehlo,
                                TimedStage::Tls,      TimedStage::EhloAgain, TimedStage::Auth,
                                TimedStage::Envelope, TimedStage::Content,   TimedStage::FinalReply};
    QCOMPARE(tm.reached(), all);
    qint64 sum = 0;
    for (TimedStage st : all) {
        QVERIFY2(tm.of(st) >= 0, qPrintable(StageTimings::stageName(st)));
        sum += tm.of(st);
    }
    QVERIFY2(sum <= tm.total, qPrintable(tm.format()));
    // The handshake, with its key agreement and certificate checks, is slower than an EHLO on loopback.
    QVERIFY2(tm.of(TimedStage::Tls) >= 1, qPrintable(tm.format()));
    const QString words = tm.format();
    for (const char *name : {"connect", "greeting", "EHLO", "TLS", "EHLO again", "AUTH", "envelope",
                             "content", "final reply", "total"})
        QVERIFY2(words.contains(name), qPrintable(words));
    // The message's own outcome is not the session's: the timings come with finished().
    QVERIFY(words.indexOf("connect") < words.indexOf("greeting"));
    QVERIFY(words.indexOf("envelope") < words.indexOf("final reply"));
}

void TestSessionReport::implicitTlsTimesTheHandshakeFirst()
{
    FakeServer server({"IMPLICIT", "S: 220 mx.fake.example ESMTP", "C: EHLO client.example",
                       "S: 250 mx.fake.example", "C: QUIT", "S: 221 bye", "X"});
    const Reported r = runWithReport(tlsOptions(server.port(), Security::ImplicitTls), {});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join('\n')));
    QCOMPARE(r.run.session.category, Outcome::Category::Sent);
    QCOMPARE(r.reports.size(), 1);
    QVERIFY(r.reports.first().allPassed());
    const StageTimings &tm = r.run.session.timings;
    QVERIFY(tm.of(TimedStage::Tls) >= 0);
    QVERIFY(tm.of(TimedStage::Greeting) >= 0);
    QVERIFY(tm.of(TimedStage::Ehlo) >= 0);
    QCOMPARE(tm.of(TimedStage::EhloAgain), -1);  // no STARTTLS: the first EHLO is already encrypted
    QCOMPARE(tm.of(TimedStage::Envelope), -1);   // a connection test: no MAIL
    QVERIFY(!tm.format().contains("envelope"));
}

void TestSessionReport::wrongHostReportsTheFailedChecks()
{
    FakeServer server(startTlsHead);
    server.setCertificate(FakeServer::dataPath("wronghost.pem"), FakeServer::dataPath("wronghost.key"));
    const Reported r = runWithReport(tlsOptions(server.port()), {simpleMessage()});
    QCOMPARE(r.run.session.category, Outcome::Category::TlsFailed);
    QCOMPARE(r.reports.size(), 1);
    const TlsReport &t = r.reports.first();
    QVERIFY(!t.encrypted);
    QVERIFY(!t.chain.isEmpty());
    QVERIFY2(hasCheck(t, false, "does not cover the name localhost"), qPrintable(t.lines().join('\n')));
    QVERIFY(!hasCheck(t, true, "trusted"));
    QVERIFY(t.failedCount() >= 2);  // the name, and OpenSSL's own words for it
    QVERIFY(t.summary().contains("failed"));
    QVERIFY(t.lines().join('\n').contains("[FAIL]"));
    // Timed up to the handshake, and no further.
    const StageTimings &tm = r.run.session.timings;
    QVERIFY(tm.of(TimedStage::Tls) >= 0);
    QCOMPARE(tm.of(TimedStage::EhloAgain), -1);
    QCOMPARE(tm.of(TimedStage::Envelope), -1);
}

void TestSessionReport::expiredCertificateFailsTheDates()
{
    FakeServer server(startTlsHead);
    server.setCertificate(FakeServer::dataPath("expired.pem"), FakeServer::dataPath("expired.key"));
    const Reported r = runWithReport(tlsOptions(server.port()), {});
    QCOMPARE(r.run.session.category, Outcome::Category::TlsFailed);
    QCOMPARE(r.reports.size(), 1);
    QVERIFY2(hasCheck(r.reports.first(), false, "expired or not yet valid"),
             qPrintable(r.reports.first().lines().join('\n')));
}

void TestSessionReport::plainSessionHasNoReport()
{
    FakeServer server(plainEhlo + QStringList{"C: QUIT", "S: 221 bye", "X"});
    const Reported r = runWithReport(plainOptions(server.port()), {});
    QCOMPARE(r.run.session.category, Outcome::Category::Sent);
    QVERIFY(r.reports.isEmpty());
    QCOMPARE(r.run.session.timings.of(TimedStage::Tls), -1);
    QVERIFY(r.run.session.timings.of(TimedStage::Connect) >= 0);
    QVERIFY(r.run.session.timings.total >= 0);
}

void TestSessionReport::certificateReadFromDer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("selfSigned");
    QTest::newRow("CA-signed, DNS and IP names")
        << "server.pem"
        << "Stamp Test CA" << QStringList{"localhost", "127.0.0.1", "::1"} << false;
    QTest::newRow("self-signed") << "selfsigned.pem"
                                 << "localhost" << QStringList{"localhost", "127.0.0.1"} << true;
    QTest::newRow("another name only") << "wronghost.pem"
                                       << "Stamp Test CA" << QStringList{"mail.example.org"} << false;
}

void TestSessionReport::certificateReadFromDer()
{
    // What the report shows is read with OpenSSL from the DER the server sent; Qt's reading of the same
    // certificate is the reference.
    QFETCH(QString, file);
    QFETCH(QString, issuer);
    QFETCH(QStringList, names);
    QFETCH(bool, selfSigned);
    const QSslCertificate qt = QSslCertificate::fromPath(FakeServer::dataPath(file)).value(0);
    QVERIFY(!qt.isNull());
    const CertificateInfo c = CertificateInfo::fromDer(qt.toDer());
    QCOMPARE(c.subject, qt.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
    QCOMPARE(c.issuer, issuer);
    QCOMPARE(c.names, names);
    QCOMPARE(c.notBefore, qt.effectiveDate().toUTC());
    QCOMPARE(c.notAfter, qt.expiryDate().toUTC());
    QCOMPARE(c.sha256, QString::fromLatin1(qt.digest(QCryptographicHash::Sha256).toHex()));
    QCOMPARE(c.selfSigned, selfSigned);
    QCOMPARE(c.key, QStringLiteral("RSA 2048 bits"));
    QCOMPARE(certificateCovers(c, QStringLiteral("localhost")), names.contains(QStringLiteral("localhost")));
    QCOMPARE(certificateCovers(c, QStringLiteral("127.0.0.1")), names.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!certificateCovers(c, QStringLiteral("other.example")));
    QVERIFY(CertificateInfo::fromDer("not a certificate").isNull());
}

void TestSessionReport::timerArithmetic()
{
    StageTimer t;
    t.start();
    t.enterAt(TimedStage::Connect, 0);
    t.enterAt(TimedStage::Greeting, 30);
    t.enterAt(TimedStage::Ehlo, 45);
    t.enterAt(TimedStage::Tls, 60);
    t.enterAt(TimedStage::EhloAgain, 160);
    t.enterAt(TimedStage::Envelope, 180);
    t.enterAt(TimedStage::Content, 200);
    t.enterAt(TimedStage::FinalReply, 210);
    t.enterAt(TimedStage::Envelope, 300);  // a second message on the same connection
    t.enterAt(TimedStage::Content, 305);
    t.enterAt(TimedStage::FinalReply, 306);
    t.enterAt(TimedStage::None, 400);
    t.stopAt(410);
    t.enterAt(TimedStage::Auth, 500);  // nothing counts after the end
    const StageTimings &s = t.timings();
    QCOMPARE(s.of(TimedStage::Connect), 30);
    QCOMPARE(s.of(TimedStage::Greeting), 15);
    QCOMPARE(s.of(TimedStage::Ehlo), 15);
    QCOMPARE(s.of(TimedStage::Tls), 100);
    QCOMPARE(s.of(TimedStage::EhloAgain), 20);
    QCOMPARE(s.of(TimedStage::Auth), -1);
    QCOMPARE(s.of(TimedStage::Envelope), 25);
    QCOMPARE(s.of(TimedStage::Content), 11);
    QCOMPARE(s.of(TimedStage::FinalReply), 184);
    QCOMPARE(s.total, 410);
    QCOMPARE(s.format(),
             QStringLiteral("connect 30 ms, greeting 15 ms, EHLO 15 ms, TLS 100 ms, EHLO again 20 "
                            "ms, envelope 25 ms, content 11 ms, final reply 184 ms; total 410 ms"));
    QVERIFY(s.formatConnection().contains("EHLO again 20 ms"));
    StageTimer refused;
    refused.start();
    refused.enterAt(TimedStage::Connect, 0);
    refused.stopAt(3);
    QCOMPARE(refused.timings().of(TimedStage::Connect), 3);
    QVERIFY(refused.timings().formatConnection().contains("greeting not reached"));
}

// Two messages on one connection: each message's envelope, content and final reply are its own, not added
// to the one before; the connection's stages are shown once.
void TestSessionReport::eachMessageTimesItsOwn()
{
    StageTimer t;
    t.start();
    t.enterAt(TimedStage::Connect, 0);
    t.enterAt(TimedStage::Greeting, 10);
    t.enterAt(TimedStage::Ehlo, 20);
    t.enterAt(TimedStage::Auth, 25);
    t.beginMessageAt(40);
    t.enterAt(TimedStage::Envelope, 40);
    t.enterAt(TimedStage::Content, 50);
    t.enterAt(TimedStage::FinalReply, 70);
    const StageTimings first = t.messageTimingsAt(100);  // the first message's verdict at 100
    t.enterAt(TimedStage::None, 100);
    t.beginMessageAt(100);
    t.enterAt(TimedStage::Envelope, 100);
    t.enterAt(TimedStage::Content, 103);
    t.enterAt(TimedStage::FinalReply, 104);
    t.enterAt(TimedStage::None, 110);
    const StageTimings second = t.messageTimingsAt(110);
    t.stopAt(120);

    QCOMPARE(first.of(TimedStage::Envelope), 10);
    QCOMPARE(first.of(TimedStage::Content), 20);
    QCOMPARE(first.of(TimedStage::FinalReply), 30);
    QCOMPARE(first.total, 60);
    QCOMPARE(second.of(TimedStage::Envelope), 3);
    QCOMPARE(second.of(TimedStage::Content), 1);
    QCOMPARE(second.of(TimedStage::FinalReply), 6);
    QCOMPARE(second.total, 10);
    for (const StageTimings &m : {first, second})
        for (TimedStage s : {TimedStage::Connect, TimedStage::Greeting, TimedStage::Ehlo, TimedStage::Auth})
            QCOMPARE(m.of(s), -1);  // the connection's, not the message's
    QCOMPARE(second.format(), QStringLiteral("envelope 3 ms, content 1 ms, final reply 6 ms; total 10 ms"));

    const StageTimings connection = t.timings().connectionPart();
    QCOMPARE(connection.of(TimedStage::Connect), 10);
    QCOMPARE(connection.of(TimedStage::Auth), 15);
    QCOMPARE(connection.of(TimedStage::Envelope), -1);
    QCOMPARE(connection.total, 120);
    QCOMPARE(connection.format(),
             QStringLiteral("connect 10 ms, greeting 10 ms, EHLO 5 ms, AUTH 15 ms; total 120 ms"));
}

QTEST_GUILESS_MAIN(TestSessionReport)
#include "tst_sessionreport.moc"
