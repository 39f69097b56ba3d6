#include "reply.h"

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

static QString explainEnhanced(const QByteArray &enhanced)
{
    const QList<QByteArray> p = enhanced.split('.');
    if (p.size() != 3)
        return {};
    const QByteArray sd = p[1] + '.' + p[2];
    static const struct
    {
        const char *code;
        const char *words;
    } known[] = {
        {"0.0", "no further detail"},
        {"1.0", "something about an address"},
        {"1.1", "the mailbox does not exist"},
        {"1.2", "the recipient's domain does not exist or does not take mail"},
        {"1.3", "the address is not written correctly"},
        {"1.5", "the recipient address is valid"},
        {"1.6", "the mailbox has moved"},
        {"1.7", "the sender's address is not written correctly"},
        {"1.8", "the sender's domain is not valid"},
        {"2.0", "something about the mailbox"},
        {"2.1", "the mailbox is disabled"},
        {"2.2", "the mailbox is full"},
        {"2.3", "the message is larger than this mailbox accepts"},
        {"3.0", "something about the mail system"},
        {"3.1", "the mail system is full"},
        {"3.4", "the message is too big for the system"},
        {"4.0", "something about the network or routing"},
        {"4.1", "the next server did not answer"},
        {"4.2", "the connection was dropped"},
        {"4.4", "the mail could not be routed"},
        {"4.7", "the message was too old by the time it was handled"},
        {"5.0", "something about the protocol"},
        {"5.1", "the command was not understood"},
        {"5.2", "the command had a syntax error"},
        {"5.3", "too many recipients"},
        {"5.4", "invalid command arguments"},
        {"6.0", "something about the content"},
        {"6.3", "a conversion was needed but is not supported"},
        {"7.0", "something about security or policy"},
        {"7.1", "delivery was not authorised; the message was refused"},
        {"7.8", "the user name or password was not accepted"},
        {"7.9", "this authentication mechanism is too weak"},
        {"7.11", "encryption is required for this authentication mechanism"},
    };
    for (const auto &k : known)
        if (sd == k.code)
            return QString::fromLatin1(k.words);
    return {};
}

QString explainReply(int code, const QByteArray &enhanced)
{
    QString cls;
    switch (code / 100) {
    case 2:
        cls = QStringLiteral("2xx: success, the command was accepted");
        break;
    case 3:
        cls =
            QStringLiteral("3xx: the server is waiting for more (for example the message after DATA, or the "
                           "next step of a login)");
        break;
    case 4:
        cls = QStringLiteral("4xx: temporary failure; the same thing may work later");
        break;
    case 5:
        cls = QStringLiteral("5xx: permanent failure; sending the same again will fail again");
        break;
    default:
        cls = QStringLiteral("not a valid SMTP reply code");
    }
    static const struct
    {
        int code;
        const char *words;
    } known[] = {
        {211, "system status"},
        {214, "help text"},
        {220, "the server is ready"},
        {221, "the server is closing the connection"},
        {235, "login accepted"},
        {250, "done"},
        {251, "the recipient is not local; the server will forward"},
        {252, "cannot check the recipient, but will try to deliver"},
        {334, "the server asks for the next step of the login"},
        {354, "send the message now, ending with a line holding only a dot"},
        {421, "the server is shutting the connection down"},
        {450, "the mailbox is unavailable for now (busy or blocked)"},
        {451, "the server had a local error; try again later"},
        {452, "the server is short of storage, or there are too many recipients"},
        {454, "TLS or authentication is temporarily unavailable"},
        {455, "the server cannot take these parameters now"},
        {500, "the command was not recognised"},
        {501, "the arguments were not accepted"},
        {502, "the command is not implemented"},
        {503, "the commands came in the wrong order"},
        {504, "this parameter is not implemented"},
        {521, "this host does not accept mail"},
        {530, "authentication is required"},
        {534, "this authentication mechanism is too weak"},
        {535, "the user name or password was not accepted"},
        {538, "encryption is required for this authentication mechanism"},
        {550, "the mailbox is unavailable or the message was refused by policy"},
        {551, "the user is not local"},
        {552, "the message exceeds the storage allocation or size limit"},
        {553, "the mailbox name is not allowed"},
        {554, "the transaction failed"},
        {555, "the MAIL FROM or RCPT TO parameters were not recognised"},
    };
    QString out = cls;
    for (const auto &k : known)
        if (k.code == code)
            out = QStringLiteral("%1 (%2)").arg(QString::fromLatin1(k.words), cls);
    const QString e = explainEnhanced(enhanced);
    if (!e.isEmpty())
        out += QStringLiteral("; %1: %2").arg(QString::fromLatin1(enhanced), e);
    return out;
}

}  // namespace smtp
