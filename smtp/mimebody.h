#pragma once

#include "encoding.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <memory>

namespace smtp {

struct Message;
struct EncodingOptions;

// An image the HTML body shows in place: <img src="cid:CONTENTID">. Sent inside multipart/related with
// "Content-ID: <CONTENTID>" (RFC 2387, RFC 2392), read from disk piece by piece like an attachment.
struct InlineImage
{
    QString path;
    QByteArray contentId;  // "part@domain" (RFC 2392 §2), without angle brackets; see generateContentId
    QByteArray mimeType;   // from QMimeDatabase when empty
    QString fileName;      // the file's own name when empty
};

// RFC 2156 §5.3 Importance and the older X-Priority that most readers show; Normal writes neither.
enum class Priority
{
    Normal,
    High,
    Low
};

// One piece of a message being produced: literal bytes, or a file sent as base64 lines.
struct MimeSegment
{
    QByteArray bytes;
    std::shared_ptr<QFile> file;
    qint64 fileSize = 0;
};

// The header lines the per-message choices add (Importance, X-Priority, Disposition-Notification-To of
// RFC 8098 §2.1 with the From address), CRLF each; empty for a message without them.
QByteArray perMessageHeaders(const Message &message, bool utf8);

// Checks the HTML body and its inline images before connecting: an empty string, or why not in words.
QString validateHtmlBody(const Message &message);

// The body of a message after its top-level header section (RFC 2045/2046):
//   text only                 text/plain
//   text and HTML             multipart/alternative (text/plain first, then text/html: RFC 2046 §5.1.4)
//   HTML with inline images   the text/html inside multipart/related (type="text/html"), images after it
//   attachments               all of that first inside multipart/mixed, the attachments after it
// Appends the Content-Type and Content-Transfer-Encoding header lines to *headers and the rest (the empty
// line, the parts) to *segments. *eightBit tells whether 8bit was used (only when options offer 8BITMIME).
// Returns an error in words (a file that cannot be opened), or an empty string.
QString buildBody(const Message &message, const EncodingOptions &options, QByteArray *headers,
                  QList<MimeSegment> *segments, bool *eightBit);

// A new unique Content-ID in the given domain (the sender's, in ASCII), for the HTML to refer to.
QByteArray generateContentId(const QByteArray &domain);

// The exact size of what the segments produce.
qint64 segmentsSize(const QList<MimeSegment> &segments);

}  // namespace smtp
