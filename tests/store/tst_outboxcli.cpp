// `stamp outbox` and `stamp sent` as separate processes, the way people and scripts run them, sharing the
// window's queue: list, send, remove with the exit codes of `stamp send`; two processes racing for one item
// (exactly one MAIL transaction); kill -9 during a send and during an enqueue (every message exactly once
// in the outbox or in Sent, with its attachment bytes). Run by without-keyring.sh (a fresh HOME).
#include "../fakeserver.h"
#include "mailstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace store;
using Category = smtp::Outcome::Category;

namespace {

const QStringList greeting{
    QStringLiteral("S: 220 fake.example ESMTP"),
    QStringLiteral("C: EHLO *"),
    QStringLiteral("S: 250-fake.example"),
    QStringLiteral("S: 250 8BITMIME"),
};
const QStringList quit{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};
const QStringList envelope{QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                           QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("C: RCPT TO:<bob@example.org>"),
                           QStringLiteral("S: 250 2.1.5 Ok")};
const QStringList dataAccepted{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
                               QStringLiteral("D:"), QStringLiteral("S: 250 2.0.0 queued")};

// Holds every connection until released, then joins it to the server: lets a test see how many processes
// tried to connect while the first one is still waiting for its greeting.
class Gate : public QTcpServer
{
public:
    explicit Gate(quint16 target) : m_target(target) { listen(QHostAddress::LocalHost, 0); }
    int connections() const { return m_count; }
    void release()
    {
        m_open = true;
        const auto held = m_held;
        m_held.clear();
        for (QTcpSocket *s : held)
            join(s);
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        ++m_count;
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(handle);
        if (m_open)
            join(s);
        else
            m_held << s;
    }

private:
    void join(QTcpSocket *client)
    {
        auto *server = new QTcpSocket(this);
        connect(client, &QTcpSocket::readyRead, server,
                [client, server] { server->write(client->readAll()); });
        connect(server, &QTcpSocket::readyRead, client,
                [client, server] { client->write(server->readAll()); });
        connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
        connect(server, &QTcpSocket::connected, client,
                [client, server] { server->write(client->readAll()); });
        server->connectToHost(QHostAddress::LocalHost, m_target);
    }
    quint16 m_target;
    QList<QTcpSocket *> m_held;
    int m_count = 0;
    bool m_open = false;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The decoded base64 body of the part that names this file.
QByteArray attachmentBytes(const QByteArray &eml, const QByteArray &fileName)
{
    const qsizetype at = eml.indexOf("filename=\"" + fileName + "\"");
    if (at < 0)
        return {};
    const qsizetype start = eml.indexOf("\r\n\r\n", at);
    const qsizetype end = eml.indexOf("\r\n--", start);
    return QByteArray::fromBase64(eml.mid(start + 4, end - start - 4).replace("\r\n", ""));
}

}  // namespace

class TestOutboxCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void listSendRemoveAndExitCodes();
    void twoProcessesSendOnce();
    void killDuringSend();
    void killDuringEnqueue();

private:
    QProcess *startStamp(const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProgram(QStringLiteral(STAMP_BINARY));
        p->setArguments(args);
        p->start();
        p->waitForStarted(10000);  // only the exec; the run is waited for with the event loop turning
        p->closeWriteChannel();
        return p;
    }
    bool waitDone(QProcess *p, int ms = 60000)
    {
        return QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, ms);
    }
    int stamp(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
    {
        QProcess *p = startStamp(args);
        if (!waitDone(p)) {
            p->kill();
            waitDone(p, 5000);
            return -2;
        }
        if (out)
            *out = QString::fromUtf8(p->readAllStandardOutput());
        const QString e = QString::fromUtf8(p->readAllStandardError());
        if (err)
            *err = e;
        const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        delete p;
        return code;
    }
    void addAccount(quint16 port)
    {
        QCOMPARE(stamp({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
                        QStringLiteral("--from"), QStringLiteral("Ann <ann@example.org>"),
                        QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
                        QStringLiteral("--security"), QStringLiteral("none")}),
                 0);
    }
    MailItem item() const
    {
        MailItem m;
        m.account = QStringLiteral("work");
        m.from = QStringLiteral("Ann <ann@example.org>");
        m.to = QStringLiteral("bob@example.org");
        m.subject = QStringLiteral("Quarterly");
        m.body = QStringLiteral("Hello Bob\n");
        return m;
    }
    QString bigFile(const QString &name, int megabytes, QByteArray *content = nullptr)
    {
        QByteArray chunk(1024 * 1024, '\0');
        for (int i = 0; i < chunk.size(); ++i)
            chunk[i] = char((i * 131 + 7) % 251);
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i < megabytes; ++i)
            f.write(chunk);
        if (content) {
            f.close();
            *content = readAll(path);
        }
        return path;
    }

    QTemporaryDir m_files;
};

