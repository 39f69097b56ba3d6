#pragma once

#include "encoding.h"
#include "explain.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace smtp {

// SMTP typed by hand (issue 12: `stamp console`, Tools → Console) over a session Stamp has set up: the
// smtp::Session in console mode connects, reads the greeting, sends EHLO, STARTTLS (failing closed as for
// sending) and EHLO again, and logs in with the stored secret masked in the transcript; then it stops at
// Ready and this class takes the lines the user types, one at a time:
//   - each line is checked by smtp/commandline.h (CR, LF, NUL, the 512-octet limit): a refused line is
//     reported as an Error line and nothing is written;
//   - HELP, NOOP, RSET, VRFY, EXPN, MAIL, RCPT, DATA, EHLO and QUIT are written as typed; AUTH, STARTTLS
//     and BDAT are refused with the reason (the session did the first two; BDAT needs exact sizes);
//   - the next line waits until the whole reply to the previous one has come (lines typed meanwhile queue);
//   - after a 354 the lines are the message content, dot-stuffed (RFC 5321 §4.5.2) and each ended with CRLF;
//     a line holding only "." (or the end of input) ends it, and Stamp writes the final CRLF.CRLF;
//   - the end of input (endInput()) sends QUIT once the queue is done.
// Every transcript event comes out through line() with its explanation, as the log pane and `stamp send
// --explain` give it (smtp/explain.h). Asynchronous throughout.
//
// States: Connecting -> Ready (session ready) -> Waiting (a line sent) -> Ready | Content (354) ->
// Waiting (the final dot) -> Ready; Ready -> Closing (QUIT) -> Closed; any -> Closed (the session ended).
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Connecting,  // the session is being set up: lines typed now wait
        Ready,       // a command may be typed
        Waiting,     // a line was sent; its reply has not come whole
        Content,     // after 354: lines are message content until "."
        Closing,     // QUIT sent
        Closed,      // finished() was emitted
    };
    Q_ENUM(State)

    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    void start(const SessionOptions &options, Clock *clock = nullptr);
    // One line as typed, without its line end.
    void typeLine(const QString &line);
    // No more lines (end of standard input, the window's Close): the content in progress is ended with
    // CRLF.CRLF, then QUIT.
    void endInput();
    // Closes now without QUIT (the window closed before the session was set up).
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Closed; }
    const Outcome &outcome() const { return m_outcome; }
    int queuedLines() const { return int(m_queue.size()); }
    // The verbs the console writes as typed.
    static QStringList offeredVerbs();

Q_SIGNALS:
    // Every line of the conversation (and every refusal) with its explanation, which may be empty.
    void line(const smtp::TranscriptEvent &event, const QString &explanation);
    void stateChanged(smtp::ConsoleSession::State state);
    void finished(const smtp::Outcome &outcome);

private:
    void setState(State s);
    void refuse(const QString &why);
    void pump();
    // Returns false when the line was refused (nothing written).
    bool sendCommand(const QString &typed);
    void sendContent(const QString &typed);
    void endContent();
    void onReply(const Reply &reply);

    QPointer<Session> m_session;
    Clock *m_clock = nullptr;
    TranscriptExplainer m_explainer{Purpose::Console};
    DotStuffer m_stuffer;
    qint64 m_contentBytes = 0;
    QStringList m_queue;
    State m_state = State::Connecting;
    bool m_awaitingData = false;  // the line sent is DATA: a 354 opens the content
    bool m_inputEnded = false;
    Outcome m_outcome;
};

}  // namespace smtp
