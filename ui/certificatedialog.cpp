#include "certificatedialog.h"

#include "tlsreport.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ui {

QString CertificateDialog::formatFingerprint(const QByteArray &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2)).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QString CertificateDialog::describeName(const QSslCertificate &cert, bool issuer)
{
    const auto part = [&](QSslCertificate::SubjectInfo info) {
        return (issuer ? cert.issuerInfo(info) : cert.subjectInfo(info)).join(QStringLiteral(", "));
    };
    QStringList out;
    const QString cn = part(QSslCertificate::CommonName);
    const QString org = part(QSslCertificate::Organization);
    const QString unit = part(QSslCertificate::OrganizationalUnitName);
    const QString country = part(QSslCertificate::CountryName);
    if (!cn.isEmpty())
        out << cn;
    if (!org.isEmpty())
        out << org;
    if (!unit.isEmpty())
        out << unit;
    if (!country.isEmpty())
        out << country;
    return out.isEmpty() ? tr("(no name)") : out.join(QStringLiteral(" — "));
}

CertificateDialog::CertificateDialog(const QList<QSslCertificate> &chain, const QList<QSslError> &errors,
                                     const QString &host, const QString &account, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate not trusted — %1").arg(host));
    setAccessibleName(windowTitle());
    const QSslCertificate cert = chain.value(0);
    m_fingerprint = cert.isNull() ? QByteArray() : cert.digest(QCryptographicHash::Sha256).toHex();

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48));
    auto *intro = new QLabel(
        tr("<b>Stamp could not verify the identity of %1.</b><br>Someone may be pretending to be your mail "
           "server to read your password and your mail. Trust this certificate only if you have checked its "
           "fingerprint with the server's administrator, or if it is your own test server.")
            .arg(host.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("certIntro"));

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, const QString &value, const QString &name) {
        auto *v = new QLabel(value, this);
        v->setObjectName(name);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setAccessibleName(label);
        form->addRow(label, v);
        return v;
    };
    addRow(tr("Issued to:"), describeName(cert, false), QStringLiteral("certSubject"));
    // The DNS names and IP addresses it covers, as the TLS report lists them.
    const QStringList altNames = smtp::CertificateInfo::from(cert).names;
    if (!altNames.isEmpty())
        addRow(tr("Valid for names:"), altNames.join(QStringLiteral(", ")), QStringLiteral("certNames"));
    addRow(tr("Issued by:"), describeName(cert, true), QStringLiteral("certIssuer"));
    addRow(tr("Valid:"),
           tr("from %1 until %2")
               .arg(QLocale().toString(cert.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                    QLocale().toString(cert.expiryDate().toLocalTime(), QLocale::ShortFormat)),
           QStringLiteral("certValidity"));
    QLabel *fp = addRow(tr("SHA-256 fingerprint:"), formatFingerprint(m_fingerprint),
                        QStringLiteral("certFingerprint"));
    fp->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (chain.size() > 1) {
        QStringList names;
        for (qsizetype i = 1; i < chain.size(); ++i)
            names << describeName(chain[i], false);
        addRow(tr("Chain sent:"), names.join(QStringLiteral("\n")), QStringLiteral("certChain"));
    }

    auto *errorList = new QListWidget(this);
    errorList->setObjectName(QStringLiteral("certErrors"));
    errorList->setAccessibleName(tr("Why the certificate is not trusted"));
    errorList->setAccessibleDescription(tr("Every check the server's certificate failed"));
    for (const QSslError &e : errors)
        errorList->addItem(e.errorString());
    errorList->setMaximumHeight(errorList->sizeHintForRow(0) * std::max<int>(3, int(errors.size()) + 1) + 8);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("certCancel"));
    QPushButton *trust =
        buttons->addButton(tr("&Trust this certificate for “%1”").arg(account), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("certTrust"));
    trust->setAccessibleDescription(
        tr("Accepts exactly this certificate for this account from now on; a different one asks again"));
    trust->setEnabled(!m_fingerprint.isEmpty());
    // Cancel is the default: Enter must never trust a certificate by accident.
    trust->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Problems found:"), this));
    layout->addWidget(errorList);
    layout->addWidget(buttons);
    // Wrapped labels report their height for the width they are given: fix the width first.
    intro->setMinimumWidth(520);
    adjustSize();
}

}  // namespace ui
