#include "preview.h"

#include "commandline.h"
#include "message.h"
#include "mimeheader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace smtp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::Preview", text);
}

// A value after the colon, unfolded (RFC 5322 §2.2.3) and trimmed.
QByteArray unfolded(const QByteArray &rawField)
{
    const qsizetype colon = rawField.indexOf(':');
    QByteArray v = rawField.mid(colon + 1);
    v.replace("\r\n", "");
    return v.trimmed();
}

// The fields of a header section, in order: lower-case name, unfolded value.
QList<QPair<QByteArray, QByteArray>> splitFields(const QByteArray &section)
{
    QList<QPair<QByteArray, QByteArray>> out;
    QList<QByteArray> raws;
    for (qsizetype pos = 0; pos < section.size();) {
        qsizetype crlf = section.indexOf("\r\n", pos);
        const qsizetype next = crlf < 0 ? section.size() : crlf + 2;
        const QByteArray line = section.mid(pos, next - pos);
        pos = next;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !raws.isEmpty())
            raws.last() += line;
        else
            raws << line;
    }
    for (const QByteArray &raw : std::as_const(raws)) {
        const qsizetype colon = raw.indexOf(':');
        if (colon <= 0)
            continue;
        out.append({raw.left(colon).trimmed().toLower(), unfolded(raw)});
    }
    return out;
}

// The media type of a Content-Type value, lower case, without parameters.
QByteArray mediaType(const QByteArray &value)
{
    const qsizetype semi = value.indexOf(';');
    return (semi < 0 ? value : value.left(semi)).trimmed().toLower();
}

QString addressKey(const Mailbox &m)
{
    const QByteArray ace = domainToAce(m.domain);
    return m.localPart + QLatin1Char('@')
           + (ace.isEmpty() ? m.domain.toLower() : QString::fromLatin1(ace).toLower());
}

QString bytesText(qint64 n)
{
    return QCoreApplication::translate("smtp::Preview", "%1 bytes").arg(n);
}

}  // namespace

// --- ServerOffer ----------------------------------------------------------------------------------------

ServerOffer ServerOffer::fromCapabilities(const Capabilities &caps)
{
    ServerOffer o;
    o.known = true;
    o.eightBitMime = caps.has("8BITMIME");
    o.smtpUtf8 = caps.has("SMTPUTF8");
    o.size = caps.hasSize();
    o.maxSize = caps.maxSize();
    return o;
}

std::optional<ServerOffer> ServerOffer::parse(const QString &list, QString *why)
{
    ServerOffer o;
    o.known = true;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &word : list.split(separators, Qt::SkipEmptyParts)) {
        const QString upper = word.toUpper();
        if (upper == QLatin1String("8BITMIME")) {
            o.eightBitMime = true;
        } else if (upper == QLatin1String("SMTPUTF8")) {
            o.smtpUtf8 = true;
        } else if (upper == QLatin1String("SIZE") || upper.startsWith(QLatin1String("SIZE="))) {
            o.size = true;
            if (upper.size() > 5) {
                bool ok = false;
                o.maxSize = upper.mid(5).toLongLong(&ok);
                if (!ok || o.maxSize < 0) {
                    if (why)
                        *why = tr("SIZE takes a number of bytes, not \"%1\"").arg(word.mid(5));
                    return std::nullopt;
                }
            }
        }
    }
    return o;
}

QString roleName(EnvelopeEntry::Role role)
{
    switch (role) {
    case EnvelopeEntry::Role::To:
        return QStringLiteral("To");
    case EnvelopeEntry::Role::Cc:
        return QStringLiteral("Cc");
    case EnvelopeEntry::Role::Bcc:
        break;
    }
    return tr("Bcc (envelope only: in no header)");
}

bool WirePreview::hasField(const QByteArray &lowerName) const
{
    for (const auto &f : fields)
        if (f.first == lowerName)
            return true;
    return false;
}

QByteArray WirePreview::field(const QByteArray &lowerName) const
{
    for (const auto &f : fields)
        if (f.first == lowerName)
            return f.second;
    return {};
}

// --- WireScanner ----------------------------------------------------------------------------------------

void WireScanner::scan(const char *data, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(data[i]);
        if (c == 0)
            m_out.nul = true;
        else if (c >= 0x80)
            (m_top ? m_out.eightBitHeaders : m_out.eightBitBody) = true;
    }
}

