// The outbox as a queue, driven by a fake clock: retries on the RetryPolicy schedule (4xx yes, 5xx no),
// due times that survive a restart, undo send within and after its delay, a locked item left alone, and a
// partly sent message sent again to the refused recipients only. No widget: SendController is what the
// window and `stamp outbox send` drive.
#include "../fakeserver.h"
#include "itemlock.h"
#include "sendcontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace store;
using Category = smtp::Outcome::Category;

namespace {

const QStringList greeting{
    QStringLiteral("S: 220 fake.example ESMTP"),
    QStringLiteral("C: EHLO client.example"),
    QStringLiteral("S: 250-fake.example"),
    QStringLiteral("S: 250 8BITMIME"),
};
const QStringList quit{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};
const QStringList mailFrom{QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                           QStringLiteral("S: 250 2.1.0 Ok")};
const QStringList dataAccepted{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
                               QStringLiteral("D:"), QStringLiteral("S: 250 2.0.0 queued")};

QStringList rcpt(const QString &address, const QString &reply = QStringLiteral("250 2.1.5 Ok"))
{
    return {QStringLiteral("C: RCPT TO:<%1>").arg(address), QStringLiteral("S: ") + reply};
}

QStringList delivered()
{
    return greeting + mailFrom + rcpt(QStringLiteral("bob@example.org")) + dataAccepted + quit;
}

QStringList greylisted()
{
    return greeting
           + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                         QStringLiteral("S: 451 4.7.1 Greylisted, try again later")}
           + quit;
}

