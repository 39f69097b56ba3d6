// `stamp` end to end: the real binaries (the light front and stamp-desktop, which the front hands the window,
// `account` and `send --account` to) against the scripted fake server, checking exit codes and words, with
// no display and with an offscreen one; and the command base in-process (NUL cannot be put in argv).
#include "commands.h"
#include "fakeserver.h"
#include "launch.h"
#include "sendcommand.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <cstdio>
#include <unistd.h>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void usageErrors_data();
    void usageErrors();
    void unreadableAttachmentSendsNothing();
    void caFileWithoutCertificates();
    void passwordNeverInTranscriptOrOutput();
    void severalEmlOnOneConnection();

    // Issue 14: a mistyped command is an error, not a window or a crash.
    void unknownCommand_data();
    void unknownCommand();
    void badWindowArguments_data();
    void badWindowArguments();
    void noDisplay_data();
    void noDisplay();
    void windowOpensWithFilesAttached();
    void help_data();
    void help();
    void commandUsage_data();
    void commandUsage();
    void decide_data();
    void decide();
    void tlsGuessedBeforeParsing_data();
    void tlsGuessedBeforeParsing();
    void displayAvailable_data();
    void displayAvailable();
    void nearestWord_data();
    void nearestWord();
    // Issue 8: every value that reaches the wire is checked before connecting.
    void wireValues_data();
    void wireValues();
    void wireValuesInProcess_data();
    void wireValuesInProcess();
    void nulInPassword();
    void dsnValuesReachTheWire();
    void accountValues_data();
    void accountValues();
    void goodbyeReachesServerBeforeExit_data();
    void goodbyeReachesServerBeforeExit();
    // Issue 12: the wire preview, lint and swaks; none of them connects.
    void dryRun_data();
    void dryRun();
    void swaksDeliversTheSameEnvelope();
    // Issue 12: `stamp send --explain`.
    void explainedTranscript_data();
    void explainedTranscript();
    void probeExplained();
};

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out, err;
};

enum class Display
{
    None,
    Offscreen
};

// A private HOME for everything the binaries might write, and no D-Bus session: nothing a test runs can
// reach the real settings, mail folders or keychain.
QTemporaryDir &privateHome()
{
    static QTemporaryDir dir;
    static const bool made =
        QDir(dir.path()).mkpath(QStringLiteral("home")) && QDir(dir.path()).mkpath(QStringLiteral("runtime"))
        && QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    Q_UNUSED(made);
    return dir;
}

QProcessEnvironment environment(Display display)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS",
                             "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.remove(QString::fromLatin1(name));
    if (display == Display::Offscreen)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), privateHome().filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), privateHome().filePath(QStringLiteral("runtime")));
    return env;
}

// Runs a binary to its end, bounded: killed (and reported as -1) when it overruns.
Result run(const QString &binary, const QStringList &args, const QProcessEnvironment &env,
           const QByteArray &stdinData = {}, int timeoutMs = 20000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary, args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    Result r;
    // The fake server lives in this process's event loop, so wait by spinning it, never by blocking.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 5000))
            qWarning("the process could not be stopped");
        r.err = p.readAllStandardError();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Result runStamp(const QStringList &args, const QByteArray &stdinData = {})
{
    return run(QStringLiteral(STAMP_BINARY), QStringList{QStringLiteral("send")} + args,
               environment(Display::Offscreen), stdinData);
}

// Both binaries, each with no display and with an offscreen one: the columns every issue-14 row runs in.
QStringList binaries()
{
    QStringList list{QStringLiteral(STAMP_BINARY)};
#ifdef STAMP_DESKTOP_BINARY
    list << QStringLiteral(STAMP_DESKTOP_BINARY);
#endif
    return list;
}

template <typename AddRow> void eachBinaryAndDisplay(AddRow addRow)
{
    for (const QString &binary : binaries())
        for (Display d : {Display::None, Display::Offscreen}) {
            const QString tag =
                QFileInfo(binary).fileName()
                + (d == Display::None ? QStringLiteral(", no display") : QStringLiteral(", offscreen"));
            addRow(tag, binary, int(d));
        }
}

// stderr of an in-process command, through a temporary file put in place of file descriptor 2.
class StderrCapture
{
public:
    StderrCapture()
    {
        m_file.open();
        std::fflush(stderr);
        m_saved = dup(2);
        dup2(m_file.handle(), 2);
    }
    ~StderrCapture() { take(); }
    QByteArray take()
    {
        if (m_saved < 0)
            return m_text;
        std::fflush(stderr);
        dup2(m_saved, 2);
        close(m_saved);
        m_saved = -1;
        m_file.seek(0);
        m_text = m_file.readAll();
        return m_text;
    }

private:
    QTemporaryFile m_file;
    int m_saved = -1;
    QByteArray m_text;
};

const QStringList greeting{QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),
                           QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 8BITMIME")};
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
                                      + QStringList{QStringLiteral("S: 450 4.2.1 try later"),
                                                    QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok")}
                                      + tail
                               << 6;
    QTest::newRow("permanent") << greeting + mailRcpt
                                      + QStringList{QStringLiteral("S: 550 5.1.1 no such user"),
                                                    QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok")}
                                      + tail
                               << 7;
    QTest::newRow("lost after dot") << greeting + mailRcpt
                                           + QStringList{QStringLiteral("S: 250 ok"),
                                                         QStringLiteral("C: DATA"),
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
                               QStringLiteral("ann@example.org"), QStringLiteral("--to"),
                               QStringLiteral("bob@example.org"), QStringLiteral("--subject"),
                               QStringLiteral("t"), QStringLiteral("--body"), QStringLiteral("hello")});
    QVERIFY2(r.exitCode == expected, r.err.constData());
    QVERIFY(!r.err.isEmpty());  // always says what happened
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList base{QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"),
                           QStringLiteral("--from"), QStringLiteral("ann@example.org")};
    QTest::newRow("no recipient") << base;
    QTest::newRow("bad address") << base
                                        + QStringList{QStringLiteral("--to"),
                                                      QStringLiteral("bob@@example.org")};
    QTest::newRow("CR in address") << base
                                          + QStringList{QStringLiteral("--to"),
                                                        QStringLiteral("bob@example.org\r\nRCPT TO:<x@y>")};
    QTest::newRow("bad security") << base
                                         + QStringList{QStringLiteral("--to"),
                                                       QStringLiteral("b@example.org"),
                                                       QStringLiteral("--security"), QStringLiteral("maybe")};
    QTest::newRow("user without password")
        << base
               + QStringList{QStringLiteral("--to"), QStringLiteral("b@example.org"),
                             QStringLiteral("--user"), QStringLiteral("ann")};
    QTest::newRow("bad pin") << base
                                    + QStringList{QStringLiteral("--to"), QStringLiteral("b@example.org"),
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
                               QStringLiteral("ann@example.org"), QStringLiteral("--to"),
                               QStringLiteral("bob@example.org"), QStringLiteral("--attach"),
                               QStringLiteral("/nonexistent/file.pdf")});
    QCOMPARE(r.exitCode, 11);
    QVERIFY(r.err.contains("/nonexistent/file.pdf"));
    QCOMPARE(server.connections(), 0);
}

