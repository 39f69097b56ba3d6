// Submission: an outbox item sent through a real Session to a scripted fake server ends in Sent when
// delivered, and stays in the outbox with the reason when not.
#include "../fakeserver.h"
#include "submission.h"

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

MailItem item()
{
    MailItem m;
    m.account = QStringLiteral("work");
    m.from = QStringLiteral("Ann <ann@example.org>");
    m.to = QStringLiteral("bob@example.org");
    m.bcc = QStringLiteral("hidden@example.org");
    m.subject = QStringLiteral("Hi");
    m.body = QStringLiteral("Hello Bob\n");
    return m;
}

smtp::SessionOptions options(quint16 port)
{
    smtp::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.security = smtp::Security::None;
    o.ehloName = QStringLiteral("client.example");
    o.timeouts = smtp::Timeouts::uniform(10000);
    return o;
}

}  // namespace

class TestSubmission : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void successMovesToSent();
    void refusedStaysInOutboxWithReason();
    void retryKeepsMessageId();
    void cancelKeepsItem();
    void missingItemAnswersLater();
    void badAddressFailsWithoutConnecting();
    void retriedRecipientsKeepOneMessageAndACompleteCopy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSubmission::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSubmission::successMovesToSent()
{
    FakeServer server(greeting
                      + QStringList{
                          QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                          QStringLiteral("S: 250 2.1.0 Ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.org>"),
                          QStringLiteral("S: 250 2.1.5 Ok"),
                          QStringLiteral("C: RCPT TO:<hidden@example.org>"),
                          QStringLiteral("S: 250 2.1.5 Ok"),
                          QStringLiteral("C: DATA"),
                          QStringLiteral("S: 354 go ahead"),
                          QStringLiteral("D:"),
                          QStringLiteral("S: 250 2.0.0 queued as 1"),
                          QStringLiteral("C: QUIT"),
                          QStringLiteral("S: 221 bye"),
                          QStringLiteral("X"),
                      });
    MailStore store(m_dir->path());
    const QString id = store.enqueue(item());
    Submission submission(&store, id, options(server.port()));
    QSignalSpy finished(&submission, &Submission::finished);
    QSignalSpy transcript(&submission, &Submission::transcript);
    QSignalSpy progress(&submission, &Submission::progress);
    submission.start();
    QVERIFY(submission.isRunning());
    QCOMPARE(store.loadOutbox(id)->status, MailItem::Status::Sending);  // recorded before the first byte
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    const auto outcome = finished.first().first().value<smtp::Outcome>();
    QCOMPARE(outcome.category, Category::Sent);
    QVERIFY(transcript.count() > 5);
    QVERIFY(progress.count() > 0);

    QVERIFY(store.outbox().isEmpty());
    const QList<MailItem> sent = store.sent();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().id, id);
    QCOMPARE(sent.first().recipients.size(), 2);
    QVERIFY(sent.first().recipients.at(0).accepted);
    // The Sent copy is the message exactly as it went out (minus SMTP's dot-stuffing and final dot), without
    // Bcc.
    QFile f(store.sentEmlPath(id));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray eml = f.readAll();
    QCOMPARE(server.data().size(), 1);
    QCOMPARE(eml + ".\r\n", server.data().first());
    QVERIFY(!eml.toLower().contains("bcc"));
    QVERIFY(!eml.contains("hidden@"));
    QVERIFY(eml.contains("Message-ID: <" + sent.first().messageId + ">"));
    QTRY_VERIFY(!submission.hasSession());  // the session is cleaned up
}

