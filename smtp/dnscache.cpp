#include "dnscache.h"

#include <algorithm>

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

QString dottedAddress(const QHostAddress &ip)
{
    bool v4 = false;
    const quint32 a4 = ip.toIPv4Address(&v4);
    if (v4)
        return QHostAddress(a4).toString();
    const Q_IPV6ADDR a = ip.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i)
        nibbles << QString::number(a[i] >> 4, 16) << QString::number(a[i] & 0xf, 16);
    return nibbles.join(QLatin1Char('.'));
}

QString reverseName(const QHostAddress &ip)
{
    bool v4 = false;
    ip.toIPv4Address(&v4);
    QStringList labels = dottedAddress(ip).split(QLatin1Char('.'));
    std::reverse(labels.begin(), labels.end());
    return labels.join(QLatin1Char('.'))
           + (v4 ? QStringLiteral(".in-addr.arpa") : QStringLiteral(".ip6.arpa"));
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