// --ca-file is read at once but parsed when TLS starts (so the TLS backend loads off the main thread's way):
// a file with no PEM certificate is a usage error before any connection; one whose PEM blocks do not parse
// ends the session at STARTTLS with a local error, before any login or message.
void TestCli::caFileWithoutCertificates()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    const QString broken = dir.filePath(QStringLiteral("broken.pem"));
    for (const auto &[path, bytes] :
         {std::pair{text, QByteArray("just some notes\n")},
          std::pair{
              broken,
              QByteArray("-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 STARTTLS"),
                       QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go")});
    const QStringList common{QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(server.port()),
                             QStringLiteral("--from"),   QStringLiteral("ann@example.org"),
                             QStringLiteral("--to"),     QStringLiteral("bob@example.org")};
    Result r = runStamp(common + QStringList{QStringLiteral("--ca-file"), text});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("holds no PEM certificate"), r.err.constData());
    QCOMPARE(server.connections(), 0);

    r = runStamp(common + QStringList{QStringLiteral("--ca-file"), broken});
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.err.contains("holds no certificate that can be read"), r.err.constData());
    QCOMPARE(server.connections(), 1);
    QVERIFY(!server.received().contains("MAIL FROM"));
}

void TestCli::passwordNeverInTranscriptOrOutput()
{
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 STARTTLS"),
                       QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go"), QStringLiteral("TLS"),
                       QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-fake"),
                       QStringLiteral("S: 250 AUTH LOGIN"), QStringLiteral("C: AUTH LOGIN"),
                       QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C: YW5u"),
                       QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C: aHVudGVyMg=="),
                       QStringLiteral("S: 535 5.7.8 no")});
    QTemporaryDir dir;
    const QString transcript = dir.filePath(QStringLiteral("t.log"));
    const Result r =
        runStamp({QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(server.port()),
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
        f.write("From: ann@example.org\nTo: bob@example.org\nBcc: hidden@example.org\nSubject: n"
                + QByteArray::number(i) + "\n\nbody\n.line\n");
    }
    QStringList script{QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 PIPELINING")};
    for (int i = 0; i < 3; ++i)
        script << QStringLiteral("C: MAIL FROM:<ann@example.org>")
               << QStringLiteral("C: RCPT TO:<bob@example.org>")
               << QStringLiteral("C: RCPT TO:<hidden@example.org>") << QStringLiteral("C: DATA")
               << QStringLiteral("S: 250 ok") << QStringLiteral("S: 250 ok") << QStringLiteral("S: 250 ok")
               << QStringLiteral("S: 354 go") << QStringLiteral("D:")
               << (i == 2 ? QStringLiteral("C: QUIT") : QString()) << QStringLiteral("S: 250 ok");
    script.removeAll(QString());
    script << QStringLiteral("S: 221 bye") << QStringLiteral("X");
    FakeServer server(script);
    const Result r =
        runStamp({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                  QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--eml"), dir.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.connections(), 1);
    QCOMPARE(server.data().size(), 3);
    for (const QByteArray &d : server.data()) {
        QVERIFY(!d.contains("Bcc:"));
        QVERIFY(d.contains("\r\n..line\r\n"));
    }
}

// ---- Issue 14 ------------------------------------------------------------------------------------------

void TestCli::unknownCommand_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<int>("display");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("nearest");  // empty: no suggestion expected
    const QList<QPair<QString, QString>> words{
        {QStringLiteral("sned"), QStringLiteral("send")},
        {QStringLiteral("snd"), QStringLiteral("send")},
        {QStringLiteral("Send"), QStringLiteral("send")},
        {QStringLiteral("acount"), QStringLiteral("account")},
        {QStringLiteral("acc"), QStringLiteral("account")},
        {QStringLiteral("practise"), QStringLiteral("practice")},  // a command since the practice server
        {QStringLiteral("zebra"), QString()},                      // "probe" is a command now (issue 12)
        {QStringLiteral("outbx"), QStringLiteral("outbox")},
    };
    eachBinaryAndDisplay([&](const QString &tag, const QString &binary, int display) {
        for (const auto &w : words)
            QTest::newRow(qPrintable(tag + QStringLiteral(": ") + w.first))
                << binary << display << w.first << w.second;
    });
}

void TestCli::unknownCommand()
{
    QFETCH(QString, binary);
    QFETCH(int, display);
    QFETCH(QString, word);
    QFETCH(QString, nearest);
    FakeServer server({QStringLiteral("S: 220 fake")});
    // Options a real command would act on: nothing may be sent, no window opened.
    const Result r =
        run(binary,
            {word, QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
             QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
             QStringLiteral("ann@example.org"), QStringLiteral("--to"), QStringLiteral("bob@example.org")},
            environment(Display(display)));
    QVERIFY2(r.exitCode == 2, r.err.constData());
    const QString err = QString::fromLocal8Bit(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("stamp: unknown command '%1'").arg(word)), qPrintable(err));
    if (nearest.isEmpty())
        QVERIFY2(!err.contains(QStringLiteral("did you mean")), qPrintable(err));
    else
        QVERIFY2(err.contains(QStringLiteral("did you mean '%1'?").arg(nearest)), qPrintable(err));
    // The list of commands, one line each.
    for (const cli::CommandEntry &c : cli::commandTable())
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("\n  %1 +\\S").arg(QLatin1String(c.name)))),
                 qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("QApplication"))
            && !err.contains(QStringLiteral("platform plugin")));
    QCOMPARE(server.connections(), 0);
}

void TestCli::badWindowArguments_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<int>("display");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QString dir = QDir::tempPath();
    eachBinaryAndDisplay([&](const QString &tag, const QString &binary, int display) {
        QTest::newRow(qPrintable(tag + QStringLiteral(": missing file")))
            << binary << display << QStringList{QStringLiteral("/nonexistent/report.pdf")}
            << QStringLiteral("cannot attach '/nonexistent/report.pdf': there is no such file");
        QTest::newRow(qPrintable(tag + QStringLiteral(": missing file after mailto")))
            << binary << display
            << QStringList{QStringLiteral("mailto:a@example.org"), QStringLiteral("nofile.txt")}
            << QStringLiteral("cannot attach 'nofile.txt': there is no such file");
        QTest::newRow(qPrintable(tag + QStringLiteral(": a folder")))
            << binary << display << QStringList{dir} << QStringLiteral("it is a folder, not a file");
        QTest::newRow(qPrintable(tag + QStringLiteral(": two mailto links")))
            << binary << display
            << QStringList{QStringLiteral("mailto:a@example.org"), QStringLiteral("MAILTO:b@example.org")}
            << QStringLiteral("give one mailto: link");
        QTest::newRow(qPrintable(tag + QStringLiteral(": option without command")))
            << binary << display << QStringList{QStringLiteral("--to"), QStringLiteral("bob@example.org")}
            << QStringLiteral("unknown option '--to'");
        QTest::newRow(qPrintable(tag + QStringLiteral(": help for no command")))
            << binary << display << QStringList{QStringLiteral("help"), QStringLiteral("sned")}
            << QStringLiteral("unknown command 'sned' (did you mean 'send'?)");
    });
}

void TestCli::badWindowArguments()
{
    QFETCH(QString, binary);
    QFETCH(int, display);
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Result r = run(binary, args, environment(Display(display)));
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(QString::fromLocal8Bit(r.err).contains(reason), r.err.constData());
    QVERIFY2(r.err.contains("stamp --help"), r.err.constData());
}

