// `stamp send` end to end: the real binary against the scripted fake server, checking exit codes and words.
#include "fakeserver.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void usageErrors_data();
    void usageErrors();
    void unreadableAttachmentSendsNothing();
    void passwordNeverInTranscriptOrOutput();
    void severalEmlOnOneConnection();
    void goodbyeReachesServerBeforeExit_data();
    void goodbyeReachesServerBeforeExit();
};

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out, err;
};

Result runStamp(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(STAMP_BINARY), QStringList{QStringLiteral("send")} + args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    Result r;
    // The fake server lives in this process's event loop, so wait by spinning it, never by blocking.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000)) {
        p.kill();
        p.waitForFinished(1000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QStringList greeting{QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-fake"),
                           QStringLiteral("S: 250 8BITMIME")};
const QStringList mailRcpt{QStringLiteral("C: MAIL FROM:<ann@example.org>"), QStringLiteral("S: 250 ok"),
                           QStringLiteral("C: RCPT TO:<bob@example.org>")};
}  // namespace

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("expected");
    const QStringList tail{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};
    QTest::newRow("sent") << greeting + mailRcpt
                                 + QStringList{QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                                               QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                                               QStringLiteral("S: 250 queued")}
                                 + tail
                          << 0;
    QTest::newRow("temporary") << greeting + mailRcpt
                                      + QStringList{QStringLiteral("S: 450 4.2.1 try later"), QStringLiteral("C: RSET"),
                                                    QStringLiteral("S: 250 ok")}
                                      + tail
                               << 6;
    QTest::newRow("permanent") << greeting + mailRcpt
                                      + QStringList{QStringLiteral("S: 550 5.1.1 no such user"),
                                                    QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok")}
                                      + tail
                               << 7;
    QTest::newRow("lost after dot") << greeting + mailRcpt
                                           + QStringList{QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"),
                                                         QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                                                         QStringLiteral("X")}
                                    << 9;
    QTest::newRow("closed at greeting") << QStringList{QStringLiteral("X")} << 3;
    QTest::newRow("garbage") << QStringList{QStringLiteral("S: HTTP/1.1 400 Bad Request")} << 3;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, script);
    QFETCH(int, expected);
    FakeServer server(script);
    const Result r = runStamp({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                               QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
                               QStringLiteral("ann@example.org"), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                               QStringLiteral("--subject"), QStringLiteral("t"), QStringLiteral("--body"),
                               QStringLiteral("hello")});
    QVERIFY2(r.exitCode == expected, r.err.constData());
    QVERIFY(!r.err.isEmpty());  // always says what happened
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList base{QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--from"),
                           QStringLiteral("ann@example.org")};
    QTest::newRow("no recipient") << base;
    QTest::newRow("bad address") << base + QStringList{QStringLiteral("--to"), QStringLiteral("bob@@example.org")};
    QTest::newRow("CR in address") << base + QStringList{QStringLiteral("--to"), QStringLiteral("bob@example.org\r\nRCPT TO:<x@y>")};
    QTest::newRow("bad security") << base + QStringList{QStringLiteral("--to"), QStringLiteral("b@example.org"),
                                                        QStringLiteral("--security"), QStringLiteral("maybe")};
    QTest::newRow("user without password") << base + QStringList{QStringLiteral("--to"), QStringLiteral("b@example.org"),
                                                                 QStringLiteral("--user"), QStringLiteral("ann")};
    QTest::newRow("bad pin") << base + QStringList{QStringLiteral("--to"), QStringLiteral("b@example.org"),
                                                   QStringLiteral("--pin-sha256"), QStringLiteral("abc")};
    QTest::newRow("no server") << QStringList{QStringLiteral("--from"), QStringLiteral("a@example.org"),
                                              QStringLiteral("--to"), QStringLiteral("b@example.org")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Result r = runStamp(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("stamp: "));
}

void TestCli::unreadableAttachmentSendsNothing()
{
    FakeServer server(greeting);
    const Result r = runStamp({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                               QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
                               QStringLiteral("ann@example.org"), QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                               QStringLiteral("--attach"), QStringLiteral("/nonexistent/file.pdf")});
    QCOMPARE(r.exitCode, 11);
    QVERIFY(r.err.contains("/nonexistent/file.pdf"));
    QCOMPARE(server.connections(), 0);
}

void TestCli::passwordNeverInTranscriptOrOutput()
{
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-fake"),
                       QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go"),
                       QStringLiteral("TLS"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-fake"),
                       QStringLiteral("S: 250 AUTH LOGIN"), QStringLiteral("C: AUTH LOGIN"),
                       QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C: YW5u"),
                       QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C: aHVudGVyMg=="),
                       QStringLiteral("S: 535 5.7.8 no")});
    QTemporaryDir dir;
    const QString transcript = dir.filePath(QStringLiteral("t.log"));
    const Result r = runStamp({QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(server.port()),
                               QStringLiteral("--ca-file"), FakeServer::dataPath(QStringLiteral("ca.pem")),
                               QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("--password-stdin"),
                               QStringLiteral("--from"), QStringLiteral("ann@example.org"), QStringLiteral("--to"),
                               QStringLiteral("bob@example.org"), QStringLiteral("--transcript"), transcript},
                              "hunter2\n");
    QCOMPARE(r.exitCode, 5);
    QFile f(transcript);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray log = f.readAll() + r.err + r.out;
    QVERIFY(log.contains("AUTH LOGIN"));
    QVERIFY(!log.contains("hunter2"));
    QVERIFY(!log.contains("aHVudGVyMg"));
}

