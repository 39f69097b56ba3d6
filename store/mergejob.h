#pragma once

#include "csvreader.h"
#include "mailstore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace store {

// A mail merge (issue 13): one template with {{placeholders}}, one CSV file whose header names them, one
// message per row. Only the text is worked out here; each row's message is built by the one message builder
// (MailStore::enqueue, smtp::MimeMessageSource), which encodes and folds its headers.
namespace merge {

// Reads a template: a Stamp template (the JSON that File > Save as Template writes), or a text file of
// header lines (To, Cc, Bcc, Reply-To, Subject; "Name: value"), an empty line, and the body. Placeholders
// may stand anywhere in those fields. Returns false with *error (the line, for a text file).
bool readTemplate(const QByteArray &bytes, MailItem *item, QString *error);

// The placeholder names used in text ({{name}}, spaces inside the braces allowed), in order, once each.
QStringList placeholders(const QString &text);
// text with each {{name}} replaced by values[name]; html: the values are escaped for HTML. Every name must
// be in values (placeholders() says which are used).
QString substitute(const QString &text, const QHash<QString, QString> &values, bool html = false);

// One row of the merge, worked out.
struct Row
{
    int number = 0;  // 1 = the first row after the header
    int line = 0;    // its line in the CSV file
    MailItem item;   // the template with this row's values (From and account are the caller's)
    QString error;   // why this row cannot be sent (empty when it can); nothing of it goes out
};

// The template's placeholders that the CSV has no column for, or empty.
QStringList unknownPlaceholders(const MailItem &templ, const CsvTable &csv);
// Every row, substituted and checked: a value with a line break (or NUL) in a header field, a field that
// names no address or an address that does not parse, no recipient at all: the row's error says which.
QList<Row> expand(const MailItem &templ, const CsvTable &csv);

// The merge's identity: the same template and CSV give the same id, so running the merge again finds the
// rows already sent (MailItem::mergeId).
QString mergeId(const QByteArray &templateBytes, const QByteArray &csvBytes);

}  // namespace merge

}  // namespace store
