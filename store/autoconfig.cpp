#include "autoconfig.h"

#include "address.h"
#include "session.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <utility>

namespace store {

static constexpr qint64 MaxDocument = 1024 * 1024;  // config-v1.1.xml files are a few KiB
static constexpr int MaxRedirects = 5;

QString AutoconfigResult::sourceName(Source s)
{
    switch (s) {
    case Source::Nothing:
        return QCoreApplication::translate("store::Autoconfig", "nothing found");
    case Source::AutoconfigHost:
        return QCoreApplication::translate("store::Autoconfig", "the domain's autoconfig server");
    case Source::WellKnown:
        return QCoreApplication::translate("store::Autoconfig", "the domain's web site (.well-known)");
    case Source::Ispdb:
        return QCoreApplication::translate("store::Autoconfig", "the central database of mail providers");
    case Source::MxDomain:
        return QCoreApplication::translate("store::Autoconfig", "the domain of its mail exchanger (MX)");
    case Source::Srv:
        return QCoreApplication::translate("store::Autoconfig", "the domain's SRV records");
    case Source::Guess:
        return QCoreApplication::translate("store::Autoconfig",
                                           "a guess that answered and passed the TLS check");
    case Source::PlainHttp:
        return QCoreApplication::translate("store::Autoconfig", "an unencrypted http lookup");
    }
    return {};
}

static QString securityWords(smtp::Security s)
{
    switch (s) {
    case smtp::Security::StartTls:
        return QCoreApplication::translate("store::Autoconfig", "STARTTLS");
    case smtp::Security::ImplicitTls:
        return QCoreApplication::translate("store::Autoconfig", "TLS");
    case smtp::Security::None:
        return QCoreApplication::translate("store::Autoconfig", "none (unencrypted)");
    }
    return {};
}

static QString authWords(DiscoveredServer::Auth a)
{
    switch (a) {
    case DiscoveredServer::Auth::Password:
        return QCoreApplication::translate("store::Autoconfig", "password");
    case DiscoveredServer::Auth::OAuth2:
        return QCoreApplication::translate("store::Autoconfig", "OAuth 2.0 sign-in");
    case DiscoveredServer::Auth::None:
        return QCoreApplication::translate("store::Autoconfig", "none");
    case DiscoveredServer::Auth::Unsupported:
        return QCoreApplication::translate("store::Autoconfig", "a method Stamp does not support");
    }
    return {};
}

QString AutoconfigResult::describe() const
{
    QStringList out;
    if (!found()) {
        out << QCoreApplication::translate("store::Autoconfig", "No submission server was found.");
    } else {
        const DiscoveredServer &s = servers.first();
        out << QCoreApplication::translate("store::Autoconfig", "Server:         %1").arg(s.host)
            << QCoreApplication::translate("store::Autoconfig", "Port:           %1").arg(s.port)
            << QCoreApplication::translate("store::Autoconfig", "Security:       %1")
                   .arg(securityWords(s.security))
            << QCoreApplication::translate("store::Autoconfig", "Authentication: %1").arg(authWords(s.auth))
            << QCoreApplication::translate("store::Autoconfig", "User name:      %1").arg(s.userName)
            << QCoreApplication::translate("store::Autoconfig", "Found through:  %1 (%2)")
                   .arg(sourceName(source), origin)
            << QCoreApplication::translate("store::Autoconfig", "Records of:     %1").arg(domain);
    }
    for (const QString &w : warnings)
        out << QCoreApplication::translate("store::Autoconfig", "Warning: %1").arg(w);
    return out.join(QLatin1Char('\n'));
}

Autoconfig::Autoconfig(QObject *parent) : Autoconfig(Options(), parent) {}

Autoconfig::Autoconfig(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<store::AutoconfigResult>();
}

Autoconfig::~Autoconfig()
{
    cancel();
}

int Autoconfig::addStep(AutoconfigResult::Source source, const QString &origin)
{
    m_steps.append({source, origin, State::Pending, {}});
    return int(m_steps.size()) - 1;
}

bool Autoconfig::inOwnDomain(const QString &host) const
{
    const QString h = QString::fromLatin1(smtp::domainToAce(host)).toLower();
    const QString d = m_domain.toLower();
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

void Autoconfig::start(const QString &address)
{
    startFor(address, {});
}

void Autoconfig::startFor(const QString &address, const QString &domain)
{
    QString why;
    const smtp::Mailbox box = smtp::parseMailbox(address, &why);
    m_address = box.isNull() ? address.trimmed() : box.address();
    m_domain = QString::fromLatin1(smtp::domainToAce(domain.isEmpty() ? box.domain : domain)).toLower();
    if (box.isNull() || m_domain.isEmpty() || box.domain.startsWith(QLatin1Char('['))) {
        AutoconfigResult r;
        r.attempts << (box.isNull() ? tr("The address %1 is not valid: %2").arg(address, why)
                                    : tr("The address %1 has no domain name to look up.").arg(address));
        // Queued, so that finished() never arrives before start() returns.
        QTimer::singleShot(0, this, [this, r] { finish(r); });
        return;
    }
    m_nam = new QNetworkAccessManager(this);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);  // each hop is checked in fetch()

    using Source = AutoconfigResult::Source;
    const QString d = m_domain;
    QUrl autoconfigUrl(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(d));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("emailaddress"), m_address);
    autoconfigUrl.setQuery(q);
    documentStep(Source::AutoconfigHost, autoconfigUrl, d);
    documentStep(Source::WellKnown,
                 QUrl(QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(d)), d);
    if (m_options.useIspdb && m_options.ispdbBase.isValid())
        documentStep(Source::Ispdb, m_options.ispdbBase.resolved(QUrl(d)), d);
    if (m_options.mx)
        m_mxDocumentStep = addStep(Source::MxDomain, tr("MX record of %1").arg(d));
    if (m_options.srv) {
        lookupSrv(QStringLiteral("_submissions._tcp.") + d, smtp::Security::ImplicitTls);  // RFC 8314 §5.1
        lookupSrv(QStringLiteral("_submission._tcp.") + d, smtp::Security::StartTls);      // RFC 6186 §3.1
    }
    if (m_options.guess) {
        // Implicit TLS first (RFC 8314 §3.3), then STARTTLS; only a verified TLS answer counts.
        for (const QString &prefix : {QStringLiteral("smtp."), QStringLiteral("mail.")})
            for (const auto &[port, security] : {std::pair{quint16(465), smtp::Security::ImplicitTls},
                                                 std::pair{quint16(587), smtp::Security::StartTls}}) {
                const QString host = prefix + d;
                probe(addStep(Source::Guess, QStringLiteral("%1:%2").arg(host).arg(port)), host, port,
                      security);
            }
        if (m_options.mx) {
            m_mxProbeSteps.append({addStep(Source::Guess, tr("MX host of %1, port 465").arg(d)), 465});
            m_mxProbeSteps.append({addStep(Source::Guess, tr("MX host of %1, port 587").arg(d)), 587});
        }
    }
    if (m_options.plainHttp)
        documentStep(Source::PlainHttp,
                     QUrl(QStringLiteral("http://autoconfig.%1/mail/config-v1.1.xml").arg(d)), d);
    if (m_options.mx)
        lookupMx();
    Q_EMIT progress(tr("Looking up the mail settings of %1").arg(d));
    QTimer::singleShot(0, this, &Autoconfig::decide);  // nothing may be enabled at all
}

