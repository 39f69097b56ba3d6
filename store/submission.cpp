#include "submission.h"

#include "itemlock.h"
#include "storedmessage.h"

#include <QCoreApplication>
#include <QTimer>

namespace store {

static QString trSubmission(const char *text)
{
    return QCoreApplication::translate("store::Submission", text);
}

Submission::Submission(MailStore *store, const QString &id, smtp::SessionOptions options, QObject *parent)
    : QObject(parent), m_store(store), m_id(id), m_options(std::move(options))
{
}

Submission::~Submission()
{
    if (!m_running || !m_store || !m_record)
        return;
    // Destroyed mid-send (the window closed, say): leave an honest record rather than "sending" forever.
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    smtp::Outcome o;
    if (m_endReached) {
        o.category = smtp::Outcome::Category::MayHaveBeenDelivered;
        o.summary =
            trSubmission("Stamp stopped after the whole message was sent, before the server confirmed it.");
        o.advice = trSubmission("Check with a recipient before sending it again.");
    } else {
        o.category = smtp::Outcome::Category::Cancelled;
        o.summary =
            trSubmission("Sending was stopped before the message was complete: nothing was delivered.");
        o.advice = trSubmission("Send it again when you are ready.");
    }
    m_store->markFailed(m_id, o);
}

void Submission::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    if (!m_store) {
        failEarly(trSubmission("The message store is gone."), QString(), false);
        return;
    }
    // One sender per item, across processes: whoever holds the lock sends, everyone else leaves it alone.
    m_lock = std::make_unique<ItemLock>(m_store->lockPath(m_id));
    if (m_store->lockPath(m_id).isEmpty() || !m_lock->tryLock()) {
        m_busy = !m_store->lockPath(m_id).isEmpty();
        m_lock.reset();
        failEarly(m_busy ? trSubmission("This message is being sent by another Stamp window or command.")
                         : trSubmission("The message is not in the outbox."),
                  trSubmission("Wait for that attempt to finish."), false);
        return;
    }
    // Read under the lock: what another process did before (sent it, removed it) is seen here.
    std::optional<MailItem> item = m_store->loadOutbox(m_id);
    if (!item) {
        failEarly(trSubmission("The message is not in the outbox."),
                  trSubmission("It may have been sent or removed already: look in Sent."), false);
        return;
    }
    if (item->status == MailItem::Status::Sending) {
        // Its sender died mid-send (the lock was free): it may have been delivered, so never resend blindly.
        smtp::Outcome o;
        o.category = smtp::Outcome::Category::MayHaveBeenDelivered;
        o.summary = trSubmission("Stamp stopped while this message was being sent.");
        o.advice =
            trSubmission("It may or may not have been delivered: check with a recipient before sending "
                         "it again.");
        m_store->markFailed(m_id, o);
        m_record = false;
        QTimer::singleShot(0, this, [this, o] { finish(o); });
        return;
    }
    QString error;
    if (item->emlSize < 0 && !m_store->buildStoredMessage(m_id, &error)) {
        failEarly(error, trSubmission("Correct the message and send it again."));
        return;
    }
    item = m_store->loadOutbox(m_id);
    const smtp::Envelope envelope = item->envelope();
    if (envelope.from.isNull() || envelope.recipients.isEmpty()) {
        failEarly(trSubmission("The outbox item has no valid sender or recipient."),
                  trSubmission("Open it, correct the addresses and send it again."));
        return;
    }
    // Recorded before the first byte goes out, so a crash from here on leaves a trace in the outbox.
    if (!m_store->markSending(m_id, &error)) {
        failEarly(trSubmission("The outbox could not be updated, so nothing was sent: %1").arg(error),
                  trSubmission("Check free disk space and permissions, then send it again."));
        return;
    }

    auto source =
        std::make_shared<StoredMessageSource>(m_store->outboxEmlPath(m_id), item->emlSize, item->smtpUtf8);
    auto *session = new smtp::Session(m_options, m_clock, this);
    m_session = session;
    connect(session, &smtp::Session::transcript, this, &Submission::transcript);
    connect(session, &smtp::Session::capabilitiesKnown, this,
            [this, session](const smtp::Capabilities &caps, bool encrypted) {
                m_caps = caps;
                m_tls = session->tlsInfo();
                Q_EMIT capabilitiesKnown(caps, encrypted);
            });
    connect(session, &smtp::Session::tlsReportReady, this, &Submission::tlsReport);
    connect(session, &smtp::Session::progress, this, [this](int, qint64 sent, qint64 total) {
        m_sent = sent;
        m_total = total;
        Q_EMIT progress(sent, total);
    });
    connect(session, &smtp::Session::waitingForReply, this, [this](int) {
        m_endReached = true;
        Q_EMIT waitingForReply();
    });
    connect(session, &smtp::Session::messageFinished, this,
            [this](int, const smtp::Outcome &o) { m_messageOutcome = o; });
    // Queued: the session may finish inside start() or cancel(), and callers are promised a later answer.
    connect(
        session, &smtp::Session::finished, this,
        [this](const smtp::Outcome &o) {
            smtp::Outcome decided = m_messageOutcome ? *m_messageOutcome : o;
            decided.timings = o.timings;
            finish(decided);
        },
        Qt::QueuedConnection);
    session->addMessage(envelope, source);
    session->start();
}

void Submission::cancel()
{
    if (m_session && m_running)
        m_session->cancel();
}

void Submission::failEarly(const QString &summary, const QString &advice, bool record)
{
    smtp::Outcome o;
    o.category = smtp::Outcome::Category::LocalError;
    o.summary = summary;
    o.advice = advice;
    m_record = record;
    QTimer::singleShot(0, this, [this, o] { finish(o); });
}

QString Submission::recordOutcome(MailStore *store, const QString &id, const smtp::Outcome &outcome,
                                  const QDateTime &now)
{
    QString error;
    bool ok = true;
    if (outcome.category == smtp::Outcome::Category::PartlySent)
        ok = store->markPartlySent(id, outcome, &error);
    else if (outcome.delivered())
        ok = store->moveToSent(id, outcome, &error);
    else
        store->recordFailure(id, outcome, now, &error);
    if (ok)
        return {};
    // Delivered, but the copy could not be kept: say so in the outbox, so nobody resends it blindly.
    smtp::Outcome note = outcome;
    note.summary =
        trSubmission("The message was sent, but its copy could not be saved in Sent: %1").arg(error);
    note.advice = trSubmission("Do not send it again. Free some disk space, then remove it from the outbox.");
    store->markFailed(id, note);
    return note.summary;
}

void Submission::finish(smtp::Outcome outcome)
{
    if (m_finished)
        return;
    if (m_store && m_record) {
        const QString note =
            recordOutcome(m_store, m_id, outcome, (m_clock ? m_clock : smtp::Clock::system())->now());
        if (!note.isEmpty()) {
            smtp::TranscriptEvent e;
            e.time = QDateTime::currentDateTime();
            e.kind = smtp::TranscriptEvent::Kind::Error;
            e.text = note;
            Q_EMIT transcript(e);
        }
    }
    if (m_lock)
        m_lock->unlock();
    m_outcome = outcome;
    m_running = false;
    m_finished = true;
    if (m_session)
        m_session->deleteLater();
    Q_EMIT finished(m_outcome);
}

}  // namespace store
