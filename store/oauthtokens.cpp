#include "oauthtokens.h"

namespace store {

OAuthTokenSource::OAuthTokenSource(QString account, OAuthProvider provider, SecretStore *secrets,
                                   QObject *parent)
    : QObject(parent), m_account(std::move(account)), m_provider(std::move(provider)), m_secrets(secrets)
{
}

void OAuthTokenSource::adopt(const OAuthTokens &tokens, std::function<void(QString error)> done)
{
    m_tokens = tokens;
    m_needsSignIn = false;
    if (tokens.refreshToken.isEmpty() || !m_secrets) {
        done({});
        return;
    }
    m_secrets->writePassword(refreshTokenKey(m_account), tokens.refreshToken, this,
                             [done](const SecretStore::Result &r) { done(r.ok() ? QString() : r.message); });
}

void OAuthTokenSource::requestToken(const QString &, std::function<void(QString token, QString error)> done)
{
    // A minute of margin: the token must still be valid when the server checks it.
    if (m_tokens.isValid()
        && (m_tokens.expiresAt.isNull() || QDateTime::currentDateTimeUtc().secsTo(m_tokens.expiresAt) > 60)) {
        done(m_tokens.accessToken, {});
        return;
    }
    if (!m_secrets) {
        done({}, tr("No keychain: the sign-in cannot be renewed."));
        return;
    }
    QPointer<OAuthTokenSource> self(this);
    m_secrets->readPassword(
        refreshTokenKey(m_account), this, [self, done](const QString &refresh, const SecretStore::Result &r) {
            if (!self)
                return;
            if (!r.ok()) {
                self->m_needsSignIn = r.error == SecretStore::Error::NotFound;
                done({}, r.error == SecretStore::Error::NotFound
                             ? tr("This account is not signed in: sign in first.")
                             : r.message);
                return;
            }
            auto *flow = new OAuthFlow(self->m_provider, self);
            connect(flow, &OAuthFlow::finished, self,
                    [self, flow, refresh, done](const OAuthTokens &t, OAuthFlow::Error error,
                                                const QString &message) {
                        flow->deleteLater();
                        if (error != OAuthFlow::Error::None) {
                            self->m_needsSignIn = error == OAuthFlow::Error::Denied;
                            done({}, message);
                            return;
                        }
                        OAuthTokens kept = t;
                        if (kept.refreshToken.isEmpty() || kept.refreshToken == refresh) {
                            self->m_tokens = kept;
                            done(kept.accessToken, {});
                            return;
                        }
                        // A rotated refresh token (RFC 6749 §6; OAuth 2.1) replaces the old one in the
                        // keychain.
                        self->adopt(kept, [done, token = kept.accessToken](const QString &error) {
                            done(error.isEmpty() ? token : QString(), error);
                        });
                    });
            flow->refresh(refresh);
        });
}

}  // namespace store
