#include "tlsreport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace smtp {

namespace {

QString keyWords(const QSslKey &key)
{
    if (key.isNull())
        return {};
    QString algo;
    switch (key.algorithm()) {
    case QSsl::Rsa:
        algo = QStringLiteral("RSA");
        break;
    case QSsl::Dsa:
        algo = QStringLiteral("DSA");
        break;
    case QSsl::Ec:
        algo = QStringLiteral("EC");
        break;
    case QSsl::Dh:
        algo = QStringLiteral("DH");
        break;
    case QSsl::Opaque:
        // Qt names no other kind (X25519, the usual TLS 1.3 group, among them): say so rather than guess.
        return key.length() > 0 ? TlsReport::tr("%1 bits, of a kind Qt does not name").arg(key.length())
                                : TlsReport::tr("of a kind Qt does not name");
    }
    return key.length() > 0 ? TlsReport::tr("%1 %2 bits").arg(algo).arg(key.length()) : algo;
}

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

}  // namespace

bool certificateCovers(const QSslCertificate &cert, const QString &host)
{
    const QString h = host.toLower();
    QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
    const QStringList ips = cert.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    if (!QHostAddress(h).isNull())
        return ips.contains(h) || ips.contains(QHostAddress(h).toString());
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    for (const QString &n : std::as_const(names)) {
        const QString name = n.toLower();
        if (name == h)
            return true;
        if (name.startsWith(QLatin1String("*."))) {
            const QString rest = name.mid(1);
            if (h.endsWith(rest) && h.size() > rest.size()
                && !h.left(h.size() - rest.size()).contains(QLatin1Char('.')))
                return true;
        }
    }
    return false;
}

CertificateInfo CertificateInfo::from(const QSslCertificate &cert)
{
    CertificateInfo c;
    c.subject = joined(cert.subjectInfo(QSslCertificate::CommonName));
    if (c.subject.isEmpty())
        c.subject = cert.subjectDisplayName();
    c.issuer = joined(cert.issuerInfo(QSslCertificate::CommonName));
    if (c.issuer.isEmpty())
        c.issuer = cert.issuerDisplayName();
    c.notBefore = cert.effectiveDate().toUTC();
    c.notAfter = cert.expiryDate().toUTC();
    const auto sans = cert.subjectAlternativeNames();
    c.names = sans.values(QSsl::DnsEntry) + sans.values(QSsl::IpAddressEntry);
    c.key = keyWords(cert.publicKey());
    c.sha256 = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
    c.selfSigned = cert.isSelfSigned();
    return c;
}

QList<TlsCheck> tlsChecks(const TlsCheckInput &in)
{
    QList<TlsCheck> checks;
    const bool handshake = !in.protocol.isEmpty();
    if (handshake) {
        const bool modern =
            in.protocol.contains(QLatin1String("1.2")) || in.protocol.contains(QLatin1String("1.3"));
        checks.append(
            {modern,
             modern ? TlsReport::tr("TLS version %1 (1.2 or later, as RFC 8996 requires)").arg(in.protocol)
                    : TlsReport::tr("TLS version %1 is older than 1.2").arg(in.protocol)});
    }
    if (!in.pinnedSha256.isEmpty()) {
        const QByteArray leaf =
            in.chain.isEmpty() ? QByteArray() : in.chain.first().digest(QCryptographicHash::Sha256).toHex();
        const bool same = leaf.compare(in.pinnedSha256, Qt::CaseInsensitive) == 0;
        checks.append({same, same ? TlsReport::tr("The certificate is the pinned one (SHA-256 %1)")
                                        .arg(QString::fromLatin1(leaf))
                                  : TlsReport::tr("The certificate is not the pinned one (its SHA-256 is %1)")
                                        .arg(QString::fromLatin1(leaf))});
    }
    if (!in.chain.isEmpty()) {
        const QSslCertificate &leaf = in.chain.first();
        const bool named = certificateCovers(leaf, in.host);
        checks.append(
            {named, named ? TlsReport::tr("The certificate covers the name %1").arg(in.host)
                          : TlsReport::tr("The certificate does not cover the name %1").arg(in.host)});
        const QDateTime now = in.now.isValid() ? in.now : QDateTime::currentDateTimeUtc();
        bool inDates = true;
        for (const QSslCertificate &c : in.chain)
            inDates = inDates && c.effectiveDate() <= now && now <= c.expiryDate();
        checks.append(
            {inDates, inDates ? TlsReport::tr("Every certificate of the chain is within its validity dates")
                              : TlsReport::tr("A certificate of the chain is expired or not yet valid")});
        const int daysLeft = inDates ? int(now.daysTo(leaf.expiryDate())) : 0;
        if (inDates && daysLeft < 14)
            checks.append({false, TlsReport::tr("The certificate expires in %n day(s)", nullptr, daysLeft)});
    }
    if (handshake && in.certificateErrors.isEmpty() && in.accepted)
        checks.append(
            {true, in.pinnedSha256.isEmpty()
                       ? TlsReport::tr("The chain is trusted (by the system's CAs or the extra CA file)")
                       : TlsReport::tr("The chain is accepted (trusted, or the pinned certificate)")});
    for (const QString &e : in.certificateErrors)
        checks.append({false, e});
    if (!handshake && in.certificateErrors.isEmpty() && !in.failure.isEmpty())
        checks.append({false, in.failure});
    return checks;
}