void Autoconfig::cancel()
{
    // Aborting may call back at once (a reply's finished()): the callbacks see m_done and do nothing.
    m_done = true;
    const QList<QPointer<QObject>> running = std::exchange(m_running, {});
    for (const QPointer<QObject> &o : running) {
        if (!o)
            continue;
        if (auto *reply = qobject_cast<QNetworkReply *>(o.data()))
            reply->abort();
        else if (auto *dns = qobject_cast<QDnsLookup *>(o.data()))
            dns->abort();
        else if (auto *session = qobject_cast<smtp::Session *>(o.data()))
            session->cancel();
        else if (auto *child = qobject_cast<Autoconfig *>(o.data()))
            child->cancel();
    }
}

void Autoconfig::settle(int step, State state, const QString &attempt, AutoconfigResult result)
{
    if (m_done || step < 0 || step >= m_steps.size() || m_steps[step].state != State::Pending)
        return;
    Step &s = m_steps[step];
    s.state = state;
    result.source = s.source;
    if (result.origin.isEmpty())
        result.origin = s.origin;
    if (result.domain.isEmpty())
        result.domain = m_domain;
    s.result = result;
    s.result.attempts.prepend(attempt);
    Q_EMIT progress(attempt);
    decide();
}

// The highest step decides: a lower one that has answered waits until every higher one has failed.
void Autoconfig::decide()
{
    if (m_done)
        return;
    AutoconfigResult none;
    for (const Step &s : std::as_const(m_steps)) {
        if (s.state == State::Pending)
            return;
        none.attempts += s.result.attempts;
        if (s.state == State::Found) {
            AutoconfigResult r = s.result;
            r.attempts = none.attempts;
            for (const DiscoveredServer &server : std::as_const(r.servers))
                if (!inOwnDomain(server.host)) {
                    r.warnings
                        << tr("The server %1 is not in your domain %2; %3 says to use it. Use it only if "
                              "you know that your mail is handled there.")
                               .arg(server.host, m_domain, r.origin);
                    break;
                }
            finish(r);
            return;
        }
    }
    finish(none);
}

