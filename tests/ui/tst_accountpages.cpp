// The Accounts dialog's pages (form, sign-in and server search, test results), found by object name; the
// first-start dialog set up from the address with store::Autoconfig's lookups driven here (the central
// database pointed at a local HTTP server, the other steps off), its warnings needing a tick before saving;
// and "Sign in with …" wired to a real OAuthFlow against a local token endpoint, the browser being a URL
// handler that follows the loopback redirect. Runs with a private keyring and with none.
#include "../fakeserver.h"
#include "../httpserver.h"
#include "accountform.h"
#include "accountsdialog.h"
#include "appcontext.h"
#include "autoconfigpanel.h"
#include "composerwindow.h"
#include "firststartdialog.h"
#include "oauthprovider.h"
#include "oauthtokens.h"
#include "resultpanel.h"
#include "signinpage.h"
#include "startup.h"
#include "testresults.h"
#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace ui;

namespace {

bool keyringAvailable()
{
    return qgetenv("STAMP_TEST_KEYRING") == "available";
}

QByteArray ispdbDocument(const QString &host, int port, const char *socketType, const char *auth)
{
    return QStringLiteral("<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider "
                          "id=\"example.test\"><domain>example.test</domain><outgoingServer type=\"smtp\">"
                          "<hostname>%1</hostname><port>%2</port><socketType>%3</socketType>"
                          "<authentication>%4</authentication><username>%EMAILADDRESS%</username>"
                          "</outgoingServer></emailProvider></clientConfig>\n")
        .arg(host)
        .arg(port)
        .arg(QString::fromLatin1(socketType), QString::fromLatin1(auth))
        .toUtf8();
}

// The central database only, at a local server; nothing else is looked up (no guessing, no DNS of its own).
store::Autoconfig::Options localDatabase(const HttpServer &server)
{
    store::Autoconfig::Options o;
    o.useIspdb = true;
    o.ispdbBase = server.url();
    o.guess = false;
    o.plainHttp = false;
    o.mx = false;
    o.srv = false;
    o.httpTimeoutMs = 5000;
    return o;
}

// The browser: the desktop's URL handler, which "signs in" by following the loopback redirect with a code.
class Browser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
    QString code = QStringLiteral("code-1");
    QNetworkAccessManager nam;
public Q_SLOTS:
    void open(const QUrl &url)
    {
        opened << url;
        const QUrlQuery q(url);
        QUrl back(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("code"), code);
        answer.addQueryItem(QStringLiteral("state"), q.queryItemValue(QStringLiteral("state")));
        back.setQuery(answer);
        QNetworkReply *r = nam.get(QNetworkRequest(back));
        connect(r, &QNetworkReply::finished, r, &QObject::deleteLater);
    }
};

}  // namespace

class TestAccountPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pagesKeepTheirObjectNames();
    void firstStartFindsAndSavesTheSettings();
    void firstStartWarningsMustBeAccepted();
    void injectedWarningsMustBeAccepted();
    void nothingFoundSaysSo();
    void byHandKeepsWhatWasTyped();
    void accountsDialogFindsSettingsFromTheAddress();
    void signInWithTheBrowserKeepsTheToken();
    void signInPresetsTheProvidersServer();
    void signInWithACodeOnAnotherDevice();
    void sendRetriesARefusedTokenOnce_data();
    void sendRetriesARefusedTokenOnce();

private:
    AppContext *m_ctx = nullptr;
    QString m_dir;
};

void TestAccountPages::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/pages-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
}

void TestAccountPages::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    delete m_ctx;
    m_ctx = nullptr;
}

