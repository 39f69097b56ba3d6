#include "batchsubmission.h"

#include "itemlock.h"
#include "storedmessage.h"
#include "submission.h"

#include <QCoreApplication>

namespace store {

namespace {

QString trBatch(const char *text)
{
    return QCoreApplication::translate("store::BatchSubmission", text);
}

smtp::Outcome localOutcome(smtp::Outcome::Category category, const QString &summary, const QString &advice)
{
    smtp::Outcome o;
    o.category = category;
    o.summary = summary;
    o.advice = advice;
    return o;
}

}  // namespace

BatchSubmission::BatchSubmission(MailStore *store, QStringList ids, smtp::SessionOptions options,
                                 qint64 intervalMs, smtp::Clock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_ids(std::move(ids)), m_options(std::move(options)),
      m_interval(std::max<qint64>(0, intervalMs)), m_clock(clock ? clock : smtp::Clock::system()),
      m_timer(m_clock->createTimer(this))
{
    connect(m_timer, &smtp::Timer::timeout, this, &BatchSubmission::startNext);
}

BatchSubmission::~BatchSubmission()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_current.isEmpty() || !m_store)
        return;
    // Destroyed mid-send: the same honest record as Submission's.
    record(m_current,
           m_currentEndReached
               ? localOutcome(smtp::Outcome::Category::MayHaveBeenDelivered,
                              trBatch("Stamp stopped after the whole message was sent, before the server "
                                      "confirmed it."),
                              trBatch("Check with a recipient before sending it again."))
               : localOutcome(smtp::Outcome::Category::Cancelled,
                              trBatch("Sending was stopped before the message was complete: nothing was "
                                      "delivered."),
                              trBatch("Send it again when you are ready.")));
}

void BatchSubmission::start()
{
    if (m_started)
        return;
    m_started = true;
    m_timer->start(0);
}

void BatchSubmission::cancel()
{
    m_stopping = true;
    m_timer->stop();
    if (m_session)
        m_session->cancel();
    else
        m_timer->start(0);  // finishAll() from the event loop
}

bool BatchSubmission::openSession()
{
    auto *session = new smtp::Session(m_options, m_clock, this);
    session->setHoldOpen(true);
    m_session = session;
    m_sessionIds.clear();
    ++m_connections;
    connect(session, &smtp::Session::transcript, this, &BatchSubmission::transcript);
    connect(session, &smtp::Session::tlsReportReady, this, &BatchSubmission::tlsReport);
    connect(session, &smtp::Session::waitingForReply, this, [this](int) { m_currentEndReached = true; });
    connect(session, &smtp::Session::messageFinished, this, &BatchSubmission::onMessageFinished);
    // Queued: the session may finish inside start() or cancel().
    connect(
        session, &smtp::Session::finished, this,
        [this, session](const smtp::Outcome &o) {
            if (session == m_session)
                onSessionFinished(o);
            session->deleteLater();
        },
        Qt::QueuedConnection);
    return true;
}

