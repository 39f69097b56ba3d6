#include "itemlock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace store {

ItemLock::ItemLock(const QString &path) : m_lock(path)
{
    m_lock.setStaleLockTime(0);  // stale only when its owner died, however long a send takes
}

ItemLock::~ItemLock() = default;

bool ItemLock::tryLock()
{
    if (m_lock.isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_lock.fileName()).absolutePath());
    if (m_lock.tryLock(0))
        return true;
    // A lock file that names no owner: its writer died between creating and filling it (kill -9), so no
    // one can ever release it. Once it is clearly not one being written right now, it is taken over.
    qint64 pid = 0;
    QString host, app;
    const QFileInfo file(m_lock.fileName());
    if (m_lock.error() == QLockFile::LockFailedError && !m_lock.getLockInfo(&pid, &host, &app)
        && file.exists() && file.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000) {
        QFile::remove(m_lock.fileName());
        return m_lock.tryLock(0);
    }
    return false;
}

void ItemLock::unlock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

}  // namespace store