void WireScanner::push(const QByteArray &bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', pos);
        const qsizetype end = lf < 0 ? bytes.size() : lf + 1;
        scan(bytes.constData() + pos, end - pos);
        m_partial += bytes.mid(pos, end - pos);
        pos = end;
        if (lf < 0) {
            // A body line longer than any boundary: only its length matters from here on.
            if (m_partial.size() > (1 << 20) && !m_inHeader) {
                m_partialDropped += m_partial.size() - 1024;
                m_partial = m_partial.right(1024);
            }
            return;
        }
        const int ending = m_partial.endsWith("\r\n") ? 2 : 1;
        const qint64 length = m_partialDropped + m_partial.size();
        line(m_partial.chopped(ending), length - ending, length);
        m_partial.clear();
        m_partialDropped = 0;
    }
}

WirePreview WireScanner::finish()
{
    if (!m_partial.isEmpty() || m_partialDropped) {
        const qint64 length = m_partialDropped + m_partial.size();
        line(m_partial, length, length);
    }
    m_partial.clear();
    m_partialDropped = 0;
    if (m_inHeader)
        endHeader();
    for (const Frame &f : std::as_const(m_stack))
        m_out.parts[f.part].size = m_offset - f.start;
    m_stack.clear();
    m_out.size = m_offset;
    return m_out;
}

void WireScanner::line(const QByteArray &text, qint64 octets, qint64 length)
{
    ++m_lineNumber;
    if (octets > 998) {
        ++m_out.longLines;
        if (!m_out.firstLongLine)
            m_out.firstLongLine = m_lineNumber;
    }
    m_out.longestLine = qMax(m_out.longestLine, octets);
    if (m_inHeader) {
        m_offset += length;
        if (text.isEmpty()) {
            endHeader();
            return;
        }
        if (m_top)
            m_out.headerSection += text + "\r\n";
        if (m_partHeader.size() < (1 << 20))
            m_partHeader += text + "\r\n";
        return;
    }
    // A delimiter line (RFC 2046 §5.1.1): "--boundary" or "--boundary--", perhaps with transport padding.
    if (text.startsWith("--") && !m_stack.isEmpty()) {
        QByteArray t = text;
        while (t.endsWith(' ') || t.endsWith('\t'))
            t.chop(1);
        for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
            const QByteArray &b = m_stack[k].boundary;
            const bool open = t.size() == b.size() + 2 && t.mid(2) == b;
            const bool close = t.size() == b.size() + 4 && t.mid(2, b.size()) == b && t.endsWith("--");
            if (!open && !close)
                continue;
            // The CRLF before a delimiter belongs to the delimiter.
            if (m_current >= 0 && m_out.parts[m_current].size >= 2 && !m_out.parts[m_current].isMultipart())
                m_out.parts[m_current].size -= 2;
            while (m_stack.size() > k + 1) {
                m_out.parts[m_stack.last().part].size = m_offset - 2 - m_stack.last().start;
                m_stack.removeLast();
            }
            m_offset += length;
            if (close) {
                m_out.parts[m_stack.last().part].size = m_offset - m_stack.last().start;
                m_stack.removeLast();
                m_current = -1;  // the epilogue
            } else {
                MimePart p;
                p.depth = m_out.parts[m_stack[k].part].depth + 1;
                m_out.parts.append(p);
                m_current = int(m_out.parts.size() - 1);
                m_inHeader = true;
                m_partHeader.clear();
            }
            return;
        }
    }
    m_offset += length;
    addBodyBytes(text, length);
}

void WireScanner::addBodyBytes(const QByteArray &text, qint64 length)
{
    if (m_current < 0)
        return;
    MimePart &p = m_out.parts[m_current];
    if (p.isMultipart())
        return;  // a preamble: counted in the multipart's size only
    p.size += length;
    if (p.decodedSize >= 0) {
        qint64 chars = 0;
        for (char c : text)
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                || c == '/')
                ++chars;
        m_base64Chars[m_current] += chars;
        p.decodedSize = m_base64Chars[m_current] * 3 / 4;
    }
}

