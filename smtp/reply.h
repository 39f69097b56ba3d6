#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace smtp {

// One server reply (RFC 5321 §4.2): a three-digit code, an optional RFC 3463 enhanced status code taken off
// the front of the text, and the text of each line. Only ever built from whole lines (CRLF or a bare LF at
// the end).
struct Reply
{
    int code = 0;
    QByteArray enhanced;      // "2.1.5", or empty when the server sent none
    QList<QByteArray> lines;  // text after "250-"/"250 ", enhanced code removed

    int klass() const { return code / 100; }
    bool isPositive() const { return klass() == 2; }
    bool isIntermediate() const { return klass() == 3; }
    bool isTransient() const { return klass() == 4; }
    bool isPermanent() const { return klass() == 5; }
    bool isValid() const { return code >= 200 && code <= 599; }
    // The text of all lines joined with spaces, as a user would read it.
    QString text() const;
    // "250 2.1.5 text" for the first line: how it looked on the wire (enhanced code included).
    QString summary() const;
};

// Incremental reply parser. Bytes go in as they arrive, split anywhere; replies come out only once their
// last line is complete. Bounded, so a hostile server cannot make it use unbounded memory.
class ReplyParser
{
public:
    enum class Error
    {
        None,
        LineTooLong,
        TooManyLines,
        Malformed
    };
    static constexpr int MaxLineLength =
        4096;  // RFC 5321 §4.5.3.1.5 says 512; real servers exceed it a little
    static constexpr int MaxLines = 1000;

    void feed(const QByteArray &bytes);
    // Returns the next complete reply, or nothing if more bytes are needed or an error occurred.
    std::optional<Reply> next();
    Error error() const { return m_error; }
    QString errorString() const;
    // True when bytes are held that do not yet make a complete reply (used to detect injection before TLS).
    bool hasPendingBytes() const { return !m_buffer.isEmpty() || !m_partial.lines.isEmpty(); }
    void reset();

private:
    bool takeLine(QByteArray *line);
    QByteArray m_buffer;
    Reply m_partial;
    Error m_error = Error::None;
};

// A plain-words reading of a reply code and its enhanced code, for people learning SMTP.
QString explainReply(int code, const QByteArray &enhanced = {});

}  // namespace smtp
