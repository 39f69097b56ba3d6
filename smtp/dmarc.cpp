#include "dmarc.h"

#include "taglist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace smtp::dmarc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::dmarc", text);
}

// §6.4 dmarc-uri: a URI with an optional "!" size ("mailto:d@example.com!10m").
bool validUri(const QString &uri)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(mailto:[^@\\s!,;]+@[^@\\s!,;]+\\.[^@\\s!,;]+|https?://[^\\s!,;]+)(![0-9]+[kmgt]?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(uri).hasMatch();
}

}  // namespace

bool isDmarcRecord(const QString &txt)
{
    static const QRegularExpression re(QStringLiteral("^v\\s*=\\s*DMARC1\\s*(;|$)"));
    return re.match(txt).hasMatch();
}

Record parse(const QString &txt)
{
    Record r;
    const TagList tags = parseTagList(txt);
    if (!tags.error.isEmpty()) {
        r.error = tags.error;
        return r;
    }
    // §6.4: v must come first, p right after it.
    if (tags.tags.isEmpty() || tags.tags.first().first != QLatin1String("v")
        || tags.tags.first().second != QLatin1String("DMARC1")) {
        r.error = tr("the record must start with v=DMARC1");
        return r;
    }
    if (tags.tags.size() < 2 || tags.tags.at(1).first != QLatin1String("p")) {
        r.error = tr("the policy p= must come right after v=DMARC1");
        return r;
    }
    for (const auto &[tag, value] : tags.tags) {
        const QString v = value.toLower();
        if (tag == QLatin1String("v"))
            continue;
        if (tag == QLatin1String("p") || tag == QLatin1String("sp")) {
            if (v != QLatin1String("none") && v != QLatin1String("quarantine")
                && v != QLatin1String("reject")) {
                r.error = tr("%1=%2: the policy must be none, quarantine or reject").arg(tag, value);
                return r;
            }
            (tag == QLatin1String("p") ? r.policy : r.subdomainPolicy) = v;
        } else if (tag == QLatin1String("pct")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0 || n > 100) {
                r.error = tr("pct=%1: the percentage must be a whole number from 0 to 100").arg(value);
                return r;
            }
            r.percent = n;
        } else if (tag == QLatin1String("adkim") || tag == QLatin1String("aspf")) {
            if (v != QLatin1String("r") && v != QLatin1String("s")) {
                r.error = tr("%1=%2: alignment must be r (relaxed) or s (strict)").arg(tag, value);
                return r;
            }
            (tag == QLatin1String("adkim") ? r.strictDkim : r.strictSpf) = v == QLatin1String("s");
        } else if (tag == QLatin1String("rua") || tag == QLatin1String("ruf")) {
            QStringList uris;
            for (const QString &u : value.split(QLatin1Char(','))) {
                const QString uri = u.trimmed();
                if (!validUri(uri)) {
                    r.error = tr("%1: \"%2\" is not a report address (mailto:ADDRESS)").arg(tag, uri);
                    return r;
                }
                uris << uri;
            }
            (tag == QLatin1String("rua") ? r.rua : r.ruf) = uris;
        } else if (tag == QLatin1String("ri")) {
            bool ok = false;
            value.toUInt(&ok);
            if (!ok) {
                r.error = tr("ri=%1: the report interval must be a number of seconds").arg(value);
                return r;
            }
        } else if (tag == QLatin1String("fo")) {
            static const QRegularExpression fo(QStringLiteral("^[01ds](:[01ds])*$"));
            if (!fo.match(value).hasMatch()) {
                r.error = tr("fo=%1: the failure options are 0, 1, d and s, separated by \":\"").arg(value);
                return r;
            }
        } else if (tag == QLatin1String("rf")) {
            if (v != QLatin1String("afrf")) {
                r.error = tr("rf=%1: the only report format is afrf").arg(value);
                return r;
            }
        }
        // §6.3: unknown tags are ignored.
    }
    return r;
}