void WireScanner::endHeader()
{
    m_inHeader = false;
    const QList<QPair<QByteArray, QByteArray>> fields = splitFields(m_partHeader);
    m_partHeader.clear();
    if (m_top) {
        m_top = false;
        m_out.fields = fields;
        m_out.parts.append(MimePart());
        m_current = 0;
    }
    MimePart &p = m_out.parts[m_current];
    QByteArray type, disposition;
    for (const auto &f : fields) {
        if (f.first == "content-type" && type.isEmpty())
            type = f.second;
        else if (f.first == "content-transfer-encoding" && p.transferEncoding.isEmpty())
            p.transferEncoding = f.second.trimmed().toLower();
        else if (f.first == "content-disposition" && disposition.isEmpty())
            disposition = f.second;
    }
    p.contentType = type.isEmpty() ? QByteArray("text/plain") : mediaType(type);
    if (p.transferEncoding.isEmpty())
        p.transferEncoding = "7bit";
    p.charset = headerParameter(type, "charset").toLatin1();
    p.disposition = mediaType(disposition);
    p.fileName = headerParameter(disposition, "filename");
    if (p.fileName.isEmpty())
        p.fileName = headerParameter(type, "name");
    if (p.transferEncoding == "base64") {
        p.decodedSize = 0;
        m_base64Chars[m_current] = 0;
    }
    if (p.isMultipart()) {
        const QString boundary = headerParameter(type, "boundary");
        if (!boundary.isEmpty()) {
            m_stack.append({boundary.toUtf8(), m_current, m_offset});
            m_current = -1;  // the preamble
        }
    }
}

// --- The preview ----------------------------------------------------------------------------------------

namespace {

void fillEnvelope(WirePreview *p, const Envelope &envelope, const DsnOptions &dsn, bool sourceEightBit,
                  bool sourceUtf8)
{
    p->envelopeFrom = envelope.from;
    // Who the header section names: To and Cc, or those of the newest resent block when it is being resent
    // (RFC 5322 §3.6.6; the same rule as EmlFileSource::headerRecipients).
    bool resent = false;
    for (const auto &f : std::as_const(p->fields))
        resent = resent || f.first.startsWith("resent-");
    QHash<QString, EnvelopeEntry::Role> named;
    QList<Mailbox> namedList;
    bool inBlock = false, blockDone = false;
    for (const auto &f : std::as_const(p->fields)) {
        if (resent) {
            const bool r = f.first.startsWith("resent-");
            if (r && !blockDone)
                inBlock = true;
            if (!r && inBlock) {
                inBlock = false;
                blockDone = true;
            }
            if (!inBlock)
                continue;
        }
        const QByteArray name = resent ? f.first.mid(7) : f.first;
        if (name != "to" && name != "cc")
            continue;
        QList<Address> list;
        QString why;
        if (!parseAddressList(QString::fromUtf8(f.second), &list, &why)) {
            p->addressError = why;
            continue;
        }
        for (const Address &a : std::as_const(list))
            for (const Mailbox &m : a.mailboxes) {
                const QString key = addressKey(m);
                if (named.contains(key))
                    continue;
                named.insert(key, name == "to" ? EnvelopeEntry::Role::To : EnvelopeEntry::Role::Cc);
                namedList << m;
            }
    }
    bool envelopeUtf8 = false;
    for (const Mailbox &m : envelope.recipients + QList<Mailbox>{envelope.from})
        envelopeUtf8 = envelopeUtf8 || m.needsSmtpUtf8();
    p->envelopeUtf8 = envelopeUtf8;
    const bool offersEight = p->offer.known ? p->offer.eightBitMime : true;
    const commandline::MailDeclaration d = commandline::declare(
        envelopeUtf8, sourceUtf8 || p->eightBitHeaders, p->eightBitHeaders, sourceEightBit, offersEight);
    p->declaredSmtpUtf8 = d.smtpUtf8;
    p->declaredEightBit = d.eightBit;
    const bool withDsn = !dsn.isEmpty();
    commandline::MailParams mp;
    mp.path = envelope.from.envelope(d.smtpUtf8);
    mp.size = p->offer.known && p->offer.size ? p->size : -1;
    mp.eightBit = d.eightBit;
    mp.smtpUtf8 = d.smtpUtf8;
    if (withDsn) {
        mp.ret = dsn.ret;
        mp.envid = dsn.envid;
    }
    QString why;
    p->mailLine = commandline::mailFrom(mp, &why);
    const std::optional<commandline::DsnNotify> notify =
        dsn.notify.isEmpty() ? std::nullopt
                             : commandline::parseDsnNotify(QString::fromLatin1(dsn.notify), &why);
    QSet<QString> inEnvelope;
    for (const Mailbox &m : envelope.recipients) {
        EnvelopeEntry e;
        e.mailbox = m;
        e.role = named.value(addressKey(m), EnvelopeEntry::Role::Bcc);
        commandline::RcptParams rp;
        rp.path = m.envelope(d.smtpUtf8);
        rp.smtpUtf8 = d.smtpUtf8;
        if (notify) {
            rp.notify = notify;
            rp.orcpt = m.address();
        }
        e.rcptLine = commandline::rcptTo(rp, &why);
        p->recipients << e;
        inEnvelope.insert(addressKey(m));
    }
    for (const Mailbox &m : std::as_const(namedList))
        if (!inEnvelope.contains(addressKey(m)))
            p->notInEnvelope << m;
}

}  // namespace

