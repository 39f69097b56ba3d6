// The composer's smaller promises: the result panel closes when the next message starts, a signature that
// already has its "-- " line gets no second one, completion keeps display names and a typed comma after a
// suggestion is not doubled, and Reply-To and delivery receipts (DSN) reach the wire as `stamp send` sends
// them.
#include "../fakeserver.h"
#include "../sessionharness.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "mailto.h"
#include "recipientfield.h"
#include "resultpanel.h"
#include "uitest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace ui;
using Category = smtp::Outcome::Category;

namespace {

QStringList greeting(const QStringList &extensions)
{
    QStringList s{QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO *"),
                  QStringLiteral("S: 250-fake.example")};
    for (int i = 0; i < extensions.size(); ++i)
        s << (i + 1 < extensions.size() ? QStringLiteral("S: 250-") : QStringLiteral("S: 250 "))
                 + extensions[i];
    return s;
}

using harness::delivered;

store::Account account(const QString &name, quint16 port, const QString &signature = {})
{
    store::Account a;
    a.name = name;
    a.displayName = QStringLiteral("Ann Example");
    a.address = QStringLiteral("ann@example.org");
    a.signature = signature;
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = smtp::Security::None;
    return a;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

}  // namespace

class TestComposerOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void resultPanelClosesWhenTheNextMessageStarts();
    void failedResultStaysWhileFixingIt();
    void signatureSeparatorIsNotDoubled_data();
    void signatureSeparatorIsNotDoubled();
    void completionKeepsDisplayNames();
    void commaAfterSuggestionIsNotDoubled();
    void replyToAndDsnReachTheWire();
    void badReplyToSendsNothing();

private:
    ComposerWindow *newWindow();
    AppContext *m_ctx = nullptr;
    QString m_dir;
    QList<QPointer<ComposerWindow>> m_windows;
};

void TestComposerOptions::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/options-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
}

void TestComposerOptions::cleanup()
{
    for (const QPointer<ComposerWindow> &w : std::as_const(m_windows))
        delete w.data();
    m_windows.clear();
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *w : all) {
        if (qobject_cast<ComposerWindow *>(w))
            delete w;
    }
    delete m_ctx;
    m_ctx = nullptr;
}

ComposerWindow *TestComposerOptions::newWindow()
{
    auto *w = new ComposerWindow(m_ctx);
    m_windows << w;
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w))
        qWarning("window not active");
    return w;
}

void TestComposerOptions::resultPanelClosesWhenTheNextMessageStarts()
{
    FakeServer server(greeting({QStringLiteral("8BITMIME")})
                      + delivered(QStringLiteral("MAIL FROM:<ann@example.org>*"),
                                  QStringLiteral("RCPT TO:<bob@example.org>*")));
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("test"), server.port())));
    ComposerWindow *w = newWindow();
    QTest::keyClicks(child<QLineEdit>(w, "toEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), QStringLiteral("First"));
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::Sent);
    // The result of the last message stays readable while nothing new is written...
    QVERIFY(w->resultPanel()->isVisible());
    QVERIFY(child<QLineEdit>(w, "toEdit")->text().isEmpty());
    // ... and goes with the first keystroke of the next one, in whichever field.
    QTest::keyClicks(child<QPlainTextEdit>(w, "bodyEdit"), QStringLiteral("N"));
    QVERIFY(!w->resultPanel()->isVisible());
}

void TestComposerOptions::failedResultStaysWhileFixingIt()
{
    FakeServer server(greeting({QStringLiteral("8BITMIME")})
                      + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
                                    QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: RCPT TO:<typo@exmaple.org>*"),
                                    QStringLiteral("S: 550 5.1.1 no such user"), QStringLiteral("C: RSET"),
                                    QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"),
                                    QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("test"), server.port())));
    ComposerWindow *w = newWindow();
    QTest::keyClicks(child<QLineEdit>(w, "toEdit"), QStringLiteral("typo@exmaple.org"));
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), QStringLiteral("Fix me"));
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!finished.first().first().value<smtp::Outcome>().delivered());
    // The message is still in the editor: its result stays while the address is corrected.
    QTest::keyClick(child<QLineEdit>(w, "toEdit"), Qt::Key_Backspace);
    QVERIFY(w->resultPanel()->isVisible());
    // A new message (File > New into this window is a new window; a mailto: or a draft replaces it) hides it.
    MailtoFields fields;
    w->applyMailto(fields);
    QVERIFY(!w->resultPanel()->isVisible());
}

