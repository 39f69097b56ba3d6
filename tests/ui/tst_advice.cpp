// Advice in the window's words: each cause gets its own sentence and buttons in the result panel, found by
// object name, with the real engine's outcome from the scripted fake server; the window never names a
// command-line flag, and a temporary failure is never called a refusal.
#include "../fakeserver.h"
#include "accountsdialog.h"
#include "advice.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "outboxview.h"
#include "passwordprompt.h"
#include "resultpanel.h"
#include "signinpage.h"
#include "uitest.h"

#include <QAbstractButton>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>

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

const QStringList quit{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};

QStringList accepted(const QString &rcpt = QStringLiteral("bob@example.org"))
{
    return {QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("C: RCPT TO:<%1>*").arg(rcpt),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("C: DATA"),
            QStringLiteral("S: 354 go"),
            QStringLiteral("D:"),
            QStringLiteral("S: 250 2.0.0 queued")};
}

store::Account plainAccount(quint16 port)
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

smtp::Outcome outcome(Category c, const QString &reply = {}, const QString &advice = {})
{
    smtp::Outcome o;
    o.category = c;
    o.summary = QStringLiteral("What happened.");
    o.advice = advice;
    o.reply = replyFromSummary(reply);
    return o;
}

}  // namespace

class TestAdvice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    // The mapping, case by case.
    void mapping_data();
    void mapping();
    void neverNamesAFlag();
    void temporaryRepliesAreNotRefusals_data();
    void temporaryRepliesAreNotRefusals();
    void replyFromSummaryUsesTheEngineParser();
    // The window, against the fake server.
    void starttlsRequiredOffersTheSetting();
    void passwordHeldBackIsNoFailedLogin();
    void noFlagAnywhereInTheWindow();
    void passwordHeldBackWhereStartTlsIsOffered();
    void wrongPasswordOffersToEnterItAgain();
    void greylistingSaysNotSentYet();
    void connectionTestSpeaksTheSameWords();
    // OAuth 2.0: the providers' refusals offer "Sign in with …", a lost sign-in "Sign in again".
    void providerRepliesOfferSignIn_data();
    void providerRepliesOfferSignIn();
    void oauthAccountRefusedSaysSignInAgain();
    void providerRefusalOpensTheSignInPage();
    void oauthAccountNotSignedInKeepsTheMessage();

private:
    ComposerWindow *newWindow();
    void typeMessage(ComposerWindow *w);
    AppContext *m_ctx = nullptr;
    QString m_dir;
    QList<QPointer<ComposerWindow>> m_windows;
};

void TestAdvice::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/advice-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
}

void TestAdvice::cleanup()
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

ComposerWindow *TestAdvice::newWindow()
{
    auto *w = new ComposerWindow(m_ctx);
    m_windows << w;
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w))
        qWarning("window not active");
    return w;
}

void TestAdvice::typeMessage(ComposerWindow *w)
{
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Advice"));
}

