// The outbox in the window: a greylisted message waits for its retry with the next try and the attempt
// count in words, "Send again" sends it through the shared queue, the window counts what waits, and quitting
// while messages wait asks first.
#include "../fakeserver.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "outboxview.h"
#include "sendservice.h"
#include "uitest.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>

using namespace ui;
using Category = smtp::Outcome::Category;

namespace {

const QStringList greeting{
    QStringLiteral("S: 220 fake.example ESMTP"),
    QStringLiteral("C: EHLO *"),
    QStringLiteral("S: 250-fake.example"),
    QStringLiteral("S: 250 8BITMIME"),
};
const QStringList quit{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};

store::Account account(quint16 port)
{
    store::Account a;
    a.name = QStringLiteral("test");
    a.displayName = QStringLiteral("Ann Example");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = smtp::Security::None;
    return a;
}

}  // namespace

class TestOutboxView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void greylistedWaitsThenSendsAgain();
    void quitWhileWaitingAsks();
    void sendLaterThenUndo();
    void undoSendWithinAndAfterTheDelay();

private:
    AppContext *m_ctx = nullptr;
    QString m_dir;
};

void TestOutboxView::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/case-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
}

void TestOutboxView::cleanup()
{
    // Guarded: a dialog among the top-level widgets goes with its window.
    QList<QPointer<QWidget>> all;
    for (QWidget *w : QApplication::topLevelWidgets())
        all << w;
    for (const QPointer<QWidget> &w : all)
        if (w && qobject_cast<ComposerWindow *>(w.data()))
            delete w.data();
    delete m_ctx;
    m_ctx = nullptr;
}

void TestOutboxView::greylistedWaitsThenSendsAgain()
{
    FakeServer greylisting(greeting
                           + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
                                         QStringLiteral("S: 451 4.7.1 Greylisted, try again later")}
                           + quit);
    QVERIFY(m_ctx->accounts()->save(account(greylisting.port())));
    auto *w = new ComposerWindow(m_ctx);
    w->show();
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Greylisted"));
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::TemporaryFailure);

    // In the outbox, waiting for its retry, with the next try and the attempt count.
    w->outboxDock()->show();
    QTreeWidget *list = w->outboxView()->outboxList();
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *row = list->topLevelItem(0);
    QVERIFY2(row->text(OutboxView::StatusColumn).contains(QLatin1String("waiting for a retry")),
             qPrintable(row->text(OutboxView::StatusColumn)));
    QVERIFY(row->text(OutboxView::StatusColumn).contains(QLatin1String("attempt 2 of 8")));
    QVERIFY(!row->text(OutboxView::NextTryColumn).isEmpty());
    QCOMPARE(row->text(OutboxView::AttemptsColumn), QStringLiteral("1 of 8"));
    QVERIFY(row->text(OutboxView::ReasonColumn).contains(QLatin1String("451 4.7.1")));
    auto *count = w->findChild<QToolButton *>(QStringLiteral("outboxCount"));
    QVERIFY(count->isVisible());
    QVERIFY(count->text().contains(QLatin1Char('1')));

    // "Send again": now, through the same queue, to a server that takes it.
    FakeServer accepting(
        greeting
        + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<bob@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                      QStringLiteral("S: 250 ok")}
        + quit);
    QVERIFY(m_ctx->accounts()->save(account(accepting.port())));
    list->setCurrentItem(row);
    QPushButton *again = w->outboxView()->sendAgainButton();
    QVERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_ctx->mail()->sent().size(), 1, 20000);
    QVERIFY2(accepting.errors().isEmpty(), qPrintable(accepting.errors().join(QLatin1Char('\n'))));
    QTRY_COMPARE(list->topLevelItemCount(), 0);
    QTRY_VERIFY(!count->isVisible());
}

void TestOutboxView::quitWhileWaitingAsks()
{
    QVERIFY(m_ctx->accounts()->save(account(1)));
    auto *w = new ComposerWindow(m_ctx);
    w->show();
    store::MailItem item;
    item.account = QStringLiteral("test");
    item.from = QStringLiteral("Ann Example <ann@example.org>");
    item.to = QStringLiteral("bob@example.org");
    item.subject = QStringLiteral("Later");
    // Send later: due in an hour.
    QVERIFY(!sendController(m_ctx)->submitAt(item, QDateTime::currentDateTime().addSecs(3600)).isEmpty());
    w->close();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = uitest::findVisible<QMessageBox>(QStringLiteral("quitWithWaiting"))));
    QVERIFY(box->text().contains(QLatin1String("1 message")));
    uitest::press(box, QMessageBox::Cancel);
    QVERIFY(w->isVisible());
    w->close();
    QTRY_VERIFY((box = uitest::findVisible<QMessageBox>(QStringLiteral("quitWithWaiting"))));
    uitest::press(box, QMessageBox::Yes);
    QTRY_VERIFY(!w->isVisible());
    QCOMPARE(m_ctx->mail()->outbox().size(), 1);  // still there for the next run
}

void TestOutboxView::sendLaterThenUndo()
{
    QTcpServer listener;  // nothing may connect: the message waits for its time
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_ctx->accounts()->save(account(listener.serverPort())));
    auto *w = new ComposerWindow(m_ctx);
    w->show();
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Tomorrow"));
    const QDateTime when = QDateTime::currentDateTime().addSecs(86400);
    w->sendLater(when);
    const QList<store::MailItem> outbox = m_ctx->mail()->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().status, store::MailItem::Status::Queued);
    QCOMPARE(outbox.first().dueAt.toSecsSinceEpoch(), when.toSecsSinceEpoch());
    QVERIFY(!w->isSending());
    QVERIFY(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text().isEmpty());  // free for the next
    auto *undo = w->findChild<QToolButton *>(QStringLiteral("undoSendButton"));
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
    QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("Tomorrow"));
    QVERIFY(!undo->isVisible());
    QTest::qWait(50);
    QVERIFY(!listener.hasPendingConnections());
}

void TestOutboxView::undoSendWithinAndAfterTheDelay()
{
    FakeServer server(
        greeting
        + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<bob@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                      QStringLiteral("S: 250 ok")}
        + quit);
    QVERIFY(m_ctx->accounts()->save(account(server.port())));
    auto *w = new ComposerWindow(m_ctx);
    w->show();
    w->setUndoSendDelay(60'000);
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Oops"));
    w->send();
    QVERIFY(w->isSending());
    QCOMPARE(m_ctx->mail()->outbox().size(), 1);
    // Within the delay: Undo takes it back into the window, nothing goes out.
    auto *undo = w->findChild<QToolButton *>(QStringLiteral("undoSendButton"));
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(!w->isSending());
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
    QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("Oops"));
    QCOMPARE(server.connections(), 0);
    // After the delay: sent, and Undo is gone once the attempt started.
    w->setUndoSendDelay(1);
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::Sent);
    QVERIFY(!undo->isVisible());
    QCOMPARE(server.data().size(), 1);
}

STAMP_UI_TEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
