#pragma once

#include "transcript.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace smtp {

// Where in the SMTP state machine (RFC 5321 §3, §4.1.4) a line belongs: the command a reply answers.
enum class Stage
{
    None,
    Connect,   // before the greeting: the TCP (and, for implicit TLS, TLS) connection
    Greeting,  // the server's 220 banner
    Ehlo,
    Helo,
    StartTls,
    Tls,   // the TLS handshake after STARTTLS or at connect (RFC 8314)
    Auth,  // AUTH and each step of the login exchange
    Mail,
    Rcpt,
    Data,     // the DATA command (answered by 354)
    Content,  // the message content and its final dot, or BDAT ... LAST (answered by the final reply)
    Bdat,     // a BDAT chunk that is not the last
    Rset,
    Noop,
    Quit,
    Other,
};

// The stage of a client line as the transcript shows it ("EHLO host", "AUTH PLAIN ****", ". (end of
// message, 120 bytes sent)", "BDAT 4096 LAST").
Stage stageOfCommand(const QString &line);
// The stage's name for people ("sending the envelope sender").
QString stageName(Stage s);

// Why the connection is open. What Stamp does after a reply depends on it: a send goes on to MAIL FROM; a
// probe (`stamp probe`, Test connection) ends with QUIT once it has seen the server; a console hands the
// set-up session to the user, who types the next command.
enum class Purpose
{
    Send,
    Probe,
    Console,
};

// What the state of the conversation is when a line is read; kept by TranscriptExplainer, small and cheap.
struct LineContext
{
    Stage stage = Stage::None;        // for a server line: the command it answers; for a client line: its own
    bool tlsActive = false;           // TLS was up when the line was sent or received
    bool afterStartTls = false;       // an EHLO that repeats the first one after STARTTLS (RFC 3207 §4.2)
    bool lastLine = true;             // for a server line: the last line of its reply ("250 " not "250-")
    bool firstLine = true;            // for a server line: the first line of its reply
    Purpose purpose = Purpose::Send;  // the explainer's, when observe() made this context
    // For a refusal of DATA or BDAT after every RCPT of the transaction was refused: it only repeats that
    // (RFC 2920 §3.1), and the recipients' replies decide; recipientsTemporary: one of them was a 4xx.
    bool repeatsRecipients = false;
    bool recipientsTemporary = false;
};

// What a command asks for and why it comes now (RFC 5321 §4.1.1, RFC 3207, RFC 4954, RFC 3030).
QString explainCommand(const QString &line, const LineContext &ctx = {});
// What Stamp does after a reply of this code to this stage.
QString nextStep(Stage stage, int code, Purpose purpose = Purpose::Send);
// A reply in plain words: class, basic code, the RFC 3463 enhanced code with its registry name, and what
// Stamp does next when the stage is known.
QString explainReply(int code, const QByteArray &enhanced, Stage stage, Purpose purpose = Purpose::Send);
// What an EHLO keyword means ("PIPELINING" -> several commands at once, RFC 2920), or empty.
QString explainExtension(const QString &ehloLine);

// Follows a transcript in order and says, for each event, where it is in the conversation. One per
// connection or log; observe() is cheap (no text is built), explain() builds the words when they are shown.
class TranscriptExplainer
{
public:
    LineContext observe(const TranscriptEvent &e);
    // The explanation of an event observed with `ctx`: empty for events that need none. withNextStep false:
    // without what Stamp does next (the console, where the user decides).
    // The next step named after a reply follows ctx.purpose (observe() puts the explainer's there).
    static QString explain(const TranscriptEvent &e, const LineContext &ctx, bool withNextStep = true);
    // observe() then explain(): what `stamp send --explain` (and `stamp probe --explain`, with its purpose)
    // writes beside each line.
    QString annotate(const TranscriptEvent &e) { return explain(e, observe(e)); }
    // The event's transcript line with its explanation on the next line ("    = ..."), for a transcript file.
    QString annotatedLine(const TranscriptEvent &e);
    void reset() { *this = TranscriptExplainer(m_purpose); }

    explicit TranscriptExplainer(Purpose purpose = Purpose::Send) : m_purpose(purpose) {}
    void setPurpose(Purpose purpose) { m_purpose = purpose; }
    Purpose purpose() const { return m_purpose; }

private:
    Purpose m_purpose = Purpose::Send;
    QList<Stage> m_pending;  // commands sent and not yet answered, in order (RFC 2920 pipelining)
    Stage m_lastAnswered = Stage::None;
    int m_lastCode = 0;  // the code of the last whole reply
    bool m_tls = false;
    bool m_startTlsSeen = false;
    bool m_ehloAfterTls = false;  // the EHLO that RFC 3207 §4.2 asks for after STARTTLS was seen
    bool m_inReply = false;
    int m_rcptAnswered = 0;  // the RCPT replies of the transaction (since the last MAIL), and of them:
    int m_rcptAccepted = 0;
    int m_rcptTemporary = 0;
};

}  // namespace smtp
