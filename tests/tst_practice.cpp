// The practice server (`stamp practice`, practice/) end to end: the real binary started with --port 0, the
// real `stamp send` against it, every fault checked for the outcome it is meant to teach (exit code and
// words), the kept message compared byte for byte, and a raw client for what `stamp send` never does (DATA
// with dot-stuffing, over-long lines, bytes smuggled after STARTTLS).
#include "faults.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

struct Result
{
    int exitCode = -1;
    QString output;  // stdout and stderr
};

// One `stamp practice` process, started on a free port of 127.0.0.1 and stopped by a signal.
class Practice
{
public:
    Practice(const QString &dataHome, const QStringList &faults)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        m_process.setProcessEnvironment(env);
        QStringList args{QStringLiteral("practice"), QStringLiteral("--port"), QStringLiteral("0")};
        for (const QString &f : faults)
            args << QStringLiteral("--fault") << f;
        m_process.start(QStringLiteral(STAMP_BINARY), args);
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        (void)QTest::qWaitFor(
            [&] {
                m_out += QString::fromUtf8(m_process.readAllStandardOutput());
                const auto m = listening.match(m_out);
                if (m.hasMatch())
                    port = m.captured(1).toUShort();
                return port != 0 || m_process.state() == QProcess::NotRunning;
            },
            15000);
        const QRegularExpression ca(QStringLiteral("authority in (\\S+\\.pem)"));
        caFile = ca.match(m_out).captured(1);
        const QRegularExpression kept(QStringLiteral("Messages are kept in (\\S+)\\."));
        messages = kept.match(m_out).captured(1);
    }
    ~Practice()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Stops it with the signal and returns its exit code (-1 when it did not stop within 10 s).
    int stop(int signal = SIGTERM)
    {
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(10000))
            return -1;
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    QString output()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out;
    }
    // Waits (bounded) until the server has printed text.
    bool waitForOutput(const QString &text)
    {
        return QTest::qWaitFor([&] { return output().contains(text); }, 10000);
    }
    QString server() const { return QStringLiteral("127.0.0.1:%1").arg(port); }

    quint16 port = 0;
    QString caFile, messages;

private:
    QProcess m_process;
    QString m_out;
};

Result run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 30000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(STAMP_BINARY), args);
    p.write(input);
    p.closeWriteChannel();
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.output = QStringLiteral("(killed after %1 ms)").arg(timeoutMs);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

// `stamp send` through STARTTLS with the practice authority and the demo login.
Result send(const Practice &s, const QStringList &extra, bool login = true)
{
    QStringList args{QStringLiteral("send"),
                     QStringLiteral("--server"),
                     s.server(),
                     QStringLiteral("--ca-file"),
                     s.caFile,
                     QStringLiteral("--from"),
                     QStringLiteral("ann@example.org")};
    if (login)
        args << QStringLiteral("--user") << QStringLiteral("demo") << QStringLiteral("--password-stdin");
    if (!extra.contains(QStringLiteral("--to")) && !extra.contains(QStringLiteral("--eml")))
        args << QStringLiteral("--to") << QStringLiteral("bob@example.org");
    if (!extra.contains(QStringLiteral("--eml")))
        args << QStringLiteral("--subject") << QStringLiteral("Practice") << QStringLiteral("--body")
             << QStringLiteral("Hello");
    return run(args + extra, login ? QByteArray("practice\n") : QByteArray());
}

