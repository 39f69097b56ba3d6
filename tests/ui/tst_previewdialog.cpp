// File > Preview and Copy as swaks Command (issue 12), offscreen, by object name: the dialog shows the
// envelope beside the header section with Bcc marked, the exact header section in a monospace font, the
// MIME tree and lint; the swaks command goes to the clipboard without the password. Nothing connects: the
// account's server is a listening socket that must see no connection.
#include "../fakeserver.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "previewdialog.h"
#include "resultpanel.h"
#include "uitest.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace ui;

namespace {

store::Account account(quint16 port)
{
    store::Account a;
    a.name = QStringLiteral("test");
    a.displayName = QStringLiteral("Ann Example");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = smtp::Security::StartTls;
    a.user = QStringLiteral("ann");
    a.auth = smtp::AuthMethod::Plain;
    return a;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QStringList column(QTreeWidget *tree, int col)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        out << (*it)->text(col);
    return out;
}

}  // namespace

class TestPreviewDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void previewShowsEnvelopeHeadersTreeAndLint();
    void copySwaksLeavesThePasswordOut();
    void resultPanelOffersSwaksAfterAFailure();

private:
    ComposerWindow *fill();
    AppContext *m_ctx = nullptr;
    QString m_dir;
    FakeServer *m_server = nullptr;
    QPointer<ComposerWindow> m_window;
};

void TestPreviewDialog::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/case-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
    m_server = new FakeServer({QStringLiteral("S: 220 fake")});
    QVERIFY(m_ctx->accounts()->save(account(m_server->port())));
}

void TestPreviewDialog::cleanup()
{
    delete m_window.data();
    QCOMPARE(m_server->connections(), 0);
    delete m_server;
    delete m_ctx;
    m_ctx = nullptr;
}

ComposerWindow *TestPreviewDialog::fill()
{
    m_window = new ComposerWindow(m_ctx);
    m_window->show();
    QTest::keyClicks(child<QLineEdit>(m_window, "toEdit"), QStringLiteral("Bob <bob@example.org>"));
    QTest::keyClicks(child<QLineEdit>(m_window, "ccEdit"), QStringLiteral("cem@example.org"));
    QTest::keyClicks(child<QLineEdit>(m_window, "bccEdit"), QStringLiteral("hidden@example.org"));
    QTest::keyClicks(child<QLineEdit>(m_window, "subjectEdit"), QStringLiteral("Quarterly report"));
    child<QPlainTextEdit>(m_window, "bodyEdit")->setPlainText(QStringLiteral("Grüße, Bob"));
    QFile attachment(m_dir + QStringLiteral("/report.csv"));
    if (attachment.open(QIODevice::WriteOnly))
        attachment.write(QByteArray(3000, 'r'));
    attachment.close();
    m_window->attachFiles({attachment.fileName()});
    return m_window;
}

