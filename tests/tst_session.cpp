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
    void retryAfter452_data();
    void retryAfter452();
    void retryRoundRefusesForAnotherReason();
    void rcpt552IsRetriedLike452();
    void serverThat452sEverything_data();
    void serverThat452sEverything();
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
    void earlyEndSaysGoodbyeFirst_data();
    void earlyEndSaysGoodbyeFirst();
    void greylistedRecipients_data();
    void greylistedRecipients();
    void ehlo4xxIsTemporary();
    void dropBeforeBdatReplyWithNobodyAccepted();
    void resetAfterTheEnd_data();
    void resetAfterTheEnd();
    void pipelinedGroupUnanswered_data();
    void pipelinedGroupUnanswered();
    void replyOutOfTurnAfter354();
    void replyOfTheWrongClass_data();
    void replyOfTheWrongClass();
    void invalidOptionsRefusedAtStart_data();
    void invalidOptionsRefusedAtStart();
    void utf8OrcptUsesUtf8Type();
};

void TestSession::plainSessionWithoutPipelining()
{
    FakeServer server(plainEhlo
                      + QStringList{
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
    FakeServer server(hello({"fake", "PIPELINING"})
                      + QStringList{
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
    FakeServer server(hello({"PIPELINING", "CHUNKING"})
                      + QStringList{
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
        QStringLiteral("S: 220 fake"),
        QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250 CHUNKING"),
        QStringLiteral("C: MAIL FROM:<ann@example.org>"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"),
        QStringLiteral("S: 250 ok"),
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
    FakeServer server(hello({"STARTTLS", "AUTH PLAIN LOGIN"}) + QStringList{QStringLiteral("C: STARTTLS"),
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
        QStringLiteral("S: 250 ok"),} + goodbye());
    SessionOptions o = tlsOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("s3cret-päss");
    const Run run = runSession(o, {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
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
    const QByteArray digest =
        QMessageAuthenticationCode::hash(challenge, "tanstaaftanstaaf", QCryptographicHash::Md5).toHex();
    QTest::newRow("login") << QStringLiteral("login")
                           << QStringList{QStringLiteral("C: AUTH LOGIN"),
                                          QStringLiteral("S: 334 VXNlcm5hbWU6"),
                                          QStringLiteral("C: dGlt"),
                                          QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                                          QStringLiteral("C: dGFuc3RhYWZ0YW5zdGFhZg=="),
                                          QStringLiteral("S: 235 ok")};
    QTest::newRow("cram-md5") << QStringLiteral("cram-md5")
                              << QStringList{QStringLiteral("C: AUTH CRAM-MD5"),
                                             QStringLiteral("S: 334 ")
                                                 + QString::fromLatin1(challenge.toBase64()),
                                             QStringLiteral("C: ")
                                                 + QString::fromLatin1(("tim " + digest).toBase64()),
                                             QStringLiteral("S: 235 ok")};
}

void TestSession::authLoginAndCramMd5()
{
    QFETCH(QString, method);
    QFETCH(QStringList, exchange);
    FakeServer server(
        QStringList{QStringLiteral("IMPLICIT"), QStringLiteral("S: 220 fake"),
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
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
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
    const QByteArray ir = QByteArray("user=ann@example.org\x01"
                                     "auth=Bearer ya29.token\x01\x01")
                              .toBase64();
    FakeServer server(implicitHello({"AUTH XOAUTH2 PLAIN"}) + QStringList{QStringLiteral("C: AUTH XOAUTH2 ") + QString::fromLatin1(ir), QStringLiteral("S: 235 ok"),} + goodbye());
    FixedToken tokens;
    SessionOptions o = tlsOptions(server.port(), Security::ImplicitTls);
    o.user = QStringLiteral("ann@example.org");
    o.auth = AuthMethod::XOAuth2;
    o.tokens = &tokens;
    const Run run = runSession(o, {});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.session.category, Outcome::Category::Sent);
    QVERIFY(!run.transcript().contains(QLatin1String("ya29")));
}

void TestSession::authRefused()
{
    FakeServer server(implicitHello({"AUTH PLAIN"})
                      + QStringList{
                          QStringLiteral("C: AUTH PLAIN *"),
                          QStringLiteral("S: 535 5.7.8 Authentication credentials invalid"),
                          QStringLiteral("C: QUIT"),
                          QStringLiteral("S: 221 bye"),
                      });
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
    FakeServer server(hello({"STARTTLS"})
                      + QStringList{
                          QStringLiteral("C: STARTTLS"),
                          QStringLiteral("R: 220 go ahead\\r\\n250 AUTH PLAIN\\r\\n"),
                      });
    SessionOptions o = tlsOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("secret");
    const Run run = runSession(o, {simpleMessage()});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::TlsFailed);
    QCOMPARE(server.received(), QByteArray("EHLO client.example\r\nSTARTTLS\r\n"));
}

void TestSession::capabilitiesFromBeforeTlsAreForgotten()
{
    // Before TLS the server claims PIPELINING and AUTH PLAIN; inside TLS only AUTH LOGIN. Stamp must use
    // LOGIN and must not pipeline.
    FakeServer server(hello({"PIPELINING", "AUTH PLAIN", "STARTTLS"}) + QStringList{QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 220 go"),
        QStringLiteral("TLS"),
        QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250 AUTH LOGIN"),
        QStringLiteral("C: AUTH LOGIN"),
        QStringLiteral("S: 334 VXNlcm5hbWU6"),
        QStringLiteral("C: YW5u"),
        QStringLiteral("S: 334 UGFzc3dvcmQ6"),
        QStringLiteral("C: c2VjcmV0"),
        QStringLiteral("S: 235 ok"),
        QStringLiteral("C: MAIL FROM:<ann@example.org>"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"),
        QStringLiteral("S: 250 ok"),
        QStringLiteral("C: DATA"),
        QStringLiteral("S: 354 go"),
        QStringLiteral("D:"),
        QStringLiteral("S: 250 ok"),} + goodbye());
    SessionOptions o = tlsOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("secret");
    const Run run = runSession(o, {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::untrustedCertificateFailsClosed()
{
    FakeServer server(hello({"STARTTLS"})
                      + QStringList{
                          QStringLiteral("C: STARTTLS"),
                          QStringLiteral("S: 220 go"),
                          QStringLiteral("TLS"),
                      });
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
    const QSslCertificate cert =
        QSslCertificate::fromPath(FakeServer::dataPath(QStringLiteral("server.pem"))).first();
    for (bool rightPin : {true, false}) {
        FakeServer server(QStringList{
                              QStringLiteral("IMPLICIT"),
                              QStringLiteral("S: 220 fake"),
                              QStringLiteral("C: EHLO client.example"),
                              QStringLiteral("S: 250 ok"),
                          }
                          + goodbye());
        SessionOptions o = tlsOptions(server.port(), Security::ImplicitTls);
        o.extraCaCertificates.clear();
        o.pinnedSha256 = rightPin ? cert.digest(QCryptographicHash::Sha256).toHex() : QByteArray(64, 'a');
        const Run run = runSession(o, {});
        QCOMPARE(run.session.category, rightPin ? Outcome::Category::Sent : Outcome::Category::TlsFailed);
    }
}

void TestSession::implicitTls()
{
    FakeServer server(QStringList{
                          QStringLiteral("IMPLICIT"),
                          QStringLiteral("S: 220 fake"),
                          QStringLiteral("C: EHLO client.example"),
                          QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                          QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.org>"),
                          QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: DATA"),
                          QStringLiteral("S: 354 go"),
                          QStringLiteral("D:"),
                          QStringLiteral("S: 250 ok"),
                      }
                      + goodbye());
    const Run run = runSession(tlsOptions(server.port(), Security::ImplicitTls), {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

// The server's side of one transaction round, as a transcript: [RSET,] MAIL, one RCPT per recipient answered
// with its code, and the content when a recipient was accepted. The first round pipelines its content (DATA,
// or a small BDAT LAST) with the envelope; a retry round sends it only once a recipient was accepted. QUIT is
// pipelined after the content only when no recipient is left for another round.
static QStringList roundScript(const QStringList &to, const QList<int> &codes, bool pipelining, bool chunking,
                               bool retry, bool lastRound)
{
    QStringList s;
    bool anyAccepted = false;
    for (int c : codes)
        anyAccepted = anyAccepted || c / 100 == 2;
    auto rcptReply = [](int c) {
        return c == 452   ? QStringLiteral("S: 452 4.5.3 Too many recipients")
               : c == 550 ? QStringLiteral("S: 550 5.1.1 no such user")
                          : QStringLiteral("S: %1 ok").arg(c);
    };
    const QString quit = lastRound && pipelining ? QStringLiteral("C: QUIT") : QString();
    if (pipelining) {
        if (retry)
            s << QStringLiteral("C: RSET");
        s << QStringLiteral("C: MAIL FROM:<ann@example.org>");
        for (const QString &t : to)
            s << QStringLiteral("C: RCPT TO:<%1>").arg(t);
        if (!retry)
            s << (chunking ? QStringLiteral("B:") : QStringLiteral("C: DATA"));
        if (retry)
            s << QStringLiteral("S: 250 reset");
        s << QStringLiteral("S: 250 sender ok");
        for (int c : codes)
            s << rcptReply(c);
        if (!retry && !chunking) {
            if (anyAccepted)
                s << QStringLiteral("S: 354 go") << QStringLiteral("D:") << quit;
            else
                s << QStringLiteral("S: 554 5.5.1 Error: no valid recipients");
        } else if (!retry && chunking) {
            if (!anyAccepted)
                s << QStringLiteral("S: 554 5.5.1 Error: no valid recipients");
        } else if (anyAccepted) {
            s << (chunking ? QStringLiteral("B:") : QStringLiteral("C: DATA"));
            if (!chunking)
                s << QStringLiteral("S: 354 go") << QStringLiteral("D:");
            s << quit;
        }
    } else {
        if (retry)
            s << QStringLiteral("C: RSET") << QStringLiteral("S: 250 reset");
        s << QStringLiteral("C: MAIL FROM:<ann@example.org>") << QStringLiteral("S: 250 sender ok");
        for (int i = 0; i < to.size(); ++i)
            s << QStringLiteral("C: RCPT TO:<%1>").arg(to[i]) << rcptReply(codes[i]);
        if (anyAccepted) {
            s << (chunking ? QStringLiteral("B:") : QStringLiteral("C: DATA"));
            if (!chunking)
                s << QStringLiteral("S: 354 go") << QStringLiteral("D:");
        }
    }
    if (anyAccepted)
        s << QStringLiteral("S: 250 2.0.0 queued");
    s.removeAll(QString());
    return s;
}

static const QStringList quitFragment{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"),
                                      QStringLiteral("X")};

static QStringList ehloFragment(bool pipelining, bool chunking)
{
    QStringList s{QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                  QStringLiteral("S: 250-fake")};
    if (pipelining)
        s << QStringLiteral("S: 250-PIPELINING");
    if (chunking)
        s << QStringLiteral("S: 250-CHUNKING");
    s << QStringLiteral("S: 250 8BITMIME");
    return s;
}

void TestSession::partialRecipients()
{
    // a accepted, b refused for good, c "too many recipients": c goes again in a second transaction.
    const QStringList to{QStringLiteral("a@example.org"), QStringLiteral("b@example.org"),
                         QStringLiteral("c@example.org")};
    FakeServer server(ehloFragment(true, false) + roundScript(to, {250, 550, 452}, true, false, false, false)
                      + roundScript({to[2]}, {250}, true, false, true, true)
                      + QStringList{QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    Message m = simpleMessage();
    QString err;
    m.to = parseMailboxList(to.join(QLatin1Char(',')), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    const Outcome &o = run.outcomes[0];
    QCOMPARE(o.category, Outcome::Category::PartlySent);
    QCOMPARE(o.exitCode(), int(exitcode::Partly));
    QCOMPARE(o.recipients.size(), 3);
    QVERIFY(o.recipients[0].accepted);
    QVERIFY(!o.recipients[1].accepted);
    QCOMPARE(o.recipients[1].reply.code, 550);
    QCOMPARE(o.recipients[1].reply.enhanced, QByteArray("5.1.1"));
    QVERIFY(o.recipients[2].accepted);
    QCOMPARE(o.recipients[2].reply.code, 250);
    QCOMPARE(server.data().size(), 2);
    QCOMPARE(server.data()[0], server.data()[1]);  // the same message, Message-ID and all
    QVERIFY(o.describe().contains(QLatin1String("b@example.org")));
}

void TestSession::retryAfter452_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<bool>("chunking");
    QTest::addColumn<int>("perRound");  // recipients the server takes per transaction
    for (bool pipelining : {true, false})
        for (bool chunking : {false, true})
            for (int n : {1, 2})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1, %2, 452 after %3")
                        .arg(pipelining ? QStringLiteral("PIPELINING") : QStringLiteral("one by one"),
                             chunking ? QStringLiteral("BDAT") : QStringLiteral("DATA"))
                        .arg(n)))
                    << pipelining << chunking << n;
}

void TestSession::retryAfter452()
{
    QFETCH(bool, pipelining);
    QFETCH(bool, chunking);
    QFETCH(int, perRound);
    QStringList to;
    for (int i = 0; i < 5; ++i)
        to << QStringLiteral("r%1@example.org").arg(i);
    // RFC 5321 §4.5.3.1.10: the server takes perRound recipients per transaction and says 452 to the rest,
    // which the client sends again in following transactions until all are accepted.
    QStringList script = ehloFragment(pipelining, chunking);
    int rounds = 0;
    for (int first = 0; first < to.size(); first += perRound, ++rounds) {
        const QStringList left = to.mid(first);
        QList<int> codes;
        for (int i = 0; i < left.size(); ++i)
            codes << (i < perRound ? 250 : 452);
        script += roundScript(left, codes, pipelining, chunking, first > 0, first + perRound >= to.size());
    }
    script += pipelining ? QStringList{QStringLiteral("S: 221 bye"), QStringLiteral("X")} : quitFragment;
    FakeServer server(script);
    Message m = simpleMessage();
    QString err;
    m.to = parseMailboxList(to.join(QLatin1Char(',')), &err);
    int finishedCount = 0;
    const Run run = runSession(plainOptions(server.port()), {m}, nullptr, [&](Session &s, const Run &) {
        QObject::connect(&s, &Session::messageFinished, &s, [&] { ++finishedCount; });
    });
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(finishedCount, 1);  // one outcome for the message
    const Outcome &o = run.outcomes[0];
    QCOMPARE(o.category, Outcome::Category::Sent);
    QCOMPARE(o.recipients.size(), to.size());  // one result per recipient
    for (const RecipientResult &r : o.recipients) {
        QVERIFY(r.accepted);
        QCOMPARE(r.reply.code, 250);
    }
    QCOMPARE(server.data().size() / (chunking ? 1 : 1), rounds);
    QCOMPARE(server.connections(), 1);
}

void TestSession::retryRoundRefusesForAnotherReason()
{
    // The retried recipient is refused for good in the second round: partly sent, and no third round.
    const QStringList to{QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    QStringList script = ehloFragment(true, true) + roundScript(to, {250, 452}, true, true, false, false);
    script << QStringLiteral("C: RSET") << QStringLiteral("C: MAIL FROM:<ann@example.org>")
           << QStringLiteral("C: RCPT TO:<b@example.org>") << QStringLiteral("S: 250 reset")
           << QStringLiteral("S: 250 sender ok") << QStringLiteral("S: 550 5.1.1 no such user")
           << QStringLiteral("C: RSET") << QStringLiteral("S: 250 reset");
    FakeServer server(script + quitFragment);
    Message m = simpleMessage();
    QString err;
    m.to = parseMailboxList(to.join(QLatin1Char(',')), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    const Outcome &o = run.outcomes[0];
    QCOMPARE(o.category, Outcome::Category::PartlySent);
    QCOMPARE(o.reply.code, 250);  // the reply that accepted the message
    QVERIFY(o.recipients[0].accepted);
    QVERIFY(!o.recipients[1].accepted);
    QCOMPARE(o.recipients[1].reply.code, 550);
    QCOMPARE(server.data().size(), 1);
}

void TestSession::rcpt552IsRetriedLike452()
{
    // RFC 5321 §4.5.3.1.10: 552 to a RCPT after others were accepted is treated as temporary: tried again.
    const QStringList to{QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    FakeServer server(ehloFragment(true, false) + roundScript(to, {250, 552}, true, false, false, false)
                      + roundScript({to[1]}, {250}, true, false, true, true)
                      + QStringList{QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    Message m = simpleMessage();
    QString err;
    m.to = parseMailboxList(to.join(QLatin1Char(',')), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
    QCOMPARE(server.data().size(), 2);
}

void TestSession::serverThat452sEverything_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<bool>("chunking");
    QTest::newRow("PIPELINING, DATA") << true << false;
    QTest::newRow("PIPELINING, BDAT") << true << true;
    QTest::newRow("one by one, DATA") << false << false;
    QTest::newRow("one by one, BDAT") << false << true;
}

void TestSession::serverThat452sEverything()
{
    QFETCH(bool, pipelining);
    QFETCH(bool, chunking);
    // Nobody accepted in the round: temporary, and no second round (no loop).
    const QStringList to{QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    QStringList script =
        ehloFragment(pipelining, chunking) + roundScript(to, {452, 452}, pipelining, chunking, false, false);
    script << QStringLiteral("C: RSET") << QStringLiteral("S: 250 reset");
    FakeServer server(script + quitFragment);
    Message m = simpleMessage();
    QString err;
    m.to = parseMailboxList(to.join(QLatin1Char(',')), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    const Outcome &o = run.outcomes[0];
    QCOMPARE(o.category, Outcome::Category::TemporaryFailure);
    QCOMPARE(o.exitCode(), int(exitcode::Temporary));
    QCOMPARE(o.reply.code, 452);
    QCOMPARE(server.received().count("MAIL FROM"), 1);
    QVERIFY(server.data().isEmpty() || chunking);  // a pipelined BDAT LAST went out, but nobody took it
}

void TestSession::allRecipientsRefusedMeansNoData()
{
    FakeServer server(
        plainEhlo
        + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<bob@example.org>"), QStringLiteral("S: 550 5.1.1 unknown"),
                      QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"),
                      QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::PermanentFailure);
    QVERIFY(!server.received().contains("DATA"));
}

void TestSession::reply421EndsSession()
{
    FakeServer server(plainEhlo
                      + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                                    QStringLiteral("S: 421 4.3.2 shutting down"), QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY(run.finished);
    QCOMPARE(run.outcomes[0].category, Outcome::Category::TemporaryFailure);
    QCOMPARE(run.outcomes[0].reply.code, 421);
}

void TestSession::connectionLostAfterFinalDot()
{
    FakeServer server(plainEhlo
                      + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                                    QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: RCPT TO:<bob@example.org>"),
                                    QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                                    QStringLiteral("S: 354 go"), QStringLiteral("D:"), QStringLiteral("X")});
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
    FakeServer server(
        plainEhlo
        + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
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
                       QStringLiteral("C: MAIL FROM:<ann@example.org> SIZE=*"),
                       QStringLiteral("SLOW: 250 2.1.0 ok"), QStringLiteral("C: RCPT TO:<bob@example.org>"),
                       QStringLiteral("SLOW: 250 ok"), QStringLiteral("C: DATA"),
                       QStringLiteral("SLOW: 354 go"), QStringLiteral("D:"), QStringLiteral("SLOW: 250 ok"),
                       QStringLiteral("C: QUIT"), QStringLiteral("SLOW: 221 bye"), QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::secondMessageAfterRset()
{
    FakeServer server(plainEhlo
                      + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                                    QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: RCPT TO:<bob@example.org>"),
                                    QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: DATA"),
                                    QStringLiteral("S: 354 go"),
                                    QStringLiteral("D:"),
                                    QStringLiteral("S: 554 5.7.1 spam"),
                                    QStringLiteral("C: RSET"),
                                    QStringLiteral("S: 250 ok"),
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
                                    QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {simpleMessage(), simpleMessage()});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::PermanentFailure);
    QCOMPARE(run.outcomes[0].reply.code, 554);
    QCOMPARE(run.outcomes[1].category, Outcome::Category::Sent);
    QCOMPARE(server.connections(), 1);
}

void TestSession::sizeLimitRefusesBeforeMail()
{
    FakeServer server(hello({"SIZE 100"}) + goodbye());
    const Run run = runSession(plainOptions(server.port()), {simpleMessage(QString(500, QLatin1Char('a')))});
    QCOMPARE(run.outcomes[0].category, Outcome::Category::PermanentFailure);
    QVERIFY(run.outcomes[0].summary.contains(QLatin1String("at most 100")));
    QVERIFY(!server.received().contains("MAIL"));
}

void TestSession::heloFallback()
{
    FakeServer server(QStringList{
                          QStringLiteral("S: 220 old"),
                          QStringLiteral("C: EHLO client.example"),
                          QStringLiteral("S: 502 not implemented"),
                          QStringLiteral("C: HELO client.example"),
                          QStringLiteral("S: 250 old"),
                          QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                          QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.org>"),
                          QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: DATA"),
                          QStringLiteral("S: 354 go"),
                          QStringLiteral("D:"),
                          QStringLiteral("S: 250 ok"),
                      }
                      + goodbye());
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::nonAsciiLocalPartNeedsSmtpUtf8()
{
    FakeServer server(
        plainEhlo
        + QStringList{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")});
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
    FakeServer server(hello({"8BITMIME", "SMTPUTF8"}) + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org> BODY=8BITMIME SMTPUTF8"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<jürgen@bücher.example>"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                       QStringLiteral("D:"), QStringLiteral("S: 250 ok"),} + goodbye());
    Message m = simpleMessage(QStringLiteral("Grüße\n"));
    QString err;
    m.to = parseMailboxList(QStringLiteral("jürgen@bücher.example"), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
    QVERIFY(server.data().first().contains("Content-Transfer-Encoding: 8bit"));
    QVERIFY(server.data().first().contains("Grüße"));
}

void TestSession::dsnParameters()
{
    FakeServer server(hello({"DSN"}) + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org> RET=HDRS"), QStringLiteral("S: 250 ok"),
         QStringLiteral("C: RCPT TO:<bob@example.org> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;bob@example.org"),
         QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
         QStringLiteral("D:"), QStringLiteral("S: 250 ok"),} + goodbye());
    SessionOptions o = plainOptions(server.port());
    o.dsn.notify = "SUCCESS,FAILURE";
    o.dsn.ret = "HDRS";
    const Run run = runSession(o, {simpleMessage()});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

void TestSession::connectionTestWithoutMessage()
{
    FakeServer server(
        plainEhlo
        + QStringList{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    const Run run = runSession(plainOptions(server.port()), {});
    QVERIFY(run.finished);
    QCOMPARE(run.session.category, Outcome::Category::Sent);
}

void TestSession::cancelStopsCleanly()
{
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example")});
    const Run run =
        runSession(plainOptions(server.port()), {simpleMessage()}, nullptr, [&](Session &s, const Run &) {
            QTRY_VERIFY(server.scriptDone());
            s.cancel();
        });
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Cancelled);
    QVERIFY(!server.received().contains("MAIL"));
}

// RFC 5321 §4.1.1.10: a session that ends early says QUIT (after "*" when a login is cancelled), and
// finished() comes only once the socket flushed it; the server here never answers, so only the flush can end
// the wait.
void TestSession::earlyEndSaysGoodbyeFirst_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<Outcome::Category>("category");
    const QStringList login{QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                            QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 AUTH PLAIN")};
    QTest::newRow("554 greeting") << QStringList{QStringLiteral("S: 554 5.7.1 no service"),
                                                 QStringLiteral("C: QUIT")}
                                  << QByteArray("QUIT\r\n") << Outcome::Category::PermanentFailure;
    QTest::newRow("421 greeting") << QStringList{QStringLiteral("S: 421 4.3.2 busy"), QStringLiteral("X")}
                                  << QByteArray() << Outcome::Category::TemporaryFailure;
    QTest::newRow("535") << login
                                + QStringList{QStringLiteral("C: AUTH PLAIN *"),
                                              QStringLiteral("S: 535 5.7.8 no"), QStringLiteral("C: QUIT")}
                         << QByteArray("QUIT\r\n") << Outcome::Category::AuthFailed;
    QTest::newRow("SASL cancelled") << login
                                           + QStringList{QStringLiteral("C: AUTH PLAIN *"),
                                                         QStringLiteral("S: 334 !!"), QStringLiteral("C: *"),
                                                         QStringLiteral("C: QUIT")}
                                    << QByteArray("\r\n*\r\nQUIT\r\n") << Outcome::Category::AuthFailed;
}

void TestSession::earlyEndSaysGoodbyeFirst()
{
    QFETCH(QStringList, script);
    QFETCH(QByteArray, tail);
    QFETCH(Outcome::Category, category);
    FakeServer server(script);
    SessionOptions o = plainOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("secret");
    o.allowPlaintextAuth = true;
    bool quitBeforeFinished = false;
    const Run run = runSession(o, {simpleMessage()}, nullptr, [&](Session &s, const Run &r) {
        QObject::connect(&s, &Session::finished, &s, [&] {
            for (const TranscriptEvent &e : r.events)
                quitBeforeFinished =
                    quitBeforeFinished
                    || (e.kind == TranscriptEvent::Kind::Client && e.text == QLatin1String("QUIT"));
        });
    });
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QCOMPARE(run.outcomes[0].category, category);
    QCOMPARE(quitBeforeFinished, !tail.isEmpty());
    if (!tail.isEmpty())
        QTRY_VERIFY2(server.received().endsWith(tail), server.received().constData());
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QVERIFY(!server.received().contains("MAIL"));
}

// Greylisting (every RCPT 451) through a PIPELINING server that answers the pipelined DATA or BDAT with
// Postfix's "554 5.5.1 no valid recipients": temporary, as without PIPELINING.
void TestSession::greylistedRecipients_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<bool>("chunking");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<Outcome::Category>("category");
    for (bool pipelining : {true, false})
        for (bool chunking : {false, true}) {
            const QString how = QStringLiteral("%1, %2").arg(
                pipelining ? QStringLiteral("PIPELINING") : QStringLiteral("one by one"),
                chunking ? QStringLiteral("BDAT") : QStringLiteral("DATA"));
            QTest::newRow(qPrintable(how + QStringLiteral(", all 451")))
                << pipelining << chunking << QList<int>{451, 451} << Outcome::Category::TemporaryFailure;
            QTest::newRow(qPrintable(how + QStringLiteral(", 550 then 451")))
                << pipelining << chunking << QList<int>{550, 451} << Outcome::Category::TemporaryFailure;
            QTest::newRow(qPrintable(how + QStringLiteral(", 451 then 550")))
                << pipelining << chunking << QList<int>{451, 550} << Outcome::Category::TemporaryFailure;
            QTest::newRow(qPrintable(how + QStringLiteral(", all 550")))
                << pipelining << chunking << QList<int>{550, 550} << Outcome::Category::PermanentFailure;
        }
}

void TestSession::greylistedRecipients()
{
    QFETCH(bool, pipelining);
    QFETCH(bool, chunking);
    QFETCH(QList<int>, codes);
    QFETCH(Outcome::Category, category);
    const QStringList to{QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    QStringList script = ehloFragment(pipelining, chunking);
    QStringList round = roundScript(to, codes, pipelining, chunking, false, false);
    for (QString &line : round)
        if (line.startsWith(QLatin1String("S: 451")))
            line = QStringLiteral("S: 451 4.7.1 <a@example.org>: Recipient address rejected: Greylisted");
    script += round;
    script << QStringLiteral("C: RSET") << QStringLiteral("S: 250 reset");
    FakeServer server(script + quitFragment);
    Message m = simpleMessage();
    QString err;
    m.to = parseMailboxList(to.join(QLatin1Char(',')), &err);
    const Run run = runSession(plainOptions(server.port()), {m});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    const Outcome &o = run.outcomes[0];
    QCOMPARE(o.category, category);
    QCOMPARE(o.exitCode(), category == Outcome::Category::TemporaryFailure ? int(exitcode::Temporary)
                                                                           : int(exitcode::Permanent));
    QVERIFY(o.reply.code == 451 || o.reply.code == 550);  // a recipient's reply, never DATA's 554
}

void TestSession::ehlo4xxIsTemporary()
{
    for (Security sec : {Security::None, Security::StartTls}) {
        FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                           QStringLiteral("S: 421 4.3.2 try later"), QStringLiteral("X")});
        FakeServer server2({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example"),
                            QStringLiteral("S: 451 4.3.0 local problem"), QStringLiteral("C: QUIT")});
        for (FakeServer *srv : {&server, &server2}) {
            SessionOptions o = sec == Security::None ? plainOptions(srv->port()) : tlsOptions(srv->port());
            const Run run = runSession(o, {simpleMessage()});
            QVERIFY2(run.finished, qPrintable(run.transcript()));
            QCOMPARE(run.outcomes[0].category, Outcome::Category::TemporaryFailure);
            QCOMPARE(run.outcomes[0].exitCode(), int(exitcode::Temporary));
            QVERIFY2(srv->errors().isEmpty(), qPrintable(srv->errors().join(QLatin1Char('\n'))));
        }
    }
}

void TestSession::dropBeforeBdatReplyWithNobodyAccepted()
{
    // Every RCPT refused, the pipelined BDAT LAST went out, then the connection drops: nothing can have been
    // delivered, so not "may have been delivered".
    QStringList script = ehloFragment(true, true);
    script << QStringLiteral("C: MAIL FROM:<ann@example.org>")
           << QStringLiteral("C: RCPT TO:<bob@example.org>") << QStringLiteral("B:")
           << QStringLiteral("C: QUIT") << QStringLiteral("S: 250 ok")
           << QStringLiteral("S: 550 5.1.1 no such user") << QStringLiteral("X");
    FakeServer server(script);
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    const Outcome &o = run.outcomes[0];
    QCOMPARE(o.category, Outcome::Category::ConnectionFailed);
    QCOMPARE(o.exitCode(), int(exitcode::Connection));
    QVERIFY(!o.recipients[0].accepted);
}

// Sent before any content: MAIL and RCPT answered (one at a time, or in one pipelined group with DATA).
static QStringList envelopeAccepted(bool pipelining)
{
    const QString mail = QStringLiteral("C: MAIL FROM:<ann@example.org>");
    const QString rcpt = QStringLiteral("C: RCPT TO:<bob@example.org>");
    const QString ok = QStringLiteral("S: 250 ok");
    if (pipelining)
        return {mail, rcpt, QStringLiteral("C: DATA"), ok, ok, QStringLiteral("S: 354 go")};
    return {mail, ok, rcpt, ok, QStringLiteral("C: DATA"), QStringLiteral("S: 354 go")};
}

void TestSession::resetAfterTheEnd_data()
{
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<bool>("chunking");
    QTest::newRow("DATA") << false << false;
    QTest::newRow("DATA, pipelined") << true << false;
    QTest::newRow("BDAT") << false << true;
}

void TestSession::resetAfterTheEnd()
{
    // The server reads the whole message, end included, and resets the connection without a reply. Its TCP
    // stack may never have acknowledged the end (it holds the ACK back for the reply): the reset proves
    // nothing, so the message may have been delivered, and is not "never reached the server".
    QFETCH(bool, pipelining);
    QFETCH(bool, chunking);
    QStringList script = ehloFragment(pipelining, chunking);
    if (chunking)
        script << QStringLiteral("C: MAIL FROM:<ann@example.org>") << QStringLiteral("S: 250 ok")
               << QStringLiteral("C: RCPT TO:<bob@example.org>") << QStringLiteral("S: 250 ok")
               << QStringLiteral("B:");
    else
        script << envelopeAccepted(pipelining) << QStringLiteral("D:");
    script << QStringLiteral("RST");
    FakeServer server(script);
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    const Outcome &o = run.outcomes[0];
    QVERIFY2(o.category == Outcome::Category::MayHaveBeenDelivered, qPrintable(o.describe()));
    QCOMPARE(o.exitCode(), int(exitcode::MayHaveBeenDelivered));
    QVERIFY2(!o.describe().contains(QLatin1String("Nothing was delivered")), qPrintable(o.describe()));
}

void TestSession::pipelinedGroupUnanswered_data()
{
    QTest::addColumn<QString>("end");  // how the server ends: close, reset, or silence until the timeout
    QTest::addColumn<int>("recipients");
    QTest::newRow("closed, one recipient") << "X" << 1;
    QTest::newRow("closed, two recipients") << "X" << 2;
    QTest::newRow("reset, one recipient") << "RST" << 1;
    QTest::newRow("silent, one recipient") << "" << 1;
}

void TestSession::pipelinedGroupUnanswered()
{
    // CHUNKING and PIPELINING: MAIL, RCPT, BDAT LAST with the content (and QUIT) go as one group. The server
    // reads it all and ends without a single reply: the RCPTs were not refused, their answers never came,
    // and the whole message went out, so someone may have it (RFC 2920 §3.2 lets a server hold replies).
    QFETCH(QString, end);
    QFETCH(int, recipients);
    Message m = simpleMessage();
    QString error;
    if (recipients == 2)
        m.to = parseMailboxList(QStringLiteral("bob@example.org, cy@example.org"), &error);
    QStringList script = ehloFragment(true, true);
    script << QStringLiteral("C: MAIL FROM:<ann@example.org>")
           << QStringLiteral("C: RCPT TO:<bob@example.org>");
    if (recipients == 2)
        script << QStringLiteral("C: RCPT TO:<cy@example.org>");
    script << QStringLiteral("B:");
    if (!end.isEmpty())
        script << end;
    FakeServer server(script);
    SessionOptions o = plainOptions(server.port());
    o.timeouts = Timeouts::uniform(1500);
    const Run run = runSession(o, {m});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    const Outcome &out = run.outcomes[0];
    QVERIFY2(out.category == Outcome::Category::MayHaveBeenDelivered, qPrintable(out.describe()));
    QCOMPARE(out.exitCode(), int(exitcode::MayHaveBeenDelivered));
    const QString said = out.describe();
    QVERIFY2(!said.contains(QLatin1String("REFUSED")), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("refused every recipient")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("no answer bob@example.org")), qPrintable(said));
}

void TestSession::replyOutOfTurnAfter354()
{
    // A 250 behind the 354, before any content was written, must not be taken for the answer to the end
    // (the real answer, here a 554, would then be read as QUIT's).
    for (const bool pipelining : {false, true}) {
        QStringList script = ehloFragment(pipelining, false) + envelopeAccepted(pipelining);
        script.last() = QStringLiteral("R: 354 go\r\n250 2.0.0 queued as FAKE\r\n");
        script << QStringLiteral("D:") << QStringLiteral("S: 554 5.7.1 rejected") << quitFragment;
        FakeServer server(script);
        const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
        QVERIFY2(run.finished, qPrintable(run.transcript()));
        const Outcome &o = run.outcomes[0];
        QVERIFY2(o.category == Outcome::Category::ProtocolError, qPrintable(o.describe()));
        QCOMPARE(o.exitCode(), int(exitcode::Connection));
        QVERIFY2(server.data().isEmpty(), "no content goes out after a reply out of turn");
    }
}

void TestSession::replyOfTheWrongClass_data()
{
    // RFC 5321 §4.3.2: MAIL and RCPT get 2xx, 4xx or 5xx; DATA 354, 4xx or 5xx.
    QTest::addColumn<QStringList>("script");
    const QString mail = QStringLiteral("C: MAIL FROM:<ann@example.org>");
    const QString rcpt = QStringLiteral("C: RCPT TO:<bob@example.org>");
    const QString ok = QStringLiteral("S: 250 ok");
    QTest::newRow("354 to MAIL") << QStringList{mail, QStringLiteral("S: 354 go on")};
    QTest::newRow("354 to RCPT") << QStringList{mail, ok, rcpt, QStringLiteral("S: 354 go on")};
    QTest::newRow("250 to DATA") << QStringList{
        mail, ok, rcpt, ok, QStringLiteral("C: DATA"), QStringLiteral("S: 250 fine")};
    QTest::newRow("334 to MAIL") << QStringList{mail, QStringLiteral("S: 334 VXNlcm5hbWU6")};
}

void TestSession::replyOfTheWrongClass()
{
    QFETCH(QStringList, script);
    FakeServer server(plainEhlo + script + quitFragment);
    const Run run = runSession(plainOptions(server.port()), {simpleMessage()});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    const Outcome &o = run.outcomes[0];
    QVERIFY2(o.category == Outcome::Category::ProtocolError, qPrintable(o.describe()));
    QCOMPARE(o.exitCode(), int(exitcode::Connection));
    QVERIFY(server.data().isEmpty());
}

void TestSession::invalidOptionsRefusedAtStart_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("EHLO literal with CRLF") << "ehlo"
                                            << "[1.2.3.4]\r\nRCPT TO:<smuggled@example.org>";
    QTest::newRow("EHLO name with LF") << "ehlo"
                                       << "client.example\nQUIT";
    QTest::newRow("EHLO name with NUL") << "ehlo" << QStringLiteral("client") + QChar(0);
    QTest::newRow("EHLO out of grammar") << "ehlo"
                                         << "my_host";
    QTest::newRow("NOTIFY with CRLF") << "notify"
                                      << "SUCCESS\r\nRCPT TO:<smuggled@example.org>";
    QTest::newRow("NOTIFY never,success") << "notify"
                                          << "NEVER,SUCCESS";
    QTest::newRow("NOTIFY bogus") << "notify"
                                  << "never,success,bogus";
    QTest::newRow("RET other") << "ret"
                               << "BOTH";
    QTest::newRow("ENVID with CR") << "envid"
                                   << "id\rQUIT";
    QTest::newRow("user with CRLF") << "user"
                                    << "ann\r\nQUIT";
}

void TestSession::invalidOptionsRefusedAtStart()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    FakeServer server(plainEhlo);
    SessionOptions o = plainOptions(server.port());
    if (field == QLatin1String("ehlo"))
        o.ehloName = value;
    else if (field == QLatin1String("notify"))
        o.dsn.notify = value.toLatin1();
    else if (field == QLatin1String("ret"))
        o.dsn.ret = value.toLatin1();
    else if (field == QLatin1String("envid"))
        o.dsn.envid = value;
    else
        o.user = value;
    const Run run = runSession(o, {simpleMessage()});
    QVERIFY(run.finished);
    QCOMPARE(run.outcomes[0].category, Outcome::Category::LocalError);
    QCOMPARE(run.outcomes[0].exitCode(), int(exitcode::Local));
    QVERIFY(!run.outcomes[0].summary.isEmpty());
    QCOMPARE(server.connections(), 0);  // refused before connecting: nothing sent
}

void TestSession::utf8OrcptUsesUtf8Type()
{
    FakeServer server(hello({"DSN", "8BITMIME", "SMTPUTF8"}) + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org> BODY=8BITMIME SMTPUTF8 RET=HDRS ENVID=id+2B1"),
         QStringLiteral("S: 250 ok"),
         QString::fromUtf8("C: RCPT TO:<jörg@example.org> NOTIFY=FAILURE ORCPT=utf-8;j\\x{F6}rg@example.org"),
         QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
         QStringLiteral("D:"), QStringLiteral("S: 250 ok"),} + goodbye());
    SessionOptions o = plainOptions(server.port());
    o.dsn.notify = "failure";
    o.dsn.ret = "HDRS";
    o.dsn.envid = QStringLiteral("id+1");
    Message m = simpleMessage(QString::fromUtf8("Grüße\n"));
    QString err;
    m.to = parseMailboxList(QString::fromUtf8("jörg@example.org"), &err);
    const Run run = runSession(o, {m});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcomes[0].category, Outcome::Category::Sent);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
