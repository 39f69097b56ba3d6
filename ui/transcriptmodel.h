#pragma once

#include "explain.h"
#include "stagetimer.h"
#include "statuscodes.h"
#include "tlsreport.h"
#include "transcript.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QIcon>
#include <QSet>
#include <QTimer>
#include <memory>
#include <vector>

namespace ui {

// Transcript events as a table (time, direction, class, text, explanation), kept in a ring of at most
// `capacity` rows: when more arrive, the oldest go. Events are collected and handed to views in one batch per
// flush (every ~50 ms), so a burst of 100,000 events costs one insert notification, not 100,000, and the
// window never freezes. Each line is placed in the conversation when it arrives (smtp::TranscriptExplainer,
// cheap); its words are built only when a view asks for them. Each connection ("Connecting to ...") opens
// with a title row: its time, server and outcome; a session can be folded under its title. The session's
// TLS report and its time per stage (handed on by store::Submission) are rows of its group too: one line
// each, whole in the detail view.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        DirectionColumn,
        StatusColumn,  // the reply class in a word, with an icon: never colour alone
        TextColumn,
        ExplanationColumn,  // what the line means, in plain words, beside it
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        CodeRole,
        EnhancedRole,
        LineRole,
        ClassRole,        // int(smtp::ReplyClass) for server lines, Invalid otherwise
        ProblemRole,      // a 4xx/5xx reply or an error
        HeaderRole,       // a session's title row
        ExplanationRole,  // the explanation in full
        DetailRole,       // everything about the line, for the detail view
        SessionRole,      // the session number the row belongs to (1, 2, ...), 0 before the first
        ReportRole,       // the row is a TLS report or a timings row (Report below), else None
        CollapsedRole,    // a title row whose session is folded
    };
    // Rows that are no transcript line: the session's TLS report and its time per stage.
    enum class Report : quint8
    {
        None,
        Tls,
        Timings
    };
    static constexpr int DefaultCapacity = 50'000;
    static constexpr int FlushIntervalMs = 50;

    explicit TranscriptModel(QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    // Cheap: the event waits for the next flush.
    void append(const smtp::TranscriptEvent &event);
    // The TLS report of the current session, as a row of its group (after the lines so far).
    void appendTlsReport(const smtp::TlsReport &report);
    // The time per stage of the current session, as a row of its group.
    void appendTimings(const smtp::StageTimings &timings);
    // Hands everything pending to the views now.
    void flush();
    void clear();
    // Why the connection is open: a send (the default), a connection test, or a console; the replies' "next"
    // says what comes next in that case (smtp::Purpose).
    void setPurpose(smtp::Purpose purpose) { m_explainer.setPurpose(purpose); }
    int pendingCount() const { return int(m_pending.size()); }
    // How many rows were dropped because the buffer was full, since the last clear().
    qint64 droppedCount() const { return m_dropped; }

    // For a title row, an Info event holding the title.
    const smtp::TranscriptEvent &event(int row) const;
    bool isHeader(int row) const;
    Report reportOf(int row) const;
    // The session a row belongs to (1, 2, ...), 0 before the first.
    int sessionOf(int row) const;
    // Folding a session hides its rows in the pane (the title stays); the title row shows it.
    void setCollapsed(int session, bool collapsed);
    bool isCollapsed(int session) const;
    bool anyCollapsed() const { return !m_collapsed.isEmpty(); }
    smtp::ReplyClass replyClass(int row) const;
    bool isProblem(int row) const;
    QString explanation(int row) const;
    // Every event row, one line per row, as TranscriptEvent::format() writes them (title rows left out).
    QString toText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString directionName(smtp::TranscriptEvent::Kind kind);
    static QColor colorFor(smtp::TranscriptEvent::Kind kind);
    static QColor colorFor(smtp::ReplyClass c);
    // The word the status column shows for a reply class.
    static QString statusWord(smtp::ReplyClass c);
    // The icon beside that word (none for a reply that has no valid class).
    static QIcon statusIcon(smtp::ReplyClass c);

private:
    struct Session
    {
        Q_DECLARE_TR_FUNCTIONS(ui::TranscriptModel)

    public:
        int number = 0;
        QDateTime start;
        QString server;
        QString problem;  // the first failure: a 4xx/5xx reply or an error
        int sent = 0;     // messages the server accepted
        bool closed = false;
        bool dirty = false;  // its title changed since the last flush
        qint64 headerSeq = -1;
        QString title() const;
        QString outcomeWord() const;  // "sent", "failed", ... for the status column
    };
    struct Incoming
    {
        smtp::TranscriptEvent event;
        Report report = Report::None;
        QString full;  // a report's whole text
        bool failed = false;
    };
    struct Row
    {
        smtp::TranscriptEvent event;
        Report report = Report::None;
        bool failed = false;  // a TLS report with a failed check
        QString full;
        smtp::LineContext context;
        std::shared_ptr<Session> session;
        bool header = false;
        mutable QString explanation;  // built when first shown
        mutable bool explained = false;
    };
    const Row &rowAt(int row) const { return m_rows[std::size_t((m_head + row) % m_capacity)]; }
    // Places the event in the conversation; may add a title row first. Returns the rows to store.
    void place(Incoming &&in, std::vector<Row> &out);
    void enqueue(Incoming &&in);
    void noteOutcome(Session &s, const Row &r);

    // A ring buffer: row r lives at m_rows[(m_head + r) % m_capacity].
    std::vector<Row> m_rows;
    int m_head = 0;
    int m_count = 0;
    int m_capacity = DefaultCapacity;
    qint64 m_placedSeq = 0;  // rows ever placed; row 0 has number m_placedSeq - m_count
    std::vector<Incoming> m_pending;
    QSet<int> m_collapsed;
    qint64 m_dropped = 0;
    QTimer m_flushTimer;
    smtp::TranscriptExplainer m_explainer;
    std::shared_ptr<Session> m_session;
    int m_sessions = 0;
    std::vector<std::shared_ptr<Session>> m_changed;  // titles to refresh after a flush
    mutable smtp::TranscriptEvent m_headerEvent;      // what event() returns for a title row
};

}  // namespace ui
