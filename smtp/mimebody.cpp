#include "mimebody.h"

#include "message.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>

namespace smtp {

namespace {

bool allLinesShort(const QByteArray &crlf)
{
    qsizetype start = 0;
    while (start < crlf.size()) {
        qsizetype end = crlf.indexOf("\r\n", start);
        if (end < 0)
            end = crlf.size();
        if (end - start > 998)
            return false;
        start = end + 2;
    }
    return true;
}

bool isAsciiBytes(const QByteArray &b)
{
    for (char c : b)
        if (uchar(c) >= 0x80 || c == 0)
            return false;
    return true;
}

QByteArray quoted(const QByteArray &text)
{
    QByteArray q = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            q += '\\';
        q += c;
    }
    return q + '"';
}

// "Name: a; b; c" folded between parameters; a parameter longer than a line (a long quoted name of encoded
// words) is folded at its own spaces, which RFC 5322 §3.2.4 allows inside a quoted string.
QByteArray foldParameters(const QByteArray &name, const QList<QByteArray> &items)
{
    QByteArray out = name + ':';
    qsizetype lineLen = out.size();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray item = items[i] + (i + 1 < items.size() ? ";" : "");
        if (i > 0 && lineLen + 1 + item.size() > 78) {
            out += "\r\n";
            lineLen = 0;
        }
        const QList<QByteArray> words = item.split(' ');
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (w > 0 && lineLen > 1 && lineLen + 1 + words[w].size() > 78 && !words[w].isEmpty()) {
                out += "\r\n";
                lineLen = 0;
            }
            out += ' ' + words[w];
            lineLen += 1 + words[w].size();
        }
    }
    return out + "\r\n";
}

QByteArray randomToken()
{
    quint64 r[2];
    QRandomGenerator::system()->fillRange(r, 2);
    return QByteArray::number(r[0], 36) + QByteArray::number(r[1], 36);
}

QByteArray newBoundary()
{
    // "=_" cannot occur in quoted-printable or base64 output, so no part's content can contain it.
    return "=_stamp_" + randomToken();
}

// A Content-ID is an RFC 5322 msg-id (RFC 2392 §2): dot-atom-text "@" dot-atom-text, here without the
// angle brackets. Anything else would break the header or the cid: URL.
bool isDotAtomText(const QByteArray &s)
{
    if (s.isEmpty() || s.startsWith('.') || s.endsWith('.') || s.contains(".."))
        return false;
    static const QByteArray atext = "!#$%&'*+-/=?^_`{|}~.";
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || atext.contains(c)))
            return false;
    return true;
}

bool isContentId(const QByteArray &id)
{
    const qsizetype at = id.indexOf('@');
    return at > 0 && id.indexOf('@', at + 1) < 0 && isDotAtomText(id.left(at))
           && isDotAtomText(id.mid(at + 1));
}

// One text part: 7bit when it is short-lined ASCII, 8bit when the server offers 8BITMIME (RFC 6152), else
// quoted-printable, which any server takes and which keeps lines of any length (an HTML line often is long).
QByteArray textPart(const QByteArray &subtype, const QString &content, const EncodingOptions &options,
                    bool *eightBit)
{
    QByteArray text = toCrlf(content);
    if (!text.isEmpty() && !text.endsWith("\r\n"))
        text += "\r\n";
    QByteArray cte;
    if (isAsciiBytes(text) && allLinesShort(text)) {
        cte = "7bit";
    } else if (options.eightBitMime && allLinesShort(text) && !text.contains('\0')) {
        cte = "8bit";
        *eightBit = true;
    } else {
        cte = "quoted-printable";
        text = quotedPrintable(text);
    }
    const QByteArray format = subtype == "plain" ? "; format=fixed" : "";
    return "Content-Type: text/" + subtype + "; charset=UTF-8" + format
           + "\r\nContent-Transfer-Encoding: " + cte + "\r\n\r\n" + text;
}

