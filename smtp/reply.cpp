#include "reply.h"

#include "explain.h"
#include <QCoreApplication>

namespace smtp {

QString Reply::text() const
{
    QStringList parts;
    for (const QByteArray &l : lines)
        parts << QString::fromUtf8(l).trimmed();
    return parts.join(QLatin1Char(' ')).trimmed();
}

QString Reply::summary() const
{
    QString s = QString::number(code);
    if (!enhanced.isEmpty())
        s += QLatin1Char(' ') + QString::fromLatin1(enhanced);
    const QString t = text();
    if (!t.isEmpty())
        s += QLatin1Char(' ') + t;
    return s;
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_partial = Reply();
    m_error = Error::None;
}

void ReplyParser::feed(const QByteArray &bytes)
{
    if (m_error != Error::None)
        return;
    m_buffer.append(bytes);
}

// A line ends at LF, with or without the CR before it. RFC 5321 §2.3.8 wants CRLF, but some servers end
// replies in a bare LF; waiting for a CR that never comes would stall until the timeout, so they are read as
// lines (be liberal in what you accept, RFC 1122 §1.2.2). A CR not followed by LF stays part of the line's
// text, as it always has: only the LF ends a line, so "250 a\r250 b\r\n" is one line. The length bound counts
// the text without CR or LF.
bool ReplyParser::takeLine(QByteArray *line)
{
    const qsizetype lf = m_buffer.indexOf('\n');
    if (lf < 0) {
        // No complete line yet: refuse to buffer more than one line's worth (and the CR that may end it).
        if (m_buffer.size() > MaxLineLength + 1)
            m_error = Error::LineTooLong;
        return false;
    }
    const qsizetype end = lf > 0 && m_buffer.at(lf - 1) == '\r' ? lf - 1 : lf;
    if (end > MaxLineLength) {
        m_error = Error::LineTooLong;
        return false;
    }
    *line = m_buffer.left(end);
    m_buffer.remove(0, lf + 1);
    return true;
}

static bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 3463: class.subject.detail, class matching the reply's first digit.
static QByteArray takeEnhanced(QByteArray &text, int code)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n < 5 || text.at(0) != char('0' + code / 100) || text.at(1) != '.')
        return {};
    i = 2;
    const qsizetype s1 = i;
    while (i < n && isDigit(text.at(i)))
        ++i;
    if (i == s1 || i - s1 > 3 || i >= n || text.at(i) != '.')
        return {};
    ++i;
    const qsizetype s2 = i;
    while (i < n && isDigit(text.at(i)))
        ++i;
    if (i == s2 || i - s2 > 3)
        return {};
    if (i < n && text.at(i) != ' ')
        return {};
    QByteArray enhanced = text.left(i);
    text = text.mid(i < n ? i + 1 : i);
    return enhanced;
}

std::optional<Reply> ReplyParser::next()
{
    QByteArray line;
    while (m_error == Error::None && takeLine(&line)) {
        // RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ]
        // CRLF
        if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) || line[0] < '2'
            || line[0] > '5' || (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
            m_error = Error::Malformed;
            return std::nullopt;
        }
        const int code = line.left(3).toInt();
        const bool more = line.size() > 3 && line[3] == '-';
        if (!m_partial.lines.isEmpty() && code != m_partial.code) {
            m_error = Error::Malformed;
            return std::nullopt;
        }
        if (m_partial.lines.size() >= MaxLines) {
            m_error = Error::TooManyLines;
            return std::nullopt;
        }
        m_partial.code = code;
        QByteArray text = line.size() > 4 ? line.mid(4) : QByteArray();
        const QByteArray enhanced = takeEnhanced(text, code);
        if (m_partial.lines.isEmpty())
            m_partial.enhanced = enhanced;
        m_partial.lines.append(text);
        if (!more) {
            Reply r = m_partial;
            m_partial = Reply();
            return r;
        }
    }
    return std::nullopt;
}

QString ReplyParser::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::LineTooLong:
        return QCoreApplication::translate("smtp::ReplyParser",
                                           "the server sent a reply line longer than %1 bytes")
            .arg(MaxLineLength);
    case Error::TooManyLines:
        return QCoreApplication::translate("smtp::ReplyParser",
                                           "the server sent a reply of more than %1 lines")
            .arg(MaxLines);
    case Error::Malformed:
        return QCoreApplication::translate("smtp::ReplyParser",
                                           "the server sent a line that is not an SMTP reply");
    }
    return {};
}

// The words live in explain.cpp, with the RFC 3463 registry in statuscodes.cpp: one explainer for the log,
// the result panel and the command line.
QString explainReply(int code, const QByteArray &enhanced)
{
    return explainReply(code, enhanced, Stage::None);
}

}  // namespace smtp