void Autoconfig::finish(AutoconfigResult result)
{
    if (m_done)
        return;
    cancel();
    Q_EMIT finished(result);
}

void Autoconfig::fetch(const QUrl &url, int redirectsLeft, QStringList hops,
                       std::function<void(Fetched)> done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.httpTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Stamp"));
    QNetworkReply *reply = m_nam->get(request);
    m_running.append(reply);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxDocument)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, redirectsLeft, hops, done]() mutable {
        reply->deleteLater();
        if (m_done)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
            const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (redirectsLeft <= 0) {
                done({{}, url, tr("too many redirects"), hops});
                return;
            }
            if (url.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https")) {
                done({{},
                      url,
                      tr("it redirects to %1, which is not protected by TLS").arg(next.toString()),
                      hops});
                return;
            }
            if (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http")) {
                done({{}, url, tr("it redirects to %1").arg(next.toString()), hops});
                return;
            }
            if (!inOwnDomain(next.host()) && inOwnDomain(url.host()))
                hops << tr("%1 redirected to another domain: %2").arg(url.toString(), next.toString());
            fetch(next, redirectsLeft - 1, hops, done);
            return;
        }
        Fetched f;
        f.finalUrl = url;
        f.redirects = hops;
        if (reply->error() != QNetworkReply::NoError)
            f.error = reply->error() == QNetworkReply::OperationCanceledError && reply->bytesAvailable() > 0
                          ? tr("the answer is too large")
                          : reply->errorString();
        else if (status != 200)
            f.error = tr("HTTP status %1").arg(status);
        else
            f.body = reply->read(MaxDocument + 1);
        if (f.body.size() > MaxDocument)
            f.error = tr("the answer is too large");
        done(f);
    });
}

