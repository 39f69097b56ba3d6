#pragma once

#include "mailstore.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace store {

class ItemLock;

// Sends one outbox item: takes its lock (another process or Submission sending it: finished() with
// wasBusy(), nothing touched), marks it Sending, sends the stored message through an smtp::Session, then
// moves it to Sent, keeps the refused recipients in the outbox (partly sent), or records the failure
// (Waiting for an automatic retry, or Failed) with the reason: nothing is lost. The window, the outbox
// queue and the command line all use it through SendController; none touches a socket.
class Submission : public QObject
{
    Q_OBJECT
public:
    Submission(MailStore *store, const QString &id, smtp::SessionOptions options, QObject *parent = nullptr);
    ~Submission() override;

    // Tests pass a FakeClock; by default the system clock.
    void setClock(smtp::Clock *clock) { m_clock = clock; }

    // Starts the attempt. Always answers with finished(), later from the event loop (even for an item that
    // cannot be loaded), exactly once.
    void start();
    // Stops the attempt: finished() follows with Cancelled (or whatever the session had already decided).
    void cancel();

    QString id() const { return m_id; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const smtp::Outcome &outcome() const { return m_outcome; }
    // The item was locked by someone else: nothing was sent or changed.
    bool wasBusy() const { return m_busy; }
    // What the server offered and the TLS details, once known (forwarded so no caller needs the session).
    const smtp::Capabilities &capabilities() const { return m_caps; }
    const smtp::TlsInfo &tlsInfo() const { return m_tls; }
    bool hasSession() const { return m_session; }            // a connection is open or closing
    bool isWaitingForReply() const { return m_endReached; }  // the end reached the server, no answer yet

    // Writes the end of an attempt to the store: Sent, PartlySent, or the failure (Waiting for a retry, or
    // Failed). When a delivered message's copy cannot be kept, the item is marked Failed with a note saying
    // not to resend it, and the note is returned (else an empty string). Used by BatchSubmission too.
    static QString recordOutcome(MailStore *store, const QString &id, const smtp::Outcome &outcome,
                                 const QDateTime &now);

Q_SIGNALS:
    void transcript(const smtp::TranscriptEvent &event);
    void capabilitiesKnown(const smtp::Capabilities &caps, bool encrypted);
    // The session's TLS report (smtp/tlsreport.h), when the handshake finished or failed.
    void tlsReport(const smtp::TlsReport &report);
    // Content bytes the server has acknowledged (smtp::Session::progress).
    void progress(qint64 sent, qint64 total);
    // The end of the content reached the server: only its answer is awaited now.
    void waitingForReply();
    // The item is already moved to Sent or marked Failed when this is emitted. The outcome carries the
    // session's stage timings (Outcome::timings), also when the message's own outcome decided.
    void finished(const smtp::Outcome &outcome);

private:
    void finish(smtp::Outcome outcome);
    void failEarly(const QString &summary, const QString &advice, bool record = true);

    QPointer<MailStore> m_store;
    QString m_id;
    smtp::SessionOptions m_options;
    smtp::Clock *m_clock = nullptr;
    QPointer<smtp::Session> m_session;
    std::unique_ptr<ItemLock> m_lock;
    std::optional<smtp::Outcome> m_messageOutcome;  // what messageFinished said, which decides
    smtp::Outcome m_outcome;
    smtp::Capabilities m_caps;
    smtp::TlsInfo m_tls;
    qint64 m_sent = 0, m_total = 0;
    bool m_endReached = false;  // the session said the end of the content reached the server
    bool m_busy = false;
    bool m_record = true;  // whether finish() writes the outcome to the store
    bool m_running = false;
    bool m_finished = false;
};

}  // namespace store
