// store::AccountTokens, shared by the window and `send --account`: the access token from a sign-in, a token
// the server refused after it had been used is refreshed once (and only once), and a revoked grant says
// "sign in again". Against a local token endpoint and a private GNOME Keyring (with-keyring.sh).
#include "../httpserver.h"
#include "accounttokens.h"
#include "secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

namespace {

struct Answer
{
    QString token, error;
};

Answer ask(store::AccountTokens &tokens)
{
    Answer a;
    bool done = false;
    tokens.requestToken(QStringLiteral("ann"), [&](const QString &t, const QString &e) {
        a = {t, e};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        a.error = QStringLiteral("no answer");
    return a;
}

smtp::Outcome refused(const char *reply)
{
    smtp::Outcome o;
    o.category = smtp::Outcome::Category::AuthFailed;
    smtp::ReplyParser parser;
    parser.feed(QByteArray(reply) + "\r\n");
    o.reply = parser.next().value_or(smtp::Reply());
    return o;
}

}  // namespace

class TestAccountTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedTokenIsRefreshedOnce();
    void revokedGrantNeedsSignIn();
};

void TestAccountTokens::refusedTokenIsRefreshedOnce()
{
    const QString refresh = qEnvironmentVariable("STAMP_TEST_SECRET", QStringLiteral("refresh-secret"));
    int refreshes = 0;
    HttpServer server([&](const HttpServer::Request &r) {
        const QUrlQuery form(QString::fromUtf8(r.body));
        if (r.path != "/token"
            || form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("refresh_token")
            || form.queryItemValue(QStringLiteral("refresh_token")) != refresh)
            return HttpServer::Response{400, "application/json", "{\"error\":\"invalid_grant\"}"};
        ++refreshes;
        QJsonObject t{{QStringLiteral("access_token"), QStringLiteral("access-%1").arg(refreshes + 1)},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), 3600}};
        return HttpServer::Response{200, "application/json", QJsonDocument(t).toJson()};
    });
    store::Account account;
    account.name = QStringLiteral("tokens-%1").arg(QCoreApplication::applicationPid());
    account.auth = smtp::AuthMethod::XOAuth2;
    store::OAuthProvider provider;
    provider.name = QStringLiteral("Local");
    provider.tokenEndpoint = server.url(QStringLiteral("/token"));
    provider.authorizationEndpoint = server.url(QStringLiteral("/authorize"));
    provider.clientId = QStringLiteral("stamp-test");
    store::SecretStore secrets;
    store::AccountTokens tokens(account, &secrets);

    QString error = QStringLiteral("pending");
    bool adopted = false;
    tokens.adopt(provider,
                 {QStringLiteral("access-1"), QDateTime::currentDateTimeUtc().addSecs(3600), refresh},
                 [&](const QString &e) {
                     error = e;
                     adopted = true;
                 });
    QTRY_VERIFY_WITH_TIMEOUT(adopted, 30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE(ask(tokens).token, QStringLiteral("access-1"));
    // Fresh from the sign-in and refused: that answer stands.
    QVERIFY(!tokens.retryAfter(refused("535 5.7.8 Authentication credentials invalid")));
    // Used before and refused: once more with a refreshed one.
    QCOMPARE(ask(tokens).token, QStringLiteral("access-1"));
    QVERIFY(!tokens.retryAfter(smtp::Outcome()));  // not a login failure
    smtp::Outcome noReply;
    noReply.category = smtp::Outcome::Category::AuthFailed;  // no token at all: nothing to refresh
    QVERIFY(!tokens.retryAfter(noReply));
    QVERIFY(tokens.retryAfter(refused("535 5.7.8 Authentication credentials invalid")));
    QCOMPARE(ask(tokens).token, QStringLiteral("access-2"));
    QCOMPARE(refreshes, 1);
    // The refreshed token refused too: no loop.
    QVERIFY(!tokens.retryAfter(refused("535 5.7.8 Authentication credentials invalid")));
    QVERIFY(!tokens.needsSignIn());

    bool removed = false;
    secrets.removePassword(store::OAuthTokenSource::refreshTokenKey(account.name), this,
                           [&](const store::SecretStore::Result &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
}

void TestAccountTokens::revokedGrantNeedsSignIn()
{
    HttpServer server([](const HttpServer::Request &) {
        return HttpServer::Response{400, "application/json", "{\"error\":\"invalid_grant\"}"};
    });
    store::Account account;
    account.name = QStringLiteral("revoked-%1").arg(QCoreApplication::applicationPid());
    account.auth = smtp::AuthMethod::XOAuth2;
    store::OAuthProvider provider;
    provider.tokenEndpoint = server.url(QStringLiteral("/token"));
    provider.authorizationEndpoint = server.url(QStringLiteral("/authorize"));
    provider.clientId = QStringLiteral("stamp-test");
    store::SecretStore secrets;
    store::AccountTokens tokens(account, &secrets);
    bool adopted = false;
    // An access token that has expired already: the next request must refresh, and the grant is gone.
    tokens.adopt(
        provider,
        {QStringLiteral("old"), QDateTime::currentDateTimeUtc().addSecs(-10), QStringLiteral("revoked")},
        [&](const QString &) { adopted = true; });
    QTRY_VERIFY_WITH_TIMEOUT(adopted, 30000);
    const Answer a = ask(tokens);
    QVERIFY(a.token.isEmpty());
    QVERIFY(!a.error.isEmpty());
    QVERIFY(tokens.needsSignIn());
    bool removed = false;
    secrets.removePassword(store::OAuthTokenSource::refreshTokenKey(account.name), this,
                           [&](const store::SecretStore::Result &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
}

QTEST_GUILESS_MAIN(TestAccountTokens)
#include "tst_accounttokens.moc"
