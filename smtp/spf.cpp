#include "spf.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace smtp::spf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::spf", text);
}

// §4.6.1 toplabel, the last label of a domain-end.
bool validTopLabel(const QString &label)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$"));
    return re.match(label).hasMatch();
}

// §7.1 macro-string syntax, without expanding. `inExp` allows the letters only explanations may use.
bool validMacroString(const QString &spec, bool inExp, QString *error)
{
    MacroContext ctx;
    ctx.ip = QHostAddress(QStringLiteral("192.0.2.1"));
    ctx.sender = QStringLiteral("a@b.example");
    ctx.domain = ctx.helo = QStringLiteral("b.example");
    QString out;
    return expand(spec, ctx, &out, error, inExp);
}

// §4.6.1 domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand.
bool validDomainSpec(const QString &spec, QString *error)
{
    if (spec.isEmpty()) {
        *error = tr("a domain is missing");
        return false;
    }
    if (!validMacroString(spec, false, error))
        return false;
    if (spec.endsWith(QLatin1Char('}')))
        return true;
    QString s = spec;
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    const int dot = s.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || !validTopLabel(s.mid(dot + 1))) {
        *error = tr("\"%1\" is not a domain name").arg(spec);
        return false;
    }
    return true;
}

// "/N" with no leading zero and at most `max` (§5.6 ip4-cidr-length, ip6-cidr-length).
bool parseCidr(const QString &digits, int max, int *out)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,2})$"));
    if (!re.match(digits).hasMatch())
        return false;
    *out = digits.toInt();
    return *out <= max;
}

bool parseTerm(const QString &text, Term *t, QString *error)
{
    t->text = text;
    // A modifier: name "=" macro-string (§4.6.1, §6).
    static const QRegularExpression modifier(QStringLiteral("^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$"));
    const auto mm = modifier.match(text);
    if (mm.hasMatch()) {
        const QString name = mm.captured(1).toLower();
        t->domainSpec = mm.captured(2);
        if (name == QLatin1String("redirect")) {
            t->kind = Term::Kind::Redirect;
            return validDomainSpec(t->domainSpec, error);
        }
        if (name == QLatin1String("exp")) {
            t->kind = Term::Kind::Exp;
            return validDomainSpec(t->domainSpec, error);
        }
        t->kind = Term::Kind::Other;
        return validMacroString(t->domainSpec, false, error);
    }
    static const QRegularExpression mechanism(QStringLiteral("^([+~?-]?)([A-Za-z][A-Za-z0-9]*)(.*)$"));
    const auto m = mechanism.match(text);
    if (!m.hasMatch()) {
        *error = tr("\"%1\" is neither a mechanism nor a modifier").arg(text);
        return false;
    }
    if (!m.captured(1).isEmpty())
        t->qualifier = m.captured(1).at(0);
    const QString name = m.captured(2).toLower();
    const QString rest = m.captured(3);
    auto requiredDomain = [&](Term::Kind kind) {
        t->kind = kind;
        if (!rest.startsWith(QLatin1Char(':'))) {
            *error = tr("\"%1\" needs a domain after \":\"").arg(text);
            return false;
        }
        t->domainSpec = rest.mid(1);
        return validDomainSpec(t->domainSpec, error);
    };
    if (name == QLatin1String("all")) {
        t->kind = Term::Kind::All;
        if (!rest.isEmpty()) {
            *error = tr("\"%1\": \"all\" takes nothing after it").arg(text);
            return false;
        }
        return true;
    }
    if (name == QLatin1String("include"))
        return requiredDomain(Term::Kind::Include);
    if (name == QLatin1String("exists"))
        return requiredDomain(Term::Kind::Exists);
    if (name == QLatin1String("a") || name == QLatin1String("mx")) {
        t->kind = name == QLatin1String("a") ? Term::Kind::A : Term::Kind::Mx;
        // [ ":" domain-spec ] [ dual-cidr-length ]: the cidr part is the last "/" outside a macro.
        static const QRegularExpression re(QStringLiteral("^(?::((?:[^/%]|%\\{[^}]*\\}|%[%_-])+))?"
                                                          "(?:/([0-9]+))?(?://([0-9]+))?$"));
        const auto dm = re.match(rest);
        if (!dm.hasMatch()) {
            *error = tr("\"%1\" is not a valid \"%2\" mechanism").arg(text, name);
            return false;
        }
        t->domainSpec = dm.captured(1);
        if (!dm.captured(2).isEmpty() && !parseCidr(dm.captured(2), 32, &t->cidr4)) {
            *error = tr("\"%1\": the IPv4 prefix length must be 0 to 32").arg(text);
            return false;
        }
        if (!dm.captured(3).isEmpty() && !parseCidr(dm.captured(3), 128, &t->cidr6)) {
            *error = tr("\"%1\": the IPv6 prefix length must be 0 to 128").arg(text);
            return false;
        }
        return dm.captured(1).isEmpty() && !rest.startsWith(QLatin1Char(':'))
                   ? true
                   : validDomainSpec(t->domainSpec, error);
    }
    if (name == QLatin1String("ptr")) {
        t->kind = Term::Kind::Ptr;
        if (rest.isEmpty())
            return true;
        if (!rest.startsWith(QLatin1Char(':'))) {
            *error = tr("\"%1\" is not a valid \"ptr\" mechanism").arg(text);
            return false;
        }
        t->domainSpec = rest.mid(1);
        return validDomainSpec(t->domainSpec, error);
    }
    if (name == QLatin1String("ip4") || name == QLatin1String("ip6")) {
        const bool v4 = name == QLatin1String("ip4");
        t->kind = v4 ? Term::Kind::Ip4 : Term::Kind::Ip6;
        if (!rest.startsWith(QLatin1Char(':'))) {
            *error = tr("\"%1\" needs an address after \":\"").arg(text);
            return false;
        }
        QString addr = rest.mid(1);
        QString cidr;
        const int slash = addr.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            cidr = addr.mid(slash + 1);
            addr = addr.left(slash);
        }
        // §5.6: ip4-network is four dotted decimal octets, nothing shorter.
        static const QRegularExpression quad(
            QStringLiteral("^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|"
                           "[1-9]?[0-9])){3}$"));
        const bool shapeOk = v4 ? quad.match(addr).hasMatch() : addr.contains(QLatin1Char(':'));
        t->network = QHostAddress(addr);
        if (!shapeOk || t->network.isNull()
            || t->network.protocol()
                   != (v4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol)) {
            *error = v4 ? tr("\"%1\" is not an IPv4 address").arg(addr)
                        : tr("\"%1\" is not an IPv6 address").arg(addr);
            return false;
        }
        if (slash >= 0 && !parseCidr(cidr, v4 ? 32 : 128, v4 ? &t->cidr4 : &t->cidr6)) {
            *error = v4 ? tr("\"%1\": the IPv4 prefix length must be 0 to 32").arg(text)
                        : tr("\"%1\": the IPv6 prefix length must be 0 to 128").arg(text);
            return false;
        }
        return true;
    }
    *error = tr("\"%1\" is not a mechanism SPF knows").arg(text);
    return false;
}

