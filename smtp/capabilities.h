#pragma once

#include "reply.h"

#include <QMap>
#include <QStringList>

namespace smtp {

// What one EHLO answer says (RFC 5321 §4.1.1.1). After STARTTLS a new one replaces the old (RFC 3207 §4.2).
struct Capabilities
{
    bool esmtp = false;                              // false after a HELO fallback
    QString greeting;                                // the first line of the EHLO answer
    QMap<QByteArray, QList<QByteArray>> extensions;  // keyword (upper case) -> parameters

    static Capabilities fromEhlo(const Reply &reply);

    bool has(const char *keyword) const { return extensions.contains(QByteArray(keyword)); }
    bool hasSize() const { return has("SIZE"); }
    qint64 maxSize() const;  // 0 when no limit is advertised
    QList<QByteArray> authMechanisms() const;
    QStringList describe() const;  // one line per extension, for people
};

}  // namespace smtp
