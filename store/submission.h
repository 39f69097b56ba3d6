#pragma once

#include "mailstore.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace store {

class RecordingSource;

// Sends one outbox item: marks it Sending, runs an smtp::Session, then moves it to Sent (delivered, even if
// only to some recipients) or marks it Failed with the reason (nothing is lost: it stays in the outbox).
// The window and `stamp send --account` both use it; neither touches a socket.
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
    // The session while running, for capabilities and TLS details; null otherwise.
    smtp::Session *session() const { return m_session; }

Q_SIGNALS:
    void transcript(const smtp::TranscriptEvent &event);
    void progress(qint64 sent, qint64 total);
    // The item is already moved to Sent or marked Failed when this is emitted.
    void finished(const smtp::Outcome &outcome);

private:
    void finish(smtp::Outcome outcome);
    void failEarly(const QString &summary, const QString &advice);

    QPointer<MailStore> m_store;
    QString m_id;
    smtp::SessionOptions m_options;
    smtp::Clock *m_clock = nullptr;
    QPointer<smtp::Session> m_session;
    std::shared_ptr<RecordingSource> m_source;      // the message as sent, kept for Sent
    std::optional<smtp::Outcome> m_messageOutcome;  // what messageFinished said, which decides
    smtp::Outcome m_outcome;
    qint64 m_sent = 0, m_total = 0;
    bool m_running = false;
    bool m_finished = false;
};

}  // namespace store
