#include "sendcontroller.h"

#include "itemlock.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace store {

using Category = smtp::Outcome::Category;

SendController::SendController(MailStore *store, smtp::Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock ? clock : smtp::Clock::system()),
      m_queue(new OutboxQueue(store, m_clock, this))
{
    connect(m_queue, &OutboxQueue::due, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            if (!m_active.contains(id) && !m_heldBack.contains(id))
                startItem(id);
    });
}

void SendController::obtainOptions(const MailItem &item, QObject *context, OptionsDone done)
{
    if (!m_provider) {
        smtp::Outcome o;
        o.category = Category::LocalError;
        o.summary = tr("Stamp does not know how to connect for this message.");
        done(std::nullopt, o);
        return;
    }
    m_provider(item, context, std::move(done));
}

void SendController::holdBack(const QStringList &ids, bool hold)
{
    for (const QString &id : ids) {
        if (hold)
            m_heldBack.insert(id);
        else
            m_heldBack.remove(id);
    }
}

SendController::~SendController()
{
    // A message still being written finishes first (disk only; it is sent at the next start), so no
    // half-written outbox item is left behind by an ordinary quit.
    for (QThread *thread : std::as_const(m_enqueuing)) {
        thread->wait();
        delete thread;
    }
    // Submissions are children: each records an honest outcome in the outbox if it is still running.
    for (const Active &a : std::as_const(m_active))
        delete a.context;
}

QString SendController::validate(const MailItem &item)
{
    smtp::Message message;
    QString error;
    if (!item.toMessage(&message, &error))
        return error;
    return message.validate();
}

QString SendController::submit(const MailItem &item, QString *error)
{
    return submitAt(item, QDateTime(), error);
}

QString SendController::submitWithDelay(const MailItem &item, qint64 delayMs, QString *error)
{
    return submitAt(item, delayMs > 0 ? m_clock->now().addMSecs(delayMs) : QDateTime(), error);
}

QString SendController::submitAt(const MailItem &item, const QDateTime &dueAt, QString *error)
{
    QString why = validate(item);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    const QDateTime due = dueAt.isValid() && dueAt > m_clock->now() ? dueAt.toUTC() : QDateTime();
    const QString id = m_store->enqueue(item, due, &why);
    if (id.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    if (!due.isValid())
        startItem(id);
    else
        m_queue->refresh();
    return id;
}

void SendController::submitInBackground(const MailItem &item, const QDateTime &dueAt, qint64 delayMs,
                                        QObject *context, Submitted done)
{
    QPointer<QObject> guard(context);
    const QString why = validate(item);
    if (!why.isEmpty() || !m_store) {
        // Always from the event loop, as the other answer is.
        QTimer::singleShot(0, this, [guard, done, why] {
            if (guard)
                done({}, why);
        });
        return;
    }
    const QDateTime due = dueAt.isValid() && dueAt > m_clock->now() ? dueAt.toUTC() : QDateTime();
    // The worker has a MailStore of its own on the same folder: nothing of this thread's objects is used
    // there, and the files are written as enqueue() always writes them (message first, item last, under
    // the item's lock), so other processes and recoverInterrupted() see a complete item or none.
    struct Result
    {
        QString id, error;
    };
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([root = m_store->root(), item, due, result] {
        MailStore own(root);
        result->id = own.enqueue(item, due, &result->error);
    });
    m_enqueuing.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, result, due, delayMs, guard, done] {
        m_enqueuing.removeOne(thread);
        thread->deleteLater();
        const QString id = result->id;
        if (!id.isEmpty() && m_store) {
            // Written as due "at once": the queue leaves such an item to its sender for ClaimGraceMs, so
            // nothing starts it before the undo delay is set here.
            if (delayMs > 0 && !due.isValid())
                m_store->requeue(id, m_clock->now().addMSecs(delayMs), nullptr);
            Q_EMIT m_store->changed(MailStore::Folder::Outbox, id);
        }
        if (guard)
            done(id, result->error);
        if (id.isEmpty() || !m_store)
            return;
        if (delayMs <= 0 && !due.isValid())
            startItem(id);
        else
            m_queue->refresh();
    });
    thread->start();
}

std::optional<MailItem> SendController::undo(const QString &id)
{
    if (m_active.contains(id))
        return std::nullopt;
    std::optional<MailItem> item = m_store->loadOutbox(id);
    if (!item || item->status != MailItem::Status::Queued || item->attempts > 0)
        return std::nullopt;
    // removeFromOutbox takes the item's lock: an attempt that started meanwhile (another process) wins.
    if (!m_store->removeFromOutbox(id))
        return std::nullopt;
    return item;
}

bool SendController::sendNow(const QString &id, QString *error)
{
    if (m_active.contains(id)) {
        if (error)
            *error = tr("This message is being sent right now.");
        return false;
    }
    const std::optional<MailItem> item = m_store->loadOutbox(id);
    if (!item) {
        if (error)
            *error = tr("There is no message \"%1\" in the outbox.").arg(id);
        return false;
    }
    // Under the item's lock, so a process sending it right now is never overwritten.
    {
        ItemLock lock(m_store->lockPath(id));
        if (!lock.tryLock() || item->status == MailItem::Status::Sending) {
            if (error)
                *error = tr("This message is being sent right now by another Stamp window or command.");
            return false;
        }
        if (!m_store->requeue(id, error))
            return false;
    }
    startItem(id);
    return true;
}

int SendController::sendAll()
{
    int n = 0;
    const QList<MailItem> items = m_store->outbox();
    for (const MailItem &m : items)
        // "Perhaps delivered" is sent again only when asked for by itself: never in bulk, never blindly.
        if (!m_active.contains(m.id) && !m_heldBack.contains(m.id) && m.status != MailItem::Status::Sending
            && m.failureCategory != std::optional(Category::MayHaveBeenDelivered) && sendNow(m.id))
            ++n;
    return n;
}