WirePreview previewBytes(const QByteArray &message, const Envelope &envelope, const ServerOffer &offer,
                         const DsnOptions &dsn, bool eml)
{
    WireScanner scanner;
    scanner.push(message);
    WirePreview p = scanner.finish();
    p.eml = eml;
    p.offer = offer;
    fillEnvelope(&p, envelope, dsn, p.eightBitBody, false);
    return p;
}

bool previewMessage(MessageSource *source, const Envelope &envelope, const ServerOffer &offer,
                    const DsnOptions &dsn, WirePreview *out, QString *error)
{
    auto *eml = dynamic_cast<EmlFileSource *>(source);
    QString why;
    if (eml) {
        why = eml->openAsIs();
    } else {
        // What the session would do with this server; with an unknown one, as with a server that offers both.
        const EncodingOptions options{offer.known ? offer.eightBitMime : true,
                                      offer.known ? offer.smtpUtf8 : true};
        why = source->prepare(options);
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    WireScanner scanner;
    while (!source->atEnd()) {
        const QByteArray piece = source->read(1 << 20, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        if (piece.isEmpty())
            break;
        scanner.push(piece);
    }
    WirePreview p = scanner.finish();
    p.eml = eml != nullptr;
    p.offer = offer;
    fillEnvelope(&p, envelope, dsn, eml ? p.eightBitBody : source->needsEightBit(), source->needsSmtpUtf8());
    *out = p;
    return true;
}

QString describePart(const MimePart &part)
{
    QString type = QString::fromLatin1(part.contentType);
    if (!part.charset.isEmpty())
        type += QStringLiteral("; charset=") + QString::fromLatin1(part.charset);
    QStringList bits{type, QString::fromLatin1(part.transferEncoding)};
    if (part.decodedSize >= 0)
        bits << tr("%1 on the wire, %2 decoded").arg(bytesText(part.size), bytesText(part.decodedSize));
    else
        bits << bytesText(part.size);
    if (!part.disposition.isEmpty())
        bits << QString::fromLatin1(part.disposition);
    if (!part.fileName.isEmpty())
        bits << QLatin1Char('"') + part.fileName + QLatin1Char('"');
    return bits.join(QStringLiteral(", "));
}

QString formatPreview(const WirePreview &p)
{
    QString out;
    out += tr("Envelope (what the server is told; recipients in no header are Bcc):") + QLatin1Char('\n');
    out += QStringLiteral("  ") + QString::fromUtf8(p.mailLine) + QLatin1Char('\n');
    for (const EnvelopeEntry &e : p.recipients)
        out += QStringLiteral("  %1    %2\n").arg(QString::fromUtf8(e.rcptLine), roleName(e.role));
    for (const Mailbox &m : p.notInEnvelope)
        out += QStringLiteral("  ") + tr("(named in the header but sent no copy: %1)").arg(m.address())
               + QLatin1Char('\n');
    if (!p.offer.known)
        out += QStringLiteral("  ")
               + tr("(the server's EHLO is not known: built as for a server offering 8BITMIME and SMTPUTF8; "
                    "SIZE= is added when the server offers SIZE)")
               + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Header section, exactly as it goes out:") + QLatin1Char('\n');
    out += QString::fromUtf8(p.headerSection);
    out += QLatin1Char('\n') + tr("MIME structure:") + QLatin1Char('\n');
    for (const MimePart &part : p.parts)
        out += QString(2 + 2 * part.depth, QLatin1Char(' ')) + describePart(part) + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Size: %1").arg(bytesText(p.size)) + QLatin1Char('\n');
    return out;
}

}  // namespace smtp