void TestAccountPages::pagesKeepTheirObjectNames()
{
    AccountsDialog d(m_ctx);
    auto *form = d.findChild<AccountForm *>(QStringLiteral("accountForm"));
    auto *signIn = d.findChild<SignInPage *>(QStringLiteral("signInPage"));
    auto *results = d.findChild<TestResults *>(QStringLiteral("testResults"));
    QVERIFY(form && signIn && results);
    for (const char *name : {"accountName", "displayNameEdit", "addressEdit", "hostEdit", "userEdit",
                             "accountPasswordEdit", "caFileEdit"})
        QVERIFY2(form->findChild<QLineEdit *>(QLatin1String(name)), name);
    QVERIFY(form->findChild<QComboBox *>(QStringLiteral("securityCombo")));
    QVERIFY(form->findChild<QComboBox *>(QStringLiteral("authCombo")));
    QVERIFY(form->findChild<QSpinBox *>(QStringLiteral("portSpin")));
    for (const char *name :
         {"autoconfigFind", "autoconfigUse", "oauthSignIn", "oauthSignInDevice", "oauthSignOut"})
        QVERIFY2(signIn->findChild<QPushButton *>(QLatin1String(name)), name);
    QVERIFY(signIn->findChild<QComboBox *>(QStringLiteral("oauthProvider")));
    QVERIFY(signIn->findChild<QLineEdit *>(QStringLiteral("oauthClientIdEdit")));
    QVERIFY(results->findChild<QLabel *>(QStringLiteral("testResult")));
    // The form edits the account; the sign-in page adds its OAuth fields; the dialog combines them.
    store::Account a;
    a.name = QStringLiteral("x");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("mail.example.org");
    a.auth = smtp::AuthMethod::XOAuth2;
    a.oauthIssuer = QStringLiteral("https://login.example.org");
    a.oauthClientId = QStringLiteral("client-1");
    QVERIFY(m_ctx->accounts()->save(a));
    d.selectAccount(QStringLiteral("x"));
    QCOMPARE(d.formAccount(), a);
    QCOMPARE(signIn->provider(), SignInPage::Provider::Other);
    QCOMPARE(signIn->findChild<QPushButton *>(QStringLiteral("oauthSignIn"))->text(),
             QStringLiteral("&Sign in with login.example.org"));
}

void TestAccountPages::firstStartFindsAndSavesTheSettings()
{
    HttpServer ispdb([](const HttpServer::Request &r) {
        if (r.path == "/example.test")
            return HttpServer::Response{
                200, "text/xml",
                ispdbDocument(QStringLiteral("smtp.example.test"), 465, "SSL", "password-cleartext")};
        return HttpServer::Response{};
    });
    m_ctx->setAutoconfigOptions(localDatabase(ispdb));
    FirstStartDialog d(m_ctx);
    d.show();
    auto *save = d.findChild<QPushButton *>(QStringLiteral("firstStartSave"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!d.findChild<QLineEdit *>(QStringLiteral("firstStartPassword"))->isVisible());
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("firstStartName")), QStringLiteral("Ann"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("firstStartAddress")),
                     QStringLiteral("ann@example.test"));
    QSignalSpy finished(d.autoconfig(), &AutoconfigPanel::finished);
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("autoconfigFind")), Qt::LeftButton);
    QVERIFY(d.autoconfig()->isRunning());  // the lookups run while the window stays responsive
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(ispdb.requests.size(), 1);
    const QString shown = d.findChild<QLabel *>(QStringLiteral("autoconfigResult"))->text();
    QVERIFY2(shown.contains(QStringLiteral("<b>smtp.example.test</b>")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("<b>example.test</b>")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("port 465")));
    QVERIFY(shown.contains(QStringLiteral("TLS from the start")));
    QVERIFY(shown.contains(QStringLiteral("ann@example.test")));
    QVERIFY(shown.contains(QStringLiteral("central database")));
    QVERIFY(shown.contains(ispdb.url(QStringLiteral("/example.test")).toString()));
    QVERIFY(!d.findChild<QCheckBox *>(QStringLiteral("autoconfigAccept"))->isVisible());
    // A password login: now, and only now, the password is asked for.
    auto *password = d.findChild<QLineEdit *>(QStringLiteral("firstStartPassword"));
    QVERIFY(password->isVisible());
    QVERIFY(save->isEnabled());
    QVERIFY(m_ctx->accounts()->accounts().isEmpty());  // nothing saved before Save
    QTest::keyClicks(password, uitest::testSecret());
    QTest::mouseClick(save, Qt::LeftButton);
    const std::optional<store::Account> a = m_ctx->accounts()->find(QStringLiteral("ann@example.test"));
    QVERIFY(a);
    QCOMPARE(a->displayName, QStringLiteral("Ann"));
    QCOMPARE(a->host, QStringLiteral("smtp.example.test"));
    QCOMPARE(a->port, quint16(465));
    QCOMPARE(a->security, smtp::Security::ImplicitTls);
    QCOMPARE(a->user, QStringLiteral("ann@example.test"));
    QCOMPARE(a->auth, smtp::AuthMethod::Auto);
    // The password is usable at once (in memory) and not in the settings file.
    QFile conf(m_dir + QStringLiteral("/stamp.conf"));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(!conf.readAll().contains(uitest::testSecret().toUtf8()));
}

