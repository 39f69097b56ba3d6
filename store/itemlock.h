#pragma once

#include <QLockFile>
#include <QString>

namespace store {

// Only one sender at a time for an outbox item, across processes (the window, `stamp send --account`,
// `stamp outbox send`) and within one: a QLockFile next to the item. The lock is never stale by age, only
// when the process holding it is gone (kill -9, a crash), so a long upload keeps it.
class ItemLock
{
public:
    explicit ItemLock(const QString &path);
    ~ItemLock();
    ItemLock(const ItemLock &) = delete;
    ItemLock &operator=(const ItemLock &) = delete;

    // Takes the lock without waiting; false when someone else holds it.
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }

private:
    QLockFile m_lock;
};

}  // namespace store
