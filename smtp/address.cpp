#include "address.h"
#include "mimeheader.h"

#include "encoding.h"
#include "linesafe.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QUrl>
#include <optional>

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

QByteArray domainToAce(const QString &domain)
{
    if (domain.startsWith(QLatin1Char('['))) {
        // RFC 5321 §4.1.3: an IPv4, IPv6 or "tag:" literal. Only letters, digits, '.', ':' and '-' are taken
        // (narrower than dcontent): anything else would be sent as something else (toLatin1), or, like '>',
        // could end RCPT TO:<...> early at a careless server.
        if (domain.size() < 3 || !domain.endsWith(QLatin1Char(']')))
            return {};
        for (qsizetype i = 1; i + 1 < domain.size(); ++i) {
            const ushort u = domain[i].unicode();
            const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                            || u == '.' || u == ':' || u == '-';
            if (!ok)
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

QString Mailbox::address() const
{
    return quotedLocalPart() + QLatin1Char('@') + domain;
}

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

QString Mailbox::envelopeProblem(bool utf8) const
{
    for (QChar c : localPart) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            return QCoreApplication::translate(
                       "smtp::Address", "The address %1 has a control character (U+%2) before the @, which "
                                        "cannot be written in MAIL FROM or RCPT TO.")
                .arg(address(), QStringLiteral("%1").arg(u, 4, 16, QLatin1Char('0')).toUpper());
        if (u >= 0x80 && !utf8)
            return QCoreApplication::translate(
                       "smtp::Address", "The address %1 has non-ASCII characters before the @; it can only "
                                        "be sent with SMTPUTF8.")
                .arg(address());
    }
    if (isNull() || domainToAce(domain).isEmpty())
        return QCoreApplication::translate("smtp::Address", "\"%1\" is not a complete e-mail address.")
            .arg(address());
    return {};
}

QByteArray Mailbox::envelope(bool utf8) const
{
    if (!envelopeProblem(utf8).isEmpty())
        return {};
    if (utf8)
        return (quotedLocalPart() + QLatin1Char('@') + domain).toUtf8();
    return quotedLocalPart().toLatin1() + '@' + domainToAce(domain);
}

QByteArray Mailbox::headerForm(bool utf8) const
{
    const QByteArray spec = envelope(utf8);
    if (displayName.isEmpty())
        return spec;
    return encodePhrase(displayName, utf8) + " <" + spec + '>';
}

// --- the address grammar (RFC 5322 §3.2-§3.4, §4.4)
// ---------------------------------------------------------

namespace {

enum class Tok
{
    Atom,
    Quoted,
    Literal,
    Special,
    End
};

struct Token
{
    Tok kind = Tok::End;
    QString text;                  // atom, unescaped quoted content, "[literal]" without FWS, or the special
    qsizetype begin = 0, end = 0;  // span in the source
    bool spaceBefore = false;      // FWS or a comment came before it
    QString comment;               // the last comment right before it, unescaped
    int element = 0;               // which ','/';'-separated piece (outside angle brackets) it belongs to
    bool is(char c) const { return kind == Tok::Special && text.size() == 1 && text[0] == QLatin1Char(c); }
};

bool isSpecialChar(QChar c)
{
    return QStringView(u"<>@,;:.").contains(c);
}

class AddressParser
{
    Q_DECLARE_TR_FUNCTIONS(smtp::Address)

public:
    explicit AddressParser(const QString &text) : m_text(text) {}

    bool parse(QList<Address> *out, QString *error)
    {
        if (!lex())
            return fail(error);
        while (peek().kind != Tok::End) {
            if (peek().is(',') || peek().is(';')) {  // obs-addr-list: empty elements
                ++m_pos;
                continue;
            }
            Address a;
            if (!element(&a))
                return fail(error);
            out->append(a);
            if (a.isGroup && m_groupClosed)
                continue;  // "A: a@x; B: b@y;" needs no comma between the groups
            if (peek().kind != Tok::End && !peek().is(',') && !peek().is(';'))
                return failAt(m_pos, tr("\"%1\": a ',' is missing between two addresses"), {}, error);
        }
        return true;
    }

    // The source split at ',' and ';' outside quotes, comments and angle brackets (for text that does not
    // parse); the whole text as one piece when even the quotes and comments do not close.
    QStringList pieces()
    {
        if (!lex())
            return {m_text.trimmed()};
        // A separator is the token that starts the next piece; a piece runs up to it (trailing comments too).
        QStringList out;
        qsizetype begin = -1;
        int element = 0;
        for (const Token &t : std::as_const(m_tokens)) {
            const bool separator = t.element != element;
            if (separator || t.kind == Tok::End) {
                if (begin >= 0) {
                    const QString piece = m_text.mid(begin, t.begin - begin).trimmed();
                    if (!piece.isEmpty())
                        out << piece;
                }
                begin = -1;
                element = t.element;
                if (separator)
                    continue;
            }
            if (begin < 0 && t.kind != Tok::End)
                begin = t.begin;
        }
        return out;
    }

private:
    const QString &m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    bool m_groupClosed = false;
    QString m_error, m_errorArg;  // a sentence with %1 for the piece (and %2 for m_errorArg)
    qsizetype m_errorAt = -1;     // source offset, for when lexing fails

    const Token &peek(qsizetype ahead = 0) const
    {
        return m_tokens[qMin(m_pos + ahead, m_tokens.size() - 1)];
    }

    bool lexFail(qsizetype at, const char *why)
    {
        m_errorAt = at;
        m_error = QCoreApplication::translate("smtp::Address", why);
        return false;
    }

    bool lex()
    {
        m_tokens.clear();
        bool space = false;
        QString comment;
        int element = 0, angle = 0;
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n; ++i)
            if (m_text[i] == QLatin1Char('\r') || m_text[i] == QLatin1Char('\n') || m_text[i].unicode() == 0)
                return lexFail(i, QT_TRANSLATE_NOOP("smtp::Address", "\"%1\" contains a line break or NUL "
                                                                     "character"));
        for (qsizetype i = 0; i < n;) {
            const QChar c = m_text[i];
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
                space = true;
                ++i;
                continue;
            }
            if (c == QLatin1Char('(')) {  // RFC 5322 §3.2.2: comments nest, quoted-pairs inside
                const qsizetype begin = i;
                int depth = 0;
                QString content;
                for (; i < n; ++i) {
                    const QChar d = m_text[i];
                    if (d == QLatin1Char('\\') && i + 1 < n) {
                        content += m_text[++i];
                        continue;
                    }
                    if (d == QLatin1Char('('))
                        ++depth;
                    else if (d == QLatin1Char(')'))
                        --depth;
                    if (depth == 0)
                        break;
                    if (depth > 1 || d != QLatin1Char('('))
                        content += d;
                }
                if (i >= n)
                    return lexFail(
                        begin,
                        QT_TRANSLATE_NOOP("smtp::Address", "\"%1\": a comment in parentheses is not closed"));
                ++i;
                comment = content.simplified();
                space = true;
                continue;
            }
            Token t;
            t.begin = i;
            t.spaceBefore = space;
            t.comment = comment;
            if (c == QLatin1Char('"')) {  // RFC 5322 §3.2.4, with obs-qtext and obs-qp (§4.1)
                t.kind = Tok::Quoted;
                for (++i; i < n && m_text[i] != QLatin1Char('"'); ++i) {
                    if (m_text[i] == QLatin1Char('\\')) {
                        if (++i >= n)
                            break;
                    }
                    t.text += m_text[i];
                }
                if (i >= n)
                    return lexFail(t.begin,
                                   QT_TRANSLATE_NOOP("smtp::Address", "\"%1\": a quoted part is not closed"));
                ++i;
            } else if (c == QLatin1Char('[')) {  // RFC 5322 §3.4.1 domain-literal; FWS inside is dropped
                t.kind = Tok::Literal;
                t.text = QStringLiteral("[");
                for (++i; i < n && m_text[i] != QLatin1Char(']'); ++i) {
                    if (m_text[i] == QLatin1Char('[') || m_text[i] == QLatin1Char('\\'))
                        return lexFail(t.begin,
                                       QT_TRANSLATE_NOOP("smtp::Address",
                                                         "\"%1\": the domain in brackets has a '[' or "
                                                         "'\\' in it"));
                    if (m_text[i] != QLatin1Char(' ') && m_text[i] != QLatin1Char('\t'))
                        t.text += m_text[i];
                }
                if (i >= n)
                    return lexFail(
                        t.begin,
                        QT_TRANSLATE_NOOP("smtp::Address", "\"%1\": the domain in brackets is not closed"));
                t.text += QLatin1Char(']');
                ++i;
            } else if (isSpecialChar(c)) {
                t.kind = Tok::Special;
                t.text = c;
                ++i;
                if (c == QLatin1Char('<'))
                    ++angle;
                else if (c == QLatin1Char('>') && angle > 0)
                    --angle;
                else if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && angle == 0)
                    ++element;  // the separator starts the next piece, so that it is never part of one
            } else if (isAtext(c)) {
                t.kind = Tok::Atom;
                while (i < n && isAtext(m_text[i]))
                    t.text += m_text[i++];
            } else {
                m_errorArg = c.unicode() < 0x20 || c.unicode() == 0x7f
                                 ? QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper()
                                 : QString(c);
                return lexFail(i, QT_TRANSLATE_NOOP("smtp::Address",
                                                    "\"%1\" has a character that is not allowed there: %2"));
            }
            t.end = i;
            t.element = element;
            m_tokens.append(t);
            space = false;
            comment.clear();
        }
        Token end;
        end.begin = end.end = n;
        end.spaceBefore = space;
        end.comment = comment;
        end.element = element;
        m_tokens.append(end);
        return true;
    }

    QString elementText(int e) const
    {
        qsizetype begin = -1, end = -1;
        for (const Token &t : m_tokens) {
            if (t.element != e || t.kind == Tok::End || t.is(',') || t.is(';'))
                continue;
            if (begin < 0)
                begin = t.begin;
            end = t.end;
        }
        if (begin < 0)
            return {};
        // Take a comment that follows the last token too ("a@x (Ann)").
        qsizetype stop = m_text.size();
        for (const Token &t : m_tokens)
            if (t.begin >= end && (t.kind == Tok::End || t.element != e || t.is(',') || t.is(';'))) {
                stop = t.begin;
                break;
            }
        return m_text.mid(begin, stop - begin).trimmed();
    }

    bool fail(QString *error)
    {
        if (!error)
            return false;
        QString piece;
        if (m_errorAt >= 0) {
            // Lexing stopped: the piece runs from the last ',' or ';' before the error to the end.
            qsizetype from = 0;
            bool q = false;
            int angle = 0;
            for (qsizetype i = 0; i < m_errorAt; ++i) {
                const QChar c = m_text[i];
                if (c == QLatin1Char('\\') && q) {
                    ++i;
                    continue;
                }
                if (c == QLatin1Char('"'))
                    q = !q;
                else if (!q && c == QLatin1Char('<'))
                    ++angle;
                else if (!q && c == QLatin1Char('>') && angle > 0)
                    --angle;
                else if (!q && angle == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';')))
                    from = i + 1;
            }
            piece = m_text.mid(from).trimmed();
        } else {
            piece = elementText(peek().element);
            if (piece.isEmpty())
                piece = m_text.trimmed();
        }
        *error = m_errorArg.isNull() ? m_error.arg(piece) : m_error.arg(piece, m_errorArg);
        return false;
    }

    // pos is a token of the piece that is wrong; the piece is named in the sentence later.
    bool failAt(qsizetype pos, const QString &why, const QString &arg = {}, QString *error = nullptr)
    {
        m_pos = pos;
        m_error = why;
        m_errorArg = arg;
        if (error)
            return fail(error);
        return false;
    }

    // phrase = 1*word, obs-phrase = word *(word / "." / CFWS) (RFC 5322 §3.2.5, §4.1). Returns the decoded
    // text.
    QString phrase()
    {
        QString out;
        bool lastEncoded = false;
        while (peek().kind == Tok::Atom || peek().kind == Tok::Quoted || peek().is('.')) {
            const Token &t = m_tokens[m_pos++];
            QString decoded;
            const bool encoded = t.kind == Tok::Atom && decodeEncodedWord(t.text, &decoded);
            // RFC 2047 §6.2: white space between two encoded words is not shown.
            if (!out.isEmpty() && t.spaceBefore && !(encoded && lastEncoded))
                out += QLatin1Char(' ');
            out += encoded ? decoded : t.text;
            lastEncoded = encoded;
        }
        return out;
    }

    // dot-atom / obs-local-part / obs-domain: word *("." word), CFWS allowed around the dots.
    bool dottedWords(bool allowQuoted, QString *out)
    {
        out->clear();
        for (;;) {
            const Token &t = peek();
            if (t.kind == Tok::Atom || (allowQuoted && t.kind == Tok::Quoted)) {
                *out += t.text;
                ++m_pos;
            } else {
                return false;
            }
            if (!peek().is('.'))
                return true;
            *out += QLatin1Char('.');
            ++m_pos;
        }
    }

    bool domain(qsizetype start, QString *out)
    {
        if (peek().kind == Tok::Literal) {
            *out = m_tokens[m_pos++].text;
        } else if (!dottedWords(false, out)) {
            return failAt(start, tr("\"%1\": the domain after '@' is missing or has a misplaced dot"));
        }
        if (domainToAce(*out).isEmpty())
            return failAt(start, tr("\"%1\": \"%2\" is not a valid domain"), *out);
        return true;
    }

    // addr-spec = local-part "@" domain
    bool addrSpec(Mailbox *box)
    {
        const qsizetype start = m_pos;
        QString local;
        const bool words = dottedWords(true, &local);
        if (!words || !peek().is('@')) {
            if (peek().is('@') && m_pos == start)
                return failAt(start, tr("\"%1\": the part before '@' is empty"));
            const bool ends = peek().kind == Tok::End || peek().is(',') || peek().is(';') || peek().is('>');
            if (m_pos == start || (words && ends))
                return failAt(start,
                              tr("\"%1\" is not an e-mail address (it needs a name, '@' and a domain)"));
            return failAt(start, tr("\"%1\": the part before '@' has characters that need quoting, or a "
                                    "misplaced dot"));
        }
        ++m_pos;  // '@'
        if (local.isEmpty())
            return failAt(start, tr("\"%1\": the part before '@' is empty"));
        if (local.toUtf8().size() > 64)
            return failAt(start, tr("\"%1\": the part before '@' is longer than 64 bytes"));
        QString dom;
        if (!domain(start, &dom))
            return false;
        box->localPart = local;
        box->domain = dom.startsWith(QLatin1Char('['))
                          ? dom
                          : QUrl::fromAce(domainToAce(dom), QUrl::IgnoreIDNWhitelist);
        return true;
    }

    // obs-route = obs-domain-list ":" (RFC 5322 §4.4); the route is dropped, as RFC 5321 §C asks.
    bool route()
    {
        if (!peek().is('@') && !peek().is(','))
            return true;
        const qsizetype start = m_pos;
        bool any = false;
        while (!peek().is(':')) {
            if (peek().is(',')) {
                ++m_pos;
                continue;
            }
            if (!peek().is('@'))
                return failAt(start, tr("\"%1\": the route before the address is malformed"));
            ++m_pos;
            QString d;
            if (!domain(start, &d))
                return false;
            any = true;
        }
        if (!any)
            return failAt(start, tr("\"%1\": the route before the address is malformed"));
        ++m_pos;  // ':'
        return true;
    }

    // mailbox = name-addr / addr-spec; name-addr = [display-name] angle-addr. The phrase has been read.
    bool mailboxAfterPhrase(qsizetype start, const QString &name, Mailbox *box, QString *text)
    {
        if (peek().is('<')) {
            const qsizetype lt = m_pos++;
            if (!route() || !addrSpec(box))
                return false;
            if (!peek().is('>'))
                return failAt(lt, tr("\"%1\": the address after '<' has no closing '>'"));
            ++m_pos;
            box->displayName = name;
        } else {
            m_pos = start;  // the words were the local part
            if (!addrSpec(box))
                return false;
            if (!peek().comment.isEmpty())
                box->displayName = peek().comment;  // "a@x (Ann)", the old way to name a mailbox
        }
        qsizetype end = m_tokens[m_pos - 1].end;
        if (!peek().comment.isEmpty()) {
            // Keep the comment in the entry's text: it may be the name.
            const qsizetype close = m_text.lastIndexOf(QLatin1Char(')'), peek().begin - 1);
            if (close >= end)
                end = close + 1;
        }
        *text = m_text.mid(m_tokens[start].begin, end - m_tokens[start].begin).trimmed();
        return true;
    }

    bool element(Address *a)
    {
        const qsizetype start = m_pos;
        m_groupClosed = false;
        const QString name = phrase();
        if (peek().is(':') && m_pos > start) {  // group = display-name ":" [group-list] ";" [CFWS]
            ++m_pos;
            a->isGroup = true;
            a->groupName = name;
            while (peek().kind != Tok::End) {
                if (peek().is(';')) {
                    ++m_pos;
                    m_groupClosed = true;
                    return true;
                }
                if (peek().is(',')) {  // obs-group-list, obs-mbox-list: empty members
                    ++m_pos;
                    continue;
                }
                const qsizetype memberStart = m_pos;
                const QString memberName = phrase();
                if (peek().is(':'))
                    return failAt(memberStart, tr("\"%1\": a group cannot hold another group"));
                Mailbox m;
                QString text;
                if (!mailboxAfterPhrase(memberStart, memberName, &m, &text))
                    return false;
                a->mailboxes.append(m);
                a->texts.append(text);
                if (peek().kind != Tok::End && !peek().is(',') && !peek().is(';'))
                    return failAt(m_pos, tr("\"%1\": a ',' is missing between two addresses"));
            }
            return true;  // the ';' missing at the very end is forgiven: nothing can follow it
        }
        if (peek().is(':'))
            return failAt(start, tr("\"%1\": a ':' without a group name before it"));
        Mailbox m;
        QString text;
        if (!mailboxAfterPhrase(start, name, &m, &text))
            return false;
        a->mailboxes.append(m);
        a->texts.append(text);
        return true;
    }
};

}  // namespace

