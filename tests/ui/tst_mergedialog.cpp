// Tools > Mail Merge (issue 13), driven against the scripted fake server: the window's message with
// {{placeholders}} as the template, a three-row CSV with one bad row; the problems are listed before sending,
// the preview shows a row's own text, Send delivers exactly the good rows with their own greeting through the
// outbox (one connection), and a merge stopped halfway and resumed sends no row twice.
#include "../fakeserver.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "logpane.h"
#include "mergedialog.h"
#include "transcriptmodel.h"
#include "uitest.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTreeWidget>
#include <functional>

using namespace ui;

namespace {

const QStringList greeting{
    QStringLiteral("S: 220 fake.example ESMTP"),
    QStringLiteral("C: EHLO *"),
    QStringLiteral("S: 250-fake.example"),
    QStringLiteral("S: 250 8BITMIME"),
};
const QStringList quit{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};

// One row's transaction, without PIPELINING.
QStringList row(const QString &address, const QString &finalReply = QStringLiteral("250 2.0.0 queued"))
{
    return {QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
            QStringLiteral("S: 250 2.1.0 Ok"),
            QStringLiteral("C: RCPT TO:<%1>*").arg(address),
            QStringLiteral("S: 250 2.1.5 Ok"),
            QStringLiteral("C: DATA"),
            QStringLiteral("S: 354 go ahead"),
            QStringLiteral("D:"),
            QStringLiteral("S: ") + finalReply};
}

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

// Row 3's address does not parse: it is listed, and never sent.
const QByteArray threeRows = "name,email,code\n"
                             "Ann,ann@example.org,1\n"
                             "Bob,bob@example.org,2\n"
                             "Cy,not an address,3\n";

}  // namespace

class TestMergeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void problemsAndPreviewBeforeSending();
    void unknownPlaceholderRefusesTheMerge();
    void sendDeliversTheGoodRows();
    void tlsReportInTheLogPane();
    void stoppedThenResumedSendsNoneTwice();
    void temporaryFailureStaysForRetry();
    void followsTheWindowsMessage();
    void csvErrorIsListed();
    void closingWhileSendingStops();

private:
    ComposerWindow *window(quint16 port, smtp::Security security = smtp::Security::None);
    MergeDialog *openMerge(ComposerWindow *w, const QByteArray &csv);
    AppContext *m_ctx = nullptr;
    QString m_dir;
};

void TestMergeDialog::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/case-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
}

void TestMergeDialog::cleanup()
{
    QList<QPointer<QWidget>> all;
    for (QWidget *w : QApplication::topLevelWidgets())
        all << w;
    for (const QPointer<QWidget> &w : all)
        if (w && qobject_cast<ComposerWindow *>(w.data()))
            delete w.data();
    delete m_ctx;
    m_ctx = nullptr;
}

// A window whose message is the template: To, Subject and text with placeholders.
ComposerWindow *TestMergeDialog::window(quint16 port, smtp::Security security)
{
    store::Account a = account(port);
    a.security = security;
    if (security != smtp::Security::None)
        a.caFile = FakeServer::dataPath(QStringLiteral("ca.pem"));  // the CA of the fake server's certificate
    if (!m_ctx->accounts()->save(a))
        return nullptr;
    auto *w = new ComposerWindow(m_ctx);
    w->show();
    w->findChild<QLineEdit *>(QStringLiteral("toEdit"))->setText(QStringLiteral("{{name}} <{{email}}>"));
    w->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Hello {{name}}"));
    w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
        ->setPlainText(QStringLiteral("Dear {{ name }},\nyour code is {{code}}.\n"));
    return w;
}