void TestCli::noDisplay_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");             // NAME=VALUE on top of "no display"
    QTemporaryFile *file = new QTemporaryFile(this);  // lives as long as the test object
    QVERIFY(file->open());
    for (const QString &binary : binaries()) {
        const QString b = QFileInfo(binary).fileName();
        const QList<QPair<QString, QStringList>> forms{
            {QStringLiteral("no argument"), {}},
            {QStringLiteral("mailto"), {QStringLiteral("mailto:a@example.org?subject=Hi")}},
            {QStringLiteral("file"), {file->fileName()}}};
        for (const auto &f : forms) {
            QTest::newRow(qPrintable(b + QStringLiteral(", ") + f.first))
                << binary << f.second << QStringList();
            // A platform that needs a display is no way round the check.
            QTest::newRow(qPrintable(b + QStringLiteral(", xcb asked for, ") + f.first))
                << binary << f.second << QStringList{QStringLiteral("QT_QPA_PLATFORM=xcb")};
#ifdef STAMP_DESKTOP_BINARY  // the window itself: only stamp-desktop has one
            // A display that is named but not there: Qt's plugin fails with qFatal, which must not abort.
            QTest::newRow(qPrintable(b + QStringLiteral(", unreachable DISPLAY, ") + f.first))
                << binary << f.second << QStringList{QStringLiteral("DISPLAY=:7331")};
#endif
        }
    }
}

void TestCli::noDisplay()
{
    QFETCH(QString, binary);
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QProcessEnvironment e = environment(Display::None);
    for (const QString &v : env)
        e.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    const Result r = run(binary, args, e);
    QVERIFY2(r.exitCode == 2, r.err.constData());  // never 134 (abort) or a core dump
    QVERIFY2(r.err.contains("the window needs a graphical session"), r.err.constData());
    QVERIFY2(r.err.contains("stamp send"), r.err.constData());
}

void TestCli::windowOpensWithFilesAttached()
{
#ifndef STAMP_DESKTOP_BINARY
    QSKIP("built without the window");
#else
    // With an offscreen display the window opens with the file attached: it then saves a draft by itself,
    // which holds the attachment. The process is stopped afterwards; a window never ends by itself.
    QTemporaryDir dir;
    QDir drafts(privateHome().filePath(QStringLiteral("home/.local/share/Stamp/stamp/drafts")));
    drafts.removeRecursively();
    const QString attachment = dir.filePath(QStringLiteral("report.txt"));
    QFile f(attachment);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("numbers\n");
    f.close();
    QProcess p;
    p.setProcessEnvironment(environment(Display::Offscreen));
    p.start(QStringLiteral(STAMP_BINARY), {attachment});
    const auto draftWithAttachment = [&] {
        for (const QFileInfo &fi : drafts.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile d(fi.filePath());
            if (d.open(QIODevice::ReadOnly) && d.readAll().contains(attachment.toUtf8()))
                return true;
        }
        return false;
    };
    const bool saved =
        QTest::qWaitFor([&] { return draftWithAttachment() || p.state() == QProcess::NotRunning; }, 30000);
    const bool running = p.state() == QProcess::Running;
    p.kill();
    QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 5000));
    QVERIFY2(saved && running, p.readAllStandardError().constData());
    QVERIFY(draftWithAttachment());
    drafts.removeRecursively();
#endif
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<int>("display");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstLine");
    eachBinaryAndDisplay([&](const QString &tag, const QString &binary, int display) {
        const auto row = [&](const QStringList &args, const QString &first) {
            QTest::newRow(qPrintable(tag + QStringLiteral(": ") + args.join(QLatin1Char(' '))))
                << binary << display << args << first;
        };
        row({QStringLiteral("--help")}, QStringLiteral("stamp [mailto:URI] [FILE...]"));
        row({QStringLiteral("-h")}, QStringLiteral("stamp [mailto:URI] [FILE...]"));
        row({QStringLiteral("help")}, QStringLiteral("stamp [mailto:URI] [FILE...]"));
        row({QStringLiteral("send"), QStringLiteral("--help")}, QStringLiteral("stamp send [options]"));
        row({QStringLiteral("help"), QStringLiteral("send")}, QStringLiteral("stamp send [options]"));
        row({QStringLiteral("send"), QStringLiteral("-h")}, QStringLiteral("stamp send [options]"));
#ifdef STAMP_DESKTOP_BINARY  // `account` needs the store
        row({QStringLiteral("account"), QStringLiteral("--help")},
            QStringLiteral("stamp account COMMAND [options]"));
        for (const char *sub : {"add", "edit", "remove"})
            row({QStringLiteral("account"), QLatin1String(sub), QStringLiteral("--help")},
                QStringLiteral("stamp account %1 [options] NAME").arg(QLatin1String(sub)));
        row({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--help")},
            QStringLiteral("stamp account list [options]"));
#endif
    });
}

void TestCli::help()
{
    QFETCH(QString, binary);
    QFETCH(int, display);
    QFETCH(QStringList, args);
    QFETCH(QString, firstLine);
    const Result r = run(binary, args, environment(Display(display)));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromLocal8Bit(r.out);
    QCOMPARE(out.section(QLatin1Char('\n'), 0, 0), firstLine);
    QVERIFY2(!out.contains(QStringLiteral("Usage:")), qPrintable(out));  // Qt's own line is replaced
    if (args.first().startsWith(QLatin1Char('-')) || args == QStringList{QStringLiteral("help")}) {
        // Every command with its one line.
        for (const cli::CommandEntry &c : cli::commandTable())
            QVERIFY2(out.contains(QRegularExpression(
                         QStringLiteral("\n  %1 +\\S[^\n]*\n").arg(QLatin1String(c.name)))),
                     qPrintable(out));
    }
    if (args.contains(QStringLiteral("send")))
        for (const char *option : {"--server", "--ehlo", "--dsn-notify", "--account", "--to"})
            QVERIFY2(out.contains(QLatin1String(option)), qPrintable(out));
}

void TestCli::commandUsage_data()
{
    // The base answers parse errors, argument counts and unknown subcommands for every command alike.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("tryHelp");
    const auto row = [](const char *tag, const QStringList &args, const QString &reason,
                        const QString &tryHelp) { QTest::newRow(tag) << args << reason << tryHelp; };
    row("send: unknown option", {QStringLiteral("send"), QStringLiteral("--bogus")},
        QStringLiteral("--bogus"), QStringLiteral("stamp send --help"));
    row("send: missing value", {QStringLiteral("send"), QStringLiteral("--to")}, QStringLiteral("--to"),
        QStringLiteral("stamp send --help"));
    row("send: argument", {QStringLiteral("send"), QStringLiteral("extra")},
        QStringLiteral("unexpected argument 'extra'"), QStringLiteral("stamp send --help"));
#ifdef STAMP_DESKTOP_BINARY
    row("account add: no name", {QStringLiteral("account"), QStringLiteral("add")},
        QStringLiteral("missing NAME"), QStringLiteral("stamp account add --help"));
    row("account add: two names",
        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("a"), QStringLiteral("b")},
        QStringLiteral("unexpected argument 'b'"), QStringLiteral("stamp account add --help"));
    row("account list: argument", {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("x")},
        QStringLiteral("unexpected argument 'x'"), QStringLiteral("stamp account list --help"));
    row("account remove: unknown option",
        {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("--from")},
        QStringLiteral("--from"), QStringLiteral("stamp account remove --help"));
    row("account: typo", {QStringLiteral("account"), QStringLiteral("ad")},
        QStringLiteral("unknown command 'ad' (did you mean 'add'?)"), QStringLiteral("stamp account --help"));
    row("account: far word", {QStringLiteral("account"), QStringLiteral("practice")},
        QStringLiteral("unknown command 'practice'\n"), QStringLiteral("stamp account --help"));
    row("account: nothing", {QStringLiteral("account")}, QStringLiteral("stamp account COMMAND [options]"),
        QStringLiteral("remove"));
