#include "tlschannel.h"

#include "tlsreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cstdlib>

namespace smtp {

namespace {

// OpenSSL's error queue as one line (and emptied, so the next call starts clean).
QString takeOpenSslErrors()
{
    QStringList parts;
    while (const unsigned long e = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    return parts.join(QStringLiteral("; "));
}

QByteArray derOf(X509 *x)
{
    if (!x)
        return {};
    const int n = i2d_X509(x, nullptr);
    if (n <= 0)
        return {};
    QByteArray out(n, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_X509(x, &p);
    return out;
}

QSslError::SslError qtErrorFor(int code)
{
    switch (code) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return QSslError::UnableToGetIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        return QSslError::UnableToDecryptCertificateSignature;
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        return QSslError::UnableToDecodeIssuerPublicKey;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QSslError::CertificateSignatureFailed;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QSslError::CertificateNotYetValid;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QSslError::CertificateExpired;
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
        return QSslError::InvalidNotBeforeField;
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
        return QSslError::InvalidNotAfterField;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return QSslError::SelfSignedCertificate;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QSslError::SelfSignedCertificateInChain;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        return QSslError::UnableToGetLocalIssuerCertificate;
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return QSslError::UnableToVerifyFirstCertificate;
    case X509_V_ERR_CERT_REVOKED:
        return QSslError::CertificateRevoked;
    case X509_V_ERR_INVALID_CA:
        return QSslError::InvalidCaCertificate;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return QSslError::PathLengthExceeded;
    case X509_V_ERR_INVALID_PURPOSE:
        return QSslError::InvalidPurpose;
    case X509_V_ERR_CERT_UNTRUSTED:
        return QSslError::CertificateUntrusted;
    case X509_V_ERR_CERT_REJECTED:
        return QSslError::CertificateRejected;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return QSslError::HostNameMismatch;
    default:
        return QSslError::UnspecifiedError;
    }
}

// "Kx=ECDH" in OpenSSL's one-line description of a suite; "any" (TLS 1.3) is no answer.
QString descriptionField(const SSL_CIPHER *c, const char *key)
{
    char buffer[256];
    const QString text = QString::fromLatin1(SSL_CIPHER_description(c, buffer, sizeof buffer));
    const QString prefix = QString::fromLatin1(key) + QLatin1Char('=');
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!word.startsWith(prefix))
            continue;
        const QString value = word.mid(prefix.size()).trimmed();
        return value.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0 ? QString() : value;
    }
    return {};
}

int channelIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

}  // namespace

struct TlsChannel::Ssl
{
    SSL_CTX *ctx = nullptr;
    SSL *ssl = nullptr;
    BIO *in = nullptr;   // what the network brought, read by OpenSSL (owned by ssl)
    BIO *out = nullptr;  // what OpenSSL wrote, for the network (owned by ssl)
    ~Ssl()
    {
        SSL_free(ssl);
        SSL_CTX_free(ctx);
    }
};

QList<QSslCertificate> certificatesFromDer(const QList<QByteArray> &der)
{
    QList<QSslCertificate> out;
    for (const QByteArray &d : der) {
        const QSslCertificate c(d, QSsl::Der);
        if (!c.isNull())
            out << c;
    }
    return out;
}

QString problemWords(const CertificateProblem &problem)
{
    switch (problem.code) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return TlsChannel::tr("it is self-signed");
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return TlsChannel::tr("its chain ends in a self-signed certificate nobody here trusts");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return TlsChannel::tr("its issuer is not trusted here");
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return TlsChannel::tr("it has expired");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return TlsChannel::tr("it is not valid yet");
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return TlsChannel::tr("it is for another name");
    default:
        return TlsChannel::tr("OpenSSL says: %1")
            .arg(QString::fromLatin1(X509_verify_cert_error_string(problem.code)));
    }
}

bool hasPemCertificate(const QByteArray &text)
{
    const qsizetype begin = text.indexOf("-----BEGIN CERTIFICATE-----");
    return begin >= 0 && text.indexOf("-----END CERTIFICATE-----", begin) > begin;
}

QList<QSslError> sslErrorsFrom(const QList<CertificateProblem> &problems)
{
    QList<QSslError> out;
    for (const CertificateProblem &p : problems) {
        const QSslError e(qtErrorFor(p.code), QSslCertificate(p.certificate, QSsl::Der));
        if (!out.contains(e))
            out << e;
    }
    return out;
}

