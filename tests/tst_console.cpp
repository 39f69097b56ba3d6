// The console (issue 12): SMTP typed by hand over a session smtp::Session set up, against the scripted
// fake server (smtp/consolesession.h), and `stamp console` fed from standard input.
#include "consolesession.h"
#include "sessionharness.h"

#include <QProcess>
#include <QTest>

using namespace smtp;
using harness::goodbye;
using harness::hello;
using harness::plainEhlo;
using harness::plainOptions;
using harness::tlsOptions;

namespace {

struct ConsoleRun
{
    QList<TranscriptEvent> events;
    QStringList explanations;  // one per event
    Outcome outcome;
    bool finished = false;

    QString transcript() const
    {
        QStringList l;
        for (const TranscriptEvent &e : events)
            l << e.format();
        return l.join(QLatin1Char('\n'));
    }
    QList<TranscriptEvent> ofKind(TranscriptEvent::Kind k) const
    {
        QList<TranscriptEvent> out;
        for (const TranscriptEvent &e : events)
            if (e.kind == k)
                out << e;
        return out;
    }
    // The explanation given beside the first event whose text starts with `prefix`.
    QString explanationOf(const QString &prefix) const
    {
        for (qsizetype i = 0; i < events.size(); ++i)
            if (events[i].text.startsWith(prefix))
                return explanations[i];
        return QStringLiteral("<no line %1>").arg(prefix);
    }
    qsizetype indexOf(TranscriptEvent::Kind k, const QString &prefix) const
    {
        for (qsizetype i = 0; i < events.size(); ++i)
            if (events[i].kind == k && events[i].text.startsWith(prefix))
                return i;
        return -1;
    }
};

// Types every line at once (they queue: each waits for the reply before it), then ends the input.
ConsoleRun runConsole(const SessionOptions &options, const QStringList &lines, bool endInput = true)
{
    ConsoleRun run;
    ConsoleSession console;
    QObject::connect(&console, &ConsoleSession::line, &console,
                     [&](const TranscriptEvent &e, const QString &why) {
                         run.events << e;
                         run.explanations << why;
                     });
    QObject::connect(&console, &ConsoleSession::finished, &console, [&](const Outcome &o) {
        run.outcome = o;
        run.finished = true;
    });
    console.start(options);
    for (const QString &l : lines)
        console.typeLine(l);
    if (endInput)
        console.endInput();
    QEventLoop loop;
    QObject::connect(&console, &ConsoleSession::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!run.finished)
        loop.exec();
    return run;
}

const QStringList quitScript{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 bye"),
                             QStringLiteral("X")};

// What the server received after the setup (EHLO) of a plain session.
QByteArray afterSetup(const FakeServer &server)
{
    const QByteArray all = server.received();
    const QByteArray ehlo = "EHLO client.example\r\n";
    return all.startsWith(ehlo) ? all.mid(ehlo.size()) : "<no EHLO first> " + all;
}

}  // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandsOneAtATimeExplained();
    void mailRcptDataDotStuffed();
    void emptyMessage();
    void endOfInputEndsContentAndQuits();
    void refusedLines_data();
    void refusedLines();
    void longestLineAccepted();
    void contentLineWithCrRefused();
    void serverDropsMidConsole();
    void startTlsAndAuthMasked();
    void setupFailsClosed();
    void cliFromStdin();
    void cliPasswordThenLines();
    void cliLoginFailedExitCode();
};

