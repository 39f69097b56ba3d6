#pragma once

#include "finding.h"

#include <QString>
#include <QStringList>

namespace smtp::mtasts {

// TXT _mta-sts.DOMAIN (RFC 8461 §3.1): "v=STSv1; id=...".
struct TxtRecord
{
    QString id;
    QString error;
};
bool isStsRecord(const QString &txt);
TxtRecord parseTxt(const QString &txt);

// The policy file at https://mta-sts.DOMAIN/.well-known/mta-sts.txt (RFC 8461 §3.2).
struct Policy
{
    QString mode;    // enforce, testing, none
    QStringList mx;  // host patterns ("mail.example.com", "*.example.net")
    qint64 maxAge = -1;
    QString error;
};
Policy parsePolicy(const QByteArray &body);
// §4.1: whether an MX host matches a policy pattern (a "*." wildcard covers exactly one label).
bool mxMatches(const QString &pattern, const QString &host);
QList<Finding> review(const TxtRecord &txt, const Policy &policy, const QStringList &mxHosts,
                      const QString &domain);

// TXT _smtp._tls.DOMAIN (RFC 8460 §3): "v=TLSRPTv1; rua=mailto:...,https://...".
struct TlsRpt
{
    QStringList rua;
    QString error;
};
bool isTlsRptRecord(const QString &txt);
TlsRpt parseTlsRpt(const QString &txt);

}  // namespace smtp::mtasts
