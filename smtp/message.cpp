#include "message.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>

namespace smtp {

static bool hasLineBreakOrNul(const QString &s)
{
    for (QChar c : s)
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0)
            return true;
    return false;
}

QString Message::validate() const
{
    if (from.isNull())
        return QStringLiteral("The message has no sender (From) address.");
    if (recipients().isEmpty())
        return QStringLiteral("The message has no recipient: add at least one To, Cc or Bcc address.");
    if (hasLineBreakOrNul(subject))
        return QStringLiteral("The subject contains a line break or NUL character; it was not sent so that "
                              "nothing can be smuggled into the headers.");
    for (const Mailbox &m : recipients() + replyTo + QList<Mailbox>{from})
        if (hasLineBreakOrNul(m.displayName) || hasLineBreakOrNul(m.localPart) || hasLineBreakOrNul(m.domain))
            return QStringLiteral("The address %1 contains a line break or NUL character.").arg(m.address());
    for (const Attachment &a : attachments) {
        QFileInfo fi(a.path);
        if (!fi.exists())
            return QStringLiteral("The attachment %1 no longer exists.").arg(a.path);
        if (!fi.isFile() || !fi.isReadable())
            return QStringLiteral("The attachment %1 cannot be read (not a readable file).").arg(a.path);
        if (hasLineBreakOrNul(a.fileName))
            return QStringLiteral("The attachment name %1 contains a line break.").arg(a.fileName);
    }
    return {};
}

QByteArray generateMessageId(const Mailbox &from)
{
    quint64 r[2];
    QRandomGenerator::system()->fillRange(r, 2);
    QByteArray domain = from.isNull() ? QByteArray("stamp.invalid") : domainToAce(from.domain);
    if (domain.isEmpty() || domain.startsWith('['))
        domain = "stamp.invalid";
    return QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36) + '.'
           + QByteArray::number(r[0], 36) + QByteArray::number(r[1], 36) + '@' + domain;
}

MimeMessageSource::MimeMessageSource(Message message) : m_message(std::move(message)) {}

bool MimeMessageSource::needsSmtpUtf8() const
{
    for (const Mailbox &m : m_message.recipients() + m_message.replyTo + QList<Mailbox>{m_message.from})
        if (m.needsSmtpUtf8())
            return true;
    return false;
}

static QList<QByteArray> headerForms(const QList<Mailbox> &list, bool utf8)
{
    QList<QByteArray> out;
    for (const Mailbox &m : list)
        out << m.headerForm(utf8);
    return out;
}

static bool allLinesShort(const QByteArray &crlf)
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

static bool isAsciiBytes(const QByteArray &b)
{
    for (char c : b)
        if (uchar(c) >= 0x80 || c == 0)
            return false;
    return true;
}

static QByteArray quoted(const QByteArray &text)
{
    QByteArray q = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            q += '\\';
        q += c;
    }
    return q + '"';
}

// "Name: a; b; c" folded between parameters; a parameter longer than a line (a long quoted name of encoded words)
// is folded at its own spaces, which RFC 5322 §3.2.4 allows inside a quoted string.
static QByteArray foldParameters(const QByteArray &name, const QList<QByteArray> &items)
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