void TestConsole::commandsOneAtATimeExplained()
{
    FakeServer server(plainEhlo
                      + QStringList{
                          QStringLiteral("C: HELP"),
                          QStringLiteral("S: 214-2.0.0 Commands:"),
                          QStringLiteral("S: 214-2.0.0 HELO EHLO MAIL RCPT DATA"),
                          QStringLiteral("S: 214 2.0.0 End of HELP info"),
                          QStringLiteral("C: NOOP"),
                          QStringLiteral("S: 250 2.0.0 OK"),
                          QStringLiteral("C: VRFY bob"),
                          QStringLiteral("S: 252 2.0.0 Cannot VRFY user, but will accept message"),
                          QStringLiteral("C: EXPN staff"),
                          QStringLiteral("S: 502 5.5.1 EXPN not implemented"),
                          QStringLiteral("C: RSET"),
                          QStringLiteral("S: 250 2.0.0 OK"),
                      } + quitScript);
    const ConsoleRun run =
        runConsole(plainOptions(server.port()),
                   {QStringLiteral("HELP"), QStringLiteral("NOOP"), QStringLiteral("VRFY bob"),
                    QStringLiteral("EXPN staff"), QStringLiteral("RSET")});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(afterSetup(server), QByteArray("HELP\r\nNOOP\r\nVRFY bob\r\nEXPN staff\r\nRSET\r\nQUIT\r\n"));
    QCOMPARE(run.outcome.category, Outcome::Category::Sent);
    QCOMPARE(run.outcome.exitCode(), 0);
    // One at a time: NOOP goes only after the last line of HELP's multi-line reply.
    const qsizetype lastHelp = run.indexOf(TranscriptEvent::Kind::Server, QStringLiteral("214 End"));
    const qsizetype noop = run.indexOf(TranscriptEvent::Kind::Client, QStringLiteral("NOOP"));
    QVERIFY2(lastHelp >= 0 && noop > lastHelp, qPrintable(run.transcript()));
    // Each command and each reply explained as in the log.
    QVERIFY(run.explanationOf(QStringLiteral("HELP")).contains(QLatin1String("help")));
    QVERIFY(run.explanationOf(QStringLiteral("VRFY")).contains(QLatin1String("VRFY")));
    QVERIFY(run.explanationOf(QStringLiteral("EXPN")).contains(QLatin1String("EXPN")));
    QVERIFY(run.explanationOf(QStringLiteral("RSET")).contains(QLatin1String("RSET")));
    QVERIFY(run.explanationOf(QStringLiteral("NOOP")).contains(QLatin1String("NOOP")));
    QVERIFY(!run.explanationOf(QStringLiteral("252")).isEmpty());
    QVERIFY(run.explanationOf(QStringLiteral("502")).contains(QLatin1String("5.5.1")));
    // What comes next is Stamp's during the setup, the user's afterwards.
    QVERIFY(run.explanationOf(QStringLiteral("220 fake")).contains(QLatin1String("Next:")));
    QVERIFY(!run.explanationOf(QStringLiteral("502")).contains(QLatin1String("Next:")));
}

void TestConsole::mailRcptDataDotStuffed()
{
    FakeServer server(plainEhlo
                      + QStringList{
                          QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                          QStringLiteral("S: 250 2.1.0 Ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.org>"),
                          QStringLiteral("S: 250 2.1.5 Ok"),
                          QStringLiteral("C: DATA"),
                          QStringLiteral("S: 354 End data with <CR><LF>.<CR><LF>"),
                          QStringLiteral("D:"),
                          QStringLiteral("S: 250 2.0.0 Ok: queued as 1234"),
                          QStringLiteral("C: NOOP"),
                          QStringLiteral("S: 250 2.0.0 Ok"),
                      } + quitScript);
    const ConsoleRun run = runConsole(
        plainOptions(server.port()),
        {QStringLiteral("MAIL FROM:<ann@example.org>"), QStringLiteral("RCPT TO:<bob@example.org>"),
         QStringLiteral("DATA"), QStringLiteral("Subject: typed by hand"), QString(),
         QStringLiteral(".a line with a dot"), QStringLiteral(".."), QStringLiteral("end"),
         QStringLiteral("."), QStringLiteral("NOOP"), QStringLiteral("QUIT")},
        false);
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(server.data().size(), 1);
    QCOMPARE(server.data().first(),
             QByteArray("Subject: typed by hand\r\n\r\n..a line with a dot\r\n...\r\nend\r\n.\r\n"));
    QVERIFY(afterSetup(server).endsWith("end\r\n.\r\nNOOP\r\nQUIT\r\n"));
    QCOMPARE(run.outcome.category, Outcome::Category::Sent);
    // 354 is explained as not yet accepted; the final reply as the verdict on the message.
    QVERIFY(run.explanationOf(QStringLiteral("DATA")).contains(QLatin1String("354")));
    QVERIFY(run.explanationOf(QStringLiteral(". (end of message")).contains(QLatin1String("CRLF.CRLF")));
    QVERIFY(!run.explanationOf(QStringLiteral("250 2.0.0 Ok: queued")).isEmpty());
    // The content lines are in the transcript as they went out, stuffed.
    QVERIFY(run.indexOf(TranscriptEvent::Kind::Data, QStringLiteral("..a line with a dot")) >= 0);
}

void TestConsole::emptyMessage()
{
    FakeServer server(plainEhlo
                      + QStringList{QStringLiteral("C: data"), QStringLiteral("S: 354 go ahead"),
                                    QStringLiteral("D:"), QStringLiteral("S: 554 5.6.0 empty message")}
                      + quitScript);
    const ConsoleRun run =
        runConsole(plainOptions(server.port()), {QStringLiteral("data"), QStringLiteral(".")});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    // DATA's own CRLF and the lone dot: CRLF.CRLF on the wire.
    QCOMPARE(afterSetup(server), QByteArray("data\r\n.\r\nQUIT\r\n"));
}

