#include "address.h"

#include "encoding.h"

#include <QUrl>

namespace smtp {

static bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return true;  // RFC 6532 UTF8-non-ascii
    const char a = char(c.unicode());
    if ((a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9'))
        return true;
    return a != 0 && QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(a);
}

static bool isDotAtom(const QString &s)
{
    if (s.isEmpty() || s.startsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char('.'))
        || s.contains(QLatin1String("..")))
        return false;
    for (QChar c : s)
        if (c != QLatin1Char('.') && !isAtext(c))
            return false;
    return true;
}

static bool hasForbidden(const QString &s)
{
    for (QChar c : s)
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0)
            return true;
    return false;
}

QByteArray domainToAce(const QString &domain)
{
    if (domain.startsWith(QLatin1Char('['))) {
        // RFC 5321 §4.1.3: an address literal holds only dcontent (printable ASCII but "[", "\" and "]");
        // anything else would be sent as something else (toLatin1) or break the command line.
        if (domain.size() < 3 || !domain.endsWith(QLatin1Char(']')))
            return {};
        for (qsizetype i = 1; i + 1 < domain.size(); ++i) {
            const ushort u = domain[i].unicode();
            if (u < 33 || u > 126 || u == '[' || u == '\\' || u == ']')
                return {};
        }
        return domain.toLatin1();
    }
    const QByteArray ace = QUrl::toAce(domain, QUrl::IgnoreIDNWhitelist);
    if (ace.isEmpty() || ace.size() > 253)
        return {};
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return {};
        for (char c : label)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                return {};
    }
    return ace;
}

QString Mailbox::address() const { return quotedLocalPart() + QLatin1Char('@') + domain; }

bool Mailbox::needsSmtpUtf8() const
{
    for (QChar c : localPart)
        if (c.unicode() >= 0x80)
            return true;
    return false;
}

bool Mailbox::domainIsAscii() const
{
    for (QChar c : domain)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

QString Mailbox::quotedLocalPart() const
{
    if (isDotAtom(localPart))
        return localPart;
    QString q = QStringLiteral("\"");
    for (QChar c : localPart) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            q += QLatin1Char('\\');
        q += c;
    }
    return q + QLatin1Char('"');
}

QByteArray Mailbox::envelope(bool utf8) const
{
    if (utf8)
        return (quotedLocalPart() + QLatin1Char('@') + domain).toUtf8();
    if (needsSmtpUtf8())
        return {};
    return quotedLocalPart().toLatin1() + '@' + domainToAce(domain);
}

QByteArray Mailbox::headerForm(bool utf8) const
{
    const QByteArray spec = envelope(utf8);
    if (displayName.isEmpty())
        return spec;
    return encodePhrase(displayName, utf8) + " <" + spec + '>';
}

static Mailbox fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return {};
}

Mailbox parseMailbox(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (hasForbidden(input))
        return fail(error, QStringLiteral("\"%1\" contains a line break or NUL character").arg(text.simplified()));
    if (text.isEmpty())
        return fail(error, QStringLiteral("the address is empty"));
    Mailbox box;
    QString spec = text;
    const qsizetype lt = text.lastIndexOf(QLatin1Char('<'));
    if (lt >= 0) {
        if (!text.endsWith(QLatin1Char('>')))
            return fail(error, QStringLiteral("\"%1\": the address after '<' has no closing '>'").arg(text));
        spec = text.mid(lt + 1, text.size() - lt - 2).trimmed();
        QString name = text.left(lt).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
            QString unq;
            for (qsizetype i = 1; i < name.size() - 1; ++i) {
                if (name[i] == QLatin1Char('\\') && i + 1 < name.size() - 1)
                    ++i;
                else if (name[i] == QLatin1Char('"'))
                    return fail(error, QStringLiteral("\"%1\": a quote in the name is not escaped").arg(text));
                unq += name[i];
            }
            name = unq;
        } else if (name.contains(QLatin1Char('"'))) {
            return fail(error, QStringLiteral("\"%1\": the name has an unbalanced quote").arg(text));
        }
        box.displayName = name;
    }
    if (spec.contains(QLatin1Char('<')) || spec.contains(QLatin1Char('>')))
        return fail(error, QStringLiteral("\"%1\" has stray angle brackets").arg(text));
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == spec.size() - 1)
        return fail(error, QStringLiteral("\"%1\" is not an e-mail address (it needs a name, '@' and a domain)")
                               .arg(text));
    QString local = spec.left(at);
    const QString domain = spec.mid(at + 1);
    if (local.startsWith(QLatin1Char('"'))) {
        if (local.size() < 2 || !local.endsWith(QLatin1Char('"')))
            return fail(error, QStringLiteral("\"%1\": the quoted part before '@' is not closed").arg(text));
        QString unq;
        for (qsizetype i = 1; i < local.size() - 1; ++i) {
            QChar c = local[i];
            if (c == QLatin1Char('\\')) {
                if (i + 1 >= local.size() - 1)
                    return fail(error, QStringLiteral("\"%1\": a backslash ends the quoted part").arg(text));
                c = local[++i];
            } else if (c == QLatin1Char('"')) {
                return fail(error, QStringLiteral("\"%1\": a quote in the quoted part is not escaped").arg(text));
            }
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                return fail(error, QStringLiteral("\"%1\" has a control character").arg(text));
            unq += c;
        }
        if (unq.isEmpty())
            return fail(error, QStringLiteral("\"%1\": the part before '@' is empty").arg(text));
        local = unq;
    } else if (!isDotAtom(local)) {
        return fail(error, QStringLiteral("\"%1\": the part before '@' has characters that need quoting, or a "
                                          "misplaced dot")
                               .arg(text));
    }
    if (local.toUtf8().size() > 64)
        return fail(error, QStringLiteral("\"%1\": the part before '@' is longer than 64 bytes").arg(text));
    if (domainToAce(domain).isEmpty())
        return fail(error, QStringLiteral("\"%1\": \"%2\" is not a valid domain").arg(text, domain));
    box.localPart = local;
    box.domain = domain.startsWith(QLatin1Char('[')) ? domain : QUrl::fromAce(domainToAce(domain), QUrl::IgnoreIDNWhitelist);
    return box;
}

QStringList splitMailboxList(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    int angle = 0;
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            out << current.trimmed();
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && quoted && i + 1 < text.size()) {
            current += c;
            current += text[++i];
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && c == QLatin1Char('>') && angle > 0)
            --angle;
        if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && !quoted && angle == 0)
            flush();
        else
            current += c;
    }
    flush();
    return out;
}

QList<Mailbox> parseMailboxList(const QString &text, QString *error)
{
    const QStringList entries = splitMailboxList(text);
    // An unclosed quote leaves its entry unbalanced, which parseMailbox() refuses with the reason.
    QList<Mailbox> out;
    for (const QString &entry : entries) {
        QString why;
        const Mailbox m = parseMailbox(entry, &why);
        if (m.isNull()) {
            if (error)
                *error = why;
            return {};
        }
        out.append(m);
    }
    return out;
}

}  // namespace smtp