MergeDialog *TestMergeDialog::openMerge(ComposerWindow *w, const QByteArray &csv)
{
    const QString path = m_dir + QStringLiteral("/rows.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return nullptr;
    f.close();
    QAction *action = w->findChild<QAction *>(QStringLiteral("mailMergeAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *d = uitest::findVisible<MergeDialog>(QStringLiteral("mergeDialog"));
    if (d)
        d->setCsvFile(path);
    return d;
}

void TestMergeDialog::problemsAndPreviewBeforeSending()
{
    ComposerWindow *w = window(2525);
    QVERIFY(w);
    MergeDialog *d = openMerge(w, threeRows);
    QVERIFY(d);
    // The bad row, with its row number, its line and why; the good rows are not named.
    const QString problems = d->problems()->toPlainText();
    QVERIFY2(problems.contains(QLatin1String("Row 3 (line 4)")), qPrintable(problems));
    QVERIFY2(!problems.contains(QLatin1String("Row 1")) && !problems.contains(QLatin1String("Row 2")),
             qPrintable(problems));
    QCOMPARE(d->rowList()->topLevelItemCount(), 3);
    QCOMPARE(d->rowList()->topLevelItem(1)->text(MergeDialog::ToColumn),
             QStringLiteral("Bob <bob@example.org>"));
    QVERIFY(d->sendButton()->isEnabled());

    // Row 2 as it will go: its own recipient, subject and greeting, nothing of another row.
    d->showRow(2);
    const QString preview = d->preview()->toPlainText();
    QVERIFY2(preview.contains(QLatin1String("To: Bob <bob@example.org>")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Subject: Hello Bob")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Dear Bob,\nyour code is 2.")), qPrintable(preview));
    QVERIFY2(!preview.contains(QLatin1String("{{")) && !preview.contains(QLatin1String("Dear Ann")),
             qPrintable(preview));
    // Selecting a row in the list previews it too.
    d->rowList()->setCurrentItem(d->rowList()->topLevelItem(0));
    QVERIFY(d->preview()->toPlainText().contains(QLatin1String("Dear Ann,")));
}

void TestMergeDialog::unknownPlaceholderRefusesTheMerge()
{
    ComposerWindow *w = window(2525);
    QVERIFY(w);
    w->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Hello {{nickname}}"));
    MergeDialog *d = openMerge(w, threeRows);
    QVERIFY(d);
    const QString problems = d->problems()->toPlainText();
    QVERIFY2(problems.contains(QLatin1String("nickname")), qPrintable(problems));
    QVERIFY(!d->sendButton()->isEnabled());
    QCOMPARE(d->rowList()->topLevelItemCount(), 0);
}

void TestMergeDialog::sendDeliversTheGoodRows()
{
    FakeServer server(greeting + row(QStringLiteral("ann@example.org"))
                      + row(QStringLiteral("bob@example.org")) + quit);
    ComposerWindow *w = window(server.port());
    QVERIFY(w);
    MergeDialog *d = openMerge(w, threeRows);
    QVERIFY(d);
    QSignalSpy finished(d, &MergeDialog::mergeFinished);
    QSignalSpy transcript(d, &MergeDialog::transcript);
    QTest::mouseClick(d->sendButton(),
                      Qt::LeftButton);  // returns at once: the merge runs from the event loop
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.connections(), 1);
    // The conversation is in the window's log pane, as for any send.
    QVERIFY(transcript.count() > 0);
    LogPane *log = w->findChild<LogPane *>();
    QVERIFY(log);
    log->model()->flush();
    QStringList shown;
    int timingRows = 0;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < log->model()->rowCount(parent); ++r)
            for (int c = 0; c < log->model()->columnCount(parent); ++c) {
                const QModelIndex i = log->model()->index(r, c, parent);
                shown << i.data().toString();
                if (c == 0) {
                    if (i.data(TranscriptModel::ReportRole).toInt() == int(TranscriptModel::Report::Timings))
                        ++timingRows;
                    walk(i);
                }
            }
    };
    walk({});
    QVERIFY2(!shown.filter(QStringLiteral("RCPT TO:<bob@example.org>")).isEmpty(),
             qPrintable(shown.join(QLatin1Char('\n'))));
    // Each message its own timings row (envelope, content, final reply), not one for the connection.
    QCOMPARE(timingRows, 2);
    // Exactly the good rows, each with its own greeting.
    QCOMPARE(server.data().size(), 2);
    QVERIFY(server.data()[0].contains("Dear Ann,"));
    QVERIFY(server.data()[0].contains("Subject: Hello Ann"));
    QVERIFY(server.data()[1].contains("Dear Bob,"));
    QVERIFY(!server.data()[1].contains("Dear Ann"));
    for (const QByteArray &data : server.data())
        QVERIFY(!data.contains("Cy"));
    QCOMPARE(d->rowList()->topLevelItem(0)->text(MergeDialog::StateColumn), QStringLiteral("sent"));
    QCOMPARE(d->rowList()->topLevelItem(1)->text(MergeDialog::StateColumn), QStringLiteral("sent"));
    QVERIFY(d->status()->text().contains(QLatin1String("2 of 2")));
    QCOMPARE(m_ctx->mail()->sent().size(), 2);
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
}

