#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace store {

// A CSV file as RFC 4180 writes it: the first record names the columns, every other record is a row with as
// many fields. Fields are separated by commas; a field in double quotes may hold commas, line breaks and
// doubled quotes (""). Records end with CRLF or LF; a UTF-8 byte order mark at the start is skipped, empty
// lines are skipped, the last record may lack its line break.
struct CsvTable
{
    QStringList header;       // the column names, trimmed
    QList<QStringList> rows;  // each with header.size() fields
    QList<int> lines;         // the line on which each row starts (1 = the header's line)
    int column(const QString &name) const { return int(header.indexOf(name)); }
};

// A text file the user gave (a CSV file, a template): strict UTF-8, a byte order mark at the start skipped.
// False when the bytes are not UTF-8 (nothing is guessed or replaced).
bool decodeUtf8Text(const QByteArray &bytes, QString *text);

// Reads UTF-8 CSV. Returns false with *error naming the line and what is wrong: a quote inside an unquoted
// field, text after a closing quote, a quote never closed, a row with more or fewer fields than the header,
// an empty or repeated column name, bytes that are not UTF-8.
bool readCsv(const QByteArray &bytes, CsvTable *table, QString *error);

}  // namespace store
