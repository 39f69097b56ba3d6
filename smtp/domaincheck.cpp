#include "domaincheck.h"

#include "address.h"
#include "dkim.h"
#include "dmarc.h"
#include "dnsresolver.h"
#include "mtasts.h"
#include "spf.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>

namespace smtp {

// The report's sentences; a named namespace, so that lupdate and the run time agree on the context.
namespace domainreport {

QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::domainreport", text);
}

constexpr qint64 MaxPolicySize = 64 * 1024;  // RFC 8461 §3.3: a policy is small; more is not one

QStringList recordsAt(const DnsCache &dns, const QString &name, DnsType type)
{
    return dns.answer({normalizeDnsName(name), type}).records;
}

// A lookup that got no answer is reported once, with the failed lookups; its absence is not a finding.
bool failed(const DnsCache &dns, const QString &name, DnsType type)
{
    return dns.answer({normalizeDnsName(name), type}).status == DnsAnswer::Status::Failed;
}

QStringList addressesOf(const DnsCache &dns, const QString &host)
{
    return recordsAt(dns, host, DnsType::A) + recordsAt(dns, host, DnsType::AAAA);
}

// The MX hosts, best first, without a null MX's "." (RFC 7505).
QStringList mxHosts(const DnsCache &dns, const QString &domain)
{
    QList<QPair<int, QString>> mx;
    for (const QString &r : recordsAt(dns, domain, DnsType::MX)) {
        const QString host = normalizeDnsName(r.section(QLatin1Char(' '), 1));
        if (!host.isEmpty())
            mx.append({r.section(QLatin1Char(' '), 0, 0).toInt(), host});
    }
    std::sort(mx.begin(), mx.end());
    QStringList hosts;
    for (const auto &m : mx)
        hosts << m.second;
    return hosts;
}

// Without the Public Suffix List, the organisational domain (RFC 7489 §3.2) is taken as the last two labels.
QString organisationalDomain(const QString &domain)
{
    const QStringList labels = domain.split(QLatin1Char('.'));
    return labels.size() <= 2 ? domain : labels.mid(labels.size() - 2).join(QLatin1Char('.'));
}

QString firstWord(const QString &text)
{
    return text.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

void mxFindings(const DomainFacts &f, QList<Finding> &out)
{
    const QString d = f.options.domain;
    const QString topic = QStringLiteral("MX");
    const DnsAnswer mx = f.dns.answer({d, DnsType::MX});
    if (mx.status == DnsAnswer::Status::Failed)
        return;  // reported with the failed lookups
    if (mx.isVoid()) {
        out.append({Finding::Severity::Warning, topic,
                    tr("%1 has no MX record: replies and bounces go to its address record, if it has one "
                       "(RFC 5321 §5.1), and some receivers distrust senders whose domain receives no mail.")
                        .arg(d),
                    tr("Publish an MX record naming the server that receives mail for %1.").arg(d)});
        return;
    }
    const QStringList hosts = mxHosts(f.dns, d);
    if (hosts.isEmpty()) {
        out.append({Finding::Severity::Warning, topic,
                    tr("%1 publishes a null MX (RFC 7505): it receives no mail, so replies and bounces to "
                       "its senders are lost.")
                        .arg(d),
                    tr("If people should be able to reply, publish a real MX record.")});
        return;
    }
    for (const QString &host : hosts) {
        const QStringList addresses = addressesOf(f.dns, host);
        if (addresses.isEmpty())
            out.append({Finding::Severity::Problem, topic,
                        tr("The mail server %1 (an MX of %2) has no address (A or AAAA record): mail to %2 "
                           "cannot be delivered to it.")
                            .arg(host, d),
                        tr("Give %1 an A record, or remove it from the MX records.").arg(host)});
        else
            out.append(
                {Finding::Severity::Ok,
                 topic,
                 tr("Mail for %1 is received by %2 (%3).").arg(d, host, addresses.join(QStringLiteral(", "))),
                 {}});
    }
}

void spfFindings(const DomainFacts &f, QList<Finding> &out)
{
    const QString d = f.options.domain;
    const QString topic = QStringLiteral("SPF");
    const DnsAnswer txt = f.dns.answer({d, DnsType::TXT});
    if (txt.status == DnsAnswer::Status::Failed)
        return;
    QStringList records;
    for (const QString &r : txt.records)
        if (spf::isSpfRecord(r))
            records << r;
    if (records.isEmpty()) {
        out.append({Finding::Severity::Problem, topic,
                    tr("%1 has no SPF record: receivers cannot tell which servers may send its mail, and "
                       "large providers refuse or junk mail that has neither SPF nor DKIM.")
                        .arg(d),
                    tr("Publish a TXT record at %1 such as \"v=spf1 mx include:YOUR-PROVIDER -all\" (your "
                       "mail provider documents its include).")
                        .arg(d)});
        return;
    }
    out.append({Finding::Severity::Info,
                topic,
                tr("The SPF record of %1: %2").arg(d, records.join(QStringLiteral(" | "))),
                {}});
    // The walk an unlisted address causes: every term a forger's mail makes a receiver look up.
    const spf::Evaluation audit = spf::evaluate(f.dns, QHostAddress(), d);
    out += audit.findings;
    if (records.size() == 1) {
        const spf::Record record = spf::parse(records.first());
        if (record.error.isEmpty())
            out += spf::review(record, d);
    }
    if (audit.result != spf::Result::PermError && audit.result != spf::Result::TempError)
        out.append(
            {audit.lookups >= spf::LookupLimit - 1 ? Finding::Severity::Warning : Finding::Severity::Ok,
             topic,
             tr("Checking an address against the record takes %1 of the %2 DNS lookups allowed (RFC "
                "7208 §4.6.4), %3 of them finding nothing.")
                 .arg(audit.lookups)
                 .arg(spf::LookupLimit)
                 .arg(audit.voidLookups),
             audit.lookups >= spf::LookupLimit - 1
                 ? tr("Close to the limit: one more include and SPF fails for everyone. Replace "
                      "includes by ip4/ip6 ranges where you can.")
                 : QString()});
    for (const QHostAddress &ip : f.serverIps) {
        const spf::Evaluation ev = spf::evaluate(f.dns, ip, d);
        for (const Finding &x : ev.findings)
            if (!audit.findings.contains(x))
                out.append(x);
        const QString server = f.options.server.host;
        const QString what =
            tr("For the submission server %1 (%2), SPF says %3: %4.")
                .arg(server, ip.toString(), spf::resultName(ev.result), spf::resultMeaning(ev.result));
        switch (ev.result) {
        case spf::Result::Pass:
            out.append({Finding::Severity::Ok,
                        topic,
                        what + QLatin1Char(' ') + tr("It matched %1.").arg(ev.matched),
                        {}});
            break;
        case spf::Result::Fail:
        case spf::Result::SoftFail:
        case spf::Result::Neutral:
        case spf::Result::None:
            out.append({Finding::Severity::Problem, topic, what,
                        tr("Add the server to the record: \"%1\" (or your provider's include), before the "
                           "\"all\" at the end.")
                            .arg(ip.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QStringLiteral("ip6:") + ip.toString()
                                     : QStringLiteral("ip4:") + ip.toString())});
            break;
        case spf::Result::TempError:
            out.append({Finding::Severity::Warning, topic, what, tr("Check that the DNS servers answer.")});
            break;
        case spf::Result::PermError:
            out.append({Finding::Severity::Problem, topic, what, tr("Correct the record (see above).")});
            break;
        }
    }
}

void dmarcFindings(const DomainFacts &f, QList<Finding> &out)
{
    const QString d = f.options.domain;
    const QString topic = QStringLiteral("DMARC");
    QString at = d;
    QStringList records;
    for (const QString &candidate : {d, organisationalDomain(d)}) {
        at = candidate;
        if (failed(f.dns, QStringLiteral("_dmarc.") + candidate, DnsType::TXT))
            return;
        records.clear();
        for (const QString &r : recordsAt(f.dns, QStringLiteral("_dmarc.") + candidate, DnsType::TXT))
            if (dmarc::isDmarcRecord(r))
                records << r;
        if (!records.isEmpty())
            break;
    }
    if (records.isEmpty()) {
        out.append(
            {Finding::Severity::Problem, topic,
             tr("%1 has no DMARC record: receivers do not know what to do with mail that fails SPF and "
                "DKIM, and large providers require one from bulk senders.")
                 .arg(d),
             tr("Publish a TXT record at _dmarc.%1: \"v=DMARC1; p=none; rua=mailto:dmarc@%1\" to start "
                "with.")
                 .arg(d)});
        return;
    }
    if (records.size() > 1) {
        // RFC 7489 §6.6.3: more than one record, and none applies.
        out.append({Finding::Severity::Problem, topic,
                    tr("_dmarc.%1 holds %2 DMARC records: receivers then apply none of them.")
                        .arg(at)
                        .arg(records.size()),
                    tr("Keep exactly one.")});
        return;
    }
    out.append(
        {Finding::Severity::Info, topic, tr("The DMARC record of %1: %2").arg(at, records.first()), {}});
    out += dmarc::review(dmarc::parse(records.first()), d, at);
}

void dkimFindings(const DomainFacts &f, QList<Finding> &out)
{
    const QString d = f.options.domain;
    if (f.options.selectors.isEmpty()) {
        out.append(
            {Finding::Severity::Info, QStringLiteral("DKIM"),
             tr("No DKIM selector given, so no key was looked up (DNS cannot list them)."),
             tr("Give the selector: it is the s= of the DKIM-Signature header in a message you sent.")});
        return;
    }
    for (const QString &selector : f.options.selectors) {
        const QString name = QStringLiteral("%1._domainkey.%2").arg(selector, d);
        const DnsAnswer a = f.dns.answer({normalizeDnsName(name), DnsType::TXT});
        if (a.status == DnsAnswer::Status::Failed)
            continue;
        if (a.records.isEmpty()) {
            out.append({Finding::Severity::Problem, QStringLiteral("DKIM %1").arg(selector),
                        tr("There is no DKIM key at %1: messages signed with selector %2 fail DKIM.")
                            .arg(name, selector),
                        tr("Publish the public key your mail provider or signing software gives for selector "
                           "%1, or check the selector's spelling.")
                            .arg(selector)});
            continue;
        }
        out += dkim::review(dkim::parse(a.records.first()), selector, d);
    }
}

void stsFindings(const DomainFacts &f, QList<Finding> &out)
{
    const QString d = f.options.domain;
    QStringList sts;
    for (const QString &r : recordsAt(f.dns, QStringLiteral("_mta-sts.") + d, DnsType::TXT))
        if (mtasts::isStsRecord(r))
            sts << r;
    if (failed(f.dns, QStringLiteral("_mta-sts.") + d, DnsType::TXT)) {
        // reported with the failed lookups
    } else if (sts.isEmpty()) {
        out.append(
            {Finding::Severity::Info, QStringLiteral("MTA-STS"),
             tr("%1 publishes no MTA-STS policy: senders may deliver to it without verified TLS.").arg(d),
             tr("Optional: publish _mta-sts.%1 and a policy file at "
                "https://mta-sts.%1/.well-known/mta-sts.txt "
                "(RFC 8461) so senders insist on TLS.")
                 .arg(d)});
    } else if (sts.size() > 1) {
        out.append({Finding::Severity::Problem, QStringLiteral("MTA-STS"),
                    tr("_mta-sts.%1 holds %2 MTA-STS records: senders then ignore MTA-STS (RFC 8461 §3.1).")
                        .arg(d)
                        .arg(sts.size()),
                    tr("Keep exactly one.")});
    } else {
        mtasts::Policy policy;
        if (!f.mtaStsError.isEmpty())
            policy.error = f.mtaStsError;
        else
            policy = mtasts::parsePolicy(f.mtaStsPolicy);
        out += mtasts::review(mtasts::parseTxt(sts.first()), policy, mxHosts(f.dns, d), d);
    }
    QStringList rpt;
    for (const QString &r : recordsAt(f.dns, QStringLiteral("_smtp._tls.") + d, DnsType::TXT))
        if (mtasts::isTlsRptRecord(r))
            rpt << r;
    if (failed(f.dns, QStringLiteral("_smtp._tls.") + d, DnsType::TXT))
        return;
    if (rpt.isEmpty()) {
        out.append({sts.isEmpty() ? Finding::Severity::Info : Finding::Severity::Warning,
                    QStringLiteral("TLS-RPT"),
                    tr("%1 publishes no TLS-RPT record: senders cannot report TLS failures to you.").arg(d),
                    tr("Publish a TXT record at _smtp._tls.%1: \"v=TLSRPTv1; rua=mailto:tls-reports@%1\" "
                       "(RFC 8460).")
                        .arg(d)});
        return;
    }
    const mtasts::TlsRpt r = mtasts::parseTlsRpt(rpt.first());
    if (!r.error.isEmpty())
        out.append({Finding::Severity::Problem, QStringLiteral("TLS-RPT"),
                    tr("The TLS-RPT record _smtp._tls.%1 has an error: %2.").arg(d, r.error),
                    tr("Write it as \"v=TLSRPTv1; rua=mailto:ADDRESS\".")});
    else
        out.append({Finding::Severity::Ok,
                    QStringLiteral("TLS-RPT"),
                    tr("TLS failure reports go to %1.").arg(r.rua.join(QStringLiteral(", "))),
                    {}});
}

void serverFindings(const DomainFacts &f, QList<Finding> &out)
{
    if (f.options.server.host.isEmpty())
        return;
    const QString host = f.options.server.host;
    const QString topic = QStringLiteral("Server");
    if (f.serverIps.isEmpty()) {
        out.append({Finding::Severity::Problem, topic, tr("The server name %1 has no address.").arg(host),
                    tr("Check the server name in your account settings.")});
        return;
    }
    const QString greetingName = firstWord(f.greeting);
    if (f.greeting.isEmpty() && !f.serverError.isEmpty())
        out.append({Finding::Severity::Warning, topic,
                    tr("Could not read the greeting of %1: %2").arg(host, f.serverError),
                    tr("Its name was not compared with the reverse DNS.")});
    else if (!f.greeting.isEmpty())
        out.append({Finding::Severity::Info,
                    topic,
                    tr("%1 greets with \"%2\" and introduces itself in EHLO as %3.")
                        .arg(host, f.greeting, f.ehloName),
                    {}});
    for (const QHostAddress &ip : f.serverIps) {
        const QStringList names = recordsAt(f.dns, reverseName(ip), DnsType::PTR);
        if (names.isEmpty()) {
            out.append(
                {Finding::Severity::Problem, topic,
                 tr("The address %1 of %2 has no reverse DNS (PTR record): many receivers refuse or junk "
                    "mail from such addresses.")
                     .arg(ip.toString(), host),
                 tr("Ask whoever runs the server's network to set the PTR record of %1 to the server's "
                    "name.")
                     .arg(ip.toString())});
            continue;
        }
        QStringList confirmed;
        for (const QString &n : names)
            if (addressesOf(f.dns, n).contains(ip.toString()))
                confirmed << n;
        if (confirmed.isEmpty())
            out.append({Finding::Severity::Warning, topic,
                        tr("The reverse DNS of %1 says %2, but that name does not lead back to %1: receivers "
                           "treat the name as unverified.")
                            .arg(ip.toString(), names.join(QStringLiteral(", "))),
                        tr("Give %1 an address record for %2.").arg(names.first(), ip.toString())});
        else
            out.append({Finding::Severity::Ok,
                        topic,
                        tr("The reverse DNS of %1 is %2, and it leads back to the address.")
                            .arg(ip.toString(), confirmed.join(QStringLiteral(", "))),
                        {}});
        if (!greetingName.isEmpty()) {
            bool same = false;
            for (const QString &n : names)
                same = same || n.compare(greetingName, Qt::CaseInsensitive) == 0
                       || n.compare(f.ehloName, Qt::CaseInsensitive) == 0;
            if (same)
                out.append({Finding::Severity::Ok,
                            topic,
                            tr("The server's greeting name %1 matches its reverse DNS.").arg(greetingName),
                            {}});
            else
                out.append({Finding::Severity::Warning, topic,
                            tr("The server greets as %1, but the reverse DNS of %2 is %3: receivers that "
                               "compare them may distrust its mail.")
                                .arg(greetingName, ip.toString(), names.join(QStringLiteral(", "))),
                            tr("Make the server's host name and the PTR record of its address the same.")});
        }
    }
}

}  // namespace domainreport

using namespace domainreport;

DomainCheck::DomainCheck(QObject *parent) : QObject(parent), m_resolver(new DnsResolver(this))
{
    connect(m_resolver, &DnsResolver::answered, this, &DomainCheck::onAnswer);
}

DomainCheck::~DomainCheck() = default;

void DomainCheck::start(const DomainCheckOptions &options)
{
    m_facts = DomainFacts();
    m_facts.options = options;
    // A Unicode domain is looked up by its A-labels (RFC 5891).
    const QByteArray ace = domainToAce(options.domain);
    m_facts.options.domain = normalizeDnsName(ace.isEmpty() ? options.domain : QString::fromLatin1(ace));
    m_resolver->setTimeout(options.dnsTimeoutMs);
    m_findings.clear();
    m_finished = false;
    m_tasks = 1;  // this start, so nothing finishes while the first lookups are queued
    const QString d = m_facts.options.domain;

    fetch({d, DnsType::MX}, [this, d] {
        for (const QString &host : mxHosts(m_facts.dns, d)) {
            fetch({host, DnsType::A}, [] {});
            fetch({host, DnsType::AAAA}, [] {});
        }
    });
    runSpf(QHostAddress());
    const QString org = organisationalDomain(d);
    fetch({QStringLiteral("_dmarc.") + d, DnsType::TXT}, [this, d, org] {
        bool found = false;
        for (const QString &r : recordsAt(m_facts.dns, QStringLiteral("_dmarc.") + d, DnsType::TXT))
            found = found || dmarc::isDmarcRecord(r);
        if (!found && org != d)
            fetch({QStringLiteral("_dmarc.") + org, DnsType::TXT}, [] {});
    });
    for (const QString &selector : options.selectors)
        fetch({normalizeDnsName(QStringLiteral("%1._domainkey.%2").arg(selector, d)), DnsType::TXT}, [] {});
    fetch({QStringLiteral("_mta-sts.") + d, DnsType::TXT}, [this, d] {
        for (const QString &r : recordsAt(m_facts.dns, QStringLiteral("_mta-sts.") + d, DnsType::TXT))
            if (mtasts::isStsRecord(r)) {
                fetchPolicy();
                break;
            }
    });
    fetch({QStringLiteral("_smtp._tls.") + d, DnsType::TXT}, [] {});

    const QString host = options.server.host;
    if (!host.isEmpty()) {
        auto withIps = [this] {
            for (const QHostAddress &ip : std::as_const(m_facts.serverIps)) {
                runSpf(ip);
                fetch({reverseName(ip), DnsType::PTR}, [this, ip] {
                    // Forward-confirm each name: its addresses must include this one.
                    for (const QString &n : recordsAt(m_facts.dns, reverseName(ip), DnsType::PTR))
                        fetch(
                            {n, ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsType::AAAA : DnsType::A},
                            [] {});
                });
            }
        };
        const QHostAddress literal(host);
        if (!literal.isNull()) {
            m_facts.serverIps << literal;
            withIps();
        } else {
            const QString name = normalizeDnsName(host);
            ++m_tasks;  // both address lookups, then the addresses' checks
            auto pending = std::make_shared<int>(2);
            auto collect = [this, name, pending, withIps] {
                if (--*pending > 0)
                    return;
                for (const QString &a : addressesOf(m_facts.dns, name))
                    m_facts.serverIps << QHostAddress(a);
                withIps();
                done();
            };
            fetch({name, DnsType::A}, collect);
            fetch({name, DnsType::AAAA}, collect);
        }
        probeServer();
    }
    done();
}

void DomainCheck::fetch(const DnsQuery &q, std::function<void()> then)
{
    ++m_tasks;
    if (m_facts.dns.contains(q)) {
        QMetaObject::invokeMethod(
            this,
            [this, then] {
                then();
                done();
            },
            Qt::QueuedConnection);
        return;
    }
    const bool first = !m_waiting.contains(q);
    m_waiting[q].append(std::move(then));
    if (first)
        m_resolver->lookup(q);
}

void DomainCheck::onAnswer(const DnsQuery &q, const DnsAnswer &a)
{
    m_facts.dns.insert(q, a);
    if (a.status == DnsAnswer::Status::Failed)
        m_facts.failures << tr("%1 %2: %3").arg(q.name, dnsTypeName(q.type), a.error);
    const QList<std::function<void()>> waiting = m_waiting.take(q);
    for (const auto &then : waiting) {
        then();
        done();
    }
}

void DomainCheck::runSpf(const QHostAddress &ip)
{
    // The evaluation is pure over the cache: fetch what it misses, one answer at a time, then run it again
    // (bounded: each round adds an answer, and RFC 7208's limits bound the answers one run can need).
    const spf::Evaluation ev = spf::evaluate(m_facts.dns, ip, m_facts.options.domain);
    if (!ev.complete)
        fetch(ev.needed, [this, ip] { runSpf(ip); });
}

void DomainCheck::fetchPolicy()
{
    if (!m_http)
        m_http = new QNetworkAccessManager(this);
    ++m_tasks;
    QNetworkRequest request(
        QUrl(QStringLiteral("https://mta-sts.%1/.well-known/mta-sts.txt").arg(m_facts.options.domain)));
    // RFC 8461 §3.3: HTTPS with a valid certificate, and no redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_facts.options.httpTimeoutMs);
    QNetworkReply *reply = m_http->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxPolicySize)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const QByteArray body = reply->readAll();
        if (reply->error() == QNetworkReply::OperationCanceledError && body.size() <= MaxPolicySize
            && status == 0)
            m_facts.mtaStsError = tr("no answer within %1 s").arg(m_facts.options.httpTimeoutMs / 1000.0);
        else if (status >= 300 && status < 400)
            m_facts.mtaStsError = tr("the server answered with a redirect (HTTP %1), which MTA-STS does not "
                                     "follow")
                                      .arg(status);
        else if (reply->error() != QNetworkReply::NoError)
            m_facts.mtaStsError = reply->errorString();
        else if (status != 200)
            m_facts.mtaStsError = tr("HTTP status %1").arg(status);
        else if (body.size() > MaxPolicySize)
            m_facts.mtaStsError = tr("the file is larger than 64 KiB");
        else if (!type.startsWith(QLatin1String("text/plain"), Qt::CaseInsensitive))
            m_facts.mtaStsError = tr("the file is served as \"%1\", not text/plain").arg(type);
        else
            m_facts.mtaStsPolicy = body;
        done();
    });
}

