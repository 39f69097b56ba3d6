#include "oauthflow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace store {

static constexpr qint64 MaxRequest = 16 * 1024;  // the redirect's request line and headers
static constexpr qint64 MaxAnswer = 1024 * 1024;

static QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Compares without stopping at the first difference, so the time taken says nothing about the value.
static bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= char(x[i] ^ y[i]);
    return diff == 0;
}

OAuthFlow::OAuthFlow(OAuthProvider provider, QObject *parent)
    : QObject(parent), m_provider(std::move(provider)), m_nam(new QNetworkAccessManager(this)),
      m_timer(new QTimer(this))
{
    qRegisterMetaType<store::OAuthTokens>();
    m_timer->setSingleShot(true);
}

OAuthFlow::~OAuthFlow() = default;

void OAuthFlow::cancel()
{
    done({}, Error::Cancelled, tr("Sign-in was cancelled."));
}

void OAuthFlow::done(const OAuthTokens &tokens, Error error, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    if (m_server)
        m_server->close();
    Q_EMIT finished(tokens, error, message);
}

void OAuthFlow::startBrowser(const QString &loginHint)
{
    const QString bad = m_provider.checkEndpoints();
    if (!bad.isEmpty() || !m_provider.isComplete()) {
        QTimer::singleShot(0, this, [this, bad] {
            done({}, Error::BadResponse,
                 bad.isEmpty() ? tr("This account has no OAuth client ID; see the README on registering one.")
                               : bad);
        });
        return;
    }
    // RFC 8252 §7.3 and §8.3: the loopback IP literal, not "localhost", and only the loopback interface.
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        QTimer::singleShot(0, this, [this] {
            done({}, Error::Network,
                 tr("Stamp could not listen on 127.0.0.1 for the sign-in answer: %1")
                     .arg(m_server->errorString()));
        });
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &OAuthFlow::onRedirectConnection);
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1/").arg(m_server->serverPort());
    m_state = randomToken(24);
    m_verifier = randomToken(48);  // RFC 7636 §4.1: 43 to 128 characters of unreserved URI characters
    const QByteArray challenge =
        QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl url = m_provider.authorizationEndpoint;
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    q.addQueryItem(QStringLiteral("scope"), m_provider.scope);
    q.addQueryItem(QStringLiteral("state"), m_state);
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!loginHint.isEmpty())
        q.addQueryItem(QStringLiteral("login_hint"), loginHint);
    // A refresh token needs consent to offline use on some servers (OpenID Connect Core §11).
    if (m_provider.scope.contains(QLatin1String("offline_access")))
        q.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    // Each value percent-encoded once: QUrlQuery leaves '+' and some delimiters as they are.
    QString query;
    for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded))
        query += (query.isEmpty() ? QString() : QStringLiteral("&")) + k + QLatin1Char('=')
                 + QString::fromLatin1(QUrl::toPercentEncoding(v));
    url.setQuery(query, QUrl::StrictMode);
    connect(m_timer, &QTimer::timeout, this, [this] {
        done({}, Error::TimedOut, tr("The sign-in in the browser was not finished in time."));
    });
    m_timer->start(m_browserTimeoutMs);
    Q_EMIT openBrowser(url);
}

void OAuthFlow::onRedirectConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->read(MaxRequest - buffer->size() + 1);
            if (buffer->size() > MaxRequest) {
                socket->abort();
                return;
            }
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
            handleRedirect(line, socket);
        });
    }
}