// An IPv4-mapped IPv6 address is evaluated as the IPv4 address it holds (§5).
QHostAddress plain(const QHostAddress &ip)
{
    bool ok = false;
    const quint32 v4 = ip.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : ip;
}

struct Missing
{
    DnsQuery query;
};

// check_host() of §4 over the cache. A missing answer unwinds the whole run (Missing); the caller fetches it.
class Run
{
    Q_DECLARE_TR_FUNCTIONS(smtp::spf)  // the file's context, for lupdate and at run time alike
public:
    Run(const DnsCache &cache, const QHostAddress &ip, const QString &sender, const QString &helo)
        : m_cache(cache), m_ip(ip.isNull() ? ip : plain(ip)), m_sender(sender), m_helo(helo)
    {
    }

    Result checkHost(const QString &domain, QStringList &stack, Evaluation &ev)
    {
        const QString d = normalizeDnsName(domain);
        // §4.3: a domain that is not a multi-label name gives "none".
        if (d.isEmpty() || !d.contains(QLatin1Char('.')) || d.size() > 253)
            return Result::None;
        const DnsAnswer txt = answer({d, DnsType::TXT});
        if (txt.status == DnsAnswer::Status::Failed) {
            ev.findings.append({Finding::Severity::Problem, QStringLiteral("SPF"),
                                tr("The TXT records of %1 could not be read: %2").arg(d, txt.error),
                                tr("Check that the domain's DNS servers answer.")});
            return Result::TempError;
        }
        QStringList records;
        for (const QString &r : txt.records)
            if (isSpfRecord(r))
                records << r;
        if (records.isEmpty())
            return Result::None;
        if (records.size() > 1) {
            // §4.5: two records are a permerror, not a choice.
            ev.findings.append({Finding::Severity::Problem, QStringLiteral("SPF"),
                                tr("%1 publishes %2 SPF records; receivers treat that as an error "
                                   "(permerror).")
                                    .arg(d)
                                    .arg(records.size()),
                                tr("Merge them into one TXT record that starts with v=spf1.")});
            return Result::PermError;
        }
        ev.trace << QStringLiteral("%1: %2").arg(d, records.first());
        const Record record = parse(records.first());
        if (!record.error.isEmpty()) {
            ev.findings.append({Finding::Severity::Problem, QStringLiteral("SPF"),
                                tr("The SPF record of %1 has a syntax error: %2. Receivers treat the "
                                   "whole record as an error (permerror).")
                                    .arg(d, record.error),
                                tr("Correct the record; every term must follow RFC 7208.")});
            return Result::PermError;
        }
        stack << d;
        const Result r = walk(d, record, stack, ev);
        stack.removeLast();
        return r;
    }

private:
    DnsAnswer answer(const DnsQuery &q)
    {
        if (!m_cache.contains(q))
            throw Missing{q};
        return m_cache.answer(q);
    }

