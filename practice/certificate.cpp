#include "certificate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace practice {

namespace {

template <typename T, void (*F)(T *)> struct Free
{
    void operator()(T *p) const { F(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Free<X509, X509_free>>;

constexpr long Day = 24 * 60 * 60;

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// One X.509 v3 certificate (RFC 5280). issuer null: self-signed with key.
Cert makeCertificate(EVP_PKEY *key, const char *commonName, bool authority, long fromSeconds, long toSeconds,
                     X509 *issuer, EVP_PKEY *issuerKey)
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return {};
    // A random 64-bit serial: two certificates of one issuer must never share one (RFC 5280 §4.1.2.2).
    std::unique_ptr<BIGNUM, Free<BIGNUM, BN_free>> serial(BN_new());
    if (!serial || BN_rand(serial.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return {};
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), fromSeconds)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), toSeconds)
        || X509_set_pubkey(cert.get(), key) != 1)
        return {};
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Stamp practice server"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName),
                               -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) != 1)
        return {};
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (authority) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
             && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
             && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment")
             && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth")
             // The names a client checks (RFC 6125): the server listens on loopback only.
             && addExtension(cert.get(), signer, NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost");
    }
    if (issuer)
        ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return cert;
}

QByteArray pem(X509 *cert, EVP_PKEY *key)
{
    std::unique_ptr<BIO, Free<BIO, BIO_free_all>> bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    const int ok = cert ? PEM_write_bio_X509(bio.get(), cert)
                        : PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    if (ok != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

bool writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    if (secret)
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return f.write(data) == data.size() && f.commit();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(1 << 20) : QByteArray();
}

bool create(const QString &folder)
{
    // P-256 keys: quick to make, and every TLS 1.2 and 1.3 client takes them.
    Key caKey(EVP_EC_gen("P-256")), key(EVP_EC_gen("P-256"));
    if (!caKey || !key)
        return false;
    Cert ca =
        makeCertificate(caKey.get(), "Stamp practice authority", true, -Day, 3650 * Day, nullptr, nullptr);
    if (!ca)
        return false;
    Cert server = makeCertificate(key.get(), "localhost", false, -Day, 730 * Day, ca.get(), caKey.get());
    Cert expired = makeCertificate(key.get(), "localhost", false, -30 * Day, -Day, ca.get(), caKey.get());
    Cert selfSigned = makeCertificate(key.get(), "localhost", false, -Day, 730 * Day, nullptr, nullptr);
    if (!server || !expired || !selfSigned)
        return false;
    const QDir dir(folder);
    return writeFile(dir.filePath(QStringLiteral("key.pem")), pem(nullptr, key.get()), true)
           && writeFile(dir.filePath(QStringLiteral("server.pem")), pem(server.get(), nullptr), false)
           && writeFile(dir.filePath(QStringLiteral("expired.pem")), pem(expired.get(), nullptr), false)
           && writeFile(dir.filePath(QStringLiteral("self-signed.pem")), pem(selfSigned.get(), nullptr),
                        false)
           // Last: its presence says the set is complete.
           && writeFile(dir.filePath(QStringLiteral("ca.pem")), pem(ca.get(), nullptr), false);
}

bool load(const QString &folder, Certificates *out)
{
    const QDir dir(folder);
    auto cert = [&](const char *name) {
        return QSslCertificate(readFile(dir.filePath(QLatin1String(name))), QSsl::Pem);
    };
    out->folder = folder;
    out->caFile = dir.filePath(QStringLiteral("ca.pem"));
    out->ca = cert("ca.pem");
    out->server = cert("server.pem");
    out->expired = cert("expired.pem");
    out->selfSigned = cert("self-signed.pem");
    out->key = QSslKey(readFile(dir.filePath(QStringLiteral("key.pem"))), QSsl::Ec, QSsl::Pem);
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(1);
    return !out->ca.isNull() && !out->server.isNull() && !out->expired.isNull() && !out->selfSigned.isNull()
           && !out->key.isNull() && out->server.expiryDate() > soon && out->ca.expiryDate() > soon;
}

}  // namespace

bool Certificates::loadOrCreate(const QString &folder, Certificates *out, QString *error)
{
    if (load(folder, out))
        return true;
    if (!QDir().mkpath(folder)) {
        *error = tr("cannot create the folder %1").arg(folder);
        return false;
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!create(folder)) {
        *error = tr("cannot make the practice certificates in %1").arg(folder);
        return false;
    }
    if (!load(folder, out)) {
        *error = tr("cannot read the practice certificates made in %1").arg(folder);
        return false;
    }
    return true;
}

}  // namespace practice