void DomainCheck::probeServer()
{
    // A connection test with no message queued: greeting, EHLO (and STARTTLS), QUIT.
    SessionOptions o;
    o.host = m_facts.options.server.host;
    o.port = m_facts.options.server.port;
    o.security = m_facts.options.server.security;
    o.extraCaCertificates = m_facts.options.server.extraCaCertificates;
    o.extraCaPem = m_facts.options.server.extraCaPem;
    o.pinnedSha256 = m_facts.options.server.pinnedSha256;
    o.ehloName = m_facts.options.server.ehloName;
    o.timeouts = Timeouts::uniform(m_facts.options.smtpTimeoutMs);
    m_session = new Session(o, nullptr, this);
    ++m_tasks;
    connect(m_session, &Session::transcript, this, [this](const TranscriptEvent &e) {
        if (e.kind == TranscriptEvent::Kind::Server && m_facts.greeting.isEmpty() && e.code == 220) {
            static const QRegularExpression code(QStringLiteral("^\\d{3}[ -]"));
            m_facts.greeting = e.text;
            m_facts.greeting.remove(code);
        }
    });
    connect(m_session, &Session::capabilitiesKnown, this,
            [this](const Capabilities &caps, bool) { m_facts.ehloName = firstWord(caps.greeting); });
    connect(m_session, &Session::finished, this, [this](const Outcome &o) {
        if (!o.delivered())
            m_facts.serverError = o.summary;
        m_session->deleteLater();
        done();
    });
    m_session->start();
}

