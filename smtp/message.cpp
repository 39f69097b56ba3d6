#include "message.h"

#include "linesafe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QStringDecoder>
#include <tuple>

namespace smtp {

static QList<Mailbox> members(const QList<MailboxGroup> &groups)
{
    QList<Mailbox> out;
    for (const MailboxGroup &g : groups)
        out += g.members;
    return out;
}

QList<Mailbox> Message::headerRecipients() const
{
    return to + members(toGroups) + cc + members(ccGroups);
}

QList<Mailbox> Message::recipients() const
{
    return headerRecipients() + bcc;
}

QString Message::validate() const
{
    if (from.isNull())
        return QCoreApplication::translate("smtp::Message", "The message has no sender (From) address.");
    if (recipients().isEmpty())
        return QCoreApplication::translate(
            "smtp::Message", "The message has no recipient: add at least one To, Cc or Bcc address.");
    if (hasLineBreakOrNul(subject))
        return QCoreApplication::translate(
            "smtp::Message", "The subject contains a line break or NUL character; it was not sent so that "
                             "nothing can be smuggled into the headers.");
    for (const MailboxGroup &g : toGroups + ccGroups)
        if (hasLineBreakOrNul(g.name) || g.name.trimmed().isEmpty())
            return QCoreApplication::translate("smtp::Message",
                                               "A group of recipients has no name or a line break in it.");
    for (const Mailbox &m : recipients() + replyTo + QList<Mailbox>{from})
        if (hasLineBreakOrNul(m.displayName) || hasLineBreakOrNul(m.localPart) || hasLineBreakOrNul(m.domain))
            return QCoreApplication::translate("smtp::Message",
                                               "The address %1 contains a line break or NUL character.")
                .arg(m.address());
    // RFC 5321 §4.1.2: what MAIL FROM and RCPT TO cannot carry is refused here, before any connection.
    for (const Mailbox &m : recipients() + QList<Mailbox>{from}) {
        const QString why = m.envelopeProblem(true);
        if (!why.isEmpty())
            return why;
    }
    const QString html = validateHtmlBody(*this);
    if (!html.isEmpty())
        return html;
    for (const Attachment &a : attachments) {
        QFileInfo fi(a.path);
        if (!fi.exists())
            return QCoreApplication::translate("smtp::Message", "The attachment %1 no longer exists.")
                .arg(a.path);
        if (!fi.isFile() || !fi.isReadable())
            return QCoreApplication::translate("smtp::Message",
                                               "The attachment %1 cannot be read (not a readable file).")
                .arg(a.path);
        if (hasLineBreakOrNul(a.fileName))
            return QCoreApplication::translate("smtp::Message",
                                               "The attachment name %1 contains a line break.")
                .arg(a.fileName);
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
    return QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36) + '.' + QByteArray::number(r[0], 36)
           + QByteArray::number(r[1], 36) + '@' + domain;
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

// The items of an address-list header: the mailboxes, then each group as "Name: a, b;" (RFC 5322 §3.4), the
// group's items joined by foldList's commas, so that long groups fold like any list.
static QList<QByteArray> headerForms(const QList<Mailbox> &list, const QList<MailboxGroup> &groups, bool utf8)
{
    QList<QByteArray> out = headerForms(list, utf8);
    for (const MailboxGroup &g : groups) {
        QList<QByteArray> items = headerForms(g.members, utf8);
        const QByteArray name = encodePhrase(g.name, utf8) + ':';
        if (items.isEmpty()) {
            out << name + ';';
            continue;
        }
        items.first() = name + ' ' + items.first();
        items.last() += ';';
        out += items;
    }
    return out;
}

QString MimeMessageSource::prepare(const EncodingOptions &options)
{
    const QString invalid = m_message.validate();
    if (!invalid.isEmpty())
        return invalid;
    // Raw UTF-8 headers (RFC 6532) only when the addresses need SMTPUTF8 anyway and the server offers it;
    // otherwise RFC 2047 words, which every server takes.
    const bool utf8 = options.smtpUtf8 && needsSmtpUtf8();
    // Without SMTPUTF8 a non-ASCII local part has no header form at all (RFC 6532 §3.2): refuse rather than
    // write "Name <>".
    if (!utf8)
        for (const Mailbox &m :
             QList<Mailbox>{m_message.from} + m_message.headerRecipients() + m_message.replyTo)
            if (m.needsSmtpUtf8())
                return QCoreApplication::translate(
                           "smtp::Message",
                           "The address %1 has non-ASCII characters before the @; it can only be "
                           "written in a message sent with SMTPUTF8.")
                    .arg(m.address());
    if (!m_message.date.isValid())
        m_message.date = QDateTime::currentDateTime();
    if (m_message.messageId.isEmpty())
        m_message.messageId = generateMessageId(m_message.from);

    QByteArray h;
    h += "Date: " + rfc5322Date(m_message.date) + "\r\n";
    h += foldList("From", headerForms({m_message.from}, utf8));
    if (!m_message.to.isEmpty() || !m_message.toGroups.isEmpty())
        h += foldList("To", headerForms(m_message.to, m_message.toGroups, utf8));
    if (!m_message.cc.isEmpty() || !m_message.ccGroups.isEmpty())
        h += foldList("Cc", headerForms(m_message.cc, m_message.ccGroups, utf8));
    if (m_message.to.isEmpty() && m_message.cc.isEmpty() && m_message.toGroups.isEmpty()
        && m_message.ccGroups.isEmpty())
        h += "To: undisclosed-recipients:;\r\n";
    if (!m_message.replyTo.isEmpty())
        h += foldList("Reply-To", headerForms(m_message.replyTo, utf8));
    if (!m_message.subject.isEmpty())
        h += foldHeader("Subject", encodeUnstructured(m_message.subject, utf8));
    h += "Message-ID: <" + m_message.messageId + ">\r\n";
    h += "MIME-Version: 1.0\r\n";
    h += "User-Agent: Stamp/" STAMP_VERSION "\r\n";

    m_segments.clear();
    m_index = 0;
    m_fileRead = 0;
    h += perMessageHeaders(m_message, utf8);
    QList<Segment> body;
    const QString why = buildBody(m_message, options, &h, &body, &m_eightBit);
    if (!why.isEmpty())
        return why;
    m_headers = h;
    m_segments = QList<Segment>{{h, nullptr, 0}} + body;
    m_size = segmentsSize(m_segments);
    return {};
}
bool MimeMessageSource::atEnd() const
{
    return m_index >= m_segments.size();
}

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
        // Whole 57-byte groups so that every base64 line (76 characters and CRLF) is complete; one line even
        // if less was asked for, but only when nothing else is being returned.
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
                    *error =
                        QCoreApplication::translate(
                            "smtp::Message", "The attachment %1 could not be read while sending (%2); the "
                                             "message was abandoned, not sent short.")
                            .arg(s.file->fileName(),
                                 s.file->error() != QFileDevice::NoError
                                     ? s.file->errorString()
                                     : QCoreApplication::translate("smtp::Message", "it got shorter"));
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

// --- EmlFileSource
// ------------------------------------------------------------------------------------------

EmlFileSource::EmlFileSource(QString path) : m_path(std::move(path)) {}

// The fields whose addresses Stamp reads: the envelope may come from them (RFC 5322 §3.6.2, §3.6.3, §3.6.6).
static bool isAddressField(const QByteArray &name)
{
    static const QList<QByteArray> names{
        "from",        "sender",        "to",        "cc",        "bcc",
        "resent-from", "resent-sender", "resent-to", "resent-cc", "resent-bcc"};
    return names.contains(name);
}

// A line of a file, for an error message: printable, and short.
static QString shown(const QByteArray &line)
{
    QString s = QString::fromUtf8(line.left(60));
    for (QChar &c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    return line.size() > 60 ? s + QStringLiteral("...") : s;
}

QString EmlFileSource::fieldsError(const QByteArray &section)
{
    m_fields.clear();
    m_headers.clear();
    m_rawHeaders = section;
    m_utf8Headers = false;
    int lineNumber = 0;
    for (qsizetype pos = 0; pos < section.size();) {
        const qsizetype crlf = section.indexOf("\r\n", pos);
        const qsizetype next = crlf < 0 ? section.size() : crlf + 2;
        const QByteArray line = section.mid(pos, next - pos);
        const QByteArray text = crlf < 0 ? line : line.chopped(2);
        pos = next;
        ++lineNumber;
        if (text.startsWith(' ') || text.startsWith('\t')) {  // RFC 5322 §2.2.3: a folded continuation
            if (m_fields.isEmpty())
                return QCoreApplication::translate("smtp::Message",
                                                   "The message file %1 starts with a folded line (\"%2\"), "
                                                   "which belongs to no header "
                                                   "field.")
                    .arg(m_path, shown(text));
            m_fields.last().raw += line;
            continue;
        }
        // field-name = 1*ftext (printable ASCII but ':'), and RFC 5322 §4.5 allows white space before the
        // colon.
        const qsizetype colon = text.indexOf(':');
        QByteArray name = colon > 0 ? text.left(colon) : QByteArray();
        while (name.endsWith(' ') || name.endsWith('\t'))
            name.chop(1);
        bool ok = !name.isEmpty();
        for (char c : std::as_const(name))
            ok = ok && uchar(c) >= 33 && uchar(c) <= 126;
        if (!ok)
            return QCoreApplication::translate(
                       "smtp::Message",
                       "Line %1 of the header section of %2 is not a header field (\"Name: value\"): \"%3\". "
                       "Stamp "
                       "does not guess where the header ends, so that no Bcc can slip into the message.")
                .arg(lineNumber)
                .arg(m_path, shown(text));
        m_fields.append({name.toLower(), line, {}});
    }
    for (char c : section)
        if (uchar(c) >= 0x80) {
            m_utf8Headers = true;
            break;
        }
    if (m_utf8Headers) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8.decode(section);  // decode() converts only when its result is taken
        Q_UNUSED(decoded);
        if (utf8.hasError())
            return QCoreApplication::translate("smtp::Message",
                                               "The header section of %1 has 8-bit characters that are not "
                                               "UTF-8; RFC 6532 allows only "
                                               "UTF-8 there, so the message cannot be sent as it is.")
                .arg(m_path);
    }
    for (Field &f : m_fields) {
        // Bcc stays blind (RFC 5322 §3.6.3), Resent-Bcc too (§3.6.6); only here, at the top level.
        if (f.name != "bcc" && f.name != "resent-bcc")
            m_headers += f.raw;
        if (!isAddressField(f.name))
            continue;
        const qsizetype colon = f.raw.indexOf(':');
        QByteArray value = f.raw.mid(colon + 1);
        value.replace("\r\n", "");  // unfolding (§2.2.3): every CRLF here is followed by white space, or last
        QString why;
        if (!parseAddressList(QString::fromUtf8(value), &f.addresses, &why))
            return QCoreApplication::translate(
                       "smtp::Message",
                       "The %1 field of %2 cannot be read as RFC 5322 addresses, so Stamp cannot tell who it "
                       "names: %3")
                .arg(QString::fromLatin1(f.raw.left(colon).trimmed()), m_path, why);
    }
    return {};
}

QString EmlFileSource::start()
{
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("smtp::Message", "The message file %1 cannot be read: %2")
            .arg(m_path, m_file.errorString());
    m_normalizer = LineEndingNormalizer();
    m_pending.clear();
    m_pendingPos = 0;
    m_returned = 0;
    m_fileDone = false;
    // The header section ends at the first empty line (RFC 5322 §2.1), or at the end of a file without a
    // body.
    QByteArray buffer;
    qsizetype end = -1, searched = 0;
    for (;;) {
        if (buffer.startsWith("\r\n")) {
            end = 0;  // no header field at all
            break;
        }
        const qsizetype blank = buffer.indexOf("\r\n\r\n", qMax<qsizetype>(0, searched - 3));
        if (blank >= 0) {
            end = blank + 2;
            break;
        }
        searched = buffer.size();
        if (m_fileDone || buffer.size() > MaxHeaderSection + 2)
            break;
        const QByteArray raw = m_file.read(64 * 1024);
        if (raw.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError)
                return QCoreApplication::translate("smtp::Message",
                                                   "The message file %1 could not be read: %2")
                    .arg(m_path, m_file.errorString());
            buffer += m_normalizer.finish();
            m_fileDone = true;
            continue;
        }
        buffer += m_normalizer.push(raw);
    }
    const QByteArray section = end >= 0 ? buffer.left(end) : buffer;
    if (section.size() > MaxHeaderSection || (end < 0 && !m_fileDone))
        return QCoreApplication::translate(
                   "smtp::Message",
                   "The header section of %1 is longer than %2 bytes, so Stamp cannot read all of its fields "
                   "(a Bcc among them would reach the recipients); the message was not sent.")
            .arg(m_path)
            .arg(MaxHeaderSection);
    const QByteArray before = m_rawHeaders;
    const QString why = fieldsError(section);
    if (!why.isEmpty())
        return why;
    if (m_size >= 0 && before != m_rawHeaders)
        return QCoreApplication::translate(
                   "smtp::Message",
                   "The message file %1 changed while it was being sent; the message was abandoned.")
            .arg(m_path);
    m_pending = m_headers + buffer.mid(section.size());
    return {};
}

QString EmlFileSource::readHeaders()
{
    m_size = -1;
    const QString why = start();
    m_file.close();
    m_fileDone = true;
    m_pending.clear();
    m_pendingPos = 0;
    return why;
}

QString EmlFileSource::prepare(const EncodingOptions &options)
{
    m_size = -1;
    m_eightBit = false;
    QString why = start();
    if (!why.isEmpty())
        return why;
    // One pass to learn the exact size and what the content holds; the second pass sends.
    const qint64 headerSize = m_headers.size();
    qint64 offset = 0, lineLength = 0, line = 1, longLine = 0;
    bool nul = false, eightBit = false;
    while (!atEnd()) {
        const QByteArray piece = read(1 << 20, &why);
        if (!why.isEmpty())
            return why;
        const char *p = piece.constData();
        for (qsizetype i = 0; i < piece.size(); ++i) {
            const uchar c = uchar(p[i]);
            if (c == '\n') {  // the content is CRLF only: a CR stands before every LF and nowhere else
                lineLength = 0;
                ++line;
                continue;
            }
            if (c != '\r' && ++lineLength > 998 && !longLine)
                longLine = line;
            nul = nul || c == 0;
            eightBit = eightBit || (c >= 0x80 && offset + i >= headerSize);
        }
        offset += piece.size();
    }
    if (offset == 0)
        return QCoreApplication::translate("smtp::Message", "The message file %1 is empty.").arg(m_path);
    // RFC 6152 §2 and RFC 5321 §4.5.3.1.6: neither 7bit nor 8BITMIME content holds NUL or lines over 998
    // octets; only BINARYMIME (RFC 3030) would carry them, and Stamp does not implement it.
    if (nul)
        return QCoreApplication::translate(
                   "smtp::Message",
                   "The message file %1 contains NUL bytes, which SMTP can only carry with BINARYMIME, and "
                   "Stamp "
                   "does not implement it. Encode that part (for example in base64) and send it again.")
            .arg(m_path);
    if (longLine)
        return QCoreApplication::translate(
                   "smtp::Message",
                   "Line %1 of the message file %2 is longer than 998 bytes, which SMTP can only carry with "
                   "BINARYMIME, and Stamp does not implement it. Encode that part (for example in "
                   "quoted-printable) and send it again.")
            .arg(longLine)
            .arg(m_path);
    if (m_utf8Headers && !options.smtpUtf8)
        return QCoreApplication::translate("smtp::Message", "The header fields of %1 hold UTF-8 (RFC 6532), "
                                                            "but the server does not offer SMTPUTF8, so the "
                                                            "message cannot be sent there as it is.")
            .arg(m_path);
    if (eightBit && !options.eightBitMime)
        return QCoreApplication::translate("smtp::Message", "The message file %1 has 8-bit content, but the "
                                                            "server does not offer 8BITMIME, so it cannot "
                                                            "be sent there as it is (RFC 6152).")
            .arg(m_path);
    m_eightBit = eightBit;
    m_size = offset;
    return start();
}

QByteArray EmlFileSource::read(qint64 maxBytes, QString *error)
{
    QByteArray out;
    while (out.size() < maxBytes) {
        if (m_pendingPos < m_pending.size()) {
            const qint64 take = qMin<qint64>(maxBytes - out.size(), m_pending.size() - m_pendingPos);
            out.append(m_pending.constData() + m_pendingPos, take);
            m_pendingPos += take;
            continue;
        }
        m_pending.clear();
        m_pendingPos = 0;
        if (m_fileDone)
            break;
        const QByteArray raw = m_file.read(qBound(qint64(1), qint64(maxBytes - out.size()), qint64(1 << 20)));
        if (raw.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError) {
                if (error)
                    *error = QCoreApplication::translate("smtp::Message",
                                                         "The message file %1 could not be read: %2")
                                 .arg(m_path, m_file.errorString());
                return {};
            }
            m_pending = m_normalizer.finish();
            m_fileDone = true;
            m_file.close();
            continue;
        }
        m_pending = m_normalizer.push(raw);
    }
    m_returned += out.size();
    if (m_size >= 0 && (m_returned > m_size || (atEnd() && m_returned != m_size))) {
        if (error)
            *error =
                QCoreApplication::translate("smtp::Message", "The message file %1 changed while it was being "
                                                             "sent; the message was abandoned, not sent "
                                                             "short.")
                    .arg(m_path);
        return {};
    }
    return out;
}