MailItem item()
{
    MailItem m;
    m.account = QStringLiteral("work");
    m.from = QStringLiteral("Ann <ann@example.org>");
    m.to = QStringLiteral("bob@example.org");
    m.subject = QStringLiteral("Hi");
    m.body = QStringLiteral("Hello Bob\n");
    return m;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestOutboxQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void temporaryFailuresAreRetriedOnSchedule();
    void permanentFailureWaitsForTheUser();
    void dueTimeSurvivesRestart();
    void undoWithinTheDelay();
    void undoAfterTheDelay();
    void lockedItemIsLeftAlone();
    void partlySentGoesAgainToTheRefusedOnly();

private:
    // A controller whose provider connects to whatever server m_port names at the time.
    std::unique_ptr<SendController> controller(MailStore *store);
    bool waitFinished(QSignalSpy &spy, int count)
    {
        return QTest::qWaitFor([&] { return spy.count() >= count; }, 10000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    smtp::FakeClock m_clock;
    quint16 m_port = 0;
    int m_optionRequests = 0;
};

void TestOutboxQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_optionRequests = 0;
}

std::unique_ptr<SendController> TestOutboxQueue::controller(MailStore *store)
{
    auto c = std::make_unique<SendController>(store, &m_clock);
    c->setOptionsProvider([this](const MailItem &, QObject *, SendController::OptionsDone done) {
        ++m_optionRequests;
        smtp::SessionOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = m_port;
        o.security = smtp::Security::None;
        o.ehloName = QStringLiteral("client.example");
        done(o, {});
    });
    return c;
}

void TestOutboxQueue::temporaryFailuresAreRetriedOnSchedule()
{
    MailStore store(m_dir->path());
    auto ctl = controller(&store);
    ctl->setAutomatic(true);
    QSignalSpy started(ctl.get(), &SendController::started);
    QSignalSpy finished(ctl.get(), &SendController::finished);

    auto first = std::make_unique<FakeServer>(greylisted());
    m_port = first->port();
    QString error;
    const QString id = ctl->submit(item(), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    const QByteArray stored = readAll(store.outboxEmlPath(id));
    QVERIFY(!stored.isEmpty());
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(finished.last().at(1).value<smtp::Outcome>().category, Category::TemporaryFailure);

    // 1, 2, 5 minutes: each attempt waits its delay, not a millisecond less.
    const QList<qint64> delays{60'000, 120'000, 300'000};
    for (int attempt = 1; attempt <= 3; ++attempt) {
        MailItem m = *store.loadOutbox(id);
        QCOMPARE(m.status, MailItem::Status::Waiting);
        QCOMPARE(m.attempts, attempt);
        QCOMPARE(m.dueAt, m_clock.now().addMSecs(delays.at(attempt - 1)));
        QCOMPARE(OutboxQueue::nextTryText(m).contains(QStringLiteral("attempt %1 of 8").arg(attempt + 1)),
                 true);
        QCOMPARE(ctl->queue()->nextDue(), m.dueAt);
        std::unique_ptr<FakeServer> next =
            std::make_unique<FakeServer>(attempt < 3 ? greylisted() : delivered());
        m_port = next->port();
        m_clock.advance(delays.at(attempt - 1) - 1);
        QTest::qWait(0);
        QCOMPARE(started.count(), attempt);  // not yet
        m_clock.advance(1);
        QVERIFY(QTest::qWaitFor([&] { return started.count() == attempt + 1; }, 5000));
        QVERIFY(waitFinished(finished, attempt + 1));
        QVERIFY2(next->errors().isEmpty(), qPrintable(next->errors().join(QLatin1Char('\n'))));
        if (attempt == 3) {
            // The retry sent the stored bytes as they were queued: same Date, same Message-ID.
            QCOMPARE(finished.last().at(1).value<smtp::Outcome>().category, Category::Sent);
            QCOMPARE(next->data().size(), 1);
            QCOMPARE(next->data().first(), stored + ".\r\n");
        }
        first = std::move(next);
    }
    QVERIFY(store.outbox().isEmpty());
    QCOMPARE(store.sent().size(), 1);
    QCOMPARE(store.sent().first().attempts, 4);
    QCOMPARE(readAll(store.sentEmlPath(id)), stored);
}

void TestOutboxQueue::permanentFailureWaitsForTheUser()
{
    FakeServer server(greeting
                      + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                                    QStringLiteral("S: 550 5.7.1 Not allowed")}
                      + quit);
    m_port = server.port();
    MailStore store(m_dir->path());
    auto ctl = controller(&store);
    ctl->setAutomatic(true);
    QSignalSpy started(ctl.get(), &SendController::started);
    QSignalSpy finished(ctl.get(), &SendController::finished);
    const QString id = ctl->submit(item());
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(store.loadOutbox(id)->status, MailItem::Status::Failed);
    QVERIFY(!store.loadOutbox(id)->dueAt.isValid());
    m_clock.advance(24 * 3600 * 1000LL);
    QTest::qWait(0);
    QCOMPARE(started.count(), 1);
    QCOMPARE(server.connections(), 1);
}

void TestOutboxQueue::dueTimeSurvivesRestart()
{
    FakeServer server(delivered());
    m_port = server.port();
    const QDateTime due = m_clock.now().addSecs(600);  // send later: in ten minutes
    QString id;
    {
        MailStore store(m_dir->path());
        auto ctl = controller(&store);
        id = ctl->submitAt(item(), due);
        QVERIFY(!id.isEmpty());
        QCOMPARE(store.loadOutbox(id)->status, MailItem::Status::Queued);
        QVERIFY(OutboxQueue::stateText(*store.loadOutbox(id)).contains(QLatin1String("to be sent at")));
    }
    // As after a restart: a new store and queue read the due time from disk.
    MailStore store(m_dir->path());
    auto ctl = controller(&store);
    QSignalSpy finished(ctl.get(), &SendController::finished);
    ctl->setAutomatic(true);
    QCOMPARE(ctl->queue()->nextDue(), due);
    QCOMPARE(ctl->queue()->waitingCount(), 1);
    m_clock.advance(599'999);
    QTest::qWait(0);
    QCOMPARE(server.connections(), 0);
    QCOMPARE(m_optionRequests, 0);
    m_clock.advance(1);
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(finished.first().at(1).value<smtp::Outcome>().category, Category::Sent);
    QCOMPARE(store.loadSent(id)->attempts, 1);
    QCOMPARE(ctl->queue()->waitingCount(), 0);
}

void TestOutboxQueue::undoWithinTheDelay()
{
    FakeServer server(delivered());
    m_port = server.port();
    MailStore store(m_dir->path());
    auto ctl = controller(&store);
    ctl->setAutomatic(true);
    const QString id = ctl->submitWithDelay(item(), 5000);
    QVERIFY(!id.isEmpty());
    m_clock.advance(4999);
    QTest::qWait(0);
    const std::optional<MailItem> back = ctl->undo(id);
    QVERIFY(back);
    QCOMPARE(back->subject, item().subject);
    QCOMPARE(back->body, item().body);
    QVERIFY(store.outbox().isEmpty());
    QVERIFY(!QFile::exists(store.outboxEmlPath(id)));
    m_clock.advance(60'000);
    QTest::qWait(50);
    QCOMPARE(server.connections(), 0);
    QCOMPARE(m_optionRequests, 0);
    QVERIFY(store.sent().isEmpty());
}

void TestOutboxQueue::undoAfterTheDelay()
{
    FakeServer server(delivered());
    m_port = server.port();
    MailStore store(m_dir->path());
    auto ctl = controller(&store);
    ctl->setAutomatic(true);
    QSignalSpy finished(ctl.get(), &SendController::finished);
    const QString id = ctl->submitWithDelay(item(), 5000);
    m_clock.advance(5000);
    QVERIFY(ctl->isBusy(id));
    QVERIFY(!ctl->undo(id));  // too late: the attempt has started
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(store.sent().size(), 1);
    QVERIFY(!ctl->undo(id));
}

void TestOutboxQueue::lockedItemIsLeftAlone()
{
    FakeServer server(delivered());
    m_port = server.port();
    MailStore store(m_dir->path());
    const QString id = store.enqueue(item());
    ItemLock other(store.lockPath(id));  // another process (or window) is sending it
    QVERIFY(other.tryLock());
    auto ctl = controller(&store);
    QString error;
    QVERIFY(!ctl->sendNow(id, &error));
    QVERIFY(!error.isEmpty());
    // The queue's own attempt (once the process that queued it had its chance to start it) finds it locked
    // too: nothing is sent, nothing about it changes.
    QSignalSpy finished(ctl.get(), &SendController::finished);
    ctl->setAutomatic(true);
    const qint64 wait = m_clock.now().msecsTo(OutboxQueue::effectiveDue(*store.loadOutbox(id)));
    QVERIFY(wait > 0);
    m_clock.advance(wait - 1);
    QTest::qWait(0);
    QCOMPARE(finished.count(), 0);
    m_clock.advance(1);
    QVERIFY(waitFinished(finished, 1));
    QCOMPARE(finished.first().at(2).toBool(), true);
    QCOMPARE(server.connections(), 0);
    QCOMPARE(store.loadOutbox(id)->status, MailItem::Status::Queued);
    QCOMPARE(store.loadOutbox(id)->attempts, 0);
    QString why;
    QVERIFY(!store.removeFromOutbox(id, &why));
    other.unlock();
    QVERIFY(ctl->sendNow(id, &error));
    QVERIFY(waitFinished(finished, 2));
    QCOMPARE(server.data().size(), 1);
}

void TestOutboxQueue::partlySentGoesAgainToTheRefusedOnly()
{
    MailStore store(m_dir->path());
    auto ctl = controller(&store);
    QSignalSpy finished(ctl.get(), &SendController::finished);
    MailItem m = item();
    m.cc = QStringLiteral("cyd@example.org");
    {
        FakeServer server(greeting + mailFrom + rcpt(QStringLiteral("bob@example.org"))
                          + rcpt(QStringLiteral("cyd@example.org"), QStringLiteral("550 5.1.1 No such user"))
                          + dataAccepted + quit);
        m_port = server.port();
        const QString id = ctl->submit(m);
        QVERIFY(waitFinished(finished, 1));
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QCOMPARE(finished.first().at(1).value<smtp::Outcome>().category, Category::PartlySent);
    }
    const QList<MailItem> outbox = store.outbox();
    QCOMPARE(outbox.size(), 1);
    const MailItem rest = outbox.first();
    QCOMPARE(rest.status, MailItem::Status::PartlySent);
    QCOMPARE(rest.envelopeTo, QStringList{QStringLiteral("cyd@example.org")});
    QVERIFY(rest.recipients.first().reply.startsWith(QLatin1String("550 5.1.1")));
    QCOMPARE(store.sent().size(), 1);  // the delivered copy

    // "Send to these recipients again": only cyd in the envelope.
    FakeServer again(greeting + mailFrom + rcpt(QStringLiteral("cyd@example.org")) + dataAccepted + quit);
    m_port = again.port();
    QVERIFY(ctl->sendNow(rest.id));
    QVERIFY(waitFinished(finished, 2));
    QVERIFY2(again.errors().isEmpty(), qPrintable(again.errors().join(QLatin1Char('\n'))));
    QCOMPARE(finished.last().at(1).value<smtp::Outcome>().category, Category::Sent);
    QVERIFY(store.outbox().isEmpty());
    QCOMPARE(store.sent().size(), 2);
}

QTEST_GUILESS_MAIN(TestOutboxQueue)
#include "tst_outboxqueue.moc"