void DomainCheck::done()
{
    if (--m_tasks > 0 || m_finished)
        return;
    m_findings = report(m_facts);
    m_finished = true;
    Q_EMIT finished();
}

QList<Finding> DomainCheck::report(const DomainFacts &facts)
{
    QList<Finding> out;
    for (const QString &failure : facts.failures)
        out.append({Finding::Severity::Warning, QStringLiteral("DNS"),
                    tr("A lookup got no answer: %1").arg(failure),
                    tr("Try again; if it persists, the domain's DNS servers are not answering.")});
    mxFindings(facts, out);
    spfFindings(facts, out);
    dmarcFindings(facts, out);
    dkimFindings(facts, out);
    stsFindings(facts, out);
    serverFindings(facts, out);
    return out;
}

QString DomainCheck::format(const QList<Finding> &findings)
{
    QString text;
    for (const Finding &f : findings) {
        text += QStringLiteral("[%1] %2: %3\n").arg(severityWord(f.severity), f.topic, f.what);
        if (!f.fix.isEmpty())
            text += QStringLiteral("    %1\n").arg(tr("What to do: %1").arg(f.fix));
    }
    return text;
}

int DomainCheck::exitCode() const
{
    const Finding::Severity w = worst(m_findings);
    if (w == Finding::Severity::Problem)
        return domainexit::Problems;
    if (!m_facts.failures.isEmpty() || (!m_facts.serverError.isEmpty() && m_facts.greeting.isEmpty()))
        return domainexit::Incomplete;
    if (w == Finding::Severity::Warning)
        return domainexit::Warnings;
    return domainexit::Fine;
}

}  // namespace smtp