#endif
}

void TestCli::commandUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    QFETCH(QString, tryHelp);
    for (Display d : {Display::None, Display::Offscreen}) {
        const Result r = run(QStringLiteral(STAMP_BINARY), args, environment(d));
        QVERIFY2(r.exitCode == 2, r.err.constData());
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(err.contains(reason), qPrintable(err));
        QVERIFY2(err.contains(tryHelp), qPrintable(err));
        QVERIFY(r.out.isEmpty());
    }
}

namespace {
std::unique_ptr<cli::Command> noCommand()
{
    return nullptr;
}
bool never(const QStringList &)
{
    return false;
}
const std::vector<cli::CommandEntry> testTable{{"send", "Send.", never, noCommand},
                                               {"account", "Accounts.", never, noCommand}};
}  // namespace

void TestCli::decide_data()
{
    using Kind = cli::Launch::Kind;
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("detail");  // the command's name, the error's text, or the file
    static QTemporaryFile file;
    QVERIFY(file.open());
    QTest::newRow("nothing") << QStringList() << int(Kind::Window) << QString();
    QTest::newRow("mailto") << QStringList{QStringLiteral("mailto:a@example.org")} << int(Kind::Window)
                            << QString();
    QTest::newRow("file") << QStringList{file.fileName()} << int(Kind::Window) << file.fileName();
    QTest::newRow("mailto and file") << QStringList{QStringLiteral("mailto:a@example.org"), file.fileName()}
                                     << int(Kind::Window) << file.fileName();
    QTest::newRow("send") << QStringList{QStringLiteral("send"), QStringLiteral("--to")} << int(Kind::Command)
                          << QStringLiteral("send");
    QTest::newRow("help send") << QStringList{QStringLiteral("help"), QStringLiteral("account")}
                               << int(Kind::Command) << QStringLiteral("account");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(Kind::Help) << QString();
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << int(Kind::Version) << QString();
    QTest::newRow("typo") << QStringList{QStringLiteral("sedn")} << int(Kind::Refused)
                          << QStringLiteral("unknown command 'sedn' (did you mean 'send'?)");
    QTest::newRow("word after a file") << QStringList{file.fileName(), QStringLiteral("sned")}
                                       << int(Kind::Refused) << QStringLiteral("cannot attach 'sned'");
    QTest::newRow("empty word") << QStringList{QString()} << int(Kind::Refused)
                                << QStringLiteral("no such file");
}

// main() starts loading TLS before the options are parsed (app/tlsheadstart.h): only --security none, as
// QCommandLineParser will read it (the last one wins, nothing after --), is taken as plain.
void TestCli::tlsGuessedBeforeParsing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("tls");
    const QString sec = QStringLiteral("--security");
    QTest::newRow("no --security: STARTTLS")
        << QStringList{QStringLiteral("--to"), QStringLiteral("a@b")} << true;
    QTest::newRow("none") << QStringList{sec, QStringLiteral("none")} << false;
    QTest::newRow("none, one word") << QStringList{QStringLiteral("--security=none")} << false;
    QTest::newRow("tls") << QStringList{sec, QStringLiteral("tls")} << true;
    QTest::newRow("last wins: tls") << QStringList{sec, QStringLiteral("none"), sec, QStringLiteral("tls")}
                                    << true;
    QTest::newRow("last wins: none") << QStringList{sec, QStringLiteral("tls"),
                                                    QStringLiteral("--security=none")}
                                     << false;
    QTest::newRow("after --") << QStringList{QStringLiteral("--"), sec, QStringLiteral("none")} << true;
    QTest::newRow("a wrong word") << QStringList{sec, QStringLiteral("nope")} << true;
    QTest::newRow("no value") << QStringList{sec} << true;
}

void TestCli::tlsGuessedBeforeParsing()
{
    QFETCH(QStringList, args);
    QFETCH(bool, tls);
    QCOMPARE(cli::SendCommand::wantsTls(args), tls);
    // The table main() reads carries the same guess for send.
    const cli::Launch l = cli::decide(QStringList{QStringLiteral("send")} + args, cli::commandTable());
    QCOMPARE(int(l.kind), int(cli::Launch::Kind::Command));
    QVERIFY(l.command->wantsTls);
    QCOMPARE(l.command->wantsTls(l.arguments), tls);
}

void TestCli::decide()
{
    QFETCH(QStringList, args);
    QFETCH(int, kind);
    QFETCH(QString, detail);
    const cli::Launch l = cli::decide(args, testTable);
    QCOMPARE(int(l.kind), kind);
    switch (l.kind) {
    case cli::Launch::Kind::Command:
        QCOMPARE(QLatin1String(l.command->name), detail);
        break;
    case cli::Launch::Kind::Refused:
        QVERIFY2(l.error.contains(detail), qPrintable(l.error));
        break;
    case cli::Launch::Kind::Window:
        QCOMPARE(l.files.value(0), detail.isEmpty() ? QString() : QFileInfo(detail).absoluteFilePath());
        break;
    default:
        break;
    }
}

void TestCli::displayAvailable_data()
{
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("wayland");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("available");
    QTest::newRow("nothing") << QString() << QString() << QString() << false;
    QTest::newRow("X11") << QStringLiteral(":0") << QString() << QString() << true;
    QTest::newRow("Wayland") << QString() << QStringLiteral("wayland-0") << QString() << true;
    QTest::newRow("offscreen") << QString() << QString() << QStringLiteral("offscreen") << true;
    QTest::newRow("minimal") << QString() << QString() << QStringLiteral("minimal") << true;
    QTest::newRow("vnc with options") << QString() << QString() << QStringLiteral("vnc:size=800x600") << true;
    QTest::newRow("list ending in offscreen")
        << QString() << QString() << QStringLiteral("wayland;offscreen") << true;
    QTest::newRow("xcb") << QString() << QString() << QStringLiteral("xcb") << false;
    QTest::newRow("wayland;xcb") << QString() << QString() << QStringLiteral("wayland;xcb") << false;
}

void TestCli::displayAvailable()
{
    QFETCH(QString, display);
    QFETCH(QString, wayland);
    QFETCH(QString, platform);
    QFETCH(bool, available);
    const QByteArray saved[3] = {qgetenv("DISPLAY"), qgetenv("WAYLAND_DISPLAY"), qgetenv("QT_QPA_PLATFORM")};
    const char *names[3] = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"};
    const QString values[3] = {display, wayland, platform};
    for (int i = 0; i < 3; ++i)
        values[i].isEmpty() ? qunsetenv(names[i]) : qputenv(names[i], values[i].toLocal8Bit());
    const bool result = cli::displayAvailable();
    for (int i = 0; i < 3; ++i)
        saved[i].isEmpty() ? qunsetenv(names[i]) : qputenv(names[i], saved[i]);
    QCOMPARE(result, available);
}

