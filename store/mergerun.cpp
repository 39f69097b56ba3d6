#include "mergerun.h"

#include "itemlock.h"
#include "outboxqueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>

namespace store {

MergeRun::MergeRun(MailStore *store, QObject *parent) : QObject(parent), m_store(store) {}

MergeRun::~MergeRun()
{
    if (!m_batch)
        return;
    // Gone while sending (the window closed): the row in flight is recorded honestly by the batch, and the
    // rows never tried are taken back as stop() does.
    const QStringList left = m_batch->notStarted();
    delete m_batch;
    m_batch = nullptr;
    if (m_takeBack)
        takeBack(left);
}

void MergeRun::takeBack(const QStringList &ids)
{
    if (!m_store)
        return;
    // removeFromOutbox takes the item's lock: one another process is sending meanwhile stays. Only rows never
    // tried: one waiting for its retry keeps its place (and its Message-ID).
    for (const QString &id : ids) {
        const std::optional<MailItem> m = m_store->loadOutbox(id);
        if (m && m->status == MailItem::Status::Queued && m->attempts == 0)
            m_store->removeFromOutbox(id);
    }
}

bool MergeRun::loadCsv(const QByteArray &csvBytes, QString *error)
{
    m_csv = CsvTable();
    if (!readCsv(csvBytes, &m_csv, error))
        return false;
    m_unknown = merge::unknownPlaceholders(m_template, m_csv);
    if (!m_unknown.isEmpty()) {
        *error = QCoreApplication::translate("store::MergeRun",
                                             "The template uses placeholders the CSV file has no column for: "
                                             "%1 (the columns are: %2).")
                     .arg(m_unknown.join(QStringLiteral(", ")), m_csv.header.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool MergeRun::load(const QByteArray &templateBytes, const QByteArray &csvBytes, QString *error)
{
    m_template = MailItem();
    if (!merge::readTemplate(templateBytes, &m_template, error))
        return false;
    m_mergeId = merge::mergeId(templateBytes, csvBytes);
    return loadCsv(csvBytes, error);
}

bool MergeRun::load(const MailItem &templ, const QByteArray &templateKey, const QByteArray &csvBytes,
                    QString *error)
{
    m_template = templ;
    m_mergeId = merge::mergeId(templateKey, csvBytes);
    return loadCsv(csvBytes, error);
}

void MergeRun::setSender(const QString &account, const QString &from)
{
    m_account = account;
    m_from = from;
}

void MergeRun::plan()
{
    MailItem templ = m_template;
    templ.account = m_account;
    templ.from = m_from;
    // What earlier runs of this merge did, by row.
    QMap<int, MailItem> sentRows, queuedRows;
    if (m_store) {
        for (const MailItem &m : m_store->sent())
            if (m.mergeId == m_mergeId && m.relatedId.isEmpty())
                sentRows.insert(m.mergeRow, m);
        for (const MailItem &m : m_store->outbox())
            if (m.mergeId == m_mergeId)
                queuedRows.insert(m.mergeRow, m);
    }
    m_rows.clear();
    m_indexOf.clear();
    const QList<merge::Row> rows = merge::expand(templ, m_csv);
    for (const merge::Row &row : rows) {
        PlannedRow p;
        p.row = row;
        if (!row.error.isEmpty()) {
            p.state = RowState::Invalid;
        } else if (sentRows.contains(row.number)) {
            p.state = RowState::AlreadySent;
        } else if (queuedRows.contains(row.number)) {
            const MailItem &m = queuedRows[row.number];
            p.outboxId = m.id;
            // Stopped before its message was complete (the dialog or window closed): nothing was delivered,
            // so resuming sends it.
            if (OutboxQueue::isPending(m) || m.failureCategory == smtp::Outcome::Category::Cancelled) {
                p.state = RowState::Queued;
            } else {
                // Failed, partly sent, or left "may have been delivered" by a run that was killed: never
                // resent blindly; the outbox sends it once the user has checked.
                p.state = RowState::Held;
                p.reason = m.failureReason.isEmpty()
                               ? OutboxQueue::stateText(m)
                               : QStringLiteral("%1 (%2)").arg(OutboxQueue::stateText(m), m.failureReason);
            }
        } else {
            p.state = RowState::New;
        }
        if (!p.outboxId.isEmpty())
            m_indexOf.insert(p.outboxId, int(m_rows.size()));
        m_rows << p;
    }
}

int MergeRun::count(RowState state) const
{
    int n = 0;
    for (const PlannedRow &p : m_rows)
        if (p.state == state)
            ++n;
    return n;
}

const MergeRun::PlannedRow *MergeRun::rowOf(const QString &outboxId) const
{
    const auto it = m_indexOf.constFind(outboxId);
    return it == m_indexOf.constEnd() ? nullptr : &m_rows[*it];
}

bool MergeRun::start(const smtp::SessionOptions &options, QString *error)
{
    if (m_running || !m_store) {
        *error = QCoreApplication::translate("store::MergeRun", "The merge is already being sent.");
        return false;
    }
    // One sender per merge: a second run of the same rows waits for none and sends none.
    const QString locks = m_store->root() + QStringLiteral("/merges");
    QDir().mkpath(locks);
    m_lock = std::make_unique<ItemLock>(locks + QLatin1Char('/') + m_mergeId + QStringLiteral(".lock"));
    if (!m_lock->tryLock()) {
        m_lock.reset();
        *error = QCoreApplication::translate("store::MergeRun",
                                             "The merge %1 is being sent by another Stamp process or window; "
                                             "nothing was done.")
                     .arg(m_mergeId);
        return false;
    }
    plan();  // again, under the lock: another run may have sent rows since
    QStringList ids;
    const QDateTime begin = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_rows.size(); ++i) {
        PlannedRow &p = m_rows[i];
        if (p.state == RowState::Queued) {
            const std::optional<MailItem> m = m_store->loadOutbox(p.outboxId);
            if (m && !OutboxQueue::isPending(*m))
                m_store->requeue(p.outboxId);  // a row stopped before it was complete
            ids << p.outboxId;
            continue;
        }
        if (p.state != RowState::New)
            continue;
        MailItem item = p.row.item;
        item.mergeId = m_mergeId;
        item.mergeRow = p.row.number;
        // With a rate, each row is due at its turn, so another Stamp process keeps to the same pace; the
        // grace lets this run start it first (OutboxQueue::effectiveDue gives "at once" the same grace).
        const QDateTime due = m_interval > 0
                                  ? begin.addMSecs(m_interval * ids.size() + OutboxQueue::ClaimGraceMs)
                                  : QDateTime();
        QString why;
        const QString id = m_store->enqueue(item, due, &why);
        if (id.isEmpty()) {
            p.state = RowState::Invalid;
            p.queueError = why;
            p.row.error = QCoreApplication::translate("store::MergeRun", "could not be queued: %1").arg(why);
            continue;
        }
        p.outboxId = id;
        m_indexOf.insert(id, i);
        ids << id;
    }
    m_running = true;
    m_stopped = false;
    m_sent = 0;
    m_notStarted.clear();
    m_batch = new BatchSubmission(m_store, ids, options, m_interval, m_clock, this);
    connect(m_batch, &BatchSubmission::transcript, this, &MergeRun::transcript);
    connect(m_batch, &BatchSubmission::tlsReport, this, &MergeRun::tlsReport);
    connect(m_batch, &BatchSubmission::itemStarted, this, [this](const QString &id) {
        if (const PlannedRow *p = rowOf(id))
            Q_EMIT rowStarted(p->row.number, id);
    });
    connect(m_batch, &BatchSubmission::itemFinished, this,
            [this](const QString &id, const smtp::Outcome &outcome, bool busy) {
                if (!busy && outcome.category == smtp::Outcome::Category::Sent)
                    ++m_sent;
                const PlannedRow *p = rowOf(id);
                Q_EMIT rowFinished(p ? p->row.number : 0, id, outcome, busy);
            });
    connect(m_batch, &BatchSubmission::finished, this, &MergeRun::onFinished);
    m_batch->start();
    return true;
}

void MergeRun::stop()
{
    if (!m_running || !m_batch)
        return;
    m_stopped = true;
    m_batch->cancel();
}

void MergeRun::onFinished()
{
    m_notStarted = m_batch->notStarted();
    m_connections = m_batch->connections();
    if (m_stopped && m_takeBack)
        takeBack(m_notStarted);
    m_batch->deleteLater();
    m_batch = nullptr;
    m_lock.reset();
    m_running = false;
    Q_EMIT finished();
}

QString MergeRun::stateText(RowState state)
{
    switch (state) {
    case RowState::Invalid:
        return QCoreApplication::translate("store::MergeRun", "not sent: the row has an error");
    case RowState::New:
        return QCoreApplication::translate("store::MergeRun", "to be sent");
    case RowState::Queued:
        return QCoreApplication::translate("store::MergeRun", "queued by an earlier run: to be sent");
    case RowState::AlreadySent:
        return QCoreApplication::translate("store::MergeRun", "sent by an earlier run: not sent again");
    case RowState::Held:
        return QCoreApplication::translate("store::MergeRun", "in the outbox: not sent again");
    }
    return {};
}

}  // namespace store
