#pragma once

#include "dnscache.h"
#include "finding.h"
#include "session.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace smtp {

class DnsResolver;

struct DomainCheckOptions
{
    QString domain;         // the sender's domain
    QStringList selectors;  // DKIM selectors to look up
    // The submission server, when it should be checked too: its addresses against SPF, its reverse DNS
    // against its greeting. Only host, port, security, extraCaCertificates and ehloName are used; the check
    // connects, reads the greeting and EHLO, and quits (no AUTH, no MAIL).
    SessionOptions server;
    int dnsTimeoutMs = 5000;
    int httpTimeoutMs = 10000;
    int smtpTimeoutMs = 15000;
};

// What the lookups gathered, for the report (a pure function of it).
struct DomainFacts
{
    DomainCheckOptions options;
    DnsCache dns;
    QStringList failures;  // lookups that got no answer, in words
    QList<QHostAddress> serverIps;
    QByteArray mtaStsPolicy;  // the policy file's body
    QString mtaStsError;      // why it could not be fetched
    QString greeting;         // the server's first 220 line, without the code
    QString ehloName;         // the first word of its EHLO answer
    QString serverError;      // why the server could not be reached
};

// "Check my domain" (issue 12): MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, and the submission server's
// reverse DNS, each in words with what to change. Every lookup is asynchronous and bounded in time.
class DomainCheck : public QObject
{
    Q_OBJECT
public:
    explicit DomainCheck(QObject *parent = nullptr);
    ~DomainCheck() override;
    void start(const DomainCheckOptions &options);
    bool isFinished() const { return m_finished; }
    const QList<Finding> &findings() const { return m_findings; }
    const DomainFacts &facts() const { return m_facts; }
    // exit codes of `stamp check-domain` (below)
    int exitCode() const;

    // The findings from the facts, in the order of the report; pure.
    static QList<Finding> report(const DomainFacts &facts);
    // The report as text for a terminal: one block per finding, the fix indented below.
    static QString format(const QList<Finding> &findings);

Q_SIGNALS:
    void finished();

private:
    void fetch(const DnsQuery &q, std::function<void()> then);
    void onAnswer(const DnsQuery &q, const DnsAnswer &a);
    void runSpf(const QHostAddress &ip);
    void fetchPolicy();
    void probeServer();
    void done();  // one task less; finishes when none are left

    DnsResolver *m_resolver;
    QNetworkAccessManager *m_http = nullptr;
    QPointer<Session> m_session;
    DomainFacts m_facts;
    QHash<DnsQuery, QList<std::function<void()>>> m_waiting;
    int m_tasks = 0;
    bool m_finished = false;
    QList<Finding> m_findings;
};

// Exit codes of `stamp check-domain` (0 and 2 as every command).
namespace domainexit {
enum : int
{
    Fine = 0,         // nothing wrong (findings of kind ok and info only)
    Warnings = 13,    // only warnings: works, but should be improved
    Problems = 14,    // at least one problem: mail may be rejected, or the domain forged
    Incomplete = 15,  // no problem found, but a lookup or the server did not answer, so the check is partial
};
}

}  // namespace smtp
