#pragma once

#include <QByteArray>
#include <QString>

// Reading MIME header values (the other direction of encoding.h): what the Sent view and the wire preview
// need to show a part by its name.
namespace smtp {

// Bytes in a named charset as text; UTF-8 when the charset is empty or unknown to Qt (Latin-1 then).
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);
// RFC 2047 encoded words in a header value decoded (white space between two words dropped, §6.2).
QString decodeWords(const QByteArray &text);
// A header parameter: name="value", name=value, or RFC 2231 name*=charset''%XX and name*0*=... pieces.
// Empty when absent.
QString headerParameter(const QByteArray &value, const QByteArray &name);

}  // namespace smtp
