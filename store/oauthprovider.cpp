#include "oauthprovider.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#ifndef STAMP_GOOGLE_CLIENT_ID
#define STAMP_GOOGLE_CLIENT_ID ""
#endif
#ifndef STAMP_MICROSOFT_CLIENT_ID
#define STAMP_MICROSOFT_CLIENT_ID ""
#endif

namespace store {

static bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress a;
    return a.setAddress(host) && a.isLoopback();
}

QString OAuthProvider::checkEndpoints() const
{
    for (const QUrl &u :
         {issuer, authorizationEndpoint, tokenEndpoint, deviceAuthorizationEndpoint, revocationEndpoint}) {
        if (u.isEmpty())
            continue;
        if (!u.isValid()
            || (u.scheme() != QLatin1String("https")
                && !(u.scheme() == QLatin1String("http") && isLoopback(u))))
            return QCoreApplication::translate(
                       "store::OAuth", "The sign-in address %1 is not protected by https, so Stamp will not "
                                       "use it.")
                .arg(u.toString());
    }
    return {};
}

OAuthProvider googleProvider(const QString &clientId)
{
    OAuthProvider p;
    p.name = QStringLiteral("Google");
    p.issuer = QUrl(QStringLiteral("https://accounts.google.com"));
    p.authorizationEndpoint = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    p.tokenEndpoint = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    p.deviceAuthorizationEndpoint = QUrl(QStringLiteral("https://oauth2.googleapis.com/device/code"));
    p.revocationEndpoint = QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke"));
    p.issParameterSupported = true;
    p.clientId = clientId.isEmpty() ? QStringLiteral(STAMP_GOOGLE_CLIENT_ID) : clientId;
    p.scope = QStringLiteral("https://mail.google.com/");
    p.mechanism = smtp::AuthMethod::OAuthBearer;
    return p;
}

OAuthProvider microsoftProvider(const QString &clientId)
{
    OAuthProvider p;
    p.name = QStringLiteral("Microsoft");
    // The "common" endpoints serve work, school and personal (Outlook.com) accounts alike; their issuer is
    // per tenant, so there is no single iss to compare (Microsoft does not send RFC 9207's iss either).
    p.authorizationEndpoint =
        QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
    p.tokenEndpoint = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    p.deviceAuthorizationEndpoint =
        QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/devicecode"));
    p.clientId = clientId.isEmpty() ? QStringLiteral(STAMP_MICROSOFT_CLIENT_ID) : clientId;
    p.scope = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
    p.mechanism = smtp::AuthMethod::XOAuth2;
    return p;
}

QString providerPresetForHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("smtp.gmail.com") || h == QLatin1String("smtp.googlemail.com"))
        return QStringLiteral("google");
    if (h == QLatin1String("smtp.office365.com") || h == QLatin1String("smtp-mail.outlook.com")
        || h.endsWith(QLatin1String(".mail.protection.outlook.com")))
        return QStringLiteral("microsoft");
    return {};
}

OAuthDiscovery::OAuthDiscovery(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

void OAuthDiscovery::discover(const QUrl &issuer, std::function<void(OAuthProvider, QString)> done)
{
    OAuthProvider probe;
    probe.issuer = issuer;
    const QString bad = probe.checkEndpoints();
    if (!bad.isEmpty()) {
        done({}, bad);
        return;
    }
    // OpenID Connect Discovery §4 appends to the issuer's path; RFC 8414 §3.1 inserts before it.
    QString path = issuer.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QUrl oidc = issuer;
    oidc.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    QUrl rfc8414 = issuer;
    rfc8414.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path);
    tryUrl(issuer, {oidc, rfc8414}, std::move(done));
}

void OAuthDiscovery::tryUrl(const QUrl &issuer, QList<QUrl> urls,
                            std::function<void(OAuthProvider, QString)> done)
{
    if (urls.isEmpty()) {
        done({}, tr("The sign-in server %1 publishes no OAuth metadata.").arg(issuer.toString()));
        return;
    }
    QNetworkRequest request(urls.takeFirst());
    request.setTransferTimeout(15'000);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, issuer, urls, done]() {
        reply->deleteLater();
        const QJsonObject meta = QJsonDocument::fromJson(reply->read(1024 * 1024)).object();
        if (reply->error() != QNetworkReply::NoError || meta.isEmpty()) {
            tryUrl(issuer, urls, done);
            return;
        }
        auto trimmed = [](QString s) {
            while (s.endsWith(QLatin1Char('/')))
                s.chop(1);
            return s;
        };
        if (trimmed(meta.value(QLatin1String("issuer")).toString()) != trimmed(issuer.toString())) {
            done({},
                 tr("The sign-in server's metadata names another issuer (%1), so Stamp does not trust it.")
                     .arg(meta.value(QLatin1String("issuer")).toString()));
            return;
        }
        OAuthProvider p;
        p.name = issuer.host();
        p.issuer = issuer;
        p.authorizationEndpoint = QUrl(meta.value(QLatin1String("authorization_endpoint")).toString());
        p.tokenEndpoint = QUrl(meta.value(QLatin1String("token_endpoint")).toString());
        p.deviceAuthorizationEndpoint =
            QUrl(meta.value(QLatin1String("device_authorization_endpoint")).toString());
        p.revocationEndpoint = QUrl(meta.value(QLatin1String("revocation_endpoint")).toString());
        p.issParameterSupported =
            meta.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool();
        const QString bad = p.checkEndpoints();
        if (!bad.isEmpty() || !p.authorizationEndpoint.isValid() || !p.tokenEndpoint.isValid()) {
            done({}, bad.isEmpty()
                         ? tr("The sign-in server's metadata has no authorization or token endpoint.")
                         : bad);
            return;
        }
        done(p, {});
    });
}

}  // namespace store
