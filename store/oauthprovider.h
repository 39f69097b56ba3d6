#pragma once

#include "auth.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace store {

// An OAuth 2.0 authorization server as Stamp uses it for SMTP: its endpoints (from a preset or from
// discovery), the client Stamp is registered as there, the scope that allows SMTP, and the SASL mechanism.
struct OAuthProvider
{
    QString name;  // "Google", "Microsoft", or the issuer's host
    QUrl issuer;   // RFC 8414 / OpenID issuer; also checked against `iss` in the redirect (RFC 9207)
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl deviceAuthorizationEndpoint;    // RFC 8628; empty when the provider has none
    QUrl revocationEndpoint;             // RFC 7009; empty when none
    bool issParameterSupported = false;  // RFC 9207: the redirect must then carry iss
    QString clientId;
    QString clientSecret;  // only for providers that give "installed" clients a non-secret secret
    QString scope;
    smtp::AuthMethod mechanism = smtp::AuthMethod::XOAuth2;

    bool isComplete() const
    {
        return authorizationEndpoint.isValid() && tokenEndpoint.isValid() && !clientId.isEmpty();
    }
    // Every endpoint https, except on the loopback interface (a provider running on this machine, for tests).
    QString checkEndpoints() const;
};

// Presets. Stamp has no registered client ID of its own yet: the ID comes from the account, else from the
// CMake options STAMP_GOOGLE_CLIENT_ID / STAMP_MICROSOFT_CLIENT_ID (empty by default), as GNOME Online
// Accounts does. Never another application's ID.
OAuthProvider googleProvider(const QString &clientId = {});
OAuthProvider microsoftProvider(const QString &clientId = {});
// "google" / "microsoft" for an SMTP host such as smtp.gmail.com or smtp.office365.com, else empty.
QString providerPresetForHost(const QString &host);

// Reads the provider's metadata from ISSUER/.well-known/openid-configuration, falling back to RFC 8414's
// /.well-known/oauth-authorization-server, and checks that the metadata names the same issuer (RFC 8414
// §3.3).
class OAuthDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit OAuthDiscovery(QNetworkAccessManager *nam, QObject *parent = nullptr);
    // done(provider, error): provider has the endpoints and issuer filled in, the rest left empty.
    void discover(const QUrl &issuer, std::function<void(OAuthProvider, QString)> done);

private:
    void tryUrl(const QUrl &issuer, QList<QUrl> urls, std::function<void(OAuthProvider, QString)> done);
    QNetworkAccessManager *m_nam;
};

}  // namespace store