void TestConsole::endOfInputEndsContentAndQuits()
{
    FakeServer server(plainEhlo
                      + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
                                    QStringLiteral("D:"), QStringLiteral("S: 250 2.0.0 queued")}
                      + quitScript);
    const ConsoleRun run =
        runConsole(plainOptions(server.port()), {QStringLiteral("DATA"), QStringLiteral("last")});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(server.data().value(0), QByteArray("last\r\n.\r\n"));
    QCOMPARE(afterSetup(server), QByteArray("DATA\r\nlast\r\n.\r\nQUIT\r\n"));
}

void TestConsole::refusedLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("CR inside") << QStringLiteral("NOOP\rRSET") << QStringLiteral("line break");
    QTest::newRow("LF inside") << QStringLiteral("VRFY a\nDATA") << QStringLiteral("line break");
    QTest::newRow("NUL inside") << QString::fromUtf8("VRFY a\0b", 8) << QStringLiteral("NUL");
    QTest::newRow("CRLF at the end") << QStringLiteral("NOOP\r\n") << QStringLiteral("line break");
    QTest::newRow("511 octets") << QStringLiteral("VRFY ") + QString(506, QLatin1Char('a'))
                                << QStringLiteral("511 octets");
    QTest::newRow("multibyte over 510")
        << QStringLiteral("VRFY ") + QString(253, QChar(0xe9)) << QStringLiteral("511 octets");
    QTest::newRow("AUTH") << QStringLiteral("AUTH PLAIN AGFubgBzZWNyZXQ=") << QStringLiteral("logged in");
    QTest::newRow("STARTTLS") << QStringLiteral("starttls") << QStringLiteral("RFC 3207");
    QTest::newRow("BDAT") << QStringLiteral("BDAT 5 LAST") << QStringLiteral("exact size");
    QTest::newRow("unknown verb") << QStringLiteral("XCLIENT NAME=x") << QStringLiteral("HELP, NOOP");
    QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("empty");
}

void TestConsole::refusedLines()
{
    QFETCH(QString, line);
    QFETCH(QString, reason);
    FakeServer server(plainEhlo + QStringList{QStringLiteral("C: NOOP"), QStringLiteral("S: 250 2.0.0 OK")}
                      + quitScript);
    const ConsoleRun run = runConsole(plainOptions(server.port()), {line, QStringLiteral("NOOP")});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    // Nothing of the refused line was written; the console went on with the next one.
    QCOMPARE(afterSetup(server), QByteArray("NOOP\r\nQUIT\r\n"));
    const QList<TranscriptEvent> errors = run.ofKind(TranscriptEvent::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().text.startsWith(QLatin1String("Not sent: ")), qPrintable(errors.first().text));
    QVERIFY2(errors.first().text.contains(reason), qPrintable(errors.first().text));
    QCOMPARE(run.outcome.category, Outcome::Category::Sent);
}

void TestConsole::longestLineAccepted()
{
    const QString line = QStringLiteral("VRFY ") + QString(505, QLatin1Char('a'));  // 510 octets
    FakeServer server(plainEhlo + QStringList{QStringLiteral("C: VRFY *"), QStringLiteral("S: 252 maybe")}
                      + quitScript);
    const ConsoleRun run = runConsole(plainOptions(server.port()), {line});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(afterSetup(server), line.toLatin1() + "\r\nQUIT\r\n");
    QVERIFY(run.ofKind(TranscriptEvent::Kind::Error).isEmpty());
}

void TestConsole::contentLineWithCrRefused()
{
    FakeServer server(plainEhlo
                      + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
                                    QStringLiteral("D:"), QStringLiteral("S: 250 2.0.0 queued")}
                      + quitScript);
    const ConsoleRun run = runConsole(
        plainOptions(server.port()),
        {QStringLiteral("DATA"), QStringLiteral("one"), QStringLiteral("two\r\n.\r\nMAIL FROM:<x@y>"),
         QString(999, QLatin1Char('x')), QStringLiteral("three"), QStringLiteral(".")});
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    // The smuggled end of data and the over-long line never reached the server.
    QCOMPARE(server.data().value(0), QByteArray("one\r\nthree\r\n.\r\n"));
    QCOMPARE(run.ofKind(TranscriptEvent::Kind::Error).size(), 2);
}