QJsonObject envelopeOf(const QString &emlPath)
{
    QFile f(QString(emlPath).replace(QStringLiteral(".eml"), QStringLiteral(".json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList keptFiles(const Practice &s)
{
    return QDir(s.messages).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

// A raw client on a plain connection, for what `stamp send` never sends. Reads one reply (all its lines).
class RawClient
{
public:
    explicit RawClient(quint16 port) { m_socket.connectToHost(QStringLiteral("127.0.0.1"), port); }
    QByteArray reply()
    {
        QByteArray text;
        for (int i = 0; i < 200; ++i) {  // bounded: 200 lines of one reply at most
            while (!m_socket.canReadLine())
                if (!m_socket.waitForReadyRead(10000))
                    return text + "(no reply)";
            const QByteArray line = m_socket.readLine();
            text += line;
            if (line.size() < 4 || line[3] != '-')
                break;
        }
        return text;
    }
    QByteArray command(const QByteArray &line)
    {
        m_socket.write(line);
        return reply();
    }
    void write(const QByteArray &bytes) { m_socket.write(bytes); }
    // The TLS handshake, trusting the practice authority only. False when it fails.
    bool startTls(const QString &caFile)
    {
        QSslConfiguration tls = m_socket.sslConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(caFile));
        m_socket.setSslConfiguration(tls);
        m_socket.startClientEncryption();
        return m_socket.waitForEncrypted(10000);
    }
    // Everything until the server closes (bounded by 10 s of silence).
    QByteArray rest()
    {
        QByteArray bytes;
        while (m_socket.state() == QAbstractSocket::ConnectedState && m_socket.waitForReadyRead(10000))
            bytes += m_socket.readAll();
        return bytes + m_socket.readAll();
    }
    bool closedByServer()
    {
        return m_socket.state() == QAbstractSocket::UnconnectedState || m_socket.waitForDisconnected(10000);
    }

private:
    QSslSocket m_socket;
};

}  // namespace

class TestPractice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void list();
    void badFaults_data();
    void badFaults();
    void happyPathStartTlsAuthPipeliningChunking();
    void faults_data();
    void faults();
    void greylistingAcceptsTheRetry();
    void severalClientsAtOnce();
    void twoServersShareTheMailbox();
    void tooManyClientsAndTooBigContent();
    void dataDotStuffingAndLimits();
    void bytesAfterStartTlsAreDropped();
    void stopsOnSigint();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

void TestPractice::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_files.isValid());
}

void TestPractice::list()
{
    const Result r = run({QStringLiteral("practice"), QStringLiteral("--list")});
    QCOMPARE(r.exitCode, 0);
    // Every fault of the table is named and explained, and each name is taken by --fault.
    for (const practice::Faults::Description &d : practice::Faults::table()) {
        const QString syntax = QLatin1String(d.syntax);
        QVERIFY2(r.output.contains(QStringLiteral("  ") + syntax + QLatin1Char('\n')), qPrintable(syntax));
        QVERIFY2(r.output.contains(QString::fromUtf8(d.explanation).left(30)), qPrintable(syntax));
        QString spec = syntax;
        spec.replace(QStringLiteral("=N"), QStringLiteral("=2"))
            .replace(QStringLiteral("=BYTES"), QStringLiteral("=10"));
        spec.replace(QStringLiteral("=STAGE"), QStringLiteral("=rcpt"))
            .replace(QStringLiteral("=TIME"), QStringLiteral("=1s"));
        practice::Faults f;
        QString error;
        QVERIFY2(f.add(spec, &error), qPrintable(spec + QStringLiteral(": ") + error));
        QCOMPARE(f.names().size(), 1);
    }
}

void TestPractice::badFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown") << "greylisting"
                             << "unknown fault 'greylisting'";
    QTest::newRow("452 without a number") << "452-after"
                                          << "452-after needs a number";
    QTest::newRow("452 negative") << "452-after=-1"
                                  << "452-after needs a number";
    QTest::newRow("421 bad stage") << "421-at=quit"
                                   << "421-at needs a stage";
    QTest::newRow("slow bad unit") << "slow=5min"
                                   << "slow needs a time";
    QTest::newRow("slow too long") << "slow=601s"
                                   << "slow needs a time";
    QTest::newRow("value on a flag") << "greylist=1"
                                     << "takes no value";
    QTest::newRow("552 not a size") << "552-over=big"
                                    << "552-over needs a size";
}

