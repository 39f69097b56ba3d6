// OAuth 2.0 sign-in against a real authorization server (oidc-provider) and an SMTP server that accepts
// XOAUTH2 / OAUTHBEARER only with a token that server issued and has not revoked (run_oauth.py starts both),
// with the refresh token in a real GNOME Keyring (with-keyring.sh). The browser is a script (browser.py),
// started where the desktop's URL handler would open the sign-in page.
#include "oauthflow.h"
#include "oauthtokens.h"
#include "session.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using store::OAuthFlow;
using store::OAuthTokens;

class TestOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void discovery();
    void browserSignInAndSend_data();
    void browserSignInAndSend();
    void wrongStateIsIgnored();
    void pkceVerifierMismatch();
    void deviceFlow();
    void refreshBeforeExpiry();
    void refusedTokenThenRefresh();
    void revokedRefreshToken();
    void commandLine();
    void noSecretOnDisk();

private:
    store::OAuthProvider m_provider;
    QStringList m_secretsSeen;  // every token this test saw, to look for on disk at the end
    QList<QProcess *> m_browsers;

    struct SignIn
    {
        OAuthTokens tokens;
        OAuthFlow::Error error = OAuthFlow::Error::Cancelled;
        QString message;
    };
    SignIn signIn(const QByteArray &browserMode, bool device = false, int browserTimeoutMs = 60'000);
    smtp::Outcome send(smtp::TokenProvider *tokens, smtp::AuthMethod method,
                       QStringList *transcript = nullptr);
    void revoke(const QString &token, const QString &hint);
};

void TestOAuth::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("STAMP_OAUTH_ISSUER")
        || qEnvironmentVariable("STAMP_TEST_KEYRING") != QLatin1String("available"))
        QSKIP("needs run_oauth.py (the OAuth and SMTP servers) inside with-keyring.sh");
    m_provider.name = QStringLiteral("test");
    m_provider.issuer = QUrl(qEnvironmentVariable("STAMP_OAUTH_ISSUER"));
    m_provider.clientId = QStringLiteral("stamp-test");
    m_provider.scope = QStringLiteral("openid offline_access smtp");
}