void TestConsole::serverDropsMidConsole()
{
    FakeServer server(plainEhlo
                      + QStringList{QStringLiteral("C: NOOP"), QStringLiteral("S: 250 OK"),
                                    QStringLiteral("C: VRFY bob"), QStringLiteral("X")});
    const ConsoleRun run =
        runConsole(plainOptions(server.port()),
                   {QStringLiteral("NOOP"), QStringLiteral("VRFY bob"), QStringLiteral("NOOP")}, false);
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(run.outcome.category, Outcome::Category::ConnectionFailed);
    QCOMPARE(run.outcome.exitCode(), 3);
    QVERIFY(!run.ofKind(TranscriptEvent::Kind::Error).isEmpty());
    // The line after the drop was never written.
    QCOMPARE(afterSetup(server), QByteArray("NOOP\r\nVRFY bob\r\n"));
}

void TestConsole::startTlsAndAuthMasked()
{
    FakeServer server(hello({"STARTTLS", "AUTH PLAIN LOGIN"}) + QStringList{QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 220 go ahead"),
        QStringLiteral("TLS"),
        QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake"),
        QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
        QStringLiteral("C: AUTH PLAIN AGFubgBzM2NyZXQtcMOkc3M="),
        QStringLiteral("S: 235 2.7.0 ok"),
        QStringLiteral("C: VRFY ann"),
        QStringLiteral("S: 252 2.5.2 maybe"),} + goodbye());
    SessionOptions o = tlsOptions(server.port());
    o.user = QStringLiteral("ann");
    o.password = QStringLiteral("s3cret-päss");
    const ConsoleRun run = runConsole(o, {QStringLiteral("AUTH LOGIN"), QStringLiteral("VRFY ann")});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QVERIFY2(server.errors().isEmpty(),
             qPrintable(server.errors().join(QLatin1Char('\n')) + run.transcript()));
    QCOMPARE(server.receivedBeforeTls(), QByteArray("EHLO client.example\r\nSTARTTLS\r\n"));
    QCOMPARE(run.outcome.category, Outcome::Category::Sent);
    // The typed AUTH was refused; the session's own AUTH is masked everywhere, explanations included.
    QCOMPARE(run.ofKind(TranscriptEvent::Kind::Error).size(), 1);
    const QString all = run.transcript() + run.explanations.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(o.password));
    QVERIFY(!all.contains(QLatin1String("AGFubgBzM2NyZXQtcMOkc3M=")));
    // The set-up replies say what the console does next: the user types the next command; no "Stamp starts
    // the message with MAIL FROM" as in a send.
    const QString ehlo = run.explanationOf(QStringLiteral("250-fake"));
    QVERIFY2(ehlo.contains(QLatin1String("the next command is yours to type")), qPrintable(ehlo));
    QVERIFY2(!ehlo.contains(QLatin1String("or MAIL")), qPrintable(ehlo));
    const QString loggedIn = run.explanationOf(QStringLiteral("235"));
    QVERIFY2(loggedIn.contains(QLatin1String("Logged in: the session is set up; the next command is yours")),
             qPrintable(loggedIn));
    QVERIFY2(!loggedIn.contains(QLatin1String("Stamp starts the message")), qPrintable(loggedIn));
    QVERIFY(run.explanationOf(QStringLiteral("220 go ahead")).contains(QLatin1String("TLS handshake")));
    // A VRFY after the login's 235 is a VRFY, not a step of the login.
    QVERIFY2(run.explanationOf(QStringLiteral("VRFY")).contains(QLatin1String("VRFY")),
             qPrintable(run.explanationOf(QStringLiteral("VRFY"))));
}

void TestConsole::setupFailsClosed()
{
    // STARTTLS required and not offered: nothing typed is sent, the session ends as a TLS failure.
    FakeServer server(plainEhlo);
    const ConsoleRun run = runConsole(tlsOptions(server.port()), {QStringLiteral("MAIL FROM:<a@b>")});
    QVERIFY2(run.finished, qPrintable(run.transcript()));
    QCOMPARE(run.outcome.category, Outcome::Category::TlsFailed);
    QCOMPARE(run.outcome.exitCode(), 4);
    QVERIFY(!server.received().contains("MAIL"));
}

// ---- stamp console, fed from standard input
// ----------------------------------------------------------------

namespace {

struct Result
{
    int exitCode = -1;
    QString out, err;
};

Result runStampConsole(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(STAMP_BINARY), QStringList{QStringLiteral("console")} + args);
    Result r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList plainArgs(quint16 port)
{
    return {QStringLiteral("--server"),   QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--security"), QStringLiteral("none"),
            QStringLiteral("--ehlo"),     QStringLiteral("client.example"),
            QStringLiteral("--timeout"),  QStringLiteral("10")};
}

}  // namespace

