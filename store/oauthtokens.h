#pragma once

#include "auth.h"
#include "oauthflow.h"
#include "secretstore.h"

#include <QObject>
#include <QPointer>

namespace store {

// Access tokens for one account's XOAUTH2 / OAUTHBEARER logins. The refresh token lives in the keychain
// (SecretStore, key refreshTokenKey(account)), never in a file; the access token only in memory, renewed a
// minute before it expires, and at once after invalidate() (the server refused it as expired).
class OAuthTokenSource : public QObject, public smtp::TokenProvider
{
    Q_OBJECT
public:
    OAuthTokenSource(QString account, OAuthProvider provider, SecretStore *secrets,
                     QObject *parent = nullptr);

    static QString refreshTokenKey(const QString &account)
    {
        return account + QStringLiteral("#oauth-refresh");
    }

    void requestToken(const QString &user, std::function<void(QString token, QString error)> done) override;
    // The server refused the last token (a 334 error challenge or 535 after it): the next request refreshes.
    void invalidate() { m_tokens = {}; }
    // Saves a new sign-in (the refresh token to the keychain, the access token in memory).
    void adopt(const OAuthTokens &tokens, std::function<void(QString error)> done);
    // True when the last failure means the user must sign in again (revoked or expired grant).
    bool needsSignIn() const { return m_needsSignIn; }

private:
    QString m_account;
    OAuthProvider m_provider;
    QPointer<SecretStore> m_secrets;
    OAuthTokens m_tokens;
    bool m_needsSignIn = false;
};

}  // namespace store