// RFC 5322 §3.6.6: resent blocks are prepended, so the first run of Resent- fields is the newest one.
static std::pair<qsizetype, qsizetype> newestResentBlock(const QList<QByteArray> &names)
{
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const bool resent = names[i].startsWith("resent-");
        if (resent && first < 0)
            first = i;
        if (first >= 0) {
            if (!resent)
                break;
            last = i;
        }
    }
    return {first, last};
}

QList<Mailbox> EmlFileSource::mailboxes(const QList<QByteArray> &names, bool resentBlock) const
{
    QList<QByteArray> all;
    for (const Field &f : m_fields)
        all << f.name;
    qsizetype first = 0, last = m_fields.size() - 1;
    if (resentBlock)
        std::tie(first, last) = newestResentBlock(all);
    QList<Mailbox> out;
    QSet<QString> seen;  // Mailbox::operator==: the local part as it is, the domain in any case
    for (qsizetype i = first; i >= 0 && i <= last; ++i)
        if (names.contains(m_fields[i].name))
            for (const Address &a : m_fields[i].addresses)
                for (const Mailbox &m : a.mailboxes) {
                    const QString key = m.localPart + QLatin1Char('@') + m.domain.toLower();
                    if (!seen.contains(key)) {
                        seen.insert(key);
                        out << m;
                    }
                }
    return out;
}

