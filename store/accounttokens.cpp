#include "accounttokens.h"

#include "accountoauth.h"
#include "secretstore.h"

#include <QPointer>

namespace store {

AccountTokens::AccountTokens(Account account, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_account(std::move(account)), m_secrets(secrets)
{
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<SecretStore>();
        m_secrets = m_ownSecrets.get();
    }
}

AccountTokens::~AccountTokens() = default;

OAuthTokenSource *AccountTokens::source(const OAuthProvider &provider)
{
    if (!m_source)
        m_source = new OAuthTokenSource(m_account.name, provider, m_secrets, this);
    return m_source;
}

void AccountTokens::requestToken(const QString &user, std::function<void(QString, QString)> done)
{
    QPointer<AccountTokens> self(this);
    auto answer = [self, done](const QString &token, const QString &error) {
        if (self) {
            self->m_needsSignIn = self->m_source && self->m_source->needsSignIn();
            self->m_lastFresh = !token.isEmpty() && token != self->m_lastToken;
            if (!token.isEmpty())
                self->m_lastToken = token;
        }
        done(token, error);
    };
    if (m_source) {
        m_source->requestToken(user, answer);
        return;
    }
    oauthProviderFor(m_account, &m_nam, this, [self, user, answer](OAuthProvider p, QString error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            answer({}, error);
            return;
        }
        self->source(p)->requestToken(user, answer);
    });
}

void AccountTokens::adopt(const OAuthProvider &provider, const OAuthTokens &tokens,
                          std::function<void(QString)> done)
{
    m_needsSignIn = false;
    m_lastToken.clear();
    source(provider)->adopt(tokens, std::move(done));
}

bool AccountTokens::retryAfter(const smtp::Outcome &outcome)
{
    // RFC 7628 §3.2.2 / XOAUTH2: a refused token ends in 334 with an error JSON and then 535 (or 5.7.8).
    if (outcome.category != smtp::Outcome::Category::AuthFailed || !outcome.reply.isValid() || m_lastFresh
        || m_lastToken.isEmpty() || !m_source)
        return false;
    m_source->invalidate();
    m_lastFresh = true;  // once: the next refusal of the refreshed token stands
    return true;
}

}  // namespace store