void TestConsole::cliFromStdin()
{
    FakeServer server(plainEhlo
                      + QStringList{
                          QStringLiteral("C: NOOP"),
                          QStringLiteral("S: 250 2.0.0 OK"),
                          QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                          QStringLiteral("S: 250 2.1.0 Ok"),
                          QStringLiteral("C: RCPT TO:<nobody@example.org>"),
                          QStringLiteral("S: 550 5.1.1 <nobody@example.org>: Recipient address rejected"),
                          QStringLiteral("C: RCPT TO:<bob@example.org>"),
                          QStringLiteral("S: 250 2.1.5 Ok"),
                          QStringLiteral("C: DATA"),
                          QStringLiteral("S: 354 go ahead"),
                          QStringLiteral("D:"),
                          QStringLiteral("S: 250 2.0.0 queued"),
                      } + quitScript);
    // CRLF line ends are taken as line ends; the NUL and the CR inside a line are refused.
    const QByteArray input = QByteArray("NOOP\r\nNO") + '\0'
                             + "OP\nRS\rET\nMAIL FROM:<ann@example.org>\nRCPT TO:<nobody@example.org>\n"
                               "RCPT TO:<bob@example.org>\nDATA\nSubject: cli\n\n.dot\n";
    const Result r = runStampConsole(plainArgs(server.port()), input);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + r.out + r.err));
    QCOMPARE(r.exitCode, 0);
    // The end of input ended the message with CRLF.CRLF, then QUIT.
    QCOMPARE(server.data().value(0), QByteArray("Subject: cli\r\n\r\n..dot\r\n.\r\n"));
    QVERIFY(server.received().endsWith(".\r\nQUIT\r\n"));
    QVERIFY2(r.out.contains(QLatin1String("C: NOOP")), qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1String("!! Not sent: ")), 2);
    // The refused recipient comes with its explanation (the enhanced code's name) on the next line.
    const qsizetype rejected = r.out.indexOf(QLatin1String("S: 550 5.1.1"));
    QVERIFY2(rejected >= 0, qPrintable(r.out));
    const QString next = r.out.mid(rejected).section(QLatin1Char('\n'), 1, 1);
    QVERIFY2(next.startsWith(QLatin1String("    = ")) && next.contains(QLatin1String("5.1.1")),
             qPrintable(next));

    // --no-explain: the conversation only.
    FakeServer quiet(plainEhlo + QStringList{QStringLiteral("C: NOOP"), QStringLiteral("S: 250 OK")}
                     + quitScript);
    const Result q = runStampConsole(plainArgs(quiet.port()) << QStringLiteral("--no-explain"), "NOOP\n");
    QCOMPARE(q.exitCode, 0);
    QVERIFY2(q.out.contains(QLatin1String("S: 250 OK")) && !q.out.contains(QLatin1String("    = ")),
             qPrintable(q.out));
}

void TestConsole::cliPasswordThenLines()
{
    // The first line is the password (--password-stdin); the lines after it are the console's, even though
    // reading the password may have buffered them.
    FakeServer server(hello({"AUTH PLAIN"}) + QStringList{QStringLiteral("C: AUTH PLAIN AGFubgBodW50ZXIy"),
        QStringLiteral("S: 235 2.7.0 ok"),
        QStringLiteral("C: NOOP"),
        QStringLiteral("S: 250 OK"),} + goodbye());
    const Result r =
        runStampConsole(plainArgs(server.port())
                            << QStringLiteral("--user") << QStringLiteral("ann")
                            << QStringLiteral("--password-stdin") << QStringLiteral("--allow-plaintext-auth"),
                        "hunter2\nNOOP\n");
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + r.out + r.err));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QLatin1String("hunter2")));
    QVERIFY(!r.out.contains(QLatin1String("AGFubgBodW50ZXIy")));
}

void TestConsole::cliLoginFailedExitCode()
{
    FakeServer server(hello({"AUTH PLAIN"}) + QStringList{QStringLiteral("C: AUTH PLAIN *"),
        QStringLiteral("S: 535 5.7.8 Authentication credentials invalid"),} + goodbye());
    const Result r =
        runStampConsole(plainArgs(server.port())
                            << QStringLiteral("--user") << QStringLiteral("ann")
                            << QStringLiteral("--password-stdin") << QStringLiteral("--allow-plaintext-auth"),
                        "wrong\nMAIL FROM:<ann@example.org>\n");
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n')) + r.out + r.err));
    QCOMPARE(r.exitCode, 5);  // as stamp send: login failed
    QVERIFY(!server.received().contains("MAIL"));
    QVERIFY2(!r.err.isEmpty(), qPrintable(r.out));
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
