// What must hold for ANY input to the parsers and encoders, as plain functions: the libFuzzer targets in this
// folder call them on fuzzed bytes, and tst_adversarial replays every file of tests/fuzz/corpus through them,
// so each crash the fuzzer ever found stays a unit test row. Each returns an empty string when every
// invariant holds, or what broke.
//
// Input layout (so that seeds can be written by hand): the first byte holds flags, the rest are fields
// separated by the byte 0x1F (ASCII unit separator). Missing fields are empty.
#pragma once

#include "address.h"
#include "encoding.h"
#include "message.h"
#include "reply.h"

#include <QByteArrayList>
#include <QSet>
#include <QString>

namespace fuzzcheck {

struct Input
{
    quint8 flags = 0;
    QByteArrayList fields;
    QByteArray field(int i) const { return fields.value(i); }
    QString text(int i) const { return QString::fromUtf8(fields.value(i)); }
};

inline Input splitInput(const QByteArray &data)
{
    Input in;
    if (data.isEmpty())
        return in;
    in.flags = quint8(data[0]);
    in.fields = data.mid(1).split('\x1f');
    return in;
}

inline bool isAscii(const QByteArray &b)
{
    for (char c : b)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

inline bool hasCrLfNul(const QByteArray &b)
{
    return b.contains('\r') || b.contains('\n') || b.contains('\0');
}

inline QString show(const QByteArray &b)
{
    return QString::fromLatin1(b.left(200).toPercentEncoding(" <>@=?:;,.\"/"));
}

// CRLF is the only line ending; returns the longest line, or -1 for a bare CR or LF.
inline qsizetype longestCrlfLine(const QByteArray &b)
{
    qsizetype longest = 0, start = 0;
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (b[i] == '\r') {
            if (i + 1 >= b.size() || b[i + 1] != '\n')
                return -1;
            longest = qMax(longest, i - start);
            start = i + 2;
            ++i;
        } else if (b[i] == '\n') {
            return -1;
        }
    }
    return qMax(longest, b.size() - start);
}

// A folded header field (RFC 5322 §2.2.3): CRLF only, every CRLF but the last followed by white space, no
// line over 998 characters (§2.1.1), no NUL. Unfolding (deleting each CRLF) must give back "name: value".
inline QString checkFolded(const QByteArray &field, const QByteArray &unfoldedWanted)
{
    if (!field.endsWith("\r\n"))
        return QStringLiteral("header field does not end with CRLF: %1").arg(show(field));
    const qsizetype longest = longestCrlfLine(field);
    if (longest < 0)
        return QStringLiteral("bare CR or LF in a header field: %1").arg(show(field));
    if (longest > 998)
        return QStringLiteral("header line of %1 characters (over 998)").arg(longest);
    if (field.contains('\0'))
        return QStringLiteral("NUL in a header field");
    for (qsizetype i = field.indexOf("\r\n"); i >= 0 && i + 2 < field.size();
         i = field.indexOf("\r\n", i + 2))
        if (field[i + 2] != ' ' && field[i + 2] != '\t')
            return QStringLiteral("a CRLF inside the field is not followed by white space (a new header "
                                  "could start there): %1")
                .arg(show(field));
    QByteArray unfolded = field;
    unfolded.chop(2);
    unfolded.replace("\r\n", "");
    if (!unfoldedWanted.isNull() && unfolded != unfoldedWanted)
        return QStringLiteral("folding changed the value: %1 became %2")
            .arg(show(unfoldedWanted), show(unfolded));
    return {};
}

// Decodes what encodeUnstructured/encodePhrase produce: either all plain text, or only =?UTF-8?B?...?= words
// separated by single spaces (RFC 2047 §6.2: white space between adjacent encoded words is not displayed).
inline bool decodeWords(const QByteArray &value, QByteArray *out)
{
    if (!value.contains("=?")) {
        *out = value;
        return true;
    }
    out->clear();
    for (const QByteArray &w : value.split(' ')) {
        if (!w.startsWith("=?UTF-8?B?") || !w.endsWith("?=") || w.size() > 75)
            return false;
        const auto d =
            QByteArray::fromBase64Encoding(w.mid(10, w.size() - 12), QByteArray::AbortOnBase64DecodingErrors);
        if (!d)
            return false;
        *out += *d;
    }
    return true;
}

inline QByteArray qpDecode(const QByteArray &qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp[i] != '=') {
            out += qp[i];
            continue;
        }
        if (qp.mid(i + 1, 2) == "\r\n") {
            i += 2;  // soft line break
            continue;
        }
        const QByteArray byte = QByteArray::fromHex(qp.mid(i + 1, 2));
        out += byte.isEmpty() ? char(0) : byte[0];
        i += 2;
    }
    return out;
}

