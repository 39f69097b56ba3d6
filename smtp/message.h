#pragma once

#include "address.h"
#include "encoding.h"
#include "mimebody.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <memory>

namespace smtp {

struct Attachment
{
    QString path;         // read from disk, piece by piece, while the socket drains
    QString fileName;     // name shown to the recipient; the file's own name when empty
    QByteArray mimeType;  // from QMimeDatabase when empty
};

// A named group of recipients, written in To or Cc as RFC 5322 group syntax ("Team: a@x, b@y;", §3.4); its
// members are recipients like the mailboxes of the field.
struct MailboxGroup
{
    QString name;
    QList<Mailbox> members;
};

// A message as a person wrote it. Bcc only ever goes to the envelope, and has no groups: a group meant for
// Bcc is its members in bcc, so no header names them.
struct Message
{
    Mailbox from;
    QList<Mailbox> to, cc, bcc, replyTo;
    QList<MailboxGroup> toGroups, ccGroups;  // written after the field's mailboxes
    QString subject;
    QString body;  // plain text, any line endings
    QString html;  // the same as HTML (then sent as multipart/alternative with body), or empty
    QList<InlineImage> inlineImages;  // what the HTML shows by cid: URL (multipart/related)
    QList<Attachment> attachments;
    Priority priority = Priority::Normal;
    bool readReceipt = false;  // ask for a disposition notification to From (RFC 8098)
    QDateTime date;            // now when null
    QByteArray messageId;      // generated when empty, without angle brackets

    // Every envelope recipient: To, Cc, the groups' members, Bcc.
    QList<Mailbox> recipients() const;
    // The mailboxes the To and Cc headers show (group members included).
    QList<Mailbox> headerRecipients() const;
    // Checks what can be checked before connecting: recipients present, no CR/LF/NUL in the subject,
    // attachments readable. Returns an empty string when fine.
    QString validate() const;
};

// What the server offers, known once EHLO has been answered.
struct EncodingOptions
{
    bool eightBitMime = false;  // the server offers 8BITMIME (RFC 6152)
    bool smtpUtf8 = false;      // the server offers SMTPUTF8 (RFC 6531)
};

// The bytes of one message, CRLF only, produced in pieces. The transport adds dot-stuffing (DATA) or chunk
// framing (BDAT); sources never do.
//
// The contract with the session: it calls prepare() with what the server offers, before MAIL FROM. A
// non-empty reason means the content needs what the server lacks (or what SMTP cannot carry at all, such as
// NUL bytes or lines over 998 octets, which would need BINARYMIME): a LocalError, nothing is sent. After
// prepare() succeeded, needsEightBit() decides BODY=8BITMIME and needsSmtpUtf8() decides the SMTPUTF8
// parameter (the session adds it also when an envelope address needs it). A source never chooses an
// encoding that needs something the server did not offer.
class MessageSource
{
public:
    virtual ~MessageSource() = default;
    // Opens files and works out the size. Returns an error in words, or an empty string.
    virtual QString prepare(const EncodingOptions &options) = 0;
    virtual qint64 size() const = 0;                      // exact size of what read() will return in total
    virtual bool needsEightBit() const = 0;               // the body has 8-bit octets: BODY=8BITMIME
    virtual bool needsSmtpUtf8() const { return false; }  // UTF-8 in headers or addresses: SMTPUTF8
    virtual QByteArray headerBlock() const = 0;           // the top-level header section, for the transcript
    // Up to about maxBytes of the message; empty when done. Sets *error (and returns empty) if a file
    // could not be read: the message must then be abandoned, never sent short.
    virtual QByteArray read(qint64 maxBytes, QString *error) = 0;
    virtual bool atEnd() const = 0;
};

// Builds RFC 5322 + MIME from a Message: text/plain in quoted-printable (or 8bit when the server offers
// 8BITMIME), with an HTML alternative and inline images when given, attachments in base64 with RFC 2231
// names, inside multipart/mixed (the structure: mimebody.h); names in RFC 2047 words, raw
// UTF-8 headers (RFC 6532) only when its own addresses need SMTPUTF8 and the server offers it.
class MimeMessageSource : public MessageSource
{
public:
    explicit MimeMessageSource(Message message);
    QString prepare(const EncodingOptions &options) override;
    qint64 size() const override { return m_size; }
    bool needsEightBit() const override { return m_eightBit; }
    bool needsSmtpUtf8() const override;
    QByteArray headerBlock() const override { return m_headers; }
    QByteArray read(qint64 maxBytes, QString *error) override;
    bool atEnd() const override;
    const Message &message() const { return m_message; }
    // The whole message at once (for saving a copy to Sent and for tests). Reads attachments fully.
    static QByteArray render(const Message &message, const EncodingOptions &options, QString *error);

private:
    using Segment = MimeSegment;  // literal bytes, or a file to send as base64
    Message m_message;
    QByteArray m_headers;
    QList<Segment> m_segments;
    qsizetype m_index = 0;
    qint64 m_fileRead = 0;
    qint64 m_size = 0;
    bool m_eightBit = false;
};

// A prepared RFC 5322 file sent as it is: line endings repaired to CRLF, top-level Bcc and Resent-Bcc fields
// removed (with their continuation lines; never inside an attached message/rfc822, which is body). The header
// section is read whole, bounded by MaxHeaderSection, and each field Stamp reads (From, Sender, To, Cc, Bcc
// and their Resent- forms) with the RFC 5322 grammar of parseAddressList(): a section over the bound, a line
// that is no field, or a field that does not parse is an error in words, never a dropped recipient.
//
// The envelope from the headers (RFC 5322 §3.6.6): when the message has Resent- fields, it is being resent,
// and the newest resent block (the first run of Resent- fields) gives the recipients (Resent-To, -Cc, -Bcc)
// and the sender (Resent-Sender, else Resent-From), as sendmail -t and Postfix do; otherwise To, Cc and Bcc,
// and Sender, else From. Duplicates are sent once.
class EmlFileSource : public MessageSource
{
public:
    static constexpr qint64 MaxHeaderSection = 1 << 20;

