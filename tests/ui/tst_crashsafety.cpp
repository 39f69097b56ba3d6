// Crash safety with the real `stamp` binary: killed with SIGKILL, nothing the user wrote or queued is lost.
//  - the window, opened from a mailto: link, saves a draft on its own; after kill -9 a new start restores it;
//  - a message being sent (the server stalls after the content) stays in the outbox after kill -9, and the
//    next start marks it "may have been delivered" and shows it in the outbox.
#include "../fakeserver.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "outboxview.h"
#include "resultpanel.h"
#include "startup.h"
#include "uitest.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTreeWidget>

using namespace ui;
using Category = smtp::Outcome::Category;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void draftSurvivesKill();
    void outboxSurvivesKillDuringSend();

private:
    static void startStamp(QProcess *p, const QStringList &args);
};

void TestCrashSafety::startStamp(QProcess *p, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(STAMP_BINARY), args);
    QVERIFY2(p->waitForStarted(10000), qPrintable(p->errorString()));
}

void TestCrashSafety::draftSurvivesKill()
{
    // The same folders the binary uses: this process has the same HOME and application names.
    AppContext ctx;
    QVERIFY(ctx.mail()->drafts().isEmpty());
    store::Account a;
    a.name = QStringLiteral("local");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = 2525;
    a.security = smtp::Security::None;
    QVERIFY(ctx.accounts()->save(a));

    QProcess stamp;
    startStamp(
        &stamp,
        {QStringLiteral("mailto:dora@example.org?subject=Before%20the%20crash&body=Every%20word%20counts")});
    // The window saves the draft by itself within a couple of seconds.
    QTRY_VERIFY_WITH_TIMEOUT(!ctx.mail()->drafts().isEmpty(), 30000);
    QCOMPARE(stamp.state(), QProcess::Running);
    stamp.kill();  // SIGKILL: no clean-up of any kind
    QVERIFY(stamp.waitForFinished(10000));
    QCOMPARE(stamp.exitStatus(), QProcess::CrashExit);

    ComposerWindow *w = openStartupWindow(&ctx, {});
    QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("toEdit"))->text(), QStringLiteral("dora@example.org"));
    QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(),
             QStringLiteral("Before the crash"));
    QVERIFY(w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
                ->toPlainText()
                .startsWith(QStringLiteral("Every word counts")));
    QCOMPARE(w->draftId(), ctx.mail()->drafts().first().id);
    delete w;
    QVERIFY(ctx.mail()->removeDraft(ctx.mail()->drafts().first().id));
}

void TestCrashSafety::outboxSurvivesKillDuringSend()
{
    AppContext ctx;
    // Everything up to the end of the content, then silence: the message is complete on the server's side
    // but not confirmed, the worst moment to be killed.
    FakeServer server({QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO *"),
                       QStringLiteral("S: 250-fake.example"), QStringLiteral("S: 250 8BITMIME"),
                       QStringLiteral("C: MAIL FROM:<ann@example.org>*"), QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: RCPT TO:<bob@example.org>*"), QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"), QStringLiteral("D:")});
    store::Account a;
    a.name = QStringLiteral("stall");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = server.port();
    a.security = smtp::Security::None;
    QVERIFY(ctx.accounts()->save(a));

    // `stamp send --account` goes through the same outbox and Submission as the window's Send.
    QProcess stamp;
    startStamp(&stamp, {QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("stall"),
                        QStringLiteral("--to"), QStringLiteral("bob@example.org"),
                        QStringLiteral("--subject"), QStringLiteral("Killed while sending"),
                        QStringLiteral("--body"), QStringLiteral("Still here?")});
    QTRY_COMPARE_WITH_TIMEOUT(server.data().size(), 1, 30000);
    QVERIFY(server.data().first().contains("Subject: Killed while sending"));
    stamp.kill();
    QVERIFY(stamp.waitForFinished(10000));

    QList<store::MailItem> outbox = ctx.mail()->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().status, store::MailItem::Status::Sending);
    const QString id = outbox.first().id;

    // The next start: the item is marked as possibly delivered and shown, with the reason.
    ComposerWindow *w = openStartupWindow(&ctx, {});
    outbox = ctx.mail()->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().status, store::MailItem::Status::Failed);
    QCOMPARE(outbox.first().failureCategory, Category::MayHaveBeenDelivered);
    QVERIFY(w->outboxDock()->isVisible());
    QTreeWidget *list = w->outboxView()->outboxList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!list->topLevelItem(0)->text(OutboxView::ReasonColumn).isEmpty());
    // Opened, it shows what happened and can be checked and sent again.
    w->openItem(store::MailStore::Folder::Outbox, id);
    QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(),
             QStringLiteral("Killed while sending"));
    QVERIFY(w->resultPanel()->headline().contains(QStringLiteral("Perhaps sent")));
    delete w;
}

STAMP_UI_TEST_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
