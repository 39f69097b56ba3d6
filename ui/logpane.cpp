#include "logpane.h"

#include "transcriptmodel.h"
#include "util.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

// Which rows the pane shows: direction, reply class, problems only, then the search over the line, its
// direction and its explanation. With nothing set every row passes at once, so 50,000 rows stay cheap.
class LogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int kind = -1;
    int replyClass = -1;
    bool problemsOnly = false;
    QString search;
    bool filtering() const
    {
        return kind >= 0 || replyClass >= 0 || problemsOnly || !search.isEmpty()
               || static_cast<const TranscriptModel *>(sourceModel())->anyCollapsed();
    }
    void apply() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!filtering())
            return true;
        const auto *m = static_cast<const TranscriptModel *>(sourceModel());
        if (parent.isValid() || row >= m->rowCount())
            return false;
        // A session's title stays while anything is filtered but the text: it says which send a line is from.
        if (m->isHeader(row))
            return search.isEmpty() || m->event(row).text.contains(search, Qt::CaseInsensitive);
        // A folded session shows its title only.
        if (m->anyCollapsed() && m->isCollapsed(m->sessionOf(row)))
            return false;
        const smtp::TranscriptEvent &e = m->event(row);
        if (kind >= 0 && int(e.kind) != kind)
            return false;
        if (replyClass >= 0 && int(m->replyClass(row)) != replyClass)
            return false;
        if (problemsOnly && !m->isProblem(row))
            return false;
        if (search.isEmpty())
            return true;
        return e.text.contains(search, Qt::CaseInsensitive)
               || TranscriptModel::directionName(e.kind).contains(search, Qt::CaseInsensitive)
               || m->explanation(row).contains(search, Qt::CaseInsensitive);
    }
};

LogPane::LogPane(QWidget *parent) : QWidget(parent), m_model(new TranscriptModel(this))
{
    setObjectName(QStringLiteral("logPane"));
    setAccessibleName(tr("Protocol log"));

    m_proxy = new LogFilter(this);
    m_proxy->setSourceModel(m_model);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Protocol log lines"));
    m_view->setAccessibleDescription(tr("Each line exchanged with the server: time, direction, reply class "
                                        "in a word, the line, and what it means"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);  // what keeps 50,000 rows cheap to lay out
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm(m_view->font());
    m_view->setColumnWidth(TranscriptModel::TimeColumn,
                           fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    const QFontMetrics headerFm(m_view->header()->font());
    m_view->setColumnWidth(
        TranscriptModel::DirectionColumn,
        std::max(fm.horizontalAdvance(QStringLiteral("server")),
                 headerFm.horizontalAdvance(
                     m_model->headerData(TranscriptModel::DirectionColumn, Qt::Horizontal).toString()))
            + 24);
    m_view->setColumnWidth(TranscriptModel::StatusColumn,
                           fm.horizontalAdvance(TranscriptModel::statusWord(smtp::ReplyClass::Temporary))
                               + 40);
    m_view->setColumnWidth(TranscriptModel::TextColumn, fm.horizontalAdvance(QLatin1Char('x')) * 44);
    // The explanation column is last and stretches; the text column elides, the detail view shows it whole.

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setAccessibleDescription(tr("Show only the lines that contain this text"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &LogPane::setFilterText);

    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("logDirection"));
    m_direction->setAccessibleName(tr("Show lines of this direction"));
    m_direction->setAccessibleDescription(
        tr("Show only the lines sent by Stamp, by the server, or of one other kind"));
    m_direction->addItem(tr("All directions"), -1);
    using Kind = smtp::TranscriptEvent::Kind;
    for (Kind k : {Kind::Client, Kind::Server, Kind::Tls, Kind::Data, Kind::Info, Kind::Error})
        m_direction->addItem(TranscriptModel::directionName(k), int(k));
    connect(m_direction, &QComboBox::currentIndexChanged, this,
            [this] { setDirectionFilter(m_direction->currentData().toInt()); });

    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("logClass"));
    m_class->setAccessibleName(tr("Show replies of this class"));
    m_class->setAccessibleDescription(
        tr("Show only the server replies of one class: success, go on, temporary or permanent"));
    m_class->addItem(tr("All replies"), -1);
    using smtp::ReplyClass;
    for (ReplyClass c :
         {ReplyClass::Success, ReplyClass::Intermediate, ReplyClass::Temporary, ReplyClass::Permanent})
        m_class->addItem(smtp::replyClassName(c), int(c));
    connect(m_class, &QComboBox::currentIndexChanged, this,
            [this] { setClassFilter(m_class->currentData().toInt()); });

    m_problems = new QCheckBox(tr("Problems only"), this);
    m_problems->setObjectName(QStringLiteral("logProblems"));
    m_problems->setToolTip(tr("Show only temporary and permanent failures and errors"));
    m_problems->setAccessibleDescription(m_problems->toolTip());
    connect(m_problems, &QCheckBox::toggled, this, &LogPane::setProblemsOnly);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("logDetail"));
    m_detail->setAccessibleName(tr("The selected line in full"));
    m_detail->setAccessibleDescription(tr("The selected log line whole, with its explanation and diagnosis"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);  // a 3,000-character reply is read whole, wrapped
    m_detail->setPlaceholderText(tr("Select a line to read it in full, with what it means."));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto makeButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *copy = makeButton(QStringLiteral("logCopy"), tr("Copy"), tr("Copy the selected lines"));
    QToolButton *save = makeButton(QStringLiteral("logSave"), tr("Save…"), tr("Save the log as a text file"));
    QToolButton *clear = makeButton(QStringLiteral("logClear"), tr("Clear"), tr("Clear the log"));
    connect(copy, &QToolButton::clicked, this, &LogPane::copySelection);
    connect(save, &QToolButton::clicked, this, &LogPane::saveAs);
    connect(clear, &QToolButton::clicked, this, &LogPane::clear);

    // Ctrl+C in the view copies lines as text rather than one cell.
    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &LogPane::copySelection);
    m_view->addAction(copyAction);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_direction);
    bar->addWidget(m_class);
    bar->addWidget(m_problems);
    bar->addWidget(m_status);
    bar->addWidget(copy);
    bar->addWidget(save);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    // A few lines each at least (a scroll area's own minimum is ~70 px): with the log shown during a send,
    // the pane's minimum height used to push an 800x600 window taller.
    const int line = m_view->fontMetrics().lineSpacing();
    m_view->setMinimumHeight(2 * line + 8);
    m_detail->setMinimumHeight(line + 8);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LogPane::showDetail);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        // Double-click or Enter on a session's title folds or unfolds it; on a line, shows it in full.
        if (index.data(TranscriptModel::HeaderRole).toBool()) {
            const int session = index.data(TranscriptModel::SessionRole).toInt();
            setSessionCollapsed(session, !m_model->isCollapsed(session));
        }
        showDetail();
    });
    // A title row whose outcome changed, or the line shown, may need the detail view refreshed.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LogPane::showDetail);

    // Follow new lines only while the user is looking at the end; do not yank the view away from what they
    // read.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *sb = m_view->verticalScrollBar();
        m_stickToBottom = sb->value() >= sb->maximum() - 2;
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QScrollBar *sb = m_view->verticalScrollBar();
        m_stickToBottom = sb->value() >= sb->maximum() - 2;
    });
    auto follow = [this] {
        if (m_stickToBottom)
            m_view->scrollToBottom();
        updateStatus();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, follow);
    connect(m_model, &QAbstractItemModel::modelReset, this, follow);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogPane::updateStatus);
    updateStatus();
}