void TestAdvice::mapping_data()
{
    QTest::addColumn<smtp::Outcome>("outcome");
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("hasUser");
    QTest::addColumn<bool>("starttlsOffered");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("adviceHas");
    QTest::addColumn<QList<int>>("actions");
    const int none = int(smtp::Security::None), starttls = int(smtp::Security::StartTls);
    const QList<int> useTls{int(AdviceAction::UseStartTls), int(AdviceAction::OpenAccount)};
    const QList<int> password{int(AdviceAction::EnterPassword), int(AdviceAction::OpenAccount)};
    const QList<int> account{int(AdviceAction::OpenAccount)};
    const QString wants = QStringLiteral("This server wants encryption: set Security to STARTTLS");

    QTest::newRow("530 to MAIL, STARTTLS offered")
        << outcome(Category::PermanentFailure,
                   QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"))
        << none << false << true << "wantsEncryption" << wants << useTls;
    QTest::newRow("the reply says so, EHLO unknown")
        << outcome(Category::PermanentFailure,
                   QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"))
        << none << false << false << "wantsEncryption" << wants << useTls;
    QTest::newRow("5.7.11 encryption required")
        << outcome(Category::AuthFailed,
                   QStringLiteral("538 5.7.11 Encryption required for requested mechanism"))
        << none << true << false << "wantsEncryption" << wants << useTls;
    QTest::newRow("451 asking for TLS")
        << outcome(Category::TemporaryFailure, QStringLiteral("451 4.7.0 TLS required")) << none << false
        << false << "wantsEncryption" << wants << useTls;
    QTest::newRow("password held back, STARTTLS offered")
        << outcome(Category::AuthFailed, QString(), QStringLiteral("say so with --allow-plaintext-auth."))
        << none << true << true << "wantsEncryption" << wants << useTls;
    QTest::newRow("password held back, no STARTTLS")
        << outcome(Category::AuthFailed, QString(), QStringLiteral("say so with --allow-plaintext-auth."))
        << none << true << false << "passwordHeldBack" << QStringLiteral("“Send the password unencrypted”")
        << account;
    QTest::newRow("535") << outcome(Category::AuthFailed,
                                    QStringLiteral("535 5.7.8 Authentication credentials invalid"))
                         << starttls << true << true << "password"
                         << QStringLiteral("Enter the password again") << password;
    QTest::newRow("535 over plain text, STARTTLS offered")
        << outcome(Category::AuthFailed, QStringLiteral("535 5.7.8 Authentication credentials invalid"))
        << none << true << true << "wantsEncryption" << wants << useTls;
    QTest::newRow("530 with STARTTLS in use is no TLS problem")
        << outcome(Category::PermanentFailure, QStringLiteral("530 5.7.0 Authentication required"))
        << starttls << false << true << QString() << QString() << QList<int>();
    QTest::newRow("451 greylisting") << outcome(Category::TemporaryFailure,
                                                QStringLiteral("451 4.7.1 Greylisted, try again later"))
                                     << starttls << false << true << "temporary"
                                     << QStringLiteral("will be retried") << QList<int>();
    QTest::newRow("sent") << outcome(Category::Sent, QStringLiteral("250 2.0.0 Ok")) << none << false << true
                          << QString() << QString() << QList<int>();
}

void TestAdvice::mapping()
{
    QFETCH(smtp::Outcome, outcome);
    QFETCH(int, security);
    QFETCH(bool, hasUser);
    QFETCH(bool, starttlsOffered);
    QFETCH(QString, id);
    QFETCH(QString, adviceHas);
    QFETCH(QList<int>, actions);
    AdviceContext c;
    c.security = smtp::Security(security);
    c.hasUser = hasUser;
    c.starttlsOffered = starttlsOffered;
    const WindowAdvice w = windowAdvice(outcome, c);
    QCOMPARE(w.id, id);
    if (!adviceHas.isEmpty())
        QVERIFY2(w.advice.contains(adviceHas), qPrintable(w.advice));
    QList<int> got;
    for (AdviceAction a : w.actions)
        got << int(a);
    QCOMPARE(got, actions);
    QVERIFY(!w.headline.contains(QLatin1String("login failed")) || id == QLatin1String("login"));
}

void TestAdvice::neverNamesAFlag()
{
    // Whatever the engine writes for `stamp send`, and whatever the account: no "--flag" in the window.
    const QStringList engineAdvice{QStringLiteral("say so with --allow-plaintext-auth."),
                                   QStringLiteral("Use --security tls or --ca-file PEM."),
                                   QStringLiteral("--pin-sha256 accepts one certificate")};
    for (int c = int(Category::Sent); c <= int(Category::ProtocolError); ++c) {
        for (const QString &advice : engineAdvice) {
            for (const smtp::Security s :
                 {smtp::Security::None, smtp::Security::StartTls, smtp::Security::ImplicitTls}) {
                for (const bool offered : {false, true}) {
                    AdviceContext ctx;
                    ctx.security = s;
                    ctx.hasUser = true;
                    ctx.starttlsOffered = offered;
                    const WindowAdvice w = windowAdvice(outcome(Category(c), QString(), advice), ctx);
                    QVERIFY2(!w.advice.contains(QLatin1String("--")), qPrintable(w.advice));
                    QVERIFY(!w.advice.isEmpty());
                }
            }
        }
    }
    // Advice without a flag is kept as the engine wrote it.
    const WindowAdvice kept =
        windowAdvice(outcome(Category::LocalError, QString(), QStringLiteral("Check it.")), AdviceContext());
    QCOMPARE(kept.advice, QStringLiteral("Check it."));
}

void TestAdvice::temporaryRepliesAreNotRefusals_data()
{
    QTest::addColumn<QString>("reply");
    for (const char *r :
         {"451 4.7.1 Greylisted", "450 4.2.0 Mailbox busy", "451 4.3.0 Local error",
          "452 4.3.1 Insufficient storage", "421 4.3.2 Shutting down", "454 4.7.0 TLS not available",
          "452 4.2.2 Mailbox full", "471 4.0.0 odd code", "451 no enhanced code"})
        QTest::newRow(r) << QString::fromLatin1(r);
}

void TestAdvice::temporaryRepliesAreNotRefusals()
{
    QFETCH(QString, reply);
    const smtp::Reply r = replyFromSummary(reply);
    QVERIFY(r.isTransient());
    const QString meaning = replyMeaning(r);
    QVERIFY2(!meaning.contains(QLatin1String("refuse"), Qt::CaseInsensitive), qPrintable(meaning));
    QVERIFY2(meaning.contains(QLatin1String("not sent yet")), qPrintable(meaning));
    QVERIFY2(meaning.contains(QLatin1String("will be retried")), qPrintable(meaning));
    // And the headline and advice of a temporary failure say the same.
    const WindowAdvice w = windowAdvice(
        outcome(Category::TemporaryFailure, reply, QStringLiteral("Nothing was delivered. Try again later.")),
        AdviceContext());
    for (const QString &text : {w.headline, w.advice}) {
        QVERIFY2(!text.contains(QLatin1String("refuse"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("not sent yet"), Qt::CaseInsensitive), qPrintable(text));
    }
    // A permanent reply is still explained by the engine.
    QCOMPARE(replyMeaning(replyFromSummary(QStringLiteral("550 5.7.1 Refused"))),
             smtp::explainReply(550, "5.7.1"));
}

void TestAdvice::replyFromSummaryUsesTheEngineParser()
{
    const smtp::Reply r = replyFromSummary(QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"));
    QCOMPARE(r.code, 530);
    QCOMPARE(r.enhanced, QByteArray("5.7.0"));
    QCOMPARE(r.text(), QStringLiteral("Must issue a STARTTLS command first"));
    QVERIFY(!replyFromSummary(QString()).isValid());
    QVERIFY(!replyFromSummary(QStringLiteral("hello")).isValid());
    QVERIFY(!replyFromSummary(QStringLiteral("250 ok\r\n250 smuggled")).isValid());
}

void TestAdvice::starttlsRequiredOffersTheSetting()
{
    // Security None; the server lists STARTTLS and refuses the sender until it is used (RFC 3207 §4).
    FakeServer plain(greeting({QStringLiteral("8BITMIME"), QStringLiteral("STARTTLS")})
                     + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
                                   QStringLiteral("S: 530 5.7.0 Must issue a STARTTLS command first")}
                     + quit);
    store::Account a = plainAccount(plain.port());
    QVERIFY(m_ctx->accounts()->save(a));
    ComposerWindow *w = newWindow();
    typeMessage(w);
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(plain.errors().isEmpty(), qPrintable(plain.errors().join(QLatin1Char('\n'))));
    ResultPanel *panel = w->resultPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->adviceId(), QStringLiteral("wantsEncryption"));
    auto *advice = panel->findChild<QLabel *>(QStringLiteral("resultAdvice"));
    QVERIFY(advice->isVisible());
    QVERIFY2(
        advice->text().contains(QStringLiteral("This server wants encryption: set Security to STARTTLS")),
        qPrintable(advice->text()));
    QVERIFY(!advice->text().contains(QLatin1String("fix the message or the addresses")));
    QVERIFY(panel->headline().contains(QStringLiteral("wants encryption")));
    auto *useTls = panel->findChild<QPushButton *>(QStringLiteral("adviceUseStartTls"));
    QVERIFY(useTls && useTls->isVisible());
    QCOMPARE(useTls->text(), QStringLiteral("Use STARTTLS and send again"));

    // The button changes the account and sends the same outbox item again, now with STARTTLS. The second
    // server stands in for the same one (the port follows the account, the security is what changes); it
    // presents the test certificate for "localhost", trusted through the account's CA file.
    FakeServer tls(greeting({QStringLiteral("8BITMIME"), QStringLiteral("STARTTLS")})
                   + QStringList{QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go ahead"),
                                 QStringLiteral("TLS"), QStringLiteral("C: EHLO *"),
                                 QStringLiteral("S: 250 8BITMIME")}
                   + accepted() + quit);
    a.port = tls.port();
    a.host = QStringLiteral("localhost");
    a.caFile = FakeServer::dataPath(QStringLiteral("ca.pem"));
    QVERIFY(m_ctx->accounts()->save(a));
    const QString id = w->outboxId();
    QVERIFY(!id.isEmpty());
    QTest::mouseClick(useTls, Qt::LeftButton);
    QCOMPARE(m_ctx->accounts()->find(QStringLiteral("test"))->security, smtp::Security::StartTls);
    QCOMPARE(m_ctx->accounts()->find(QStringLiteral("test"))->port, tls.port());  // the port is kept
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QVERIFY2(tls.errors().isEmpty(), qPrintable(tls.errors().join(QLatin1Char('\n'))));
    QCOMPARE(finished.last().first().value<smtp::Outcome>().category, Category::Sent);
    QVERIFY(m_ctx->mail()->outbox().isEmpty());
    QCOMPARE(m_ctx->mail()->sent().size(), 1);
}

void TestAdvice::passwordHeldBackIsNoFailedLogin()
{
    // Security None with a login and no permission to send it in clear: Stamp stops before AUTH.
    FakeServer server(greeting({QStringLiteral("AUTH PLAIN LOGIN")}) + quit);
    store::Account a = plainAccount(server.port());
    a.user = QStringLiteral("ann");
    QVERIFY(m_ctx->accounts()->save(a));
    m_ctx->setSessionPassword(QStringLiteral("test"), QStringLiteral("not-sent"));
    ComposerWindow *w = newWindow();
    typeMessage(w);
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const smtp::Outcome o = finished.first().first().value<smtp::Outcome>();
    QCOMPARE(o.category, Category::AuthFailed);
    QVERIFY(o.advice.contains(QLatin1String("--allow-plaintext-auth")));  // the engine's words, for the CLI
    QVERIFY(!server.received().contains("AUTH"));
    ResultPanel *panel = w->resultPanel();
    QCOMPARE(panel->adviceId(), QStringLiteral("passwordHeldBack"));
    QVERIFY2(!panel->headline().contains(QLatin1String("login failed")), qPrintable(panel->headline()));
    QVERIFY(panel->headline().contains(QStringLiteral("the password was not sent without encryption")));
    const QString advice = panel->findChild<QLabel *>(QStringLiteral("resultAdvice"))->text();
    QVERIFY2(!advice.contains(QLatin1String("--")), qPrintable(advice));
    QVERIFY(advice.contains(QStringLiteral("tick “Send the password unencrypted” in the account")));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("adviceUseStartTls")));
    auto *open = panel->findChild<QPushButton *>(QStringLiteral("adviceOpenAccount"));
    QVERIFY(open && open->isVisible());
    QCOMPARE(open->text(), QStringLiteral("Open the account"));
    QTest::mouseClick(open, Qt::LeftButton);
    AccountsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = uitest::findVisible<AccountsDialog>(QStringLiteral("accountsDialog"))));
    QCOMPARE(dialog->formAccount().name, QStringLiteral("test"));
    dialog->close();
}

