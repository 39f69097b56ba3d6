#include "auth.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace smtp {

AuthMethod authMethodFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    *ok = true;
    if (n == QLatin1String("auto"))
        return AuthMethod::Auto;
    if (n == QLatin1String("plain"))
        return AuthMethod::Plain;
    if (n == QLatin1String("login"))
        return AuthMethod::Login;
    if (n == QLatin1String("cram-md5"))
        return AuthMethod::CramMd5;
    if (n == QLatin1String("scram-sha-256"))
        return AuthMethod::ScramSha256;
    if (n == QLatin1String("xoauth2"))
        return AuthMethod::XOAuth2;
    if (n == QLatin1String("oauthbearer"))
        return AuthMethod::OAuthBearer;
    *ok = false;
    return AuthMethod::Auto;
}

QByteArray authMethodName(AuthMethod m)
{
    switch (m) {
    case AuthMethod::Auto: return "auto";
    case AuthMethod::Plain: return "PLAIN";
    case AuthMethod::Login: return "LOGIN";
    case AuthMethod::CramMd5: return "CRAM-MD5";
    case AuthMethod::ScramSha256: return "SCRAM-SHA-256";
    case AuthMethod::XOAuth2: return "XOAUTH2";
    case AuthMethod::OAuthBearer: return "OAUTHBEARER";
    }
    return {};
}

AuthMethod chooseMechanism(const QList<QByteArray> &offered)
{
    // Strongest first: SCRAM never reveals the password and proves the server knows it too.
    for (AuthMethod m : {AuthMethod::ScramSha256, AuthMethod::CramMd5, AuthMethod::Plain, AuthMethod::Login})
        if (offered.contains(authMethodName(m)))
            return m;
    return AuthMethod::Auto;
}

namespace {

QString hiddenUser(const QString &user) { return QStringLiteral("user name \"%1\"").arg(user); }

class Plain : public SaslMechanism
{
public:
    explicit Plain(Credentials c) : m_c(std::move(c)) {}
    QByteArray name() const override { return "PLAIN"; }
    Step initialResponse() override
    {
        m_sent = true;
        // RFC 4616: [authzid] NUL authcid NUL passwd
        return {'\0' + m_c.user.toUtf8() + '\0' + m_c.password.toUtf8(),
                QStringLiteral("[%1 and password, hidden]").arg(hiddenUser(m_c.user)), {}};
    }
    // Only for a server that asks with an empty 334 instead of taking the initial response (RFC 4954 §4): the
    // credentials are never sent twice, whatever the server keeps asking.
    Step respond(const QByteArray &) override
    {
        if (m_sent)
            return {{}, {}, QStringLiteral("the server asked for the PLAIN credentials again")};
        return initialResponse();
    }

private:
    Credentials m_c;
    bool m_sent = false;
};

class Login : public SaslMechanism
{
public:
    explicit Login(Credentials c) : m_c(std::move(c)) {}
    QByteArray name() const override { return "LOGIN"; }
    bool hasInitialResponse() const override { return false; }
    Step initialResponse() override { return {}; }
    Step respond(const QByteArray &challenge) override
    {
        // The server's prompts are "Username:" and "Password:", but some servers send other text: go by order.
        // Each of the two answers is given once: a server that asks for the password first still gets the user
        // name next, and one that asks a third time gets nothing.
        ++m_step;
        const QByteArray c = challenge.toLower();
        if (m_step > 2)
            return {{}, {}, QStringLiteral("the server kept asking for more login steps than LOGIN has")};
        const bool password = m_step == 1 ? c.startsWith("password") : !m_passwordSent;
        if (!password)
            return {m_c.user.toUtf8(), QStringLiteral("[%1, base64]").arg(hiddenUser(m_c.user)), {}};
        m_passwordSent = true;
        return {m_c.password.toUtf8(), QStringLiteral("[password, hidden]"), {}};
    }

private:
    Credentials m_c;
    int m_step = 0;
    bool m_passwordSent = false;
};

class CramMd5 : public SaslMechanism
{
public:
    explicit CramMd5(Credentials c) : m_c(std::move(c)) {}
    QByteArray name() const override { return "CRAM-MD5"; }
    bool hasInitialResponse() const override { return false; }
    Step initialResponse() override { return {}; }
    Step respond(const QByteArray &challenge) override
    {
        if (++m_step > 1)
            return {{}, {}, QStringLiteral("the server asked for a second CRAM-MD5 step")};
        const QByteArray digest =
            QMessageAuthenticationCode::hash(challenge, m_c.password.toUtf8(), QCryptographicHash::Md5).toHex();
        return {m_c.user.toUtf8() + ' ' + digest, QStringLiteral("[%1 and digest, hidden]").arg(hiddenUser(m_c.user)),
                {}};
    }

private:
    Credentials m_c;
    int m_step = 0;
};

// RFC 5802 with SHA-256 (RFC 7677). Channel binding is not used ("n,,").
class ScramSha256 : public SaslMechanism
{
public:
    explicit ScramSha256(Credentials c, QByteArray fixedNonce = {})
        : m_c(std::move(c)), m_nonce(std::move(fixedNonce))
    {
    }
    QByteArray name() const override { return "SCRAM-SHA-256"; }
    Step initialResponse() override
    {
        if (m_nonce.isEmpty()) {
            quint32 r[6];
            QRandomGenerator::system()->fillRange(r, 6);
            m_nonce = QByteArray(reinterpret_cast<const char *>(r), sizeof r).toBase64(QByteArray::OmitTrailingEquals);
        }
        QByteArray user = m_c.user.toUtf8();
        user.replace('=', "=3D").replace(',', "=2C");
        m_clientFirstBare = "n=" + user + ",r=" + m_nonce;
        const QByteArray first = "n,," + m_clientFirstBare;
        return {first, QString::fromUtf8(first), {}};
    }
    Step respond(const QByteArray &challenge) override
    {
        ++m_step;
        if (m_step == 1)
            return clientFinal(challenge);
        if (m_step == 2) {
            const QString why = acceptFinal(challenge);
            if (!why.isEmpty())
                return {{}, {}, why};
            return {QByteArray(), QStringLiteral("(empty response: server signature verified)"), {}};
        }
        return {{}, {}, QStringLiteral("the server asked for more SCRAM steps than there are")};
    }
    bool serverVerified() const override { return m_verified; }
    QString acceptFinal(const QByteArray &serverFinal) override
    {
        if (m_verified)
            return {};
        if (serverFinal.startsWith("e="))
            return QStringLiteral("the server reported a SCRAM error: %1").arg(QString::fromUtf8(serverFinal.mid(2)));
        const QByteArray v = attribute(serverFinal, 'v');
        if (v.isEmpty() || QByteArray::fromBase64(v) != m_serverSignature)
            return QStringLiteral("the server could not prove that it knows the password (SCRAM server signature "
                                  "wrong or missing): it may not be the server it claims to be");
        m_verified = true;
        return {};
    }

private:
    static QByteArray attribute(const QByteArray &msg, char key)
    {
        for (const QByteArray &part : msg.split(','))
            if (part.size() >= 2 && part[0] == key && part[1] == '=')
                return part.mid(2);
        return {};
    }
    static QByteArray hmac(const QByteArray &key, const QByteArray &data)
    {
        return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
    }
    Step clientFinal(const QByteArray &serverFirst)
    {
        const QByteArray nonce = attribute(serverFirst, 'r');
        const QByteArray salt = QByteArray::fromBase64(attribute(serverFirst, 's'));
        bool ok = false;
        const int iterations = attribute(serverFirst, 'i').toInt(&ok);
        if (!nonce.startsWith(m_nonce) || nonce.size() <= m_nonce.size() || salt.isEmpty() || !ok)
            return {{}, {}, QStringLiteral("the server's SCRAM challenge is malformed")};
        if (iterations < 1 || iterations > 1000000)
            return {{}, {}, QStringLiteral("the server asked for %1 SCRAM iterations; refusing").arg(iterations)};
        const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                     m_c.password.toUtf8(), salt, iterations, 32);
        const QByteArray clientKey = hmac(salted, "Client Key");
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
        const QByteArray withoutProof = "c=biws,r=" + nonce;
        const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + withoutProof;
        const QByteArray signature = hmac(storedKey, authMessage);
        QByteArray proof = clientKey;
        for (qsizetype i = 0; i < proof.size(); ++i)
            proof[i] = char(proof[i] ^ signature[i]);
        m_serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
        return {withoutProof + ",p=" + proof.toBase64(), QString::fromUtf8(withoutProof) + QStringLiteral(",p=[proof, hidden]"),
                {}};
    }
    Credentials m_c;
    QByteArray m_nonce, m_clientFirstBare, m_serverSignature;
    int m_step = 0;
    bool m_verified = false;
};

