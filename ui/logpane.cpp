#include "logpane.h"

#include "transcriptmodel.h"
#include "util.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

LogPane::LogPane(QWidget *parent) : QWidget(parent), m_model(new TranscriptModel(this))
{
    setObjectName(QStringLiteral("logPane"));
    setAccessibleName(tr("Protocol log"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Protocol log lines"));
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

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &LogPane::setFilterText);

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
    bar->addWidget(m_status);
    bar->addWidget(copy);
    bar->addWidget(save);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

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

void LogPane::clear()
{
    m_model->clear();
}

void LogPane::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);  // comes back here through textChanged
    else
        m_proxy->setFilterFixedString(text);
    updateStatus();
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
    QString text = m_proxy->filterRegularExpression().pattern().isEmpty()
                       ? (total == 1 ? tr("1 line") : tr("%1 lines").arg(total))
                       : tr("%1 of %2 lines").arg(m_proxy->rowCount()).arg(total);
    if (m_model->droppedCount() > 0)
        text += tr(" (%1 older dropped)").arg(m_model->droppedCount());
    m_status->setText(text);
}

}  // namespace ui
