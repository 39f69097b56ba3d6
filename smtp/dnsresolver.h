#pragma once

#include "dnscache.h"

#include <QObject>

namespace smtp {

// Asynchronous DNS lookups through the system resolver (QDnsLookup), each bounded in time: a lookup with no
// answer after the timeout is aborted and answered as Failed. Never blocks.
class DnsResolver : public QObject
{
    Q_OBJECT
public:
    explicit DnsResolver(QObject *parent = nullptr);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    // The answer comes through answered(), always later (never from inside this call).
    void lookup(const DnsQuery &query);

Q_SIGNALS:
    void answered(const smtp::DnsQuery &query, const smtp::DnsAnswer &answer);

private:
    int m_timeoutMs = 5000;
};

}  // namespace smtp