// --- the reply parser
// -----------------------------------------------------------------------------------------

struct ParseResult
{
    QList<smtp::Reply> replies;
    smtp::ReplyParser::Error error = smtp::ReplyParser::Error::None;
};

inline QString checkOneReply(const smtp::Reply &r)
{
    if (r.code < 200 || r.code > 599)
        return QStringLiteral("reply code %1 outside 200..599").arg(r.code);
    if (r.lines.isEmpty() || r.lines.size() > smtp::ReplyParser::MaxLines)
        return QStringLiteral("reply with %1 lines").arg(r.lines.size());
    for (const QByteArray &l : r.lines) {
        if (l.size() > smtp::ReplyParser::MaxLineLength)
            return QStringLiteral("reply line of %1 bytes kept").arg(l.size());
        if (l.contains('\n'))
            return QStringLiteral("LF inside a reply line");
    }
    if (!r.enhanced.isEmpty()) {
        const QList<QByteArray> parts = r.enhanced.split('.');
        if (parts.size() != 3 || parts[0] != QByteArray::number(r.code / 100))
            return QStringLiteral("enhanced code %1 does not match reply %2")
                .arg(show(r.enhanced))
                .arg(r.code);
    }
    // The words shown to a person must never fail on any reply.
    (void)r.text();
    (void)r.summary();
    (void)smtp::explainReply(r.code, r.enhanced);
    return {};
}

inline ParseResult parseInPieces(const QByteArray &bytes, quint32 seed, QString *problem)
{
    ParseResult res;
    smtp::ReplyParser parser;
    qsizetype pos = 0;
    quint32 state = seed | 1;
    while (pos < bytes.size()) {
        qsizetype piece = bytes.size() - pos;
        if (seed != 0) {
            state = state * 1664525u + 1013904223u;  // any split at all: sizes 1..64, or 1 byte at a time
            piece = qMin<qsizetype>(piece, (seed & 0x80) ? 1 : 1 + (state >> 24) % 64);
        }
        parser.feed(bytes.mid(pos, piece));
        pos += piece;
        while (const std::optional<smtp::Reply> r = parser.next()) {
            if (parser.error() != smtp::ReplyParser::Error::None && problem->isEmpty())
                *problem = QStringLiteral("a reply came out after an error");
            res.replies << *r;
        }
    }
    res.error = parser.error();
    if (res.error != smtp::ReplyParser::Error::None) {
        // An error is final: nothing more comes out, whatever is fed.
        parser.feed("250 ok\r\n");
        if (parser.next() && problem->isEmpty())
            *problem = QStringLiteral("the parser went on after an error");
        (void)parser.errorString();
    }
    return res;
}

inline QString checkReplyParser(const QByteArray &data)
{
    if (data.isEmpty())
        return {};
    const quint32 seed = quint8(data[0]);
    const QByteArray bytes = data.mid(1);
    QString problem;
    const ParseResult whole = parseInPieces(bytes, 0, &problem);
    const ParseResult split = parseInPieces(bytes, seed, &problem);
    if (!problem.isEmpty())
        return problem;
    for (const smtp::Reply &r : whole.replies) {
        const QString why = checkOneReply(r);
        if (!why.isEmpty())
            return why;
    }
    // Where the bytes were split must change nothing (replies come only from whole lines).
    if (whole.error != split.error || whole.replies.size() != split.replies.size())
        return QStringLiteral(
                   "split at other places, the same bytes gave %1 replies (error %2) instead of %3 "
                   "(error %4)")
            .arg(split.replies.size())
            .arg(int(split.error))
            .arg(whole.replies.size())
            .arg(int(whole.error));
    for (qsizetype i = 0; i < whole.replies.size(); ++i) {
        const smtp::Reply &a = whole.replies[i], &b = split.replies[i];
        if (a.code != b.code || a.enhanced != b.enhanced || a.lines != b.lines)
            return QStringLiteral("reply %1 differs when the bytes are split differently").arg(i);
    }
    return {};
}

// --- addresses
// ----------------------------------------------------------------------------------------------

