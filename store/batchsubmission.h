#pragma once

#include "clock.h"
#include "mailstore.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace store {

class ItemLock;

// Sends several outbox items over one connection, in order (a mail merge): the way Submission sends one,
// item by item. Each item is locked (another process or Submission sending it: itemFinished() with busy,
// nothing touched), marked Sending just before its transaction is handed to the session, and recorded as
// soon as its own final reply is in: moved to Sent, kept with the refused recipients, or Waiting/Failed with
// the reason. So at most one item is ever between "Sending" and its record, and a process killed at any
// moment leaves every other item either in Sent or still queued.
//
// With an interval (a rate limit), each item starts at least intervalMs after the one before. The session
// is held open across a wait of up to KeepOpenMs (smtp::Session::setHoldOpen); a longer wait closes it and
// the next item opens a new connection, so no server's idle timeout is met. A connection the server closed
// while idle is opened again for the next item; when connecting, TLS or the login fails, the items left are
// not tried (they stay queued) and finished() follows.
class BatchSubmission : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 KeepOpenMs = 60'000;

    BatchSubmission(MailStore *store, QStringList ids, smtp::SessionOptions options, qint64 intervalMs = 0,
                    smtp::Clock *clock = nullptr, QObject *parent = nullptr);
    ~BatchSubmission() override;

    // Starts with the first item; finished() always follows later, from the event loop, exactly once.
    void start();
    // Stops: the item in flight ends Cancelled (or as the session had decided), the rest stay queued.
    void cancel();
    // Items never started (cancelled, or after a connection failure): still queued, as they were.
    QStringList notStarted() const { return m_ids.mid(m_next); }
    int connections() const { return m_connections; }

Q_SIGNALS:
    void transcript(const smtp::TranscriptEvent &event);
    // The connection's TLS report (smtp/tlsreport.h), when its handshake finished or failed.
    void tlsReport(const smtp::TlsReport &report);
    void itemStarted(const QString &id);
    // The item is already recorded (in Sent, or back in the outbox with its reason) when this is emitted.
    // busy: another process held it (or it was no longer queued): nothing was done.
    void itemFinished(const QString &id, const smtp::Outcome &outcome, bool busy);
    void finished();

private:
    void scheduleNext();
    void startNext();
    bool openSession();
    void onMessageFinished(int index, const smtp::Outcome &outcome);
    void onSessionFinished(const smtp::Outcome &outcome);
    void record(const QString &id, const smtp::Outcome &outcome);
    void finishAll();

    QPointer<MailStore> m_store;
    QStringList m_ids;
    qsizetype m_next = 0;
    smtp::SessionOptions m_options;
    qint64 m_interval;
    smtp::Clock *m_clock;
    smtp::Timer *m_timer;
    QPointer<smtp::Session> m_session;
    QStringList m_sessionIds;  // the items handed to m_session, by its message index
    QString m_current;         // the item in flight
    std::unique_ptr<ItemLock> m_lock;
    bool m_currentEndReached = false;
    QDateTime m_lastStart;
    bool m_started = false, m_stopping = false, m_finished = false;
    int m_connections = 0;
};

}  // namespace store
