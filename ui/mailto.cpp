#include "mailto.h"

#include "address.h"

#include <QCoreApplication>

namespace ui {

namespace {

const QLatin1String Scheme("mailto:");

// Strict percent-decoding: a '%' must be followed by two hex digits (RFC 3986 §2.1).
bool percentDecode(const QString &in, QString *out)
{
    const QByteArray bytes = in.toUtf8();
    QByteArray decoded;
    decoded.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '%') {
            decoded += c;
            continue;
        }
        if (i + 2 >= bytes.size())
            return false;
        const auto hex = [](char h) -> int {
            if (h >= '0' && h <= '9')
                return h - '0';
            if (h >= 'a' && h <= 'f')
                return h - 'a' + 10;
            if (h >= 'A' && h <= 'F')
                return h - 'A' + 10;
            return -1;
        };
        const int hi = hex(bytes[i + 1]), lo = hex(bytes[i + 2]);
        if (hi < 0 || lo < 0)
            return false;
        decoded += char(hi * 16 + lo);
        i += 2;
    }
    *out = QString::fromUtf8(decoded);
    return true;
}

// Header fields must not carry line breaks (they could smuggle headers); the body may (RFC 6068 §5).
QString oneLine(const QString &s)
{
    QString out = s;
    out.replace(QLatin1String("\r\n"), QLatin1String(" "));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.remove(QChar(0));
    return out;
}

}  // namespace

bool isMailtoUri(const QString &text)
{
    return text.startsWith(Scheme, Qt::CaseInsensitive);
}

bool parseMailto(const QString &uri, MailtoFields *fields, QString *error)
{
    *fields = {};
    const QString text = uri.trimmed();
    if (!isMailtoUri(text)) {
        if (error)
            *error = QCoreApplication::translate("ui::Mailto", "This is not a mailto: link.");
        return false;
    }
    QString rest = text.mid(Scheme.size());
    // A fragment has no meaning in mailto (RFC 6068 §2); drop it.
    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        rest.truncate(hash);
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? rest : rest.left(q);
    const QString query = q < 0 ? QString() : rest.mid(q + 1);

    const auto bad = [error](const QString &what) {
        if (error)
            *error =
                QCoreApplication::translate("ui::Mailto", "The mailto: link has a broken %-escape in %1.")
                    .arg(what);
        return false;
    };

    QString decoded;
    if (!percentDecode(path, &decoded))
        return bad(QCoreApplication::translate("ui::Mailto", "its addresses"));
    fields->to = smtp::splitMailboxList(oneLine(decoded));

    bool haveSubject = false, haveBody = false;
    const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        QString name, value;
        if (!percentDecode(eq < 0 ? pair : pair.left(eq), &name))
            return bad(QCoreApplication::translate("ui::Mailto", "a field name"));
        if (!percentDecode(eq < 0 ? QString() : pair.mid(eq + 1), &value))
            return bad(QCoreApplication::translate("ui::Mailto", "the field \"%1\"").arg(name));
        name = name.toLower();
        if (name == QLatin1String("to"))
            fields->to += smtp::splitMailboxList(oneLine(value));
        else if (name == QLatin1String("cc"))
            fields->cc += smtp::splitMailboxList(oneLine(value));
        else if (name == QLatin1String("bcc"))
            fields->bcc += smtp::splitMailboxList(oneLine(value));
        else if (name == QLatin1String("subject") && !haveSubject) {
            fields->subject = oneLine(value);
            haveSubject = true;
        } else if (name == QLatin1String("body") && !haveBody) {
            // Line breaks are written %0D%0A (§5); the editor wants '\n'.
            value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            value.replace(QLatin1Char('\r'), QLatin1Char('\n'));
            fields->body = value;
            haveBody = true;
        } else if (name == QLatin1String("in-reply-to")) {
            fields->inReplyTo = oneLine(value);
        }
        // Anything else (From, Received, arbitrary headers) is ignored: a link must not set them (§3).
    }
    return true;
}

}  // namespace ui