QString MimeMessageSource::prepare(const EncodingOptions &options)
{
    const QString invalid = m_message.validate();
    if (!invalid.isEmpty())
        return invalid;
    const bool utf8 = options.smtpUtf8;
    // Without SMTPUTF8 a non-ASCII local part has no header form at all (RFC 6532 §3.2): refuse rather than
    // write "Name <>".
    if (!utf8)
        for (const Mailbox &m : QList<Mailbox>{m_message.from} + m_message.to + m_message.cc + m_message.replyTo)
            if (m.needsSmtpUtf8())
                return QStringLiteral("The address %1 has non-ASCII characters before the @; it can only be "
                                      "written in a message sent with SMTPUTF8.")
                    .arg(m.address());
    if (!m_message.date.isValid())
        m_message.date = QDateTime::currentDateTime();
    if (m_message.messageId.isEmpty())
        m_message.messageId = generateMessageId(m_message.from);

    QByteArray h;
    h += "Date: " + rfc5322Date(m_message.date) + "\r\n";
    h += foldList("From", headerForms({m_message.from}, utf8));
    if (!m_message.to.isEmpty())
        h += foldList("To", headerForms(m_message.to, utf8));
    if (!m_message.cc.isEmpty())
        h += foldList("Cc", headerForms(m_message.cc, utf8));
    if (m_message.to.isEmpty() && m_message.cc.isEmpty())
        h += "To: undisclosed-recipients:;\r\n";
    if (!m_message.replyTo.isEmpty())
        h += foldList("Reply-To", headerForms(m_message.replyTo, utf8));
    if (!m_message.subject.isEmpty())
        h += foldHeader("Subject", encodeUnstructured(m_message.subject, utf8));
    h += "Message-ID: <" + m_message.messageId + ">\r\n";
    h += "MIME-Version: 1.0\r\n";
    h += "User-Agent: Stamp/" STAMP_VERSION "\r\n";

    QByteArray text = toCrlf(m_message.body);
    if (!text.isEmpty() && !text.endsWith("\r\n"))
        text += "\r\n";
    QByteArray cte;
    m_eightBit = false;
    if (isAsciiBytes(text) && allLinesShort(text)) {
        cte = "7bit";
    } else if (options.eightBitMime && allLinesShort(text) && !text.contains('\0')) {
        cte = "8bit";
        m_eightBit = true;
    } else {
        cte = "quoted-printable";
        text = quotedPrintable(text);
    }
    const QByteArray textHeaders = "Content-Type: text/plain; charset=UTF-8; format=fixed\r\n"
                                   "Content-Transfer-Encoding: " + cte + "\r\n";
    m_segments.clear();
    m_index = 0;
    m_fileRead = 0;
    if (m_message.attachments.isEmpty()) {
        h += textHeaders;
        m_headers = h;
        m_segments.append({h + "\r\n" + text, nullptr, 0});
    } else {
        quint64 r[2];
        QRandomGenerator::system()->fillRange(r, 2);
        const QByteArray boundary = "=_stamp_" + QByteArray::number(r[0], 36) + QByteArray::number(r[1], 36);
        h += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n";
        m_headers = h;
        QByteArray head = h + "\r\nThis is a message in MIME format.\r\n\r\n--" + boundary + "\r\n" + textHeaders
                          + "\r\n" + text;
        QMimeDatabase db;
        for (const Attachment &a : std::as_const(m_message.attachments)) {
            auto file = std::make_shared<QFile>(a.path);
            if (!file->open(QIODevice::ReadOnly))
                return QStringLiteral("The attachment %1 cannot be read: %2").arg(a.path, file->errorString());
            const QString name = a.fileName.isEmpty() ? QFileInfo(a.path).fileName() : a.fileName;
            QByteArray type = a.mimeType;
            if (type.isEmpty())
                type = db.mimeTypeForFile(a.path).name().toLatin1();
            if (type.isEmpty() || type.contains('\r') || type.contains('\n'))
                type = "application/octet-stream";
            // Plain printable ASCII goes in a quoted string; anything else in encoded words there (what most
            // readers expect in name=) and as RFC 2231 in filename= (what the RFCs define).
            const QByteArray nameUtf8 = name.toUtf8();
            bool plainName = true;
            for (char c : nameUtf8)
                plainName = plainName && uchar(c) >= 0x20 && uchar(c) < 0x7f;
            const QByteArray typeName = plainName ? quoted(nameUtf8) : '"' + encodeUnstructured(name, false) + '"';
            head += "\r\n--" + boundary + "\r\n" + foldParameters("Content-Type", {type, "name=" + typeName})
                    + foldParameters("Content-Disposition",
                                     QList<QByteArray>{"attachment"} + rfc2231Parameter("filename", name));
            head += "Content-Transfer-Encoding: base64\r\n\r\n";
            m_segments.append({head, nullptr, 0});
            head.clear();
            m_segments.append({QByteArray(), file, file->size()});
        }
        m_segments.append({head + "\r\n--" + boundary + "--\r\n", nullptr, 0});
    }
    m_size = 0;
    for (const Segment &s : std::as_const(m_segments))
        m_size += s.file ? base64LinesSize(s.fileSize) : s.bytes.size();
    return {};
}