void TestComposerOptions::signatureSeparatorIsNotDoubled_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("expectedEnd");
    QTest::newRow("plain") << QStringLiteral("Ann\nExample Org")
                           << QStringLiteral("\n\n-- \nAnn\nExample Org");
    QTest::newRow("with separator") << QStringLiteral("-- \nAnn\nExample Org")
                                    << QStringLiteral("\n\n-- \nAnn\nExample Org");
    QTest::newRow("separator without its space")
        << QStringLiteral("--\nAnn") << QStringLiteral("\n\n-- \nAnn");
    QTest::newRow("blank line first") << QStringLiteral("\n-- \nAnn") << QStringLiteral("\n\n-- \nAnn");
    QTest::newRow("only the separator line") << QStringLiteral("-- ") << QStringLiteral("\n\n-- ");
    QTest::newRow("dashes inside are text")
        << QStringLiteral("--- Ann ---") << QStringLiteral("\n\n-- \n--- Ann ---");
}

void TestComposerOptions::signatureSeparatorIsNotDoubled()
{
    QFETCH(QString, signature);
    QFETCH(QString, expectedEnd);
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("test"), 1, signature)));
    ComposerWindow *w = newWindow();
    const QString body = child<QPlainTextEdit>(w, "bodyEdit")->toPlainText();
    QCOMPARE(body, expectedEnd);
    QCOMPARE(body.count(QStringLiteral("-- ")), expectedEnd.count(QStringLiteral("-- ")));
    QVERIFY(!w->hasContent());  // only the signature: nothing to lose
}

void TestComposerOptions::completionKeepsDisplayNames()
{
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("test"), 1)));
    m_ctx->settings()->rememberAddresses({QStringLiteral("Bob Example <bob@example.org>")});
    // Sent to again by bare address (typed, or from mailto:): the name is not lost.
    m_ctx->settings()->rememberAddresses(
        {QStringLiteral("bob@example.org"), QStringLiteral("dora@example.org")});
    QCOMPARE(
        m_ctx->settings()->recentAddresses(),
        (QStringList{QStringLiteral("Bob Example <bob@example.org>"), QStringLiteral("dora@example.org")}));
    // A new name does replace the old one.
    m_ctx->settings()->rememberAddresses({QStringLiteral("Robert Example <BOB@example.org>")});
    QCOMPARE(m_ctx->settings()->recentAddresses().first(),
             QStringLiteral("Robert Example <BOB@example.org>"));
    QCOMPARE(m_ctx->settings()->recentAddresses().size(), 2);

    ComposerWindow *w = newWindow();
    auto *to = w->findChild<AddressEdit *>(QStringLiteral("toEdit"));
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("bob"));
    QAbstractItemView *popup = to->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(to->text(), QStringLiteral("Robert Example <BOB@example.org>, "));
    QString error;
    const QList<smtp::Mailbox> parsed =
        w->findChild<RecipientField *>(QStringLiteral("toField"))->mailboxes(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.first().displayName, QStringLiteral("Robert Example"));
}

void TestComposerOptions::commaAfterSuggestionIsNotDoubled()
{
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("test"), 1)));
    m_ctx->settings()->rememberAddresses(
        {QStringLiteral("Dora Explorer <dora@example.org>"), QStringLiteral("bob@example.org")});
    ComposerWindow *w = newWindow();
    auto *to = w->findChild<AddressEdit *>(QStringLiteral("toEdit"));
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("dor"));
    QAbstractItemView *popup = to->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(to->text(), QStringLiteral("Dora Explorer <dora@example.org>, "));
    // The habit of typing ", " after a name: no empty entry.
    QTest::keyClicks(to, QStringLiteral(", bob@example.org"));
    QCOMPARE(to->text(), QStringLiteral("Dora Explorer <dora@example.org>, bob@example.org"));
    // A comma typed twice by hand is not doubled either; one inside quotes is text.
    QTest::keyClicks(to, QStringLiteral(",, \"Doe, J\" <j@example.org>"));
    QCOMPARE(to->text(),
             QStringLiteral("Dora Explorer <dora@example.org>, bob@example.org, \"Doe, J\" <j@example.org>"));
    QString error;
    QCOMPARE(w->findChild<RecipientField *>(QStringLiteral("toField"))->mailboxes(&error).size(), 3);
    QVERIFY(error.isEmpty());
}

