#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace smtp {

// DNS data as the pure checks see it: answers already fetched, keyed by name and type. The SPF evaluator
// runs on a cache and says which query it is missing (RFC 7208 §4.6 needs answers one at a time, in order);
// the domain check fetches that one and runs it again. So the evaluator is tested with a zone in memory,
// without DNS.
enum class DnsType
{
    A,
    AAAA,
    MX,
    TXT,
    PTR,
};
QString dnsTypeName(DnsType t);

struct DnsQuery
{
    QString name;  // lower case, no trailing dot
    DnsType type = DnsType::A;
    bool operator==(const DnsQuery &o) const { return name == o.name && type == o.type; }
};
size_t qHash(const DnsQuery &q, size_t seed = 0);

struct DnsAnswer
{
    enum class Status
    {
        Ok,        // at least one record
        NoData,    // the name exists, no record of that type (RCODE 0, answer count 0)
        NxDomain,  // the name does not exist (RCODE 3)
        Failed,    // SERVFAIL, refused, or no answer in time
    };
    Status status = Status::Failed;
    // A/AAAA: addresses; MX: "PREFERENCE HOST"; TXT: each record's strings joined (RFC 7208 §3.3); PTR:
    // names.
    QStringList records;
    QString error;  // for Failed: the resolver's words
    bool isVoid() const { return status == Status::NoData || status == Status::NxDomain; }
};

class DnsCache
{
public:
    bool contains(const DnsQuery &q) const { return m_answers.contains(q); }
    DnsAnswer answer(const DnsQuery &q) const { return m_answers.value(q); }
    void insert(const DnsQuery &q, const DnsAnswer &a) { m_answers.insert(q, a); }
    // For tests and the in-memory zone: records of one type at one name.
    void add(const QString &name, DnsType type, const QStringList &records);
    void addNxDomain(const QString &name, DnsType type);

private:
    QHash<DnsQuery, DnsAnswer> m_answers;
};

// An address as dotted labels: "192.0.2.1", or the 32 nibbles of an IPv6 address ("2.0.0.1.0.d.b.8...")
// (RFC 7208 §7.3's %{i}, RFC 3596 §2.5).
QString dottedAddress(const QHostAddress &ip);
// The name of the address's PTR record: "1.2.0.192.in-addr.arpa", "...8.b.d.0.1.0.0.2.ip6.arpa".
QString reverseName(const QHostAddress &ip);

// A name as a cache key: lower case, without the trailing dot.
QString normalizeDnsName(const QString &name);

}  // namespace smtp
