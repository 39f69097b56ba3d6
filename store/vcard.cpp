#include "vcard.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QUrl>
#include <algorithm>
#include <optional>

namespace store::vcard {

namespace {

QString trLine(int line, const QString &what)
{
    return QCoreApplication::translate("store::vcard", "Line %1: %2").arg(line).arg(what);
}

// One logical line: folding undone, with the number of its first physical line.
struct Line
{
    QByteArray text;
    int number = 0;
};

struct Property
{
    QByteArray name;                              // upper case, group prefix removed
    QHash<QByteArray, QList<QByteArray>> params;  // upper-case names; values as written (quotes removed)
    QByteArray rawValue;
    int line = 0;

    bool hasParamValue(const QByteArray &param, const QByteArray &value) const
    {
        for (const QByteArray &v : params.value(param))
            if (v.compare(value, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

bool isQuotedPrintable(const QByteArray &logical)
{
    const qsizetype colon = logical.indexOf(':');
    const QByteArray head = (colon < 0 ? logical : logical.left(colon)).toUpper();
    return head.contains("QUOTED-PRINTABLE");
}

QList<Line> unfold(const QByteArray &data)
{
    QList<Line> out;
    QList<QByteArray> physical = data.split('\n');
    int number = 0;
    for (QByteArray p : physical) {
        ++number;
        if (p.endsWith('\r'))
            p.chop(1);
        if ((p.startsWith(' ') || p.startsWith('\t')) && !out.isEmpty()) {
            out.last().text += p.mid(1);
            continue;
        }
        // A quoted-printable value (2.1/3.0) continues after a soft line break, "=" at the end.
        if (!out.isEmpty() && out.last().text.endsWith('=') && isQuotedPrintable(out.last().text)) {
            out.last().text.chop(1);
            out.last().text += p;
            continue;
        }
        if (p.trimmed().isEmpty())
            continue;
        out.append({p, number});
    }
    return out;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += in[i];
    }
    return out;
}

bool parseProperty(const Line &line, Property *p, QString *error)
{
    // name *(";" param) ":" value, with ':' and ';' inside quoted parameter values not counting.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.text.size(); ++i) {
        const char c = line.text[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0) {
        *error = trLine(line.number, QCoreApplication::translate(
                                         "store::vcard", "this is no vCard property (NAME:value expected)"));
        return false;
    }
    p->line = line.number;
    p->rawValue = line.text.mid(colon + 1);
    QList<QByteArray> parts;
    QByteArray cur;
    quoted = false;
    for (char c : line.text.left(colon)) {
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (c == ';' && !quoted) {
            parts << cur;
            cur.clear();
            continue;
        }
        cur += c;
    }
    parts << cur;
    QByteArray name = parts.takeFirst().trimmed().toUpper();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0)
        name = name.mid(dot + 1);  // "item1.EMAIL" (Apple, Google)
    if (name.isEmpty()) {
        *error = trLine(line.number, QCoreApplication::translate("store::vcard", "the property has no name"));
        return false;
    }
    p->name = name;
    for (const QByteArray &param : std::as_const(parts)) {
        const qsizetype eq = param.indexOf('=');
        // vCard 2.1 allowed a bare value: "EMAIL;INTERNET;PREF" means TYPE=INTERNET,PREF; the
        // QUOTED-PRINTABLE and charset names the same way.
        const QByteArray pname = eq < 0 ? QByteArray("TYPE") : param.left(eq).trimmed().toUpper();
        const QByteArray pvalue = eq < 0 ? param.trimmed() : param.mid(eq + 1).trimmed();
        if (eq < 0 && pvalue.compare("QUOTED-PRINTABLE", Qt::CaseInsensitive) == 0) {
            p->params[QByteArrayLiteral("ENCODING")] << pvalue;
            continue;
        }
        for (const QByteArray &v : pvalue.split(','))
            p->params[pname] << v.trimmed();
    }
    return true;
}

QString decodeText(const Property &p, QString *error)
{
    QByteArray raw = p.rawValue;
    if (p.hasParamValue("ENCODING", "QUOTED-PRINTABLE"))
        raw = decodeQuotedPrintable(raw);
    const QByteArray charset = p.params.value("CHARSET").value(0);
    if (!charset.isEmpty() && charset.compare("UTF-8", Qt::CaseInsensitive) != 0) {
        QStringDecoder decoder(charset.constData());
        if (!decoder.isValid()) {
            *error =
                trLine(p.line, QCoreApplication::translate("store::vcard", "the character set %1 is unknown")
                                   .arg(QString::fromLatin1(charset)));
            return {};
        }
        return decoder(raw);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(raw);
    if (utf8.hasError()) {
        *error = trLine(p.line, QCoreApplication::translate("store::vcard",
                                                            "the value is not UTF-8 and names no CHARSET"));
        return {};
    }
    return text;
}

// Splits a text value at the unescaped separator and undoes the escapes (RFC 6350 §3.4).
QStringList splitUnescape(const QString &value, QChar separator)
{
    QStringList out;
    QString cur;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar n = value[++i];
            cur += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
            continue;
        }
        if (!separator.isNull() && c == separator) {
            out << cur;
            cur.clear();
            continue;
        }
        cur += c;
    }
    out << cur;
    return out;
}

QString unescape(const QString &value)
{
    return splitUnescape(value, QChar()).value(0);
}

struct Card
{
    int beginLine = 0;
    QString uid;
    QString fn;
    QStringList n;
    bool isGroup = false;
    QList<std::pair<int, QString>> emails;   // (preference, address): lower first
    QList<std::pair<int, QString>> members;  // (line, MEMBER value)
    QStringList categories;
    bool sendAsGroup = false;
};

int preference(const Property &p)
{
    bool ok = false;
    const int pref = p.params.value("PREF").value(0).toInt(&ok);
    if (ok)
        return std::clamp(pref, 1, 100);
    return p.hasParamValue("TYPE", "PREF") ? 1 : 101;
}

bool addProperty(Card *card, const Property &p, QString *error)
{
    const bool text = p.name == "FN" || p.name == "N" || p.name == "EMAIL" || p.name == "CATEGORIES"
                      || p.name == "KIND" || p.name == "X-ADDRESSBOOKSERVER-KIND" || p.name == "MEMBER"
                      || p.name == "X-ADDRESSBOOKSERVER-MEMBER" || p.name == "UID"
                      || p.name == "X-STAMP-SEND-AS-GROUP";
    if (!text)
        return true;  // TEL, ADR, PHOTO, ...: not Stamp's business
    QString why;
    const QString value = decodeText(p, &why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    if (p.name == "FN")
        card->fn = unescape(value).simplified();
    else if (p.name == "N")
        card->n = splitUnescape(value, QLatin1Char(';'));
    else if (p.name == "UID")
        card->uid = unescape(value).trimmed();
    else if (p.name == "KIND" || p.name == "X-ADDRESSBOOKSERVER-KIND")
        card->isGroup =
            card->isGroup
            || unescape(value).trimmed().compare(QLatin1String("group"), Qt::CaseInsensitive) == 0;
    else if (p.name == "X-STAMP-SEND-AS-GROUP")
        card->sendAsGroup =
            unescape(value).trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    else if (p.name == "CATEGORIES") {
        for (const QString &c : splitUnescape(value, QLatin1Char(',')))
            if (!c.simplified().isEmpty())
                card->categories << c.simplified();
    } else if (p.name == "MEMBER" || p.name == "X-ADDRESSBOOKSERVER-MEMBER")
        card->members.append({p.line, unescape(value).trimmed()});
    else if (p.name == "EMAIL") {
        QString address = unescape(value).trimmed();
        if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            address = QUrl::fromPercentEncoding(address.mid(7).toUtf8());
        if (address.isEmpty())
            return true;  // an empty EMAIL, as some exports write
        const QString normalized = normalizedAddress(address, &why);
        if (normalized.isEmpty()) {
            *error = trLine(p.line, why);
            return false;
        }
        card->emails.append({preference(p), normalized});
    }
    return true;
}

QString cardName(const Card &c)
{
    if (!c.fn.isEmpty())
        return c.fn;
    // N: family; given; additional; prefixes; suffixes
    const QStringList parts = {c.n.value(3), c.n.value(1), c.n.value(2), c.n.value(0), c.n.value(4)};
    QStringList nonEmpty;
    for (const QString &s : parts)
        if (!s.simplified().isEmpty())
            nonEmpty << s.simplified();
    return nonEmpty.join(QLatin1Char(' '));
}

}  // namespace

bool read(const QByteArray &input, ReadResult *out, QString *error)
{
    *out = {};
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.mid(3);
    const QList<Line> lines = unfold(data);
    QList<Card> cards;
    std::optional<Card> card;
    for (const Line &line : lines) {
        Property p;
        if (!parseProperty(line, &p, error))
            return false;
        const QByteArray value = p.rawValue.trimmed().toUpper();
        if (p.name == "BEGIN" && value == "VCARD") {
            if (card) {
                *error =
                    trLine(line.number, QCoreApplication::translate(
                                            "store::vcard", "BEGIN:VCARD inside the card begun on line %1")
                                            .arg(card->beginLine));
                return false;
            }
            card = Card{};
            card->beginLine = line.number;
            continue;
        }
        if (!card) {
            *error = trLine(line.number, QCoreApplication::translate("store::vcard",
                                                                     "text outside BEGIN:VCARD … END:VCARD"));
            return false;
        }
        if (p.name == "END" && value == "VCARD") {
            cards << *card;
            card.reset();
            continue;
        }
        if (p.name == "BEGIN" || p.name == "END")
            continue;  // nested AGENT cards and the like are not read
        if (!addProperty(&*card, p, error))
            return false;
    }
    if (card) {
        *error = trLine(card->beginLine,
                        QCoreApplication::translate("store::vcard", "the card begun here has no END:VCARD"));
        return false;
    }
    if (cards.isEmpty()) {
        *error =
            QCoreApplication::translate("store::vcard", "The file holds no vCard (no BEGIN:VCARD line).");
        return false;
    }

    // The address of each card by UID, for MEMBER:urn:uuid:... references.
    QHash<QString, QString> byUid;
    for (Card &c : cards) {
        std::stable_sort(c.emails.begin(), c.emails.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        if (!c.uid.isEmpty() && !c.emails.isEmpty())
            byUid.insert(c.uid.toLower(), c.emails.first().second);
    }
    QHash<QString, qsizetype> groupIndex;  // by lower-case name
    auto groupNamed = [&](const QString &name) -> ContactGroup & {
        const QString k = name.toLower();
        if (!groupIndex.contains(k)) {
            groupIndex.insert(k, out->book.groups.size());
            out->book.groups << ContactGroup{name, {}, false};
        }
        return out->book.groups[groupIndex.value(k)];
    };
    for (const Card &c : std::as_const(cards)) {
        if (c.isGroup) {
            const QString name = cardName(c);
            if (name.isEmpty()) {
                *error = trLine(c.beginLine,
                                QCoreApplication::translate("store::vcard", "the group has no name (FN)"));
                return false;
            }
            ContactGroup &g = groupNamed(name);
            g.sendAsGroup = g.sendAsGroup || c.sendAsGroup;
            for (const auto &[line, member] : c.members) {
                QString address;
                if (member.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
                    address = QUrl::fromPercentEncoding(member.mid(7).toUtf8());
                    QString why;
                    address = normalizedAddress(address, &why);
                    if (address.isEmpty()) {
                        *error = trLine(line, why);
                        return false;
                    }
                } else {
                    address = byUid.value(member.toLower());
                    if (address.isEmpty()) {
                        *error = trLine(line, QCoreApplication::translate(
                                                  "store::vcard",
                                                  "the member %1 is no mailto: address and no card with an "
                                                  "address in this file")
                                                  .arg(member));
                        return false;
                    }
                }
                if (!g.members.contains(address, Qt::CaseInsensitive))
                    g.members << address;
            }
            continue;
        }
        if (c.emails.isEmpty()) {
            ++out->skipped;
            continue;
        }
        Contact contact;
        contact.name = cardName(c);
        for (const auto &e : c.emails)
            if (!contact.addresses.contains(e.second, Qt::CaseInsensitive))
                contact.addresses << e.second;
        out->book.contacts << contact;
        for (const QString &category : c.categories) {
            ContactGroup &g = groupNamed(category);
            if (!g.members.contains(contact.addresses.first(), Qt::CaseInsensitive))
                g.members << contact.addresses.first();
        }
    }
    return true;
}

namespace {

QByteArray escape(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue;
        out += c;
    }
    return out.toUtf8();
}

// RFC 6350 §3.2: lines over 75 octets are folded with CRLF and a space, never inside a UTF-8 sequence.
QByteArray folded(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;  // the space counts
    }
    return out + line.mid(start) + "\r\n";
}

QByteArray mailto(const QString &address)
{
    return "mailto:" + QUrl::toPercentEncoding(address, "@!$&'*+=.-_~");
}

}  // namespace

QByteArray write(const ContactBook &book)
{
    QByteArray out;
    for (const Contact &c : book.contacts) {
        out += folded("BEGIN:VCARD");
        out += folded("VERSION:4.0");
        if (!c.id.isEmpty())
            out += folded("UID:urn:uuid:" + c.id.toUtf8());
        out += folded("FN:" + escape(c.name));
        for (qsizetype i = 0; i < c.addresses.size(); ++i)
            out += folded(QByteArray(i == 0 ? "EMAIL;PREF=1:" : "EMAIL:") + escape(c.addresses[i]));
        out += folded("END:VCARD");
    }
    for (const ContactGroup &g : book.groups) {
        out += folded("BEGIN:VCARD");
        out += folded("VERSION:4.0");
        out += folded("KIND:group");
        out += folded("FN:" + escape(g.name));
        for (const QString &m : g.members)
            out += folded("MEMBER:" + mailto(m));
        if (g.sendAsGroup)
            out += folded("X-STAMP-SEND-AS-GROUP:TRUE");
        out += folded("END:VCARD");
    }
    return out;
}

}  // namespace store::vcard