TlsChannel::TlsChannel() = default;

TlsChannel::~TlsChannel() = default;

void TlsChannel::fail(const QString &what)
{
    m_state = State::Failed;
    if (m_error.isEmpty())
        m_error = what;
}

int TlsChannel::verifyCallback(int ok, X509_STORE_CTX *store)
{
    auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *self = ssl ? static_cast<TlsChannel *>(SSL_get_ex_data(ssl, channelIndex())) : nullptr;
    if (!self)
        return 0;  // no one to tell: refuse
    if (!ok) {
        CertificateProblem p;
        p.code = X509_STORE_CTX_get_error(store);
        p.depth = X509_STORE_CTX_get_error_depth(store);
        p.certificate = derOf(X509_STORE_CTX_get_current_cert(store));
        self->m_problems << p;
    }
    // Go on, so that every problem is known and shown; the caller refuses a connection that has any
    // (unless it is the pinned certificate) before a byte of the session goes over it.
    return 1;
}

bool TlsChannel::start(const Settings &settings, QString *why)
{
    ERR_clear_error();
    d = std::make_unique<Ssl>();
    m_problems.clear();
    m_error.clear();
    d->ctx = SSL_CTX_new(TLS_client_method());
    if (!d->ctx) {
        *why = tr("The TLS library could not be set up: %1").arg(takeOpenSslErrors());
        return false;
    }
    // RFC 8996: nothing older than TLS 1.2. No compression (CRIME), no renegotiation; OpenSSL's harmless
    // workarounds for odd peers (SSL_OP_ALL), as Qt and curl set them.
    SSL_CTX_set_min_proto_version(d->ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(d->ctx, SSL_OP_ALL | SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    SSL_CTX_set_verify(d->ctx, SSL_VERIFY_PEER, &TlsChannel::verifyCallback);

    // The system's CAs by hash in their directory ($SSL_CERT_DIR, else OpenSSL's, /etc/ssl/certs on Debian):
    // a certificate is read only when a chain needs it. The bundle file would be parsed whole, every time.
    X509_STORE *store = SSL_CTX_get_cert_store(d->ctx);
    // A CA given explicitly is an anchor even when it is an intermediate (as curl does): the store holds only
    // what the system or the user chose to trust.
    X509_STORE_set_flags(store, X509_V_FLAG_PARTIAL_CHAIN);
    X509_LOOKUP *dir = X509_STORE_add_lookup(store, X509_LOOKUP_hash_dir());
    if (dir)
        X509_LOOKUP_add_dir(dir, nullptr, X509_FILETYPE_DEFAULT);
    int extra = 0;
    for (const QByteArray &pem : settings.extraCaPem) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        while (X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            if (X509_STORE_add_cert(store, x) == 1)
                ++extra;
            X509_free(x);
        }
        BIO_free(bio);
    }
    for (const QByteArray &der : settings.extraCaDer) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        if (X509 *x = d2i_X509(nullptr, &p, long(der.size()))) {
            if (X509_STORE_add_cert(store, x) == 1)
                ++extra;
            X509_free(x);
        }
    }
    ERR_clear_error();  // the end of the PEM text, and duplicates, leave "errors" behind
    if (!settings.extraCaPem.isEmpty() && extra == 0) {
        m_caUnreadable = true;
        *why = tr("The CA file given holds no certificate that can be read.");
        return false;
    }

    d->ssl = SSL_new(d->ctx);
    d->in = BIO_new(BIO_s_mem());
    d->out = BIO_new(BIO_s_mem());
    if (!d->ssl || !d->in || !d->out) {
        BIO_free(d->in);
        BIO_free(d->out);
        *why = tr("The TLS library could not be set up: %1").arg(takeOpenSslErrors());
        return false;
    }
    // A read of an empty buffer is "try again later", not the end of the stream.
    BIO_set_mem_eof_return(d->in, -1);
    BIO_set_mem_eof_return(d->out, -1);
    SSL_set_bio(d->ssl, d->in, d->out);
    SSL_set_ex_data(d->ssl, channelIndex(), this);

    X509_VERIFY_PARAM *param = SSL_get0_param(d->ssl);
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    const QHostAddress address(settings.host);
    if (!address.isNull()) {
        // An address is checked against the certificate's IP address names, and sent as no SNI (RFC 6066 §3).
        if (X509_VERIFY_PARAM_set1_ip_asc(param, address.toString().toLatin1().constData()) != 1) {
            *why = tr("The address %1 cannot be checked against a certificate.").arg(settings.host);
            return false;
        }
    } else {
        QByteArray name = QUrl::toAce(settings.host);
        if (name.isEmpty())
            name = settings.host.toLatin1();
        if (name.endsWith('.'))
            name.chop(1);
        if (name.isEmpty() || X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size())) != 1
            || SSL_set_tlsext_host_name(d->ssl, name.constData()) != 1) {
            *why = tr("The server name %1 cannot be checked against a certificate.").arg(settings.host);
            return false;
        }
    }
    SSL_set_connect_state(d->ssl);
    m_state = State::Handshaking;
    advance();
    if (m_state == State::Failed) {
        *why = m_error;
        return false;
    }
    return true;
}