// The Content-Type parameters and the Content-Disposition of a file part. Plain printable ASCII goes in a
// quoted string; anything else in encoded words there (what most readers expect in name=) and as RFC 2231 in
// filename= (what the RFCs define).
QByteArray filePartHeaders(const QString &path, const QString &givenName, const QByteArray &givenType,
                           const QByteArray &disposition, QMimeDatabase &db)
{
    const QString name = givenName.isEmpty() ? QFileInfo(path).fileName() : givenName;
    QByteArray type = givenType;
    if (type.isEmpty())
        type = db.mimeTypeForFile(path).name().toLatin1();
    if (type.isEmpty() || type.contains('\r') || type.contains('\n'))
        type = "application/octet-stream";
    const QByteArray nameUtf8 = name.toUtf8();
    bool plainName = true;
    for (char c : nameUtf8)
        plainName = plainName && uchar(c) >= 0x20 && uchar(c) < 0x7f;
    const QByteArray typeName = plainName ? quoted(nameUtf8) : '"' + encodeUnstructured(name, false) + '"';
    return foldParameters("Content-Type", {type, "name=" + typeName})
           + foldParameters("Content-Disposition",
                            QList<QByteArray>{disposition} + rfc2231Parameter("filename", name));
}

std::shared_ptr<QFile> openPart(const QString &path, QString *error)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("smtp::Message", "The attachment %1 cannot be read: %2")
                     .arg(path, file->errorString());
        return nullptr;
    }
    return file;
}

// Collects segments, merging literal bytes so that the list stays short.
struct Writer
{
    QList<MimeSegment> *out;
    void add(const QByteArray &bytes)
    {
        if (!out->isEmpty() && !out->last().file)
            out->last().bytes += bytes;
        else
            out->append({bytes, nullptr, 0});
    }
    void addFile(const std::shared_ptr<QFile> &file) { out->append({QByteArray(), file, file->size()}); }
};

}  // namespace

QByteArray perMessageHeaders(const Message &message, bool utf8)
{
    QByteArray h;
    switch (message.priority) {
    case Priority::High:
        h += "Importance: high\r\nX-Priority: 1 (Highest)\r\n";
        break;
    case Priority::Low:
        h += "Importance: low\r\nX-Priority: 5 (Lowest)\r\n";
        break;
    case Priority::Normal:
        break;
    }
    // RFC 8098 §2.1: the address the disposition notification goes to; the sender's own.
    if (message.readReceipt && !message.from.isNull())
        h += foldList("Disposition-Notification-To", {message.from.headerForm(utf8)});
    return h;
}

QString validateHtmlBody(const Message &message)
{
    if (message.html.contains(QChar(0)))
        return QCoreApplication::translate("smtp::Message", "The formatted text contains a NUL character.");
    if (!message.inlineImages.isEmpty() && message.html.isEmpty())
        return QCoreApplication::translate(
            "smtp::Message", "The message has inline images but no formatted text to show them in.");
    for (const InlineImage &image : message.inlineImages) {
        QFileInfo fi(image.path);
        if (!fi.isFile() || !fi.isReadable())
            return QCoreApplication::translate("smtp::Message",
                                               "The image %1 cannot be read (not a readable file).")
                .arg(image.path);
        if (!isContentId(image.contentId))
            return QCoreApplication::translate(
                       "smtp::Message",
                       "The image %1 has a Content-ID that is not of the form part@domain: %2")
                .arg(image.path, QString::fromLatin1(image.contentId));
        if (image.fileName.contains(QLatin1Char('\r')) || image.fileName.contains(QLatin1Char('\n')))
            return QCoreApplication::translate("smtp::Message", "The image name %1 contains a line break.")
                .arg(image.fileName);
    }
    for (qsizetype i = 0; i < message.inlineImages.size(); ++i)
        for (qsizetype j = i + 1; j < message.inlineImages.size(); ++j)
            if (message.inlineImages[i].contentId == message.inlineImages[j].contentId)
                return QCoreApplication::translate("smtp::Message", "Two images have the same Content-ID %1.")
                    .arg(QString::fromLatin1(message.inlineImages[i].contentId));
    return {};
}