static void answer(QTcpSocket *socket, int status, const QString &text)
{
    const QByteArray body =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Stamp</title></head><body><p>"
        + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void OAuthFlow::handleRedirect(const QByteArray &requestLine, QTcpSocket *socket)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (m_finished || parts.size() != 3 || parts[0] != "GET") {
        answer(socket, 404, tr("Nothing here."));
        return;
    }
    const QUrl target = QUrl(QStringLiteral("http://127.0.0.1") + QString::fromLatin1(parts[1]));
    if (target.path() != QLatin1String("/")) {
        answer(socket, 404, tr("Nothing here."));  // a browser asking for /favicon.ico, say
        return;
    }
    const QUrlQuery q(target);
    auto value = [&q](const char *key) {
        return q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    // RFC 6749 §10.12: an answer without our state is not ours (cross-site request forgery): ignore it and
    // keep waiting for the real one, so a stray request cannot end the sign-in.
    if (!sameSecret(value("state"), m_state)) {
        answer(socket, 404, tr("This sign-in answer does not belong to Stamp's request; it was ignored."));
        return;
    }
    m_server->close();
    const QString iss = value("iss");
    if ((!iss.isEmpty() || m_provider.issParameterSupported) && !m_provider.issuer.isEmpty()
        && QUrl(iss).adjusted(QUrl::StripTrailingSlash)
               != m_provider.issuer.adjusted(QUrl::StripTrailingSlash)) {
        answer(socket, 200,
               tr("Sign-in refused: the answer came from another server. You can close this page."));
        done({}, Error::BadResponse,
             tr("The sign-in answer came from %1, not from %2 (RFC 9207): Stamp did not use it.")
                 .arg(iss.isEmpty() ? tr("an unnamed server") : iss, m_provider.issuer.toString()));
        return;
    }
    if (!value("error").isEmpty()) {
        answer(socket, 200, tr("Sign-in was not completed. You can close this page and return to Stamp."));
        done({}, Error::Denied,
             tr("The sign-in was refused: %1 %2").arg(value("error"), value("error_description")));
        return;
    }
    const QString code = value("code");
    if (code.isEmpty()) {
        answer(socket, 200, tr("Sign-in answer without a code. You can close this page."));
        done({}, Error::BadResponse, tr("The sign-in answer had no authorization code."));
        return;
    }
    answer(socket, 200, tr("Signed in. You can close this page and return to Stamp."));
    postToken({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
               {QStringLiteral("code"), code},
               {QStringLiteral("redirect_uri"), m_redirectUri},
               {QStringLiteral("code_verifier"), m_verifier}});
}

void OAuthFlow::refresh(const QString &refreshToken)
{
    const QString bad = m_provider.checkEndpoints();
    if (!bad.isEmpty() || !m_provider.tokenEndpoint.isValid() || refreshToken.isEmpty()) {
        QTimer::singleShot(0, this, [this, bad] {
            done({}, bad.isEmpty() ? Error::Denied : Error::BadResponse,
                 bad.isEmpty() ? tr("There is no sign-in to renew: sign in again.") : bad);
        });
        return;
    }
    postToken({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
               {QStringLiteral("refresh_token"), refreshToken}});
}

void OAuthFlow::startDevice()
{
    const QString bad = m_provider.checkEndpoints();
    if (!bad.isEmpty() || !m_provider.deviceAuthorizationEndpoint.isValid()
        || m_provider.clientId.isEmpty()) {
        QTimer::singleShot(0, this, [this, bad] {
            done({}, Error::BadResponse,
                 bad.isEmpty() ? tr("This provider offers no sign-in for devices without a browser.") : bad);
        });
        return;
    }
    QNetworkRequest request(m_provider.deviceAuthorizationEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30'000);
    QByteArray body = "client_id=" + QUrl::toPercentEncoding(m_provider.clientId)
                      + "&scope=" + QUrl::toPercentEncoding(m_provider.scope);
    QNetworkReply *reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject o = QJsonDocument::fromJson(reply->read(MaxAnswer)).object();
        m_deviceCode = o.value(QLatin1String("device_code")).toString();
        const QString userCode = o.value(QLatin1String("user_code")).toString();
        const QUrl uri(o.value(QLatin1String("verification_uri")).toString());
        const int expires = o.value(QLatin1String("expires_in")).toInt(600);
        m_interval = qBound(1, o.value(QLatin1String("interval")).toInt(5), 60);
        if (m_deviceCode.isEmpty() || userCode.isEmpty() || !uri.isValid()) {
            done({}, reply->error() == QNetworkReply::NoError ? Error::BadResponse : Error::Network,
                 tr("The sign-in server did not give a device code: %1")
                     .arg(o.value(QLatin1String("error_description")).toString(reply->errorString())));
            return;
        }
        m_deviceExpiry = QDateTime::currentDateTimeUtc().addSecs(qBound(10, expires, 3600));
        Q_EMIT deviceCode(userCode, uri, QUrl(o.value(QLatin1String("verification_uri_complete")).toString()),
                          expires);
        disconnect(m_timer, nullptr, this, nullptr);
        connect(m_timer, &QTimer::timeout, this, &OAuthFlow::pollDevice);
        m_timer->start(m_interval * 1000);
    });
}

void OAuthFlow::pollDevice()
{
    if (m_finished)
        return;
    if (QDateTime::currentDateTimeUtc() > m_deviceExpiry) {
        done({}, Error::TimedOut, tr("The code was not entered in time; sign in again."));
        return;
    }
    postToken({{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
               {QStringLiteral("device_code"), m_deviceCode}});
}

void OAuthFlow::postToken(const QList<std::pair<QString, QString>> &form)
{
    QByteArray body;
    QList<std::pair<QString, QString>> all = form;
    all.append({QStringLiteral("client_id"), m_provider.clientId});
    if (!m_provider.clientSecret.isEmpty())
        all.append({QStringLiteral("client_secret"), m_provider.clientSecret});
    for (const auto &[k, v] : all)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    QNetworkRequest request(m_provider.tokenEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_nam->post(request, body);
    const bool device =
        form.value(0).second.startsWith(QLatin1String("urn:ietf:params:oauth:grant-type:device_code"));
    connect(reply, &QNetworkReply::finished, this, [this, reply, device] {
        reply->deleteLater();
        if (m_finished)
            return;
        const QByteArray raw = reply->read(MaxAnswer);
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        const QString error = o.value(QLatin1String("error")).toString();
        if (device
            && (error == QLatin1String("authorization_pending") || error == QLatin1String("slow_down"))) {
            if (error == QLatin1String("slow_down"))
                m_interval += 5;  // RFC 8628 §3.5
            m_timer->start(m_interval * 1000);
            return;
        }
        OAuthTokens t;
        t.accessToken = o.value(QLatin1String("access_token")).toString();
        t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
        const int expiresIn = o.value(QLatin1String("expires_in")).toInt(0);
        if (expiresIn > 0)
            t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        if (!error.isEmpty() || !t.isValid()) {
            const QString words = o.value(QLatin1String("error_description")).toString(error);
            if (error == QLatin1String("invalid_grant") || error == QLatin1String("access_denied")
                || error == QLatin1String("expired_token") || error == QLatin1String("invalid_client")) {
                done({}, Error::Denied, tr("The sign-in is no longer valid (%1): sign in again.").arg(words));
                return;
            }
            done({},
                 raw.isEmpty() && reply->error() != QNetworkReply::NoError ? Error::Network
                                                                           : Error::BadResponse,
                 tr("The sign-in server refused to give a token: %1")
                     .arg(words.isEmpty() ? reply->errorString() : words));
            return;
        }
        if (t.accessToken.contains(QLatin1Char('\x01')) || t.accessToken.contains(QLatin1Char('\n'))
            || t.accessToken.contains(QLatin1Char('\r'))) {
            done({}, Error::BadResponse, tr("The sign-in server sent a malformed token."));
            return;
        }
        done(t, Error::None, {});
    });
}

}  // namespace store
