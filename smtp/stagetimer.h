#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QString>

namespace smtp {

// The stages of a connection that are timed, as CheckTLS shows them.
enum class TimedStage
{
    None,        // between stages, or after the last one (QUIT, the end)
    Connect,     // from asking for the connection to the TCP connection
    Greeting,    // from the connection (or, for implicit TLS, the handshake) to the whole 220
    Ehlo,        // the first EHLO (or HELO) to its whole answer
    Tls,         // STARTTLS sent (or, for implicit TLS, the connection) to the end of the handshake
    EhloAgain,   // the EHLO after STARTTLS to its whole answer (RFC 3207 §4.2)
    Auth,        // AUTH to its final answer
    Envelope,    // MAIL FROM to the start of the content (RCPT and DATA's 354 included)
    Content,     // the content, up to its final dot (or BDAT ... LAST) written
    FinalReply,  // the final dot written to the server's verdict on the message
    Count
};

// How long each stage took, in milliseconds; -1: the stage did not happen. A message's own timings
// (StageTimer::messageTimings) hold envelope, content and final reply only; the connection's hold connect to
// AUTH, and with one message its stages too.
struct StageTimings
{
    qint64 ms[int(TimedStage::Count)] = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
    qint64 total = -1;  // from asking for the connection to the end of the session

    qint64 of(TimedStage s) const { return ms[int(s)]; }
    bool isEmpty() const { return total < 0; }
    // The stages that happened, in the order they happen on a connection.
    QList<TimedStage> reached() const;
    static QString stageName(TimedStage s);  // "connect", "greeting", "EHLO", ...
    // "connect 12 ms, greeting 3 ms, EHLO 2 ms, TLS 40 ms, ...; total 80 ms", stages not reached left out.
    QString format() const;
    // The connection's stages only (connect to AUTH): what a connection that carried several messages shows
    // once, beside each message's own. The total stays the session's.
    StageTimings connectionPart() const;
    // For the probe's report: every stage up to EHLO again, "not reached" for the missing ones.
    QString formatConnection() const;
};

// Measures the stages with a monotonic clock (QElapsedTimer), never the wall clock: the session says which
// stage it enters, and the time since the last change goes to the stage it leaves.
class StageTimer
{
public:
    void start();
    // Ends the current stage and starts `s` (None: between stages).
    void enter(TimedStage s) { enterAt(s, m_clock.isValid() ? m_clock.elapsed() : 0); }
    // Ends the session: the current stage ends and the total is taken.
    void stop() { stopAt(m_clock.isValid() ? m_clock.elapsed() : 0); }
    TimedStage current() const { return m_current; }
    const StageTimings &timings() const { return m_timings; }
    // A message starts on the connection (MAIL FROM): its own envelope, content and final reply are counted
    // from here, apart from the ones before it.
    void beginMessage() { beginMessageAt(m_clock.isValid() ? m_clock.elapsed() : 0); }
    // This message's stages so far, the time in the stage it is in included; total: since beginMessage().
    StageTimings messageTimings() const
    {
        return messageTimingsAt(m_clock.isValid() ? m_clock.elapsed() : 0);
    }

    // The same with the time given, in ms since start(), for tests of the arithmetic.
    void enterAt(TimedStage s, qint64 ms);
    void stopAt(qint64 ms);
    void beginMessageAt(qint64 ms);
    StageTimings messageTimingsAt(qint64 ms) const;

private:
    StageTimings m_message;  // the current message's stages
    qint64 m_messageSince = -1;
    QElapsedTimer m_clock;
    TimedStage m_current = TimedStage::None;
    qint64 m_since = 0;
    bool m_stopped = false;
    StageTimings m_timings;
};

}  // namespace smtp

Q_DECLARE_METATYPE(smtp::StageTimings)
