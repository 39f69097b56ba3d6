#include "commandline.h"

#include "address.h"
#include "linesafe.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

namespace smtp::commandline {

static QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::commandline", text);
}

static bool fail(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

static bool isLetDig(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

// RFC 5321 §4.1.3 Snum 3("." Snum), Snum = 1*3DIGIT with a value of 0-255.
static bool isIpv4Literal(const QString &s)
{
    const QStringList parts = s.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (QChar c : p)
            if (!c.isDigit() || c.unicode() > '9')
                return false;
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

static bool validAddressLiteral(const QString &value, QString *why)
{
    if (value.size() < 3 || !value.endsWith(QLatin1Char(']')))
        return fail(why, tr("an address literal must be closed with \"]\""));
    const QString inner = value.mid(1, value.size() - 2);
    if (isIpv4Literal(inner))
        return true;
    const qsizetype colon = inner.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(why, tr("an address literal must be an IPv4 address, IPv6:address or tag:value"));
    const QString tag = inner.left(colon);
    const QString rest = inner.mid(colon + 1);
    if (tag.compare(QLatin1String("IPv6"), Qt::CaseInsensitive) == 0) {
        // RFC 5321 §4.1.3 IPv6-addr: hex groups and colons, optionally ending in an IPv4 address.
        for (QChar c : rest)
            if (!(isLetDig(c) && (c.isDigit() || c.toLower() <= QLatin1Char('f'))) && c != QLatin1Char(':')
                && c != QLatin1Char('.'))
                return fail(why, tr("\"%1\" is not an IPv6 address").arg(rest));
        QHostAddress address;
        if (rest.isEmpty() || !address.setAddress(rest)
            || address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(why, tr("\"%1\" is not an IPv6 address").arg(rest));
        return true;
    }
    // General-address-literal: Standardized-tag ":" 1*dcontent, the tag an Ldh-str.
    if (tag.isEmpty() || !isLetDig(tag.back()))
        return fail(why, tr("the tag of an address literal must be letters, digits and hyphens"));
    for (QChar c : tag)
        if (!isLetDig(c) && c != QLatin1Char('-'))
            return fail(why, tr("the tag of an address literal must be letters, digits and hyphens"));
    if (rest.isEmpty())
        return fail(why, tr("an address literal needs a value after \"%1:\"").arg(tag));
    for (QChar c : rest) {
        const ushort u = c.unicode();
        if (u < 33 || u > 126 || u == '[' || u == '\\' || u == ']')
            return fail(
                why,
                tr("an address literal may hold only printable ASCII other than \"[\", \"\\\" and \"]\""));
    }
    return true;
}

bool validEhloArgument(const QString &value, QString *why)
{
    if (value.isEmpty())
        return fail(why, tr("the name is empty"));
    if (hasLineBreakOrNul(value))
        return fail(why, tr("the name contains a line break or NUL"));
    if (value.startsWith(QLatin1Char('[')))
        return validAddressLiteral(value, why);
    // Domain = sub-domain *("." sub-domain), sub-domain = Let-dig [Ldh-str]; domainToAce checks exactly that
    // on the A-label form, and the 63/253 octet limits (RFC 1035).
    if (domainToAce(value).isEmpty())
        return fail(why,
                    tr("\"%1\" is not a host name (letters, digits and hyphens, separated by dots) nor an "
                       "address literal such as [192.0.2.1]")
                        .arg(value));
    return true;
}

QByteArray DsnNotify::wire() const
{
    if (never)
        return "NEVER";
    QList<QByteArray> parts;
    if (success)
        parts << "SUCCESS";
    if (failure)
        parts << "FAILURE";
    if (delay)
        parts << "DELAY";
    return parts.join(',');
}

std::optional<DsnNotify> parseDsnNotify(const QString &value, QString *why)
{
    if (hasLineBreakOrNul(value)) {
        fail(why, tr("NOTIFY contains a line break or NUL"));
        return std::nullopt;
    }
    DsnNotify n;
    const QStringList items = value.split(QLatin1Char(','));
    for (const QString &raw : items) {
        const QString item = raw.trimmed().toUpper();
        bool *flag = item == QLatin1String("NEVER")     ? &n.never
                     : item == QLatin1String("SUCCESS") ? &n.success
                     : item == QLatin1String("FAILURE") ? &n.failure
                     : item == QLatin1String("DELAY")   ? &n.delay
                                                        : nullptr;
        if (!flag) {
            fail(why, item.isEmpty()
                          ? tr("NOTIFY has an empty item")
                          : tr("NOTIFY does not know \"%1\" (use NEVER, or SUCCESS, FAILURE and DELAY)")
                                .arg(raw.trimmed()));
            return std::nullopt;
        }
        if (*flag) {
            fail(why, tr("NOTIFY names %1 twice").arg(item));
            return std::nullopt;
        }
        *flag = true;
    }
    // RFC 3461 §4.1: NEVER excludes every other value.
    if (n.never && (n.success || n.failure || n.delay)) {
        fail(why, tr("NOTIFY=NEVER cannot be combined with SUCCESS, FAILURE or DELAY"));
        return std::nullopt;
    }
    return n;
}

QByteArray parseDsnRet(const QString &value, QString *why)
{
    const QString v = value.trimmed().toUpper();
    if (hasLineBreakOrNul(value)) {
        fail(why, tr("RET contains a line break or NUL"));
        return {};
    }
    if (v != QLatin1String("FULL") && v != QLatin1String("HDRS")) {
        fail(why, tr("RET must be FULL or HDRS, not \"%1\"").arg(value));
        return {};
    }
    return v.toLatin1();
}

bool validEnvid(const QString &value, QString *why)
{
    if (hasLineBreakOrNul(value))
        return fail(why, tr("ENVID contains a line break or NUL"));
    if (value.isEmpty())
        return fail(why, tr("ENVID is empty"));
    for (QChar c : value)
        if (c.unicode() < 32 || c.unicode() > 126)
            return fail(why, tr("ENVID may hold only printable ASCII characters"));
    if (xtext(value.toLatin1()).size() > 100)
        return fail(why, tr("ENVID is longer than 100 characters once encoded"));
    return true;
}

bool validAuthIdentity(const QString &value, QString *why)
{
    if (value.isEmpty())
        return fail(why, tr("the user name is empty"));
    if (hasLineBreakOrNul(value))
        return fail(why, tr("the user name contains a line break or NUL"));
    return true;
}

QByteArray xtext(const QByteArray &raw)
{
    QByteArray out;
    for (char ch : raw) {
        const uchar c = uchar(ch);
        if (c < 33 || c > 126 || c == '+' || c == '=')
            out += '+' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        else
            out += ch;
    }
    return out;
}

QByteArray utf8AddrXtext(const QString &address)
{
    QByteArray out;
    for (char32_t u : address.toUcs4()) {
        // QCHAR = %x21-2a / %x2c-3c / %x3e-5b / %x5d-7e
        if (u >= 0x21 && u <= 0x7e && u != '+' && u != '=' && u != '\\')
            out += char(u);
        else
            out += "\\x{" + QByteArray::number(uint(u), 16).toUpper().rightJustified(2, '0') + '}';
    }
    return out;
}

// RFC 5321 §4.1.2 Path: a reverse- or forward-path holds no control character, space outside quotes, or
// angle bracket; non-ASCII only with SMTPUTF8 (RFC 6531 §3.3). Mailbox already parses strictly; this is the
// last guard before the wire.
static bool validPath(const QByteArray &path, bool utf8, bool allowEmpty, QString *why)
{
    if (hasLineBreakOrNul(path))
        return fail(why, tr("the address contains a line break or NUL"));
    if (path.isEmpty())
        return allowEmpty || fail(why, tr("the address is empty"));
    bool quoted = false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const uchar c = uchar(path[i]);
        if (c < 32 || c == 127)
            return fail(why, tr("the address contains a control character"));
        if (c >= 0x80 && !utf8)
            return fail(why, tr("the address has non-ASCII characters and SMTPUTF8 is not in use"));
        if (quoted && c == '\\') {
            ++i;  // quoted-pairSMTP: the next character is %d32-126
            if (i >= path.size() || uchar(path[i]) < 32 || uchar(path[i]) > 126)
                return fail(why, tr("the address has a bad escape in its quoted part"));
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == ' ' || c == '<' || c == '>'))
            return fail(why, tr("the address contains a space or an angle bracket"));
    }
    if (quoted)
        return fail(why, tr("the address has an unclosed quote"));
    return true;
}

QByteArray ehlo(const QString &argument, QString *why)
{
    if (!validEhloArgument(argument, why))
        return {};
    return "EHLO " + (argument.startsWith(QLatin1Char('[')) ? argument.toLatin1() : domainToAce(argument));
}

QByteArray helo(const QString &argument, QString *why)
{
    if (!validEhloArgument(argument, why))
        return {};
    return "HELO " + (argument.startsWith(QLatin1Char('[')) ? argument.toLatin1() : domainToAce(argument));
}

QByteArray startTls()
{
    return "STARTTLS";
}
QByteArray data()
{
    return "DATA";
}
QByteArray rset()
{
    return "RSET";
}
QByteArray quit()
{
    return "QUIT";
}
QByteArray bdat(qint64 size, bool last)
{
    return "BDAT " + QByteArray::number(qMax<qint64>(size, 0)) + (last ? " LAST" : "");
}

QByteArray mailFrom(const MailParams &p, QString *why)
{
    if (!validPath(p.path, p.smtpUtf8, true, why))
        return {};
    QByteArray line = "MAIL FROM:<" + p.path + '>';
    if (p.size >= 0)
        line += " SIZE=" + QByteArray::number(p.size);
    if (p.eightBit)
        line += " BODY=8BITMIME";
    if (p.smtpUtf8)
        line += " SMTPUTF8";
    if (!p.ret.isEmpty()) {
        const QByteArray ret = parseDsnRet(QString::fromLatin1(p.ret), why);
        if (ret.isEmpty())
            return {};
        line += " RET=" + ret;
    }
    if (!p.envid.isEmpty()) {
        if (!validEnvid(p.envid, why))
            return {};
        line += " ENVID=" + xtext(p.envid.toLatin1());
    }
    return line;
}

QByteArray rcptTo(const RcptParams &p, QString *why)
{
    if (!validPath(p.path, p.smtpUtf8, false, why))
        return {};
    QByteArray line = "RCPT TO:<" + p.path + '>';
    if (p.notify) {
        // Re-checked: a DsnNotify built by hand could say NEVER and SUCCESS at once.
        if (p.notify->never && (p.notify->success || p.notify->failure || p.notify->delay)) {
            fail(why, tr("NOTIFY=NEVER cannot be combined with SUCCESS, FAILURE or DELAY"));
            return {};
        }
        const QByteArray notify = p.notify->wire();
        if (!notify.isEmpty())
            line += " NOTIFY=" + notify;
    }
    if (!p.orcpt.isEmpty()) {
        if (hasLineBreakOrNul(p.orcpt)) {
            fail(why, tr("the original recipient contains a line break or NUL"));
            return {};
        }
        bool ascii = true;
        for (QChar c : p.orcpt)
            ascii = ascii && c.unicode() < 0x80;
        // RFC 3461 §4.2 rfc822 for ASCII addresses; RFC 6533 §3 utf-8 for the others.
        line +=
            ascii ? " ORCPT=rfc822;" + xtext(p.orcpt.toLatin1()) : " ORCPT=utf-8;" + utf8AddrXtext(p.orcpt);
    }
    return line;
}

static bool isBase64(const QByteArray &b)
{
    for (char c : b)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
              || c == '/' || c == '='))
            return false;
    return true;
}

