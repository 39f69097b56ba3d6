#include "attachmentlist.h"

#include "util.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStyle>

namespace ui {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int SizeRole = Qt::UserRole + 2;
}  // namespace

AttachmentList::AttachmentList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("attachmentList"));
    setAccessibleName(tr("Attachments"));
    setAccessibleDescription(
        tr("The files sent with the message, with their sizes; Delete removes the selected ones"));
    setColumnCount(3);
    setHeaderLabels({tr("Name"), tr("Type"), tr("Size")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
}

QStringList AttachmentList::localFiles(const QMimeData *data)
{
    QStringList out;
    if (!data || !data->hasUrls())
        return out;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &u : urls) {
        if (u.isLocalFile())
            out << u.toLocalFile();
    }
    return out;
}

QStringList AttachmentList::addFiles(const QStringList &paths)
{
    static const QMimeDatabase mimeDb;
    QStringList problems;
    const QStringList existing = this->paths();
    bool added = false;
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        const QString abs = fi.absoluteFilePath();
        if (existing.contains(abs))
            continue;
        if (!fi.exists()) {
            problems << tr("%1 does not exist.").arg(path);
            continue;
        }
        if (!fi.isFile()) {
            problems << tr("%1 is not a file (folders cannot be attached).").arg(path);
            continue;
        }
        if (!fi.isReadable()) {
            problems << tr("%1 cannot be read (permission denied).").arg(path);
            continue;
        }
        const QMimeType mime = mimeDb.mimeTypeForFile(fi);
        auto *item = new QTreeWidgetItem(this);
        item->setText(NameColumn, fi.fileName());
        item->setText(TypeColumn, mime.comment().isEmpty() ? mime.name() : mime.comment());
        item->setToolTip(TypeColumn, mime.name());
        item->setText(SizeColumn, formatSize(fi.size()));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(NameColumn, abs);
        item->setData(NameColumn, PathRole, abs);
        item->setData(NameColumn, SizeRole, fi.size());
        item->setIcon(
            NameColumn,
            QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(),
                                                               style()->standardIcon(QStyle::SP_FileIcon))));
        added = true;
    }
    if (added)
        Q_EMIT filesChanged();
    if (!problems.isEmpty())
        Q_EMIT refused(problems);
    return problems;
}

void AttachmentList::setFiles(const QStringList &paths)
{
    QTreeWidget::clear();
    // A restored draft may name files that are gone: list them anyway, so sending can say which.
    QStringList missing;
    for (const QString &p : paths) {
        if (QFileInfo(p).isFile()) {
            addFiles({p});
            continue;
        }
        auto *item = new QTreeWidgetItem(this);
        item->setText(NameColumn, QFileInfo(p).fileName());
        item->setText(TypeColumn, tr("missing"));
        item->setText(SizeColumn, QStringLiteral("–"));
        item->setToolTip(NameColumn, p);
        item->setData(NameColumn, PathRole, p);
        item->setData(NameColumn, SizeRole, qint64(0));
        item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    Q_EMIT filesChanged();
}

QStringList AttachmentList::paths() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        out << topLevelItem(i)->data(NameColumn, PathRole).toString();
    return out;
}

qint64 AttachmentList::totalSize() const
{
    qint64 total = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        total += topLevelItem(i)->data(NameColumn, SizeRole).toLongLong();
    return total;
}

QStringList AttachmentList::missingFiles() const
{
    QStringList out;
    const QStringList all = paths();
    for (const QString &p : all) {
        const QFileInfo fi(p);
        if (!fi.isFile() || !fi.isReadable())
            out << p;
    }
    return out;
}

void AttachmentList::removeSelected()
{
    const QList<QTreeWidgetItem *> items = selectedItems();
    if (items.isEmpty())
        return;
    const int firstRow = indexOfTopLevelItem(items.first());
    qDeleteAll(items);
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(std::min(firstRow, topLevelItemCount() - 1)));
    Q_EMIT filesChanged();
}

void AttachmentList::clearFiles()
{
    if (topLevelItemCount() == 0)
        return;
    QTreeWidget::clear();
    Q_EMIT filesChanged();
}

void AttachmentList::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        removeSelected();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        const QStringList files = localFiles(QApplication::clipboard()->mimeData());
        if (!files.isEmpty()) {
            addFiles(files);
            return;
        }
    }
    QTreeWidget::keyPressEvent(event);
}

void AttachmentList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentList::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void AttachmentList::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    addFiles(files);
    event->acceptProposedAction();
}

}  // namespace ui
