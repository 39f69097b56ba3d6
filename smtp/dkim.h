#pragma once

#include "finding.h"

#include <QString>

namespace smtp::dkim {

// A DKIM key record (RFC 6376 §3.6.1), as read from TXT SELECTOR._domainkey.DOMAIN.
struct Key
{
    QString keyType = QStringLiteral("rsa");  // k
    bool revoked = false;                     // p= empty (§3.6.1)
    bool testing = false;                     // t=y
    int bits = 0;                             // key size, 0 when unknown
    QString error;                            // syntax or key error in words; empty when it parsed
};

Key parse(const QString &txt);
QList<Finding> review(const Key &key, const QString &selector, const QString &domain);

}  // namespace smtp::dkim
