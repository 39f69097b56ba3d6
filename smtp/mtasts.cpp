#include "mtasts.h"

#include "taglist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace smtp::mtasts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::mtasts", text);
}

}  // namespace

bool isStsRecord(const QString &txt)
{
    static const QRegularExpression re(QStringLiteral("^v=STSv1\\s*(;|$)"));
    return re.match(txt).hasMatch();
}

TxtRecord parseTxt(const QString &txt)
{
    TxtRecord r;
    const TagList tags = parseTagList(txt);
    if (!tags.error.isEmpty()) {
        r.error = tags.error;
        return r;
    }
    if (tags.tags.isEmpty() || tags.tags.first() != qMakePair(QStringLiteral("v"), QStringLiteral("STSv1"))) {
        r.error = tr("the record must start with v=STSv1");
        return r;
    }
    // §3.1: sts-id = 1*32(ALPHA / DIGIT).
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    if (!tags.has(QStringLiteral("id"))) {
        r.error = tr("the id= tag is missing");
        return r;
    }
    r.id = tags.value(QStringLiteral("id"));
    if (!id.match(r.id).hasMatch())
        r.error = tr("id=%1: the id must be 1 to 32 letters and digits").arg(r.id);
    return r;
}

Policy parsePolicy(const QByteArray &body)
{
    Policy p;
    bool version = false;
    // §3.2: "key: value" lines ending in CRLF or LF.
    const QStringList lines = QString::fromUtf8(body).split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            p.error = tr("the line \"%1\" is not \"key: value\"").arg(line);
            return p;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("version")) {
            if (value != QLatin1String("STSv1")) {
                p.error = tr("version: %1 is not STSv1").arg(value);
                return p;
            }
            version = true;
        } else if (key == QLatin1String("mode")) {
            if (value != QLatin1String("enforce") && value != QLatin1String("testing")
                && value != QLatin1String("none")) {
                p.error = tr("mode: %1 is not enforce, testing or none").arg(value);
                return p;
            }
            p.mode = value;
        } else if (key == QLatin1String("mx")) {
            static const QRegularExpression host(
                QStringLiteral("^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z0-9-]+$"));
            if (!host.match(value).hasMatch()) {
                p.error = tr("mx: %1 is not a host name pattern").arg(value);
                return p;
            }
            p.mx << value.toLower();
        } else if (key == QLatin1String("max_age")) {
            bool ok = false;
            p.maxAge = value.toLongLong(&ok);
            // §3.2: max_age is up to 31557600 seconds (about a year), 1 to 10 digits.
            if (!ok || p.maxAge < 0 || p.maxAge > 31557600) {
                p.error = tr("max_age: %1 is not a number of seconds up to 31557600").arg(value);
                return p;
            }
        }
        // Other keys are extensions, ignored (§3.2).
    }
    if (!version)
        p.error = tr("the version: STSv1 line is missing");
    else if (p.mode.isEmpty())
        p.error = tr("the mode: line is missing");
    else if (p.maxAge < 0)
        p.error = tr("the max_age: line is missing");
    else if (p.mx.isEmpty() && p.mode != QLatin1String("none"))
        p.error = tr("no mx: line: with mode %1 the policy must name the mail servers").arg(p.mode);
    return p;
}

bool mxMatches(const QString &pattern, const QString &host)
{
    const QString h = host.toLower();
    const QString pat = pattern.toLower();
    if (pat.startsWith(QLatin1String("*."))) {
        const QString rest = pat.mid(1);  // ".example.net"
        return h.endsWith(rest) && !h.left(h.size() - rest.size()).contains(QLatin1Char('.'))
               && h.size() > rest.size();
    }
    return h == pat;
}

