// The outbox in the window: a greylisted message waits for its retry with the next try and the attempt
// count in words, "Send again" sends it through the shared queue, the window counts what waits, and quitting
// while messages wait asks first.
#include "../fakeserver.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "draftstaging.h"
#include "editrecipientsdialog.h"
#include "outboxview.h"
#include "sendservice.h"
#include "uitest.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>
#include <sys/resource.h>

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
    void undoSendDelayIsASetting();
    void partlySentEditRecipientsThenSendAgain();
    void largeAttachmentIsQueuedOffTheGuiThread();
    void largeAttachmentDraftCopyIsMadeOffTheGuiThread();

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
    // Written to the outbox on a worker thread, then the window is free again.
    QTRY_VERIFY(!w->isSending());
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
    auto *undo = w->findChild<QToolButton *>(QStringLiteral("undoSendButton"));
    QTRY_VERIFY(undo->isVisible());  // once the message is in the outbox
    QCOMPARE(m_ctx->mail()->outbox().size(), 1);
    // Within the delay: Undo takes it back into the window, nothing goes out.
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

void TestOutboxView::undoSendDelayIsASetting()
{
    QTcpServer listener;  // nothing may connect while the delay runs
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_ctx->accounts()->save(account(listener.serverPort())));
    auto *w = new ComposerWindow(m_ctx);
    w->show();
    // Off by default, and reachable in the window: Options > Undo Send.
    QVERIFY(w->findChild<QMenu *>(QStringLiteral("undoSendMenu")));
    auto *off = w->findChild<QAction *>(QStringLiteral("undoDelayOffAction"));
    auto *five = w->findChild<QAction *>(QStringLiteral("undoDelay5Action"));
    QVERIFY(off && five);
    QVERIFY(off->isChecked());
    QVERIFY(!five->isChecked());
    QCOMPARE(m_ctx->settings()->undoSendDelaySeconds(), 0);
    five->trigger();
    QCOMPARE(m_ctx->settings()->undoSendDelaySeconds(), 5);
    QVERIFY(five->isChecked());
    QVERIFY(!off->isChecked());
    // Stored with QSettings: another window, and another run reading the same file, use it too.
    QCOMPARE(UiSettings(m_ctx->settings()->fileName()).undoSendDelaySeconds(), 5);
    auto *other = new ComposerWindow(m_ctx);
    QVERIFY(other->findChild<QAction *>(QStringLiteral("undoDelay5Action"))->isChecked());
    delete other;

    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit")),
                     QStringLiteral("Second thoughts"));
    w->send();
    QVERIFY(w->isSending());
    auto *undo = w->findChild<QToolButton *>(QStringLiteral("undoSendButton"));
    QTRY_VERIFY(undo->isVisible());
    const QList<store::MailItem> outbox = m_ctx->mail()->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().status, store::MailItem::Status::Queued);
    // Due about five seconds from now, not at once.
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(outbox.first().dueAt);
    QVERIFY2(wait > 3000 && wait <= 5000, qPrintable(QString::number(wait)));
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
    QVERIFY(!listener.hasPendingConnections());

    // Back to off: Send starts at once, with no Undo.
    off->trigger();
    QCOMPARE(m_ctx->settings()->undoSendDelaySeconds(), 0);
    w->send();
    QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), 10000);
    QVERIFY(!undo->isVisible());
    w->cancelSend();
}

