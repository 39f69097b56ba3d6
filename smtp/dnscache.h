#pragma once

#include <QHash>
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

// A name as a cache key: lower case, without the trailing dot.
QString normalizeDnsName(const QString &name);

}  // namespace smtp