QList<Finding> review(const Record &r, const QString &domain, const QString &recordDomain)
{
    QList<Finding> out;
    const QString topic = QStringLiteral("DMARC");
    if (!r.error.isEmpty()) {
        out.append({Finding::Severity::Problem, topic,
                    tr("The DMARC record of %1 has a syntax error: %2. Receivers ignore it, as if there were "
                       "none.")
                        .arg(recordDomain, r.error),
                    tr("Correct it, e.g. \"v=DMARC1; p=none; rua=mailto:dmarc@%1\".").arg(recordDomain)});
        return out;
    }
    if (recordDomain != domain)
        out.append({Finding::Severity::Info,
                    topic,
                    tr("%1 has no DMARC record of its own; the one of its organisational domain %2 applies "
                       "(with its sp= policy, if any).")
                        .arg(domain, recordDomain),
                    {}});
    const QString policy =
        recordDomain != domain && !r.subdomainPolicy.isEmpty() ? r.subdomainPolicy : r.policy;
    if (policy == QLatin1String("none"))
        out.append({Finding::Severity::Warning, topic,
                    tr("The DMARC policy is p=none: receivers only report; mail that fails SPF and DKIM "
                       "alignment is still delivered, so the domain can be forged."),
                    tr("After reading the reports for a while, move to p=quarantine, then p=reject.")});
    else if (policy == QLatin1String("quarantine"))
        out.append({Finding::Severity::Ok,
                    topic,
                    tr("The DMARC policy is p=quarantine: mail that fails alignment goes to spam."),
                    {}});
    else
        out.append({Finding::Severity::Ok,
                    topic,
                    tr("The DMARC policy is p=reject: mail that fails alignment is refused."),
                    {}});
    if (!r.subdomainPolicy.isEmpty() && r.subdomainPolicy != r.policy)
        out.append({Finding::Severity::Info,
                    topic,
                    tr("Subdomains have their own policy: sp=%1.").arg(r.subdomainPolicy),
                    {}});
    if (r.percent < 100 && policy != QLatin1String("none"))
        out.append({Finding::Severity::Warning, topic,
                    tr("pct=%1: the policy applies to %1% of failing mail only; the rest is treated as with "
                       "p=none.")
                        .arg(r.percent),
                    tr("Raise pct to 100 (or remove it) once you are confident.")});
    out.append(
        {Finding::Severity::Info,
         topic,
         tr("Alignment: DKIM %1, SPF %2 (relaxed: the signing or envelope domain may be a subdomain "
            "of the From domain; strict: it must be the same name).")
             .arg(r.strictDkim ? tr("strict") : tr("relaxed"), r.strictSpf ? tr("strict") : tr("relaxed")),
         {}});
    if (r.rua.isEmpty())
        out.append({Finding::Severity::Warning, topic,
                    tr("No aggregate report address (rua=): you will not learn who sends mail as %1, nor "
                       "what fails.")
                        .arg(recordDomain),
                    tr("Add rua=mailto:ADDRESS to receive the daily reports.")});
    else
        out.append({Finding::Severity::Ok,
                    topic,
                    tr("Aggregate reports go to %1.").arg(r.rua.join(QStringLiteral(", "))),
                    {}});
    if (!r.ruf.isEmpty())
        out.append(
            {Finding::Severity::Info,
             topic,
             tr("Failure reports go to %1 (few receivers send them).").arg(r.ruf.join(QStringLiteral(", "))),
             {}});
    // §7.1: reports to another domain need that domain's consent record.
    for (const QString &uri : r.rua + r.ruf) {
        if (!uri.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            continue;
        const QString host = uri.section(QLatin1Char('@'), -1).section(QLatin1Char('!'), 0, 0).toLower();
        if (host != recordDomain && !host.endsWith(QLatin1Char('.') + recordDomain)
            && !recordDomain.endsWith(QLatin1Char('.') + host))
            out.append(
                {Finding::Severity::Info,
                 topic,
                 tr("Reports for %1 go to another domain (%2): it must publish \"%1._report._dmarc.%2\" "
                    "(RFC 7489 §7.1), or receivers will not send them.")
                     .arg(recordDomain, host),
                 {}});
    }
    return out;
}

}  // namespace smtp::dmarc