void SendController::cancel(const QString &id)
{
    const auto it = m_active.constFind(id);
    if (it == m_active.constEnd())
        return;
    if (it->submission) {
        it->submission->cancel();
        return;
    }
    // Still waiting for the password (a keychain prompt nobody answers, say): nothing has gone out.
    smtp::Outcome o;
    o.category = Category::Cancelled;
    o.summary = tr("Sending was stopped before connecting: nothing was sent.");
    o.advice = tr("Send it again when you are ready.");
    failWithoutSending(id, o);
}

void SendController::cancelAll()
{
    const QStringList ids = m_active.keys();
    for (const QString &id : ids)
        cancel(id);
}

bool SendController::pinCertificate(const QString &id, const QByteArray &fingerprint, QString *error)
{
    const std::optional<MailItem> item = m_store->loadOutbox(id);
    if (!item || !m_accounts) {
        if (error)
            *error = tr("There is no message \"%1\" in the outbox.").arg(id);
        return false;
    }
    std::optional<Account> a = m_accounts->find(item->account);
    if (!a) {
        if (error)
            *error = tr("The account \"%1\" no longer exists.").arg(item->account);
        return false;
    }
    a->pinnedSha256 = fingerprint;
    if (!m_accounts->save(*a, error))
        return false;
    // Tried again as the same outbox item, with the certificate trusted.
    return sendNow(id, error);
}

void SendController::setAutomatic(bool automatic)
{
    m_queue->setRunning(automatic);
}

Submission *SendController::submission(const QString &id) const
{
    return m_active.value(id).submission;
}

void SendController::startItem(const QString &id)
{
    if (m_active.contains(id) || !m_store)
        return;
    const std::optional<MailItem> item = m_store->loadOutbox(id);
    if (!item)
        return;
    Active a;
    a.context = new QObject(this);
    m_active.insert(id, a);
    Q_EMIT started(id);
    if (!m_provider) {
        smtp::Outcome o;
        o.category = Category::LocalError;
        o.summary = tr("Stamp does not know how to connect for this message.");
        failWithoutSending(id, o);
        return;
    }
    Q_EMIT statusText(id, tr("Getting the password…"));
    QPointer<QObject> context = a.context;
    m_provider(*item, a.context,
               [this, id, context, account = item->account](
                   const std::optional<smtp::SessionOptions> &options, const smtp::Outcome &failure) {
                   // Cancelled (or the controller gone) while the keychain or the prompt was answering.
                   if (!context || !m_active.contains(id))
                       return;
                   if (!options) {
                       failWithoutSending(id, failure);
                       return;
                   }
                   startSubmission(id, *options, account);
               });
}

void SendController::startSubmission(const QString &id, const smtp::SessionOptions &options,
                                     const QString &account)
{
    Q_EMIT statusText(id, tr("Connecting to %1…").arg(options.host));
    auto *submission = new Submission(m_store, id, options, this);
    submission->setClock(m_clock);
    m_active[id].submission = submission;
    connect(submission, &Submission::transcript, this,
            [this, id](const smtp::TranscriptEvent &e) { Q_EMIT transcript(id, e); });
    connect(submission, &Submission::tlsReport, this,
            [this, id](const smtp::TlsReport &r) { Q_EMIT tlsReport(id, r); });
    connect(submission, &Submission::progress, this, [this, id, submission](qint64 sent, qint64 total) {
        Q_EMIT progress(id, sent, total);
        // Progress counts what the server acknowledged; the end reaching it is its own signal.
        if (total > 0 && !submission->isWaitingForReply())
            Q_EMIT statusText(id, tr("Sending the message…"));
    });
    connect(submission, &Submission::waitingForReply, this,
            [this, id] { Q_EMIT statusText(id, tr("Waiting for the server's answer…")); });
    connect(submission, &Submission::capabilitiesKnown, this,
            [this, id, account](const smtp::Capabilities &caps) {
                Q_EMIT capabilitiesKnown(id, account, caps);
                Q_EMIT statusText(id, tr("Connected; logging in and sending…"));
            });
    connect(submission, &Submission::finished, this, [this, id, submission](const smtp::Outcome &o) {
        const bool busy = submission->wasBusy();
        submission->deleteLater();
        finishItem(id, o, busy);
    });
    submission->start();
}

void SendController::failWithoutSending(const QString &id, const smtp::Outcome &outcome)
{
    // A late answer from the OptionsProvider is ignored from now on.
    const auto it = m_active.find(id);
    if (it != m_active.end()) {
        delete it->context;
        it->context = nullptr;
    }
    {
        // Recorded only if nobody else is sending it meanwhile.
        ItemLock lock(m_store->lockPath(id));
        if (lock.tryLock())
            m_store->markFailed(id, outcome);
    }
    // Like a Submission's, the answer always comes later, from the event loop, never inside the call.
    QTimer::singleShot(0, this, [this, id, outcome] { finishItem(id, outcome, false); });
}

void SendController::finishItem(const QString &id, const smtp::Outcome &outcome, bool busy)
{
    const Active a = m_active.take(id);
    delete a.context;
    if (!busy && m_retry)
        if (const std::optional<MailItem> item = m_store->loadOutbox(id);
            item && m_retry(*item, outcome) && sendNow(id))
            return;
    Q_EMIT finished(id, outcome, busy);
    if (m_active.isEmpty())
        Q_EMIT idle();
    m_queue->refresh();
}

}  // namespace store