void TestCli::severalEmlOnOneConnection()
{
    QTemporaryDir dir;
    for (int i = 0; i < 3; ++i) {
        QFile f(dir.filePath(QStringLiteral("m%1.eml").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("From: ann@example.org\nTo: bob@example.org\nBcc: hidden@example.org\nSubject: n" + QByteArray::number(i)
                + "\n\nbody\n.line\n");
    }
    QStringList script{QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-fake"),
                       QStringLiteral("S: 250 PIPELINING")};
    for (int i = 0; i < 3; ++i)
        script << QStringLiteral("C: MAIL FROM:<ann@example.org>") << QStringLiteral("C: RCPT TO:<bob@example.org>")
               << QStringLiteral("C: RCPT TO:<hidden@example.org>") << QStringLiteral("C: DATA")
               << QStringLiteral("S: 250 ok") << QStringLiteral("S: 250 ok") << QStringLiteral("S: 250 ok")
               << QStringLiteral("S: 354 go") << QStringLiteral("D:") << (i == 2 ? QStringLiteral("C: QUIT") : QString())
               << QStringLiteral("S: 250 ok");
    script.removeAll(QString());
    script << QStringLiteral("S: 221 bye") << QStringLiteral("X");
    FakeServer server(script);
    const Result r = runStamp({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                               QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--eml"),
                               dir.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.connections(), 1);
    QCOMPARE(server.data().size(), 3);
    for (const QByteArray &d : server.data()) {
        QVERIFY(!d.contains("Bcc:"));
        QVERIFY(d.contains("\r\n..line\r\n"));
    }
}

// RFC 5321 §4.1.1.10: a session that ends early still says QUIT (after the SASL "*" when a login is
// cancelled), and the process exits only once that reached the server.
void TestCli::goodbyeReachesServerBeforeExit_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QByteArray>("tail");  // what the server must have received last
    QTest::addColumn<int>("expected");
    const QStringList login{QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),
                            QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 AUTH PLAIN")};
    QTest::newRow("554 greeting") << QStringList{QStringLiteral("S: 554 5.7.1 go away"),
                                                 QStringLiteral("C: QUIT")}
                                  << QByteArray("QUIT\r\n") << 7;
    QTest::newRow("535") << login
                                + QStringList{QStringLiteral("C: AUTH PLAIN *"),
                                              QStringLiteral("S: 535 5.7.8 no"), QStringLiteral("C: QUIT")}
                         << QByteArray("QUIT\r\n") << 5;
    QTest::newRow("SASL cancelled") << login
                                           + QStringList{QStringLiteral("C: AUTH PLAIN *"),
                                                         QStringLiteral("S: 334 !!"), QStringLiteral("C: *"),
                                                         QStringLiteral("C: QUIT")}
                                    << QByteArray("\r\n*\r\nQUIT\r\n") << 5;
}

void TestCli::goodbyeReachesServerBeforeExit()
{
    QFETCH(QStringList, script);
    QFETCH(QByteArray, tail);
    QFETCH(int, expected);
    FakeServer server(script);  // silent after the script: no 221, no close from the server's side
    const Result r = runStamp({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                               QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--user"),
                               QStringLiteral("ann"), QStringLiteral("--password-stdin"),
                               QStringLiteral("--allow-plaintext-auth"), QStringLiteral("--from"),
                               QStringLiteral("ann@example.org"), QStringLiteral("--to"),
                               QStringLiteral("bob@example.org")},
                              "secret\n");
    QCOMPARE(r.exitCode, expected);
    // The process has exited: only what it handed to the kernel before can still arrive.
    QTRY_VERIFY2(server.received().endsWith(tail), server.received().constData());
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
