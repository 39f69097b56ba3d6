#include "encoding.h"

#include <QLocale>
#include <QTimeZone>
#include <cstring>

namespace smtp {

static bool isAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Encoded words of at most 75 characters; never splits a UTF-8 sequence (RFC 2047 §5, rule 3).
static QList<QByteArray> encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    constexpr int maxRaw = 45;  // 45 bytes -> 60 base64 characters -> 72 with "=?UTF-8?B?" and "?="
    // The first word is shorter so that it fits on the header's first line after "Subject: " or the like:
    // folding right after the colon would leave some readers with a leading space in the decoded text.
    constexpr int firstMaxRaw = 36;
    auto flush = [&] {
        if (!chunk.isEmpty())
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        qsizetype len = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray ch = text.mid(i, len).toUtf8();
        if (chunk.size() + ch.size() > (words.isEmpty() ? firstMaxRaw : maxRaw))
            flush();
        chunk += ch;
        i += len;
    }
    flush();
    return words;
}

static bool isPlainAtomPhrase(const QString &s)
{
    if (s.contains(QLatin1String("=?")))
        return false;
    for (QChar c : s) {
        const ushort u = c.unicode();
        if (u >= 0x80 || u < 0x20 || u == 0x7f)
            return false;
        if (QByteArrayView("()<>[]:;@\\,.\"").contains(char(u)))
            return false;
    }
    return true;
}

static bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// The pieces between which foldHeader may fold (RFC 5322 §2.2.3): the first word with any white space before
// it, then each run of white space with the word after it. White space at the very end stays with the last
// piece, so that no line is made of white space only (§3.2.2).
static QList<QByteArray> foldUnits(const QByteArray &value)
{
    QList<QByteArray> units;
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n) {
        const qsizetype start = i;
        while (i < n && isWsp(value[i]))
            ++i;
        if (i == n && !units.isEmpty()) {
            units.last() += value.mid(start);
            break;
        }
        while (i < n && !isWsp(value[i]))
            ++i;
        units << value.mid(start, i - start);
    }
    return units;
}

// RFC 5322 §2.1.1: a header line is at most 998 characters, and folding only happens at white space, so a
// longer piece can only go out as encoded words (each at most 75 characters). 900 leaves room for the field
// name.
static bool hasUnfoldableWord(const QString &text)
{
    for (const QByteArray &unit : foldUnits(text.toUtf8()))
        if (unit.size() > 900)
            return true;
    return false;
}

QByteArray encodePhrase(const QString &text, bool utf8)
{
    const QString t = text.simplified();
    bool control = false;  // RFC 5322 §3.2.4: control characters are only obsolete qtext; never send them raw
    for (QChar c : t)
        control = control || c.unicode() < 0x20 || c.unicode() == 0x7f;
    if (hasUnfoldableWord(t) || control)
        return encodedWords(t).join(' ');
    if (isPlainAtomPhrase(t))
        return t.toLatin1();
    if (isAscii(t) || utf8) {
        QByteArray q = "\"";
        for (QChar c : t) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                q += '\\';
            q += QString(c).toUtf8();
        }
        return q + '"';
    }
    return encodedWords(t).join(' ');
}

QByteArray encodeUnstructured(const QString &text, bool utf8)
{
    bool plain = utf8 || isAscii(text);
    if (text.contains(QLatin1String("=?")))
        plain = false;
    for (QChar c : text)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            plain = false;
    if (plain && hasUnfoldableWord(text))
        plain = false;  // counted in UTF-8 bytes: 900 characters of UTF-8 text can be 2,700 bytes
    if (plain)
        return text.toUtf8();
    return encodedWords(text).join(' ');
}