void TestSubmission::refusedStaysInOutboxWithReason()
{
    FakeServer server(greeting
                      + QStringList{
                          QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                          QStringLiteral("S: 550 5.7.1 Sender not allowed here"),
                          QStringLiteral("C: QUIT"),
                          QStringLiteral("S: 221 bye"),
                          QStringLiteral("X"),
                      });
    MailStore store(m_dir->path());
    const QString id = store.enqueue(item());
    Submission submission(&store, id, options(server.port()));
    QSignalSpy finished(&submission, &Submission::finished);
    submission.start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    const auto outcome = submission.outcome();
    QCOMPARE(outcome.category, Category::PermanentFailure);
    QVERIFY(store.sent().isEmpty());

    // Nothing lost: a fresh store (as after a restart) still has the whole message, with the reason.
    const QList<MailItem> outbox = MailStore(m_dir->path()).outbox();
    QCOMPARE(outbox.size(), 1);
    const MailItem m = outbox.first();
    QCOMPARE(m.status, MailItem::Status::Failed);
    QCOMPARE(m.failureCategory, std::optional<Category>(Category::PermanentFailure));
    QCOMPARE(m.failureReason, outcome.summary);
    QVERIFY(!m.failureReason.isEmpty());
    QVERIFY2(m.failureReply.startsWith(QLatin1String("550 5.7.1")), qPrintable(m.failureReply));
    QCOMPARE(m.body, item().body);
    QCOMPARE(m.bcc, item().bcc);
    QCOMPARE(m.attempts, 1);
}

void TestSubmission::retryKeepsMessageId()
{
    MailStore store(m_dir->path());
    const QString id = store.enqueue(item());
    QByteArray firstId;
    {
        FakeServer server(QStringList{QStringLiteral("S: 421 4.3.2 Try later"), QStringLiteral("X")});
        Submission submission(&store, id, options(server.port()));
        QSignalSpy finished(&submission, &Submission::finished);
        submission.start();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
        QCOMPARE(submission.outcome().category, Category::TemporaryFailure);
        firstId = store.loadOutbox(id)->messageId;
        QVERIFY(!firstId.isEmpty());
    }
    FakeServer server(greeting
                      + QStringList{
                          QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                          QStringLiteral("S: 250 Ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.org>"),
                          QStringLiteral("S: 250 Ok"),
                          QStringLiteral("C: RCPT TO:<hidden@example.org>"),
                          QStringLiteral("S: 250 Ok"),
                          QStringLiteral("C: DATA"),
                          QStringLiteral("S: 354 go ahead"),
                          QStringLiteral("D:"),
                          QStringLiteral("S: 250 queued"),
                          QStringLiteral("C: QUIT"),
                          QStringLiteral("S: 221 bye"),
                          QStringLiteral("X"),
                      });
    Submission submission(&store, id, options(server.port()));
    QSignalSpy finished(&submission, &Submission::finished);
    submission.start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    QCOMPARE(submission.outcome().category, Category::Sent);
    QCOMPARE(store.loadSent(id)->messageId, firstId);
    QCOMPARE(store.loadSent(id)->attempts, 2);
    QVERIFY(server.data().first().contains("Message-ID: <" + firstId + ">"));
}

void TestSubmission::cancelKeepsItem()
{
    // The server greets and then says nothing more: the submission waits until cancelled.
    FakeServer server(
        QStringList{QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO client.example")});
    MailStore store(m_dir->path());
    const QString id = store.enqueue(item());
    Submission submission(&store, id, options(server.port()));
    QSignalSpy finished(&submission, &Submission::finished);
    submission.start();
    QVERIFY(QTest::qWaitFor([&] { return server.scriptDone(); }, 10000));
    submission.cancel();
    QCOMPARE(finished.count(), 0);  // the answer comes from the event loop, not from inside cancel()
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    QCOMPARE(submission.outcome().category, Category::Cancelled);
    QCOMPARE(store.loadOutbox(id)->status, MailItem::Status::Failed);
    QCOMPARE(store.loadOutbox(id)->failureCategory, std::optional<Category>(Category::Cancelled));
}

void TestSubmission::missingItemAnswersLater()
{
    MailStore store(m_dir->path());
    Submission submission(&store, QStringLiteral("20260101T000000000-deadbeef"), options(1));
    QSignalSpy finished(&submission, &Submission::finished);
    submission.start();
    QCOMPARE(finished.count(), 0);
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 5000));
    QCOMPARE(submission.outcome().category, Category::LocalError);
    QVERIFY(store.outbox().isEmpty());
    QVERIFY(store.sent().isEmpty());
}