QList<Finding> review(const TxtRecord &txt, const Policy &policy, const QStringList &mxHosts,
                      const QString &domain)
{
    QList<Finding> out;
    const QString topic = QStringLiteral("MTA-STS");
    if (!txt.error.isEmpty()) {
        out.append({Finding::Severity::Problem, topic,
                    tr("The MTA-STS record _mta-sts.%1 has an error: %2. Senders ignore MTA-STS.")
                        .arg(domain, txt.error),
                    tr("Publish \"v=STSv1; id=20260101\" (change the id whenever the policy changes).")});
        return out;
    }
    if (!policy.error.isEmpty()) {
        out.append({Finding::Severity::Problem, topic,
                    tr("The MTA-STS policy https://mta-sts.%1/.well-known/mta-sts.txt cannot be used: %2.")
                        .arg(domain, policy.error),
                    tr("Serve a text/plain file over HTTPS with a valid certificate for mta-sts.%1, with "
                       "version, mode, mx and max_age lines.")
                        .arg(domain)});
        return out;
    }
    if (policy.mode == QLatin1String("enforce"))
        out.append({Finding::Severity::Ok,
                    topic,
                    tr("MTA-STS is enforced (id %1): senders deliver to %2 only over verified TLS.")
                        .arg(txt.id, policy.mx.join(QStringLiteral(", "))),
                    {}});
    else if (policy.mode == QLatin1String("testing"))
        out.append({Finding::Severity::Info, topic,
                    tr("MTA-STS is in testing mode (id %1): senders report TLS failures but still deliver.")
                        .arg(txt.id),
                    tr("Once the TLS reports are clean, set mode: enforce.")});
    else
        out.append(
            {Finding::Severity::Info, topic, tr("MTA-STS is published with mode: none (switched off)."), {}});
    if (policy.maxAge < 86400)
        out.append({Finding::Severity::Warning, topic,
                    tr("max_age is %1 seconds: senders forget the policy quickly, which weakens it.")
                        .arg(policy.maxAge),
                    tr("Use at least a day (86400), and weeks (e.g. 1209600) once it works.")});
    for (const QString &host : mxHosts) {
        bool covered = false;
        for (const QString &pat : policy.mx)
            covered = covered || mxMatches(pat, host);
        if (!covered && policy.mode != QLatin1String("none"))
            out.append(
                {policy.mode == QLatin1String("enforce") ? Finding::Severity::Problem
                                                         : Finding::Severity::Warning,
                 topic,
                 tr("The mail server %1 (an MX of %2) is not named in the policy's mx lines: senders "
                    "that enforce MTA-STS will not deliver to it.")
                     .arg(host, domain),
                 tr("Add \"mx: %1\" to the policy and change the id in _mta-sts.%2.").arg(host, domain)});
    }
    return out;
}

bool isTlsRptRecord(const QString &txt)
{
    static const QRegularExpression re(QStringLiteral("^v=TLSRPTv1\\s*(;|$)"));
    return re.match(txt).hasMatch();
}

TlsRpt parseTlsRpt(const QString &txt)
{
    TlsRpt r;
    const TagList tags = parseTagList(txt);
    if (!tags.error.isEmpty()) {
        r.error = tags.error;
        return r;
    }
    if (tags.tags.isEmpty()
        || tags.tags.first() != qMakePair(QStringLiteral("v"), QStringLiteral("TLSRPTv1"))) {
        r.error = tr("the record must start with v=TLSRPTv1");
        return r;
    }
    if (!tags.has(QStringLiteral("rua"))) {
        r.error = tr("the report address rua= is missing");
        return r;
    }
    static const QRegularExpression uri(QStringLiteral("^(mailto:[^@\\s,]+@[^@\\s,]+|https://[^\\s,]+)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QString &u : tags.value(QStringLiteral("rua")).split(QLatin1Char(','))) {
        if (!uri.match(u.trimmed()).hasMatch()) {
            r.error = tr("rua: \"%1\" is not mailto:ADDRESS nor an https:// address").arg(u.trimmed());
            return r;
        }
        r.rua << u.trimmed();
    }
    return r;
}

}  // namespace smtp::mtasts