bool parseAddressList(const QString &text, QList<Address> *out, QString *error)
{
    out->clear();
    AddressParser parser(text);
    if (!parser.parse(out, error)) {
        out->clear();
        return false;
    }
    return true;
}

static Mailbox fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return {};
}

// What a person types or a store holds is checked for what can smuggle a header or a command first, then read
// with the one grammar, then checked for what the envelope can carry (SMTPUTF8 is the session's decision).
static bool parseForEnvelope(const QString &text, QList<Address> *out, QString *error)
{
    if (hasLineBreakOrNul(text)) {
        if (error)
            *error =
                QCoreApplication::translate("smtp::Address", "\"%1\" contains a line break or NUL character")
                    .arg(text.simplified());
        return false;
    }
    if (!parseAddressList(text, out, error))
        return false;
    for (const Address &a : std::as_const(*out))
        for (qsizetype i = 0; i < a.mailboxes.size(); ++i) {
            const QString why = a.mailboxes[i].envelopeProblem(true);
            if (!why.isEmpty()) {
                if (error)
                    *error = why;
                return false;
            }
        }
    return true;
}

Mailbox parseMailbox(const QString &input, QString *error)
{
    QList<Address> list;
    if (!parseForEnvelope(input, &list, error))
        return {};
    if (list.isEmpty())
        return fail(error, QCoreApplication::translate("smtp::Address", "the address is empty"));
    if (list.size() > 1)
        return fail(error, QCoreApplication::translate("smtp::Address", "\"%1\" holds more than one address")
                               .arg(input.trimmed()));
    if (list[0].isGroup || list[0].mailboxes.size() != 1)
        return fail(error, QCoreApplication::translate("smtp::Address", "\"%1\" is a group, not one address")
                               .arg(input.trimmed()));
    return list[0].mailboxes[0];
}