static bool anyResent(const QList<QByteArray> &names)
{
    for (const QByteArray &n : names)
        if (n.startsWith("resent-"))
            return true;
    return false;
}

QList<Mailbox> EmlFileSource::headerRecipients(QString *error) const
{
    QList<QByteArray> names;
    for (const Field &f : m_fields)
        names << f.name;
    const bool resent = anyResent(names);
    QList<Mailbox> out;
    if (resent) {
        const auto [first, last] = newestResentBlock(names);
        bool destination = false;
        for (qsizetype i = first; i <= last; ++i)
            destination =
                destination || QList<QByteArray>{"resent-to", "resent-cc", "resent-bcc"}.contains(names[i]);
        if (!destination) {
            if (error)
                *error = QCoreApplication::translate(
                             "smtp::Message",
                             "The message file %1 has Resent- fields, so it is being resent, but its newest "
                             "Resent- block names no Resent-To, Resent-Cc or Resent-Bcc; give the recipients "
                             "explicitly.")
                             .arg(m_path);
            return {};
        }
        out = mailboxes({"resent-to", "resent-cc", "resent-bcc"}, true);
    } else {
        out = mailboxes({"to", "cc", "bcc"}, false);
    }
    for (const Mailbox &m : std::as_const(out)) {
        const QString why = m.envelopeProblem(true);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
    }
    return out;
}

Mailbox EmlFileSource::headerFrom(QString *error) const
{
    QList<QByteArray> names;
    for (const Field &f : m_fields)
        names << f.name;
    const bool resent = anyResent(names);
    // The agent that sends (Sender) answers for the message, so bounces go there (RFC 5322 §3.6.2).
    QList<Mailbox> list = mailboxes({resent ? "resent-sender" : "sender"}, resent);
    if (list.isEmpty())
        list = mailboxes({resent ? "resent-from" : "from"}, resent);
    if (list.size() != 1)
        return {};  // none, or several authors and no Sender: the caller asks for the sender
    const QString why = list[0].envelopeProblem(true);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    return list[0];
}

}  // namespace smtp