void TestPractice::badFaults()
{
    QFETCH(QString, fault);
    QFETCH(QString, words);
    const Result r = run({QStringLiteral("practice"), QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--fault"), fault});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.output.contains(words), qPrintable(r.output));
    const Result port = run({QStringLiteral("practice"), QStringLiteral("--port"), QStringLiteral("70000")});
    QCOMPARE(port.exitCode, 2);
}

void TestPractice::happyPathStartTlsAuthPipeliningChunking()
{
    Practice s(m_home.path(), {});
    QVERIFY2(s.port != 0, qPrintable(s.output()));
    QVERIFY(QFile::exists(s.caFile));
    // The certificates live in the data folder given, never beside the sources.
    QVERIFY(s.caFile.startsWith(m_home.path()));
    QVERIFY(s.output().contains(QStringLiteral("user demo, password practice")));

    // A prepared message sent as it is: leading dots, 8-bit text, a long line, no final line break.
    QByteArray eml = "From: Ann <ann@example.org>\r\nTo: bob@example.org, carl@example.org\r\n"
                     "Subject: Practice\r\nDate: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
                     "Message-ID: <practice-1@example.org>\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                     ".a line that starts with a dot\r\n..two dots\r\n.\r\nGr\xc3\xbc\xc3\x9f"
                     "e\r\n";
    eml += QByteArray(900, 'x') + "\r\nlast line";
    const QString emlPath = m_files.filePath(QStringLiteral("happy.eml"));
    {
        QFile f(emlPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(eml);
    }
    const QString transcript = m_files.filePath(QStringLiteral("happy.log"));
    const Result r = send(s, {QStringLiteral("--eml"), emlPath, QStringLiteral("--transcript"), transcript});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));

    QFile log(transcript);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString t = QString::fromUtf8(log.readAll());
    for (const char *word :
         {"250-PIPELINING", "250-CHUNKING", "250-SIZE 33554432", "250-8BITMIME", "250-SMTPUTF8", "250-DSN",
          "250-ENHANCEDSTATUSCODES", "250 STARTTLS", "C: STARTTLS", "S: 220 2.0.0", "250 AUTH PLAIN LOGIN",
          "S: 235 2.7.0", "C: BDAT"})
        QVERIFY2(t.contains(QLatin1String(word)), word);
    // Pipelined: both RCPT and the BDAT went out before the reply to MAIL came back (RFC 2920).
    QVERIFY(t.indexOf(QLatin1String("C: BDAT")) < t.indexOf(QLatin1String("S: 250 2.1.0")));
    QVERIFY(t.indexOf(QLatin1String("C: RCPT TO:<carl@example.org>"))
            < t.indexOf(QLatin1String("S: 250 2.1.0")));

    const QStringList files = keptFiles(s);
    QCOMPARE(files.size(), 1);
    const QString kept = QDir(s.messages).filePath(files.first());
    QVERIFY2(s.waitForOutput(QStringLiteral("Received message 1 from <ann@example.org>")),
             qPrintable(s.output()));
    QFile k(kept);
    QVERIFY(k.open(QIODevice::ReadOnly));
    QCOMPARE(k.readAll(), eml);
    const QJsonObject env = envelopeOf(kept);
    QCOMPARE(env.value(QStringLiteral("from")).toString(), QStringLiteral("<ann@example.org>"));
    const QJsonArray to = env.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(to.size(), 2);
    QCOMPARE(to.at(1).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("<carl@example.org>"));
    QCOMPARE(env.value(QStringLiteral("user")).toString(), QStringLiteral("demo"));
    QCOMPARE(env.value(QStringLiteral("command")).toString(), QStringLiteral("BDAT"));
    QVERIFY(env.value(QStringLiteral("tls")).toString().startsWith(QStringLiteral("TLSv1.")));
    QCOMPARE(env.value(QStringLiteral("size")).toInt(), eml.size());
    QCOMPARE(s.stop(), 0);
    QVERIFY(s.output().contains(QStringLiteral("Practice server stopped.")));
}

void TestPractice::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("login");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("kept");  // messages the server keeps
    const QStringList none;
    const QStringList three{QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                            QStringLiteral("--to"), QStringLiteral("carl@example.org"),
                            QStringLiteral("--to"), QStringLiteral("dora@example.org")};
#ifdef STAMP_VERDICT
    // The engine's verdict (smtp/verdict.cpp): when every recipient is refused, their replies decide, so a
    // greylisted message is a temporary failure to retry.
    QTest::newRow("greylist") << "greylist" << none << true << 6 << "refused every recipient for now" << 0;
    // RFC 5321 §4.5.3.1.10: the recipients refused with 452 are sent in a following transaction, so all three
    // get it in two messages.
    QTest::newRow("452-after=2") << "452-after=2" << three << true << 0 << "Result: sent" << 2;
#else
    // TEMPORARY, until the engine branch lands (then STAMP_VERDICT is defined and the rows above apply).
    // Greylisting: the 554 to BDAT after every RCPT got 451 decides, so exit 7 instead of 6.
    QTest::newRow("greylist") << "greylist" << none << true << 7 << "451 4.7.1 Greylisted" << 0;
    // 452: the first two recipients get the message, the third is reported refused (exit 8), not retried.
    QTest::newRow("452-after=2") << "452-after=2" << three << true << 8 << "452 4.5.3 Too many recipients"
                                 << 1;
#endif
    QTest::newRow("552-over") << "552-over=100" << none << true << 7 << "552 5.3.4" << 0;
    for (const char *stage : {"greeting", "ehlo", "mail", "rcpt", "data", "end"})
        QTest::newRow(qPrintable(QStringLiteral("421-at=%1").arg(QLatin1String(stage))))
            << QStringLiteral("421-at=%1").arg(QLatin1String(stage)) << none << true << 6
            << "Server said: 421 " << 0;
    QTest::newRow("drop-after-dot") << "drop-after-dot" << none << true << 9 << "may have been delivered"
                                    << 1;
    QTest::newRow("self-signed") << "self-signed" << none << true << 4 << "self-signed" << 0;
    QTest::newRow("expired") << "expired" << none << true << 4 << "has expired" << 0;
    QTest::newRow("strip-starttls") << "strip-starttls" << none << true << 4 << "does not offer STARTTLS"
                                    << 0;
    QTest::newRow("slow, patient client")
        << "slow=200ms" << QStringList{QStringLiteral("--timeout"), QStringLiteral("30")} << true << 0
        << "Result: sent" << 1;
    QTest::newRow("slow, impatient client")
        << "slow=5s" << QStringList{QStringLiteral("--timeout"), QStringLiteral("1")} << true << 10
        << "Result: timed out" << 0;
    QTest::newRow("535") << "535-wrong-password" << none << true << 5 << "535 5.7.8" << 0;
    QTest::newRow("530, no login") << "530-auth-required" << none << false << 7
                                   << "530 5.7.0 Authentication required" << 0;
    QTest::newRow("530, logged in") << "530-auth-required" << none << true << 0 << "Result: sent" << 1;
}

