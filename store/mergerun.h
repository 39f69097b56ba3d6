#pragma once

#include "batchsubmission.h"
#include "csvreader.h"
#include "mergejob.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

namespace store {

class ItemLock;

// One run of a mail merge (issue 13), shared by `stamp merge` and the window's Mail Merge dialog: the
// template and CSV read and checked, each row planned against what earlier runs of the same merge did
// (MailItem::mergeId, mergeRow), then the rows to send queued in the outbox and sent by a BatchSubmission
// over one connection. Asynchronous: start() returns at once and rowFinished()/finished() follow from the
// event loop, so a window is never blocked.
class MergeRun : public QObject
{
    Q_OBJECT
public:
    // What a row will do (after plan()) or did.
    enum class RowState
    {
        Invalid,      // row.error says why; nothing of it goes out
        New,          // to be queued and sent
        Queued,       // queued or waiting in the outbox from an earlier run: sent again
        AlreadySent,  // in Sent from an earlier run: not sent again
        Held,         // failed for good, partly sent or "may have been delivered" earlier: not resent blindly
    };
    struct PlannedRow
    {
        merge::Row row;
        RowState state = RowState::Invalid;
        QString outboxId;    // Queued, Held: the item in the outbox; after start(): the item sent
        QString reason;      // Held: the item's state and reason, for the user
        QString queueError;  // Invalid after start(): the row could not be written to the outbox
    };

    explicit MergeRun(MailStore *store, QObject *parent = nullptr);
    ~MergeRun() override;

    // Reads the template (a Stamp template or a text file, merge::readTemplate) and the CSV. False with
    // *error: a file that cannot be read, or placeholders the CSV has no column for (unknownPlaceholders()).
    bool load(const QByteArray &templateBytes, const QByteArray &csvBytes, QString *error);
    // The same with a template already made (the window's message); templateKey stands for it in the id.
    bool load(const MailItem &templ, const QByteArray &templateKey, const QByteArray &csvBytes,
              QString *error);
    // From and account of every row (the template's own are replaced).
    void setSender(const QString &account, const QString &from);
    // Overrides the id derived from the template's and the CSV's bytes (`stamp merge --resume ID`).
    void setMergeId(const QString &id) { m_mergeId = id; }
    QString mergeId() const { return m_mergeId; }
    // At least intervalMs between two messages (0: no limit).
    void setInterval(qint64 intervalMs) { m_interval = intervalMs; }
    // What stop() does with the rows it keeps from being tried: false (the command line) leaves them queued
    // in the outbox, true (the window) takes them out, so the window's queue does not send them by itself;
    // resuming the same merge queues them again. Also when the MergeRun is destroyed while sending.
    void setTakeBackOnStop(bool on) { m_takeBack = on; }
    // For tests: the clock of the rate limit.
    void setClock(smtp::Clock *clock) { m_clock = clock; }

    QStringList unknownPlaceholders() const { return m_unknown; }
    const CsvTable &csv() const { return m_csv; }
    const MailItem &templateItem() const { return m_template; }

    // Works out every row (merge::expand) and what earlier runs of this merge did with it.
    void plan();
    const QList<PlannedRow> &rows() const { return m_rows; }
    int count(RowState state) const;
    // The outbox ids of the rows the run sends (Queued and New), in order; the row of an id.
    const PlannedRow *rowOf(const QString &outboxId) const;

    // Locks the merge (one process per merge: false with *error while another runs it), plans again, queues
    // the New rows and starts sending. Returns false with *error when nothing could be started; when there is
    // nothing to send, true and finished() follows.
    bool start(const smtp::SessionOptions &options, QString *error);
    // Stops: the row in flight ends as the session decides, the rest are not tried.
    void stop();
    bool isRunning() const { return m_running; }
    // After finished(): the outbox ids that were never tried (stopped, or after a connection failure), and
    // the connections used.
    QStringList notStarted() const { return m_notStarted; }
    int connections() const { return m_connections; }
    int sentNow() const { return m_sent; }

    static QString stateText(RowState state);

Q_SIGNALS:
    void transcript(const smtp::TranscriptEvent &event);
    void tlsReport(const smtp::TlsReport &report);
    void rowStarted(int rowNumber, const QString &outboxId);
    // Recorded when emitted (in Sent, or in the outbox with its reason); busy: another sender held it.
    void rowFinished(int rowNumber, const QString &outboxId, const smtp::Outcome &outcome, bool busy);
    void finished();

private:
    bool loadCsv(const QByteArray &csvBytes, QString *error);
    void onFinished();
    void takeBack(const QStringList &ids);

    QPointer<MailStore> m_store;
    MailItem m_template;
    CsvTable m_csv;
    QStringList m_unknown;
    QString m_mergeId;
    QString m_account, m_from;
    qint64 m_interval = 0;
    bool m_takeBack = false;
    smtp::Clock *m_clock = nullptr;
    QList<PlannedRow> m_rows;
    QHash<QString, int> m_indexOf;  // outbox id -> index in m_rows
    std::unique_ptr<ItemLock> m_lock;
    BatchSubmission *m_batch = nullptr;
    QStringList m_notStarted;
    int m_connections = 0, m_sent = 0;
    bool m_running = false, m_stopped = false;
};

}  // namespace store
