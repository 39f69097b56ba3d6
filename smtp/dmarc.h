#pragma once

#include "finding.h"

#include <QString>
#include <QStringList>

namespace smtp::dmarc {

// A DMARC record (RFC 7489 §6.3), as read from TXT _dmarc.DOMAIN.
struct Record
{
    QString policy;           // p: none, quarantine, reject
    QString subdomainPolicy;  // sp (empty: as p)
    int percent = 100;        // pct
    bool strictDkim = false;  // adkim=s
    bool strictSpf = false;   // aspf=s
    QStringList rua, ruf;     // report addresses (URIs)
    QString error;            // a syntax error in words; empty when the record parsed
};

bool isDmarcRecord(const QString &txt);  // starts with v=DMARC1 (§6.4)
Record parse(const QString &txt);
// The record explained, with what to change (§6.3, §7.1 for reports sent to another domain).
QList<Finding> review(const Record &record, const QString &domain, const QString &recordDomain);

}  // namespace smtp::dmarc
