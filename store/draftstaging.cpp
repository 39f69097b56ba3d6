#include "draftstaging.h"

#include "mailstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace store {

DraftStaging::DraftStaging(MailStore *store, QObject *parent) : QObject(parent), m_store(store) {}

DraftStaging::~DraftStaging()
{
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
}

QString DraftStaging::stagedPath(const QString &draftsFolder, const QString &original)
{
    const QFileInfo f(original);
    const QByteArray key =
        QCryptographicHash::hash((f.absoluteFilePath() + QLatin1Char('\n') + QString::number(f.size())
                                  + QLatin1Char('\n') + QString::number(f.lastModified().toMSecsSinceEpoch()))
                                     .toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return draftsFolder + QStringLiteral("/.staging/") + QString::fromLatin1(key) + QLatin1Char('/')
           + f.fileName();
}

void DraftStaging::stage(const QStringList &paths)
{
    const QString drafts = m_store->folderPath(MailStore::Folder::Drafts);
    for (const QString &path : paths) {
        const QFileInfo f(path);
        // Small files are copied by the save itself; a copy already staged (or being made) is not made again.
        if (!f.isFile() || f.size() < (1 << 20) || m_running.contains(path))
            continue;
        const QString target = stagedPath(drafts, path);
        if (QFile::exists(target))
            continue;
        m_running.insert(path);
        QThread *t = QThread::create([path, target] {
            QDir().mkpath(QFileInfo(target).absolutePath());
            // Under a temporary name first: saveDraft only ever takes a complete copy.
            const QString part = target + QStringLiteral(".part");
            QFile::remove(part);
            if (!QFile::copy(path, part) || !QFile::rename(part, target))
                QFile::remove(part);
        });
        m_threads.append(t);
        connect(t, &QThread::finished, this, [this, t, path] {
            m_threads.removeOne(t);
            t->deleteLater();
            m_running.remove(path);
            if (m_running.isEmpty())
                Q_EMIT stagingDone();
        });
        t->start();
    }
}

}  // namespace store