QByteArray generateContentId(const QByteArray &domain)
{
    return "part." + randomToken() + '@' + (isDotAtomText(domain) ? domain : QByteArray("stamp.invalid"));
}

QString buildBody(const Message &message, const EncodingOptions &options, QByteArray *headers,
                  QList<MimeSegment> *segments, bool *eightBit)
{
    *eightBit = false;
    Writer w{segments};
    QMimeDatabase db;
    QString error;
    const bool html = !message.html.isEmpty();
    // Each level writes its own Content-Type; the first goes in the top-level header section, the inner
    // ones at the start of their part.
    bool top = true;
    const auto open = [&](const QByteArray &contentType) {
        if (top) {
            *headers += contentType;
            w.add("\r\nThis is a message in MIME format.\r\n");
            top = false;
        } else {
            w.add(contentType + "\r\n");
        }
    };
    const auto leaf = [&](const QByteArray &part) {
        if (top) {
            const qsizetype end = part.indexOf("\r\n\r\n") + 2;
            *headers += part.left(end);
            w.add(part.mid(end));
            top = false;
        } else {
            w.add(part);
        }
    };

    QByteArray mixed, alternative, related;
    if (!message.attachments.isEmpty()) {
        mixed = newBoundary();
        open("Content-Type: multipart/mixed;\r\n boundary=\"" + mixed + "\"\r\n");
        w.add("\r\n--" + mixed + "\r\n");
    }
    const QByteArray plain = textPart("plain", message.body, options, eightBit);
    if (!html) {
        leaf(plain);
    } else {
        alternative = newBoundary();
        open("Content-Type: multipart/alternative;\r\n boundary=\"" + alternative + "\"\r\n");
        w.add("\r\n--" + alternative + "\r\n" + plain + "\r\n--" + alternative + "\r\n");
        const QByteArray htmlPart = textPart("html", message.html, options, eightBit);
        if (message.inlineImages.isEmpty()) {
            w.add(htmlPart);
        } else {
            related = newBoundary();
            // RFC 2387 §3.1: type= names the root part, which comes first.
            open("Content-Type: multipart/related; type=\"text/html\";\r\n boundary=\"" + related + "\"\r\n");
            w.add("\r\n--" + related + "\r\n" + htmlPart);
            for (const InlineImage &image : std::as_const(message.inlineImages)) {
                const auto file = openPart(image.path, &error);
                if (!file)
                    return error;
                w.add("\r\n--" + related + "\r\n"
                      + filePartHeaders(image.path, image.fileName, image.mimeType, "inline", db)
                      + "Content-ID: <" + image.contentId + ">\r\nContent-Transfer-Encoding: base64\r\n\r\n");
                w.addFile(file);
            }
            w.add("\r\n--" + related + "--\r\n");
        }
        w.add("\r\n--" + alternative + "--\r\n");
    }
    if (!mixed.isEmpty()) {
        for (const Attachment &a : std::as_const(message.attachments)) {
            const auto file = openPart(a.path, &error);
            if (!file)
                return error;
            w.add("\r\n--" + mixed + "\r\n"
                  + filePartHeaders(a.path, a.fileName, a.mimeType, "attachment", db)
                  + "Content-Transfer-Encoding: base64\r\n\r\n");
            w.addFile(file);
        }
        w.add("\r\n--" + mixed + "--\r\n");
    }
    return {};
}

qint64 segmentsSize(const QList<MimeSegment> &segments)
{
    qint64 size = 0;
    for (const MimeSegment &s : segments)
        size += s.file ? base64LinesSize(s.fileSize) : s.bytes.size();
    return size;
}

}  // namespace smtp