QByteArray foldHeader(const QByteArray &name, const QByteArray &value)
{
    // RFC 5322 §2.2.3: a fold is a CRLF put in front of white space that is already there, so unfolding gives
    // the value back exactly. Never in front of the first word: "Subject:" CRLF " text" makes some readers
    // show a leading space. A piece longer than a line stays whole on a line of its own.
    QByteArray out = name + ": ";
    qsizetype lineLen = out.size();
    bool first = true;
    for (const QByteArray &unit : foldUnits(value)) {
        if (!first && lineLen + unit.size() > 78) {
            out += "\r\n";
            lineLen = 0;
        }
        out += unit;
        lineLen += unit.size();
        first = false;
    }
    return out + "\r\n";
}

QByteArray foldList(const QByteArray &name, const QList<QByteArray> &items)
{
    QByteArray out = name + ':';
    qsizetype lineLen = out.size();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray item = items[i] + (i + 1 < items.size() ? "," : "");
        // Fold between items when the whole item does not fit; long items fold inside at their spaces.
        if (i > 0 && lineLen + 1 + item.size() > 78) {
            out += "\r\n";
            lineLen = 0;
        }
        const QList<QByteArray> words = item.split(' ');
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (lineLen > 1 && lineLen + 1 + words[w].size() > 78 && !words[w].isEmpty()) {
                out += "\r\n";
                lineLen = 0;
            }
            out += ' ' + words[w];
            lineLen += 1 + words[w].size();
        }
    }
    return out + "\r\n";
}

static bool isTokenChar(char c)
{
    return c > 0x20 && c < 0x7f && !QByteArrayView("()<>@,;:\\\"/[]?=").contains(c);
}

QList<QByteArray> rfc2231Parameter(const QByteArray &name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    bool ascii = isAscii(value);
    for (char c : utf8)
        if (c < 0x20 || c == 0x7f)
            ascii = false;
    if (ascii && utf8.size() + name.size() < 70) {
        QByteArray q = name + "=\"";
        for (char c : utf8) {
            if (c == '"' || c == '\\')
                q += '\\';
            q += c;
        }
        return {q + '"'};
    }
    // RFC 2231 §3 and §4: charset'language'percent-encoded, split into numbered sections.
    // A character's bytes stay in one section: the RFC joins sections before decoding, but some readers
    // decode each section on its own.
    QList<QByteArray> sections;
    QByteArray current = "utf-8''";
    for (qsizetype i = 0; i < value.size();) {
        const qsizetype len = value[i].isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        QByteArray piece;
        for (char c : value.mid(i, len).toUtf8()) {
            if (isTokenChar(c) && c != '*' && c != '\'' && c != '%')
                piece += c;
            else
                piece += '%' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        }
        i += len;
        if (current.size() + piece.size() > 60) {
            sections << current;
            current.clear();
        }
        current += piece;
    }
    sections << current;
    QList<QByteArray> out;
    for (qsizetype i = 0; i < sections.size(); ++i)
        out << name + '*' + QByteArray::number(i) + "*=" + sections[i];
    if (out.size() == 1)
        out[0] = name + "*=" + sections[0];
    return out;
}

