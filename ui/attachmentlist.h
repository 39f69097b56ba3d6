#pragma once

#include <QStringList>
#include <QTreeWidget>

class QMimeData;

namespace ui {

// The files to send with the message: name, type (QMimeDatabase) and size, removable with Delete.
// Files are read only when the message is sent, straight from disk.
class AttachmentList : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        SizeColumn
    };
    explicit AttachmentList(QWidget *parent = nullptr);

    // Adds the files not already listed. Returns, for each one refused (a folder, unreadable), why.
    QStringList addFiles(const QStringList &paths);
    void setFiles(const QStringList &paths);
    QStringList paths() const;
    qint64 totalSize() const;
    // Files listed that are no longer on disk or no longer readable.
    QStringList missingFiles() const;
    void removeSelected();
    void clearFiles();

    // The local files a drop or a paste carries (file:// URLs), or nothing.
    static QStringList localFiles(const QMimeData *data);

Q_SIGNALS:
    void filesChanged();
    // Some files could not be added: one sentence each.
    void refused(const QStringList &problems);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

}  // namespace ui
