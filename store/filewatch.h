#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

class QFileSystemWatcher;
class QTimer;

namespace store {

// Tells when another process changed one file (the accounts, the address book): QSaveFile and QSettings
// replace the file (a new inode) and a writer may touch it several times in a row, so the folder is watched
// too and the file is read once things have settled for a moment; changed() comes only when what it says
// differs from what it said when last looked at (so a touch, or this process's own write after
// takeSnapshot(), is no change).
class FileWatch : public QObject
{
    Q_OBJECT
public:
    // path() is asked again at each look: a path that follows HOME or XDG_CONFIG_HOME is followed.
    explicit FileWatch(std::function<QString()> path, QObject *parent = nullptr);

    // What the file says now is the baseline: call after this process wrote it.
    void takeSnapshot();

Q_SIGNALS:
    void changed();

private:
    void look();
    void rewatch();
    QByteArray read() const;

    std::function<QString()> m_path;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QString m_watchedFile;
    QByteArray m_snapshot;
};

}  // namespace store
