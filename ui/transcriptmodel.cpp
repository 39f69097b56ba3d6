#include "transcriptmodel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace ui {

using Kind = smtp::TranscriptEvent::Kind;
using smtp::ReplyClass;

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
    std::vector<Row> keep;
    const int start = std::max(0, m_count - capacity);
    for (int r = start; r < m_count; ++r)
        keep.push_back(std::move(m_rows[std::size_t((m_head + r) % m_capacity)]));
    m_dropped += start;
    m_capacity = std::max(1, capacity);
    m_rows = std::move(keep);
    m_count = int(m_rows.size());
    m_head = 0;
    endResetModel();
}

void TranscriptModel::append(const smtp::TranscriptEvent &event)
{
    enqueue({event, Report::None, {}, false});
}

void TranscriptModel::appendTlsReport(const smtp::TlsReport &report)
{
    if (report.isEmpty())
        return;
    Incoming in;
    in.event.time = QDateTime::currentDateTime();
    in.event.kind = Kind::Tls;
    in.event.text = report.summary();
    in.report = Report::Tls;
    in.full = report.lines().join(QLatin1Char('\n'));
    in.failed = !report.allPassed();
    enqueue(std::move(in));
}

void TranscriptModel::appendTimings(const smtp::StageTimings &timings)
{
    if (timings.isEmpty())
        return;
    Incoming in;
    in.event.time = QDateTime::currentDateTime();
    in.event.kind = Kind::Info;
    in.event.text = tr("Time per stage: %1").arg(timings.format());
    in.report = Report::Timings;
    QStringList lines{tr("Time per stage")};
    for (smtp::TimedStage s : timings.reached())
        lines << tr("  %1: %2 ms").arg(smtp::StageTimings::stageName(s)).arg(timings.of(s));
    lines << tr("  total: %1 ms").arg(timings.total);
    in.full = lines.join(QLatin1Char('\n'));
    enqueue(std::move(in));
}