void TestOutboxView::partlySentEditRecipientsThenSendAgain()
{
    // Bob gets it; the server refuses the mistyped address.
    FakeServer first(
        greeting
        + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<bob@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<carol@exmaple.org>*"),
                      QStringLiteral("S: 550 5.1.1 No such domain here"), QStringLiteral("C: DATA"),
                      QStringLiteral("S: 354 go"), QStringLiteral("D:"), QStringLiteral("S: 250 ok")}
        + quit);
    QVERIFY(m_ctx->accounts()->save(account(first.port())));
    auto *w = new ComposerWindow(m_ctx);
    w->show();
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("toEdit")),
                     QStringLiteral("bob@example.org, Carol <carol@exmaple.org>"));
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Two of us"));
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::PartlySent);
    // In Sent for Bob, in the outbox for Carol, with the server's reply.
    QCOMPARE(m_ctx->mail()->sent().size(), 1);
    const QList<store::MailItem> outbox = m_ctx->mail()->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().status, store::MailItem::Status::PartlySent);
    QCOMPARE(outbox.first().envelopeTo, QStringList{QStringLiteral("carol@exmaple.org")});
    const QByteArray storedBefore = [&] {
        QFile f(m_ctx->mail()->outboxEmlPath(outbox.first().id));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!storedBefore.isEmpty());

    w->outboxDock()->show();
    OutboxView *view = w->outboxView();
    QTreeWidget *list = view->outboxList();
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(OutboxView::ReasonColumn).contains(QLatin1String("550 5.1.1")));
    list->setCurrentItem(list->topLevelItem(0));
    QPushButton *again = view->sendAgainButton();
    QCOMPARE(again->text(), QStringLiteral("Send to these recipients again"));
    QPushButton *edit = w->findChild<QPushButton *>(QStringLiteral("outboxEditRecipients"));
    QVERIFY(edit && edit->isVisible() && edit->isEnabled());

    // Edit recipients: the dialog shows the refused address with its reply, and checks what is typed.
    QTest::mouseClick(edit, Qt::LeftButton);
    EditRecipientsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = uitest::findVisible<EditRecipientsDialog>(QStringLiteral("editRecipientsDialog"))));
    auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("recipientEdit0"));
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("carol@exmaple.org"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("recipientReply0"))
                ->text()
                .contains(QLatin1String("550")));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("editRecipientsSave"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("recipientsError"));
    line->setText(QStringLiteral("carol at example.org"));
    QVERIFY(!save->isEnabled());
    QVERIFY(error->isVisible() && !error->text().isEmpty());
    line->setText(QStringLiteral("carol@example.org\r\nRCPT TO:<eve@example.org>"));
    QVERIFY(!save->isEnabled());
    line->clear();
    QVERIFY(!save->isEnabled());  // nobody left: delete the message instead
    line->setText(QStringLiteral("Carol <carol@example.org>"));
    QVERIFY(save->isEnabled());
    QVERIFY(!error->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!uitest::findVisible<EditRecipientsDialog>(QStringLiteral("editRecipientsDialog")));
    std::optional<store::MailItem> corrected = m_ctx->mail()->loadOutbox(outbox.first().id);
    QVERIFY(corrected);
    QCOMPARE(corrected->envelopeTo, QStringList{QStringLiteral("carol@example.org")});
    QCOMPARE(corrected->status, store::MailItem::Status::PartlySent);
    // The stored message is the one Bob got, header fields included (see store/correctrecipients.cpp).
    QFile stored(m_ctx->mail()->outboxEmlPath(outbox.first().id));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), storedBefore);
    stored.close();

    // "Send to these recipients again": only Carol, at the corrected address, the same message.
    FakeServer second(
        greeting
        + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<carol@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                      QStringLiteral("S: 250 ok")}
        + quit);
    QVERIFY(m_ctx->accounts()->save(account(second.port())));
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_ctx->mail()->sent().size(), 2, 20000);
    QVERIFY2(second.errors().isEmpty(), qPrintable(second.errors().join(QLatin1Char('\n'))));
    QCOMPARE(second.data().size(), 1);
    QCOMPARE(second.data().first(), first.data().first());
    QTRY_VERIFY(m_ctx->mail()->outbox().isEmpty());
}

namespace {
qint64 peakRssBytes()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_maxrss) * 1024;  // kilobytes on Linux
}
}  // namespace

