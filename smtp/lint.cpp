#include "lint.h"

#include "dmarc.h"
#include "dnsresolver.h"
#include "spf.h"

#include <QCoreApplication>
#include <QSet>

namespace smtp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::Lint", text);
}

using S = Finding::Severity;

// Without the Public Suffix List the organisational domain is the last two labels (as domaincheck.cpp).
QString organisational(const QString &domain)
{
    const QStringList labels = domain.split(QLatin1Char('.'));
    return labels.size() <= 2 ? domain : labels.mid(labels.size() - 2).join(QLatin1Char('.'));
}

}  // namespace

QList<Finding> lint(const WirePreview &p)
{
    QList<Finding> out;
    const ServerOffer &o = p.offer;

    if (!p.hasField("from"))
        out.append({S::Problem, QStringLiteral("From"),
                    tr("The message has no From field, which every message must have (RFC 5322 §3.6)."),
                    tr("Add a From field with the sender's address.")});
    if (p.eml && !p.hasField("date"))
        out.append({S::Warning, QStringLiteral("Date"),
                    tr("The message file has no Date field, which RFC 5322 §3.6 requires; some servers add "
                       "one, others reject the message or count it as spam."),
                    tr("Add a Date field, for example \"Date: Wed, 02 Dec 2026 10:00:00 +0000\".")});
    if (p.eml && !p.hasField("message-id"))
        out.append({S::Warning, QStringLiteral("Message-ID"),
                    tr("The message file has no Message-ID field; replies cannot refer to it, and spam "
                       "filters count its absence against it."),
                    tr("Add a Message-ID field, for example \"Message-ID: <unique-text@your-domain>\".")});

    if (p.nul)
        out.append({S::Problem, QStringLiteral("NUL"),
                    tr("The message contains NUL bytes, which SMTP cannot carry without BINARYMIME; Stamp "
                       "will not send it."),
                    tr("Encode that part in base64.")});
    if (p.longLines > 0) {
        // Counted outside the call: Qt 6.4's lupdate never ends on a template argument list inside
        // translate().
        const int longLines = int(qMin<qint64>(p.longLines, INT_MAX));
        out.append({S::Problem, QStringLiteral("Lines"),
                    QCoreApplication::translate(
                        "smtp::Lint",
                        "%n line(s) are longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6); the "
                        "first is line %1, the longest has %2 octets. Stamp will not send the message.",
                        nullptr, longLines)
                        .arg(p.firstLongLine)
                        .arg(p.longestLine),
                    tr("Encode that part in quoted-printable or base64, or break the lines.")});
    }

    if (p.eightBitBody) {
        if (o.known && !o.eightBitMime)
            out.append(
                {S::Problem, QStringLiteral("8BITMIME"),
                 tr("The message has 8-bit content, but the server does not offer 8BITMIME (RFC 6152), "
                    "so Stamp will not send it there."),
                 tr("Encode the 8-bit parts in quoted-printable or base64, or use a server that offers "
                    "8BITMIME.")});
        else if (!o.known)
            out.append(
                {S::Info,
                 QStringLiteral("8BITMIME"),
                 tr("The message has 8-bit content: it needs a server that offers 8BITMIME (RFC 6152), "
                    "as most do. Stamp will refuse to send it to one that does not."),
                 {}});
    }
    const bool needsUtf8 = p.eightBitHeaders || p.envelopeUtf8;
    if (needsUtf8) {
        const QString what =
            p.envelopeUtf8 ? tr("An address has non-ASCII characters before the @, which needs a server "
                                "that offers SMTPUTF8 (RFC 6531).")
                           : tr("The header section holds raw UTF-8 (RFC 6532), which needs a server "
                                "that offers SMTPUTF8 (RFC 6531).");
        if (o.known && !o.smtpUtf8)
            out.append(
                {S::Problem, QStringLiteral("SMTPUTF8"),
                 what + QLatin1Char(' ') + tr("This server does not, so Stamp will not send it there."),
                 tr("Use ASCII addresses and RFC 2047 encoded words in the headers, or a server that "
                    "offers SMTPUTF8.")});
        else if (!o.known)
            out.append({S::Warning, QStringLiteral("SMTPUTF8"),
                        what + QLatin1Char(' ') + tr("Many servers do not offer it."),
                        tr("Check that your server offers SMTPUTF8 (stamp probe), or use ASCII addresses and "
                           "RFC 2047 encoded words.")});
    }

    if (o.maxSize > 0) {
        for (const MimePart &part : p.parts) {
            if (!part.isAttachment() || part.isMultipart() || part.size <= o.maxSize)
                continue;
            const QString name =
                part.fileName.isEmpty() ? QString::fromLatin1(part.contentType) : part.fileName;
            out.append({S::Problem, QStringLiteral("SIZE"),
                        tr("The attachment %1 alone takes %2 bytes in the message, over the %3 bytes the "
                           "server accepts (SIZE, RFC 1870).")
                            .arg(name)
                            .arg(part.size)
                            .arg(o.maxSize),
                        tr("Send %1 another way (a link to a shared file), or compress it.").arg(name)});
        }
        if (p.size > o.maxSize)
            out.append(
                {S::Problem, QStringLiteral("SIZE"),
                 tr("The message is %1 bytes, but the server accepts at most %2 bytes (SIZE, RFC 1870), "
                    "so Stamp will not send it there.")
                     .arg(p.size)
                     .arg(o.maxSize),
                 tr("Make the attachments smaller, or share them another way.")});
    }

    if (!p.addressError.isEmpty())
        out.append({S::Warning, QStringLiteral("To/Cc"),
                    tr("A To or Cc field cannot be read as addresses, so the preview cannot tell who is Bcc: "
                       "%1")
                        .arg(p.addressError),
                    tr("Correct the field.")});
    for (const Mailbox &m : p.notInEnvelope)
        out.append(
            {S::Info,
             QStringLiteral("Envelope"),
             tr("%1 is named in the header but is not a recipient of the envelope: no copy goes there.")
                 .arg(m.address()),
             {}});
    if (p.field("subject").trimmed().isEmpty())
        out.append({S::Info, QStringLiteral("Subject"),
                    tr("The message has no subject; recipients and spam filters treat such mail with "
                       "suspicion."),
                    tr("Add a subject.")});
    return out;
}

