#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <memory>

struct x509_store_ctx_st;

namespace smtp {

// One problem the certificate check found: OpenSSL's X509_V_ERR_* code, where in the chain (0 is the
// server's own certificate), and that certificate (DER).
struct CertificateProblem
{
    int code = 0;
    int depth = 0;
    QByteArray certificate;
};

// The problems as Qt names them (QSslError, whose errorString() is Qt's translated sentence). Building a
// QSslCertificate loads Qt's TLS backend, so this is for a failed check only.
QList<QSslError> sslErrorsFrom(const QList<CertificateProblem> &problems);
// A problem in a few words of Stamp's own ("it is self-signed"), for where a QSslError would cost the backend
// load: the line that says a pinned certificate was accepted in spite of it.
QString problemWords(const CertificateProblem &problem);
QList<QSslCertificate> certificatesFromDer(const QList<QByteArray> &der);
// Whether a CA file's text holds a PEM certificate block: the check when a file is given (it is parsed when
// TLS starts, and a block that does not parse is refused then).
bool hasPemCertificate(const QByteArray &text);

// TLS as a client on a byte stream, on OpenSSL directly, with memory buffers: the caller moves the bytes
// (receive() what the network brought, send what takeOutgoing() gives) and the channel never touches a
// socket.
//
// Why not QSslSocket: for a short send on a fast network Qt's TLS backend start-up (its plugins, a throw-away
// SSL_CTX to list ciphers, certificates decoded twice and copied after the handshake) was half of the CPU a
// send takes and sat on the critical path (bench/README.md). The channel builds one SSL_CTX per connection,
// with the system's trusted CAs looked up by hash in their directory (nothing parsed up front) beside any
// extra CA, and leaves the certificates as DER until something needs more.
//
// Verification fails closed: the peer is verified (chain, dates, purpose, the host name or IP address,
// RFC 6125 rules with no partial wildcards); every problem is collected so it can be shown, and
// established() is reached only through the handshake, after which the caller must look at problems()
// before sending anything: acceptance (a pinned certificate) is the caller's rule, not the channel's.
class TlsChannel
{
    Q_DECLARE_TR_FUNCTIONS(smtp::TlsChannel)

public:
    struct Settings
    {
        QString host;                  // checked against the certificate; sent as SNI unless an address
        QList<QByteArray> extraCaPem;  // PEM text, each trusted beside the system store
        QList<QByteArray> extraCaDer;  // DER certificates, likewise
    };
    enum class State
    {
        Idle,
        Handshaking,
        Established,
        Failed
    };

    TlsChannel();
    ~TlsChannel();
    TlsChannel(const TlsChannel &) = delete;
    TlsChannel &operator=(const TlsChannel &) = delete;

    // Sets up and writes the ClientHello (takeOutgoing()). False, with *why in words, when the settings
    // cannot be used (extra CA text without a readable certificate) or the TLS library fails.
    bool start(const Settings &settings, QString *why);
    // Bytes from the network; then advance() during the handshake, read() after it.
    void receive(const QByteArray &wire);
    // Moves the handshake on with what was received; the new state.
    State advance();
    State state() const { return m_state; }
    // start() failed because the extra CA text held no certificate OpenSSL could read.
    bool extraCaUnreadable() const { return m_caUnreadable; }
    QString errorString() const { return m_error; }
    // Encrypted bytes to put on the network (after start(), advance(), write(), read(), close()).
    QByteArray takeOutgoing();

    // Plaintext, once established.
    bool write(const QByteArray &plain);
    // Up to max bytes decrypted; empty when nothing complete is there yet. A broken record fails the channel.
    QByteArray read(qint64 max);
    // Received bytes not yet read (possibly an incomplete record).
    bool hasInput() const;
    // close_notify, for takeOutgoing().
    void close();

    // What the handshake settled (empty before).
    QString protocol() const;  // "TLSv1.3"
    QString cipher() const;    // "TLS_AES_256_GCM_SHA384"
    int cipherBits() const;
    QString keyExchange() const;          // "ECDH"; empty where the suite does not fix it (TLS 1.3)
    QString authentication() const;       // "RSA"; empty likewise
    QString ephemeralKey() const;         // "X25519 253 bits", "EC 256 bits"
    QList<QByteArray> peerChain() const;  // as the server sent it, its own certificate first (DER)
    const QList<CertificateProblem> &problems() const { return m_problems; }
    // When the only problems are an issuer not found: looks for it once more in the system's bundle file
    // ($SSL_CERT_FILE or OpenSSL's default), which the hashed directory may not cover, and replaces
    // problems() with what that check finds. Costs a parse of the bundle: for a certificate about to be
    // refused only.
    void recheckWithBundle();

private:
    struct Ssl;
    static int verifyCallback(int ok, x509_store_ctx_st *store);
    void fail(const QString &what);

    std::unique_ptr<Ssl> d;
    State m_state = State::Idle;
    QString m_error;
    bool m_caUnreadable = false;
    QList<CertificateProblem> m_problems;
};

}  // namespace smtp
