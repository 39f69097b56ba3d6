#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Reading MIME header values (the other direction of encoding.h): what the Sent view and the wire preview
// need to show a part by its name.
namespace smtp {

// Bytes in a named charset as text; UTF-8 when the charset is empty or unknown to Qt (Latin-1 then).
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);
// One RFC 2047 encoded word ("=?ISO-8859-1?Q?Andr=E9?="), the one decoder of them: false, and *out
// untouched, for a word that is not well-formed, in a charset Qt does not know, or whose text would hold a
// control character (§6.2: such a word is shown as it was written).
bool decodeEncodedWord(QStringView word, QString *out);
// RFC 2047 encoded words in a header value decoded (white space between two words dropped, §6.2); a word
// decodeEncodedWord refuses stays as it was written.
QString decodeWords(const QByteArray &text);
// A header parameter: name="value", name=value, or RFC 2231 name*=charset''%XX and name*0*=... pieces.
// Empty when absent.
QString headerParameter(const QByteArray &value, const QByteArray &name);

}  // namespace smtp