    // One more DNS-querying term (§4.6.4). Over the limit: permerror.
    bool countLookup(Evaluation &ev)
    {
        if (++ev.lookups > LookupLimit) {
            if (!m_limitReported)
                ev.findings.append({Finding::Severity::Problem, QStringLiteral("SPF"),
                                    tr("Evaluating the SPF record needs more than %1 DNS lookups (include, "
                                       "a, mx, ptr, exists, redirect); receivers stop there with an error "
                                       "(permerror), so SPF fails for everyone.")
                                        .arg(LookupLimit),
                                    tr("Reduce the lookups: replace include, a and mx by the ip4/ip6 "
                                       "ranges they stand for, or drop services you no longer use.")});
            m_limitReported = true;
            return false;
        }
        return true;
    }

    // A lookup that found no record or no name (§4.6.4: at most two).
    bool countVoid(const DnsAnswer &a, const QString &name, Evaluation &ev)
    {
        if (!a.isVoid())
            return true;
        if (++ev.voidLookups > VoidLookupLimit) {
            if (!m_voidReported)
                ev.findings.append(
                    {Finding::Severity::Problem, QStringLiteral("SPF"),
                     tr("More than %1 of the DNS lookups of this SPF check found no record (void lookups, "
                        "RFC 7208 "
                        "§4.6.4; the last: %2); receivers stop there with an error (permerror).")
                         .arg(VoidLookupLimit)
                         .arg(name),
                     tr("Remove the terms that name domains or hosts that no longer "
                        "exist.")});
            m_voidReported = true;
            return false;
        }
        return true;
    }

    QString target(const Term &t, const QString &domain, Evaluation &ev, bool *ok)
    {
        *ok = true;
        if (t.domainSpec.isEmpty())
            return domain;
        // Without an address (the walk for an unlisted one), %{i} stands for a documentation address
        // (RFC 5737), so that exists:%{i}... terms are looked up as they would be for a forger.
        MacroContext ctx{m_sender, domain, m_ip.isNull() ? QHostAddress(QStringLiteral("192.0.2.1")) : m_ip,
                         m_helo};
        QString out, error;
        if (!expand(t.domainSpec, ctx, &out, &error)) {
            *ok = false;
            ev.findings.append({Finding::Severity::Problem, QStringLiteral("SPF"), error, {}});
        }
        // §7.3: an expansion longer than 253 characters loses labels on the left.
        while (out.size() > 253 && out.contains(QLatin1Char('.')))
            out = out.mid(out.indexOf(QLatin1Char('.')) + 1);
        return normalizeDnsName(out);
    }

    bool inNetwork(const QHostAddress &address, int cidr4, int cidr6) const
    {
        if (m_ip.isNull())
            return false;
        const QHostAddress a = plain(address);
        if (a.protocol() != m_ip.protocol())
            return false;
        const bool v4 = a.protocol() == QAbstractSocket::IPv4Protocol;
        const int len = v4 ? (cidr4 < 0 ? 32 : cidr4) : (cidr6 < 0 ? 128 : cidr6);
        return m_ip.isInSubnet(a, len);
    }