inline QString checkMailbox(const smtp::Mailbox &m)
{
    for (const QString &part : {m.displayName, m.localPart, m.domain})
        if (hasCrLfNul(part.toUtf8()))
            return QStringLiteral("a parsed mailbox holds CR, LF or NUL: %1").arg(show(part.toUtf8()));
    if (m.localPart.isEmpty() || m.domain.isEmpty())
        return QStringLiteral("a parsed mailbox has an empty part");
    for (bool utf8 : {false, true}) {
        const QByteArray env = m.envelope(utf8);
        const QByteArray header = m.headerForm(utf8);
        if (hasCrLfNul(env) || hasCrLfNul(header))
            return QStringLiteral("CR, LF or NUL in the envelope or header form of %1")
                .arg(show(m.address().toUtf8()));
        if (!utf8 && (!isAscii(env) || !isAscii(header)))
            return QStringLiteral("non-ASCII envelope or header form without SMTPUTF8: %1 / %2")
                .arg(show(env), show(header));
        if (!utf8 && m.needsSmtpUtf8() != env.isEmpty())
            return QStringLiteral("envelope(false) is empty exactly when SMTPUTF8 is needed; not so for %1")
                .arg(show(env));
        if (env.isEmpty() && !m.needsSmtpUtf8())
            return QStringLiteral("empty envelope form");
        // Whatever Stamp writes in MAIL FROM / RCPT TO must not end the <...> early or add parameters.
        if (!env.isEmpty()) {
            const qsizetype at = env.lastIndexOf('@');
            const QByteArray domainPart = env.mid(at + 1);
            if (at <= 0 || domainPart.contains('>') || domainPart.contains('<') || domainPart.contains(' '))
                return QStringLiteral("envelope form %1 could break out of RCPT TO:<...>").arg(show(env));
        }
        // What Stamp writes in a header must parse back to the same address (the RFC 2047 form of a name is
        // not parsed back: the addr-spec is checked through the UTF-8 form then).
        if (!env.isEmpty() && (utf8 || m.displayName.isEmpty())) {
            QString err;
            const smtp::Mailbox back = smtp::parseMailbox(QString::fromUtf8(header), &err);
            if (back.isNull() || !(back == m))
                return QStringLiteral("header form %1 does not parse back to %2 (%3)")
                    .arg(show(header), show(m.address().toUtf8()), err);
        }
    }
    return {};
}

inline QString checkAddress(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data.mid(1));
    QString error;
    const smtp::Mailbox m = smtp::parseMailbox(text, &error);
    if (m.isNull() && error.isEmpty())
        return QStringLiteral("refused without a reason");
    if (!m.isNull()) {
        const QString why = checkMailbox(m);
        if (!why.isEmpty())
            return why;
        if (text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0)))
            return QStringLiteral("an address with CR, LF or NUL was accepted");
    }
    QString listError;
    const QList<smtp::Mailbox> list = smtp::parseMailboxList(text, &listError);
    for (const smtp::Mailbox &e : list) {
        const QString why = checkMailbox(e);
        if (!why.isEmpty())
            return QStringLiteral("in a list: ") + why;
    }
    return {};
}

// --- header encoding
// ----------------------------------------------------------------------------------------