// The handshake looked issuers up only in the hashed directory. Where a system keeps (or a user points
// $SSL_CERT_FILE at) a bundle file the directory does not cover, an unknown issuer is looked for there too,
// once, on this path only: parsing a bundle costs milliseconds (30 ms for Debian's). Any other problem
// stands as found.
void TlsChannel::recheckWithBundle()
{
    if (m_state != State::Established || m_problems.isEmpty())
        return;
    for (const CertificateProblem &p : std::as_const(m_problems)) {
        switch (p.code) {
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_CERT_UNTRUSTED:
            continue;
        default:
            return;
        }
    }
    const char *env = std::getenv(X509_get_default_cert_file_env());
    const QByteArray file = env && *env ? QByteArray(env) : QByteArray(X509_get_default_cert_file());
    X509 *leaf = SSL_get0_peer_certificate(d->ssl);
    if (!leaf || file.isEmpty() || !QFileInfo(QString::fromLocal8Bit(file)).isFile())
        return;
    X509_STORE *store = SSL_CTX_get_cert_store(d->ctx);
    X509_LOOKUP *lookup = X509_STORE_add_lookup(store, X509_LOOKUP_file());
    X509_STORE_CTX *check = X509_STORE_CTX_new();
    if (lookup && X509_LOOKUP_load_file(lookup, file.constData(), X509_FILETYPE_PEM) == 1 && check
        && X509_STORE_CTX_init(check, store, leaf, SSL_get_peer_cert_chain(d->ssl)) == 1) {
        // The same rules as the handshake's: a server certificate, for the same name or address.
        X509_STORE_CTX_set_default(check, "ssl_server");
        X509_VERIFY_PARAM_set1(X509_STORE_CTX_get0_param(check), SSL_get0_param(d->ssl));
        X509_STORE_CTX_set_ex_data(check, SSL_get_ex_data_X509_STORE_CTX_idx(), d->ssl);
        X509_STORE_CTX_set_verify_cb(check, &TlsChannel::verifyCallback);
        const QList<CertificateProblem> before = m_problems;
        m_problems.clear();
        if (X509_verify_cert(check) < 0 && m_problems.isEmpty())
            m_problems = before;  // the check itself failed: what the handshake found stands
    }
    X509_STORE_CTX_free(check);
    ERR_clear_error();
}

void TlsChannel::receive(const QByteArray &wire)
{
    if (!d || !d->ssl || wire.isEmpty())
        return;
    BIO_write(d->in, wire.constData(), int(wire.size()));
}

TlsChannel::State TlsChannel::advance()
{
    if (m_state != State::Handshaking)
        return m_state;
    ERR_clear_error();
    const int r = SSL_do_handshake(d->ssl);
    if (r == 1) {
        m_state = State::Established;
        return m_state;
    }
    const int e = SSL_get_error(d->ssl, r);
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
        return m_state;
    // OpenSSL's own words ("tlsv1 alert protocol version", "wrong version number"): the verdict puts them in
    // a sentence, and the diagnosis reads them.
    const QString text = takeOpenSslErrors();
    fail(text.isEmpty() ? tr("the server ended the TLS handshake") : text);
    return m_state;
}

