#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QThread;

namespace store {

class MailStore;

// Copies of attachments made ahead of a draft save, on a worker thread (issue 9: a 250 MB attachment must
// not freeze the window while its draft copy is made). stage() copies the file (QFile::copy: no more than a
// buffer in memory) to drafts/.staging/<key>/<name>, the key naming the original's path, size and time of
// change; MailStore::saveDraft then moves a complete staged copy into place (a rename) instead of copying.
// A staged copy nobody took is removed by MailStore::recoverInterrupted() after a day.
class DraftStaging : public QObject
{
    Q_OBJECT
public:
    explicit DraftStaging(MailStore *store, QObject *parent = nullptr);
    ~DraftStaging() override;  // waits for running copies (disk only)

    // Where the staged copy of this file is (or would be), for its current size and time of change.
    static QString stagedPath(const QString &draftsFolder, const QString &original);
    // Starts copying each file that has no staged copy yet; stagingDone() once none is running.
    void stage(const QStringList &paths);
    bool isStaging() const { return !m_running.isEmpty(); }

Q_SIGNALS:
    void stagingDone();

private:
    MailStore *m_store;
    QSet<QString> m_running;  // originals being copied
    QList<QThread *> m_threads;
};

}  // namespace store
