#include "transcriptmodel.h"

#include "reply.h"

#include <QColor>
#include <QFont>

namespace ui {

using Kind = smtp::TranscriptEvent::Kind;

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TranscriptModel::flush);
}

void TranscriptModel::setCapacity(int capacity)
{
    flush();
    beginResetModel();
    std::vector<smtp::TranscriptEvent> keep;
    const int start = std::max(0, m_count - capacity);
    for (int r = start; r < m_count; ++r)
        keep.push_back(std::move(m_rows[(m_head + r) % m_capacity]));
    m_dropped += start;
    m_capacity = std::max(1, capacity);
    m_rows = std::move(keep);
    m_count = int(m_rows.size());
    m_head = 0;
    endResetModel();
}

void TranscriptModel::append(const smtp::TranscriptEvent &event)
{
    m_pending.push_back(event);
    // A burst larger than the buffer: what would be dropped at the flush can go now.
    if (int(m_pending.size()) > 2 * m_capacity) {
        const auto extra = m_pending.size() - std::size_t(m_capacity);
        m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(extra));
        m_dropped += qint64(extra);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TranscriptModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    std::vector<smtp::TranscriptEvent> batch;
    batch.swap(m_pending);
    if (int(batch.size()) >= m_capacity) {
        // The batch alone fills the buffer: everything shown now is replaced, in one reset.
        const qsizetype skip = qsizetype(batch.size()) - m_capacity;
        m_dropped += m_count + skip;
        beginResetModel();
        m_rows.assign(std::make_move_iterator(batch.begin() + skip), std::make_move_iterator(batch.end()));
        m_head = 0;
        m_count = int(m_rows.size());
        endResetModel();
        return;
    }
    const int incoming = int(batch.size());
    const int overflow = m_count + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_head = (m_head + overflow) % m_capacity;
        m_count -= overflow;
        m_dropped += overflow;
        endRemoveRows();
    }
    beginInsertRows({}, m_count, m_count + incoming - 1);
    if (int(m_rows.size()) < m_capacity)
        m_rows.resize(std::min<std::size_t>(std::size_t(m_capacity), std::size_t(m_count + incoming)));
    for (int i = 0; i < incoming; ++i)
        m_rows[(m_head + m_count + i) % m_capacity] = std::move(batch[std::size_t(i)]);
    m_count += incoming;
    endInsertRows();
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_head = 0;
    m_count = 0;
    m_dropped = 0;
    m_flushTimer.stop();
    endResetModel();
}

const smtp::TranscriptEvent &TranscriptModel::event(int row) const
{
    return m_rows[std::size_t((m_head + row) % m_capacity)];
}

QString TranscriptModel::toText() const
{
    QString out;
    for (int r = 0; r < m_count; ++r) {
        out += event(r).format();
        out += QLatin1Char('\n');
    }
    return out;
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranscriptModel::directionName(Kind kind)
{
    switch (kind) {
    case Kind::Info:
        return tr("note");
    case Kind::Client:
        return tr("client");
    case Kind::Server:
        return tr("server");
    case Kind::Tls:
        return tr("TLS");
    case Kind::Data:
        return tr("data");
    case Kind::Error:
        return tr("error");
    }
    return {};
}

QColor TranscriptModel::colorFor(Kind kind)
{
    // Mid-tone colours that stay readable on light and dark backgrounds.
    switch (kind) {
    case Kind::Info:
        return QColor(0x80, 0x80, 0x80);
    case Kind::Client:
        return QColor(0x1e, 0x6f, 0xd9);
    case Kind::Server:
        return QColor(0x2e, 0x9d, 0x3a);
    case Kind::Tls:
        return QColor(0x9b, 0x4d, 0xca);
    case Kind::Data:
        return QColor(0x0e, 0x8f, 0x8f);
    case Kind::Error:
        return QColor(0xd9, 0x2d, 0x20);
    }
    return {};
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const smtp::TranscriptEvent &e = event(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toString(QStringLiteral("hh:mm:ss.zzz"));
        case DirectionColumn:
            return directionName(e.kind);
        case TextColumn:
            // One row per event: the header block of a message (a Data event) reads as one line here and
            // whole in the tooltip.
            if (e.text.contains(QLatin1Char('\n'))) {
                QString oneLine = e.text;
                oneLine.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                if (oneLine.endsWith(QLatin1Char('\n')))
                    oneLine.chop(1);
                return oneLine.replace(QLatin1Char('\n'), QStringLiteral("  ↵ "));
            }
            return e.text;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() != TimeColumn)
            return colorFor(e.kind);
        break;
    case Qt::FontRole:
        if (e.kind == Kind::Error) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        // A server line explains its code in words, for people learning SMTP.
        if (e.kind == Kind::Server && e.code > 0)
            return QStringLiteral("%1%2: %3")
                .arg(e.code)
                .arg(e.enhanced.isEmpty() ? QString() : QLatin1Char(' ') + QString::fromLatin1(e.enhanced),
                     smtp::explainReply(e.code, e.enhanced));
        if (index.column() == TextColumn)
            return e.text;
        break;
    case KindRole:
        return int(e.kind);
    case CodeRole:
        return e.code;
    case EnhancedRole:
        return e.enhanced;
    case LineRole:
        return e.format();
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

}  // namespace ui