void TestSubmission::badAddressFailsWithoutConnecting()
{
    // A stored item whose envelope cannot be used (edited by hand, say) fails without connecting.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    MailStore store(m_dir->path());
    const QString id = store.enqueue(item());
    {
        const QString path =
            store.folderPath(MailStore::Folder::Outbox) + QLatin1Char('/') + id + QStringLiteral(".json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        json.replace("\"envelopeFrom\": \"ann@example.org\"", "\"envelopeFrom\": \"not an address\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    }
    Submission submission(&store, id, options(listener.serverPort()));
    QSignalSpy finished(&submission, &Submission::finished);
    submission.start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 5000));
    QCOMPARE(submission.outcome().category, Category::LocalError);
    QVERIFY(!listener.hasPendingConnections());
    QCOMPARE(store.loadOutbox(id)->status, MailItem::Status::Failed);
    QCOMPARE(store.loadOutbox(id)->failureReason, submission.outcome().summary);
}

// Recipients refused with 452 go again in a second transaction (RFC 5321 §4.5.3.1.10): still one item, one
// outcome, and the Sent copy is the complete message even when the second round's DATA is refused.
void TestSubmission::retriedRecipientsKeepOneMessageAndACompleteCopy()
{
    FakeServer server(greeting
                      + QStringList{
                          QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                          QStringLiteral("S: 250 2.1.0 Ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.org>"),
                          QStringLiteral("S: 250 2.1.5 Ok"),
                          QStringLiteral("C: RCPT TO:<hidden@example.org>"),
                          QStringLiteral("S: 452 4.5.3 Too many recipients"),
                          QStringLiteral("C: DATA"),
                          QStringLiteral("S: 354 go ahead"),
                          QStringLiteral("D:"),
                          QStringLiteral("S: 250 2.0.0 queued as 1"),
                          QStringLiteral("C: RSET"),
                          QStringLiteral("S: 250 Ok"),
                          QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                          QStringLiteral("S: 250 2.1.0 Ok"),
                          QStringLiteral("C: RCPT TO:<hidden@example.org>"),
                          QStringLiteral("S: 250 2.1.5 Ok"),
                          QStringLiteral("C: DATA"),
                          QStringLiteral("S: 554 5.3.0 not now"),
                          QStringLiteral("C: RSET"),
                          QStringLiteral("S: 250 Ok"),
                          QStringLiteral("C: QUIT"),
                          QStringLiteral("S: 221 bye"),
                          QStringLiteral("X"),
                      });
    MailStore store(m_dir->path());
    const QString id = store.enqueue(item());
    Submission submission(&store, id, options(server.port()));
    QSignalSpy finished(&submission, &Submission::finished);
    submission.start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    const auto outcome = finished.first().first().value<smtp::Outcome>();
    QCOMPARE(outcome.category, Category::PartlySent);
    QCOMPARE(outcome.recipients.size(), 2);
    QVERIFY(outcome.recipients.at(0).accepted);
    QVERIFY(!outcome.recipients.at(1).accepted);
    // Issue 9: the delivered copy is in Sent; the item stays in the outbox for the refused recipient only.
    QCOMPARE(store.outbox().size(), 1);
    QCOMPARE(store.outbox().first().status, MailItem::Status::PartlySent);
    QCOMPARE(store.sent().size(), 1);
    QFile f(store.sentEmlPath(store.sent().first().id));  // the delivered copy has an id of its own
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(server.data().size(), 1);
    QCOMPARE(f.readAll() + ".\r\n", server.data().first());
}

QTEST_GUILESS_MAIN(TestSubmission)
#include "tst_submission.moc"
