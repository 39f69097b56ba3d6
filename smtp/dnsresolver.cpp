#include "dnsresolver.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QTimer>

namespace smtp {

namespace {

QDnsLookup::Type lookupType(DnsType t)
{
    switch (t) {
    case DnsType::A:
        return QDnsLookup::A;
    case DnsType::AAAA:
        return QDnsLookup::AAAA;
    case DnsType::MX:
        return QDnsLookup::MX;
    case DnsType::TXT:
        return QDnsLookup::TXT;
    case DnsType::PTR:
        return QDnsLookup::PTR;
    }
    return QDnsLookup::A;
}

}  // namespace

DnsResolver::DnsResolver(QObject *parent) : QObject(parent) {}

void DnsResolver::lookup(const DnsQuery &query)
{
    auto *lookup = new QDnsLookup(lookupType(query.type), query.name, this);
    auto *timer = new QTimer(lookup);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, lookup, [lookup, timedOut] {
        *timedOut = true;
        lookup->abort();
    });
    connect(lookup, &QDnsLookup::finished, this, [this, lookup, query, timedOut] {
        DnsAnswer a;
        switch (lookup->error()) {
        case QDnsLookup::NoError:
            a.status = DnsAnswer::Status::Ok;
            break;
        case QDnsLookup::InvalidReplyError:
            // Qt 6.4 on glibc: res_nquery() returns -1 for an answer with no record (NODATA), which Qt then
            // calls an invalid reply; a NOERROR reply without records is the common case behind it. (A lookup
            // given up by the timer ends as OperationCancelledError, below.)
            a.status = DnsAnswer::Status::NoData;
            break;
        case QDnsLookup::NotFoundError:
            // Qt reports both NXDOMAIN and an empty answer this way; both are "void" (RFC 7208 §4.6.4).
            a.status = DnsAnswer::Status::NxDomain;
            break;
        default:
            a.status = DnsAnswer::Status::Failed;
            a.error = *timedOut ? QCoreApplication::translate("smtp::DnsResolver", "no answer within %1 s")
                                      .arg(m_timeoutMs / 1000.0)
                                : lookup->errorString();
        }
        switch (query.type) {
        case DnsType::A:
        case DnsType::AAAA:
            // Addresses reached through a CNAME are the name's addresses too.
            for (const QDnsHostAddressRecord &r : lookup->hostAddressRecords())
                a.records << r.value().toString();
            break;
        case DnsType::MX:
            for (const QDnsMailExchangeRecord &r : lookup->mailExchangeRecords())
                a.records << QStringLiteral("%1 %2").arg(r.preference()).arg(normalizeDnsName(r.exchange()));
            break;
        case DnsType::TXT:
            // RFC 7208 §3.3 (and DKIM, DMARC alike): the strings of one record are joined with nothing
            // between.
            for (const QDnsTextRecord &r : lookup->textRecords()) {
                QByteArray joined;
                for (const QByteArray &part : r.values())
                    joined += part;
                a.records << QString::fromUtf8(joined);
            }
            break;
        case DnsType::PTR:
            for (const QDnsDomainNameRecord &r : lookup->pointerRecords())
                a.records << normalizeDnsName(r.value());
            break;
        }
        a.records.removeDuplicates();
        if (a.status == DnsAnswer::Status::Ok && a.records.isEmpty())
            a.status = DnsAnswer::Status::NoData;
        lookup->deleteLater();
        Q_EMIT answered(query, a);
    });
    timer->start(m_timeoutMs);
    lookup->lookup();
}

}  // namespace smtp