void TestAccountPages::firstStartWarningsMustBeAccepted()
{
    HttpServer ispdb([](const HttpServer::Request &) {
        return HttpServer::Response{
            200, "text/xml",
            ispdbDocument(QStringLiteral("smtp.elsewhere.test"), 587, "STARTTLS", "password-cleartext")};
    });
    m_ctx->setAutoconfigOptions(localDatabase(ispdb));
    FirstStartDialog d(m_ctx);
    d.show();
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("firstStartAddress")),
                     QStringLiteral("ann@example.test"));
    QSignalSpy finished(d.autoconfig(), &AutoconfigPanel::finished);
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("autoconfigFind")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    // Another domain than the address's: said, with both names, and asked about.
    const QString warning = d.findChild<QLabel *>(QStringLiteral("autoconfigWarnings"))->text();
    QVERIFY2(warning.contains(QStringLiteral("smtp.elsewhere.test"))
                 && warning.contains(QStringLiteral("example.test")),
             qPrintable(warning));
    auto *accept = d.findChild<QCheckBox *>(QStringLiteral("autoconfigAccept"));
    auto *save = d.findChild<QPushButton *>(QStringLiteral("firstStartSave"));
    QVERIFY(accept->isVisible());
    QVERIFY(!save->isEnabled());
    QVERIFY(!d.save());
    QVERIFY(m_ctx->accounts()->accounts().isEmpty());
    QTest::mouseClick(accept, Qt::LeftButton);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_ctx->accounts()->find(QStringLiteral("ann@example.test"))->host,
             QStringLiteral("smtp.elsewhere.test"));
}

void TestAccountPages::injectedWarningsMustBeAccepted()
{
    // Autoconfig's own warnings (plain http, a redirect to another domain) as it reports them.
    AutoconfigPanel panel(m_ctx);
    QSignalSpy usable(&panel, &AutoconfigPanel::usableChanged);
    store::AutoconfigResult r;
    r.source = store::AutoconfigResult::Source::PlainHttp;
    store::DiscoveredServer s;
    s.host = QStringLiteral("smtp.example.org");
    s.port = 587;
    s.userName = QStringLiteral("ann");
    r.servers << s;
    r.origin = QStringLiteral("http://autoconfig.example.org/mail/config-v1.1.xml");
    r.domain = QStringLiteral("example.org");
    r.warnings << QStringLiteral("These settings came over plain http.")
               << QStringLiteral(
                      "https://autoconfig.example.org redirected to another domain: https://x.test");
    panel.showResult(r);
    QVERIFY(!panel.canUse());
    QCOMPARE(usable.last().first().toBool(), false);
    QCOMPARE(panel.warnings(), r.warnings);
    const QString shown = panel.findChild<QLabel *>(QStringLiteral("autoconfigWarnings"))->text();
    QVERIFY(shown.contains(QStringLiteral("plain http")) && shown.contains(QStringLiteral("another domain")));
    panel.findChild<QCheckBox *>(QStringLiteral("autoconfigAccept"))->setChecked(true);
    QVERIFY(panel.canUse());
    QCOMPARE(usable.last().first().toBool(), true);
    QCOMPARE(panel.applyTo(store::Account()).host, QStringLiteral("smtp.example.org"));
    // A new result asks again.
    panel.showResult(r);
    QVERIFY(!panel.canUse());
    // A method Stamp cannot use is never usable, whatever is ticked.
    r.servers.first().auth = store::DiscoveredServer::Auth::Unsupported;
    panel.showResult(r);
    panel.findChild<QCheckBox *>(QStringLiteral("autoconfigAccept"))->setChecked(true);
    QVERIFY(!panel.canUse());
}