QByteArray quotedPrintable(const QByteArray &crlfText)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(crlfText.size() * 11 / 10 + 16);
    const QList<QByteArray> lines = crlfText.split('\n');
    for (qsizetype li = 0; li < lines.size(); ++li) {
        QByteArray line = lines[li];
        const bool hadCrlf = li + 1 < lines.size();
        if (hadCrlf && line.endsWith('\r'))
            line.chop(1);
        qsizetype col = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line[i]);
            const bool last = i + 1 == line.size();
            QByteArray piece;
            // Trailing white space must be encoded (RFC 2045 §6.7 rule 3); a leading '.' is encoded so no
            // transport ever has to stuff it.
            if ((c >= 33 && c <= 126 && c != '=' && !(c == '.' && col == 0))
                || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else {
                piece = "=";
                piece += hex[c >> 4];
                piece += hex[c & 15];
            }
            if (col + piece.size() > 75) {
                out += "=\r\n";
                col = 0;
                if (piece == ".") {
                    piece = "=2E";
                }
            }
            out += piece;
            col += piece.size();
        }
        if (hadCrlf)
            out += "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArray &raw)
{
    // Encoded straight into one buffer: no temporary per 57-byte line.
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray out(base64LinesSize(raw.size()), Qt::Uninitialized);
    char *o = out.data();
    const auto *in = reinterpret_cast<const uchar *>(raw.constData());
    const qsizetype n = raw.size();
    for (qsizetype line = 0; line < n; line += 57) {
        const qsizetype lineEnd = qMin(n, line + 57);
        qsizetype i = line;
        for (; i + 3 <= lineEnd; i += 3) {
            const uint v = (uint(in[i]) << 16) | (uint(in[i + 1]) << 8) | in[i + 2];
            *o++ = table[v >> 18];
            *o++ = table[(v >> 12) & 63];
            *o++ = table[(v >> 6) & 63];
            *o++ = table[v & 63];
        }
        if (i < lineEnd) {
            const uint v = (uint(in[i]) << 16) | (i + 1 < lineEnd ? uint(in[i + 1]) << 8 : 0);
            *o++ = table[v >> 18];
            *o++ = table[(v >> 12) & 63];
            *o++ = i + 1 < lineEnd ? table[(v >> 6) & 63] : '=';
            *o++ = '=';
        }
        *o++ = '\r';
        *o++ = '\n';
    }
    Q_ASSERT(o == out.data() + out.size());
    return out;
}

qint64 base64LinesSize(qint64 rawSize)
{
    const qint64 fullLines = rawSize / 57;
    const qint64 rest = rawSize % 57;
    return fullLines * 78 + (rest ? (rest + 2) / 3 * 4 + 2 : 0);
}

QByteArray toCrlf(const QString &text)
{
    LineEndingNormalizer n;
    return n.push(text.toUtf8()) + n.finish();
}

QByteArray rfc5322Date(const QDateTime &dt)
{
    const QString s = QLocale::c().toString(dt, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss "));
    int offset = dt.offsetFromUtc() / 60;
    const char sign = offset < 0 ? '-' : '+';
    offset = qAbs(offset);
    return s.toLatin1() + sign + QByteArray::number(offset / 60).rightJustified(2, '0')
           + QByteArray::number(offset % 60).rightJustified(2, '0');
}

QByteArray LineEndingNormalizer::push(const QByteArray &chunk)
{
    QByteArray out;
    out.reserve(chunk.size() + chunk.size() / 32 + 2);
    const char *p = chunk.constData();
    const char *const end = p + chunk.size();
    while (p < end) {
        if (m_pendingCr) {
            m_pendingCr = false;
            out += "\r\n";
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        // Copy the run up to the next line-ending byte in one go.
        const char *q = p;
        while (q < end && *q != '\r' && *q != '\n')
            ++q;
        out.append(p, q - p);
        if (q == end)
            break;
        if (*q == '\r')
            m_pendingCr = true;
        else
            out += "\r\n";
        p = q + 1;
    }
    return out;
}

QByteArray LineEndingNormalizer::finish()
{
    if (m_pendingCr) {
        m_pendingCr = false;
        return "\r\n";
    }
    return {};
}

QByteArray DotStuffer::push(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return {};
    m_any = true;
    QByteArray out;
    out.reserve(chunk.size() + 64);
    const char *const base = chunk.constData();
    const qsizetype n = chunk.size();
    qsizetype start = 0;  // first byte not yet copied
    qsizetype i = 0;      // start of the current line
    while (i < n) {
        if (m_atLineStart && base[i] == '.') {
            out.append(base + start, i - start);
            out += '.';
            start = i;
        }
        const void *nl = std::memchr(base + i, '\n', size_t(n - i));
        if (!nl) {
            m_atLineStart = false;
            break;
        }
        i = static_cast<const char *>(nl) - base + 1;
        m_atLineStart = true;
    }
    out.append(base + start, n - start);
    return out;
}

QByteArray DotStuffer::finish()
{
    return (m_any && !m_atLineStart) ? QByteArray("\r\n.\r\n") : QByteArray(".\r\n");
}

}  // namespace smtp
