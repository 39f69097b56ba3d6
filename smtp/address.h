#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace smtp {

// One RFC 5322 mailbox: an optional display name and an addr-spec. Parsing is strict: anything that could
// smuggle a header or command (CR, LF, NUL) or that is not an address is refused with a reason.
struct Mailbox
{
    QString displayName;
    QString localPart;  // unquoted form; may hold non-ASCII (RFC 6532)
    QString domain;     // Unicode form (U-labels), or a [literal]

    bool isNull() const { return localPart.isEmpty() || domain.isEmpty(); }
    // local@domain, as a person would write it.
    QString address() const;
    // True when the local part is not ASCII: only sendable with SMTPUTF8 (RFC 6531).
    bool needsSmtpUtf8() const;
    bool domainIsAscii() const;
    // The form for MAIL FROM / RCPT TO, without angle brackets. With utf8 false, the domain is
    // sent as A-labels (xn--); returns an empty array if the local part is not ASCII.
    QByteArray envelope(bool utf8) const;
    // The form for a From/To/Cc header: display name (RFC 2047-encoded unless utf8) and <addr-spec>.
    QByteArray headerForm(bool utf8) const;
    // The local part quoted when RFC 5322 requires it.
    QString quotedLocalPart() const;
    bool operator==(const Mailbox &o) const
    {
        return localPart == o.localPart && domain.compare(o.domain, Qt::CaseInsensitive) == 0;
    }
};

// Parses one mailbox ("Name <a@b>", "a@b", "\"x y\"@b"). On failure returns a null Mailbox and sets *error.
Mailbox parseMailbox(const QString &text, QString *error);
// Splits "a@x, \"Doe, J\" <b@x>; c@x" into its entries (trimmed, empty ones dropped). Commas and semicolons inside
// quotes or angle brackets do not split. No entry is checked: parseMailbox() does that.
QStringList splitMailboxList(const QString &text);
// Parses a comma-separated list; empty entries are skipped. On failure the list is empty and *error says
// which entry is wrong and why.
QList<Mailbox> parseMailboxList(const QString &text, QString *error);
// The A-label (xn--) form of a Unicode domain, or empty if it is not a valid host name.
QByteArray domainToAce(const QString &domain);

}  // namespace smtp
