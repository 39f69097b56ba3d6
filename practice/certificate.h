#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace practice {

// The practice server's certificates, made at first start in the user's data folder (never in the
// repository) and reused afterwards: a small authority of its own (ca.pem, the file to give a client as
// --ca-file) that signs the server's certificate for 127.0.0.1, ::1 and localhost; and, for the faults, an
// expired certificate signed by the same authority and a self-signed one. The authority's key is thrown
// away once the certificates are signed, so nothing else can ever be signed with it.
struct Certificates
{
    Q_DECLARE_TR_FUNCTIONS(practice::Certificates)
public:
    QString folder;
    QString caFile;
    QSslCertificate ca;
    QSslCertificate server, expired, selfSigned;
    QSslKey key;  // one key for the three server certificates

    // Loads them from folder, making them first when they are missing, unreadable or near their end.
    // Returns false with *error in words when they can be neither read nor made.
    static bool loadOrCreate(const QString &folder, Certificates *out, QString *error);
};

}  // namespace practice
