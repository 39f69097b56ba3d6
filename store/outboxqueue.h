#pragma once

#include "clock.h"
#include "mailstore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace store {

// The outbox as a queue with due times: items Queued or Waiting are due at their dueAt (at once when it is
// null). One timer, made by the Clock (a FakeClock in tests), is armed for the earliest due time; when it
// fires, due() names the items to start. The same queue gives send later, undo send and retries. It decides
// when, never how: SendController starts the Submissions.
class OutboxQueue : public QObject
{
    Q_OBJECT
public:
    OutboxQueue(MailStore *store, smtp::Clock *clock = nullptr, QObject *parent = nullptr);

    static bool isPending(const MailItem &item);  // Queued or Waiting: will be tried by itself
    static constexpr qint64 ClaimGraceMs = 30'000;
    // dueAt, or for an item due "at once", its last change plus ClaimGraceMs.
    static QDateTime effectiveDue(const MailItem &item);
    static bool isDue(const MailItem &item, const QDateTime &now);
    QStringList dueItems() const;
    // The earliest dueAt in the future, or null.
    QDateTime nextDue() const;
    // The item's state in words, for the outbox view and `stamp outbox list`: "waiting for a retry: next
    // try at 14:32, attempt 3 of 8", "partly sent: 1 recipient refused", ...
    static QString stateText(const MailItem &item);
    static QString nextTryText(const MailItem &item);  // "next try at 14:32, attempt 3 of 8", or empty
    // Messages in the outbox not yet delivered (any state), for the window's count and the quit question.
    int waitingCount() const;

    // While running, due() is emitted when items become due (once per item and due time).
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    // Reads the outbox again and re-arms the timer (after another process changed it, say).
    void refresh();

Q_SIGNALS:
    void due(const QStringList &ids);
    // The outbox changed: waitingCount() or the next due time may be different.
    void changed();

private:
    void onTimeout();
    static QString key(const MailItem &item);

    QPointer<MailStore> m_store;
    smtp::Clock *m_clock;
    smtp::Timer *m_timer;
    QSet<QString> m_announced;  // id + state + due time already handed out by due()
    bool m_running = false;
};

}  // namespace store