void TestPractice::faults()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, extra);
    QFETCH(bool, login);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    QFETCH(int, kept);
    QTemporaryDir home;  // a mailbox of its own, so "kept" counts this case only
    Practice s(home.path(), {fault});
    QVERIFY2(s.port != 0, qPrintable(s.output()));
    QVERIFY(s.output().contains(QStringLiteral("Faults: %1.").arg(fault)));
    const Result r = send(s, extra, login);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1\n%2").arg(r.exitCode).arg(r.output)));
    QVERIFY2(r.output.contains(words), qPrintable(r.output));
    const QStringList files = keptFiles(s);
    QCOMPARE(int(files.size()), kept);
    if (fault.startsWith(QLatin1String("452")) && kept == 2) {
        // The retry carries only the recipient that was refused.
        const QJsonArray to =
            envelopeOf(QDir(s.messages).filePath(files.last())).value(QStringLiteral("recipients")).toArray();
        QCOMPARE(to.size(), 1);
        QCOMPARE(to.at(0).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("<dora@example.org>"));
    }
    QCOMPARE(s.stop(), 0);
}

void TestPractice::greylistingAcceptsTheRetry()
{
    Practice s(m_home.path(), {QStringLiteral("greylist")});
    QVERIFY2(s.port != 0, qPrintable(s.output()));
    const int before = int(keptFiles(s).size());
    const QStringList to{QStringLiteral("--to"), QStringLiteral("grey@example.org")};
    const Result first = send(s, to);
    QVERIFY2(first.output.contains(QStringLiteral("451 4.7.1")), qPrintable(first.output));
    QVERIFY(first.exitCode != 0);
    const Result second = send(s, to);
    QVERIFY2(second.exitCode == 0, qPrintable(second.output));
    // Another recipient is a new triplet: greylisted again.
    const Result other = send(s, {QStringLiteral("--to"), QStringLiteral("white@example.org")});
    QVERIFY2(other.output.contains(QStringLiteral("451 4.7.1")), qPrintable(other.output));
    QCOMPARE(int(keptFiles(s).size()), before + 1);
    QCOMPARE(s.stop(), 0);
}