// Over STARTTLS the log pane shows the connection's TLS report (certificate, protocol), as for a send.
void TestMergeDialog::tlsReportInTheLogPane()
{
    const QStringList startTls{
        QStringLiteral("S: 220 fake.example ESMTP"),
        QStringLiteral("C: EHLO *"),
        QStringLiteral("S: 250-fake.example"),
        QStringLiteral("S: 250 STARTTLS"),
        QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 220 go ahead"),
        QStringLiteral("TLS"),
    };
    FakeServer server(startTls + greeting.mid(1) + row(QStringLiteral("ann@example.org"))
                      + row(QStringLiteral("bob@example.org")) + quit);
    ComposerWindow *w = window(server.port(), smtp::Security::StartTls);
    QVERIFY(w);
    MergeDialog *d = openMerge(w, threeRows);
    QVERIFY(d);
    QSignalSpy finished(d, &MergeDialog::mergeFinished);
    QSignalSpy reports(d, &MergeDialog::tlsReport);
    d->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.data().size(), 2);
    QCOMPARE(reports.count(), 1);  // one connection, one handshake
    LogPane *log = w->findChild<LogPane *>();
    QVERIFY(log);
    log->model()->flush();
    int tlsRows = 0;
    for (int r = 0; r < log->model()->rowCount({}); ++r)
        if (log->model()->index(r, 0).data(TranscriptModel::ReportRole).toInt()
            == int(TranscriptModel::Report::Tls))
            ++tlsRows;
    QCOMPARE(tlsRows, 1);
}

void TestMergeDialog::stoppedThenResumedSendsNoneTwice()
{
    // The first run is stopped once row 1 is in: the connection is dropped, row 2 never starts.
    FakeServer first(greeting + row(QStringLiteral("ann@example.org")) + quit);
    ComposerWindow *w = window(first.port());
    QVERIFY(w);
    MergeDialog *d = openMerge(w, threeRows);
    QVERIFY(d);
    QSignalSpy finished(d, &MergeDialog::mergeFinished);
    connect(d->run(), &store::MergeRun::rowFinished, d, [d](int rowNumber) {
        if (rowNumber == 1)
            d->stop();
    });
    d->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(first.data().size(), 1);
    QVERIFY(first.data()[0].contains("Dear Ann,"));
    QCOMPARE(m_ctx->mail()->sent().size(), 1);
    // The row not tried is out of the outbox: the window's queue does not send it behind the user's back.
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
    QVERIFY(
        d->rowList()->topLevelItem(1)->text(MergeDialog::StateColumn).contains(QLatin1String("not tried")));

    // Resumed (the same message and CSV, in a dialog opened afresh): row 1 is skipped, only row 2 goes.
    d->close();
    QTRY_VERIFY(!uitest::findVisible<MergeDialog>(QStringLiteral("mergeDialog")));
    FakeServer second(greeting + row(QStringLiteral("bob@example.org")) + quit);
    QVERIFY(m_ctx->accounts()->save(account(second.port())));
    d = openMerge(w, threeRows);
    QVERIFY(d);
    QCOMPARE(d->rowList()->topLevelItem(0)->text(MergeDialog::StateColumn),
             store::MergeRun::stateText(store::MergeRun::RowState::AlreadySent));
    QCOMPARE(d->sendButton()->text(), QStringLiteral("Res&ume"));
    QSignalSpy again(d, &MergeDialog::mergeFinished);
    d->send();
    QTRY_VERIFY2_WITH_TIMEOUT(again.count() == 1, qPrintable(d->status()->text()), 20000);
    QVERIFY2(second.errors().isEmpty(), qPrintable(second.errors().join(QLatin1Char('\n'))));
    QCOMPARE(second.data().size(), 1);
    QVERIFY(second.data()[0].contains("Dear Bob,"));
    // Each good row once, in Sent.
    const QList<store::MailItem> sent = m_ctx->mail()->sent();
    QCOMPARE(sent.size(), 2);
    QSet<int> rows;
    for (const store::MailItem &m : sent)
        rows << m.mergeRow;
    QCOMPARE(rows, (QSet<int>{1, 2}));
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
}

void TestMergeDialog::temporaryFailureStaysForRetry()
{
    // Row 1 gets a 451: it stays in the outbox, waiting for its retry, with the server's reason; row 2 still
    // goes on the same connection.
    FakeServer server(greeting
                      + row(QStringLiteral("ann@example.org"), QStringLiteral("451 4.3.0 try again later"))
                      + QStringList{QStringLiteral("C: RSET"), QStringLiteral("S: 250 2.0.0 Ok")}
                      + row(QStringLiteral("bob@example.org")) + quit);
    ComposerWindow *w = window(server.port());
    QVERIFY(w);
    MergeDialog *d = openMerge(w, threeRows);
    QVERIFY(d);
    QSignalSpy finished(d, &MergeDialog::mergeFinished);
    d->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    const QString state = d->rowList()->topLevelItem(0)->text(MergeDialog::StateColumn);
    QVERIFY2(state.contains(QLatin1String("451")) && state.contains(QLatin1String("outbox")),
             qPrintable(state));
    QCOMPARE(d->rowList()->topLevelItem(1)->text(MergeDialog::StateColumn), QStringLiteral("sent"));
    const QList<store::MailItem> left = m_ctx->mail()->outbox();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().mergeRow, 1);
    QCOMPARE(left.first().status, store::MailItem::Status::Waiting);
    QCOMPARE(m_ctx->mail()->sent().size(), 1);
}

