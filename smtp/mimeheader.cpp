#include "mimeheader.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>

namespace smtp {

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    if (charset.isEmpty() || charset.compare("utf-8", Qt::CaseInsensitive) == 0
        || charset.compare("us-ascii", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return QString::fromLatin1(bytes);
    return decoder.decode(bytes);
}

bool decodeEncodedWord(QStringView word, QString *out)
{
    if (word.size() < 8 || !word.startsWith(u"=?") || !word.endsWith(u"?="))
        return false;
    const QList<QStringView> parts = word.mid(2, word.size() - 4).split(u'?');
    if (parts.size() != 3 || parts[0].isEmpty())
        return false;
    const QByteArray charset = parts[0].left(parts[0].indexOf(u'*')).toLatin1();  // RFC 2231 §5 language
    const QByteArray text = parts[2].toLatin1();
    QByteArray bytes;
    if (parts[1].compare(u"B", Qt::CaseInsensitive) == 0) {
        const auto r = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!r)
            return false;
        bytes = *r;
    } else if (parts[1].compare(u"Q", Qt::CaseInsensitive) == 0) {
        // §4.2: "_" is a space, "=XX" a byte.
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == '_') {
                bytes += ' ';
            } else if (text[i] == '=') {
                bool ok = false;
                const int v = text.mid(i + 1, 2).toInt(&ok, 16);
                if (!ok || i + 2 >= text.size())
                    return false;
                bytes += char(v);
                i += 2;
            } else {
                bytes += text[i];
            }
        }
    } else {
        return false;
    }
    QString decoded;
    if (charset.compare("us-ascii", Qt::CaseInsensitive) == 0
        || charset.compare("ascii", Qt::CaseInsensitive) == 0) {
        decoded = QString::fromLatin1(bytes);
    } else {
        // Every charset Qt knows, through ICU in Debian's build (ISO-8859-*, windows-125x, ISO-2022-JP, ...).
        QStringDecoder decoder(charset.constData());
        if (!decoder.isValid())
            return false;
        decoded = decoder.decode(bytes);
        if (decoder.hasError())
            return false;
    }
    for (QChar c : std::as_const(decoded))
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    *out = decoded;
    return true;
}

QString decodeWords(const QByteArray &text)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?[^?]+\?[BbQq]\?[^?]*\?=)"));
    const QString s = QString::fromUtf8(text);
    QString out;
    qsizetype pos = 0;
    bool lastWasWord = false;
    QRegularExpressionMatchIterator it = word.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView between = QStringView(s).mid(pos, m.capturedStart() - pos);
        QString decoded;
        const bool ok = decodeEncodedWord(m.capturedView(), &decoded);
        if (!(ok && lastWasWord && between.trimmed().isEmpty()))
            out += between;
        out += ok ? decoded : m.captured();
        pos = m.capturedEnd();
        lastWasWord = ok;
    }
    out += QStringView(s).mid(pos);
    return out;
}

// A header parameter: name="value", name=value, or RFC 2231 name*=charset''%XX and name*0*=... pieces.
QString headerParameter(const QByteArray &value, const QByteArray &name)
{
    QByteArray joined;
    QByteArray charset;
    bool extended = false;
    QString plain;
    bool havePlain = false;
    static const QRegularExpression param(
        QStringLiteral(R"re(;\s*([A-Za-z0-9_.-]+)(\*[0-9]+)?(\*)?\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*))re"));
    QRegularExpressionMatchIterator it = param.globalMatch(QString::fromUtf8(value));
    QMap<int, QByteArray> pieces;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).toLatin1().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QString v = m.captured(4);
        if (v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')) && v.size() >= 2) {
            v = v.mid(1, v.size() - 2);
            v.replace(QStringLiteral("\\\""), QStringLiteral("\""))
                .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        }
        const bool star = !m.captured(3).isEmpty();
        const bool numbered = !m.captured(2).isEmpty();
        if (!star && !numbered) {
            plain = v;
            havePlain = true;
            continue;
        }
        QByteArray raw = v.toUtf8();
        const int index = numbered ? m.captured(2).mid(1).toInt() : 0;
        if (star) {
            extended = true;
            if (index == 0) {
                // charset'language'value (RFC 2231 §4)
                const qsizetype q1 = raw.indexOf('\'');
                const qsizetype q2 = q1 < 0 ? -1 : raw.indexOf('\'', q1 + 1);
                if (q2 > 0) {
                    charset = raw.left(q1);
                    raw = raw.mid(q2 + 1);
                }
            }
            raw = QByteArray::fromPercentEncoding(raw);
        }
        pieces.insert(index, raw);
    }
    if (!pieces.isEmpty()) {
        for (const QByteArray &p : std::as_const(pieces))
            joined += p;
        return extended ? decodeCharset(joined, charset) : QString::fromUtf8(joined);
    }
    return havePlain ? decodeWords(plain.toUtf8()) : QString();
}

}  // namespace smtp
