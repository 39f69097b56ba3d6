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

namespace {

// RFC 2047 §4.2: "_" is a space, "=XX" a byte.
QByteArray decodeQWord(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

QString decodeWords(const QByteArray &text)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?*]+)(\*[^?]*)?\?([BbQq])\?([^?]*)\?=)"));
    const QString s = QString::fromUtf8(text);
    QString out;
    qsizetype pos = 0;
    bool lastWasWord = false;
    QRegularExpressionMatchIterator it = word.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = s.mid(pos, m.capturedStart() - pos);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            out += between;
        const QByteArray payload = m.captured(4).toLatin1();
        const QByteArray raw = m.captured(3).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0
                                   ? QByteArray::fromBase64(payload)
                                   : decodeQWord(payload);
        out += decodeCharset(raw, m.captured(1).toLatin1());
        pos = m.capturedEnd();
        lastWasWord = true;
    }
    out += s.mid(pos);
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
