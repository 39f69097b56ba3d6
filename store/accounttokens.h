#pragma once

#include "account.h"
#include "oauthtokens.h"
#include "outcome.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

namespace store {

class SecretStore;

// The access tokens of one OAuth account, for the window and for `send --account` alike: the provider is
// found on the first request (store/accountoauth.h), then the account's OAuthTokenSource answers (the
// refresh token in the keychain, the access token in memory).
class AccountTokens : public QObject, public smtp::TokenProvider
{
    Q_OBJECT
public:
    // secrets may be null: then a SecretStore of its own is used.
    explicit AccountTokens(Account account, SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~AccountTokens() override;

    const Account &account() const { return m_account; }
    void requestToken(const QString &user, std::function<void(QString token, QString error)> done) override;
    // A new sign-in for this account: its refresh token goes to the keychain (done(error), empty when kept).
    void adopt(const OAuthProvider &provider, const OAuthTokens &tokens, std::function<void(QString)> done);
    // The last failure means the user must sign in again (no sign-in saved, or a revoked or expired grant).
    bool needsSignIn() const { return m_needsSignIn; }
    // After a send: true when the server refused a token that had been used before (it may have expired
    // or been revoked early), so one more try with a refreshed one is worth it; the cached token is then
    // dropped. A token fresh from the provider that is refused again is not retried: that answer stands.
    bool retryAfter(const smtp::Outcome &outcome);

private:
    OAuthTokenSource *source(const OAuthProvider &provider);

    Account m_account;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore *m_secrets;
    OAuthTokenSource *m_source = nullptr;
    QString m_lastToken;  // in memory only, to tell a reused token from a fresh one
    bool m_lastFresh = false;
    bool m_needsSignIn = false;
};

}  // namespace store