void TestOutboxCli::initTestCase()
{
    if (qgetenv("STAMP_TEST_KEYRING").isEmpty())
        QSKIP("run through tests/store/without-keyring.sh (ctest does)");
    QCoreApplication::setOrganizationName(QStringLiteral("Stamp"));
    QCoreApplication::setApplicationName(QStringLiteral("stamp"));
}

void TestOutboxCli::init()
{
    QFile::remove(QDir::homePath() + QStringLiteral("/.config/Stamp/stamp.conf"));
    QDir(MailStore::defaultRoot()).removeRecursively();
}

void TestOutboxCli::listSendRemoveAndExitCodes()
{
    FakeServer refusing(greeting
                        + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                                      QStringLiteral("S: 550 5.7.1 Sender not allowed")}
                        + quit);
    addAccount(refusing.port());
    MailStore mail;
    const QString a = mail.enqueue(item());
    const QString b = mail.enqueue(item());
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QString out, err;
    QCOMPARE(stamp({QStringLiteral("outbox"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(out.contains(a) && out.contains(b) && out.contains(QLatin1String("Quarterly")), qPrintable(out));
    QCOMPARE(stamp({QStringLiteral("outbox"), QStringLiteral("send")}), 2);  // neither IDs nor --all
    QCOMPARE(stamp({QStringLiteral("outbox"), QStringLiteral("send"),
                    QStringLiteral("20260101T000000000-00000000")}),
             2);
    // A 5xx: the exit code of `stamp send` (7), the message kept with the reason, not retried by itself.
    QCOMPARE(stamp({QStringLiteral("outbox"), QStringLiteral("send"), a}, &out, &err), 7);
    QVERIFY2(err.contains(QLatin1String("kept in the outbox")), qPrintable(err));
    QCOMPARE(mail.loadOutbox(a)->status, MailItem::Status::Failed);
    QVERIFY(mail.loadOutbox(a)->failureReply.startsWith(QLatin1String("550 5.7.1")));
    QCOMPARE(stamp({QStringLiteral("outbox"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(out.contains(QLatin1String("550 5.7.1")), qPrintable(out));
    QCOMPARE(stamp({QStringLiteral("outbox"), QStringLiteral("remove"), a}), 0);
    QVERIFY(!mail.loadOutbox(a));
    QVERIFY(!QFile::exists(mail.outboxEmlPath(a)));

    FakeServer accepting(greeting + envelope + dataAccepted + quit);
    QCOMPARE(stamp({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--all"),
                    QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(accepting.port())},
                   &out, &err),
             0);
    QVERIFY2(accepting.errors().isEmpty(), qPrintable(accepting.errors().join(QLatin1Char('\n')) + err));
    QVERIFY(mail.outbox().isEmpty());
    QCOMPARE(stamp({QStringLiteral("sent"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(out.contains(b), qPrintable(out));
    QCOMPARE(accepting.data().first(), readAll(mail.sentEmlPath(b)) + ".\r\n");
}

void TestOutboxCli::twoProcessesSendOnce()
{
    FakeServer server(greeting + envelope + dataAccepted + quit);
    Gate gate(server.port());
    addAccount(gate.serverPort());
    MailStore mail;
    const QString id = mail.enqueue(item());
    QProcess *one = startStamp({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--all")});
    QProcess *two = startStamp({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--all")});
    // Whichever got the item's lock connects and waits at the gate; the other must give up without
    // connecting.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return gate.connections() >= 1
                            && (one->state() == QProcess::NotRunning || two->state() == QProcess::NotRunning);
                 },
                 30000),
             qPrintable(QStringLiteral("connections: %1").arg(gate.connections())));
    QCOMPARE(gate.connections(), 1);
    gate.release();
    QVERIFY(waitDone(one));
    QVERIFY(waitDone(two));
    QCOMPARE(one->exitCode(), 0);
    QCOMPARE(two->exitCode(), 0);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(gate.connections(), 1);
    QCOMPARE(server.data().size(), 1);
    QCOMPARE(QString::fromLatin1(server.received()).count(QLatin1String("MAIL FROM")), 1);
    QVERIFY(mail.outbox().isEmpty());
    QCOMPARE(mail.sent().size(), 1);
    QCOMPARE(mail.sent().first().id, id);
}

void TestOutboxCli::killDuringSend()
{
    QByteArray content;
    const QString path = bigFile(QStringLiteral("data.bin"), 3, &content);
    // The server takes the start of the content, then stops answering: the process is mid-send when killed.
    FakeServer server(greeting + envelope
                      + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
                                    QStringLiteral("N: 100000")});
    addAccount(server.port());
    MailStore mail;
    MailItem m = item();
    m.attachments << path;
    const QString id = mail.enqueue(m);
    QVERIFY(!id.isEmpty());
    QVERIFY(QFile::remove(path));  // the original goes away: the outbox has its own copy
    const QByteArray stored = readAll(mail.outboxEmlPath(id));
    QProcess *p = startStamp({QStringLiteral("outbox"), QStringLiteral("send"), id});
    QVERIFY(QTest::qWaitFor([&] { return server.scriptDone(); }, 30000));
    QCOMPARE(mail.loadOutbox(id)->status, MailItem::Status::Sending);
    p->kill();  // SIGKILL: no destructor, no last write
    QVERIFY(waitDone(p, 10000));

    // After the "restart": exactly once, in the outbox, with all its bytes; honest about the unknown.
    MailStore after;
    QCOMPARE(after.recoverInterrupted(), 1);
    QCOMPARE(after.outbox().size(), 1);
    QVERIFY(after.sent().isEmpty());
    const MailItem left = *after.loadOutbox(id);
    QCOMPARE(left.status, MailItem::Status::Failed);
    QCOMPARE(left.failureCategory, std::optional<Category>(Category::MayHaveBeenDelivered));
    QCOMPARE(readAll(after.outboxEmlPath(id)), stored);
    QCOMPARE(attachmentBytes(stored, "data.bin"), content);
    // Never resent in bulk; sent again when asked for by name, the same bytes.
    QString err;
    QCOMPARE(
        stamp({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--all")}, nullptr, &err), 0);
    QCOMPARE(server.connections(), 1);
    FakeServer again(greeting + envelope + dataAccepted + quit);
    QCOMPARE(stamp({QStringLiteral("outbox"), QStringLiteral("send"), id, QStringLiteral("--server"),
                    QStringLiteral("127.0.0.1:%1").arg(again.port())},
                   nullptr, &err),
             0);
    QCOMPARE(again.data().size(), 1);
    QCOMPARE(again.data().first().size(), stored.size() + 3);  // dot-stuffing is not needed in base64 lines
    QVERIFY(after.outbox().isEmpty());
    QCOMPARE(after.sent().size(), 1);
    QCOMPARE(readAll(after.sentEmlPath(id)), stored);
}

void TestOutboxCli::killDuringEnqueue()
{
    QByteArray content;
    const QString path = bigFile(QStringLiteral("big.bin"), 48, &content);
    QTcpServer closed;  // a port nobody answers on once closed
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    addAccount(port);
    const QString outbox = MailStore().folderPath(MailStore::Folder::Outbox);
    QProcess *p = startStamp({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("work"),
                              QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                              QStringLiteral("--subject"), QStringLiteral("Big"), QStringLiteral("--body"),
                              QStringLiteral("See attached."), QStringLiteral("--attach"), path});
    // The item's lock appears first, while the message is being written: kill it then.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !QDir(outbox).entryList({QStringLiteral("*.lock")}, QDir::Files).isEmpty()
                   || p->state() == QProcess::NotRunning;
        },
        30000));
    p->kill();
    QVERIFY(waitDone(p, 10000));

    // Whatever moment it was: either not queued at all, or queued once and complete.
    MailStore after;
    // A lock file the process had created but not yet filled is taken over once it is clearly abandoned.
    QVERIFY(QTest::qWaitFor(
        [&] {
            after.recoverInterrupted();
            return QDir(outbox).entryList({QStringLiteral("*.lock")}, QDir::Files).isEmpty();
        },
        10000));
    const QList<MailItem> items = after.outbox();
    QVERIFY(items.size() <= 1);
    QVERIFY(after.sent().isEmpty());
    const QStringList files = QDir(outbox).entryList(QDir::Files);
    qInfo("killed %s", items.isEmpty() ? "while the message was being written" : "after it was queued");
    if (items.isEmpty()) {
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    } else {
        const MailItem m = items.first();
        QCOMPARE(files.size(), 2);  // <id>.json and <id>.eml, nothing half-written
        const QByteArray eml = readAll(after.outboxEmlPath(m.id));
        QCOMPARE(qint64(eml.size()), m.emlSize);
        QCOMPARE(attachmentBytes(eml, "big.bin"), content);
    }
}

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "tst_outboxcli.moc"