void TestOutboxView::largeAttachmentIsQueuedOffTheGuiThread()
{
    // 96 MiB of random bytes: base64 makes 130 MB of it in the outbox copy.
    constexpr qint64 Size = 96ll << 20;
    const QString path = m_dir + QStringLiteral("/big.bin");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 done = 0; done < Size; done += chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                                  chunk.size() / 4);
            QCOMPARE(f.write(chunk), qint64(chunk.size()));
        }
    }
    QTcpServer listener;  // takes the connection and says nothing: only the enqueue is measured
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_ctx->accounts()->save(account(listener.serverPort())));
    auto *w = new ComposerWindow(m_ctx);
    w->show();
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Big one"));
    w->attachFiles({path});
    QTRY_COMPARE(w->currentItem().attachments.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!w->draftId().isEmpty(), 30000);  // the draft's own copy, made beforehand
    const qint64 before = peakRssBytes();

    // The event loop keeps turning while the message is written.
    int ticks = 0;
    QTimer tick;
    tick.setInterval(20);
    connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
    tick.start();
    w->send();
    // send() returned at once: nothing is in the outbox yet, the window says what it is doing, busy.
    QVERIFY(w->isSending());
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
    QCOMPARE(w->findChild<QLabel *>(QStringLiteral("sendingLabel"))->text(),
             QStringLiteral("Putting the message in the outbox…"));
    QCOMPARE(w->findChild<QProgressBar *>(QStringLiteral("sendProgress"))->maximum(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), 120000);  // in the outbox, attempt started
    tick.stop();
    QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    const QList<store::MailItem> outbox = m_ctx->mail()->outbox();
    QCOMPARE(outbox.size(), 1);
    QVERIFY(outbox.first().emlSize > Size * 4 / 3);
    // Streamed: the process never held the file (or its base64) in memory.
    const qint64 grown = peakRssBytes() - before;
    qInfo("enqueue of %lld MiB: %d event-loop ticks, peak RSS grew by %lld MiB", Size >> 20, ticks,
          grown >> 20);
    QVERIFY2(grown < 48ll << 20, qPrintable(QString::number(grown >> 20)));
    w->cancelSend();
    QTRY_VERIFY(!w->isSending());
}

void TestOutboxView::largeAttachmentDraftCopyIsMadeOffTheGuiThread()
{
    // The draft keeps a copy of each attachment; for a large one that copy is made on a worker thread
    // beforehand, and the save only moves it into place (the same file: same inode).
    const QString path = m_dir + QStringLiteral("/draft-big.bin");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 48; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                                  chunk.size() / 4);
            QCOMPARE(f.write(chunk), qint64(chunk.size()));
        }
    }
    QVERIFY(m_ctx->accounts()->save(account(1)));
    auto *w = new ComposerWindow(m_ctx);
    w->show();
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit")),
                     QStringLiteral("Draft with a big file"));
    const QString staged =
        store::DraftStaging::stagedPath(m_ctx->mail()->folderPath(store::MailStore::Folder::Drafts), path);
    w->attachFiles({path});
    // attachFiles returned at once: the copy runs on a worker thread; the autosave waits for it.
    auto *staging = w->findChild<store::DraftStaging *>();
    QVERIFY(staging);
    QVERIFY(staging->isStaging());
    QVERIFY(!QFile::exists(staged));
    QTRY_VERIFY_WITH_TIMEOUT(!staging->isStaging(), 60000);
    // Then the autosave moves the finished copy into the draft's own folder.
    QTRY_VERIFY_WITH_TIMEOUT(!w->draftId().isEmpty(), 20000);
    const store::MailItem draft = *m_ctx->mail()->loadDraft(w->draftId());
    QCOMPARE(draft.attachmentSources, QStringList{path});
    QCOMPARE(draft.attachments.size(), 1);
    QVERIFY(
        draft.attachments.first().startsWith(m_ctx->mail()->folderPath(store::MailStore::Folder::Drafts)));
    QCOMPARE(QFileInfo(draft.attachments.first()).size(), qint64(48) << 20);
    QVERIFY(!QFile::exists(staged));  // moved, not copied a second time
    QVERIFY(!QFileInfo::exists(QFileInfo(staged).absolutePath()));
}

STAMP_UI_TEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
