#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

struct evp_pkey_st;

namespace smtp {

class TlsChannel;

// One check of the TLS report, passed or not, in words.
struct TlsCheck
{
    bool passed = false;
    QString text;
};

// One certificate of the chain, as the report shows it.
struct CertificateInfo
{
    QString subject;  // the common name, or the whole subject when it has none
    QString issuer;
    QDateTime notBefore, notAfter;  // UTC
    QStringList names;              // the DNS and IP subject alternative names it covers
    QString key;                    // "RSA 2048 bits"
    QString sha256;                 // hex
    bool selfSigned = false;
    QStringList commonNames;  // the subject's common names
    QStringList dnsNames;     // the DNS subject alternative names
    QStringList ipAddresses;  // the IP address subject alternative names
    bool isNull() const { return sha256.isEmpty(); }
    // Read with OpenSSL (certificateinfo.cpp): no Qt TLS backend is needed for a DER certificate.
    static CertificateInfo fromDer(const QByteArray &der);
    static QList<CertificateInfo> fromDer(const QList<QByteArray> &chain);
    static CertificateInfo from(const QSslCertificate &cert);
};

// A public key in words: "RSA 2048 bits", "EC 256 bits", "X25519 253 bits".
QString keyWords(const evp_pkey_st *key);

// Whether a certificate covers a host name: its DNS subject alternative names (or, with none, its common
// name), a "*." wildcard standing for exactly one label (RFC 6125 §6.4.3); an address, its IP names.
bool certificateCovers(const CertificateInfo &cert, const QString &host);

// What the checks are made from: the facts the session has when the handshake ends or fails.
struct TlsCheckInput
{
    QString host;
    QString protocol;               // empty: the handshake did not finish
    QList<CertificateInfo> chain;   // leaf first
    QByteArray pinnedSha256;        // the account's pinned certificate, hex, if any
    QStringList certificateErrors;  // each problem OpenSSL (or the system store) found, in words
    bool accepted = false;          // the session went on over this connection
    QString failure;                // why TLS failed when no certificate error says it
    QDateTime now;                  // UTC; the current time when invalid
};
// The checks, in the order a reader asks: version, pin, name, dates, expiry soon, trust, each error.
QList<TlsCheck> tlsChecks(const TlsCheckInput &in);

// The TLS handshake as a report (as CheckTLS shows it): version, cipher, key exchange, the chain with the
// validity and names of each certificate, and each check passed or failed. Filled by smtp::Session from its
// TLS channel when the connection is encrypted (or when the handshake failed), emitted once per connection.
struct TlsReport
{
    Q_DECLARE_TR_FUNCTIONS(smtp::TlsReport)

public:
    QString host;
    bool encrypted = false;        // the handshake finished and the session went on
    QString protocol;              // "TLSv1.3"
    QString cipher;                // "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;            // the cipher's key size
    QString keyExchange;           // the cipher's key exchange method ("ECDH"; TLS 1.3 negotiates it apart)
    QString ephemeralKey;          // the server's ephemeral key ("EC 256 bits"), empty when not reported
    QString authentication;        // how the server proved itself ("RSA"), empty for TLS 1.3 suites
    QList<CertificateInfo> chain;  // leaf first
    QList<TlsCheck> checks;

    bool isEmpty() const { return protocol.isEmpty() && chain.isEmpty() && checks.isEmpty(); }
    bool allPassed() const;
    int failedCount() const;
    // One line: "TLSv1.3, TLS_AES_256_GCM_SHA384: 5 checks passed" / "...: 2 of 6 checks failed".
    QString summary() const;
    // The whole report, one item a line, indented under headings, for a terminal or the log's detail view.
    QStringList lines() const;

    // Reads the negotiated session and the peer's chain from the channel, then makes the checks.
    static TlsReport fromChannel(const TlsChannel &channel, TlsCheckInput in);
    // For a handshake that did not finish: what is known (the chain, if the server sent one) and the checks.
    static TlsReport fromInput(const TlsCheckInput &in);
};

}  // namespace smtp

Q_DECLARE_METATYPE(smtp::TlsReport)