QByteArray auth(const QByteArray &mechanism, const QByteArray &initialResponse, QString *why)
{
    if (mechanism.isEmpty() || mechanism.size() > 20) {
        fail(why, tr("the login method name is not valid"));
        return {};
    }
    for (char c : mechanism)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
            fail(why, tr("the login method name is not valid"));
            return {};
        }
    QByteArray line = "AUTH " + mechanism;
    if (!initialResponse.isNull()) {
        if (initialResponse.isEmpty() || !isBase64(initialResponse)) {
            fail(why, tr("the login response is not base64"));
            return {};
        }
        line += ' ' + initialResponse;
    }
    return line;
}

std::optional<QByteArray> saslResponse(const QByteArray &base64, QString *why)
{
    if (!isBase64(base64)) {
        fail(why, tr("the login response is not base64"));
        return std::nullopt;
    }
    return base64.isNull() ? QByteArray("") : base64;
}

QByteArray saslCancel()
{
    return "*";
}

MailDeclaration declare(bool envelopeUtf8, bool contentUtf8, bool headersUtf8, bool bodyEightBit,
                        bool offersEightBitMime)
{
    return {envelopeUtf8 || contentUtf8, bodyEightBit || (headersUtf8 && offersEightBitMime)};
}

QByteArray typedCommand(const QString &typed, QString *why)
{
    const QByteArray bytes = typed.toUtf8();
    QString reason;
    if (hasLineBreakOrNul(typed))
        reason =
            tr("the line contains a line break (CR or LF) or a NUL character, which would end or cut the "
               "command; nothing was sent");
    else if (typed.trimmed().isEmpty())
        reason = tr("the line is empty; nothing was sent");
    else if (bytes.size() > MaxCommandLine)
        reason = tr("the line is %1 octets long; a command line may have at most %2 (512 with its CRLF, "
                    "RFC 5321 §4.5.3.1.4); nothing was sent")
                     .arg(bytes.size())
                     .arg(MaxCommandLine);
    if (reason.isEmpty())
        return bytes;
    fail(why, reason);
    return {};
}

std::optional<QByteArray> typedContentLine(const QString &typed, QString *why)
{
    const QByteArray bytes = typed.toUtf8();
    QString reason;
    if (hasLineBreakOrNul(typed))
        reason = tr("the line contains a line break (CR or LF) or a NUL character; each line of the message "
                    "is typed on its own; nothing was sent");
    else if (bytes.size() > MaxTextLine)
        reason = tr("the line is %1 octets long; a line of a message may have at most %2 (1000 with its "
                    "CRLF, RFC 5321 §4.5.3.1.6); nothing was sent")
                     .arg(bytes.size())
                     .arg(MaxTextLine);
    if (reason.isEmpty())
        return bytes;
    fail(why, reason);
    return std::nullopt;
}

}  // namespace smtp::commandline
