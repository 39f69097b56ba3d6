// Protocol tests: the real Session against a scripted fake server, checking the exact bytes on the wire
// and the outcome reported.
#include "fakeserver.h"
#include "sessionharness.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace smtp;
using namespace harness;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainSessionWithoutPipelining();
    void pipelinedGroup();
    void chunkingSmallMessageIsOneRoundTrip();
    void chunkingLargeMessage();
    void startTlsThenAuthPlain();
    void authLoginAndCramMd5_data();
    void authLoginAndCramMd5();
    void xoauth2UsesTokenProvider();
    void authRefused();
    void noPasswordWithoutTls();
    void startTlsRequiredButNotOffered();
    void startTlsInjectionRefused();
    void capabilitiesFromBeforeTlsAreForgotten();
    void untrustedCertificateFailsClosed();
    void pinnedCertificateAccepted();
    void implicitTls();
    void partialRecipients();
    void allRecipientsRefusedMeansNoData();
    void reply421EndsSession();
    void connectionLostAfterFinalDot();
    void connectionLostDuringContent();
    void timeoutWithFakeClock();
    void repliesOneByteAtATime();
    void secondMessageAfterRset();
    void sizeLimitRefusesBeforeMail();
    void heloFallback();
    void nonAsciiLocalPartNeedsSmtpUtf8();
    void smtpUtf8AndEightBit();
    void dsnParameters();
    void connectionTestWithoutMessage();
    void cancelStopsCleanly();
};