void TestCli::nearestWord_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("nearest");
    QTest::newRow("swap") << QStringLiteral("sned") << QStringLiteral("send");
    QTest::newRow("missing letter") << QStringLiteral("acount") << QStringLiteral("account");
    QTest::newRow("extra letter") << QStringLiteral("sendd") << QStringLiteral("send");
    QTest::newRow("two slips, long word") << QStringLiteral("acconut") << QStringLiteral("account");
    QTest::newRow("prefix") << QStringLiteral("ac") << QStringLiteral("account");
    QTest::newRow("case") << QStringLiteral("SEND") << QStringLiteral("send");
    QTest::newRow("far") << QStringLiteral("practice") << QString();
    QTest::newRow("two slips, short word") << QStringLiteral("sxnx") << QString();
}

void TestCli::nearestWord()
{
    QFETCH(QString, word);
    QFETCH(QString, nearest);
    QCOMPARE(cli::nearestWord(word, {QStringLiteral("send"), QStringLiteral("account")}), nearest);
}

// ---- Issue 8: values that reach the wire ------------------------------------------------------------------

namespace {
// Every option of `stamp send` that takes a value, but --body (free text, encoded by the engine): most end up
// in a command or a header, and the base refuses a line break in all of them alike.
const char *const oneLineOptions[] = {"dsn-envid", "ehlo", "dsn-notify", "dsn-ret",   "from",    "to",
                                      "cc",        "bcc",  "reply-to",   "user",      "server",  "subject",
                                      "attach",    "auth", "security",   "account",   "timeout", "pin-sha256",
                                      "ca-file",   "eml",  "body-file",  "transcript"};

struct WireCase
{
    QString option;
    QString value;
    QString reason;  // a part of the printed reason
};

QList<WireCase> wireCases()
{
    const QString lineBreak = QStringLiteral("line break or NUL");
    QList<WireCase> cases;
    // CR, LF and CR LF with a smuggled command, in every option whose value reaches a command or a header.
    for (const char *option : oneLineOptions) {
        const QString o = QLatin1String(option);
        const QString good = o == QLatin1String("ehlo")         ? QStringLiteral("client.example.org")
                             : o == QLatin1String("dsn-notify") ? QStringLiteral("SUCCESS")
                             : o == QLatin1String("dsn-ret")    ? QStringLiteral("HDRS")
                             : o == QLatin1String("user")       ? QStringLiteral("ann")
                             : o == QLatin1String("server")     ? QStringLiteral("127.0.0.1")
                             : o == QLatin1String("subject")    ? QStringLiteral("Hello")
                             : o == QLatin1String("attach")     ? QStringLiteral("/etc/hostname")
                                                                : QStringLiteral("eve@example.org");
        cases << WireCase{o, good + QStringLiteral("\r\nRCPT TO:<smuggled@example.org>"), lineBreak}
              << WireCase{o, good + QStringLiteral("\r"), lineBreak}
              << WireCase{o, good + QStringLiteral("\n"), lineBreak}
              << WireCase{o, QStringLiteral("\n") + good, lineBreak};
    }
    // Out of each grammar.
    cases << WireCase{QStringLiteral("ehlo"), QStringLiteral("[192.0.2.1"), QStringLiteral("]")}
          << WireCase{QStringLiteral("ehlo"), QStringLiteral("[300.0.2.1]"), QStringLiteral("--ehlo: ")}
          << WireCase{QStringLiteral("ehlo"), QStringLiteral("client example.org"),
                      QStringLiteral("not a host name")}
          << WireCase{QStringLiteral("ehlo"), QStringLiteral("-client.example.org"),
                      QStringLiteral("not a host name")}
          << WireCase{QStringLiteral("ehlo"), QString(), QStringLiteral("empty")}
          << WireCase{QStringLiteral("dsn-notify"), QStringLiteral("never,success"), QStringLiteral("NEVER")}
          << WireCase{QStringLiteral("dsn-notify"), QStringLiteral("success,bogus"),
                      QStringLiteral("--dsn-notify: ")}
          << WireCase{QStringLiteral("dsn-notify"), QStringLiteral("success,success"),
                      QStringLiteral("--dsn-notify: ")}
          << WireCase{QStringLiteral("dsn-notify"), QStringLiteral("SUCCESS FAILURE"),
                      QStringLiteral("--dsn-notify: ")}
          << WireCase{QStringLiteral("dsn-ret"), QStringLiteral("bogus"), QStringLiteral("FULL or HDRS")}
          << WireCase{QStringLiteral("dsn-envid"), QStringLiteral("caf\u00e9-42"),
                      QStringLiteral("--dsn-envid: ")}
          << WireCase{QStringLiteral("dsn-envid"), QString(120, QLatin1Char('x')),
                      QStringLiteral("--dsn-envid: ")}
          << WireCase{QStringLiteral("dsn-envid"), QStringLiteral("tab\there"),
                      QStringLiteral("--dsn-envid: ")}
          << WireCase{QStringLiteral("dsn-ret"), QStringLiteral("FULL HDRS"), QStringLiteral("FULL or HDRS")}
          << WireCase{QStringLiteral("to"), QStringLiteral("bob@@example.org"), QStringLiteral("--to: ")}
          << WireCase{QStringLiteral("to"), QStringLiteral("\"a\tb\"@example.org"), QStringLiteral("--to: ")}
          << WireCase{QStringLiteral("cc"), QStringLiteral("<cc@example.org> RCPT"), QStringLiteral("--cc: ")}
          << WireCase{QStringLiteral("bcc"), QStringLiteral("bcc@exa mple.org"), QStringLiteral("--bcc: ")}
          << WireCase{QStringLiteral("from"), QStringLiteral("ann@example.org> SIZE=1"),
                      QStringLiteral("--from: ")}
          << WireCase{QStringLiteral("reply-to"), QStringLiteral("nobody"), QStringLiteral("--reply-to: ")}
          << WireCase{QStringLiteral("user"), QString(), QStringLiteral("empty")}
          << WireCase{QStringLiteral("server"), QStringLiteral("mail/example.org"),
                      QStringLiteral("not a host name")}
          << WireCase{QStringLiteral("server"), QStringLiteral("mail example.org"),
                      QStringLiteral("--server: ")}
          << WireCase{QStringLiteral("server"), QStringLiteral("127.0.0.1:99999"),
                      QStringLiteral("out of range")};
    return cases;
}

// A send that would reach MAIL at once; the case's option is put in front, so it wins over the defaults.
QStringList sendArguments(quint16 port, const QString &option, const QString &value)
{
    QStringList args{QStringLiteral("--security"), QStringLiteral("none"),   QStringLiteral("--timeout"),
                     QStringLiteral("5"),          QStringLiteral("--body"), QStringLiteral("hello")};
    const auto add = [&](const char *name, const QString &v) {
        if (option != QLatin1String(name))
            args << QStringLiteral("--") + QLatin1String(name) << v;
    };
    add("server", QStringLiteral("127.0.0.1:%1").arg(port));
    add("from", QStringLiteral("ann@example.org"));
    add("to", QStringLiteral("bob@example.org"));
    args << QStringLiteral("--") + option << value;
    if (option == QLatin1String("user"))
        args << QStringLiteral("--password-stdin");
    return args;
}

// Everything up to MAIL, so that a value that slipped through would be seen arriving.
QStringList untilMail()
{
    return {QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),         QStringLiteral("S: 250-fake"),
            QStringLiteral("S: 250-DSN"),  QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("C: MAIL *")};
}
}  // namespace

void TestCli::wireValues_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    for (const WireCase &c : wireCases())
        QTest::newRow(qPrintable(QStringLiteral("--%1 %2").arg(
            c.option, QString::fromLatin1(c.value.toUtf8().toPercentEncoding()))))
            << c.option << c.value << c.reason;
}