void Autoconfig::documentStep(AutoconfigResult::Source source, const QUrl &url, const QString &domain)
{
    const QString shown = url.toString(QUrl::RemoveQuery);
    const int step = addStep(source, shown);
    fetch(url, MaxRedirects, {}, [this, step, shown, source, domain](Fetched f) {
        if (!f.error.isEmpty()) {
            settle(step, State::Failed, tr("%1: %2").arg(shown, f.error));
            return;
        }
        QString why;
        AutoconfigResult r;
        r.servers = parseAutoconfigXml(f.body, m_address, &why);
        if (r.servers.isEmpty()) {
            settle(step, State::Failed, tr("%1: %2").arg(shown, why));
            return;
        }
        r.origin = f.finalUrl.toString(QUrl::RemoveQuery);
        r.domain = domain;
        r.warnings = f.redirects;
        if (source == AutoconfigResult::Source::PlainHttp && f.finalUrl.scheme() != QLatin1String("https"))
            r.warnings << tr(
                "These settings came over plain http, which anyone on the network path could have "
                "changed. Check the server name before you use them.");
        settle(step, State::Found, tr("%1: found %2").arg(shown, r.servers.first().host), r);
    });
}

void Autoconfig::lookupMx()
{
    auto *dns = new QDnsLookup(QDnsLookup::MX, m_domain, this);
    m_running.append(dns);
    auto *timer = new QTimer(dns);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, dns, &QDnsLookup::abort);
    connect(dns, &QDnsLookup::finished, this, [this, dns] {
        dns->deleteLater();
        if (m_done)
            return;
        QList<QDnsMailExchangeRecord> records = dns->mailExchangeRecords();
        std::stable_sort(records.begin(), records.end(),
                         [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
        QString host;
        if (dns->error() == QDnsLookup::NoError && !records.isEmpty())
            host = records.first().exchange();
        while (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        mxArrived(host);
    });
    timer->start(m_options.dnsTimeoutMs);
    dns->lookup();
}

void Autoconfig::mxArrived(const QString &host)
{
    const QString lower = host.toLower();
    // The MX host as a guess, unless it is one already tried (smtp.DOMAIN, mail.DOMAIN) or a null MX (RFC
    // 7505).
    const bool usable = !lower.isEmpty() && lower != QLatin1String("smtp.") + m_domain
                        && lower != QLatin1String("mail.") + m_domain;
    for (const auto &[step, port] : std::as_const(m_mxProbeSteps)) {
        if (usable)
            probe(step, lower, port, port == 465 ? smtp::Security::ImplicitTls : smtp::Security::StartTls);
        else
            settle(step, State::Failed,
                   lower.isEmpty() ? tr("%1 has no MX record.").arg(m_domain)
                                   : tr("The MX host %1 is already among the guesses.").arg(lower));
    }
    // The MX host's parent domains, nearest first, down to two labels: mx1.mail.example.net gives
    // mail.example.net, then example.net. The address's own domain was tried already.
    QStringList domains;
    QStringList labels = lower.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    while (labels.size() > 2) {
        labels.removeFirst();
        const QString d = labels.join(QLatin1Char('.'));
        if (d != m_domain && !m_domain.endsWith(QLatin1Char('.') + d))
            domains << d;
    }
    if (domains.isEmpty()) {
        settle(m_mxDocumentStep, State::Failed,
               lower.isEmpty() ? tr("%1 has no MX record.").arg(m_domain)
                               : tr("The MX host %1 is in the same domain.").arg(lower));
        return;
    }
    tryMxDomains(domains);
}

void Autoconfig::tryMxDomains(QStringList domains)
{
    if (domains.isEmpty()) {
        settle(m_mxDocumentStep, State::Failed, tr("The MX domains have no autoconfiguration either."));
        return;
    }
    const QString d = domains.takeFirst();
    Options o = m_options;
    o.guess = o.plainHttp = o.mx = o.srv = false;
    auto *child = new Autoconfig(o, this);
    m_running.append(child);
    connect(child, &Autoconfig::finished, this, [this, child, d, domains](const AutoconfigResult &r) {
        child->deleteLater();
        if (m_done)
            return;
        if (!r.found()) {
            tryMxDomains(domains);
            return;
        }
        AutoconfigResult mine = r;
        mine.warnings.clear();  // decide() adds the other-domain warning for this result as a whole
        mine.origin = tr("%1 (the MX domain %2)").arg(r.origin, d);
        settle(m_mxDocumentStep, State::Found, tr("The MX domain %1 has settings: %2").arg(d, r.origin),
               mine);
    });
    child->startFor(m_address, d);
}

void Autoconfig::lookupSrv(const QString &service, smtp::Security security)
{
    const int step = addStep(AutoconfigResult::Source::Srv, tr("SRV %1").arg(service));
    auto *dns = new QDnsLookup(QDnsLookup::SRV, service, this);
    m_running.append(dns);
    auto *timer = new QTimer(dns);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, dns, &QDnsLookup::abort);
    connect(dns, &QDnsLookup::finished, this, [this, dns, step, service, security] {
        dns->deleteLater();
        QList<QDnsServiceRecord> records = dns->serviceRecords();
        // RFC 2782: lowest priority first; among equals, the heaviest first (a deterministic choice).
        std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
            return a.priority() != b.priority() ? a.priority() < b.priority() : a.weight() > b.weight();
        });
        AutoconfigResult r;
        for (const QDnsServiceRecord &rec : std::as_const(records)) {
            QString target = rec.target();
            while (target.endsWith(QLatin1Char('.')))
                target.chop(1);
            if (target.isEmpty() || rec.port() == 0)
                continue;  // "." : the service is decidedly not available (RFC 2782)
            DiscoveredServer s;
            s.host = target.toLower();
            s.port = rec.port();
            s.security = security;
            s.auth = DiscoveredServer::Auth::Password;
            s.userName = m_address;
            r.servers << s;
        }
        if (r.servers.isEmpty()) {
            settle(step, State::Failed,
                   dns->error() == QDnsLookup::NoError
                       ? tr("SRV %1: the service is not offered.").arg(service)
                       : tr("SRV %1: %2").arg(service, dns->errorString()));
            return;
        }
        settle(step, State::Found,
               tr("SRV %1: %2 port %3").arg(service, r.servers.first().host).arg(r.servers.first().port), r);
    });
    timer->start(m_options.dnsTimeoutMs);
    dns->lookup();
}