void TestAccountPages::nothingFoundSaysSo()
{
    HttpServer ispdb([](const HttpServer::Request &) { return HttpServer::Response{}; });
    m_ctx->setAutoconfigOptions(localDatabase(ispdb));
    FirstStartDialog d(m_ctx);
    d.show();
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("firstStartAddress")),
                     QStringLiteral("ann@example.test"));
    QSignalSpy finished(d.autoconfig(), &AutoconfigPanel::finished);
    QTest::keyClick(d.findChild<QLineEdit *>(QStringLiteral("firstStartAddress")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("autoconfigStatus"))
                ->text()
                .contains(QStringLiteral("No settings were found")));
    QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("firstStartSave"))->isEnabled());
    QVERIFY(d.findChild<QPushButton *>(QStringLiteral("firstStartManual"))->isEnabled());
}

void TestAccountPages::byHandKeepsWhatWasTyped()
{
    HttpServer ispdb([](const HttpServer::Request &) { return HttpServer::Response{}; });
    m_ctx->setAutoconfigOptions(localDatabase(ispdb));
    ComposerWindow *w = openStartupWindow(m_ctx, {});
    FirstStartDialog *first = nullptr;
    QTRY_VERIFY((first = uitest::findVisible<FirstStartDialog>(QStringLiteral("firstStartDialog"))));
    QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("firstStartName")),
                     QStringLiteral("Ann Example"));
    QTest::keyClicks(first->findChild<QLineEdit *>(QStringLiteral("firstStartAddress")),
                     QStringLiteral("ann@example.test"));
    QTest::mouseClick(first->findChild<QPushButton *>(QStringLiteral("firstStartManual")), Qt::LeftButton);
    AccountsDialog *accounts = nullptr;
    QTRY_VERIFY((accounts = uitest::findVisible<AccountsDialog>(QStringLiteral("accountsDialog"))));
    QCOMPARE(accounts->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))->text(),
             QStringLiteral("Ann Example"));
    QCOMPARE(accounts->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text(),
             QStringLiteral("ann@example.test"));
    QCOMPARE(accounts->findChild<QLineEdit *>(QStringLiteral("accountName"))->text(),
             QStringLiteral("ann@example.test"));
    // Not saved yet, and not lost either: the form counts as changed.
    QVERIFY(accounts->isDirty());
    QVERIFY(m_ctx->accounts()->accounts().isEmpty());
    delete w;
}

