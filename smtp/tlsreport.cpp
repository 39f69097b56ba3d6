#include "tlsreport.h"

#include "tlschannel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>

namespace smtp {

namespace {

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

}  // namespace

bool certificateCovers(const CertificateInfo &cert, const QString &host)
{
    const QString h = host.toLower();
    if (const QHostAddress address(h); !address.isNull())
        return cert.ipAddresses.contains(h) || cert.ipAddresses.contains(address.toString());
    const QStringList &names = cert.dnsNames.isEmpty() ? cert.commonNames : cert.dnsNames;
    for (const QString &n : names) {
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
        const QByteArray leaf = in.chain.isEmpty() ? QByteArray() : in.chain.first().sha256.toLatin1();
        const bool same = leaf.compare(in.pinnedSha256, Qt::CaseInsensitive) == 0;
        checks.append({same, same ? TlsReport::tr("The certificate is the pinned one (SHA-256 %1)")
                                        .arg(QString::fromLatin1(leaf))
                                  : TlsReport::tr("The certificate is not the pinned one (its SHA-256 is %1)")
                                        .arg(QString::fromLatin1(leaf))});
    }
    if (!in.chain.isEmpty()) {
        const CertificateInfo &leaf = in.chain.first();
        const bool named = certificateCovers(leaf, in.host);
        checks.append(
            {named, named ? TlsReport::tr("The certificate covers the name %1").arg(in.host)
                          : TlsReport::tr("The certificate does not cover the name %1").arg(in.host)});
        const QDateTime now = in.now.isValid() ? in.now : QDateTime::currentDateTimeUtc();
        bool inDates = true;
        for (const CertificateInfo &c : in.chain)
            inDates = inDates && c.notBefore <= now && now <= c.notAfter;
        checks.append(
            {inDates, inDates ? TlsReport::tr("Every certificate of the chain is within its validity dates")
                              : TlsReport::tr("A certificate of the chain is expired or not yet valid")});
        const int daysLeft = inDates ? int(now.daysTo(leaf.notAfter)) : 0;
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
    r.chain = in.chain;
    r.checks = tlsChecks(in);
    return r;
}

TlsReport TlsReport::fromChannel(const TlsChannel &channel, TlsCheckInput in)
{
    if (in.chain.isEmpty())
        in.chain = CertificateInfo::fromDer(channel.peerChain());
    if (in.protocol.isEmpty())
        in.protocol = channel.protocol();
    TlsReport r = fromInput(in);
    r.cipher = channel.cipher();
    r.cipherBits = channel.cipherBits();
    // TLS 1.3 suites fix neither: the group is chosen apart from the suite, the signature by the certificate.
    r.keyExchange = channel.keyExchange();
    r.authentication = channel.authentication();
    r.ephemeralKey = channel.ephemeralKey();
    return r;
}

}  // namespace smtp
