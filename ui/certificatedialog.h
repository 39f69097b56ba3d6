#pragma once

#include <QDialog>
#include <QSslCertificate>
#include <QSslError>

namespace ui {

// Shown when a server's certificate cannot be verified: who it claims to be, who signed it, when it is
// valid, its SHA-256 fingerprint and the exact reasons it failed. The user either cancels (the default) or
// trusts this one certificate for this one account, which pins its fingerprint in the account. Nothing is
// ever trusted without this explicit choice.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QList<QSslCertificate> &chain, const QList<QSslError> &errors,
                      const QString &host, const QString &account, QWidget *parent = nullptr);

    // Lower-case hex SHA-256 of the server's certificate (what Account::pinnedSha256 holds).
    QByteArray fingerprint() const { return m_fingerprint; }
    // "AB:CD:..." for reading aloud or comparing with what an administrator publishes.
    static QString formatFingerprint(const QByteArray &hex);
    static QString describeName(const QSslCertificate &cert, bool issuer);

private:
    QByteArray m_fingerprint;
};

}  // namespace ui
