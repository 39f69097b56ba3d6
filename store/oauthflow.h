#pragma once

#include "oauthprovider.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace store {

struct OAuthTokens
{
    QString accessToken;
    QDateTime expiresAt;   // UTC; null when the server did not say
    QString refreshToken;  // may be empty (then the refresh token in the keychain stays)
    bool isValid() const { return !accessToken.isEmpty(); }
};

// The OAuth 2.0 flows Stamp needs, written on QNetworkAccessManager rather than Qt 6.4's
// QOAuth2AuthorizationCodeFlow, which has no PKCE before Qt 6.8, double-encodes an already-encoded code
// (QTBUG-81624, Google's codes) and whose QOAuthHttpServerReplyHandler listens on every interface. Here:
//  - authorization code with PKCE S256 (RFC 7636) through the system browser and a loopback redirect (RFC
//  8252
//    §7.3): a listener on 127.0.0.1 only, on a random port, for one request; `state` checked, and `iss`
//    checked (RFC 9207) when the provider sends it or says it always does;
//  - the device authorization grant (RFC 8628) for machines without a browser;
//  - refresh (RFC 6749 §6).
// One flow per object; finished() comes exactly once. Nothing here is written to disk.
class OAuthFlow : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        Cancelled,
        Network,      // the server could not be reached
        Denied,       // the user said no, or the grant is revoked or expired: sign in again
        BadResponse,  // a wrong state, iss or a malformed answer: possibly an attack; nothing was used
        TimedOut,
    };
    Q_ENUM(Error)

    explicit OAuthFlow(OAuthProvider provider, QObject *parent = nullptr);
    ~OAuthFlow() override;

    // Starts the browser flow: emits openBrowser(url) once the loopback listener runs (the caller opens it
    // with QDesktopServices and prints it too). loginHint (the address) preselects the account.
    void startBrowser(const QString &loginHint = {});
    // Starts the device flow: emits deviceCode() with what the user must type where, then polls.
    void startDevice();
    void refresh(const QString &refreshToken);
    void cancel();

    // How long the user has to finish in the browser; the device flow uses the server's expires_in.
    void setBrowserTimeout(int ms) { m_browserTimeoutMs = ms; }

Q_SIGNALS:
    void openBrowser(const QUrl &url);
    void deviceCode(const QString &userCode, const QUrl &verificationUri, const QUrl &verificationUriComplete,
                    int expiresInSeconds);
    void finished(const store::OAuthTokens &tokens, store::OAuthFlow::Error error, const QString &message);

private:
    void onRedirectConnection();
    void handleRedirect(const QByteArray &requestLine, QTcpSocket *socket);
    void postToken(const QList<std::pair<QString, QString>> &form);
    void pollDevice();
    void done(const OAuthTokens &tokens, Error error, const QString &message);

    OAuthProvider m_provider;
    QNetworkAccessManager *m_nam;
    QTcpServer *m_server = nullptr;
    QTimer *m_timer;
    QString m_state;
    QString m_verifier;
    QString m_redirectUri;
    QString m_deviceCode;
    int m_interval = 5;
    QDateTime m_deviceExpiry;
    int m_browserTimeoutMs = 10 * 60 * 1000;
    bool m_finished = false;
};

}  // namespace store

Q_DECLARE_METATYPE(store::OAuthTokens)