inline QString checkEncoding(const QByteArray &data)
{
    const Input in = splitInput(data);
    const bool utf8 = in.flags & 1;
    const QString subject = in.text(0), name = in.text(1), fileName = in.text(2);

    const QByteArray unstructured = smtp::encodeUnstructured(subject, utf8);
    if (hasCrLfNul(unstructured))
        return QStringLiteral("encodeUnstructured let CR, LF or NUL through: %1").arg(show(unstructured));
    if (!utf8 && !isAscii(unstructured))
        return QStringLiteral("encodeUnstructured gave non-ASCII without utf8: %1").arg(show(unstructured));
    QByteArray decoded;
    if (!decodeWords(unstructured, &decoded))
        return QStringLiteral("encodeUnstructured gave words that do not decode: %1").arg(show(unstructured));
    if (decoded != subject.toUtf8())
        return QStringLiteral("the subject does not decode back to itself: %1").arg(show(unstructured));
    const QByteArray subjectField = smtp::foldHeader("Subject", unstructured);
    QString why = checkFolded(subjectField, "Subject: " + unstructured);
    if (!why.isEmpty())
        return QStringLiteral("Subject: ") + why;
    // Never folded right after the colon: readers would show a leading space (RFC 5322 §2.2.3).
    if (!unstructured.trimmed().isEmpty()
        && subjectField.left(subjectField.indexOf("\r\n")).mid(8).trimmed().isEmpty())
        return QStringLiteral("Subject folded right after the colon: %1").arg(show(subjectField));

    const QByteArray phrase = smtp::encodePhrase(name, utf8);
    if (hasCrLfNul(phrase))
        return QStringLiteral("encodePhrase let CR, LF or NUL through: %1").arg(show(phrase));
    if (!utf8 && !isAscii(phrase))
        return QStringLiteral("encodePhrase gave non-ASCII without utf8: %1").arg(show(phrase));
    why = checkFolded(smtp::foldList("From", {phrase + " <ann@example.org>", "bob@example.org"}), {});
    if (!why.isEmpty())
        return QStringLiteral("From: ") + why;
    const QByteArray fromLine = smtp::foldList("From", {phrase + " <ann@example.org>"});
    QByteArray unfolded = fromLine;
    unfolded.replace("\r\n", "");
    if (!unfolded.endsWith(" <ann@example.org>") || unfolded.count('<') != 1 + phrase.count('<')
        || !unfolded.startsWith("From:"))
        return QStringLiteral("the display name changed the address: %1").arg(show(fromLine));

    const QList<QByteArray> params = smtp::rfc2231Parameter("filename", fileName);
    QByteArray joined;
    for (const QByteArray &p : params) {
        if (hasCrLfNul(p) || !isAscii(p))
            return QStringLiteral("rfc2231Parameter gave CR, LF, NUL or non-ASCII: %1").arg(show(p));
        joined += p;
    }
    QList<QByteArray> items{"Content-Disposition: attachment"};
    items += params;
    why = checkFolded(smtp::foldList("X", items), {});
    if (!why.isEmpty())
        return QStringLiteral("Content-Disposition: ") + why;
    // Decode it back as a mail reader would (RFC 2231 §3, §4).
    QByteArray back;
    if (params.size() == 1 && params[0].startsWith("filename=\"")) {
        const QByteArray q = params[0].mid(10, params[0].size() - 11);
        for (qsizetype i = 0; i < q.size(); ++i) {
            if (q[i] == '\\' && i + 1 < q.size())
                ++i;
            else if (q[i] == '"')
                return QStringLiteral("unescaped quote in a parameter: %1").arg(show(params[0]));
            back += q[i];
        }
    } else {
        for (qsizetype i = 0; i < params.size(); ++i) {
            const QByteArray head =
                params.size() == 1 ? QByteArray("filename*=") : "filename*" + QByteArray::number(i) + "*=";
            if (!params[i].startsWith(head))
                return QStringLiteral("parameter section %1 is misnamed: %2").arg(i).arg(show(params[i]));
            QByteArray v = params[i].mid(head.size());
            if (i == 0) {
                if (!v.startsWith("utf-8''"))
                    return QStringLiteral("first section without a charset");
                v = v.mid(7);
            }
            for (char c : v)
                if (c == ' ' || c == '"' || c == ';' || c == '\\' || c == '\'' || c == '*')
                    return QStringLiteral("character '%1' not allowed unquoted in %2")
                        .arg(QLatin1Char(c))
                        .arg(show(params[i]));
            back += QByteArray::fromPercentEncoding(v);
        }
    }
    if (back != fileName.toUtf8())
        return QStringLiteral("the file name does not decode back to itself: %1").arg(show(joined));

    const QByteArray body = smtp::toCrlf(subject + QLatin1Char('\n') + name);
    const QByteArray qp = smtp::quotedPrintable(body);
    const qsizetype longest = longestCrlfLine(qp);
    if (longest < 0 || longest > 76 || !isAscii(qp))
        return QStringLiteral("quoted-printable line of %1 characters, or not ASCII").arg(longest);
    if (qpDecode(qp) != body)
        return QStringLiteral("quoted-printable does not decode back");
    return {};
}

// --- the message builder
// ------------------------------------------------------------------------------------