void TestAdvice::noFlagAnywhereInTheWindow()
{
    // The engine's advice names --allow-plaintext-auth; no text or tooltip the window shows may: not the
    // result panel, not the outbox list (its reason and its tooltip), not the status bar, not the message
    // opened again from the outbox.
    FakeServer server(greeting({QStringLiteral("AUTH PLAIN LOGIN")}) + quit);
    store::Account a = plainAccount(server.port());
    a.user = QStringLiteral("ann");
    QVERIFY(m_ctx->accounts()->save(a));
    m_ctx->setSessionPassword(QStringLiteral("test"), QStringLiteral("not-sent"));
    ComposerWindow *w = newWindow();
    typeMessage(w);
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(
        finished.first().first().value<smtp::Outcome>().advice.contains(QLatin1String("--allow-plaintext")));
    w->outboxDock()->show();
    QTRY_COMPARE(w->outboxView()->outboxList()->topLevelItemCount(), 1);
    const QRegularExpression flag(QStringLiteral(R"((^|\s)--[a-z])"));
    const auto scan = [&](const QString &when) {
        QStringList texts{w->statusBar()->currentMessage()};
        for (QWidget *c : w->findChildren<QWidget *>()) {
            if (!c->isVisible())
                continue;
            texts << c->toolTip();
            if (auto *l = qobject_cast<QLabel *>(c))
                texts << l->text();
            if (auto *b = qobject_cast<QAbstractButton *>(c))
                texts << b->text();
            if (auto *t = qobject_cast<QTreeWidget *>(c))
                for (int i = 0; i < t->topLevelItemCount(); ++i)
                    for (int col = 0; col < t->columnCount(); ++col)
                        texts << t->topLevelItem(i)->text(col) << t->topLevelItem(i)->toolTip(col);
        }
        for (const QString &t : std::as_const(texts))
            QVERIFY2(!flag.match(t).hasMatch(), qPrintable(when + QStringLiteral(": ") + t));
    };
    scan(QStringLiteral("after the send"));
    if (QTest::currentTestFailed())
        return;
    w->openItem(store::MailStore::Folder::Outbox, w->outboxId());
    scan(QStringLiteral("opened from the outbox"));
}