    DnsType addressType() const
    {
        return !m_ip.isNull() && m_ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsType::AAAA
                                                                                  : DnsType::A;
    }

    bool loop(const QString &to, const QStringList &stack, Evaluation &ev)
    {
        if (!stack.contains(to))
            return false;
        ev.findings.append({Finding::Severity::Problem, QStringLiteral("SPF"),
                            tr("The SPF records loop: %1 leads back to %2. Receivers give up with an error "
                               "(permerror).")
                                .arg(stack.join(QStringLiteral(" → ")), to),
                            tr("Remove the include or redirect that points back.")});
        return true;
    }

    Result walk(const QString &domain, const Record &record, QStringList &stack, Evaluation &ev)
    {
        for (const Term &t : record.terms) {
            if (!t.isMechanism())
                continue;
            bool match = false;
            bool ok = true;
            switch (t.kind) {
            case Term::Kind::All:
                match = true;
                break;
            case Term::Kind::Ip4:
            case Term::Kind::Ip6:
                match = inNetwork(t.network, t.cidr4, t.cidr6);
                break;
            case Term::Kind::Include: {
                if (!countLookup(ev))
                    return Result::PermError;
                const QString to = target(t, domain, ev, &ok);
                if (!ok || loop(to, stack, ev))
                    return Result::PermError;
                // §5.2: the included record's result decides only whether this mechanism matches.
                const Result inner = checkHost(to, stack, ev);
                if (inner != Result::Pass)
                    ev.matched.clear();  // what decided inside did not decide here
                switch (inner) {
                case Result::Pass:
                    match = true;
                    break;
                case Result::Fail:
                case Result::SoftFail:
                case Result::Neutral:
                    break;
                case Result::TempError:
                    return Result::TempError;
                case Result::None:
                    ev.findings.append(
                        {Finding::Severity::Problem, QStringLiteral("SPF"),
                         tr("%1 includes %2, which has no SPF record: receivers treat that "
                            "as an error (permerror).")
                             .arg(domain, to),
                         tr("Remove include:%1, or ask its owner for the right name.").arg(to)});
                    return Result::PermError;
                case Result::PermError:
                    return Result::PermError;
                }
                break;
            }
            case Term::Kind::A: {
                if (!countLookup(ev))
                    return Result::PermError;
                const QString to = target(t, domain, ev, &ok);
                if (!ok)
                    return Result::PermError;
                const DnsAnswer a = answer({to, addressType()});
                if (a.status == DnsAnswer::Status::Failed)
                    return Result::TempError;
                if (!countVoid(a, to, ev))
                    return Result::PermError;
                for (const QString &r : a.records)
                    match = match || inNetwork(QHostAddress(r), t.cidr4, t.cidr6);
                break;
            }
            case Term::Kind::Mx: {
                if (!countLookup(ev))
                    return Result::PermError;
                const QString to = target(t, domain, ev, &ok);
                if (!ok)
                    return Result::PermError;
                const DnsAnswer mx = answer({to, DnsType::MX});
                if (mx.status == DnsAnswer::Status::Failed)
                    return Result::TempError;
                if (!countVoid(mx, to, ev))
                    return Result::PermError;
                if (mx.records.size() > 10) {
                    ev.findings.append({Finding::Severity::Problem, QStringLiteral("SPF"),
                                        tr("\"%1\" in the record of %2 names %3 mail servers; SPF allows 10 "
                                           "(permerror).")
                                            .arg(t.text, domain)
                                            .arg(mx.records.size()),
                                        tr("List the servers' addresses with ip4/ip6 instead.")});
                    return Result::PermError;
                }
                for (const QString &r : mx.records) {
                    const QString host = normalizeDnsName(r.section(QLatin1Char(' '), 1));
                    if (host.isEmpty())
                        continue;  // a null MX (RFC 7505) has no address
                    const DnsAnswer a = answer({host, addressType()});
                    if (a.status == DnsAnswer::Status::Failed)
                        return Result::TempError;
                    for (const QString &addr : a.records)
                        match = match || inNetwork(QHostAddress(addr), t.cidr4, t.cidr6);
                    if (match)
                        break;
                }
                break;
            }
            case Term::Kind::Ptr: {
                if (!countLookup(ev))
                    return Result::PermError;
                const QString to = target(t, domain, ev, &ok);
                if (!ok)
                    return Result::PermError;
                if (m_ip.isNull())
                    break;
                match = ptrMatches(to, ev);
                break;
            }
            case Term::Kind::Exists: {
                if (!countLookup(ev))
                    return Result::PermError;
                const QString to = target(t, domain, ev, &ok);
                if (!ok)
                    return Result::PermError;
                // §5.7: always an A query, whatever the address family.
                const DnsAnswer a = answer({to, DnsType::A});
                if (a.status == DnsAnswer::Status::Failed)
                    return Result::TempError;
                if (!countVoid(a, to, ev))
                    return Result::PermError;
                match = !m_ip.isNull() && !a.records.isEmpty();
                break;
            }
            default:
                break;
            }
            if (match) {
                // Through an include, the mechanism that matched inside it is the one to show.
                if (t.kind != Term::Kind::Include)
                    ev.matched = QStringLiteral("%1 (%2)").arg(t.text, domain);
                switch (t.qualifier.toLatin1()) {
                case '-':
                    return Result::Fail;
                case '~':
                    return Result::SoftFail;
                case '?':
                    return Result::Neutral;
                default:
                    return Result::Pass;
                }
            }
        }
        // §6.1: redirect applies only when no mechanism matched and there is no "all".
        if (const Term *redirect = record.modifier(Term::Kind::Redirect); redirect && !record.all()) {
            if (!countLookup(ev))
                return Result::PermError;
            bool ok = true;
            const QString to = target(*redirect, domain, ev, &ok);
            if (!ok || loop(to, stack, ev))
                return Result::PermError;
            const Result r = checkHost(to, stack, ev);
            if (r == Result::None) {
                ev.findings.append({Finding::Severity::Problem, QStringLiteral("SPF"),
                                    tr("%1 redirects to %2, which has no SPF record: receivers treat that as "
                                       "an error (permerror).")
                                        .arg(domain, to),
                                    tr("Point redirect= at a domain that publishes an SPF record.")});
                return Result::PermError;
            }
            return r;
        }
        return Result::Neutral;
    }