inline QString checkMessage(const QByteArray &data)
{
    const Input in = splitInput(data);
    smtp::EncodingOptions options;
    options.eightBitMime = in.flags & 1;
    options.smtpUtf8 = in.flags & 2;
    smtp::Message m;
    auto box = [](const QString &name, const char *address) {
        smtp::Mailbox b;
        QString err;
        b = smtp::parseMailbox(QString::fromLatin1(address), &err);
        b.displayName = name;  // set directly, as the window does: no parser in between
        return b;
    };
    m.from = box(in.text(2), "ann@example.org");
    m.to = {box(in.text(3), "bob@example.org")};
    if (in.flags & 4)
        m.cc = {box(in.text(4), "carol@example.org")};
    if (in.flags & 8)
        m.replyTo = {box(in.text(4), "reply@example.org")};
    m.bcc = {box(in.text(5), "hidden-bcc@example.org")};
    m.subject = in.text(0);
    m.body = in.text(1);
    m.date = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    m.messageId = "fuzz@example.org";

    QString error;
    const QByteArray out = smtp::MimeMessageSource::render(m, options, &error);
    bool smuggle = false;
    for (const QString &s :
         {m.subject, in.text(2), in.text(3), in.text(5), (in.flags & 12) ? in.text(4) : QString()})
        smuggle = smuggle || hasCrLfNul(s.toUtf8());
    if (smuggle != !error.isEmpty())
        return smuggle ? QStringLiteral("a subject or name with CR, LF or NUL was accepted")
                       : QStringLiteral("a harmless message was refused: %1").arg(error);
    if (smuggle)
        return out.isEmpty() ? QString() : QStringLiteral("a refused message still produced bytes");

    const qsizetype longest = longestCrlfLine(out);
    if (longest < 0)
        return QStringLiteral("bare CR or LF in the message");
    if (longest > 998)
        return QStringLiteral("a line of %1 characters in the message (over 998)").arg(longest);
    const qsizetype headerEnd = out.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return QStringLiteral("no end of the header section");
    const QByteArray headers = out.left(headerEnd + 2);
    // The Bcc address goes nowhere in the message (no Bcc field is checked below, with every other field).
    if (out.count("hidden-bcc") > data.count("hidden-bcc"))
        return QStringLiteral("the Bcc recipient is in the message");
    if (!options.smtpUtf8 && !isAscii(headers))
        return QStringLiteral("non-ASCII headers without SMTPUTF8");
    if (!options.smtpUtf8 && !options.eightBitMime && !isAscii(out))
        return QStringLiteral("8-bit content without 8BITMIME");
    if (out.contains('\0'))
        return QStringLiteral("NUL in the message");
    // Exactly the header fields Stamp writes, each once: nothing from a name or the subject became a field.
    QSet<QByteArray> expected{"Date",         "From",       "To",           "Message-ID",
                              "MIME-Version", "User-Agent", "Content-Type", "Content-Transfer-Encoding"};
    if (!m.subject.isEmpty())
        expected << "Subject";
    if (!m.cc.isEmpty())
        expected << "Cc";
    if (!m.replyTo.isEmpty())
        expected << "Reply-To";
    QSet<QByteArray> seen;
    for (const QByteArray &line : headers.split('\n')) {
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return QStringLiteral("a header line that is neither a field nor a continuation: %1")
                .arg(show(line));
        const QByteArray fieldName = line.left(colon);
        if (seen.contains(fieldName))
            return QStringLiteral("header field %1 twice").arg(QString::fromLatin1(fieldName));
        seen << fieldName;
    }
    if (seen != expected)
        return QStringLiteral("unexpected header fields: %1").arg(show(headers));
    // The subject survives folding and encoding.
    if (!m.subject.isEmpty()) {
        const qsizetype s = headers.indexOf("\r\nSubject:") + 10;
        qsizetype e = s;
        while ((e = headers.indexOf("\r\n", e)) >= 0 && e + 2 < headers.size()
               && (headers[e + 2] == ' ' || headers[e + 2] == '\t'))
            e += 2;
        QByteArray value = headers.mid(s, e - s);
        value.replace("\r\n", "");
        if (!value.startsWith(' '))
            return QStringLiteral("no space after \"Subject:\"");
        value = value.mid(1);
        QByteArray decoded;
        if (!decodeWords(value, &decoded) || decoded != m.subject.toUtf8())
            return QStringLiteral("the subject did not survive: %1").arg(show(value));
    }
    // The body survives its transfer encoding.
    QByteArray wantBody = smtp::toCrlf(m.body);
    if (!wantBody.isEmpty() && !wantBody.endsWith("\r\n"))
        wantBody += "\r\n";
    QByteArray body = out.mid(headerEnd + 4);
    if (headers.contains("Content-Transfer-Encoding: quoted-printable"))
        body = qpDecode(body);
    if (body != wantBody)
        return QStringLiteral("the body did not survive its transfer encoding");
    // Through SMTP DATA (RFC 5321 §4.5.2): exactly one end-of-data marker, at the very end, and a server that
    // removes the dot-stuffing gets the message back.
    smtp::DotStuffer stuffer;
    const QByteArray wire = stuffer.push(out) + stuffer.finish();
    const qsizetype marker = wire.startsWith(".\r\n") ? 0 : wire.indexOf("\r\n.\r\n") + 2;
    if (marker != wire.size() - 3)
        return QStringLiteral("an end-of-data marker before the end of the message");
    QByteArray unstuffed;
    for (const QByteArray &line : wire.left(marker).split('\n'))
        unstuffed += (line.startsWith('.') ? line.mid(1) : line) + '\n';
    unstuffed.chop(1);
    if (unstuffed != out)
        return QStringLiteral("dot-stuffing did not undo to the message");
    return {};
}

}  // namespace fuzzcheck