void TestAdvice::passwordHeldBackWhereStartTlsIsOffered()
{
    FakeServer server(greeting({QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN LOGIN")}) + quit);
    store::Account a = plainAccount(server.port());
    a.user = QStringLiteral("ann");
    QVERIFY(m_ctx->accounts()->save(a));
    m_ctx->setSessionPassword(QStringLiteral("test"), QStringLiteral("not-sent"));
    ComposerWindow *w = newWindow();
    typeMessage(w);
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    ResultPanel *panel = w->resultPanel();
    QCOMPARE(panel->adviceId(), QStringLiteral("wantsEncryption"));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("resultAdvice"))
                ->text()
                .contains(QStringLiteral("This server wants encryption: set Security to STARTTLS")));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("adviceUseStartTls"))->isVisible());
    QVERIFY(!panel->headline().contains(QLatin1String("login failed")));
}

void TestAdvice::wrongPasswordOffersToEnterItAgain()
{
    const QString secret = uitest::testSecret();
    const auto plain = [](const QString &password) {
        return QString::fromLatin1(
            (QByteArray(1, '\0') + "ann" + QByteArray(1, '\0') + password.toUtf8()).toBase64());
    };
    FakeServer first(greeting({QStringLiteral("AUTH PLAIN")})
                     + QStringList{QStringLiteral("C: AUTH PLAIN ") + plain(QStringLiteral("wrong")),
                                   QStringLiteral("S: 535 5.7.8 Authentication credentials invalid")}
                     + quit);
    store::Account a = plainAccount(first.port());
    a.user = QStringLiteral("ann");
    a.auth = smtp::AuthMethod::Plain;
    a.allowPlaintextAuth = true;  // the fake server speaks no TLS
    QVERIFY(m_ctx->accounts()->save(a));
    m_ctx->setSessionPassword(QStringLiteral("test"), QStringLiteral("wrong"));
    ComposerWindow *w = newWindow();
    typeMessage(w);
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(first.errors().isEmpty(), qPrintable(first.errors().join(QLatin1Char('\n'))));
    ResultPanel *panel = w->resultPanel();
    QCOMPARE(panel->adviceId(), QStringLiteral("password"));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("resultAdvice"))
                ->text()
                .contains(QStringLiteral("Enter the password again, or check the user name in the account")));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("adviceOpenAccount"))->isVisible());
    auto *again = panel->findChild<QPushButton *>(QStringLiteral("adviceEnterPassword"));
    QVERIFY(again && again->isVisible());
    QCOMPARE(again->text(), QStringLiteral("Enter the password again"));

    FakeServer second(
        greeting({QStringLiteral("AUTH PLAIN")})
        + QStringList{QStringLiteral("C: AUTH PLAIN ") + plain(secret), QStringLiteral("S: 235 2.7.0 ok")}
        + accepted() + quit);
    a.port = second.port();
    QVERIFY(m_ctx->accounts()->save(a));
    QTest::mouseClick(again, Qt::LeftButton);
    PasswordPrompt *prompt = nullptr;
    QTRY_VERIFY((prompt = uitest::findVisible<PasswordPrompt>(QStringLiteral("passwordPrompt"))));
    QTest::keyClicks(prompt->passwordEdit(), secret);
    QTest::mouseClick(prompt->findChild<QPushButton *>(QStringLiteral("passwordOk")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QVERIFY2(second.errors().isEmpty(), qPrintable(second.errors().join(QLatin1Char('\n'))));
    QCOMPARE(finished.last().first().value<smtp::Outcome>().category, Category::Sent);
}

void TestAdvice::greylistingSaysNotSentYet()
{
    FakeServer server(greeting({QStringLiteral("8BITMIME")})
                      + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
                                    QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: RCPT TO:<bob@example.org>*"),
                                    QStringLiteral("S: 451 4.7.1 Greylisted, please try again later"),
                                    QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok")}
                      + quit);
    QVERIFY(m_ctx->accounts()->save(plainAccount(server.port())));
    ComposerWindow *w = newWindow();
    typeMessage(w);
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::TemporaryFailure);
    ResultPanel *panel = w->resultPanel();
    QCOMPARE(panel->adviceId(), QStringLiteral("temporary"));
    QVERIFY(panel->headline().startsWith(QStringLiteral("Not sent yet")));
    const QString advice = panel->findChild<QLabel *>(QStringLiteral("resultAdvice"))->text();
    QVERIFY2(advice.contains(QStringLiteral("not sent yet"))
                 && advice.contains(QStringLiteral("will be retried")),
             qPrintable(advice));
    const QString reply = panel->findChild<QLabel *>(QStringLiteral("resultReply"))->text();
    QVERIFY2(reply.contains(QStringLiteral("451 4.7.1")), qPrintable(reply));
    for (const QString &text : {panel->headline(), advice, reply})
        QVERIFY2(!text.contains(QLatin1String("refused"))
                     && !text.contains(QLatin1String("try again later ...")),
                 qPrintable(text));
    QTreeWidget *rows = panel->recipients();
    QCOMPARE(rows->topLevelItemCount(), 1);
    const QString meaning = rows->topLevelItem(0)->text(ResultPanel::MeaningColumn);
    QVERIFY2(meaning.contains(QStringLiteral("greylisting"))
                 && meaning.contains(QStringLiteral("will be retried"))
                 && !meaning.contains(QLatin1String("refused")),
             qPrintable(meaning));
}