void TestSession::plainSessionWithoutPipelining()
{
    FakeServer server(plainEhlo + QStringList{
                                      QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                                      QStringLiteral("S: 250 2.1.0 Ok"),
                                      QStringLiteral("C: RCPT TO:<bob@example.org>"),
                                      QStringLiteral("S: 250 2.1.5 Ok"),
                                      QStringLiteral("C: RCPT TO:<secret@example.org>"),
                                      QStringLiteral("S: 250 2.1.5 Ok"),
                                      QStringLiteral("C: DATA"),
                                      QStringLiteral("S: 354 go ahead"),
                                      QStringLiteral("D:"),
                                      QStringLiteral("S: 250 2.0.0 queued as 1"),
                                      QStringLiteral("C: QUIT"),
                                      QStringLiteral("S: 221 bye"),
                                      QStringLiteral("X"),
                                  });
    Message m = simpleMessage(QStringLiteral(".hidden\n..two\n.\nlast"));
    QString err;
    m.bcc = parseMailboxList(QStringLiteral("secret@example.org"), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
    QCOMPARE(run.outcomes[0].recipients.size(), 2);
    QCOMPARE(server.data().size(), 1);
    const QByteArray content = server.data().first();
    QVERIFY(content.endsWith("\r\nlast\r\n.\r\n"));
    QVERIFY(content.contains("\r\n..hidden\r\n...two\r\n..\r\nlast"));
    QVERIFY(!content.contains("secret@"));
    QVERIFY(!content.toLower().contains("bcc:"));
    // CRLF only: every LF has its CR.
    QCOMPARE(content.count('\n'), content.count("\r\n"));
    QCOMPARE(content.count('\r'), content.count("\r\n"));
    // The transcript shows the headers, not the body.
    QVERIFY(run.transcript().contains(QLatin1String("Subject: Hi")));
    QVERIFY(!run.transcript().contains(QLatin1String("..two")));
}

void TestSession::pipelinedGroup()
{
    // The server answers only after the whole group has arrived: a client that waits after MAIL stalls.
    FakeServer server({
        QStringLiteral("S: 220 fake"),
        QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 PIPELINING"),
        QStringLiteral("C: MAIL FROM:<ann@example.org>"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"),
        QStringLiteral("C: DATA"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("S: 354 go"),
        QStringLiteral("D:"),
        QStringLiteral("C: QUIT"),
        QStringLiteral("S: 250 queued"),
        QStringLiteral("S: 221 bye"),
        QStringLiteral("X"),
    });
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::chunkingSmallMessageIsOneRoundTrip()
{
    FakeServer server({
        QStringLiteral("S: 220 fake"),
        QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250-PIPELINING"),
        QStringLiteral("S: 250 CHUNKING"),
        QStringLiteral("C: MAIL FROM:<ann@example.org>"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"),
        QStringLiteral("B:"),
        QStringLiteral("C: QUIT"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("S: 250 2.0.0 message accepted"),
        QStringLiteral("S: 221 bye"),
        QStringLiteral("X"),
    });
    const Run run = runSession(plainOptions(server.port()), {simpleMessage(QStringLiteral(".dot\n"))});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
    QVERIFY(server.received().contains(" LAST\r\n"));
    // BDAT carries the message as it is: no dot-stuffing, no end marker.
    QVERIFY(server.data().first().contains("\r\n.dot\r\n"));
    QVERIFY(!server.data().first().endsWith("\r\n.\r\n"));
}

void TestSession::chunkingLargeMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray blob(3 * 1024 * 1024 + 17, 'x');
    for (qsizetype i = 0; i < blob.size(); ++i)
        blob[i] = char(i * 7 + i / 13);
    f.write(blob);
    f.close();
    Message m = simpleMessage();
    m.attachments.append({path, QStringLiteral("big.bin"), "application/octet-stream"});
    QStringList script{
        QStringLiteral("S: 220 fake"),       QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake"),       QStringLiteral("S: 250 CHUNKING"),
        QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"),   QStringLiteral("S: 250 ok"),
    };
    // Without PIPELINING each chunk waits for its reply.
    script << QStringLiteral("BDATS: 250 chunk ok");
    script << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 bye") << QStringLiteral("X");
    FakeServer server(script);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
    QByteArray all;
    for (const QByteArray &d : server.data())
        all += d;
    QVERIFY(server.received().contains(" LAST\r\n"));
    QVERIFY(server.data().size() > 1);  // really in several chunks
    const qsizetype start = all.indexOf("base64\r\n\r\n") + 10;
    const qsizetype end = all.indexOf("\r\n--", start);
    QCOMPARE(QByteArray::fromBase64(all.mid(start, end - start)), blob);
}

void TestSession::startTlsThenAuthPlain()
{
    FakeServer server({
        QStringLiteral("S: 220 fake"),
        QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250-STARTTLS"),
        QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
        QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 220 go ahead"),
        QStringLiteral("TLS"),
        QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
        QStringLiteral("C: AUTH PLAIN AGFubgBzM2NyZXQtcMOkc3M="),
        QStringLiteral("S: 235 2.7.0 ok"),
        QStringLiteral("C: MAIL FROM:<ann@example.org>"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("C: DATA"),
        QStringLiteral("S: 354 go"),
        QStringLiteral("D:"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 bye"),
        QStringLiteral("X"),
    });
    SessionOptions o = tlsOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("s3cret-päss");
    const Run run = runSession(o, {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
    QCOMPARE(server.receivedBeforeTls(), QByteArray("EHLO client.example\r\nSTARTTLS\r\n"));
    // Secrets never in the transcript, in any form.
    const QString t = run.transcript();
    QVERIFY(!t.contains(o.password));
    QVERIFY(!t.contains(QLatin1String("AGFubgBzM2NyZXQtcMOkc3M=")));
    QVERIFY(!t.contains(QString::fromLatin1(o.password.toUtf8().toBase64())));
    QVERIFY(t.contains(QLatin1String("TLS established")));
}

void TestSession::authLoginAndCramMd5_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("exchange");
    // RFC 2195's example challenge, with this test's password.
    const QByteArray challenge = "<1896.697170952@postoffice.reston.mci.net>";
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, "tanstaaftanstaaf", QCryptographicHash::Md5).toHex();
    QTest::newRow("login") << QStringLiteral("login")
                           << QStringList{QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"),
                                          QStringLiteral("C: dGlt"), QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                                          QStringLiteral("C: dGFuc3RhYWZ0YW5zdGFhZg=="), QStringLiteral("S: 235 ok")};
    QTest::newRow("cram-md5") << QStringLiteral("cram-md5")
                              << QStringList{QStringLiteral("C: AUTH CRAM-MD5"),
                                             QStringLiteral("S: 334 ") + QString::fromLatin1(challenge.toBase64()),
                                             QStringLiteral("C: ") + QString::fromLatin1(("tim " + digest).toBase64()),
                                             QStringLiteral("S: 235 ok")};
}

void TestSession::authLoginAndCramMd5()
{
    QFETCH(QString, method);
    QFETCH(QStringList, exchange);
    FakeServer server(QStringList{QStringLiteral("IMPLICIT"), QStringLiteral("S: 220 fake"),
                                  QStringLiteral("C: EHLO client.example"), QStringLiteral("S: 250-fake"),
                                  QStringLiteral("S: 250 AUTH LOGIN CRAM-MD5")}
                      + exchange
                      + QStringList{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    SessionOptions o = tlsOptions(server.port(), Security::ImplicitTls);
    o.user = QStringLiteral("tim");
    o.password = QStringLiteral("tanstaaftanstaaf");
    bool ok = false;
    o.auth = authMethodFromName(method, &ok);
    QVERIFY(ok);
    const Run run = runSession(o, {});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.session.category, Outcome::Category::Sent);
    QVERIFY(!run.transcript().contains(QLatin1String("tanstaaf")));
    QVERIFY(!run.transcript().contains(QLatin1String("dGFuc3RhYWZ0YW5zdGFhZg")));
}

class FixedToken : public TokenProvider
{
public:
    void requestToken(const QString &, std::function<void(QString, QString)> done) override
    {
        done(QStringLiteral("ya29.token"), {});
    }
};

void TestSession::xoauth2UsesTokenProvider()
{
    const QByteArray ir = QByteArray("user=ann@example.org\x01" "auth=Bearer ya29.token\x01\x01").toBase64();
    FakeServer server({QStringLiteral("IMPLICIT"), QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 AUTH XOAUTH2 PLAIN"), QStringLiteral("C: AUTH XOAUTH2 ") + QString::fromLatin1(ir),
                       QStringLiteral("S: 235 ok"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"),
                       QStringLiteral("X")});
    FixedToken tokens;
    SessionOptions o = tlsOptions(server.port(), Security::ImplicitTls);
    o.user = QStringLiteral("ann@example.org");
    o.auth = AuthMethod::XOAuth2;
    o.tokens = &tokens;
    const Run run = runSession(o, {});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.session.category, Outcome::Category::Sent);
    QVERIFY(!run.transcript().contains(QLatin1String("ya29")));
}

void TestSession::authRefused()
{
    FakeServer server({QStringLiteral("IMPLICIT"), QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("C: AUTH PLAIN *"),
                       QStringLiteral("S: 535 5.7.8 Authentication credentials invalid"), QStringLiteral("C: QUIT"),
                       QStringLiteral("S: 221 bye")});
    SessionOptions o = tlsOptions(server.port(), Security::ImplicitTls);
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("wrong");
    const Run run = runSession(o, {simpleMessage()});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::AuthFailed);
    QCOMPARE(run.outcomes[0].exitCode(), int(exitcode::Auth));
    QCOMPARE(run.outcomes[0].reply.code, 535);
    QVERIFY(!server.received().contains("MAIL FROM"));
}

void TestSession::noPasswordWithoutTls()
{
    FakeServer server(plainEhlo.mid(0, 3) + QStringList{QStringLiteral("S: 250 AUTH PLAIN LOGIN")});
    SessionOptions o = plainOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("secret");
    const Run run = runSession(o, {simpleMessage()});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::AuthFailed);
    QVERIFY(!server.received().contains("AUTH"));
    QVERIFY(!server.received().contains("MAIL"));
}

void TestSession::startTlsRequiredButNotOffered()
{
    FakeServer server(plainEhlo + QStringList{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")});
    SessionOptions o = tlsOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("secret");
    const Run run = runSession(o, {simpleMessage()});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::TlsFailed);
    QVERIFY(run.outcomes[0].summary.contains(QLatin1String("STARTTLS")));
    QVERIFY(!server.received().contains("AUTH"));
    QVERIFY(!server.received().contains("MAIL"));
}

void TestSession::startTlsInjectionRefused()
{
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"),
                       QStringLiteral("R: 220 go ahead\\r\\n250 AUTH PLAIN\\r\\n")});
    SessionOptions o = tlsOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("secret");
    const Run run = runSession(o, {simpleMessage()});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::TlsFailed);
    QCOMPARE(server.received(), QByteArray("EHLO client.example\r\nSTARTTLS\r\n"));
}

void TestSession::capabilitiesFromBeforeTlsAreForgotten()
{
    // Before TLS the server claims PIPELINING and AUTH PLAIN; inside TLS only AUTH LOGIN. Stamp must use LOGIN
    // and must not pipeline.
    FakeServer server({
        QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake"), QStringLiteral("S: 250-PIPELINING"), QStringLiteral("S: 250-AUTH PLAIN"),
        QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go"),
        QStringLiteral("TLS"), QStringLiteral("C: EHLO client.example"), QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250 AUTH LOGIN"), QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"),
        QStringLiteral("C: YW5u"), QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C: c2VjcmV0"),
        QStringLiteral("S: 235 ok"), QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"), QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
        QStringLiteral("S: 354 go"), QStringLiteral("D:"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 bye"), QStringLiteral("X"),
    });
    SessionOptions o = tlsOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("secret");
    const Run run = runSession(o, {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::untrustedCertificateFailsClosed()
{
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"),
                       QStringLiteral("S: 220 go"), QStringLiteral("TLS")});
    SessionOptions o = tlsOptions(server.port());
    o.extraCaCertificates.clear();  // the test CA is not trusted now
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("secret");
    const Run run = runSession(o, {simpleMessage()});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::TlsFailed);
    QVERIFY2(!run.outcomes[0].sslErrors.isEmpty(), qPrintable(run.outcomes[0].describe() + run.transcript()));
    QVERIFY(!run.outcomes[0].certificate().isNull());
    QVERIFY(!server.received().contains("AUTH"));
}

void TestSession::pinnedCertificateAccepted()
{
    const QSslCertificate cert = QSslCertificate::fromPath(FakeServer::dataPath(QStringLiteral("server.pem"))).first();
    for (bool rightPin : {true, false}) {
        FakeServer server({QStringLiteral("IMPLICIT"), QStringLiteral("S: 220 fake"),
                           QStringLiteral("C: EHLO client.example"), QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")});
        SessionOptions o = tlsOptions(server.port(), Security::ImplicitTls);
        o.extraCaCertificates.clear();
        o.pinnedSha256 = rightPin ? cert.digest(QCryptographicHash::Sha256).toHex() : QByteArray(64, 'a');
        const Run run = runSession(o, {});
        QCOMPARE(run.session.category, rightPin ? Outcome::Category::Sent : Outcome::Category::TlsFailed);
    }
}

void TestSession::implicitTls()
{
    FakeServer server({QStringLiteral("IMPLICIT"), QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.org>"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                       QStringLiteral("D:"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"),
                       QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    const Run run = runSession(tlsOptions(server.port(), Security::ImplicitTls), {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::partialRecipients()
{
    FakeServer server({
        QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"), QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250 PIPELINING"),
        QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("C: RCPT TO:<a@example.org>"),
        QStringLiteral("C: RCPT TO:<b@example.org>"), QStringLiteral("C: RCPT TO:<c@example.org>"),
        QStringLiteral("C: DATA"), QStringLiteral("S: 250 ok"), QStringLiteral("S: 250 ok"),
        QStringLiteral("S: 550 5.1.1 no such user"), QStringLiteral("S: 452 4.5.3 too many recipients"),
        QStringLiteral("S: 354 go"), QStringLiteral("D:"), QStringLiteral("C: QUIT"), QStringLiteral("S: 250 ok"),
        QStringLiteral("S: 221 bye"), QStringLiteral("X"),
    });
    Message m = simpleMessage();
    QString err;
    m.to = parseMailboxList(QStringLiteral("a@example.org, b@example.org, c@example.org"), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    const Outcome &o = run.outcomes[0];
    QCOMPARE(o.category, Outcome::Category::PartlySent);
    QCOMPARE(o.exitCode(), int(exitcode::Partly));
    QCOMPARE(o.recipients.size(), 3);
    QVERIFY(o.recipients[0].accepted);
    QVERIFY(!o.recipients[1].accepted);
    QCOMPARE(o.recipients[1].reply.code, 550);
    QCOMPARE(o.recipients[1].reply.enhanced, QByteArray("5.1.1"));
    QCOMPARE(o.recipients[2].reply.code, 452);
    QVERIFY(o.describe().contains(QLatin1String("b@example.org")));
}

void TestSession::allRecipientsRefusedMeansNoData()
{
    FakeServer server(plainEhlo + QStringList{
                                      QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: RCPT TO:<bob@example.org>"),
                                      QStringLiteral("S: 550 5.1.1 unknown"), QStringLiteral("C: RSET"),
                                      QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"),
                                      QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::PermanentFailure);
    QVERIFY(!server.received().contains("DATA"));
}

void TestSession::reply421EndsSession()
{
    FakeServer server(plainEhlo + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                                              QStringLiteral("S: 421 4.3.2 shutting down"), QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY(run.finished);
    QCOMPARE(run.outcomes[0].category, Outcome::Category::TemporaryFailure);
    QCOMPARE(run.outcomes[0].reply.code, 421);
}

void TestSession::connectionLostAfterFinalDot()
{
    FakeServer server(plainEhlo + QStringList{
                                      QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: RCPT TO:<bob@example.org>"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                                      QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::MayHaveBeenDelivered);
    QCOMPARE(run.outcomes[0].exitCode(), int(exitcode::MayHaveBeenDelivered));
}

void TestSession::connectionLostDuringContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8 * 1024 * 1024, 'z'));
    f.close();
    Message m = simpleMessage();
    m.attachments.append({path, {}, {}});
    FakeServer server(plainEhlo + QStringList{
                                      QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: RCPT TO:<bob@example.org>"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("C: *"),
                                      QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {m});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::ConnectionFailed);
    QVERIFY(!server.received().contains("\r\n.\r\n"));
}

void TestSession::timeoutWithFakeClock()
{
    FakeClock clock;
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example")});
    bool done = false;
    Session session(plainOptions(server.port()), &clock);
    Message m = simpleMessage();
    session.addMessage({m.from, m.recipients()}, std::make_shared<MimeMessageSource>(m));
    Outcome outcome;
    connect(&session, &Session::messageFinished, this, [&](int, const Outcome &o) { outcome = o; });
    connect(&session, &Session::finished, this, [&] { done = true; });
    session.start();
    QTRY_VERIFY(server.scriptDone());
    clock.advance(299'000);  // RFC 5321 §4.5.3.2: five minutes for EHLO
    QVERIFY(!done);
    clock.advance(2'000);
    QVERIFY(done);
    QCOMPARE(outcome.category, Outcome::Category::Timeout);
}

void TestSession::repliesOneByteAtATime()
{
    FakeServer server({QStringLiteral("SLOW: 220 fake"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("SLOW: 250-fake"), QStringLiteral("SLOW: 250 SIZE 1000000"),
                       QStringLiteral("C: MAIL FROM:<ann@example.org> SIZE=*"), QStringLiteral("SLOW: 250 2.1.0 ok"),
                       QStringLiteral("C: RCPT TO:<bob@example.org>"), QStringLiteral("SLOW: 250 ok"),
                       QStringLiteral("C: DATA"), QStringLiteral("SLOW: 354 go"), QStringLiteral("D:"),
                       QStringLiteral("SLOW: 250 ok"), QStringLiteral("C: QUIT"), QStringLiteral("SLOW: 221 bye"),
                       QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::secondMessageAfterRset()
{
    FakeServer server(plainEhlo + QStringList{
                                      QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: RCPT TO:<bob@example.org>"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                                      QStringLiteral("S: 554 5.7.1 spam"),
                                      QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: RCPT TO:<bob@example.org>"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                                      QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"),
                                      QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage(), simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::PermanentFailure);
    QCOMPARE(run.outcomes[0].reply.code, 554);
    QCOMPARE(run.outcomes[1].category, Outcome::Category::Sent);
    QCOMPARE(server.connections(), 1);
}

void TestSession::sizeLimitRefusesBeforeMail()
{
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 SIZE 100"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"),
                       QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage(QString(500, QLatin1Char('a')))});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::PermanentFailure);
    QVERIFY(run.outcomes[0].summary.contains(QLatin1String("at most 100")));
    QVERIFY(!server.received().contains("MAIL"));
}

void TestSession::heloFallback()
{
    FakeServer server({QStringLiteral("S: 220 old"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 502 not implemented"), QStringLiteral("C: HELO client.example"),
                       QStringLiteral("S: 250 old"), QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.org>"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                       QStringLiteral("D:"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"),
                       QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::nonAsciiLocalPartNeedsSmtpUtf8()
{
    FakeServer server(plainEhlo + QStringList{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    Message m = simpleMessage();
    QString err;
    m.to = parseMailboxList(QStringLiteral("jürgen@example.org"), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::PermanentFailure);
    QVERIFY(run.outcomes[0].summary.contains(QLatin1String("SMTPUTF8")));
    QVERIFY(!server.received().contains("MAIL"));
}

void TestSession::smtpUtf8AndEightBit()
{
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250-8BITMIME"), QStringLiteral("S: 250 SMTPUTF8"),
                       QStringLiteral("C: MAIL FROM:<ann@example.org> BODY=8BITMIME SMTPUTF8"), QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: RCPT TO:<jürgen@bücher.example>"), QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"),
                       QStringLiteral("X")});
    Message m = simpleMessage(QStringLiteral("Grüße\n"));
    QString err;
    m.to = parseMailboxList(QStringLiteral("jürgen@bücher.example"), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
    QVERIFY(server.data().first().contains("Content-Transfer-Encoding: 8bit"));
    QVERIFY(server.data().first().contains("Grüße"));
}

void TestSession::dsnParameters()
{
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 DSN"), QStringLiteral("C: MAIL FROM:<ann@example.org> RET=HDRS"),
                       QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: RCPT TO:<bob@example.org> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;bob@example.org"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                       QStringLiteral("D:"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"),
                       QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    SessionOptions o = plainOptions(server.port());
    o.dsn.notify = "SUCCESS,FAILURE";
    o.dsn.ret = "HDRS";
    const Run run = runSession(o, {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::connectionTestWithoutMessage()
{
    FakeServer server(plainEhlo + QStringList{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {});
    QVERIFY(run.finished);
    QCOMPARE(run.session.category, Outcome::Category::Sent);
}

void TestSession::cancelStopsCleanly()
{
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()}, nullptr, [&](Session &s, const Run &) {
        QTRY_VERIFY(server.scriptDone());
        s.cancel();
    });
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Cancelled);
    QVERIFY(!server.received().contains("MAIL"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