QByteArray TlsChannel::takeOutgoing()
{
    if (!d || !d->out)
        return {};
    const size_t n = BIO_ctrl_pending(d->out);
    if (n == 0)
        return {};
    QByteArray out(qsizetype(n), Qt::Uninitialized);
    const int got = BIO_read(d->out, out.data(), int(n));
    out.resize(got > 0 ? got : 0);
    return out;
}

bool TlsChannel::write(const QByteArray &plain)
{
    if (m_state != State::Established)
        return false;
    qsizetype done = 0;
    while (done < plain.size()) {
        ERR_clear_error();
        size_t written = 0;
        if (SSL_write_ex(d->ssl, plain.constData() + done, size_t(plain.size() - done), &written) != 1) {
            fail(tr("TLS error while sending: %1").arg(takeOpenSslErrors()));
            return false;
        }
        done += qsizetype(written);
    }
    return true;
}

QByteArray TlsChannel::read(qint64 max)
{
    // No more plaintext than the ciphertext waiting can hold: a reply is a few bytes, not a buffer of `max`.
    const qint64 waiting = d && d->ssl ? qint64(SSL_pending(d->ssl)) + qint64(BIO_ctrl_pending(d->in)) : 0;
    if (m_state != State::Established || max <= 0 || waiting == 0)
        return {};
    QByteArray out(qsizetype(std::min(max, waiting)), Qt::Uninitialized);
    qsizetype have = 0;
    while (have < out.size()) {
        ERR_clear_error();
        size_t got = 0;
        if (SSL_read_ex(d->ssl, out.data() + have, size_t(out.size() - have), &got) == 1) {
            have += qsizetype(got);
            continue;
        }
        // Nothing complete yet, or the peer's close_notify (its TCP close follows, and the session sees
        // that).
        const int e = SSL_get_error(d->ssl, 0);
        if (e != SSL_ERROR_ZERO_RETURN && e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
            fail(tr("TLS error while receiving: %1").arg(takeOpenSslErrors()));
        break;
    }
    out.resize(have);
    return out;
}

bool TlsChannel::hasInput() const
{
    return d && d->ssl && (SSL_pending(d->ssl) > 0 || BIO_ctrl_pending(d->in) > 0);
}

void TlsChannel::close()
{
    if (m_state != State::Established)
        return;
    ERR_clear_error();
    SSL_shutdown(d->ssl);
    ERR_clear_error();
}

QString TlsChannel::protocol() const
{
    if (m_state != State::Established)
        return {};
    return QString::fromLatin1(SSL_get_version(d->ssl));
}

QString TlsChannel::cipher() const
{
    const SSL_CIPHER *c = d && d->ssl ? SSL_get_current_cipher(d->ssl) : nullptr;
    return c ? QString::fromLatin1(SSL_CIPHER_get_name(c)) : QString();
}

int TlsChannel::cipherBits() const
{
    const SSL_CIPHER *c = d && d->ssl ? SSL_get_current_cipher(d->ssl) : nullptr;
    return c ? SSL_CIPHER_get_bits(c, nullptr) : 0;
}

QString TlsChannel::keyExchange() const
{
    const SSL_CIPHER *c = d && d->ssl ? SSL_get_current_cipher(d->ssl) : nullptr;
    return c ? descriptionField(c, "Kx") : QString();
}

QString TlsChannel::authentication() const
{
    const SSL_CIPHER *c = d && d->ssl ? SSL_get_current_cipher(d->ssl) : nullptr;
    return c ? descriptionField(c, "Au") : QString();
}

QString TlsChannel::ephemeralKey() const
{
    EVP_PKEY *key = nullptr;
    if (!d || !d->ssl || SSL_get_peer_tmp_key(d->ssl, &key) != 1 || !key)
        return {};
    const QString words = keyWords(key);
    EVP_PKEY_free(key);
    return words;
}

QList<QByteArray> TlsChannel::peerChain() const
{
    QList<QByteArray> out;
    if (!d || !d->ssl)
        return out;
    // On the client side the chain as sent holds the server's own certificate first.
    if (STACK_OF(X509) *chain = SSL_get_peer_cert_chain(d->ssl)) {
        for (int i = 0; i < sk_X509_num(chain); ++i)
            out << derOf(sk_X509_value(chain, i));
    }
    return out;
}

}  // namespace smtp