void TestAdvice::connectionTestSpeaksTheSameWords()
{
    // Accounts > Test connection shows the outcome too: the same mapping, no flag.
    FakeServer server(greeting({QStringLiteral("AUTH PLAIN LOGIN")}) + quit);
    store::Account a = plainAccount(server.port());
    a.user = QStringLiteral("ann");
    QVERIFY(m_ctx->accounts()->save(a));
    m_ctx->setSessionPassword(QStringLiteral("test"), QStringLiteral("not-sent"));
    AccountsDialog dialog(m_ctx);
    dialog.show();
    dialog.selectAccount(QStringLiteral("test"));
    QSignalSpy finished(&dialog, &AccountsDialog::testFinished);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.first().first().value<smtp::Outcome>().advice.contains(QLatin1String("--allow")));
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text();
    QVERIFY2(!text.contains(QLatin1String("--")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("tick “Send the password unencrypted” in the account")),
             qPrintable(text));
}

void TestAdvice::providerRepliesOfferSignIn_data()
{
    QTest::addColumn<smtp::Outcome>("outcome");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("button");
    const QString google = QStringLiteral("Google"), microsoft = QStringLiteral("Microsoft");
    QTest::newRow("Google 534 5.7.9")
        << outcome(Category::AuthFailed,
                   QStringLiteral("534 5.7.9 Application-specific password required. Learn more at "
                                  "https://support.google.com/mail/?p=InvalidSecondFactor"))
        << QStringLiteral("smtp.gmail.com") << google << QStringLiteral("Sign in with Google");
    QTest::newRow("Google 534 5.7.14")
        << outcome(Category::AuthFailed, QStringLiteral("534 5.7.14 Please log in via your web browser and "
                                                        "then try again."))
        << QStringLiteral("smtp.gmail.com") << google << QStringLiteral("Sign in with Google");
    QTest::newRow("Microsoft 535 5.7.139")
        << outcome(Category::AuthFailed,
                   QStringLiteral("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                                  "disabled for the Mailbox."))
        << QStringLiteral("smtp.office365.com") << microsoft << QStringLiteral("Sign in with Microsoft");
    QTest::newRow("Microsoft 550 5.7.30")
        << outcome(Category::AuthFailed, QStringLiteral("550 5.7.30 Basic authentication is not supported "
                                                        "for Client Submission."))
        << QStringLiteral("smtp.office365.com") << microsoft << QStringLiteral("Sign in with Microsoft");
    QTest::newRow("Microsoft 535 5.7.3")
        << outcome(Category::AuthFailed, QStringLiteral("535 5.7.3 Authentication unsuccessful"))
        << QStringLiteral("smtp-mail.outlook.com") << microsoft << QStringLiteral("Sign in with Microsoft");
    QTest::newRow("Google by its host, plain 535")
        << outcome(Category::AuthFailed,
                   QStringLiteral("535 5.7.8 Username and Password not accepted. For more information, go "
                                  "to https://support.google.com/mail/?p=BadCredentials"))
        << QStringLiteral("smtp.gmail.com") << google << QStringLiteral("Sign in with Google");
}

void TestAdvice::providerRepliesOfferSignIn()
{
    QFETCH(smtp::Outcome, outcome);
    QFETCH(QString, host);
    QFETCH(QString, provider);
    QFETCH(QString, button);
    AdviceContext c;
    c.security = smtp::Security::StartTls;
    c.hasUser = true;
    c.host = host;
    c.port = 587;
    const WindowAdvice w = windowAdvice(outcome, c);
    QCOMPARE(w.id, QStringLiteral("signInProvider"));
    QCOMPARE(w.provider, provider);
    QVERIFY(w.actions.contains(AdviceAction::SignIn));
    QVERIFY2(w.advice.contains(QStringLiteral("Sign in with ") + provider), qPrintable(w.advice));
    QCOMPARE(adviceActionText(AdviceAction::SignIn, w.provider), button);
    // The same reply for an account already on OAuth is a lost sign-in, not a password to change.
    c.oauth = true;
    QCOMPARE(windowAdvice(outcome, c).id, QStringLiteral("signInAgain"));
}

void TestAdvice::oauthAccountRefusedSaysSignInAgain()
{
    AdviceContext c;
    c.security = smtp::Security::StartTls;
    c.hasUser = true;
    c.oauth = true;
    c.needsSignIn = true;
    const WindowAdvice w = windowAdvice(
        outcome(Category::AuthFailed, QString(), QStringLiteral("Sign in to the account again.")), c);
    QCOMPARE(w.id, QStringLiteral("signInAgain"));
    QVERIFY(w.advice.contains(QStringLiteral("expired or was revoked")));
    QVERIFY(w.advice.contains(QStringLiteral("stays in the outbox")));
    QCOMPARE(w.actions.first(), AdviceAction::SignIn);
    QCOMPARE(adviceActionText(AdviceAction::SignIn), QStringLiteral("Sign in again"));
    QCOMPARE(adviceActionName(AdviceAction::SignIn), QStringLiteral("adviceSignIn"));
    // A temporary failure of an OAuth account is no sign-in problem.
    QVERIFY(windowAdvice(outcome(Category::TemporaryFailure, QStringLiteral("451 4.3.0 try later")), c).id
            != QLatin1String("signInAgain"));
}

void TestAdvice::providerRefusalOpensTheSignInPage()
{
    const auto plain = [](const QString &password) {
        return QString::fromLatin1(
            (QByteArray(1, '\0') + "ann" + QByteArray(1, '\0') + password.toUtf8()).toBase64());
    };
    FakeServer server(greeting({QStringLiteral("AUTH PLAIN")})
                      + QStringList{QStringLiteral("C: AUTH PLAIN ") + plain(QStringLiteral("pw")),
                                    QStringLiteral("S: 535 5.7.139 Authentication unsuccessful, "
                                                   "SmtpClientAuthentication is disabled for the Mailbox. "
                                                   "Visit https://aka.ms/smtp_auth_disabled")}
                      + quit);
    store::Account a = plainAccount(server.port());
    a.user = QStringLiteral("ann");
    a.auth = smtp::AuthMethod::Plain;
    a.allowPlaintextAuth = true;  // the fake server speaks no TLS
    QVERIFY(m_ctx->accounts()->save(a));
    m_ctx->setSessionPassword(QStringLiteral("test"), QStringLiteral("pw"));
    ComposerWindow *w = newWindow();
    typeMessage(w);
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    ResultPanel *panel = w->resultPanel();
    QCOMPARE(panel->adviceId(), QStringLiteral("signInProvider"));
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("adviceSignIn"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Sign in with Microsoft"));
    QCOMPARE(m_ctx->mail()->outbox().size(), 1);
    QTest::mouseClick(button, Qt::LeftButton);
    AccountsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = uitest::findVisible<AccountsDialog>(QStringLiteral("accountsDialog"))));
    QCOMPARE(dialog->findChild<QTabWidget *>(QStringLiteral("accountPages"))->currentIndex(), 1);
    QCOMPARE(dialog->signInPage()->provider(), SignInPage::Provider::Microsoft);
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("oauthSignIn"))->text(),
             QStringLiteral("Sign in with &Microsoft"));
}

