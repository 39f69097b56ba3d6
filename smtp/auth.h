#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace smtp {

enum class AuthMethod
{
    Auto,
    Plain,
    Login,
    CramMd5,
    ScramSha256,
    XOAuth2,
    OAuthBearer
};
AuthMethod authMethodFromName(const QString &name, bool *ok);
QByteArray authMethodName(AuthMethod m);

// Supplies OAuth 2 access tokens for XOAUTH2 and OAUTHBEARER; the token flow itself lives elsewhere.
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;
    // Calls done(token, error) once, possibly later from the event loop.
    virtual void requestToken(const QString &user,
                              std::function<void(QString token, QString error)> done) = 0;
};

// One SASL mechanism (RFC 4954 with RFC 4616, 4422, 2195, 5802/7677, 7628). Works on raw bytes: the
// session does the base64. Every client response also comes with a masked form for the transcript, built
// here where the secret is known, so no caller ever has to remember to hide it.
class SaslMechanism
{
public:
    struct Step
    {
        QByteArray response;  // raw bytes to send (base64-encoded by the session)
        QString shown;        // what the transcript may show instead
        QString error;        // non-empty: abort the exchange (for example a server that cannot be verified)
    };
    virtual ~SaslMechanism() = default;
    virtual QByteArray name() const = 0;
    // The response sent with the AUTH command itself (RFC 4954 §4), if the mechanism has one.
    virtual bool hasInitialResponse() const { return true; }
    virtual Step initialResponse() = 0;
    virtual Step respond(const QByteArray &challenge) = 0;
    // False if the mechanism requires proof from the server (SCRAM) that has not yet been checked.
    virtual bool serverVerified() const { return true; }
    // Lets SCRAM check a server signature delivered with the final 235 reply.
    virtual QString acceptFinal(const QByteArray &) { return {}; }
};

struct Credentials
{
    QString user;
    QString password;  // or OAuth token for XOAUTH2 / OAUTHBEARER
    QString host;
    quint16 port = 0;
};

std::unique_ptr<SaslMechanism> createMechanism(AuthMethod method, const Credentials &credentials);
// For tests only: SCRAM-SHA-256 with a fixed client nonce, so that RFC 7677 §3's example exchange can be
// replayed.
std::unique_ptr<SaslMechanism> createScramSha256WithNonce(const Credentials &credentials,
                                                          const QByteArray &nonce);
// The strongest mechanism among those the server offers (names upper case), or Auto if none is usable.
AuthMethod chooseMechanism(const QList<QByteArray> &offered);

}  // namespace smtp