void TestCli::wireValues()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    FakeServer server(untilMail());
    const Result r = runStamp(sendArguments(server.port(), option, value), "secret\n");
    QVERIFY2(r.exitCode == 2, r.err.constData());
    const QString err = QString::fromLocal8Bit(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("stamp: --%1").arg(option))
                 || err.contains(QStringLiteral("--%1:").arg(option)),
             qPrintable(err));
    QVERIFY2(err.contains(reason), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("stamp send --help")), qPrintable(err));
    QCOMPARE(server.connections(), 0);
    QVERIFY(!server.received().contains("MAIL"));
}

void TestCli::wireValuesInProcess_data()
{
    // NUL cannot be put in argv: the command runs in this process, as the static library allows.
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    for (const char *option : oneLineOptions) {
        QTest::newRow(qPrintable(QStringLiteral("--%1 NUL").arg(QLatin1String(option))))
            << QString::fromLatin1(option) << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QTest::newRow(qPrintable(QStringLiteral("--%1 NUL CRLF").arg(QLatin1String(option))))
            << QString::fromLatin1(option)
            << QStringLiteral("x.example.org") + QChar(0) + QStringLiteral("\r\nRSET");
    }
    // And the grammar cases, in-process too.
    for (const WireCase &c : wireCases())
        QTest::newRow(qPrintable(QStringLiteral("--%1 %2").arg(
            c.option, QString::fromLatin1(c.value.toUtf8().toPercentEncoding()))))
            << c.option << c.value;
}

void TestCli::wireValuesInProcess()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    // The fake server ends the session at once if anything connects, so a failure cannot hang the test.
    FakeServer server({QStringLiteral("X")});
    cli::SendCommand send(nullptr);
    StderrCapture capture;
    // Without --password-stdin: standard input is this test's own.
    QStringList args = sendArguments(server.port(), option, value);
    args.removeAll(QStringLiteral("--password-stdin"));
    const int code = send.execute(args);
    const QByteArray err = capture.take();
    QVERIFY2(code == 2, err.constData());
    QVERIFY2(err.contains("--" + option.toLatin1()), err.constData());
    QCOMPARE(server.connections(), 0);
}

void TestCli::nulInPassword()
{
    // RFC 4616: NUL separates the fields of PLAIN; a password with one is refused before connecting.
    FakeServer server(untilMail());
    QStringList args = sendArguments(server.port(), QStringLiteral("user"), QStringLiteral("ann"));
    const Result r = runStamp(args, QByteArray("hun\0ter2\n", 9));
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(r.err.contains("--password-stdin: the password contains a NUL"), r.err.constData());
    QCOMPARE(server.connections(), 0);
}

void TestCli::dsnValuesReachTheWire()
{
    // The checked values are the ones sent: NOTIFY in its fixed order, RET upper-case, ENVID as xtext.
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250 DSN"),
                       QStringLiteral("C: MAIL FROM:<ann@example.org>*"), QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: RCPT TO:<bob@example.org>*"), QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                       QStringLiteral("S: 250 queued"), QStringLiteral("C: QUIT"),
                       QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    QStringList args = sendArguments(server.port(), QStringLiteral("dsn-envid"), QStringLiteral("job+42"));
    args << QStringLiteral("--dsn-notify") << QStringLiteral("delay,failure") << QStringLiteral("--dsn-ret")
         << QStringLiteral("hdrs");
    const Result r = runStamp(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    const QByteArray wire = server.received();
    QVERIFY2(wire.contains("MAIL FROM:<ann@example.org> RET=HDRS ENVID=job+2B42\r\n"), wire.constData());
    QVERIFY2(wire.contains("RCPT TO:<bob@example.org> NOTIFY=FAILURE,DELAY"), wire.constData());
}

void TestCli::accountValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QStringList base{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work")};
    const auto withDefaults = [&](const QString &option, const QString &value) {
        QStringList a = base;
        if (option != QLatin1String("from"))
            a << QStringLiteral("--from") << QStringLiteral("ann@example.org");
        if (option != QLatin1String("server"))
            a << QStringLiteral("--server") << QStringLiteral("127.0.0.1:2525");
        a << QStringLiteral("--") + option << value;
        return a;
    };
    for (const char *option : {"from", "server", "user", "display-name", "auth", "security"})
        for (const QString &tail : {QStringLiteral("\r\nRSET"), QStringLiteral("\n"), QStringLiteral("\r")})
            QTest::newRow(qPrintable(QStringLiteral("--%1 %2").arg(
                QLatin1String(option), QString::fromLatin1(tail.toUtf8().toPercentEncoding()))))
                << withDefaults(QLatin1String(option), QStringLiteral("x") + tail)
                << QStringLiteral("line break or NUL");
    QTest::newRow("--user empty") << withDefaults(QStringLiteral("user"), QString())
                                  << QStringLiteral("empty");
    QTest::newRow("--server bad") << withDefaults(QStringLiteral("server"), QStringLiteral("a/b"))
                                  << QStringLiteral("not a host name");
    QTest::newRow("--from bad") << withDefaults(QStringLiteral("from"), QStringLiteral("ann@@example.org"))
                                << QStringLiteral("--from: ");
    QTest::newRow("--ehlo") << withDefaults(QStringLiteral("ehlo"), QStringLiteral("x.example.org"))
                            << QStringLiteral("--ehlo");
    QTest::newRow("name with LF") << QStringList{QStringLiteral("account"), QStringLiteral("remove"),
                                                 QStringLiteral("a\nb")}
                                  << QStringLiteral("line break or NUL");
}

void TestCli::accountValues()
{
#ifndef STAMP_DESKTOP_BINARY
    QSKIP("built without the store");
#else
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    for (Display d : {Display::None, Display::Offscreen}) {
        const Result r = run(QStringLiteral(STAMP_BINARY), args, environment(d), "secret\n");
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(QString::fromLocal8Bit(r.err).contains(reason), r.err.constData());
        QVERIFY2(r.err.contains("Try 'stamp account "), r.err.constData());
        // Nothing was saved.
        QVERIFY(!QFile::exists(privateHome().filePath(QStringLiteral("home/.config/Stamp/stamp.conf")))
                || !QFile(privateHome().filePath(QStringLiteral("home/.config/Stamp/stamp.conf"))).size() ||
                [] {
                    QFile f(privateHome().filePath(QStringLiteral("home/.config/Stamp/stamp.conf")));
                    return f.open(QIODevice::ReadOnly) && !f.readAll().contains("work");
                }());
    }
#endif
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

// --dry-run (and --print-swaks) with --server at a listening socket that must see no connection, and at a
// closed port: the preview, lint and exit code come from the message alone.
void TestCli::dryRun_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("eml");  // written to a file given as --eml when not empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QList<QByteArray>>("out");  // each must appear on stdout

    const QStringList message{QStringLiteral("--from"),    QStringLiteral("Ann <ann@example.org>"),
                              QStringLiteral("--to"),      QStringLiteral("bob@example.net"),
                              QStringLiteral("--cc"),      QStringLiteral("cem@example.net"),
                              QStringLiteral("--bcc"),     QStringLiteral("dora@example.com"),
                              QStringLiteral("--subject"), QStringLiteral("Hello"),
                              QStringLiteral("--body"),    QStringLiteral("Grüße")};
    QTest::newRow("message with Bcc") << message << QByteArray() << 0
                                      << QList<QByteArray>{"MAIL FROM:<ann@example.org> BODY=8BITMIME\n",
                                                           "RCPT TO:<bob@example.net>    To\n",
                                                           "RCPT TO:<cem@example.net>    Cc\n",
                                                           "RCPT TO:<dora@example.com>    Bcc (envelope only",
                                                           "From: Ann <ann@example.org>\r\n",
                                                           "To: bob@example.net\r\n",
                                                           "text/plain; charset=UTF-8, 8bit",
                                                           "8BITMIME",
                                                           "--lint-dns",
                                                           "Nothing was sent: no connection was made."};
    QTest::newRow("server without 8BITMIME: quoted-printable, SIZE= on MAIL")
        << message + QStringList{QStringLiteral("--server-extensions"), QStringLiteral("SIZE=100000")}
        << QByteArray() << 0 << QList<QByteArray>{"quoted-printable", " SIZE=", "Nothing to change."};
    QTest::newRow("over the server's SIZE")
        << message + QStringList{QStringLiteral("--server-extensions"), QStringLiteral("8BITMIME SIZE=100")}
        << QByteArray() << 14 << QList<QByteArray>{"problem", "SIZE", "at most 100 bytes"};
    QTest::newRow("with a user and no password")
        << message + QStringList{QStringLiteral("--user"), QStringLiteral("ann")} << QByteArray() << 0
        << QList<QByteArray>{"RCPT TO:<dora@example.com>"};
    QTest::newRow("eml without Date and Message-ID")
        << QStringList()
        << QByteArray("From: ann@example.org\nTo: bob@example.net\nBcc: dora@example.com\nSubject: s\n\nhi\n")
        << 0
        << QList<QByteArray>{"warning", "Date", "Message-ID", "RCPT TO:<dora@example.com>    Bcc",
                             "Subject: s\r\n"};
    QTest::newRow("eml with a long line")
        << QStringList()
        << QByteArray("From: ann@example.org\nTo: bob@example.net\nDate: Wed, 02 Dec 2026 10:00:00 +0000\n"
                      "Message-ID: <a@b>\nSubject: s\n\n"
                      + QByteArray(1000, 'x') + "\n")
        << 14 << QList<QByteArray>{"problem", "longer than the 998 octets"};
    QTest::newRow("bad --server-extensions")
        << message + QStringList{QStringLiteral("--server-extensions"), QStringLiteral("SIZE=big")}
        << QByteArray() << 2 << QList<QByteArray>{};
}

void TestCli::dryRun()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, eml);
    QFETCH(int, exitCode);
    QFETCH(QList<QByteArray>, out);
    QTemporaryDir dir;
    if (!eml.isEmpty()) {
        QFile f(dir.filePath(QStringLiteral("m.eml")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(eml) == eml.size());
        args << QStringLiteral("--eml") << f.fileName();
    }
    FakeServer listening(greeting);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    for (const quint16 port : {listening.port(), closedPort}) {
        const Result r = runStamp(QStringList{QStringLiteral("--dry-run"), QStringLiteral("--server"),
                                              QStringLiteral("127.0.0.1:%1").arg(port),
                                              QStringLiteral("--security"), QStringLiteral("none")}
                                  + args);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        for (const QByteArray &o : out)
            QVERIFY2(r.out.contains(o), (o + "\n---\n" + r.out).constData());
        if (exitCode != 2)
            QVERIFY(r.out.contains("Nothing was sent"));
    }
    QTest::qWait(100);
    QCOMPARE(listening.connections(), 0);
}

