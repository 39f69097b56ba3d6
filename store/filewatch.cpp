#include "filewatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace store {

FileWatch::FileWatch(std::function<QString()> path, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_watcher(new QFileSystemWatcher(this)),
      m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(100);
    connect(m_settle, &QTimer::timeout, this, &FileWatch::look);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    m_snapshot = read();
    rewatch();
}

void FileWatch::takeSnapshot()
{
    m_snapshot = read();
    rewatch();
}

QByteArray FileWatch::read() const
{
    QFile f(m_path());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void FileWatch::rewatch()
{
    const QString file = m_path();
    const QString dir = QFileInfo(file).absolutePath();
    if (file != m_watchedFile) {
        // The path moved (HOME or XDG_CONFIG_HOME changed): forget the old place.
        if (!m_watcher->files().isEmpty())
            m_watcher->removePaths(m_watcher->files());
        if (!m_watcher->directories().isEmpty())
            m_watcher->removePaths(m_watcher->directories());
        m_watchedFile = file;
    }
    QDir().mkpath(dir);
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
        m_watcher->addPath(file);
}

void FileWatch::look()
{
    rewatch();
    const QByteArray now = read();
    if (now == m_snapshot)
        return;
    m_snapshot = now;
    Q_EMIT changed();
}

}  // namespace store