void BatchSubmission::startNext()
{
    if (m_finished)
        return;
    if (!m_current.isEmpty())
        return;  // the item in flight decides first
    if (m_stopping || m_next >= m_ids.size() || !m_store) {
        finishAll();
        return;
    }
    if (m_interval > 0 && m_lastStart.isValid()) {
        const qint64 wait = m_clock->now().msecsTo(m_lastStart.addMSecs(m_interval));
        if (wait > 0) {
            // A long wait would meet the server's idle timeout: QUIT now, connect again when due.
            if (wait > KeepOpenMs && m_session)
                m_session->endMessages();
            m_timer->start(wait);
            return;
        }
    }
    while (m_next < m_ids.size()) {
        const QString id = m_ids[m_next];
        auto lock = std::make_unique<ItemLock>(m_store->lockPath(id));
        if (m_store->lockPath(id).isEmpty() || !lock->tryLock()) {
            ++m_next;
            Q_EMIT itemFinished(id,
                                localOutcome(smtp::Outcome::Category::LocalError,
                                             trBatch("This message is being sent by another Stamp window or "
                                                     "command."),
                                             trBatch("Wait for that attempt to finish.")),
                                true);
            continue;
        }
        // Read under the lock: what another process did before (sent it, removed it) is seen here.
        std::optional<MailItem> item = m_store->loadOutbox(id);
        if (!item
            || (item->status != MailItem::Status::Queued && item->status != MailItem::Status::Waiting)) {
            ++m_next;
            Q_EMIT itemFinished(id,
                                localOutcome(smtp::Outcome::Category::LocalError,
                                             trBatch("This message is no longer waiting in the outbox."),
                                             trBatch("It may have been sent or removed already: look in "
                                                     "Sent.")),
                                true);
            continue;
        }
        QString error;  // only markSending's: an address that does not parse is no outbox error
        const smtp::Envelope envelope = item->envelope();
        if (item->emlSize < 0 || envelope.from.isNull() || envelope.recipients.isEmpty()
            || !m_store->markSending(id, &error)) {
            ++m_next;
            const smtp::Outcome o = localOutcome(
                smtp::Outcome::Category::LocalError,
                error.isEmpty() ? trBatch("The outbox item has no stored message, sender or "
                                          "recipient.")
                                : trBatch("The outbox could not be updated, so nothing was sent: "
                                          "%1")
                                      .arg(error),
                trBatch("Open it, correct it and send it again."));
            m_store->markFailed(id, o);
            Q_EMIT itemFinished(id, o, false);
            continue;
        }
        // From here until its record, this item is the one "Sending": a crash leaves it for
        // recoverInterrupted() (may have been delivered), every other item untouched.
        ++m_next;
        m_lock = std::move(lock);
        m_current = id;
        m_currentEndReached = false;
        m_lastStart = m_clock->now();
        const bool fresh = !m_session || !m_session->acceptsMessages();
        if (fresh)
            openSession();
        m_sessionIds << id;
        Q_EMIT itemStarted(id);
        m_session->addMessage(envelope, std::make_shared<StoredMessageSource>(m_store->outboxEmlPath(id),
                                                                              item->emlSize, item->smtpUtf8));
        if (fresh)
            m_session->start();
        return;
    }
    finishAll();
}

void BatchSubmission::record(const QString &id, const smtp::Outcome &outcome)
{
    const QString note = Submission::recordOutcome(m_store, id, outcome, m_clock->now());
    if (!note.isEmpty()) {
        smtp::TranscriptEvent e;
        e.time = QDateTime::currentDateTime();
        e.kind = smtp::TranscriptEvent::Kind::Error;
        e.text = note;
        Q_EMIT transcript(e);
    }
}

void BatchSubmission::onMessageFinished(int index, const smtp::Outcome &outcome)
{
    const QString id = m_sessionIds.value(index);
    if (id.isEmpty() || id != m_current)
        return;
    if (m_store)
        record(id, outcome);
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_current.clear();
    const bool firstOnConnection = index == 0;
    Q_EMIT itemFinished(id, outcome, false);
    if (outcome.category == smtp::Outcome::Category::Cancelled)
        m_stopping = true;
    // The connection ended with this message. When it was the connection's first, the server cannot be
    // reached or used (refused, TLS, login, 421 at once): the items left stay queued. Otherwise (an idle
    // connection lost, a 421 after some messages) the next item opens a new connection.
    if (m_session && !m_session->acceptsMessages() && firstOnConnection)
        m_stopping = true;
    if (outcome.category == smtp::Outcome::Category::AuthFailed
        || outcome.category == smtp::Outcome::Category::TlsFailed)
        m_stopping = true;
    m_timer->start(0);  // the next item from the event loop, once the session is Ready again
}

void BatchSubmission::onSessionFinished(const smtp::Outcome &)
{
    m_session = nullptr;
    if (m_finished)
        return;
    if (m_stopping || m_next >= m_ids.size())
        finishAll();
}

void BatchSubmission::finishAll()
{
    if (m_finished || !m_current.isEmpty())
        return;
    m_timer->stop();
    if (m_session) {
        // QUIT once the session is idle; finished() when the connection closed.
        m_stopping = true;
        m_session->endMessages();
        return;
    }
    m_finished = true;
    Q_EMIT finished();
}

}  // namespace store