// "Copy as swaks command": stamp and the swaks command it prints deliver the same envelope and the same
// bytes to a real SMTP server (aiosmtpd); the password is never in the command.
void TestCli::swaksDeliversTheSameEnvelope()
{
    if (QStandardPaths::findExecutable(QStringLiteral("swaks")).isEmpty())
        QSKIP("swaks is not installed (Debian package swaks, scripts/common.sh TEST_PACKAGES)");
    QTemporaryDir dir;
    const QString received = dir.filePath(QStringLiteral("received.jsonl"));
    QProcess server;
    server.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(STAMP_TEST_SCRIPTS "/envelope_server.py"), received});
    QVERIFY(server.waitForStarted(5000));
    QVERIFY(
        QTest::qWaitFor([&] { return server.canReadLine() || server.state() != QProcess::Running; }, 15000));
    const QString port = QString::fromLatin1(server.readLine().trimmed());
    QVERIFY2(port.toInt() > 0, server.readAllStandardError().constData());

    const QString eml = dir.filePath(QStringLiteral("m.eml"));
    {
        QFile f(eml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "From: Ann <ann@example.org>\nTo: bob@example.net\nCc: cem@example.net\nBcc: dora@example.com\n"
            "Subject: swaks\nDate: Wed, 02 Dec 2026 10:00:00 +0000\nMessage-ID: <s@example.org>\n\n"
            ".a line with a dot\n%DATE% stays\nFrom the start\n");
    }
    const QStringList common{QStringLiteral("--server"),   QStringLiteral("127.0.0.1:") + port,
                             QStringLiteral("--security"), QStringLiteral("none"),
                             QStringLiteral("--eml"),      eml};
    Result r = runStamp(common);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString data = dir.filePath(QStringLiteral("swaks data.txt"));
    r = runStamp(common + QStringList{QStringLiteral("--print-swaks"), data});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString command = QString::fromUtf8(r.out.trimmed());
    QVERIFY(command.startsWith(QStringLiteral("swaks --server 127.0.0.1 --port ") + port));
    QVERIFY(command.contains(QStringLiteral("--to bob@example.net,cem@example.net,dora@example.com")));
    // The password is never in the command (swaks asks for it).
    r = runStamp(common
                     + QStringList{QStringLiteral("--print-swaks"), data, QStringLiteral("--user"),
                                   QStringLiteral("ann"), QStringLiteral("--password-stdin"),
                                   QStringLiteral("--allow-plaintext-auth")},
                 "hunter2\n");
    QVERIFY(r.out.contains("--auth-user ann"));
    QVERIFY(!r.out.contains("hunter2") && !r.err.contains("hunter2"));
    r = runStamp(common + QStringList{QStringLiteral("--print-swaks"), data});
    const Result swaks =
        run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(r.out.trimmed())},
            environment(Display::None));
    QVERIFY2(swaks.exitCode == 0, (swaks.out + swaks.err).constData());

    QVERIFY(QTest::qWaitFor(
        [&] {
            QFile f(received);
            return f.open(QIODevice::ReadOnly) && f.readAll().count('\n') >= 2;
        },
        10000));
    QFile f(received);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject byStamp = QJsonDocument::fromJson(lines[0]).object();
    const QJsonObject bySwaks = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(bySwaks.value(QStringLiteral("mail_from")), byStamp.value(QStringLiteral("mail_from")));
    QCOMPARE(bySwaks.value(QStringLiteral("rcpt_tos")), byStamp.value(QStringLiteral("rcpt_tos")));
    QCOMPARE(byStamp.value(QStringLiteral("rcpt_tos")).toVariant().toStringList(),
             (QStringList{QStringLiteral("bob@example.net"), QStringLiteral("cem@example.net"),
                          QStringLiteral("dora@example.com")}));
    const QString content = bySwaks.value(QStringLiteral("content")).toString();
    QCOMPARE(content, byStamp.value(QStringLiteral("content")).toString());
    QVERIFY(content.contains(QStringLiteral("\r\n.a line with a dot\r\n%DATE% stays\r\n")));
    QVERIFY(!content.contains(QStringLiteral("dora")));
    server.closeWriteChannel();
    if (!server.waitForFinished(5000))
        server.kill();
}