void TestPractice::severalClientsAtOnce()
{
    QTemporaryDir home;
    Practice s(home.path(), {QStringLiteral("slow=100ms")});
    QVERIFY2(s.port != 0, qPrintable(s.output()));
    const QStringList base{QStringLiteral("send"),
                           QStringLiteral("--server"),
                           s.server(),
                           QStringLiteral("--ca-file"),
                           s.caFile,
                           QStringLiteral("--from"),
                           QStringLiteral("ann@example.org"),
                           QStringLiteral("--body"),
                           QStringLiteral("Hi")};
    std::vector<std::unique_ptr<QProcess>> clients;
    for (int i = 0; i < 4; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(STAMP_BINARY),
                 base + QStringList{QStringLiteral("--to"), QStringLiteral("c%1@example.org").arg(i)});
        clients.push_back(std::move(p));
    }
    for (auto &p : clients) {
        QVERIFY(p->waitForFinished(30000));
        QVERIFY2(p->exitCode() == 0, p->readAll().constData());
    }
    QCOMPARE(keptFiles(s).size(), 4);
    QCOMPARE(s.stop(), 0);
}

void TestPractice::twoServersShareTheMailbox()
{
    // The window's server and `stamp practice` keep messages in the same folder: neither overwrites the
    // other's.
    QTemporaryDir home;
    Practice a(home.path(), {}), b(home.path(), {});
    QVERIFY2(a.port != 0 && b.port != 0, qPrintable(a.output() + b.output()));
    QVERIFY(send(a, {}).exitCode == 0);
    QVERIFY(send(b, {}).exitCode == 0);
    QCOMPARE(keptFiles(a), QStringList({QStringLiteral("0001.eml"), QStringLiteral("0002.eml")}));
    QCOMPARE(a.stop(), 0);
    QCOMPARE(b.stop(), 0);
}

