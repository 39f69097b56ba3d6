#include "accountoauth.h"

#include <QCoreApplication>
#include <QPointer>

namespace store {

void oauthProviderFor(const Account &account, QNetworkAccessManager *nam, QObject *context,
                      std::function<void(OAuthProvider, QString)> done)
{
    const smtp::AuthMethod mechanism = account.auth;
    auto finish = [account, mechanism, done](OAuthProvider p, const QString &error) {
        if (!error.isEmpty()) {
            done({}, error);
            return;
        }
        if (!account.oauthClientId.isEmpty())
            p.clientId = account.oauthClientId;
        if (mechanism == smtp::AuthMethod::XOAuth2 || mechanism == smtp::AuthMethod::OAuthBearer)
            p.mechanism = mechanism;
        if (p.clientId.isEmpty()) {
            done({},
                 QCoreApplication::translate(
                     "store::OAuth",
                     "Stamp has no OAuth client ID for %1. Register one with the provider and give it with "
                     "--oauth-client-id (the README says how).")
                     .arg(p.name.isEmpty() ? account.host : p.name));
            return;
        }
        done(p, {});
    };
    if (!account.oauthIssuer.isEmpty()) {
        auto *discovery = new OAuthDiscovery(nam, context);
        discovery->discover(QUrl(account.oauthIssuer), [discovery, account, finish](OAuthProvider p,
                                                                                    QString error) {
            discovery->deleteLater();
            if (error.isEmpty() && p.scope.isEmpty()) {
                // A provider found by discovery: the SMTP scope is the provider's own business; ask for a
                // refresh token the OpenID way, and take the preset's scope when the host is a known one.
                const QString preset = providerPresetForHost(account.host);
                p.scope = preset == QLatin1String("google")      ? googleProvider().scope
                          : preset == QLatin1String("microsoft") ? microsoftProvider().scope
                                                                 : QStringLiteral("openid offline_access");
            }
            finish(p, error);
        });
        return;
    }
    const QString preset = providerPresetForHost(account.host);
    if (preset == QLatin1String("google")) {
        finish(googleProvider(), {});
    } else if (preset == QLatin1String("microsoft")) {
        finish(microsoftProvider(), {});
    } else {
        done({}, QCoreApplication::translate(
                     "store::OAuth", "Stamp does not know the sign-in server for %1: give its issuer URL "
                                     "with --oauth-issuer.")
                     .arg(account.host));
    }
}

void applyDiscovered(Account *account, const DiscoveredServer &s)
{
    account->host = s.host;
    account->port = s.port;
    account->security = s.security;
    switch (s.auth) {
    case DiscoveredServer::Auth::Password:
        account->user = s.userName;
        account->auth = smtp::AuthMethod::Auto;
        break;
    case DiscoveredServer::Auth::OAuth2:
        account->user = s.userName;
        account->auth = providerPresetForHost(s.host) == QLatin1String("google")
                            ? smtp::AuthMethod::OAuthBearer
                            : smtp::AuthMethod::XOAuth2;
        break;
    case DiscoveredServer::Auth::None:
    case DiscoveredServer::Auth::Unsupported:
        account->user.clear();
        break;
    }
}

}  // namespace store
