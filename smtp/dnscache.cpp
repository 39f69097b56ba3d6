#include "dnscache.h"

namespace smtp {

QString dnsTypeName(DnsType t)
{
    switch (t) {
    case DnsType::A:
        return QStringLiteral("A");
    case DnsType::AAAA:
        return QStringLiteral("AAAA");
    case DnsType::MX:
        return QStringLiteral("MX");
    case DnsType::TXT:
        return QStringLiteral("TXT");
    case DnsType::PTR:
        return QStringLiteral("PTR");
    }
    return {};
}

size_t qHash(const DnsQuery &q, size_t seed)
{
    return ::qHash(q.name, seed) ^ size_t(q.type);
}

QString normalizeDnsName(const QString &name)
{
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

void DnsCache::add(const QString &name, DnsType type, const QStringList &records)
{
    DnsAnswer a;
    a.status = records.isEmpty() ? DnsAnswer::Status::NoData : DnsAnswer::Status::Ok;
    a.records = records;
    insert({normalizeDnsName(name), type}, a);
}

void DnsCache::addNxDomain(const QString &name, DnsType type)
{
    DnsAnswer a;
    a.status = DnsAnswer::Status::NxDomain;
    insert({normalizeDnsName(name), type}, a);
}

}  // namespace smtp
