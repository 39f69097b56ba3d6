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
    // Why this mailbox cannot be written in MAIL FROM / RCPT TO, or empty when it can. RFC 5321 §4.1.2 allows
    // in a local part only printable ASCII (qtextSMTP, quoted-pairSMTP), and UTF-8 only with SMTPUTF8 (RFC
    // 6531 §3.3); a header field (RFC 5322) may hold more, e.g. a TAB or a control character inside quotes.
    QString envelopeProblem(bool utf8) const;
    // The form for MAIL FROM / RCPT TO, without angle brackets. With utf8 false, the domain is
    // sent as A-labels (xn--). Empty when envelopeProblem(utf8) is not.
    QByteArray envelope(bool utf8) const;
    // The form for a From/To/Cc header: display name (RFC 2047-encoded unless utf8) and <addr-spec>.
    QByteArray headerForm(bool utf8) const;
    // The local part quoted when RFC 5322 requires it.
    QString quotedLocalPart() const;
    // What a person would type for this mailbox, read back the same by parseMailbox(): "Ann Lee
    // <ann@example.org>", the name quoted when it holds specials ("\"Lee, Ann\" <ann@example.org>"), or the
    // bare address when there is no name.
    QString typedForm() const;
    bool operator==(const Mailbox &o) const
    {
        return localPart == o.localPart && domain.compare(o.domain, Qt::CaseInsensitive) == 0;
    }
};

// One element of an address list (RFC 5322 §3.4): a mailbox, or a group ("Team: a@x, b@y;") with its members,
// possibly none ("undisclosed-recipients:;").
struct Address
{
    bool isGroup = false;
    QString groupName;         // the group's display name, RFC 2047 words decoded
    QList<Mailbox> mailboxes;  // the one mailbox, or the group's members
    QStringList texts;         // the source text of each mailbox, trimmed
};

// THE address grammar of Stamp: RFC 5322 §3.4 address-list with the obsolete forms of §4.4 (CFWS and nested
// comments anywhere, quoted-pairs, phrases with dots, obs-local-part, obs-domain, obs-route, empty list
// elements). RFC 2047 words in names are decoded (§6.2); a comment after a bare addr-spec ("a@x (Ann)") is
// its name. A ';' outside a group also separates, as people type lists. The text is one line: a header
// field is unfolded first (RFC 5322 §2.2.3). Local parts keep RFC 5322's wider grammar here; whoever puts a
// mailbox in the envelope asks Mailbox::envelopeProblem(). On failure returns false and *error names the
// element that is wrong and why.
bool parseAddressList(const QString &text, QList<Address> *out, QString *error);
// Parses one mailbox ("Name <a@b>", "a@b", "\"x y\"@b", "a@b (Name)") typed by a person or stored, for the
// envelope: CR, LF, NUL and local parts the envelope cannot carry are refused. On failure returns a null
// Mailbox and sets *error.
Mailbox parseMailbox(const QString &text, QString *error);
// The entries of "a@x, \"Doe, J\" <b@x>; Team: c@x;" as they were written (trimmed), one per mailbox (group
// members included), by parseAddressList's grammar. Nothing is checked beyond what splitting needs: when the
// text does not parse, it is split at the ',' and ';' outside quotes, comments and angle brackets, and
// parseMailbox()/parseMailboxList() give the reason later.
QStringList splitMailboxList(const QString &text);
// Parses a list for the envelope (parseAddressList, with parseMailbox's checks on each mailbox; the members
// of groups are taken, empty entries skipped). On failure the list is empty and *error says which entry is
// wrong and why.
QList<Mailbox> parseMailboxList(const QString &text, QString *error);
// parseMailboxList's checks, keeping the structure of the list: each group with its members (what the message
// builder writes as RFC 5322 group syntax, see Message::toGroups).
bool parseEnvelopeAddressList(const QString &text, QList<Address> *out, QString *error);
// A display name or group name as typed in an address field: unchanged when it is atoms and spaces, else in
// quotes with '"' and '\\' escaped.
QString typedPhrase(const QString &name);
// The A-label (xn--) form of a Unicode domain, or empty if it is not a valid host name.
QByteArray domainToAce(const QString &domain);

}  // namespace smtp