void Autoconfig::probe(int step, const QString &host, quint16 port, smtp::Security security)
{
    smtp::SessionOptions o;
    o.host = host;
    o.port = port;
    o.security = security;
    o.timeouts = smtp::Timeouts::uniform(m_options.probeTimeoutMs);
    // No user: the session is a connection test (greeting, EHLO, TLS, EHLO, QUIT). No credential is sent.
    auto *session = new smtp::Session(o, nullptr, this);
    m_running.append(session);
    connect(session, &smtp::Session::finished, this,
            [this, session, step, host, port, security](const smtp::Outcome &outcome) {
                session->deleteLater();
                const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
                if (outcome.category != smtp::Outcome::Category::Sent) {
                    settle(step, State::Failed, tr("%1: %2").arg(where, outcome.summary));
                    return;
                }
                DiscoveredServer s;
                s.host = host;
                s.port = port;
                s.security = security;
                s.userName = m_address;
                const QList<QByteArray> mechanisms = session->capabilities().authMechanisms();
                const bool oauthOnly =
                    !mechanisms.isEmpty()
                    && std::all_of(mechanisms.begin(), mechanisms.end(),
                                   [](const QByteArray &m) { return m == "XOAUTH2" || m == "OAUTHBEARER"; });
                s.auth = mechanisms.isEmpty() ? DiscoveredServer::Auth::None
                         : oauthOnly          ? DiscoveredServer::Auth::OAuth2
                                              : DiscoveredServer::Auth::Password;
                AutoconfigResult r;
                r.servers << s;
                r.origin = where;
                settle(step, State::Found, tr("%1 answered, with a valid certificate").arg(where), r);
            });
    session->start();
}

}  // namespace store