void TestPreviewDialog::previewShowsEnvelopeHeadersTreeAndLint()
{
    ComposerWindow *w = fill();
    auto *action = child<QAction>(w, "previewAction");
    QVERIFY(action);
    action->trigger();
    PreviewDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = uitest::findVisible<PreviewDialog>(QStringLiteral("previewDialog"))); },
        5000));

    auto *envelope = child<QTreeWidget>(dialog, "previewEnvelope");
    const QStringList commands = column(envelope, 0);
    const QStringList roles = column(envelope, 1);
    QCOMPARE(commands.first(), QStringLiteral("MAIL FROM:<ann@example.org> BODY=8BITMIME"));
    const qsizetype hidden = commands.indexOf(QStringLiteral("RCPT TO:<hidden@example.org>"));
    QVERIFY(hidden > 0);
    QVERIFY(roles[hidden].startsWith(QStringLiteral("Bcc")));
    QCOMPARE(roles[commands.indexOf(QStringLiteral("RCPT TO:<bob@example.org>"))], QStringLiteral("To"));
    QCOMPARE(roles[commands.indexOf(QStringLiteral("RCPT TO:<cem@example.org>"))], QStringLiteral("Cc"));

    auto *headers = child<QPlainTextEdit>(dialog, "previewHeaders");
    QVERIFY(headers->isReadOnly());
    // Monospaced in fact: every character as wide as the next (QFontInfo::fixedPitch() says false for some
    // monospaced fonts fontconfig offers, Noto Sans Mono for one).
    const QFontMetrics metrics(headers->font());
    QCOMPARE(metrics.horizontalAdvance(QLatin1Char('i')), metrics.horizontalAdvance(QLatin1Char('W')));
    const QString text = headers->toPlainText();
    QVERIFY(text.contains(QStringLiteral("To: Bob <bob@example.org>")));
    QVERIFY(text.contains(QStringLiteral("Subject: Quarterly report")));
    QVERIFY(!text.contains(QStringLiteral("hidden")));
    QVERIFY(!text.contains(QStringLiteral("Bcc")));

    auto *mime = child<QTreeWidget>(dialog, "previewMime");
    QCOMPARE(mime->topLevelItemCount(), 1);
    QCOMPARE(mime->topLevelItem(0)->text(0), QStringLiteral("multipart/mixed"));
    QCOMPARE(mime->topLevelItem(0)->childCount(), 2);
    QCOMPARE(mime->topLevelItem(0)->child(1)->text(3), QStringLiteral("report.csv"));
    QCOMPARE(mime->topLevelItem(0)->child(1)->text(1), QStringLiteral("base64"));
    QVERIFY(mime->topLevelItem(0)->child(1)->text(2).contains(QStringLiteral("3000")));

    // An unknown server and an 8-bit body: lint says what it needs.
    auto *lint = child<QTreeWidget>(dialog, "previewLint");
    QVERIFY(column(lint, 1).contains(QStringLiteral("8BITMIME")));
    dialog->close();
}

void TestPreviewDialog::copySwaksLeavesThePasswordOut()
{
    ComposerWindow *w = fill();
    QGuiApplication::clipboard()->clear();
    child<QAction>(w, "copySwaksAction")->trigger();
    const QString line = QGuiApplication::clipboard()->text();
    QVERIFY2(
        line.startsWith(QStringLiteral("swaks --server 127.0.0.1 --port %1 --tls").arg(m_server->port())),
        qPrintable(line));
    QVERIFY(line.contains(QStringLiteral("--auth PLAIN --auth-user ann")));
    QVERIFY(!line.contains(QStringLiteral("--auth-password")));
    QVERIFY(line.contains(QStringLiteral("--to bob@example.org,cem@example.org,hidden@example.org")));
    const qsizetype at = line.indexOf(QStringLiteral("--data @"));
    QVERIFY(at > 0);
    const QString file = line.mid(at + 8).section(QLatin1Char(' '), 0, 0);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray data = f.readAll();
    QVERIFY(data.contains("Subject: Quarterly report\r\n"));
    QVERIFY(!data.contains("hidden@example.org"));
    QVERIFY(data.endsWith("\r\n."));
}

void TestPreviewDialog::resultPanelOffersSwaksAfterAFailure()
{
    ComposerWindow *w = fill();
    auto *panel = child<ResultPanel>(w, "resultPanel");
    smtp::Outcome failed;
    failed.category = smtp::Outcome::Category::PermanentFailure;
    failed.summary = QStringLiteral("refused");
    panel->showOutcome(failed, QStringLiteral("Quarterly report"));
    panel->show();
    auto *button = child<QPushButton>(panel, "resultCopySwaks");
    QVERIFY(button);
    QGuiApplication::clipboard()->clear();
    button->click();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("swaks ")));
    smtp::Outcome sent;
    sent.category = smtp::Outcome::Category::Sent;
    panel->showOutcome(sent, QStringLiteral("Quarterly report"));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("resultCopySwaks")));
}

STAMP_UI_TEST_MAIN(TestPreviewDialog)
#include "tst_previewdialog.moc"