void TestMergeDialog::followsTheWindowsMessage()
{
    // Edited in the window after the dialog was opened: the preview (and so what is sent) is the new text.
    ComposerWindow *w = window(2525);
    QVERIFY(w);
    MergeDialog *d = openMerge(w, threeRows);
    QVERIFY(d);
    d->showRow(2);
    QVERIFY(d->preview()->toPlainText().contains(QLatin1String("Subject: Hello Bob")));
    w->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Welcome {{name}}"));
    d->reload();  // what activating the dialog again does
    const QString preview = d->preview()->toPlainText();
    QVERIFY2(preview.contains(QLatin1String("Subject: Welcome Bob")), qPrintable(preview));
}

void TestMergeDialog::csvErrorIsListed()
{
    // A row with a field too many: the CSV reader's error, with its line; nothing can be sent.
    ComposerWindow *w = window(2525);
    QVERIFY(w);
    MergeDialog *d = openMerge(w, "name,email,code\nAnn,ann@example.org,1\nBob,bob@example.org,2,extra\n");
    QVERIFY(d);
    const QString problems = d->problems()->toPlainText();
    QVERIFY2(problems.contains(QLatin1String("Line 3")), qPrintable(problems));
    QVERIFY(!d->sendButton()->isEnabled());
    QCOMPARE(d->rowList()->topLevelItemCount(), 0);
}

void TestMergeDialog::closingWhileSendingStops()
{
    // Closed once row 1 is in: the dialog stays until the merge has stopped, then goes; row 2 is not left
    // queued for the window to send by itself, and a window closed meanwhile leaves nothing half-done.
    FakeServer server(greeting + row(QStringLiteral("ann@example.org")) + quit);
    ComposerWindow *w = window(server.port());
    QVERIFY(w);
    QPointer<MergeDialog> d = openMerge(w, threeRows);
    QVERIFY(d);
    connect(d->run(), &store::MergeRun::rowFinished, d, [d](int rowNumber) {
        if (rowNumber == 1)
            d->close();
    });
    d->send();
    QTRY_VERIFY_WITH_TIMEOUT(!d, 20000);  // deleted on close, after the stop
    QCOMPARE(server.data().size(), 1);
    QCOMPARE(m_ctx->mail()->sent().size(), 1);
    QVERIFY(m_ctx->mail()->outbox().isEmpty());

    // The window closed (the dialog with it) while a row is being sent: that row is recorded, the rest taken
    // back.
    FakeServer slow(greeting
                    + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
                                  QStringLiteral("S: 250 2.1.0 Ok"),
                                  QStringLiteral("C: RCPT TO:<bob@example.org>*")});
    QVERIFY(m_ctx->accounts()->save(account(slow.port())));
    QPointer<MergeDialog> again = openMerge(w, threeRows);
    QVERIFY(again);
    QSignalSpy started(again->run(), &store::MergeRun::rowStarted);
    again->send();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(slow.scriptDone(), 20000);
    delete w;
    QVERIFY(!again);
    const QList<store::MailItem> left = m_ctx->mail()->outbox();
    QCOMPARE(left.size(), 1);  // row 2, stopped before its message: nothing delivered, kept to send again
    QCOMPARE(left.first().mergeRow, 2);
    QVERIFY(left.first().status != store::MailItem::Status::Sending);
    QCOMPARE(m_ctx->mail()->sent().size(), 1);

    // Resumed in a new window: row 2 (stopped before its message was complete) goes, row 1 does not.
    FakeServer last(greeting + row(QStringLiteral("bob@example.org")) + quit);
    w = window(last.port());
    QVERIFY(w);
    MergeDialog *resumed = openMerge(w, threeRows);
    QVERIFY(resumed);
    QSignalSpy finished(resumed, &MergeDialog::mergeFinished);
    resumed->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(last.errors().isEmpty(), qPrintable(last.errors().join(QLatin1Char('\n'))));
    QCOMPARE(last.data().size(), 1);
    QVERIFY(last.data()[0].contains("Dear Bob,"));
    QCOMPARE(m_ctx->mail()->sent().size(), 2);
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
}

STAMP_UI_TEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