bool MimeMessageSource::atEnd() const { return m_index >= m_segments.size(); }

QByteArray MimeMessageSource::read(qint64 maxBytes, QString *error)
{
    // m_fileRead is the offset inside the current segment, literal or file.
    QByteArray out;
    while (m_index < m_segments.size() && out.size() < maxBytes) {
        Segment &s = m_segments[m_index];
        const qint64 room = maxBytes - out.size();
        if (!s.file) {
            // Literal bytes are sliced too: a long text part must not come out in one piece.
            const qint64 take = qMin<qint64>(room, s.bytes.size() - m_fileRead);
            out.append(s.bytes.constData() + m_fileRead, take);
            m_fileRead += take;
            if (m_fileRead >= s.bytes.size()) {
                m_fileRead = 0;
                ++m_index;
            }
            continue;
        }
        // Whole 57-byte groups so that every base64 line (76 characters and CRLF) is complete; one line even if
        // less was asked for, but only when nothing else is being returned.
        qint64 groups = room / 78;
        if (groups == 0) {
            if (!out.isEmpty())
                break;
            groups = 1;
        }
        const qint64 want = qMin(groups * 57, s.fileSize - m_fileRead);
        if (want > 0) {
            const QByteArray raw = s.file->read(want);
            if (raw.size() != want) {
                if (error)
                    *error = QStringLiteral("The attachment %1 could not be read while sending (%2); the "
                                            "message was abandoned, not sent short.")
                                 .arg(s.file->fileName(), s.file->error() != QFileDevice::NoError
                                                              ? s.file->errorString()
                                                              : QStringLiteral("it got shorter"));
                return {};
            }
            m_fileRead += raw.size();
            out += base64Lines(raw);
        }
        if (m_fileRead >= s.fileSize) {
            s.file->close();
            m_fileRead = 0;
            ++m_index;
        }
    }
    return out;
}

QByteArray MimeMessageSource::render(const Message &message, const EncodingOptions &options, QString *error)
{
    MimeMessageSource source(message);
    const QString why = source.prepare(options);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    QByteArray out;
    while (!source.atEnd()) {
        const QByteArray piece = source.read(1 << 20, error);
        if (piece.isEmpty() && !source.atEnd())
            return {};
        out += piece;
    }
    return out;
}

// --- EmlFileSource ------------------------------------------------------------------------------------------

EmlFileSource::EmlFileSource(QString path) : m_path(std::move(path)) {}

static constexpr qint64 MaxHeaderSection = 1 << 20;

void EmlFileSource::rewind()
{
    m_file.seek(0);
    m_normalizer = LineEndingNormalizer();
    m_inHeaders = true;
    m_headerBuffer.clear();
    m_done = false;
}

// Removes top-level Bcc fields (with their continuation lines): a prepared message is sent as it is, except
// that blind copies stay blind.
static QByteArray withoutBcc(const QByteArray &headers)
{
    // Line by line, each with its own CRLF (the last one may have none): nothing is added, so no bare LF.
    QByteArray out;
    bool skipping = false;
    qsizetype start = 0;
    while (start < headers.size()) {
        const qsizetype crlf = headers.indexOf("\r\n", start);
        const qsizetype end = crlf < 0 ? headers.size() : crlf + 2;
        const QByteArray line = headers.mid(start, end - start);
        start = end;
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation) {
            // RFC 5322 §4.5.3 (obs-bcc) allows white space before the colon.
            const qsizetype colon = line.indexOf(':');
            skipping = colon > 0 && line.left(colon).trimmed().toLower() == "bcc";
        }
        if (!skipping)
            out += line;
    }
    return out;
}