int LogPane::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void LogPane::append(const smtp::TranscriptEvent &event)
{
    m_model->append(event);
}

void LogPane::appendTlsReport(const smtp::TlsReport &report)
{
    m_model->appendTlsReport(report);
}

void LogPane::appendTimings(const smtp::StageTimings &timings)
{
    m_model->appendTimings(timings);
}

void LogPane::setSessionCollapsed(int session, bool collapsed)
{
    if (m_model->isCollapsed(session) == collapsed)
        return;
    m_model->flush();
    m_model->setCollapsed(session, collapsed);
    m_proxy->apply();
    updateStatus();
}

bool LogPane::isSessionCollapsed(int session) const
{
    return m_model->isCollapsed(session);
}

void LogPane::clear()
{
    m_model->clear();
}

void LogPane::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);  // comes back here through textChanged
    else {
        m_proxy->search = text;
        m_proxy->apply();
    }
    updateStatus();
}

void LogPane::setDirectionFilter(int kind)
{
    if (m_direction->currentData().toInt() != kind)
        m_direction->setCurrentIndex(std::max(0, m_direction->findData(kind)));  // comes back here
    m_proxy->kind = kind;
    m_proxy->apply();
    updateStatus();
}

void LogPane::setClassFilter(int replyClass)
{
    if (m_class->currentData().toInt() != replyClass)
        m_class->setCurrentIndex(std::max(0, m_class->findData(replyClass)));
    m_proxy->replyClass = replyClass;
    m_proxy->apply();
    updateStatus();
}

void LogPane::setProblemsOnly(bool on)
{
    if (m_problems->isChecked() != on)
        m_problems->setChecked(on);
    m_proxy->problemsOnly = on;
    m_proxy->apply();
    updateStatus();
}

void LogPane::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    const QString text = current.isValid() ? current.data(TranscriptModel::DetailRole).toString() : QString();
    if (m_detail->toPlainText() != text)
        m_detail->setPlainText(text);
}

void LogPane::copySelection()
{
    m_model->flush();
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            lines << m_proxy->index(r, 0).data(TranscriptModel::LineRole).toString();
    } else {
        for (const QModelIndex &i : std::as_const(rows))
            lines << i.data(TranscriptModel::LineRole).toString();
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

bool LogPane::saveToFile(const QString &path, QString *error)
{
    m_model->flush();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(m_model->toText().toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LogPane::saveAs()
{
    auto *dialog =
        new QFileDialog(window(), tr("Save the protocol log"), QString(), tr("Text files (*.txt *.log)"));
    dialog->setObjectName(QStringLiteral("logSaveDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(QStringLiteral("stamp-log.txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!saveToFile(path, &error))
            tellUser(window(), QStringLiteral("logSaveError"), QMessageBox::Warning, tr("Log not saved"),
                     tr("The log could not be saved to %1: %2").arg(path, error));
    });
    dialog->open();
}

void LogPane::updateStatus()
{
    const int total = m_model->rowCount();
    QString text = !m_proxy->filtering() ? (total == 1 ? tr("1 line") : tr("%1 lines").arg(total))
                                         : tr("%1 of %2 lines").arg(m_proxy->rowCount()).arg(total);
    if (m_model->droppedCount() > 0)
        text += tr(" (%1 older dropped)").arg(m_model->droppedCount());
    m_status->setText(text);
}

}  // namespace ui
