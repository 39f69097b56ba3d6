#include "outboxqueue.h"

#include <QCoreApplication>
#include <QLocale>

namespace store {

// A due time far away is looked at again after this long anyway: the wall clock may jump (suspend, NTP).
constexpr qint64 MaxTimerMs = 15 * 60'000;

OutboxQueue::OutboxQueue(MailStore *store, smtp::Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock ? clock : smtp::Clock::system()),
      m_timer(m_clock->createTimer(this))
{
    connect(m_timer, &smtp::Timer::timeout, this, &OutboxQueue::onTimeout);
    connect(m_store, &MailStore::changed, this, [this](MailStore::Folder folder) {
        if (folder == MailStore::Folder::Outbox)
            refresh();
    });
}

bool OutboxQueue::isPending(const MailItem &item)
{
    return item.status == MailItem::Status::Queued || item.status == MailItem::Status::Waiting;
}

QDateTime OutboxQueue::effectiveDue(const MailItem &item)
{
    if (item.dueAt.isValid())
        return item.dueAt;
    // "At once" belongs first to the process that queued or requeued it (`stamp send --account`, `stamp
    // outbox send`, another window), which starts it right away; the queue takes it over only when that
    // process did not (it stopped before starting it).
    return item.updated.addMSecs(ClaimGraceMs);
}

bool OutboxQueue::isDue(const MailItem &item, const QDateTime &now)
{
    return isPending(item) && effectiveDue(item) <= now;
}

QString OutboxQueue::key(const MailItem &item)
{
    return item.id + QLatin1Char('/') + statusKey(item.status) + QLatin1Char('/')
           + QString::number(item.attempts) + QLatin1Char('/') + item.dueAt.toString(Qt::ISODateWithMs);
}

QStringList OutboxQueue::dueItems() const
{
    QStringList ids;
    if (!m_store)
        return ids;
    const QDateTime now = m_clock->now();
    const QList<MailItem> items = m_store->outbox();
    for (const MailItem &m : items)
        if (isDue(m, now))
            ids << m.id;
    return ids;
}

QDateTime OutboxQueue::nextDue() const
{
    QDateTime next;
    if (!m_store)
        return next;
    const QDateTime now = m_clock->now();
    const QList<MailItem> items = m_store->outbox();
    for (const MailItem &m : items)
        if (isPending(m) && effectiveDue(m) > now && (!next.isValid() || effectiveDue(m) < next))
            next = effectiveDue(m);
    return next;
}

QString OutboxQueue::nextTryText(const MailItem &item)
{
    if (!isPending(item) || !item.dueAt.isValid())
        return {};
    const QDateTime local = item.dueAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? QLocale().toString(local.time(), QLocale::ShortFormat)
                             : QLocale().toString(local, QLocale::ShortFormat);
    if (item.status == MailItem::Status::Queued)
        return QCoreApplication::translate("store::OutboxQueue", "to be sent at %1").arg(when);
    return QCoreApplication::translate("store::OutboxQueue", "next try at %1, attempt %2 of %3")
        .arg(when)
        .arg(item.attempts + 1)
        .arg(item.maxAttempts);
}

QString OutboxQueue::stateText(const MailItem &item)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("store::OutboxQueue", text); };
    switch (item.status) {
    case MailItem::Status::Draft:
        return tr("draft");
    case MailItem::Status::Queued:
        return item.dueAt.isValid() ? tr("waiting to be sent: %1").arg(nextTryText(item))
                                    : tr("waiting to be sent");
    case MailItem::Status::Sending:
        return tr("being sent");
    case MailItem::Status::Waiting:
        return tr("waiting for a retry: %1").arg(nextTryText(item));
    case MailItem::Status::Failed:
        return tr("not sent");
    case MailItem::Status::PartlySent:
        return QCoreApplication::translate("store::OutboxQueue", "partly sent: %n recipient(s) refused", "",
                                           int(item.envelopeTo.size()));
    case MailItem::Status::Sent:
        return tr("sent");
    }
    return {};
}

int OutboxQueue::waitingCount() const
{
    return m_store ? int(m_store->outbox().size()) : 0;
}

void OutboxQueue::setRunning(bool running)
{
    m_running = running;
    refresh();
}

void OutboxQueue::refresh()
{
    Q_EMIT changed();
    if (!m_running || !m_store) {
        m_timer->stop();
        return;
    }
    const QDateTime now = m_clock->now();
    bool dueNow = false;
    const QList<MailItem> items = m_store->outbox();
    for (const MailItem &m : items)
        if (isDue(m, now) && !m_announced.contains(key(m)))
            dueNow = true;
    if (dueNow) {
        m_timer->start(0);  // from the event loop, never from inside the caller's change
        return;
    }
    const QDateTime next = nextDue();
    if (next.isValid())
        m_timer->start(std::clamp<qint64>(now.msecsTo(next), 0, MaxTimerMs));
    else
        m_timer->stop();
}

void OutboxQueue::onTimeout()
{
    if (!m_running || !m_store)
        return;
    const QDateTime now = m_clock->now();
    QStringList ids;
    const QList<MailItem> items = m_store->outbox();
    for (const MailItem &m : items) {
        if (!isDue(m, now) || m_announced.contains(key(m)))
            continue;
        m_announced.insert(key(m));
        ids << m.id;
    }
    if (!ids.isEmpty())
        Q_EMIT due(ids);
    refresh();
}

}  // namespace store
