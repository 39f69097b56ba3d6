#include "auth.h"

#include "saslprep.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <optional>

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
    case AuthMethod::Auto:
        return "auto";
    case AuthMethod::Plain:
        return "PLAIN";
    case AuthMethod::Login:
        return "LOGIN";
    case AuthMethod::CramMd5:
        return "CRAM-MD5";
    case AuthMethod::ScramSha256:
        return "SCRAM-SHA-256";
    case AuthMethod::XOAuth2:
        return "XOAUTH2";
    case AuthMethod::OAuthBearer:
        return "OAUTHBEARER";
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

QString hiddenUser(const QString &user)
{
    return QCoreApplication::translate("smtp::SaslMechanism", "user name \"%1\"").arg(user);
}

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
                QCoreApplication::translate("smtp::SaslMechanism", "[%1 and password, hidden]")
                    .arg(hiddenUser(m_c.user)),
                {}};
    }
    // Only for a server that asks with an empty 334 instead of taking the initial response (RFC 4954 §4): the
    // credentials are never sent twice, whatever the server keeps asking.
    Step respond(const QByteArray &) override
    {
        if (m_sent)
            return {{},
                    {},
                    QCoreApplication::translate("smtp::SaslMechanism",
                                                "the server asked for the PLAIN credentials again")};
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
        // The server's prompts are "Username:" and "Password:", but some servers send other text: go by
        // order. Each of the two answers is given once: a server that asks for the password first still gets
        // the user name next, and one that asks a third time gets nothing.
        ++m_step;
        const QByteArray c = challenge.toLower();
        if (m_step > 2)
            return {{},
                    {},
                    QCoreApplication::translate(
                        "smtp::SaslMechanism", "the server kept asking for more login steps than LOGIN has")};
        const bool password = m_step == 1 ? c.startsWith("password") : !m_passwordSent;
        if (!password)
            return {
                m_c.user.toUtf8(),
                QCoreApplication::translate("smtp::SaslMechanism", "[%1, base64]").arg(hiddenUser(m_c.user)),
                {}};
        m_passwordSent = true;
        return {m_c.password.toUtf8(),
                QCoreApplication::translate("smtp::SaslMechanism", "[password, hidden]"),
                {}};
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
            return {{},
                    {},
                    QCoreApplication::translate("smtp::SaslMechanism",
                                                "the server asked for a second CRAM-MD5 step")};
        const QByteArray digest =
            QMessageAuthenticationCode::hash(challenge, m_c.password.toUtf8(), QCryptographicHash::Md5)
                .toHex();
        return {m_c.user.toUtf8() + ' ' + digest,
                QCoreApplication::translate("smtp::SaslMechanism", "[%1 and digest, hidden]")
                    .arg(hiddenUser(m_c.user)),
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
    // A hostile server must not make the client spend minutes in PBKDF2 (RFC 5802 §9 leaves the bound to the
    // client); real servers ask for 4,096 to a few hundred thousand.
    static constexpr qint64 MaxIterations = 1000000;

    explicit ScramSha256(Credentials c, QByteArray fixedNonce = {})
        : m_c(std::move(c)), m_nonce(std::move(fixedNonce))
    {
    }
    QByteArray name() const override { return "SCRAM-SHA-256"; }
    Step initialResponse() override
    {
        // RFC 5802 §2.2 and §5.1: user name and password are prepared with SASLprep before use.
        QString why;
        const std::optional<QString> user = saslPrep(m_c.user, &why);
        if (!user) {
            m_failed = QCoreApplication::translate("smtp::SaslMechanism",
                                                   "the user name cannot be used with SCRAM: %1")
                           .arg(why);
            return {{}, {}, m_failed};
        }
        const std::optional<QString> password = saslPrep(m_c.password, &why);
        if (!password) {
            m_failed = QCoreApplication::translate("smtp::SaslMechanism",
                                                   "the password cannot be used with SCRAM: %1")
                           .arg(why);
            return {{}, {}, m_failed};
        }
        m_password = *password;
        if (user->isEmpty()) {
            m_failed = QCoreApplication::translate(
                "smtp::SaslMechanism",
                "the user name is empty after SASLprep (RFC 4013), and SCRAM needs one");
            return {{}, {}, m_failed};
        }
        if (m_nonce.isEmpty()) {
            quint32 r[6];
            QRandomGenerator::system()->fillRange(r, 6);
            m_nonce = QByteArray(reinterpret_cast<const char *>(r), sizeof r)
                          .toBase64(QByteArray::OmitTrailingEquals);
        }
        QByteArray escaped = user->toUtf8();
        escaped.replace('=', "=3D").replace(',', "=2C");
        m_clientFirstBare = "n=" + escaped + ",r=" + m_nonce;
        const QByteArray first = "n,," + m_clientFirstBare;
        return {first, QString::fromUtf8(first), {}};
    }
    Step respond(const QByteArray &challenge) override
    {
        // A mechanism that failed before it started says so again: nothing it could send would be right.
        if (!m_failed.isEmpty())
            return {{}, {}, m_failed};
        ++m_step;
        if (m_step == 1)
            return clientFinal(challenge);
        if (m_step == 2) {
            const QString why = acceptFinal(challenge);
            if (!why.isEmpty())
                return {{}, {}, why};
            return {QByteArray(),
                    QCoreApplication::translate("smtp::SaslMechanism",
                                                "(empty response: server signature verified)"),
                    {}};
        }
        return {{},
                {},
                QCoreApplication::translate("smtp::SaslMechanism",
                                            "the server asked for more SCRAM steps than there are")};
    }
    bool serverVerified() const override { return m_verified; }
    QString acceptFinal(const QByteArray &serverFinal) override
    {
        if (m_verified)
            return {};
        if (m_serverSignature.isEmpty())
            return m_failed.isEmpty() ? QCoreApplication::translate(
                       "smtp::SaslMechanism",
                       "the server sent its final SCRAM message before a valid first one")
                                      : m_failed;
        // RFC 5802 §7: server-final-message = (server-error / verifier) ["," extensions]
        const QList<QByteArray> parts = serverFinal.split(',');
        const QByteArray first = parts.first();
        if (first.startsWith("e="))
            return serverError(first.mid(2));
        if (!first.startsWith("v=") || !validExtensions(parts.mid(1)))
            return QCoreApplication::translate(
                "smtp::SaslMechanism",
                "the server's final SCRAM message is malformed (neither v= nor e=): it may not be the server "
                "it claims to be");
        const std::optional<QByteArray> v = strictBase64(first.mid(2));
        if (!v || !equalInConstantTime(*v, m_serverSignature))
            return QCoreApplication::translate(
                "smtp::SaslMechanism",
                "the server could not prove that it knows the password (SCRAM server signature wrong): it "
                "may not be the server it claims to be");
        m_verified = true;
        return {};
    }

private:
    static QByteArray hmac(const QByteArray &key, const QByteArray &data)
    {
        return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
    }
    // RFC 5802 §7: base64 = *base64-4 [base64-3 / base64-2], padding included.
    static std::optional<QByteArray> strictBase64(const QByteArray &text)
    {
        if (text.isEmpty() || text.size() % 4 != 0)
            return std::nullopt;
        for (char c : text)
            if (!(isAsciiAlnum(c) || c == '+' || c == '/' || c == '='))
                return std::nullopt;
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return std::nullopt;
        return decoded.decoded;
    }
    static bool isAsciiAlnum(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    // printable = %x21-2B / %x2D-7E (RFC 5802 §7): what a nonce is made of.
    static bool isPrintable(const QByteArray &text)
    {
        for (char c : text)
            if (c < 0x21 || c > 0x7e || c == ',')
                return false;
        return true;
    }
    // extensions = attr-val *("," attr-val), attr-val = ALPHA "=" value. Unknown optional ones are ignored
    // (§7); "m" is the mandatory-extension attribute, which this client supports none of (§5.1: MUST fail).
    static bool validExtensions(const QList<QByteArray> &parts)
    {
        for (const QByteArray &p : parts) {
            if (p.size() < 2 || !isAsciiAlnum(p[0]) || (p[0] >= '0' && p[0] <= '9') || p[1] != '='
                || p[0] == 'm')
                return false;
            for (char c : p)
                if (uchar(c) < 0x20 || c == 0x7f)
                    return false;
        }
        return true;
    }
    static bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
    {
        if (a.size() != b.size())
            return false;
        char diff = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            diff = char(diff | (a[i] ^ b[i]));
        return diff == 0;
    }
    // RFC 5802 §7 server-error-value, in words. The server's own word is shown only when it is plain text.
    static QString serverError(const QByteArray &value)
    {
        static const struct
        {
            const char *value;
            const char *words;
        } known[] = {
            {"invalid-encoding",
             QT_TRANSLATE_NOOP("smtp::SaslMechanism", "the server could not read Stamp's message")},
            {"extensions-not-supported",
             QT_TRANSLATE_NOOP("smtp::SaslMechanism", "the server does not support an extension Stamp used")},
            {"invalid-proof",
             QT_TRANSLATE_NOOP("smtp::SaslMechanism", "the password is not the one the server knows")},
            {"channel-bindings-dont-match",
             QT_TRANSLATE_NOOP("smtp::SaslMechanism", "the channel binding did not match")},
            {"server-does-support-channel-binding",
             QT_TRANSLATE_NOOP(
                 "smtp::SaslMechanism",
                 "the server supports channel binding, which Stamp did not use (a possible downgrade)")},
            {"channel-binding-not-supported",
             QT_TRANSLATE_NOOP("smtp::SaslMechanism", "the server does not support channel binding")},
            {"unsupported-channel-binding-type",
             QT_TRANSLATE_NOOP("smtp::SaslMechanism",
                               "the server does not support this channel binding type")},
            {"unknown-user",
             QT_TRANSLATE_NOOP("smtp::SaslMechanism", "the server does not know this user name")},
            {"invalid-username-encoding",
             QT_TRANSLATE_NOOP("smtp::SaslMechanism", "the server could not read the user name")},
            {"no-resources", QT_TRANSLATE_NOOP("smtp::SaslMechanism", "the server is short of resources")},
            {"other-error",
             QT_TRANSLATE_NOOP("smtp::SaslMechanism", "the server reported an unspecified error")},
        };
        for (const auto &k : known)
            if (value == k.value)
                return QCoreApplication::translate("smtp::SaslMechanism",
                                                   "the server ended SCRAM with an error: %1 (%2)")
                    .arg(QCoreApplication::translate("smtp::SaslMechanism", k.words),
                         QString::fromLatin1(value));
        QByteArray shown = value.left(64);
        for (char &c : shown)
            if (c < 0x20 || c > 0x7e)
                c = '?';
        return QCoreApplication::translate(
                   "smtp::SaslMechanism",
                   "the server ended SCRAM with an error it did not name in RFC 5802's words: %1")
            .arg(QString::fromLatin1(shown));
    }
    // RFC 5802 §7: server-first-message = [reserved-mext ","] nonce "," salt "," iteration-count [","
    // extensions]
    QString checkServerFirst(const QByteArray &serverFirst, QByteArray *nonce, QByteArray *salt,
                             int *iterations) const
    {
        const QList<QByteArray> parts = serverFirst.split(',');
        if (parts.first().startsWith("m="))
            return QCoreApplication::translate(
                "smtp::SaslMechanism",
                "the server requires a SCRAM extension (m=) that Stamp does not support (RFC 5802 §5.1)");
        if (parts.first().startsWith("e="))
            return serverError(parts.first().mid(2));
        if (parts.size() < 3 || !parts[0].startsWith("r=") || !parts[1].startsWith("s=")
            || !parts[2].startsWith("i="))
            return QCoreApplication::translate(
                "smtp::SaslMechanism",
                "the server's SCRAM challenge is malformed (it must give r=, s= and i= in that order)");
        if (!validExtensions(parts.mid(3)))
            return QCoreApplication::translate(
                "smtp::SaslMechanism",
                "the server's SCRAM challenge is malformed (an attribute after i= is not valid, or is a "
                "mandatory extension)");
        *nonce = parts[0].mid(2);
        if (!nonce->startsWith(m_nonce) || nonce->size() <= m_nonce.size() || !isPrintable(*nonce))
            return QCoreApplication::translate(
                "smtp::SaslMechanism",
                "the server's SCRAM nonce does not extend Stamp's with printable characters: it may not be "
                "answering this login");
        const std::optional<QByteArray> s = strictBase64(parts[1].mid(2));
        if (!s)
            return QCoreApplication::translate("smtp::SaslMechanism",
                                               "the server's SCRAM salt is missing or not valid base64");
        *salt = *s;
        // posit-number = %x31-39 *DIGIT: no sign, no leading zero, no spaces.
        const QByteArray i = parts[2].mid(2);
        bool digits = !i.isEmpty() && i[0] >= '1' && i[0] <= '9';
        for (char c : i)
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            return QCoreApplication::translate("smtp::SaslMechanism",
                                               "the server's SCRAM iteration count is not a positive number");
        // Compared as text first when long, so that no count can overflow on the way.
        const qint64 n = i.size() > 10 ? MaxIterations + 1 : i.toLongLong();
        if (n > MaxIterations)
            return QCoreApplication::translate(
                       "smtp::SaslMechanism",
                       "the server asked for %1 SCRAM iterations, more than the %2 Stamp allows; refusing")
                .arg(QString::fromLatin1(i.left(24)))
                .arg(MaxIterations);
        *iterations = int(n);
        return {};
    }
    Step clientFinal(const QByteArray &serverFirst)
    {
        QByteArray nonce, salt;
        int iterations = 0;
        const QString why = checkServerFirst(serverFirst, &nonce, &salt, &iterations);
        if (!why.isEmpty())
            return {{}, {}, why};
        const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
            QCryptographicHash::Sha256, m_password.toUtf8(), salt, iterations, 32);
        const QByteArray clientKey = hmac(salted, "Client Key");
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
        const QByteArray withoutProof = "c=biws,r=" + nonce;
        const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + withoutProof;
        const QByteArray signature = hmac(storedKey, authMessage);
        QByteArray proof = clientKey;
        for (qsizetype i = 0; i < proof.size(); ++i)
            proof[i] = char(proof[i] ^ signature[i]);
        m_serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
        return {withoutProof + ",p=" + proof.toBase64(),
                QCoreApplication::translate("smtp::SaslMechanism", "%1,p=[proof, hidden]")
                    .arg(QString::fromUtf8(withoutProof)),
                {}};
    }
    Credentials m_c;
    QString m_password;  // after SASLprep
    QByteArray m_nonce, m_clientFirstBare, m_serverSignature;
    QString m_failed;
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
                + "\x01"
                  "auth=Bearer "
                + m_c.password.toUtf8() + "\x01\x01";
        } else {
            r = "user=" + m_c.user.toUtf8()
                + "\x01"
                  "auth=Bearer "
                + m_c.password.toUtf8() + "\x01\x01";
        }
        return {r,
                QCoreApplication::translate("smtp::SaslMechanism", "[%1 and access token, hidden]")
                    .arg(hiddenUser(m_c.user)),
                {}};
    }
    Step respond(const QByteArray &) override
    {
        // An error report (JSON) arrives as a challenge; RFC 7628 §3.2.3: answer with a dummy response.
        if (++m_step > 1)
            return {{},
                    {},
                    QCoreApplication::translate("smtp::SaslMechanism",
                                                "the server kept sending OAuth challenges")};
        return {
            m_bearer ? QByteArray("\x01") : QByteArray(),
            QCoreApplication::translate("smtp::SaslMechanism", "(acknowledging the server's error report)"),
            {}};
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
    case AuthMethod::Plain:
        return std::make_unique<Plain>(c);
    case AuthMethod::Login:
        return std::make_unique<Login>(c);
    case AuthMethod::CramMd5:
        return std::make_unique<CramMd5>(c);
    case AuthMethod::ScramSha256:
        return std::make_unique<ScramSha256>(c);
    case AuthMethod::XOAuth2:
        return std::make_unique<OAuth>(c, false);
    case AuthMethod::OAuthBearer:
        return std::make_unique<OAuth>(c, true);
    case AuthMethod::Auto:
        break;
    }
    return nullptr;
}

std::unique_ptr<SaslMechanism> createScramSha256WithNonce(const Credentials &credentials,
                                                          const QByteArray &nonce)
{
    return std::make_unique<ScramSha256>(credentials, nonce);
}

}  // namespace smtp
