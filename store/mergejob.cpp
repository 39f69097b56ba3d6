#include "mergejob.h"

#include "linesafe.h"
#include "message.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace store::merge {

namespace {

QString trMerge(const char *text)
{
    return QCoreApplication::translate("store::Merge", text);
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^{}\\s][^{}]*?)\\s*\\}\\}"));
    return re;
}

// The header fields of a row, by the name a user reads.
struct Field
{
    const char *name;
    QString MailItem::*member;
};
const Field headerFields[] = {{"To", &MailItem::to},
                              {"Cc", &MailItem::cc},
                              {"Bcc", &MailItem::bcc},
                              {"Reply-To", &MailItem::replyTo},
                              {"Subject", &MailItem::subject}};

}  // namespace

bool readTemplate(const QByteArray &bytes, MailItem *item, QString *error)
{
    QString text;
    if (!decodeUtf8Text(bytes, &text)) {
        *error = trMerge("The template is not UTF-8 text.");
        return false;
    }
    if (text.trimmed().startsWith(QLatin1Char('{'))) {
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
        if (doc.isObject()) {
            *item = mailItemFromJson(doc.object());
            item->id.clear();
            return true;
        }
    }
    MailItem m;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QString &l = lines[i];
        if (l.trimmed().isEmpty())
            break;
        const qsizetype colon = l.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? l.left(colon).trimmed() : QString();
        const Field *field = nullptr;
        for (const Field &f : headerFields)
            if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
                field = &f;
        if (!field) {
            *error = trMerge("Line %1 of the template: \"%2\" is not one of the fields a template can set "
                             "(To, Cc, Bcc, Reply-To, Subject); an empty line ends them, the body follows.")
                         .arg(i + 1)
                         .arg(l.left(60));
            return false;
        }
        QString &value = m.*(field->member);
        const QString v = l.mid(colon + 1).trimmed();
        // A field given twice adds to a list of addresses (and is refused for the subject).
        if (!value.isEmpty() && field->member == &MailItem::subject) {
            *error = trMerge("Line %1 of the template: a second Subject.").arg(i + 1);
            return false;
        }
        value = value.isEmpty() ? v : value + QStringLiteral(", ") + v;
    }
    if (i >= lines.size()) {
        *error = trMerge("The template has no empty line after its fields, so it has no body.");
        return false;
    }
    m.body = lines.mid(i + 1).join(QLatin1Char('\n'));
    *item = m;
    return true;
}

QStringList placeholders(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QString substitute(const QString &text, const QHash<QString, QString> &values, bool html)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString value = values.value(m.captured(1));
        out += html ? value.toHtmlEscaped() : value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

static QStringList usedPlaceholders(const MailItem &t)
{
    QStringList names;
    for (const QString *s : {&t.to, &t.cc, &t.bcc, &t.replyTo, &t.subject, &t.body, &t.html})
        for (const QString &n : placeholders(*s))
            if (!names.contains(n))
                names << n;
    return names;
}

QStringList unknownPlaceholders(const MailItem &templ, const CsvTable &csv)
{
    QStringList unknown;
    for (const QString &n : usedPlaceholders(templ))
        if (!csv.header.contains(n))
            unknown << n;
    return unknown;
}

QList<Row> expand(const MailItem &templ, const CsvTable &csv)
{
    QList<Row> rows;
    for (qsizetype r = 0; r < csv.rows.size(); ++r) {
        Row row;
        row.number = int(r + 1);
        row.line = csv.lines.value(r);
        QHash<QString, QString> values;
        for (qsizetype c = 0; c < csv.header.size(); ++c)
            values.insert(csv.header[c], csv.rows[r].value(c));
        MailItem m = templ;
        m.id.clear();
        // A value with a line break could start a header of its own: refused, never cleaned up.
        for (const Field &f : headerFields) {
            const QString &field = templ.*(f.member);
            for (const QString &n : placeholders(field))
                if (row.error.isEmpty() && smtp::hasLineBreakOrNul(values.value(n)))
                    row.error = trMerge("the value of \"%1\" (used in %2) has a line break")
                                    .arg(n, QLatin1String(f.name));
            m.*(f.member) = substitute(field, values);
        }
        m.body = substitute(templ.body, values);
        m.html = substitute(templ.html, values, true);
        if (row.error.isEmpty() && m.to.trimmed().isEmpty() && m.cc.trimmed().isEmpty()
            && m.bcc.trimmed().isEmpty())
            row.error = trMerge("no recipient: To, Cc and Bcc are empty for this row");
        if (row.error.isEmpty()) {
            smtp::Message message;
            QString why;
            if (!m.toMessage(&message, &why))
                row.error = why;
            else if (const QString invalid = message.validate(); !invalid.isEmpty())
                row.error = invalid;
        }
        row.item = m;
        rows << row;
    }
    return rows;
}

QString mergeId(const QByteArray &templateBytes, const QByteArray &csvBytes)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayLiteral("stamp-merge-1\n"));
    h.addData(QByteArray::number(templateBytes.size()) + '\n');
    h.addData(templateBytes);
    h.addData(csvBytes);
    return QString::fromLatin1(h.result().toHex().left(16));
}

}  // namespace store::merge