void TestPractice::tooManyClientsAndTooBigContent()
{
    QTemporaryDir home;
    Practice s(home.path(), {QStringLiteral("552-over=10")});
    QVERIFY2(s.port != 0, qPrintable(s.output()));
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 20; ++i) {
        clients.push_back(std::make_unique<RawClient>(s.port));
        QVERIFY(clients.back()->reply().startsWith("220 "));
    }
    // The 21st is told 421 in place of the greeting (RFC 5321 §3.1); the others go on.
    RawClient extra(s.port);
    QVERIFY(extra.reply().startsWith("421 4.3.2"));
    QVERIFY(extra.closedByServer());
    RawClient &c = *clients.front();
    QVERIFY(c.command("EHLO client.example\r\n").startsWith("250-"));
    // No SIZE= on MAIL: the limit is found at the end of the content, and nothing is kept.
    QVERIFY(c.command("MAIL FROM:<a@example.org>\r\n").startsWith("250"));
    QVERIFY(c.command("RCPT TO:<b@example.org>\r\n").startsWith("250"));
    QVERIFY(c.command("BDAT 50 LAST\r\n" + QByteArray(50, 'z')).startsWith("552 5.3.4"));
    QVERIFY(keptFiles(s).isEmpty());
    // The transaction is over: a new one starts with MAIL.
    QVERIFY(c.command("RCPT TO:<b@example.org>\r\n").startsWith("503 5.5.1"));
    QCOMPARE(s.stop(), 0);
}

void TestPractice::dataDotStuffingAndLimits()
{
    QTemporaryDir home;
    Practice s(home.path(), {});
    QVERIFY2(s.port != 0, qPrintable(s.output()));
    RawClient c(s.port);
    QVERIFY(c.reply().startsWith("220 "));
    // Before EHLO, a transaction is refused; after it, AUTH is not offered in the clear.
    QVERIFY(c.command("MAIL FROM:<a@example.org>\r\n").startsWith("503 5.5.1"));
    const QByteArray ehlo = c.command("EHLO client.example\r\n");
    QVERIFY2(ehlo.contains("250 STARTTLS") && !ehlo.contains("AUTH"), ehlo.constData());
    QVERIFY(c.command("AUTH PLAIN AGRlbW8AcHJhY3RpY2U=\r\n").startsWith("538 5.7.11"));
    QVERIFY(c.command("RCPT TO:<b@example.org>\r\n").startsWith("503 5.5.1"));
    QVERIFY(c.command("MAIL FROM:<a@example.org> BODY=BINARYMIME\r\n").startsWith("555 5.5.4"));
    QVERIFY(c.command("MAIL FROM:<a@example.org> SIZE=99999999999\r\n").startsWith("552 5.3.4"));
    QVERIFY(c.command("MAIL FROM:<j\xc3\xb6@example.org>\r\n").startsWith("553 5.6.7"));
    QVERIFY(c.command("MAIL FROM:<a@example.org>\r\n").startsWith("250 2.1.0"));
    QVERIFY(c.command("MAIL FROM:<a@example.org>\r\n").startsWith("503 5.5.1"));
    QVERIFY(c.command("RCPT TO:<not an address>\r\n").startsWith("501 5.1.3"));
    QVERIFY(c.command("DATA\r\n").startsWith("554 5.5.1"));
    QVERIFY(c.command("RCPT TO:<b@example.org> NOTIFY=SUCCESS,FAILURE\r\n").startsWith("250 2.1.5"));
    // A command line over the bound is refused, and the session goes on.
    QVERIFY(c.command("NOOP " + QByteArray(20000, 'n') + "\r\n").startsWith("500 5.5.6"));
    QVERIFY(c.command("NOOP\r\n").startsWith("250"));
    QVERIFY(c.command("DATA\r\n").startsWith("354 "));
    c.write("Subject: dots\r\n\r\n..leading dot\r\n...two\r\nend\r\n.\r\n");
    QVERIFY(c.reply().startsWith("250 2.0.0"));
    const QStringList files = keptFiles(s);
    QCOMPARE(files.size(), 1);
    QFile k(QDir(s.messages).filePath(files.first()));
    QVERIFY(k.open(QIODevice::ReadOnly));
    QCOMPARE(k.readAll(), QByteArray("Subject: dots\r\n\r\n.leading dot\r\n..two\r\nend\r\n"));
    // A text line over 1000 octets (RFC 5321 §4.5.3.1.6): the message is refused at its end, nothing kept.
    QVERIFY(c.command("MAIL FROM:<>\r\n").startsWith("250"));
    QVERIFY(c.command("RCPT TO:<b@example.org>\r\n").startsWith("250"));
    QVERIFY(c.command("DATA\r\n").startsWith("354 "));
    c.write("Subject: long\r\n\r\n" + QByteArray(5000, 'y') + "\r\n.\r\n");
    QVERIFY(c.reply().startsWith("500 5.5.6"));
    QCOMPARE(keptFiles(s).size(), 1);
    QVERIFY(c.command("QUIT\r\n").startsWith("221"));
    QVERIFY(c.closedByServer());
    QCOMPARE(s.stop(), 0);
}