QByteArray EmlFileSource::process(const QByteArray &raw, bool final)
{
    QByteArray data = m_normalizer.push(raw);
    if (final)
        data += m_normalizer.finish();
    if (!m_inHeaders)
        return data;
    m_headerBuffer += data;
    qsizetype end = m_headerBuffer.indexOf("\r\n\r\n");
    if (m_headerBuffer.startsWith("\r\n"))
        end = -2;  // no header at all
    if (end == -1 && !final && m_headerBuffer.size() < MaxHeaderSection)
        return {};
    m_inHeaders = false;
    QByteArray out;
    if (end == -1) {
        m_rawHeaders = m_headerBuffer.left(MaxHeaderSection);
        out = final ? withoutBcc(m_headerBuffer) : m_headerBuffer;
        m_headers = out.left(MaxHeaderSection);
    } else {
        m_rawHeaders = m_headerBuffer.left(end + 2);
        m_headers = withoutBcc(m_rawHeaders);
        out = m_headers + m_headerBuffer.mid(end + 2);
    }
    m_headerBuffer.clear();
    return out;
}

QString EmlFileSource::prepare(const EncodingOptions &)
{
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return QStringLiteral("The message file %1 cannot be read: %2").arg(m_path, m_file.errorString());
    // One pass to learn the exact size and whether 8-bit data is present; the second pass sends.
    m_size = 0;
    m_eightBit = false;
    rewind();
    while (!m_done) {
        QString why;
        const QByteArray piece = read(1 << 20, &why);
        if (!why.isEmpty())
            return why;
        m_size += piece.size();
        if (!m_eightBit && !isAsciiBytes(piece))
            m_eightBit = true;
    }
    if (m_size == 0)
        return QStringLiteral("The message file %1 is empty.").arg(m_path);
    rewind();
    return {};
}

QByteArray EmlFileSource::read(qint64 maxBytes, QString *error)
{
    QByteArray out;
    while (!m_done && out.size() < maxBytes) {
        const QByteArray raw = m_file.read(qMin<qint64>(maxBytes, 1 << 20));
        if (raw.isNull() && m_file.error() != QFileDevice::NoError) {
            if (error)
                *error = QStringLiteral("The message file %1 could not be read: %2").arg(m_path, m_file.errorString());
            return {};
        }
        const bool final = m_file.atEnd() || raw.isEmpty();
        out += process(raw, final);
        if (final)
            m_done = true;
    }
    return out;
}

static QString headerValue(const QByteArray &headers, const char *name)
{
    QString value;
    bool in = false;
    const QByteArray prefix = QByteArray(name).toLower() + ':';
    for (const QByteArray &line : headers.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const bool continuation = l.startsWith(' ') || l.startsWith('\t');
        if (!continuation)
            in = l.toLower().startsWith(prefix);
        if (in && continuation)
            value += QLatin1Char(' ') + QString::fromUtf8(l);
        else if (in)
            value += (value.isEmpty() ? QString() : QStringLiteral(",")) + QString::fromUtf8(l.mid(prefix.size()));
    }
    return value;
}

QList<Mailbox> EmlFileSource::headerRecipients() const
{
    QList<Mailbox> out;
    for (const char *h : {"to", "cc", "bcc"}) {
        QString err;
        out += parseMailboxList(headerValue(m_rawHeaders, h), &err);
    }
    return out;
}

Mailbox EmlFileSource::headerFrom() const
{
    QString err;
    return parseMailbox(headerValue(m_rawHeaders, "from"), &err);
}

}  // namespace smtp