void TestOAuth::discovery()
{
    QNetworkAccessManager nam;
    store::OAuthDiscovery discovery(&nam);
    bool called = false;
    QString error;
    discovery.discover(m_provider.issuer, [&](store::OAuthProvider p, QString e) {
        called = true;
        error = e;
        p.clientId = m_provider.clientId;
        p.scope = m_provider.scope;
        m_provider = p;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 15'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_provider.isComplete());
    QVERIFY(m_provider.deviceAuthorizationEndpoint.isValid());
    QVERIFY(m_provider.revocationEndpoint.isValid());
    QVERIFY(m_provider.issParameterSupported);

    // Another issuer than the metadata names is refused.
    QUrl other = m_provider.issuer;
    other.setPath(QStringLiteral("/elsewhere"));
    called = false;
    discovery.discover(other, [&](store::OAuthProvider, QString e) {
        called = true;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 15'000);
    QVERIFY(!error.isEmpty());
    // Plain http to a host that is not this machine is refused before any request.
    called = false;
    discovery.discover(QUrl(QStringLiteral("http://accounts.example.com")),
                       [&](store::OAuthProvider, QString e) {
                           called = true;
                           error = e;
                       });
    QVERIFY(called);
    QVERIFY(error.contains(QLatin1String("https")));
}

TestOAuth::SignIn TestOAuth::signIn(const QByteArray &browserMode, bool device, int browserTimeoutMs)
{
    SignIn result;
    OAuthFlow flow(m_provider);
    flow.setBrowserTimeout(browserTimeoutMs);
    auto startBrowser = [this, browserMode](const QString &url) {
        auto *browser = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BROWSER_MODE"), QString::fromLatin1(browserMode));
        browser->setProcessEnvironment(env);
        browser->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        browser->start(QStringLiteral("/usr/bin/python3"), {qEnvironmentVariable("STAMP_TEST_BROWSER"), url});
        m_browsers << browser;
    };
    connect(&flow, &OAuthFlow::openBrowser, this, [&](const QUrl &url) {
        QVERIFY(url.toString().contains(QLatin1String("code_challenge_method=S256")));
        QVERIFY(url.toString().contains(QLatin1String("redirect_uri=http%3A%2F%2F127.0.0.1%3A")));
        startBrowser(url.toString(QUrl::FullyEncoded));
    });
    connect(&flow, &OAuthFlow::deviceCode, this,
            [&](const QString &code, const QUrl &uri, const QUrl &complete, int expires) {
                QVERIFY(!code.isEmpty());
                QVERIFY(uri.isValid());
                QVERIFY(expires > 0);
                startBrowser(complete.toString(QUrl::FullyEncoded));
            });
    bool finished = false;
    connect(&flow, &OAuthFlow::finished, this,
            [&](const OAuthTokens &t, OAuthFlow::Error e, const QString &m) {
                finished = true;
                result = {t, e, m};
            });
    if (device)
        flow.startDevice();
    else
        flow.startBrowser(QStringLiteral("ann@example.test"));
    if (!QTest::qWaitFor([&] { return finished; }, 90'000))
        result.message = QStringLiteral("the sign-in did not finish within 90 s");
    for (QProcess *b : std::as_const(m_browsers)) {
        b->waitForFinished(20'000);  // the browser script in the test, not the engine
        b->deleteLater();
    }
    m_browsers.clear();
    if (result.tokens.isValid())
        m_secretsSeen << result.tokens.accessToken << result.tokens.refreshToken;
    return result;
}

smtp::Outcome TestOAuth::send(smtp::TokenProvider *tokens, smtp::AuthMethod method, QStringList *transcript)
{
    smtp::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = quint16(qEnvironmentVariableIntValue("STAMP_OAUTH_SMTP_PORT"));
    o.security = smtp::Security::StartTls;
    o.extraCaCertificates =
        QSslCertificate::fromPath(qEnvironmentVariable("STAMP_TEST_DATA") + QStringLiteral("/ca.pem"));
    o.user = QStringLiteral("ann@example.test");
    o.auth = method;
    o.tokens = tokens;
    o.timeouts = smtp::Timeouts::uniform(20'000);
    smtp::Session session(o);
    smtp::Message m;
    QString why;
    m.from = smtp::parseMailbox(QStringLiteral("ann@example.test"), &why);
    m.to = {smtp::parseMailbox(QStringLiteral("bob@example.test"), &why)};
    m.subject = QStringLiteral("Signed in");
    m.body = QStringLiteral("Sent with an OAuth token.\n");
    session.addMessage({m.from, m.recipients()}, std::make_shared<smtp::MimeMessageSource>(m));
    if (transcript)
        connect(&session, &smtp::Session::transcript, this,
                [transcript](const smtp::TranscriptEvent &e) { *transcript << e.text; });
    QSignalSpy finished(&session, &smtp::Session::finished);
    session.start();
    if (!finished.wait(30'000))
        return {};
    return finished.first().first().value<smtp::Outcome>();
}

void TestOAuth::revoke(const QString &token, const QString &hint)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_provider.revocationEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam.post(request, "client_id=stamp-test&token=" + QUrl::toPercentEncoding(token)
                                                 + "&token_type_hint=" + hint.toLatin1());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15'000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
}

void TestOAuth::browserSignInAndSend_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("XOAUTH2") << int(smtp::AuthMethod::XOAuth2);
    QTest::newRow("OAUTHBEARER") << int(smtp::AuthMethod::OAuthBearer);
}

void TestOAuth::browserSignInAndSend()
{
    QFETCH(int, method);
    const SignIn s = signIn("normal");
    QVERIFY2(s.error == OAuthFlow::Error::None, qPrintable(s.message));
    QVERIFY(s.tokens.isValid());
    QVERIFY(!s.tokens.refreshToken.isEmpty());
    QVERIFY(s.tokens.expiresAt.isValid());

    store::SecretStore secrets;
    store::OAuthTokenSource source(QStringLiteral("work"), m_provider, &secrets);
    bool saved = false;
    QString error;
    source.adopt(s.tokens, [&](const QString &e) {
        saved = true;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 15'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList transcript;
    const smtp::Outcome o = send(&source, smtp::AuthMethod(method), &transcript);
    QVERIFY2(o.category == smtp::Outcome::Category::Sent,
             qPrintable(o.describe() + transcript.join(QLatin1Char('\n'))));
    for (const QString &line : std::as_const(transcript))
        QVERIFY2(!line.contains(s.tokens.accessToken), qPrintable(line));
}

void TestOAuth::wrongStateIsIgnored()
{
    // The only answer that arrives carries a forged state: it is ignored, and the sign-in times out unused.
    const SignIn s = signIn("wrong-state", false, 6'000);
    QCOMPARE(s.error, OAuthFlow::Error::TimedOut);
    QVERIFY(!s.tokens.isValid());
}

void TestOAuth::pkceVerifierMismatch()
{
    // The authorization request was changed on the way (another code_challenge): the server refuses the code.
    const SignIn s = signIn("bad-pkce");
    QCOMPARE(s.error, OAuthFlow::Error::Denied);
    QVERIFY(!s.tokens.isValid());
    QVERIFY(s.message.contains(QLatin1String("sign in again")));
}

void TestOAuth::deviceFlow()
{
    const SignIn s = signIn("device", true);
    QVERIFY2(s.error == OAuthFlow::Error::None, qPrintable(s.message));
    QVERIFY(s.tokens.isValid());
    QVERIFY(!s.tokens.refreshToken.isEmpty());
}

void TestOAuth::refreshBeforeExpiry()
{
    SignIn s = signIn("normal");
    QVERIFY2(s.error == OAuthFlow::Error::None, qPrintable(s.message));
    s.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30);  // inside the minute of margin
    store::SecretStore secrets;
    store::OAuthTokenSource source(QStringLiteral("refresh"), m_provider, &secrets);
    bool saved = false;
    source.adopt(s.tokens, [&](const QString &) { saved = true; });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 15'000);
    QString token, error;
    bool got = false;
    source.requestToken({}, [&](QString t, QString e) {
        got = true;
        token = t;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(got, 15'000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!token.isEmpty());
    QVERIFY(token != s.tokens.accessToken);  // renewed, not reused
    m_secretsSeen << token;
    QCOMPARE(send(&source, smtp::AuthMethod::XOAuth2).category, smtp::Outcome::Category::Sent);
}

void TestOAuth::refusedTokenThenRefresh()
{
    const SignIn s = signIn("normal");
    QVERIFY2(s.error == OAuthFlow::Error::None, qPrintable(s.message));
    store::SecretStore secrets;
    store::OAuthTokenSource source(QStringLiteral("refused"), m_provider, &secrets);
    bool saved = false;
    source.adopt(s.tokens, [&](const QString &) { saved = true; });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 15'000);
    revoke(s.tokens.accessToken, QStringLiteral("access_token"));
    // The server answers the dead token with RFC 7628's error challenge, then 535: a login failure...
    QStringList transcript;
    const smtp::Outcome refused = send(&source, smtp::AuthMethod::OAuthBearer, &transcript);
    QCOMPARE(refused.category, smtp::Outcome::Category::AuthFailed);
    QCOMPARE(refused.reply.code, 535);
    // ...after which the next request renews it through the refresh token, and the login works.
    source.invalidate();
    QCOMPARE(send(&source, smtp::AuthMethod::OAuthBearer).category, smtp::Outcome::Category::Sent);
}

void TestOAuth::revokedRefreshToken()
{
    const SignIn s = signIn("normal");
    QVERIFY2(s.error == OAuthFlow::Error::None, qPrintable(s.message));
    store::SecretStore secrets;
    store::OAuthTokenSource source(QStringLiteral("revoked"), m_provider, &secrets);
    bool saved = false;
    source.adopt(s.tokens, [&](const QString &) { saved = true; });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 15'000);
    revoke(s.tokens.refreshToken, QStringLiteral("refresh_token"));
    source.invalidate();
    QString token, error;
    bool got = false;
    source.requestToken({}, [&](QString t, QString e) {
        got = true;
        token = t;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(got, 15'000);
    QVERIFY(token.isEmpty());
    QVERIFY(source.needsSignIn());
    QVERIFY2(error.contains(QLatin1String("sign in again")), qPrintable(error));
    const smtp::Outcome o = send(&source, smtp::AuthMethod::XOAuth2);
    QCOMPARE(o.category, smtp::Outcome::Category::AuthFailed);
}

// The whole path a user takes: add the account, `stamp account login` (the browser opened through $BROWSER,
// as the desktop's URL handler does), `stamp send --account` refreshing by itself, `stamp account logout`.
void TestOAuth::commandLine()
{
    auto stamp = [](const QStringList &args, QByteArray *out, const QByteArray &browser = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!browser.isEmpty())
            env.insert(QStringLiteral("BROWSER"),
                       QStringLiteral("/usr/bin/python3 ") + qEnvironmentVariable("STAMP_TEST_BROWSER"));
        env.insert(QStringLiteral("BROWSER_MODE"), QString::fromLatin1(browser));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STAMP_BINARY), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(90'000)) {
            p.kill();
            return -1;
        }
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out;
    const QString server = QStringLiteral("127.0.0.1:") + qEnvironmentVariable("STAMP_OAUTH_SMTP_PORT");
    QCOMPARE(
        stamp({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("cli"),
               QStringLiteral("--from"), QStringLiteral("ann@example.test"), QStringLiteral("--server"),
               server, QStringLiteral("--user"), QStringLiteral("ann@example.test"), QStringLiteral("--auth"),
               QStringLiteral("oauth2"), QStringLiteral("--oauth-issuer"), m_provider.issuer.toString(),
               QStringLiteral("--oauth-client-id"), QStringLiteral("stamp-test"), QStringLiteral("--ca-file"),
               qEnvironmentVariable("STAMP_TEST_DATA") + QStringLiteral("/ca.pem")},
              &out),
        0);
    const QStringList sendArgs = {QStringLiteral("send"),
                                  QStringLiteral("--account"),
                                  QStringLiteral("cli"),
                                  QStringLiteral("--to"),
                                  QStringLiteral("bob@example.test"),
                                  QStringLiteral("--subject"),
                                  QStringLiteral("From the command line"),
                                  QStringLiteral("--body"),
                                  QStringLiteral("Hi")};
    // Not signed in yet: a login failure that says what to do.
    QCOMPARE(stamp(sendArgs, &out), 5);
    QVERIFY2(out.contains("sign in"), out.constData());
    QCOMPARE(
        stamp({QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("cli")}, &out, "normal"),
        0);
    QVERIFY2(out.contains("http://127.0.0.1:"), out.constData());  // the address is printed too
    QCOMPARE(stamp(sendArgs, &out), 0);
    QCOMPARE(stamp({QStringLiteral("account"), QStringLiteral("logout"), QStringLiteral("cli")}, &out), 0);
    QCOMPARE(stamp(sendArgs, &out), 5);
}

void TestOAuth::noSecretOnDisk()
{
    // No token in any file under the test's HOME (settings, data, caches) nor in the mail the server kept.
    QVERIFY(!m_secretsSeen.isEmpty());
    const QStringList roots = {qEnvironmentVariable("HOME"), qEnvironmentVariable("STAMP_OAUTH_MAILDIR")};
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (it.fileInfo().isSymLink() || !f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = f.readAll();
            for (const QString &secret : std::as_const(m_secretsSeen))
                if (!secret.isEmpty())
                    QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
