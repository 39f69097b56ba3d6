#pragma once

#include "transcript.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <vector>

namespace ui {

// Transcript events as a table (time, direction, text), kept in a ring of at most `capacity` rows: when more
// arrive, the oldest go. Events are collected and handed to views in one batch per flush (every ~50 ms), so a
// burst of 100,000 events costs one insert notification, not 100,000, and the window never freezes.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        DirectionColumn,
        TextColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        CodeRole,
        EnhancedRole,
        LineRole
    };
    static constexpr int DefaultCapacity = 50'000;
    static constexpr int FlushIntervalMs = 50;

    explicit TranscriptModel(QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    // Cheap: the event waits for the next flush.
    void append(const smtp::TranscriptEvent &event);
    // Hands everything pending to the views now.
    void flush();
    void clear();
    int pendingCount() const { return int(m_pending.size()); }
    // How many events were dropped because the buffer was full, since the last clear().
    qint64 droppedCount() const { return m_dropped; }

    const smtp::TranscriptEvent &event(int row) const;
    // Every row, one line per row, as TranscriptEvent::format() writes them.
    QString toText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString directionName(smtp::TranscriptEvent::Kind kind);
    static QColor colorFor(smtp::TranscriptEvent::Kind kind);

private:
    // A ring buffer: row r lives at m_rows[(m_head + r) % m_capacity].
    std::vector<smtp::TranscriptEvent> m_rows;
    int m_head = 0;
    int m_count = 0;
    int m_capacity = DefaultCapacity;
    std::vector<smtp::TranscriptEvent> m_pending;
    qint64 m_dropped = 0;
    QTimer m_flushTimer;
};

}  // namespace ui