void TestAccountPages::accountsDialogFindsSettingsFromTheAddress()
{
    HttpServer ispdb([](const HttpServer::Request &r) {
        if (r.path == "/example.test")
            return HttpServer::Response{
                200, "text/xml",
                ispdbDocument(QStringLiteral("smtp.example.test"), 587, "STARTTLS", "OAuth2")};
        return HttpServer::Response{};
    });
    m_ctx->setAutoconfigOptions(localDatabase(ispdb));
    AccountsDialog d(m_ctx);
    d.show();
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("accountName")), QStringLiteral("new"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("addressEdit")),
                     QStringLiteral("ann@example.test"));
    d.findChild<QTabWidget *>(QStringLiteral("accountPages"))->setCurrentIndex(1);
    QSignalSpy finished(d.signInPage()->autoconfig(), &AutoconfigPanel::finished);
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("autoconfigFind")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    auto *use = d.findChild<QPushButton *>(QStringLiteral("autoconfigUse"));
    QVERIFY(use->isVisible() && use->isEnabled());
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("autoconfigResult"))
                ->text()
                .contains(QStringLiteral("OAuth 2.0")));
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(),
             QStringLiteral("smtp.example.test"));
    QCOMPARE(d.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 587);
    QCOMPARE(d.formAccount().auth, smtp::AuthMethod::XOAuth2);
    QCOMPARE(d.formAccount().user, QStringLiteral("ann@example.test"));
    QVERIFY(d.isDirty());
    QVERIFY(!m_ctx->accounts()->contains(QStringLiteral("new")));  // saved only by Save
}

