#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace smtp {

// RFC 2047 encoded words for a display name: returned as-is when it is a plain atom phrase, quoted when it
// holds specials, and as =?UTF-8?B?...?= words (each at most 75 characters) when it is not ASCII.
// With utf8 true (RFC 6532), non-ASCII text is kept as UTF-8 inside a quoted string.
QByteArray encodePhrase(const QString &text, bool utf8);
// Unstructured header text (Subject): ASCII words unchanged, otherwise RFC 2047 encoded words.
// Returned with single spaces where the header may be folded.
QByteArray encodeUnstructured(const QString &text, bool utf8);
// "Name: value" for unstructured text, folded in front of the value's own spaces and tabs (RFC 5322 §2.2.3)
// so that lines stay within 78 characters where the value allows it, with CRLF at the end. Never splits
// inside a word, never folds before the first word; unfolding gives "Name: value" back exactly.
QByteArray foldHeader(const QByteArray &name, const QByteArray &value);
// Like foldHeader, for a list of items that are joined by ", ".
QByteArray foldList(const QByteArray &name, const QList<QByteArray> &items);
// RFC 2231 parameter (name*0*=utf-8''...; name*1*=...) as items for foldHeader, each short enough to fit on a
// line. ASCII values without specials come back as one plain name="value".
QList<QByteArray> rfc2231Parameter(const QByteArray &name, const QString &value);
// RFC 2045 §6.7 quoted-printable for CRLF text: lines of at most 76 characters with soft breaks.
QByteArray quotedPrintable(const QByteArray &crlfText);
// Base64 in lines of 76 characters, CRLF after each (RFC 2045 §6.8). raw should be a multiple of 57 bytes
// except for the last piece of a stream.
QByteArray base64Lines(const QByteArray &raw);
qint64 base64LinesSize(qint64 rawSize);
// Every CR, LF and CRLF turned into CRLF.
QByteArray toCrlf(const QString &text);
// RFC 5322 §3.3 date-time, e.g. "Wed, 25 Nov 2026 13:34:13 +0100".
QByteArray rfc5322Date(const QDateTime &dt);

// Streaming line-ending repair: bare CR and bare LF become CRLF, whatever the chunk boundaries.
class LineEndingNormalizer
{
public:
    QByteArray push(const QByteArray &chunk);
    QByteArray finish();

private:
    bool m_pendingCr = false;
};

// Streaming SMTP DATA transparency (RFC 5321 §4.5.2): a line that begins with a period gets one more;
// finish() returns the end-of-data marker, with a CRLF before it if the content did not end with one. Input
// must already be CRLF-only.
class DotStuffer
{
public:
    QByteArray push(const QByteArray &chunk);
    QByteArray finish();

private:
    bool m_atLineStart = true;
    bool m_any = false;
};

}  // namespace smtp
