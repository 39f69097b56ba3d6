#include "itemlock.h"

#include <QDir>
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
    return m_lock.tryLock(0);
}

void ItemLock::unlock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

}  // namespace store
