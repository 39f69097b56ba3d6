// CertificateInfo read from a DER certificate with OpenSSL: the TLS report of a connection is made without
// Qt's TLS backend (tlschannel.h), and the window's dialogs use the same reading through from().
#include "tlsreport.h"

#include <QCryptographicHash>
#include <QHostAddress>

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace smtp {

namespace {

QString text(const ASN1_STRING *s)
{
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, s);
    if (n < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return out;
}

QStringList entries(const X509_NAME *name, int nid)
{
    QStringList out;
    for (int i = X509_NAME_get_index_by_NID(name, nid, -1); i >= 0;
         i = X509_NAME_get_index_by_NID(name, nid, i))
        out << text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
    return out;
}

// The common name, or (as Qt's display name) the organization, or its unit, or the whole name.
QString displayName(const X509_NAME *name)
{
    for (const int nid : {NID_commonName, NID_organizationName, NID_organizationalUnitName}) {
        const QStringList e = entries(name, nid);
        if (!e.isEmpty())
            return e.join(QStringLiteral(", "));
    }
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    const QString out = QString::fromUtf8(data, int(n));
    BIO_free(bio);
    return out;
}

QDateTime utc(const ASN1_TIME *t)
{
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

}  // namespace

QString keyWords(const evp_pkey_st *key)
{
    if (!key)
        return {};
    QString algo;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        algo = QStringLiteral("RSA");
        break;
    case EVP_PKEY_DSA:
        algo = QStringLiteral("DSA");
        break;
    case EVP_PKEY_EC:
        algo = QStringLiteral("EC");
        break;
    case EVP_PKEY_DH:
        algo = QStringLiteral("DH");
        break;
    default:
        // X25519, X448, Ed25519...: OpenSSL's own name for the kind.
        if (const char *name = EVP_PKEY_get0_type_name(key))
            algo = QString::fromLatin1(name);
        break;
    }
    const int bits = EVP_PKEY_get_bits(key);
    if (algo.isEmpty())
        return bits > 0 ? TlsReport::tr("%1 bits, of a kind Qt does not name").arg(bits) : QString();
    return bits > 0 ? TlsReport::tr("%1 %2 bits").arg(algo).arg(bits) : algo;
}

CertificateInfo CertificateInfo::fromDer(const QByteArray &der)
{
    CertificateInfo c;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, long(der.size()));
    if (!x)
        return c;
    const X509_NAME *subject = X509_get_subject_name(x);
    const X509_NAME *issuer = X509_get_issuer_name(x);
    c.commonNames = entries(subject, NID_commonName);
    c.subject = displayName(subject);
    c.issuer = displayName(issuer);
    c.notBefore = utc(X509_get0_notBefore(x));
    c.notAfter = utc(X509_get0_notAfter(x));
    if (auto *sans =
            static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr))) {
        for (int i = 0; i < sk_GENERAL_NAME_num(sans); ++i) {
            const GENERAL_NAME *g = sk_GENERAL_NAME_value(sans, i);
            if (g->type == GEN_DNS) {
                c.dnsNames << text(g->d.dNSName);
            } else if (g->type == GEN_IPADD) {
                const ASN1_OCTET_STRING *ip = g->d.iPAddress;
                const unsigned char *bytes = ASN1_STRING_get0_data(ip);
                QHostAddress a;
                if (ASN1_STRING_length(ip) == 4)
                    a = QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16
                                     | quint32(bytes[2]) << 8 | quint32(bytes[3]));
                else if (ASN1_STRING_length(ip) == 16)
                    a = QHostAddress(bytes);
                if (!a.isNull())
                    c.ipAddresses << a.toString();
            }
        }
        GENERAL_NAMES_free(sans);
    }
    c.names = c.dnsNames + c.ipAddresses;
    c.key = keyWords(X509_get0_pubkey(x));
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    c.selfSigned = X509_check_issued(x, x) == X509_V_OK;
    X509_free(x);
    return c;
}

QList<CertificateInfo> CertificateInfo::fromDer(const QList<QByteArray> &chain)
{
    QList<CertificateInfo> out;
    for (const QByteArray &der : chain)
        out << fromDer(der);
    return out;
}

CertificateInfo CertificateInfo::from(const QSslCertificate &cert)
{
    return cert.isNull() ? CertificateInfo() : fromDer(cert.toDer());
}

}  // namespace smtp