    // §5.5: the names of the address whose own addresses lead back to it, then the match against the target.
    bool ptrMatches(const QString &to, Evaluation &ev)
    {
        Q_UNUSED(ev);
        const DnsAnswer ptr = answer({reverseName(m_ip), DnsType::PTR});
        int checked = 0;
        for (const QString &nameRaw : ptr.records) {
            if (++checked > 10)
                break;  // §4.6.4: the names after the first 10 are ignored
            const QString name = normalizeDnsName(nameRaw);
            const DnsAnswer a = answer({name, addressType()});
            bool validated = false;
            for (const QString &addr : a.records)
                validated = validated || QHostAddress(addr) == m_ip;
            if (validated && (name == to || name.endsWith(QLatin1Char('.') + to)))
                return true;
        }
        return false;
    }

    const DnsCache &m_cache;
    QHostAddress m_ip;
    QString m_sender, m_helo;
    bool m_limitReported = false;
    bool m_voidReported = false;
};

}  // namespace

QString resultName(Result r)
{
    switch (r) {
    case Result::None:
        return QStringLiteral("none");
    case Result::Neutral:
        return QStringLiteral("neutral");
    case Result::Pass:
        return QStringLiteral("pass");
    case Result::Fail:
        return QStringLiteral("fail");
    case Result::SoftFail:
        return QStringLiteral("softfail");
    case Result::TempError:
        return QStringLiteral("temperror");
    case Result::PermError:
        return QStringLiteral("permerror");
    }
    return {};
}

QString resultMeaning(Result r)
{
    switch (r) {
    case Result::None:
        return tr("the domain publishes no SPF record, so receivers cannot tell its servers");
    case Result::Neutral:
        return tr("the record makes no statement about this address");
    case Result::Pass:
        return tr("this address may send mail for the domain");
    case Result::Fail:
        return tr("this address may not send mail for the domain: receivers may reject it");
    case Result::SoftFail:
        return tr("this address is probably not allowed: receivers usually mark the mail as suspicious");
    case Result::TempError:
        return tr("a DNS lookup failed for now: receivers may defer the mail");
    case Result::PermError:
        return tr("the record is broken: receivers treat SPF as failed or ignore it");
    }
    return {};
}

bool Term::queriesDns() const
{
    switch (kind) {
    case Kind::Include:
    case Kind::A:
    case Kind::Mx:
    case Kind::Ptr:
    case Kind::Exists:
    case Kind::Redirect:
        return true;
    default:
        return false;
    }
}