void TestAccountPages::signInWithTheBrowserKeepsTheToken()
{
    const QString refresh = uitest::testSecret();
    QByteArray tokenForm;
    HttpServer *server = nullptr;
    Browser browser;
    HttpServer oauth([&](const HttpServer::Request &r) {
        if (r.path == "/.well-known/openid-configuration") {
            QJsonObject meta{
                {QStringLiteral("issuer"), server->url(QString()).toString()},
                {QStringLiteral("authorization_endpoint"),
                 server->url(QStringLiteral("/authorize")).toString()},
                {QStringLiteral("token_endpoint"), server->url(QStringLiteral("/token")).toString()}};
            return HttpServer::Response{200, "application/json", QJsonDocument(meta).toJson()};
        }
        if (r.path == "/token" && r.method == "POST") {
            tokenForm = r.body;
            const QUrlQuery form(QString::fromUtf8(r.body));
            const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier")).toLatin1();
            // The challenge as the browser was given it, as a real provider would have kept it.
            const QString challenge =
                QUrlQuery(browser.opened.value(0)).queryItemValue(QStringLiteral("code_challenge"));
            const QString expected = QString::fromLatin1(
                QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            // RFC 7636 §4.6: the verifier must match the challenge of the authorization request.
            if (form.queryItemValue(QStringLiteral("code")) != QLatin1String("code-1") || challenge.isEmpty()
                || expected != challenge)
                return HttpServer::Response{400, "application/json", "{\"error\":\"invalid_grant\"}"};
            QJsonObject t{{QStringLiteral("access_token"), QStringLiteral("access-1")},
                          {QStringLiteral("refresh_token"), refresh},
                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("expires_in"), 3600}};
            return HttpServer::Response{200, "application/json", QJsonDocument(t).toJson()};
        }
        return HttpServer::Response{};
    });
    server = &oauth;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    struct Unset
    {
        ~Unset() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }
    } unsetBeforeTheBrowserGoes;

    store::Account a;
    a.name = QStringLiteral("oauth");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = 2525;
    a.user = QStringLiteral("ann@example.org");
    a.auth = smtp::AuthMethod::XOAuth2;
    a.oauthIssuer = oauth.url(QString()).toString();
    a.oauthClientId = QStringLiteral("stamp-test");
    QVERIFY(m_ctx->accounts()->save(a));
    AccountsDialog d(m_ctx);
    d.show();
    d.showSignIn(QStringLiteral("oauth"));
    QCOMPARE(d.findChild<QTabWidget *>(QStringLiteral("accountPages"))->currentIndex(), 1);
    QSignalSpy done(d.signInPage(), &SignInPage::signInFinished);
    auto *signIn = d.findChild<QPushButton *>(QStringLiteral("oauthSignIn"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size() > 0 || done.count() > 0, true, 20000);
    QVERIFY2(!browser.opened.isEmpty(), qPrintable(d.signInPage()->status()));
    QVERIFY(!QUrlQuery(browser.opened.first()).queryItemValue(QStringLiteral("code_challenge")).isEmpty());
    QCOMPARE(browser.opened.first().host(), QStringLiteral("127.0.0.1"));
    // The address is shown, to copy if the browser did not open.
    QCOMPARE(QUrl(d.findChild<QLineEdit *>(QStringLiteral("oauthUrl"))->text()), browser.opened.first());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    QVERIFY(tokenForm.contains("grant_type=authorization_code"));
    if (keyringAvailable()) {
        QVERIFY2(done.first().first().toBool(), qPrintable(d.signInPage()->status()));
        QVERIFY(d.signInPage()->status().contains(QStringLiteral("Signed in")));
    } else {
        // No keychain: signed in for this run, and told the sign-in is not kept.
        QVERIFY2(d.signInPage()->status().contains(QStringLiteral("for this run only")),
                 qPrintable(d.signInPage()->status()));
    }
    // The window's sends get the access token from the same source.
    QString token, error;
    bool answered = false;
    m_ctx->tokensFor(*m_ctx->accounts()->find(QStringLiteral("oauth")))
        ->requestToken(a.user, [&](const QString &t, const QString &e) {
            token = t;
            error = e;
            answered = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QCOMPARE(token, QStringLiteral("access-1"));

    // Sign out removes the refresh token from the keychain.
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("oauthSignOut")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        d.signInPage()->status().contains(QStringLiteral("Signed out")) || !keyringAvailable(), 20000);
    if (keyringAvailable()) {
        store::SecretStore::Result result;
        bool read = false;
        m_ctx->secrets()->readPassword(store::OAuthTokenSource::refreshTokenKey(QStringLiteral("oauth")),
                                       this, [&](const QString &, const store::SecretStore::Result &r) {
                                           result = r;
                                           read = true;
                                       });
        QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
        QCOMPARE(result.error, store::SecretStore::Error::NotFound);
    }
}

void TestAccountPages::signInPresetsTheProvidersServer()
{
    // "Sign in with Google" on a password account switches it to Google's server and OAUTHBEARER; with no
    // client ID (none in this build, none in the account) it says so instead of opening anything.
    store::Account a;
    a.name = QStringLiteral("gmail");
    a.address = QStringLiteral("ann@gmail.com");
    a.host = QStringLiteral("mail.example.org");
    QVERIFY(m_ctx->accounts()->save(a));
    AccountsDialog d(m_ctx);
    d.show();
    d.showSignIn(QStringLiteral("gmail"), QStringLiteral("Google"));
    QCOMPARE(d.signInPage()->provider(), SignInPage::Provider::Google);
    auto *signIn = d.findChild<QPushButton *>(QStringLiteral("oauthSignIn"));
    QCOMPARE(signIn->text(), QStringLiteral("Sign in with &Google"));
    QSignalSpy done(d.signInPage(), &SignInPage::signInFinished);
    QTest::mouseClick(signIn, Qt::LeftButton);
    const std::optional<store::Account> saved = m_ctx->accounts()->find(QStringLiteral("gmail"));
    QCOMPARE(saved->host, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(saved->port, quint16(465));
    QCOMPARE(saved->security, smtp::Security::ImplicitTls);
    QCOMPARE(saved->auth, smtp::AuthMethod::OAuthBearer);
    QCOMPARE(saved->user, QStringLiteral("ann@gmail.com"));
    if (store::googleProvider().clientId.isEmpty()) {
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(d.signInPage()->status().contains(QStringLiteral("client ID")),
                 qPrintable(d.signInPage()->status()));
    }
}

void TestAccountPages::signInWithACodeOnAnotherDevice()
{
    // RFC 8628: the code and the address to visit are shown; Stamp polls until the user has signed in.
    int polls = 0;
    HttpServer *server = nullptr;
    HttpServer oauth([&](const HttpServer::Request &r) {
        if (r.path == "/.well-known/openid-configuration") {
            QJsonObject meta{
                {QStringLiteral("issuer"), server->url(QString()).toString()},
                {QStringLiteral("authorization_endpoint"),
                 server->url(QStringLiteral("/authorize")).toString()},
                {QStringLiteral("token_endpoint"), server->url(QStringLiteral("/token")).toString()},
                {QStringLiteral("device_authorization_endpoint"),
                 server->url(QStringLiteral("/device")).toString()}};
            return HttpServer::Response{200, "application/json", QJsonDocument(meta).toJson()};
        }
        if (r.path == "/device") {
            QJsonObject d{{QStringLiteral("device_code"), QStringLiteral("dev-1")},
                          {QStringLiteral("user_code"), QStringLiteral("WDJB-MJHT")},
                          {QStringLiteral("verification_uri"), QStringLiteral("https://example.org/device")},
                          {QStringLiteral("expires_in"), 600},
                          {QStringLiteral("interval"), 1}};
            return HttpServer::Response{200, "application/json", QJsonDocument(d).toJson()};
        }
        if (r.path == "/token"
            && QUrlQuery(QString::fromUtf8(r.body)).queryItemValue(QStringLiteral("device_code"))
                   == QLatin1String("dev-1")) {
            if (++polls == 1)
                return HttpServer::Response{400, "application/json", "{\"error\":\"authorization_pending\"}"};
            QJsonObject t{{QStringLiteral("access_token"), QStringLiteral("device-access")},
                          {QStringLiteral("refresh_token"), uitest::testSecret()},
                          {QStringLiteral("expires_in"), 3600}};
            return HttpServer::Response{200, "application/json", QJsonDocument(t).toJson()};
        }
        return HttpServer::Response{400, "application/json", "{\"error\":\"invalid_request\"}"};
    });
    server = &oauth;
    store::Account a;
    a.name = QStringLiteral("device");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.user = a.address;
    a.auth = smtp::AuthMethod::OAuthBearer;
    a.oauthIssuer = oauth.url(QString()).toString();
    a.oauthClientId = QStringLiteral("stamp-test");
    QVERIFY(m_ctx->accounts()->save(a));
    AccountsDialog d(m_ctx);
    d.show();
    d.showSignIn(QStringLiteral("device"));
    QSignalSpy done(d.signInPage(), &SignInPage::signInFinished);
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("oauthSignInDevice")), Qt::LeftButton);
    auto *code = d.findChild<QLabel *>(QStringLiteral("oauthDeviceCode"));
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() || done.count() > 0, 20000);
    QVERIFY2(code->text().contains(QStringLiteral("WDJB-MJHT"))
                 && code->text().contains(QStringLiteral("https://example.org/device")),
             qPrintable(code->text() + d.signInPage()->status()));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    QCOMPARE(polls, 2);
    QCOMPARE(done.first().first().toBool(), keyringAvailable());
    QVERIFY(!code->isVisible());
    if (keyringAvailable()) {
        bool removed = false;
        m_ctx->secrets()->removePassword(store::OAuthTokenSource::refreshTokenKey(a.name), this,
                                         [&](const store::SecretStore::Result &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    }
}

void TestAccountPages::sendRetriesARefusedTokenOnce_data()
{
    QTest::addColumn<bool>("secondAccepted");
    QTest::newRow("the refreshed token works") << true;
    QTest::newRow("the refreshed token is refused too") << false;
}

void TestAccountPages::sendRetriesARefusedTokenOnce()
{
    // The window sends with the account's token source; a token the server refuses after it had been used
    // (it may have expired early) is refreshed and the message tried once more, never more than once.
    QFETCH(bool, secondAccepted);
    if (!keyringAvailable())
        QSKIP("the refresh token needs a keychain (with-keyring.sh)");
    HttpServer oauth([](const HttpServer::Request &r) {
        if (r.path != "/token")
            return HttpServer::Response{};
        QJsonObject t{{QStringLiteral("access_token"), QStringLiteral("access-2")},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), 3600}};
        return HttpServer::Response{200, "application/json", QJsonDocument(t).toJson()};
    });
    const auto xoauth2 = [](const char *token) {
        return QStringLiteral("C: AUTH XOAUTH2 ")
               + QString::fromLatin1((QByteArray("user=ann@example.org\x01"
                                                 "auth=Bearer ")
                                      + token + "\x01\x01")
                                         .toBase64());
    };
    const QStringList hello{QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO *"),
                            QStringLiteral("S: 250-fake.example"), QStringLiteral("S: 250 AUTH XOAUTH2")};
    const QStringList quit{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};
    const QString refused = QStringLiteral("S: 535 5.7.8 Authentication credentials invalid");
    QStringList script = hello + QStringList{xoauth2("access-1"), refused} + quit + hello;
    if (secondAccepted)
        script << xoauth2("access-2") << QStringLiteral("S: 235 2.7.0 ok")
               << QStringLiteral("C: MAIL FROM:<ann@example.org>*") << QStringLiteral("S: 250 ok")
               << QStringLiteral("C: RCPT TO:<bob@example.org>*") << QStringLiteral("S: 250 ok")
               << QStringLiteral("C: DATA") << QStringLiteral("S: 354 go") << QStringLiteral("D:")
               << QStringLiteral("S: 250 2.0.0 queued") << quit;
    else
        script << xoauth2("access-2") << refused << quit;
    FakeServer smtp(script);
    smtp.setSequential(true);

    store::Account a;
    a.name = QStringLiteral("retry");
    a.displayName = QStringLiteral("Ann");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = smtp.port();
    a.security = smtp::Security::None;
    a.allowPlaintextAuth = true;  // the fake server speaks no TLS
    a.user = QStringLiteral("ann@example.org");
    a.auth = smtp::AuthMethod::XOAuth2;
    QVERIFY(m_ctx->accounts()->save(a));
    store::OAuthProvider provider;
    provider.tokenEndpoint = oauth.url(QStringLiteral("/token"));
    provider.authorizationEndpoint = oauth.url(QStringLiteral("/authorize"));
    provider.clientId = QStringLiteral("stamp-test");
    store::AccountTokens *tokens = m_ctx->tokensFor(a);
    bool adopted = false;
    tokens->adopt(
        provider,
        {QStringLiteral("access-1"), QDateTime::currentDateTimeUtc().addSecs(3600), uitest::testSecret()},
        [&](const QString &) { adopted = true; });
    QTRY_VERIFY_WITH_TIMEOUT(adopted, 20000);
    bool used = false;  // the access token has been used once already (an earlier send)
    tokens->requestToken(a.user, [&](const QString &, const QString &) { used = true; });
    QTRY_VERIFY(used);

    auto *w = new ComposerWindow(m_ctx);
    w->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<ComposerWindow> owner(w);
    w->show();
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
    QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), QStringLiteral("Token"));
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(smtp.errors().isEmpty(), qPrintable(smtp.errors().join(QLatin1Char('\n'))));
    QCOMPARE(smtp.connections(), 2);
    const auto outcome = finished.first().first().value<smtp::Outcome>();
    QVERIFY2(oauth.requests.size() == 1, qPrintable(outcome.summary));  // one refresh
    if (secondAccepted) {
        QCOMPARE(outcome.category, smtp::Outcome::Category::Sent);
        QVERIFY(m_ctx->mail()->outbox().isEmpty());
    } else {
        QCOMPARE(outcome.category, smtp::Outcome::Category::AuthFailed);
        QCOMPARE(w->resultPanel()->adviceId(), QStringLiteral("signInAgain"));
        QCOMPARE(m_ctx->mail()->outbox().size(), 1);
    }
    bool removed = false;
    m_ctx->secrets()->removePassword(store::OAuthTokenSource::refreshTokenKey(a.name), this,
                                     [&](const store::SecretStore::Result &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
}

STAMP_UI_TEST_MAIN(TestAccountPages)
#include "tst_accountpages.moc"