QStringList splitMailboxList(const QString &text)
{
    QList<Address> list;
    QString error;
    if (!parseAddressList(text, &list, &error)) {
        AddressParser lexer(text);
        return lexer.pieces();
    }
    QStringList out;
    for (const Address &a : std::as_const(list))
        out += a.texts;
    return out;
}

bool parseEnvelopeAddressList(const QString &text, QList<Address> *out, QString *error)
{
    out->clear();
    if (parseForEnvelope(text, out, error))
        return true;
    out->clear();
    return false;
}

QString typedPhrase(const QString &name)
{
    const QString t = name.simplified();
    bool plain = !t.isEmpty();
    for (QChar c : t)
        plain = plain
                && (c.unicode() >= 0x80 || c.isLetterOrNumber() || c == QLatin1Char(' ')
                    || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c));
    if (plain)
        return t;
    QString q = QStringLiteral("\"");
    for (QChar c : t) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            q += QLatin1Char('\\');
        q += c;
    }
    return q + QLatin1Char('"');
}

QString Mailbox::typedForm() const
{
    if (displayName.trimmed().isEmpty())
        return address();
    return typedPhrase(displayName) + QStringLiteral(" <") + address() + QLatin1Char('>');
}

QList<Mailbox> parseMailboxList(const QString &text, QString *error)
{
    QList<Address> list;
    if (!parseForEnvelope(text, &list, error))
        return {};
    QList<Mailbox> out;
    for (const Address &a : std::as_const(list))
        out += a.mailboxes;
    return out;
}

}  // namespace smtp
