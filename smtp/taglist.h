#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace smtp {

// The "tag=value; tag=value" lists that DKIM (RFC 6376 §3.2), DMARC (RFC 7489 §6.4), MTA-STS (RFC 8461
// §3.1) and TLS-RPT (RFC 8460 §3) records share: one tokenizer for all of them. Tags keep their order;
// whitespace around tags and values is dropped; an empty last element (a trailing ";") is allowed.
struct TagList
{
    QList<QPair<QString, QString>> tags;
    QString error;  // empty when the list parsed
    bool has(const QString &tag) const;
    QString value(const QString &tag) const;
};

// Tag names are compared case-sensitively, as RFC 6376 §3.2 says; a repeated tag is an error there and in
// the others, so it is reported the same way for all.
TagList parseTagList(const QString &text);

}  // namespace smtp