void TranscriptModel::enqueue(Incoming &&in)
{
    m_pending.push_back(std::move(in));
    // A burst larger than the buffer: what would be dropped at the flush can go now.
    if (int(m_pending.size()) > 2 * m_capacity) {
        const auto extra = m_pending.size() - std::size_t(m_capacity);
        m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(extra));
        m_dropped += qint64(extra);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

QString TranscriptModel::Session::outcomeWord() const
{
    if (sent > 0)
        return problem.isEmpty() ? tr("sent") : tr("partly");
    if (!problem.isEmpty())
        return tr("failed");
    return closed ? tr("closed") : tr("running");
}

QString TranscriptModel::Session::title() const
{
    QString outcome;
    if (sent > 0 && problem.isEmpty())
        outcome = sent == 1 ? tr("sent") : tr("%1 messages sent").arg(sent);
    else if (sent > 0)
        outcome = tr("%1 sent, with a problem: %2").arg(sent).arg(problem);
    else if (!problem.isEmpty())
        outcome = tr("failed: %1").arg(problem);
    else
        outcome = closed ? tr("closed, nothing sent") : tr("in progress");
    return tr("Session %1 at %2 with %3: %4")
        .arg(number)
        .arg(start.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")), server, outcome);
}

void TranscriptModel::noteOutcome(Session &s, const Row &r)
{
    const smtp::TranscriptEvent &e = r.event;
    bool changed = false;
    if (e.kind == Kind::Server && r.context.lastLine) {
        const ReplyClass c = smtp::replyClassOf(e.code);
        if (c == ReplyClass::Success && r.context.stage == smtp::Stage::Content) {
            ++s.sent;
            changed = true;
        } else if ((c == ReplyClass::Temporary || c == ReplyClass::Permanent) && s.problem.isEmpty()) {
            s.problem = e.text;
            changed = true;
        }
    } else if (e.kind == Kind::Error && s.problem.isEmpty()) {
        s.problem = e.text;
        changed = true;
    } else if (e.kind == Kind::Info && e.text == QLatin1String("Connection closed")) {
        s.closed = true;
        changed = true;
    }
    if (changed && !s.dirty) {
        s.dirty = true;
        m_changed.push_back(m_session);
    }
}

void TranscriptModel::place(Incoming &&in, std::vector<Row> &out)
{
    Row r;
    if (in.report != Report::None) {
        // Not a line of the conversation: it does not move the explainer, and belongs to the session open
        // now.
        r.event = std::move(in.event);
        r.report = in.report;
        r.failed = in.failed;
        r.full = std::move(in.full);
        r.session = m_session;
        ++m_placedSeq;
        out.push_back(std::move(r));
        return;
    }
    smtp::TranscriptEvent &e = in.event;
    r.context = m_explainer.observe(e);
    if (e.kind == Kind::Info && r.context.stage == smtp::Stage::Connect) {
        // "Connecting to HOST port N (...)", as smtp::Session writes it: a new session starts here.
        auto s = std::make_shared<Session>();
        s->number = ++m_sessions;
        s->start = e.time;
        s->server = e.text.mid(int(qstrlen("Connecting to "))).section(QStringLiteral(" ("), 0, 0);
        s->headerSeq = m_placedSeq++;
        Row h;
        h.header = true;
        h.session = s;
        h.event.time = e.time;
        h.event.kind = Kind::Info;
        out.push_back(std::move(h));
        m_session = s;
    }
    r.event = std::move(e);
    r.session = m_session;
    if (m_session)
        noteOutcome(*m_session, r);
    ++m_placedSeq;
    out.push_back(std::move(r));
}

void TranscriptModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    std::vector<Incoming> batch;
    batch.swap(m_pending);
    // Events of a burst larger than the buffer would be dropped at once: they are not even placed.
    const std::size_t first =
        batch.size() > std::size_t(m_capacity) ? batch.size() - std::size_t(m_capacity) : 0;
    m_dropped += qint64(first);
    m_placedSeq += qint64(first);
    std::vector<Row> rows;
    rows.reserve(batch.size() - first + 2);
    for (std::size_t i = first; i < batch.size(); ++i)
        place(std::move(batch[i]), rows);

    if (int(rows.size()) >= m_capacity) {
        // The batch alone fills the buffer: everything shown now is replaced, in one reset.
        const qsizetype skip = qsizetype(rows.size()) - m_capacity;
        m_dropped += m_count + skip;
        beginResetModel();
        m_rows.assign(std::make_move_iterator(rows.begin() + skip), std::make_move_iterator(rows.end()));
        m_head = 0;
        m_count = int(m_rows.size());
        endResetModel();
    } else {
        const int incoming = int(rows.size());
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
            m_rows[std::size_t((m_head + m_count + i) % m_capacity)] = std::move(rows[std::size_t(i)]);
        m_count += incoming;
        endInsertRows();
    }
    // Titles whose outcome changed, if their row is still kept.
    const qint64 firstSeq = m_placedSeq - m_count;
    for (const std::shared_ptr<Session> &s : std::as_const(m_changed)) {
        s->dirty = false;
        const qint64 row = s->headerSeq - firstSeq;
        if (row >= 0 && row < m_count)
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
    m_changed.clear();
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_head = 0;
    m_count = 0;
    m_dropped = 0;
    m_changed.clear();
    m_session.reset();
    m_collapsed.clear();
    m_explainer.reset();
    m_flushTimer.stop();
    endResetModel();
}

const smtp::TranscriptEvent &TranscriptModel::event(int row) const
{
    const Row &r = rowAt(row);
    if (!r.header)
        return r.event;
    m_headerEvent = r.event;
    m_headerEvent.text = r.session->title();
    return m_headerEvent;
}

bool TranscriptModel::isHeader(int row) const
{
    return rowAt(row).header;
}

TranscriptModel::Report TranscriptModel::reportOf(int row) const
{
    return rowAt(row).report;
}

int TranscriptModel::sessionOf(int row) const
{
    const Row &r = rowAt(row);
    return r.session ? r.session->number : 0;
}

void TranscriptModel::setCollapsed(int session, bool collapsed)
{
    if (session <= 0 || isCollapsed(session) == collapsed)
        return;
    if (collapsed)
        m_collapsed.insert(session);
    else
        m_collapsed.remove(session);
    for (int r = 0; r < m_count; ++r) {
        if (rowAt(r).header && rowAt(r).session->number == session) {
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
            break;
        }
    }
}

bool TranscriptModel::isCollapsed(int session) const
{
    return m_collapsed.contains(session);
}

ReplyClass TranscriptModel::replyClass(int row) const
{
    const Row &r = rowAt(row);
    return !r.header && r.event.kind == Kind::Server ? smtp::replyClassOf(r.event.code) : ReplyClass::Invalid;
}

bool TranscriptModel::isProblem(int row) const
{
    const Row &r = rowAt(row);
    if (r.header)
        return false;
    if (r.event.kind == Kind::Error || (r.report == Report::Tls && r.failed))
        return true;
    const ReplyClass c = replyClass(row);
    return c == ReplyClass::Temporary || c == ReplyClass::Permanent;
}

QString TranscriptModel::explanation(int row) const
{
    const Row &r = rowAt(row);
    if (r.header)
        return {};
    if (r.report == Report::Tls)
        return r.failed
                   ? tr("The TLS handshake as a report: a check failed, so Stamp did not go on over this "
                        "connection. Select this line to read every check.")
                   : tr("The TLS handshake as a report: version, cipher, key exchange, the certificate "
                        "chain with its dates and names; all checks passed. Select this line to "
                        "read it whole.");
    if (r.report == Report::Timings)
        return tr("How long each stage of this connection took, as CheckTLS shows it: a slow greeting or "
                  "final reply is the server's doing, a slow connect or TLS the network's.");
    if (!r.explained) {
        r.explanation = smtp::TranscriptExplainer::explain(r.event, r.context);
        r.explained = true;
    }
    return r.explanation;
}

QString TranscriptModel::toText() const
{
    QString out;
    for (int r = 0; r < m_count; ++r) {
        if (rowAt(r).header)
            continue;
        out += rowAt(r).event.format();
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

QColor TranscriptModel::colorFor(ReplyClass c)
{
    // Server lines by class (RFC 5321 §4.2.1); the status column says the same in a word and an icon.
    switch (c) {
    case ReplyClass::Success:
        return QColor(0x2e, 0x9d, 0x3a);
    case ReplyClass::Intermediate:
        return QColor(0x3a, 0x7c, 0xa5);
    case ReplyClass::Temporary:
        return QColor(0xc7, 0x7c, 0x02);
    case ReplyClass::Permanent:
        return QColor(0xd9, 0x2d, 0x20);
    case ReplyClass::Invalid:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QString TranscriptModel::statusWord(ReplyClass c)
{
    // Short, so the column stays narrow; the explanation beside it says the class in full.
    switch (c) {
    case ReplyClass::Success:
        return tr("success");
    case ReplyClass::Intermediate:
        return tr("go on");
    case ReplyClass::Temporary:
        return tr("temporary");
    case ReplyClass::Permanent:
        return tr("permanent");
    case ReplyClass::Invalid:
        break;
    }
    return tr("invalid");
}

static QIcon classIcon(ReplyClass c)
{
    static const QIcon icons[] = {
        QIcon(),
        qApp->style()->standardIcon(QStyle::SP_DialogApplyButton),
        qApp->style()->standardIcon(QStyle::SP_ArrowRight),
        qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning),
        qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical),
    };
    return icons[int(c)];
}

QIcon TranscriptModel::statusIcon(ReplyClass c)
{
    return classIcon(c);
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const Row &row = rowAt(index.row());
    const smtp::TranscriptEvent &e = row.event;
    if (row.header) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TimeColumn)
                return e.time.toString(QStringLiteral("hh:mm:ss.zzz"));
            // The title in full where the explanations are; the server and outcome in their own columns.
            if (index.column() == DirectionColumn)
                return tr("session");
            if (index.column() == StatusColumn)
                return row.session->outcomeWord();
            if (index.column() == TextColumn)
                return row.session->server;
            return row.session->title();
        case Qt::DecorationRole:
            if (index.column() == DirectionColumn)
                return qApp->style()->standardIcon(isCollapsed(row.session->number) ? QStyle::SP_ArrowRight
                                                                                    : QStyle::SP_ArrowDown);
            if (index.column() == StatusColumn) {
                if (!row.session->problem.isEmpty())
                    return classIcon(row.session->sent > 0 ? ReplyClass::Temporary : ReplyClass::Permanent);
                if (row.session->sent > 0)
                    return classIcon(ReplyClass::Success);
            }
            return {};
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::ToolTipRole:
            return tr("%1\nDouble-click or press Enter to fold or unfold this session.")
                .arg(row.session->title());
        case LineRole:
        case DetailRole:
            return row.session->title();
        case HeaderRole:
            return true;
        case CollapsedRole:
            return isCollapsed(row.session->number);
        case ReportRole:
            return int(Report::None);
        case SessionRole:
            return row.session->number;
        case KindRole:
            return int(Kind::Info);
        case ClassRole:
            return int(ReplyClass::Invalid);
        case ProblemRole:
            return false;
        default:
            return {};
        }
    }
    const ReplyClass cls = e.kind == Kind::Server ? smtp::replyClassOf(e.code) : ReplyClass::Invalid;
    if (row.report != Report::None) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == StatusColumn && row.report == Report::Tls)
                return row.failed ? tr("failed") : tr("passed");
            if (index.column() == DirectionColumn && row.report == Report::Timings)
                return tr("timing");
            break;
        case Qt::DecorationRole:
            if (index.column() == StatusColumn && row.report == Report::Tls)
                return classIcon(row.failed ? ReplyClass::Permanent : ReplyClass::Success);
            return {};
        case Qt::ToolTipRole:
        case DetailRole:
            return row.full;
        case ReportRole:
            return int(row.report);
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toString(QStringLiteral("hh:mm:ss.zzz"));
        case DirectionColumn:
            return directionName(e.kind);
        case StatusColumn:
            if (e.kind == Kind::Server)
                return statusWord(cls);
            if (e.kind == Kind::Error)
                return tr("problem");
            return {};
        case TextColumn:
            // One row per event: the header block of a message (a Data event) reads as one line here and
            // whole in the detail view.
            if (e.text.contains(QLatin1Char('\n'))) {
                QString oneLine = e.text;
                oneLine.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                if (oneLine.endsWith(QLatin1Char('\n')))
                    oneLine.chop(1);
                return oneLine.replace(QLatin1Char('\n'), QStringLiteral("  ↵ "));
            }
            return e.text;
        case ExplanationColumn:
            return explanation(index.row());
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            if (e.kind == Kind::Server)
                return classIcon(cls);
            if (e.kind == Kind::Error)
                return classIcon(ReplyClass::Permanent);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == TimeColumn || index.column() == ExplanationColumn)
            break;
        if (e.kind == Kind::Server)
            return colorFor(cls);
        return colorFor(e.kind);
    case Qt::FontRole:
        if (e.kind == Kind::Error || (e.kind == Kind::Server && cls == ReplyClass::Permanent)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        // A server line explains its code in words, for people learning SMTP.
        if (e.kind == Kind::Server && e.code > 0 && index.column() >= StatusColumn)
            return QStringLiteral("%1%2: %3")
                .arg(e.code)
                .arg(e.enhanced.isEmpty() ? QString() : QLatin1Char(' ') + QString::fromLatin1(e.enhanced),
                     explanation(index.row()));
        if (index.column() == TextColumn)
            return e.text;
        if (index.column() == ExplanationColumn)
            return explanation(index.row());
        break;
    case KindRole:
        return int(e.kind);
    case CodeRole:
        return e.code;
    case EnhancedRole:
        return e.enhanced;
    case LineRole:
        return e.format();
    case ClassRole:
        return int(cls);
    case ProblemRole:
        return isProblem(index.row());
    case HeaderRole:
        return false;
    case ReportRole:
        return int(Report::None);
    case ExplanationRole:
        return explanation(index.row());
    case SessionRole:
        return row.session ? row.session->number : 0;
    case DetailRole: {
        QString head = e.time.toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz")) + QLatin1String("  ")
                       + directionName(e.kind);
        if (e.kind == Kind::Server)
            head += QLatin1String("  ") + smtp::replyClassName(cls);
        const QString words = explanation(index.row());
        return words.isEmpty() ? tr("%1\n\n%2").arg(head, e.text)
                               : tr("%1\n\n%2\n\n%3").arg(head, e.text, words);
    }
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
    case StatusColumn:
        return tr("Result");
    case TextColumn:
        return tr("Text");
    case ExplanationColumn:
        return tr("What it means");
    }
    return {};
}

}  // namespace ui
