#pragma once

#include "address.h"
#include "encoding.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <memory>

namespace smtp {

struct Attachment
{
    QString path;      // read from disk, piece by piece, while the socket drains
    QString fileName;  // name shown to the recipient; the file's own name when empty
    QByteArray mimeType;  // from QMimeDatabase when empty
};

// A message as a person wrote it. Bcc only ever goes to the envelope.
struct Message
{
    Mailbox from;
    QList<Mailbox> to, cc, bcc, replyTo;
    QString subject;
    QString body;  // plain text, any line endings
    QList<Attachment> attachments;
    QDateTime date;        // now when null
    QByteArray messageId;  // generated when empty, without angle brackets

    QList<Mailbox> recipients() const { return to + cc + bcc; }
    // Checks what can be checked before connecting: recipients present, no CR/LF/NUL in the subject,
    // attachments readable. Returns an empty string when fine.
    QString validate() const;
};

// What the server allows, known once EHLO has been answered.
struct EncodingOptions
{
    bool eightBitMime = false;  // server offers 8BITMIME: a UTF-8 body may go as 8bit
    bool smtpUtf8 = false;      // server offers SMTPUTF8 and the envelope needs it: UTF-8 headers allowed
};

// The bytes of one message, CRLF only, produced in pieces. The transport adds dot-stuffing (DATA) or chunk
// framing (BDAT); sources never do.
class MessageSource
{
public:
    virtual ~MessageSource() = default;
    // Opens files and works out the size. Returns an error in words, or an empty string.
    virtual QString prepare(const EncodingOptions &options) = 0;
    virtual qint64 size() const = 0;          // exact size of what read() will return in total
    virtual bool needsEightBit() const = 0;   // BODY=8BITMIME is needed
    virtual bool needsSmtpUtf8() const { return false; }
    virtual QByteArray headerBlock() const = 0;  // the top-level header section, for the transcript
    // Up to about maxBytes of the message; empty when done. Sets *error (and returns empty) if a file
    // could not be read: the message must then be abandoned, never sent short.
    virtual QByteArray read(qint64 maxBytes, QString *error) = 0;
    virtual bool atEnd() const = 0;
};

// Builds RFC 5322 + MIME from a Message: text/plain in quoted-printable (or 8bit), attachments in base64
// with RFC 2231 names, inside multipart/mixed.
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
    struct Segment
    {
        QByteArray bytes;                // literal bytes, or
        std::shared_ptr<QFile> file;     // a file to send as base64
        qint64 fileSize = 0;
    };
    Message m_message;
    QByteArray m_headers;
    QList<Segment> m_segments;
    qsizetype m_index = 0;
    qint64 m_fileRead = 0;
    qint64 m_size = 0;
    bool m_eightBit = false;
};

// A prepared RFC 5322 file sent as it is: line endings repaired to CRLF, top-level Bcc lines removed.
class EmlFileSource : public MessageSource
{
public:
    explicit EmlFileSource(QString path);
    QString prepare(const EncodingOptions &options) override;
    qint64 size() const override { return m_size; }
    bool needsEightBit() const override { return m_eightBit; }
    QByteArray headerBlock() const override { return m_headers; }
    QByteArray read(qint64 maxBytes, QString *error) override;
    bool atEnd() const override { return m_done; }
    QList<Mailbox> headerRecipients() const;  // To, Cc, Bcc of the file, for a default envelope
    Mailbox headerFrom() const;

private:
    QString m_path;
    QFile m_file;
    QByteArray m_headers;      // CRLF, Bcc removed
    QByteArray m_rawHeaders;   // CRLF, as in the file
    qint64 m_size = 0;
    bool m_eightBit = false;
    bool m_done = false;
    bool m_inHeaders = true;
    QByteArray m_headerBuffer;
    LineEndingNormalizer m_normalizer;
    void rewind();
    QByteArray process(const QByteArray &raw, bool final);
};

QByteArray generateMessageId(const Mailbox &from);

}  // namespace smtp
