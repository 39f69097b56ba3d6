#pragma once

#include "address.h"
#include "capabilities.h"
#include "session.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace smtp {

class MessageSource;

// What the server's EHLO offers, as far as the wire preview and lint need it.
struct ServerOffer
{
    bool known = false;  // an EHLO answer (or --server-extensions) said what follows; else all is guessed
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool size = false;   // SIZE is advertised (MAIL FROM then carries SIZE=)
    qint64 maxSize = 0;  // its limit; 0 when none is known (may be remembered even when !known)

    static ServerOffer fromCapabilities(const Capabilities &caps);
    // "8BITMIME,SMTPUTF8,SIZE=10485760" (commas or spaces, any case); other keywords are allowed and
    // ignored. std::nullopt with *why when a SIZE value is not a number.
    static std::optional<ServerOffer> parse(const QString &list, QString *why);
};

// One part of the MIME tree, in the order it appears (a depth-first walk).
struct MimePart
{
    int depth = 0;                // 0 for the message itself
    QByteArray contentType;       // media type, lower case; text/plain when absent (RFC 2045 §5.2)
    QByteArray charset;           // as written, when given
    QByteArray transferEncoding;  // lower case; 7bit when absent (RFC 2045 §6.1)
    QByteArray disposition;       // attachment, inline, or empty
    QString fileName;             // Content-Disposition filename or Content-Type name, decoded
    qint64 size = 0;              // octets of its body on the wire (for a multipart: all its parts)
    qint64 decodedSize = -1;      // base64: the octets it decodes to; -1 otherwise

    bool isMultipart() const { return contentType.startsWith("multipart/"); }
    bool isAttachment() const { return disposition == "attachment" || !fileName.isEmpty(); }
};

// One RCPT TO, with the header field that names it. Bcc: envelope only, in no header.
struct EnvelopeEntry
{
    enum class Role
    {
        To,
        Cc,
        Bcc
    };
    Mailbox mailbox;
    Role role = Role::Bcc;
    QByteArray rcptLine;  // as the command builder writes it (commandline::rcptTo)
};
QString roleName(EnvelopeEntry::Role role);  // "To", "Cc", "Bcc (envelope only)" (translated)

// The message as it will go out: envelope, exact header section, MIME structure, and the facts lint needs.
struct WirePreview
{
    bool eml = false;  // a prepared file sent as it is (--eml), not a message Stamp built
    ServerOffer offer;
    Mailbox envelopeFrom;
    QByteArray mailLine;  // MAIL FROM as the command builder writes it
    QList<EnvelopeEntry> recipients;
    QList<Mailbox> notInEnvelope;  // named in To or Cc (or the newest Resent- block) but given no RCPT
    QString addressError;          // a To/Cc field that did not parse, so roles may be wrong
    QByteArray headerSection;      // exactly as it goes out, CRLF, up to (not with) the empty line
    QList<QPair<QByteArray, QByteArray>> fields;  // the top-level fields: lower-case name, unfolded value
    QList<MimePart> parts;
    qint64 size = 0;  // octets of the whole message (before dot-stuffing)

    // What the content holds (RFC 5321 §4.5.3.1.6, RFC 6152, RFC 6532).
    qint64 firstLongLine = 0;  // 1-based number of the first line over 998 octets; 0 when none
    qint64 longLines = 0;
    qint64 longestLine = 0;  // octets, without CRLF
    bool nul = false;
    bool eightBitBody = false;     // an octet >= 0x80 after the header section
    bool eightBitHeaders = false;  // an octet >= 0x80 in the top-level header section
    bool envelopeUtf8 = false;     // an envelope address has a non-ASCII local part
    bool declaredSmtpUtf8 = false, declaredEightBit = false;  // what MAIL FROM says (commandline::declare)

    bool hasField(const QByteArray &lowerName) const;
    QByteArray field(const QByteArray &lowerName) const;  // the first one's unfolded value
};

// Reads a message line by line (CRLF only), in pieces of any size: the header section, the MIME tree by its
// boundaries (RFC 2046 §5.1.1; a message/rfc822 part is one leaf), sizes and the content facts above. Only
// header lines are kept, so a message with a 250 MiB attachment is never held whole.
class WireScanner
{
public:
    void push(const QByteArray &bytes);
    // Ends the message (a last line without CRLF counts) and returns what was read, without the envelope.
    WirePreview finish();

private:
    struct Frame
    {
        QByteArray boundary;
        int part;      // index in parts of the multipart
        qint64 start;  // offset where its body began
    };
    void scan(const char *data, qsizetype n);
    void line(const QByteArray &text, qint64 octets, qint64 length);
    void endHeader();
    void addBodyBytes(const QByteArray &text, qint64 length);
    WirePreview m_out;
    QByteArray m_partial;
    qint64 m_partialDropped = 0;  // octets of the line in m_partial no longer kept
    QHash<int, qint64> m_base64Chars;
    QByteArray m_partHeader;
    QList<Frame> m_stack;
    qint64 m_offset = 0, m_lineNumber = 0;
    int m_current = -1;  // the part whose body the lines are; -1 in a preamble or epilogue
    bool m_inHeader = true, m_top = true;
};

// The preview of one message as the session would send it to a server offering `offer`: a built message
// (MimeMessageSource) is prepared as the session prepares it (with 8BITMIME and SMTPUTF8 when the offer is
// unknown); a prepared file (EmlFileSource) is read as it goes out (EmlFileSource::openAsIs), so that lint
// can name what the session would refuse. The envelope lines come from smtp/commandline.h. Returns false
// with *error in words when the message cannot be built or read at all.
bool previewMessage(MessageSource *source, const Envelope &envelope, const ServerOffer &offer,
                    const DsnOptions &dsn, WirePreview *out, QString *error);
// The same for bytes already built (tests, and the window's outbox items).
WirePreview previewBytes(const QByteArray &message, const Envelope &envelope, const ServerOffer &offer,
                         const DsnOptions &dsn, bool eml);

// The preview as text for a terminal: envelope, header section, MIME tree, size.
QString formatPreview(const WirePreview &preview);
// One line of the MIME tree ("text/plain; charset=utf-8, quoted-printable, 120 bytes"), without indent.
QString describePart(const MimePart &part);

}  // namespace smtp
