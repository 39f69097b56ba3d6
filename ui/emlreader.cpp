#include "emlreader.h"

#include "mimeheader.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ui {

namespace {

using smtp::decodeCharset;
using smtp::headerParameter;

struct Reader
{
    Q_DECLARE_TR_FUNCTIONS(ui::EmlReader)
};

// RFC 2045 §6.7, line by line: a trailing "=" is a soft break.
QByteArray decodeQuotedPrintableLine(QByteArray line, bool *softBreak)
{
    while (line.endsWith(' ') || line.endsWith('\t'))
        line.chop(1);  // §6.7 rule 3: trailing white space is not part of the text
    *softBreak = line.endsWith('=');
    if (*softBreak)
        line.chop(1);
    QByteArray out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '=' && i + 2 < line.size()) {
            bool ok = false;
            const int v = line.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += line[i];
    }
    return out;
}

QList<smtp::Mailbox> mailboxes(const QByteArray &value)
{
    // Split and parse the header as written, then decode each display name: a decoded name may hold a
    // comma, which must not split the list (RFC 2047 §5: encoded words stand for a phrase).
    QList<smtp::Mailbox> out;
    const QStringList entries = smtp::splitMailboxList(QString::fromUtf8(value));
    for (const QString &entry : entries) {
        QString error;
        smtp::Mailbox m = smtp::parseMailbox(entry, &error);
        if (m.isNull()) {
            m = smtp::Mailbox();
            m.displayName = smtp::decodeWords(entry.toUtf8());
        } else {
            m.displayName = smtp::decodeWords(m.displayName.toUtf8());
        }
        out << m;
    }
    return out;
}

struct PartHeaders
{
    QByteArray contentType = "text/plain";
    QByteArray typeValue;  // the whole Content-Type value, for parameters
    QByteArray encoding;   // lower case
    QByteArray disposition;
    QByteArray contentId;
};

}  // namespace

QString mailboxesText(const QList<smtp::Mailbox> &list)
{
    QStringList parts;
    for (const smtp::Mailbox &m : list) {
        if (m.isNull())
            parts << m.displayName;
        else if (m.displayName.isEmpty())
            parts << m.address();
        else
            parts << QStringLiteral("%1 <%2>").arg(m.displayName, m.address());
    }
    return parts.join(QStringLiteral(", "));
}