void TestAdvice::oauthAccountNotSignedInKeepsTheMessage()
{
    // An OAuth account whose sign-in server cannot be reached (or was never signed in): no AUTH is tried, no
    // password is asked for, the message stays in the outbox, and the panel says "Sign in again".
    FakeServer server(greeting({QStringLiteral("AUTH XOAUTH2")}) + quit);
    store::Account a = plainAccount(server.port());
    a.user = QStringLiteral("ann@example.org");
    a.auth = smtp::AuthMethod::XOAuth2;
    a.oauthIssuer = QStringLiteral("http://127.0.0.1:1");
    a.oauthClientId = QStringLiteral("stamp-test");
    a.allowPlaintextAuth = true;  // the fake server speaks no TLS
    QVERIFY(m_ctx->accounts()->save(a));
    ComposerWindow *w = newWindow();
    typeMessage(w);
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!uitest::findVisible<PasswordPrompt>(QStringLiteral("passwordPrompt")));
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::AuthFailed);
    QVERIFY(!server.received().contains("AUTH"));
    ResultPanel *panel = w->resultPanel();
    QCOMPARE(panel->adviceId(), QStringLiteral("signInAgain"));
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("adviceSignIn"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Sign in again"));
    QCOMPARE(m_ctx->mail()->outbox().size(), 1);
    QTest::mouseClick(button, Qt::LeftButton);
    AccountsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = uitest::findVisible<AccountsDialog>(QStringLiteral("accountsDialog"))));
    QCOMPARE(dialog->findChild<QTabWidget *>(QStringLiteral("accountPages"))->currentIndex(), 1);
}

STAMP_UI_TEST_MAIN(TestAdvice)
#include "tst_advice.moc"
