#pragma once

#include "dnscache.h"
#include "finding.h"
#include "preview.h"

#include <QObject>

namespace smtp {

class DnsResolver;

// Lint of a message before it is sent (issue 12), from its wire preview: each finding says what is wrong
// and what to change. Problem means the session would refuse the message or the server would (exit code of
// `stamp send --dry-run`: 0 unless a finding is a Problem); Warning, likely trouble; Info, worth knowing.
//   Date, Message-ID   missing in a prepared file (RFC 5322 §3.6; Stamp writes both in what it builds)
//   From               missing (RFC 5322 §3.6: required)
//   Lines              over 998 octets (RFC 5321 §4.5.3.1.6); NUL anywhere
//   8BITMIME           8-bit content and a server without 8BITMIME (RFC 6152); unknown server: Info
//   SMTPUTF8           raw UTF-8 headers (RFC 6532) or a non-ASCII local part, and no SMTPUTF8 (RFC 6531)
//   SIZE               the message, or one attachment alone, over the server's SIZE (RFC 1870)
//   Subject            empty or missing (Info)
//   Envelope           a To/Cc address given no RCPT (Info), a To/Cc field that does not parse
QList<Finding> lint(const WirePreview &preview);

// The DNS part, pure: the From domain with no SPF record (RFC 7208) or no DMARC record at _dmarc of the
// domain or of its organisational domain (RFC 7489 §6.6.3), from the TXT answers in dns. A lookup that failed
// is an Info, not a finding about the domain. `stamp check-domain` is the full check.
QList<Finding> lintSenderDomain(const DnsCache &dns, const QString &domain);
// The TXT names lintSenderDomain reads.
QList<DnsQuery> senderDomainQueries(const QString &domain);

// Looks those names up (asynchronously, bounded by the resolver's timeout) and reports lintSenderDomain.
// DNS only: no SMTP, no HTTPS.
class SenderDomainLint : public QObject
{
    Q_OBJECT
public:
    explicit SenderDomainLint(QObject *parent = nullptr);
    void setTimeout(int ms);
    void start(const QString &domain);
    bool isFinished() const { return m_finished; }
    const QList<Finding> &findings() const { return m_findings; }

Q_SIGNALS:
    void finished();

private:
    DnsResolver *m_resolver;
    QString m_domain;
    DnsCache m_dns;
    int m_waiting = 0;
    bool m_finished = false;
    QList<Finding> m_findings;
};

}  // namespace smtp