bool readEml(const QString &path, EmlMessage *msg, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Reader::tr("The message file %1 cannot be read (%2).").arg(path, f.errorString());
        return false;
    }
    *msg = EmlMessage();

    // One pass: the top-level header block, then parts separated by the boundaries in force (RFC 2046
    // §5.1.1), each with its own header block. Lines are bounded so a broken file cannot eat memory.
    constexpr qint64 MaxLine = 64 * 1024;
    QList<QByteArray> boundaries;
    bool inHeaders = true;
    bool topLevel = true;
    bool skipPreamble = false;
    QByteArray pendingHeader;
    PartHeaders part;
    enum class Target
    {
        None,
        Text,
        Html,
        Attachment
    } target = Target::None;
    bool haveText = false, haveHtml = false;
    QByteArray textBytes, textCharset, base64Carry, htmlBytes, htmlCharset;

    const auto finishHeader = [&](const QByteArray &line) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (topLevel) {
            if (name == "from")
                msg->from = mailboxes(value);
            else if (name == "to")
                msg->to = mailboxes(value);
            else if (name == "cc")
                msg->cc = mailboxes(value);
            else if (name == "reply-to")
                msg->replyTo = mailboxes(value);
            else if (name == "subject")
                msg->subject = smtp::decodeWords(value);
            else if (name == "date") {
                msg->dateText = QString::fromUtf8(value);
                msg->date = QDateTime::fromString(msg->dateText, Qt::RFC2822Date);
            } else if (name == "message-id") {
                QByteArray id = value;
                if (id.startsWith('<') && id.endsWith('>'))
                    id = id.mid(1, id.size() - 2);
                msg->messageId = id;
            }
        }
        if (name == "content-type") {
            part.typeValue = value;
            const qsizetype semi = value.indexOf(';');
            part.contentType = (semi < 0 ? value : value.left(semi)).trimmed().toLower();
        } else if (name == "content-transfer-encoding") {
            part.encoding = value.toLower();
        } else if (name == "content-disposition") {
            part.disposition = value;
        } else if (name == "content-id") {
            part.contentId = value;
            if (part.contentId.startsWith('<') && part.contentId.endsWith('>'))
                part.contentId = part.contentId.mid(1, part.contentId.size() - 2);
        }
    };

    const auto endPart = [&] {
        if (target == Target::Attachment && !base64Carry.isEmpty() && !msg->attachments.isEmpty())
            msg->attachments.last().size += QByteArray::fromBase64(base64Carry).size();
        base64Carry.clear();
        if (target == Target::Text)
            haveText = true;
        if (target == Target::Html)
            haveHtml = true;
        target = Target::None;
    };

    const auto startBody = [&] {
        inHeaders = false;
        if (part.contentType.startsWith("multipart/")) {
            const QString b = headerParameter(part.typeValue, "boundary");
            if (!b.isEmpty())
                boundaries.push_back("--" + b.toUtf8());
            skipPreamble = true;
            target = Target::None;
            return;
        }
        const QString fileName = [&] {
            const QString n = headerParameter(part.disposition, "filename");
            return n.isEmpty() ? headerParameter(part.typeValue, "name") : n;
        }();
        const bool attachment = part.disposition.toLower().startsWith("attachment") || !fileName.isEmpty()
                                || !part.contentType.startsWith("text/plain");
        // The HTML alternative (RFC 2046 §5.1.4), also as the root of multipart/related (RFC 2387).
        const bool html = part.contentType == "text/html" && fileName.isEmpty()
                          && !part.disposition.toLower().startsWith("attachment");
        if (html && !haveHtml) {
            target = Target::Html;
            htmlCharset = headerParameter(part.typeValue, "charset").toLatin1();
        } else if (!attachment && !haveText) {
            target = Target::Text;
            textCharset = headerParameter(part.typeValue, "charset").toLatin1();
        } else if (attachment) {
            target = Target::Attachment;
            msg->attachments.append({fileName, part.contentType, 0, part.contentId});
        } else {
            target = Target::None;
        }
    };

    bool softBreak = false;
    while (!f.atEnd()) {
        QByteArray line = f.readLine(MaxLine);
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);

        if (inHeaders) {
            // RFC 5322 §2.2.3: a line starting with white space continues the header before it.
            if (!line.isEmpty() && (line[0] == ' ' || line[0] == '\t')) {
                pendingHeader += ' ' + line.trimmed();
                continue;
            }
            if (!pendingHeader.isEmpty())
                finishHeader(pendingHeader);
            pendingHeader = line;
            if (line.isEmpty()) {
                pendingHeader.clear();
                startBody();
                topLevel = false;
            }
            continue;
        }

        if (!boundaries.isEmpty() && line.startsWith("--")) {
            const QByteArray &b = boundaries.last();
            if (line == b + "--") {
                endPart();
                boundaries.removeLast();
                skipPreamble = true;  // the epilogue up to the enclosing boundary
                continue;
            }
            if (line == b) {
                endPart();
                skipPreamble = false;
                inHeaders = true;
                part = PartHeaders();
                continue;
            }
        }
        if (skipPreamble)
            continue;

        if (target == Target::Text || target == Target::Html) {
            QByteArray &bytes = target == Target::Text ? textBytes : htmlBytes;
            QByteArray decoded;
            if (part.encoding == "quoted-printable") {
                decoded = decodeQuotedPrintableLine(line, &softBreak);
                if (!softBreak)
                    decoded += '\n';
            } else if (part.encoding == "base64") {
                decoded = QByteArray::fromBase64(line);
            } else {
                decoded = line + '\n';
            }
            if (bytes.size() + decoded.size() > EmlMessage::MaxText) {
                if (target == Target::Text)
                    msg->textCut = true, haveText = true;
                else
                    haveHtml = true;
                target = Target::None;
            } else {
                bytes += decoded;
            }
        } else if (target == Target::Attachment) {
            if (part.encoding == "base64") {
                // Count in whole quanta of 4 characters, carrying the rest to the next line.
                base64Carry += line.trimmed();
                const qsizetype whole = base64Carry.size() / 4 * 4;
                msg->attachments.last().size += QByteArray::fromBase64(base64Carry.left(whole)).size();
                base64Carry.remove(0, whole);
            } else {
                msg->attachments.last().size += line.size() + 2;
            }
        }
    }
    if (inHeaders && !pendingHeader.isEmpty())
        finishHeader(pendingHeader);
    endPart();
    // The line break before a boundary belongs to the boundary (RFC 2046 §5.1.1), and builders end the text
    // with one of their own: trailing line breaks are not shown.
    while (textBytes.endsWith('\n'))
        textBytes.chop(1);
    msg->text = decodeCharset(textBytes, textCharset);
    while (htmlBytes.endsWith('\n'))
        htmlBytes.chop(1);
    msg->html = decodeCharset(htmlBytes, htmlCharset);
    return true;
}

}  // namespace ui