class OAuth : public SaslMechanism
{
public:
    OAuth(Credentials c, bool bearer) : m_c(std::move(c)), m_bearer(bearer) {}
    QByteArray name() const override { return m_bearer ? "OAUTHBEARER" : "XOAUTH2"; }
    Step initialResponse() override
    {
        QByteArray r;
        if (m_bearer) {
            // RFC 7628 §3.1: gs2 header, then kvpairs separated by ^A.
            QByteArray user = m_c.user.toUtf8();
            user.replace('=', "=3D").replace(',', "=2C");
            r = "n,a=" + user + ",\x01host=" + m_c.host.toUtf8() + "\x01port=" + QByteArray::number(m_c.port)
                + "\x01" "auth=Bearer " + m_c.password.toUtf8() + "\x01\x01";
        } else {
            r = "user=" + m_c.user.toUtf8() + "\x01" "auth=Bearer " + m_c.password.toUtf8() + "\x01\x01";
        }
        return {r, QStringLiteral("[%1 and access token, hidden]").arg(hiddenUser(m_c.user)), {}};
    }
    Step respond(const QByteArray &) override
    {
        // An error report (JSON) arrives as a challenge; RFC 7628 §3.2.3: answer with a dummy response.
        if (++m_step > 1)
            return {{}, {}, QStringLiteral("the server kept sending OAuth challenges")};
        return {m_bearer ? QByteArray("\x01") : QByteArray(), QStringLiteral("(acknowledging the server's error report)"), {}};
    }

private:
    Credentials m_c;
    bool m_bearer;
    int m_step = 0;
};

}  // namespace

std::unique_ptr<SaslMechanism> createMechanism(AuthMethod method, const Credentials &c)
{
    switch (method) {
    case AuthMethod::Plain: return std::make_unique<Plain>(c);
    case AuthMethod::Login: return std::make_unique<Login>(c);
    case AuthMethod::CramMd5: return std::make_unique<CramMd5>(c);
    case AuthMethod::ScramSha256: return std::make_unique<ScramSha256>(c);
    case AuthMethod::XOAuth2: return std::make_unique<OAuth>(c, false);
    case AuthMethod::OAuthBearer: return std::make_unique<OAuth>(c, true);
    case AuthMethod::Auto: break;
    }
    return nullptr;
}

std::unique_ptr<SaslMechanism> createScramSha256WithNonce(const Credentials &credentials, const QByteArray &nonce)
{
    return std::make_unique<ScramSha256>(credentials, nonce);
}

}  // namespace smtp
