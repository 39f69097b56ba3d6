#pragma once

#include "autoconfigxml.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QDnsLookup;

namespace smtp {
class Session;
}

namespace store {

// What autoconfiguration found for one address, to be shown to the user before anything is saved.
struct AutoconfigResult
{
    enum class Source
    {
        Nothing,         // no lookup found a usable server
        AutoconfigHost,  // https://autoconfig.DOMAIN/mail/config-v1.1.xml
        WellKnown,       // https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml
        Ispdb,           // the central database (Thunderbird's ISPDB, or the one configured)
        MxDomain,        // the same lookups for the domain of the highest-priority MX record
        Srv,             // RFC 6186 / RFC 8314 SRV records
        Guess,           // a likely host name that answered: greeting, EHLO and a verified TLS certificate
        PlainHttp,       // http://autoconfig.DOMAIN/...: unprotected, the last resort
    };
    Source source = Source::Nothing;
    QList<DiscoveredServer> servers;  // the first is the one to use
    QString origin;  // where it came from: a URL, "SRV _submissions._tcp.example.org", "smtp.example.org:465"
    QString domain;  // the domain whose records gave the answer (the address's, the MX's, or the database's)
    QStringList warnings;  // sentences the user must read and accept before saving (needsConfirmation)
    QStringList attempts;  // one sentence per lookup tried, for the curious and for bug reports

    bool found() const { return !servers.isEmpty(); }
    bool needsConfirmation() const { return !warnings.isEmpty(); }
    static QString sourceName(Source s);
    // A few lines for a terminal or a dialog: server, port, security, authentication, user name, source.
    QString describe() const;
};

// Finds the submission server for an address in the order of draft-ietf-mailmaint-autoconfig: the domain's
// own autoconfig document, the central database, the MX domain's, SRV records, then guesses (connect, read
// the greeting and EHLO, verify TLS: no credential is ever sent), and plain http last. All lookups run at
// once, each bounded in time, but a lower one wins only when every higher one has failed.
class Autoconfig : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool useIspdb = true;  // the central database; off when the user says so
        QUrl ispdbBase = QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));
        bool guess = true;
        bool plainHttp = true;
        bool mx = true;  // the MX domain's documents and the MX host as a guess
        bool srv = true;
        int httpTimeoutMs = 10'000;
        int dnsTimeoutMs = 8'000;
        int probeTimeoutMs = 10'000;
    };
    explicit Autoconfig(QObject *parent = nullptr);
    Autoconfig(Options options, QObject *parent = nullptr);
    ~Autoconfig() override;

    // Starts the lookups; finished() follows exactly once (also for an address that does not parse).
    void start(const QString &address);
    void cancel();

private:
    // The document lookups only, for another domain than the address's (the MX domain).
    void startFor(const QString &address, const QString &domain);

public:
Q_SIGNALS:
    void progress(const QString &text);
    void finished(const store::AutoconfigResult &result);

private:
    enum class State
    {
        Pending,
        Failed,
        Found
    };
    struct Step
    {
        AutoconfigResult::Source source;
        QString origin;
        State state = State::Pending;
        AutoconfigResult result;
    };
    struct Fetched
    {
        QByteArray body;
        QUrl finalUrl;
        QString error;
        QStringList redirects;  // cross-domain hops, in words
    };
    int addStep(AutoconfigResult::Source source, const QString &origin);
    void settle(int step, State state, const QString &attempt, AutoconfigResult result = {});
    void decide();
    void finish(AutoconfigResult result);

    void fetch(const QUrl &url, int redirectsLeft, QStringList hops, std::function<void(Fetched)> done);
    void documentStep(AutoconfigResult::Source source, const QUrl &url, const QString &domain);
    void lookupMx();
    void mxArrived(const QString &host);
    void tryMxDomains(QStringList domains);
    void lookupSrv(const QString &service, smtp::Security security);
    void probe(int step, const QString &host, quint16 port, smtp::Security security);
    bool inOwnDomain(const QString &host) const;

    Options m_options;
    QString m_address;
    QString m_domain;  // A-label form
    QNetworkAccessManager *m_nam = nullptr;
    QList<Step> m_steps;
    int m_mxDocumentStep =
        -1;  // the MX domain's documents (one step: the first candidate domain that answers)
    QList<std::pair<int, quint16>> m_mxProbeSteps;  // guesses of the MX host, waiting for the MX answer
    QList<QPointer<QObject>> m_running;             // replies, lookups and sessions to stop when decided
    bool m_done = false;
};

}  // namespace store

Q_DECLARE_METATYPE(store::AutoconfigResult)