void TestPractice::bytesAfterStartTlsAreDropped()
{
    {
        QTemporaryDir home;
        Practice s(home.path(), {});
        QVERIFY2(s.port != 0, qPrintable(s.output()));
        RawClient c(s.port);
        QVERIFY(c.reply().startsWith("220 "));
        QVERIFY(c.command("EHLO client.example\r\n").startsWith("250-"));
        // A command sent in the clear with STARTTLS (CVE-2011-0411) must not be read as the first command of
        // the encrypted session: had it been kept, it would be answered before NOOP ("503 Send EHLO first").
        QVERIFY(c.command("STARTTLS\r\nMAIL FROM:<evil@example.org>\r\n").startsWith("220 2.0.0"));
        QVERIFY(c.startTls(s.caFile));
        QCOMPARE(c.command("NOOP\r\n"), QByteArray("250 2.0.0 OK\r\n"));
        const QByteArray ehlo = c.command("EHLO client.example\r\n");
        QVERIFY(ehlo.contains("AUTH PLAIN LOGIN") && !ehlo.contains("STARTTLS"));
        QVERIFY(c.command("AUTH PLAIN AGRlbW8Ad3Jvbmc=\r\n").startsWith("535 5.7.8"));
        QVERIFY(c.command("AUTH LOGIN\r\n").startsWith("334 VXNlcm5hbWU6"));
        QVERIFY(c.command("ZGVtbw==\r\n").startsWith("334 UGFzc3dvcmQ6"));
        QVERIFY(c.command("cHJhY3RpY2U=\r\n").startsWith("235 2.7.0"));
        QCOMPARE(s.stop(), 0);
    }
    QTemporaryDir home;
    Practice s(home.path(), {});
    QVERIFY2(s.port != 0, qPrintable(s.output()));
    RawClient c(s.port);
    QVERIFY(c.reply().startsWith("220 "));
    QVERIFY(c.command("EHLO client.example\r\n").startsWith("250-"));
    // RFC 3207 §5: a command smuggled in with STARTTLS must not be answered; the server waits for the
    // handshake, so a plain client hears only the 220.
    QVERIFY(c.command("STARTTLS\r\nMAIL FROM:<evil@example.org>\r\n").startsWith("220 2.0.0"));
    c.write("RCPT TO:<b@example.org>\r\n");
    // What follows is read as a TLS ClientHello, which it is not: the handshake fails and the server closes,
    // having answered neither command (a TLS alert at most).
    const QByteArray rest = c.rest();
    QVERIFY2(!rest.contains("250") && !rest.contains("503") && !rest.contains("5.5."),
             rest.toHex().constData());
    QVERIFY(c.closedByServer());
    QCOMPARE(s.stop(), 0);
}

void TestPractice::stopsOnSigint()
{
    QTemporaryDir home;
    Practice s(home.path(), {});
    QVERIFY2(s.port != 0, qPrintable(s.output()));
    RawClient c(s.port);
    QVERIFY(c.reply().startsWith("220 "));
    // A client still connected is told why the server goes (RFC 5321 §3.8), and the server exits 0.
    QCOMPARE(s.stop(SIGINT), 0);
    QVERIFY(c.reply().startsWith("421 4.3.2"));
    QVERIFY(s.output().contains(QStringLiteral("Practice server stopped.")));
}

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