bool TlsReport::allPassed() const
{
    return failedCount() == 0;
}

int TlsReport::failedCount() const
{
    int n = 0;
    for (const TlsCheck &c : checks)
        n += c.passed ? 0 : 1;
    return n;
}

QString TlsReport::summary() const
{
    const QString what =
        protocol.isEmpty() ? tr("TLS handshake not finished") : tr("%1, cipher %2").arg(protocol, cipher);
    const int failed = failedCount();
    if (failed == 0)
        return QCoreApplication::translate("smtp::TlsReport", "%1: %n checks passed", nullptr,
                                           int(checks.size()))
            .arg(what);
    return QCoreApplication::translate("smtp::TlsReport", "%1: %2 of %n checks failed", nullptr,
                                       int(checks.size()))
        .arg(what)
        .arg(failed);
}

QStringList TlsReport::lines() const
{
    QStringList out;
    if (!protocol.isEmpty()) {
        out << (cipherBits > 0 ? tr("TLS: %1, cipher %2 (%3-bit key)").arg(protocol, cipher).arg(cipherBits)
                               : tr("TLS: %1, cipher %2").arg(protocol, cipher));
        QString kx = keyExchange.isEmpty() ? tr("negotiated apart from the cipher (TLS 1.3)") : keyExchange;
        if (!ephemeralKey.isEmpty())
            kx = tr("%1, ephemeral key %2").arg(kx, ephemeralKey);
        out << tr("  Key exchange: %1").arg(kx);
        if (!authentication.isEmpty())
            out << tr("  Server authentication: %1").arg(authentication);
    } else {
        out << tr("TLS: the handshake with %1 did not finish").arg(host);
    }
    for (int i = 0; i < chain.size(); ++i) {
        const CertificateInfo &c = chain.at(i);
        out << tr("  Certificate %1: %2, issued by %3%4")
                   .arg(i + 1)
                   .arg(c.subject, c.issuer, c.selfSigned ? tr(" (self-signed)") : QString());
        out << tr("    valid %1 to %2")
                   .arg(c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate));
        if (!c.names.isEmpty())
            out << tr("    names: %1").arg(joined(c.names));
        if (!c.key.isEmpty())
            out << tr("    key: %1").arg(c.key);
        out << tr("    SHA-256: %1").arg(c.sha256);
    }
    for (const TlsCheck &c : checks)
        out << QStringLiteral("  [%1] %2").arg(c.passed ? tr("pass") : tr("FAIL"), c.text);
    return out;
}

TlsReport TlsReport::fromInput(const TlsCheckInput &in)
{
    TlsReport r;
    r.host = in.host;
    r.protocol = in.protocol;
    r.encrypted = in.accepted && !in.protocol.isEmpty();
    for (const QSslCertificate &c : in.chain)
        r.chain.append(CertificateInfo::from(c));
    r.checks = tlsChecks(in);
    return r;
}

TlsReport TlsReport::fromSocket(const QSslSocket &socket, TlsCheckInput in)
{
    const QSslCipher cipher = socket.sessionCipher();
    if (in.chain.isEmpty())
        in.chain = socket.peerCertificateChain();
    if (socket.isEncrypted() && in.protocol.isEmpty())
        in.protocol = cipher.protocolString();
    TlsReport r = fromInput(in);
    if (!cipher.isNull()) {
        r.cipher = cipher.name();
        r.cipherBits = cipher.usedBits();
        const QString kx = cipher.keyExchangeMethod();
        // OpenSSL names TLS 1.3 suites' key exchange "any": the group is chosen apart from the suite.
        if (kx.compare(QLatin1String("any"), Qt::CaseInsensitive) != 0)
            r.keyExchange = kx;
        const QString au = cipher.authenticationMethod();
        if (au.compare(QLatin1String("any"), Qt::CaseInsensitive) != 0)
            r.authentication = au;
    }
    r.ephemeralKey = keyWords(socket.sslConfiguration().ephemeralServerKey());
    return r;
}

}  // namespace smtp