void TestComposerOptions::replyToAndDsnReachTheWire()
{
    // RFC 3461: NOTIFY on RCPT, RET on MAIL, only because the server offers DSN.
    FakeServer server(greeting({QStringLiteral("8BITMIME"), QStringLiteral("DSN")})
                      + delivered(QStringLiteral("MAIL FROM:<ann@example.org>*"),
                                  QStringLiteral("RCPT TO:<bob@example.org>*")));
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("test"), server.port())));
    ComposerWindow *w = newWindow();
    QAction *replyTo = w->findChild<QAction *>(QStringLiteral("replyToAction"));
    QVERIFY(replyTo);
    QVERIFY(!w->replyToField()->isVisible());
    replyTo->trigger();
    QVERIFY(w->replyToField()->isVisible());
    QTest::keyClicks(child<QLineEdit>(w, "toEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(child<QLineEdit>(w, "replyToEdit"), QStringLiteral("Team <team@example.org>"));
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), QStringLiteral("Receipts"));
    w->findChild<QAction *>(QStringLiteral("dsnSuccessAction"))->trigger();
    w->findChild<QAction *>(QStringLiteral("dsnFailureAction"))->trigger();
    w->findChild<QAction *>(QStringLiteral("dsnRetFullAction"))->trigger();
    w->findChild<QAction *>(QStringLiteral("dsnRetHeadersAction"))->trigger();  // one or the other
    QVERIFY(!w->findChild<QAction *>(QStringLiteral("dsnRetFullAction"))->isChecked());
    QCOMPARE(w->dsnOptions().notify, QByteArray("SUCCESS,FAILURE"));
    QCOMPARE(w->dsnOptions().ret, QByteArray("HDRS"));
    // Kept with the draft and the outbox item.
    QCOMPARE(w->currentItem().replyTo, QStringLiteral("Team <team@example.org>"));

    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::Sent);
    QVERIFY(server.data().first().contains("\r\nReply-To: Team <team@example.org>\r\n"));
    const QByteArray wire = server.received();
    const QByteArray mail =
        wire.mid(wire.indexOf("MAIL FROM:"),
                 wire.indexOf("\r\n", wire.indexOf("MAIL FROM:")) - wire.indexOf("MAIL FROM:"));
    const QByteArray rcpt = wire.mid(wire.indexOf("RCPT TO:"), wire.indexOf("\r\n", wire.indexOf("RCPT TO:"))
                                                                   - wire.indexOf("RCPT TO:"));
    QVERIFY2(mail.contains(" RET=HDRS"), mail.constData());
    QVERIFY2(rcpt.contains(" NOTIFY=SUCCESS,FAILURE") && !rcpt.contains("DELAY"), rcpt.constData());
}

void TestComposerOptions::badReplyToSendsNothing()
{
    FakeServer server(greeting({QStringLiteral("8BITMIME")}));
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("test"), server.port())));
    ComposerWindow *w = newWindow();
    QTest::keyClicks(child<QLineEdit>(w, "toEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), QStringLiteral("x"));
    w->findChild<QAction *>(QStringLiteral("replyToAction"))->trigger();
    QTest::keyClicks(child<QLineEdit>(w, "replyToEdit"), QStringLiteral("not an address"));
    w->findChild<QAction *>(QStringLiteral("replyToAction"))->trigger();  // hidden again, still checked
    w->send();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = uitest::findVisible<QMessageBox>(QStringLiteral("badAddress"))));
    // The reason, not only "Nothing was sent.", and the same words as under the field.
    QVERIFY2(box->text().size() > QStringLiteral("Nothing was sent. ").size() + 5, qPrintable(box->text()));
    QVERIFY(box->text().contains(w->replyToField()->errorText()));
    box->close();
    QVERIFY(w->replyToField()->isVisible());  // shown, so the problem can be seen
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
    QCOMPARE(server.connections(), 0);
}

STAMP_UI_TEST_MAIN(TestComposerOptions)
#include "tst_composeroptions.moc"
