#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace store {

namespace {

QString trCsv(const char *text)
{
    return QCoreApplication::translate("store::CsvReader", text);
}

}  // namespace

bool decodeUtf8Text(const QByteArray &bytes, QString *text)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decode(bytes);
    if (decode.hasError())
        return false;
    if (text->startsWith(QChar(0xfeff)))
        text->remove(0, 1);
    return true;
}

bool readCsv(const QByteArray &bytes, CsvTable *table, QString *error)
{
    QString text;
    if (!decodeUtf8Text(bytes, &text)) {
        *error = trCsv("The CSV file is not UTF-8 text: save it as UTF-8 (\"CSV UTF-8\") and try again.");
        return false;
    }

    QList<QStringList> records;
    QList<int> lines;
    QStringList record;
    QString field;
    int line = 1;
    int recordLine = 1;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (its closing quote passed)
    bool fieldStarted = false;
    int quoteLine = 0;
    auto fail = [&](int at, const QString &why) {
        *error = trCsv("Line %1 of the CSV file: %2").arg(at).arg(why);
        return false;
    };
    auto endRecord = [&] {
        record << field;
        // A line with nothing on it is no record (a trailing line break, a blank line between rows).
        if (!(record.size() == 1 && record.first().isEmpty() && !wasQuoted)) {
            records << record;
            lines << recordLine;
        }
        record.clear();
        field.clear();
        wasQuoted = fieldStarted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == QLatin1Char('"')) {
            if (wasQuoted)
                return fail(line, trCsv("a quote after the closing quote of a field (write \"\" for a quote "
                                        "inside a quoted field)"));
            if (fieldStarted)
                return fail(line, trCsv("a quote inside a field that does not start with one (put the whole "
                                        "field in quotes and double the quote)"));
            quoted = fieldStarted = true;
            quoteLine = line;
        } else {
            if (wasQuoted)
                return fail(line, trCsv("text after the closing quote of a field"));
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(quoteLine, trCsv("a quoted field is never closed"));
    if (fieldStarted || wasQuoted || !record.isEmpty())
        endRecord();

    if (records.isEmpty()) {
        *error = trCsv("The CSV file is empty: its first line must name the columns.");
        return false;
    }
    CsvTable t;
    for (const QString &name : records.first()) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            return fail(lines.first(), trCsv("column %1 of the header has no name").arg(t.header.size() + 1));
        if (t.header.contains(trimmed))
            return fail(lines.first(), trCsv("the column name \"%1\" is there twice").arg(trimmed));
        t.header << trimmed;
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        // Counted outside the call: Qt 6.4's lupdate never ends on brackets inside translate()'s count.
        const int fields = int(records[r].size());
        if (fields != t.header.size())
            return fail(lines[r], QCoreApplication::translate(
                                      "store::CsvReader", "%n field(s) where the header names %1", "", fields)
                                      .arg(t.header.size()));
        t.rows << records[r];
        t.lines << lines[r];
    }
    *table = t;
    return true;
}

}  // namespace store