    explicit EmlFileSource(QString path);
    // Reads and checks the header section (no server needed); prepare() does it too. Error in words or empty.
    QString readHeaders();
    QString prepare(const EncodingOptions &options) override;
    // Opens the file for read() as it would go out (Bcc removed, CRLF repaired) without prepare()'s checks
    // of the content, for the wire preview, whose lint reports what prepare() would refuse. Sending still
    // goes through prepare(). Error in words (unreadable file, bad header section) or empty.
    QString openAsIs()
    {
        m_size = -1;
        m_eightBit = false;
        return start();
    }
    qint64 size() const override { return m_size; }
    bool needsEightBit() const override { return m_eightBit; }
    bool needsSmtpUtf8() const override { return m_utf8Headers; }  // known after readHeaders()
    QByteArray headerBlock() const override { return m_headers; }
    QByteArray read(qint64 maxBytes, QString *error) override;
    bool atEnd() const override { return m_fileDone && m_pending.isEmpty(); }
    // The envelope the headers give (see above), after readHeaders(). Empty / null with *error set when a
    // mailbox there cannot go in the envelope (Mailbox::envelopeProblem), or, for the recipients of a resent
    // message, when its newest resent block names none.
    QList<Mailbox> headerRecipients(QString *error = nullptr) const;
    Mailbox headerFrom(QString *error = nullptr) const;

private:
    struct Field
    {
        QByteArray name;           // lower case, without the obsolete white space before the colon
        QByteArray raw;            // its lines, CRLF each (the last one of a header-only file may have none)
        QList<Address> addresses;  // for the fields Stamp reads
    };
    QString m_path;
    QFile m_file;
    QByteArray m_headers;     // CRLF, Bcc and Resent-Bcc removed
    QByteArray m_rawHeaders;  // CRLF, as in the file
    QList<Field> m_fields;
    QByteArray m_pending;  // normalized bytes not yet returned by read(), from m_pendingPos on
    qsizetype m_pendingPos = 0;
    qint64 m_size = -1;  // -1 until prepare() has measured it
    qint64 m_returned = 0;
    bool m_eightBit = false;
    bool m_utf8Headers = false;
    bool m_fileDone = true;
    LineEndingNormalizer m_normalizer;
    QString start();  // opens the file and reads the header section into m_pending
    QList<Mailbox> mailboxes(const QList<QByteArray> &names, bool resentBlock) const;
    QString fieldsError(const QByteArray &section);
};

QByteArray generateMessageId(const Mailbox &from);

}  // namespace smtp