const Term *Record::modifier(Term::Kind kind) const
{
    for (const Term &t : terms)
        if (t.kind == kind)
            return &t;
    return nullptr;
}

const Term *Record::all() const
{
    return modifier(Term::Kind::All);
}

bool isSpfRecord(const QString &txt)
{
    return txt.compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) == 0
           || txt.startsWith(QLatin1String("v=spf1 "), Qt::CaseInsensitive);
}

Record parse(const QString &txt)
{
    Record record;
    if (!isSpfRecord(txt)) {
        record.error = tr("the record does not start with v=spf1");
        return record;
    }
    // §4.6.1: terms are separated by one or more spaces; other whitespace is not allowed.
    const QStringList terms = txt.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &text : terms) {
        Term t;
        if (!parseTerm(text, &t, &record.error))
            return record;
        if ((t.kind == Term::Kind::Redirect || t.kind == Term::Kind::Exp) && record.modifier(t.kind)) {
            record.error = tr("the modifier \"%1\" appears twice").arg(text.section(QLatin1Char('='), 0, 0));
            return record;
        }
        record.terms.append(t);
    }
    return record;
}

bool expand(const QString &spec, const MacroContext &ctx, QString *out, QString *error, bool inExp)
{
    out->clear();
    for (int i = 0; i < spec.size(); ++i) {
        const QChar c = spec.at(i);
        if (c != QLatin1Char('%')) {
            // §7.1 macro-literal: visible characters except "%".
            if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
                *error = tr("the character \"%1\" is not allowed in \"%2\"").arg(c).arg(spec);
                return false;
            }
            *out += c;
            continue;
        }
        if (i + 1 >= spec.size()) {
            *error = tr("\"%1\" ends with a lone \"%\"").arg(spec);
            return false;
        }
        const QChar n = spec.at(++i);
        if (n == QLatin1Char('%')) {
            *out += QLatin1Char('%');
            continue;
        }
        if (n == QLatin1Char('_')) {
            *out += QLatin1Char(' ');
            continue;
        }
        if (n == QLatin1Char('-')) {
            *out += QStringLiteral("%20");
            continue;
        }
        if (n != QLatin1Char('{')) {
            *error = tr("\"%%1\" in \"%2\" is not a macro (write %% for a percent sign)").arg(n).arg(spec);
            return false;
        }
        const int close = spec.indexOf(QLatin1Char('}'), i);
        if (close < 0) {
            *error = tr("a macro in \"%1\" is not closed with \"}\"").arg(spec);
            return false;
        }
        const QString body = spec.mid(i + 1, close - i - 1);
        i = close;
        static const QRegularExpression re(
            QStringLiteral("^([slodiphcrtvSLODIPHCRTV])([0-9]*)(r?)([.+,/_=-]*)$"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(body);
        if (!m.hasMatch()) {
            *error = tr("\"%{%1}\" is not a valid macro").arg(body);
            return false;
        }
        const QChar letter = m.captured(1).at(0);
        const QChar lower = letter.toLower();
        if (!inExp && (lower == QLatin1Char('c') || lower == QLatin1Char('r') || lower == QLatin1Char('t'))) {
            *error = tr("the macro \"%{%1}\" is only allowed in an explanation").arg(body);
            return false;
        }
        const QString sender = ctx.sender.isEmpty() ? QStringLiteral("postmaster@") + ctx.helo : ctx.sender;
        const QString local = sender.contains(QLatin1Char('@')) ? sender.section(QLatin1Char('@'), 0, -2)
                                                                : QStringLiteral("postmaster");
        const QString senderDomain = sender.section(QLatin1Char('@'), -1);
        QString value;
        switch (lower.toLatin1()) {
        case 's':
            value = sender;
            break;
        case 'l':
            value = local;
            break;
        case 'o':
            value = senderDomain;
            break;
        case 'd':
            value = ctx.domain;
            break;
        case 'i':
        case 'c':
            value = ctx.ip.isNull() ? QString() : dottedAddress(plain(ctx.ip));
            break;
        case 'p':
            value = QStringLiteral("unknown");
            break;  // §7.3: SHOULD NOT be used; "unknown" is allowed
        case 'v':
            value = !ctx.ip.isNull() && plain(ctx.ip).protocol() == QAbstractSocket::IPv6Protocol
                        ? QStringLiteral("ip6")
                        : QStringLiteral("in-addr");
            break;
        case 'h':
            value = ctx.helo;
            break;
        case 'r':
            value = QStringLiteral("unknown");
            break;
        case 't':
            value = QStringLiteral("0");
            break;
        }
        // §7.3: split on the delimiters, reverse with "r", keep the rightmost N parts, join with ".".
        const QString delims = m.captured(4).isEmpty() ? QStringLiteral(".") : m.captured(4);
        QStringList parts;
        QString part;
        for (const QChar ch : value) {
            if (delims.contains(ch)) {
                parts << part;
                part.clear();
            } else {
                part += ch;
            }
        }
        parts << part;
        if (!m.captured(3).isEmpty())
            std::reverse(parts.begin(), parts.end());
        if (!m.captured(2).isEmpty()) {
            const int keep = m.captured(2).toInt();
            if (keep == 0) {
                *error = tr("\"%{%1}\": zero parts cannot be kept").arg(body);
                return false;
            }
            if (keep < parts.size())
                parts = parts.mid(parts.size() - keep);
        }
        QString expanded = parts.join(QLatin1Char('.'));
        if (letter.isUpper())
            expanded = QString::fromLatin1(QUrl::toPercentEncoding(expanded));
        *out += expanded;
    }
    return true;
}

Evaluation evaluate(const DnsCache &cache, const QHostAddress &ip, const QString &domain,
                    const QString &sender, const QString &helo)
{
    Evaluation ev;
    Run run(cache, ip, sender.isEmpty() ? QStringLiteral("postmaster@") + domain : sender,
            helo.isEmpty() ? domain : helo);
    QStringList stack;
    // A missing answer unwinds from any depth of include/redirect (the run is repeated once it is fetched).
    try {
        ev.result = run.checkHost(domain, stack, ev);
    } catch (const Missing &m) {
        Evaluation incomplete;
        incomplete.complete = false;
        incomplete.needed = m.query;
        return incomplete;
    }
    return ev;
}

QList<Finding> review(const Record &record, const QString &domain)
{
    QList<Finding> out;
    const QString topic = QStringLiteral("SPF");
    const Term *all = record.all();
    if (all) {
        switch (all->qualifier.toLatin1()) {
        case '+':
            out.append(
                {Finding::Severity::Problem, topic,
                 tr("The SPF record of %1 ends with \"%2\": every server on the Internet may send mail "
                    "as %1.")
                     .arg(domain, all->text),
                 tr("End the record with -all (or ~all while you test), after listing your own "
                    "servers.")});
            break;
        case '?':
            out.append({Finding::Severity::Warning, topic,
                        tr("The SPF record of %1 ends with ?all: it says nothing about servers it does not "
                           "list, so forged mail is not recognised.")
                            .arg(domain),
                        tr("Once every server that sends for the domain is listed, end the record with "
                           "~all or -all.")});
            break;
        case '~':
            out.append({Finding::Severity::Info,
                        topic,
                        tr("The SPF record of %1 ends with ~all: mail from unlisted servers is marked as "
                           "suspicious, not refused.")
                            .arg(domain),
                        {}});
            break;
        default:
            out.append(
                {Finding::Severity::Ok,
                 topic,
                 tr("The SPF record of %1 ends with -all: mail from unlisted servers fails SPF.").arg(domain),
                 {}});
        }
        if (&record.terms.constLast() != all) {
            out.append(
                {Finding::Severity::Warning, topic,
                 tr("The SPF record of %1 has terms after \"all\"; receivers never read them.").arg(domain),
                 tr("Move \"all\" to the end, or remove what follows it.")});
        }
    } else if (!record.modifier(Term::Kind::Redirect)) {
        out.append({Finding::Severity::Warning, topic,
                    tr("The SPF record of %1 has no \"all\" at the end: unlisted servers get \"neutral\", so "
                       "forged mail is not recognised.")
                        .arg(domain),
                    tr("End the record with -all (or ~all while you test).")});
    }
    for (const Term &t : record.terms)
        if (t.kind == Term::Kind::Ptr)
            out.append({Finding::Severity::Warning, topic,
                        tr("The SPF record of %1 uses \"%2\": slow, unreliable, and RFC 7208 §5.5 says it "
                           "should not be used.")
                            .arg(domain, t.text),
                        tr("Replace it with ip4/ip6 ranges or a.")});
    return out;
}

}  // namespace smtp::spf