// ---- Issue 12: the explained conversation on the command line
// ----------------------------------------------

void TestCli::explainedTranscript_data()
{
    QTest::addColumn<QString>("script");  // "tls" (STARTTLS, sent) or "refused" (plain, RCPT 550 5.1.1)
    QTest::addColumn<QString>("where");   // "file": --transcript FILE, "stderr": --explain alone
    QTest::addColumn<bool>("explain");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QStringList tlsWords{"C: EHLO client.example\n    = EHLO: Stamp says its name",
                               "    = EHLO again: after STARTTLS both sides forget everything",
                               "    = STARTTLS: asks to turn this connection into an encrypted one",
                               "S: 354 go\n    = ",
                               "not 250",
                               "C: MAIL FROM:<ann@example.org>",
                               "envelope sender",
                               "    TLS: TLSv1.",
                               "  Key exchange: ",
                               "    names: ",
                               "localhost",
                               "[pass] The certificate covers the name localhost",
                               "[pass] The chain is trusted",
                               "Time per stage: connect ",
                               "greeting ",
                               "EHLO again ",
                               "envelope ",
                               "content ",
                               "final reply ",
                               "total "};
    QTest::newRow("tls, sent, explained in the file")
        << "tls"
        << "file" << true << 0 << tlsWords << QStringList{"[FAIL]"};
    QTest::newRow("tls, sent, explained on stderr") << "tls"
                                                    << "stderr" << true << 0 << tlsWords << QStringList{};
    QTest::newRow("tls, sent, plain transcript as before")
        << "tls"
        << "file" << false << 0 << QStringList{"C: EHLO client.example\n", "S: 354 go\n"}
        << QStringList{"    = ", "TLS report", "Key exchange", "Time per stage"};
    QTest::newRow("refused recipient, explained") << "refused"
                                                  << "file" << true << 7
                                                  << QStringList{"S: 550 5.1.1 no such user\n    = ",
                                                                 "permanent",
                                                                 "5.1.1 \"Bad destination mailbox address\"",
                                                                 "This recipient is refused",
                                                                 "Time per stage: connect ",
                                                                 "envelope "}
                                                  << QStringList{"TLS: ", "final reply "};
}

void TestCli::explainedTranscript()
{
    QFETCH(QString, script);
    QFETCH(QString, where);
    QFETCH(bool, explain);
    QFETCH(int, exitCode);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QStringList lines;
    QStringList args;
    if (script == QLatin1String("tls")) {
        lines = QStringList{"S: 220 fake",
                            "C: EHLO client.example",
                            "S: 250-fake",
                            "S: 250 STARTTLS",
                            "C: STARTTLS",
                            "S: 220 go ahead",
                            "TLS",
                            "C: EHLO client.example",
                            "S: 250-fake",
                            "S: 250 8BITMIME",
                            "C: MAIL FROM:<ann@example.org>*",
                            "S: 250 2.1.0 ok",
                            "C: RCPT TO:<bob@example.org>*",
                            "S: 250 2.1.5 ok",
                            "C: DATA",
                            "S: 354 go",
                            "D:",
                            "S: 250 2.0.0 queued",
                            "C: QUIT",
                            "S: 221 bye",
                            "X"};
        args << "--ca-file" << FakeServer::dataPath(QStringLiteral("ca.pem"));
    } else {
        lines = QStringList{"S: 220 fake",
                            "C: EHLO client.example",
                            "S: 250-fake",
                            "S: 250 8BITMIME",
                            "C: MAIL FROM:<ann@example.org>*",
                            "S: 250 ok",
                            "C: RCPT TO:<bob@example.org>*",
                            "S: 550 5.1.1 no such user",
                            "C: RSET",
                            "S: 250 ok",
                            "C: QUIT",
                            "S: 221 bye",
                            "X"};
        args << "--security"
             << "none";
    }
    FakeServer server(lines);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t.log"));
    args << "--server"
         << QStringLiteral("%1:%2").arg(script == "tls" ? "localhost" : "127.0.0.1").arg(server.port())
         << "--ehlo"
         << "client.example"
         << "--from"
         << "ann@example.org"
         << "--to"
         << "bob@example.org"
         << "--subject"
         << "Hi"
         << "--body"
         << "Hello";
    if (where == QLatin1String("file"))
        args << "--transcript" << file;
    if (explain)
        args << "--explain";
    const Result r = runStamp(args);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join('\n') + r.err));
    QCOMPARE(r.exitCode, exitCode);
    QByteArray text = r.err;
    if (where == QLatin1String("file")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        text = f.readAll();
    }
    for (const QString &p : present)
        QVERIFY2(text.contains(p.toUtf8()),
                 qPrintable(p + QStringLiteral(" not in:\n") + QString::fromUtf8(text)));
    for (const QString &a : absent)
        QVERIFY2(!text.contains(a.toUtf8()),
                 qPrintable(a + QStringLiteral(" in:\n") + QString::fromUtf8(text)));
    // Each explanation follows its own line: the line before an annotation is a transcript line.
    const QList<QByteArray> all = text.split('\n');
    for (int i = 1; i < all.size(); ++i)
        if (all.at(i).startsWith("    = "))
            QVERIFY2(!all.at(i - 1).startsWith("    "), all.at(i - 1).constData());
}

// `stamp probe --explain`: the annotations of `stamp send --explain` (the same TranscriptWriter), with what
// a probe does next: QUIT after EHLO, never MAIL.
void TestCli::probeExplained()
{
    FakeServer server({"S: 220 fake", "C: EHLO client.example", "S: 250-fake", "S: 250 8BITMIME", "C: QUIT",
                       "S: 221 bye", "X"});
    const Result r = run(QStringLiteral(STAMP_BINARY),
                         {"probe", "--server", QStringLiteral("127.0.0.1:%1").arg(server.port()),
                          "--security", "none", "--ehlo", "client.example", "--explain"},
                         environment(Display::Offscreen));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join('\n') + r.err));
    QCOMPARE(r.exitCode, 0);
    const QString err = QString::fromUtf8(r.err);
    for (const QString &p :
         {QStringLiteral("C: EHLO client.example\n    = EHLO: Stamp says its name"),
          QStringLiteral("S: 220 fake\n    = "), QStringLiteral("Stamp greets it with EHLO next"),
          QStringLiteral("S: 250-fake\n    = "), QStringLiteral("then ends with QUIT"),
          QStringLiteral("    = 8BITMIME")})
        QVERIFY2(err.contains(p), qPrintable(p + QStringLiteral(" not in:\n") + err));
    QVERIFY2(!err.contains(QLatin1String("or MAIL")), qPrintable(err));
    // Without --explain, no annotations (and no transcript unless asked for).
    FakeServer quiet({"S: 220 fake", "C: EHLO client.example", "S: 250-fake", "S: 250 8BITMIME", "C: QUIT",
                      "S: 221 bye", "X"});
    const Result q = run(QStringLiteral(STAMP_BINARY),
                         {"probe", "--server", QStringLiteral("127.0.0.1:%1").arg(quiet.port()), "--security",
                          "none", "--ehlo", "client.example"},
                         environment(Display::Offscreen));
    QCOMPARE(q.exitCode, 0);
    QVERIFY2(!q.err.contains("    = "), q.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
