#pragma once

#include <QString>
#include <QStringList>

namespace ui {

// What a mailto: link asks the composer to fill in (RFC 6068).
struct MailtoFields
{
    QStringList to, cc, bcc;
    QString subject;
    QString body;
    QString inReplyTo;
    bool isEmpty() const
    {
        return to.isEmpty() && cc.isEmpty() && bcc.isEmpty() && subject.isEmpty() && body.isEmpty();
    }
};

// True when the text is a mailto: URI (scheme compared case-insensitively).
bool isMailtoUri(const QString &text);
// Parses "mailto:a@x,b@x?cc=c@x&subject=Hi%20there&body=..." (RFC 6068 §2): percent-encoded UTF-8, several
// addresses in the path and in each to/cc/bcc field, field names case-insensitive, "+" kept as "+" (mailto
// is not a form encoding). Unknown header fields are ignored, as §3 advises for anything unsafe. Returns
// false with *error when it is not a mailto: URI or a percent-escape is broken.
bool parseMailto(const QString &uri, MailtoFields *fields, QString *error);

}  // namespace ui