QList<DnsQuery> senderDomainQueries(const QString &domain)
{
    const QString d = normalizeDnsName(domain);
    QList<DnsQuery> q{{d, DnsType::TXT}, {QStringLiteral("_dmarc.") + d, DnsType::TXT}};
    const QString org = organisational(d);
    if (org != d)
        q.append({QStringLiteral("_dmarc.") + org, DnsType::TXT});
    return q;
}

QList<Finding> lintSenderDomain(const DnsCache &dns, const QString &domain)
{
    QList<Finding> out;
    const QString d = normalizeDnsName(domain);
    const QList<DnsQuery> queries = senderDomainQueries(d);
    auto failedLookup = [&](const DnsQuery &q) {
        const DnsAnswer a = dns.answer(q);
        if (a.status != DnsAnswer::Status::Failed)
            return false;
        out.append({S::Info,
                    QStringLiteral("DNS"),
                    tr("The TXT record of %1 could not be looked up (%2), so it was not checked.")
                        .arg(q.name, a.error.isEmpty() ? tr("no answer") : a.error),
                    {}});
        return true;
    };
    if (!failedLookup(queries[0])) {
        bool spf = false;
        for (const QString &r : dns.answer(queries[0]).records)
            spf = spf || spf::isSpfRecord(r);
        if (!spf)
            out.append({S::Warning, QStringLiteral("SPF"),
                        tr("The From domain %1 publishes no SPF record: receivers cannot tell which servers "
                           "may send its mail, and many file such mail as spam.")
                            .arg(d),
                        tr("Publish a TXT record at %1 such as \"v=spf1 mx include:YOUR-PROVIDER -all\"; "
                           "stamp check-domain %1 checks it in full.")
                            .arg(d)});
    }
    bool dmarcFound = false, dmarcUnknown = false;
    for (qsizetype i = 1; i < queries.size() && !dmarcFound; ++i) {
        if (failedLookup(queries[i])) {
            dmarcUnknown = true;
            break;
        }
        for (const QString &r : dns.answer(queries[i]).records)
            dmarcFound = dmarcFound || dmarc::isDmarcRecord(r);
    }
    if (!dmarcFound && !dmarcUnknown)
        out.append({S::Warning, QStringLiteral("DMARC"),
                    tr("The From domain %1 publishes no DMARC record; large providers require one and may "
                       "reject or file the message as spam.")
                        .arg(d),
                    tr("Publish a TXT record at _dmarc.%1: \"v=DMARC1; p=none; rua=mailto:dmarc@%1\" to "
                       "start with; stamp check-domain %1 checks it in full.")
                        .arg(d)});
    return out;
}

SenderDomainLint::SenderDomainLint(QObject *parent) : QObject(parent), m_resolver(new DnsResolver(this))
{
    connect(m_resolver, &DnsResolver::answered, this, [this](const DnsQuery &q, const DnsAnswer &a) {
        m_dns.insert(q, a);
        if (--m_waiting > 0 || m_finished)
            return;
        m_findings = lintSenderDomain(m_dns, m_domain);
        m_finished = true;
        Q_EMIT finished();
    });
}

void SenderDomainLint::setTimeout(int ms)
{
    m_resolver->setTimeout(ms);
}

void SenderDomainLint::start(const QString &domain)
{
    m_domain = domain;
    const QList<DnsQuery> queries = senderDomainQueries(domain);
    m_waiting = int(queries.size());
    for (const DnsQuery &q : queries)
        m_resolver->lookup(q);
}

}  // namespace smtp
