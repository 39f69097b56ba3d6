#include "submission.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

namespace store {

// Keeps a copy of every byte the session takes from the message, so Sent holds exactly what went out (same
// MIME boundaries, same encoding choices as the server allowed), not a second rendering of it. The copy goes
// straight to a QSaveFile beside its final place, so memory does not grow with the attachments; it only
// becomes the Sent copy when commit() is called after the server accepted the message.
class RecordingSource : public smtp::MessageSource
{
public:
    RecordingSource(smtp::Message message, QString path) : m_inner(std::move(message)), m_path(std::move(path)) {}
    QString prepare(const smtp::EncodingOptions &options) override
    {
        const QString why = m_inner.prepare(options);
        if (!why.isEmpty())
            return why;
        // Prepared again for a retry round (recipients refused with 452): the bytes are the same, and a copy
        // already complete stays the one kept, even if the retry is cut short.
        if (m_copy && m_complete)
            return {};
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_copy = std::make_unique<QSaveFile>(m_path);
        if (!m_copy->open(QIODevice::WriteOnly))
            return QCoreApplication::translate(
                       "store::Submission", "The copy for the Sent folder cannot be written (%1), so nothing "
                                            "was sent.")
                .arg(m_copy->errorString());
        return {};
    }
    qint64 size() const override { return m_inner.size(); }
    bool needsEightBit() const override { return m_inner.needsEightBit(); }
    bool needsSmtpUtf8() const override { return m_inner.needsSmtpUtf8(); }
    QByteArray headerBlock() const override { return m_inner.headerBlock(); }
    QByteArray read(qint64 maxBytes, QString *error) override
    {
        const QByteArray bytes = m_inner.read(maxBytes, error);
        if (m_copy && !m_complete) {
            m_copy->write(bytes);
            m_complete = (!error || error->isEmpty()) && m_inner.atEnd();
        }
        return bytes;
    }
    bool atEnd() const override { return m_inner.atEnd(); }
    // Makes the copy the Sent folder's .eml; false (with the reason) if it could not be written completely.
    bool commit(QString *error)
    {
        if (m_copy && m_copy->commit())
            return true;
        *error = m_copy ? m_copy->errorString() : QStringLiteral("no copy was made");
        return false;
    }

private:
    smtp::MimeMessageSource m_inner;
    QString m_path;
    std::unique_ptr<QSaveFile> m_copy;
    bool m_complete = false;  // the copy holds the whole message
};

Submission::Submission(MailStore *store, const QString &id, smtp::SessionOptions options, QObject *parent)
    : QObject(parent), m_store(store), m_id(id), m_options(std::move(options))
{
}

Submission::~Submission()
{
    if (!m_running || !m_store)
        return;
    // Destroyed mid-send (the window closed, say): leave an honest record rather than "sending" forever.
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    smtp::Outcome o;
    if (m_total > 0 && m_sent >= m_total) {
        o.category = smtp::Outcome::Category::MayHaveBeenDelivered;
        o.summary = tr("Stamp stopped after the whole message was sent, before the server confirmed it.");
        o.advice = tr("Check with a recipient before sending it again.");
    } else {
        o.category = smtp::Outcome::Category::Cancelled;
        o.summary = tr("Sending was stopped before the message was complete: nothing was delivered.");
        o.advice = tr("Send it again when you are ready.");
    }
    m_store->markFailed(m_id, o);
}

void Submission::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    if (!m_store) {
        failEarly(tr("The message store is gone."), QString());
        return;
    }
    const std::optional<MailItem> item = m_store->loadOutbox(m_id);
    if (!item) {
        failEarly(tr("The message \"%1\" is not in the outbox.").arg(m_id),
                  tr("It may have been sent or removed already: look in Sent."));
        return;
    }
    smtp::Message message;
    QString error;
    if (!item->toMessage(&message, &error)) {
        failEarly(error, tr("Correct the message and send it again."));
        return;
    }
    const QString invalid = message.validate();
    if (!invalid.isEmpty()) {
        failEarly(invalid, tr("Correct the message and send it again."));
        return;
    }
    // One Message-ID for every attempt: if an earlier attempt did get through, recipients' systems see the
    // same message twice, not two messages.
    if (message.messageId.isEmpty())
        message.messageId = smtp::generateMessageId(message.from);
    // Recorded before the first byte goes out, so a crash from here on leaves a trace in the outbox.
    if (!m_store->markSending(m_id, message.messageId, &error)) {
        failEarly(tr("The outbox could not be updated, so nothing was sent: %1").arg(error),
                  tr("Check free disk space and permissions, then send it again."));
        return;
    }

    m_source = std::make_shared<RecordingSource>(message, m_store->sentEmlPath(m_id));
    auto *session = new smtp::Session(m_options, m_clock, this);
    m_session = session;
    connect(session, &smtp::Session::transcript, this, &Submission::transcript);
    connect(session, &smtp::Session::progress, this, [this](int, qint64 sent, qint64 total) {
        m_sent = sent;
        m_total = total;
        Q_EMIT progress(sent, total);
    });
    connect(session, &smtp::Session::messageFinished, this,
            [this](int, const smtp::Outcome &o) { m_messageOutcome = o; });
    // Queued: the session may finish inside start() or cancel(), and callers are promised a later answer.
    connect(
        session, &smtp::Session::finished, this,
        [this](const smtp::Outcome &o) { finish(m_messageOutcome ? *m_messageOutcome : o); },
        Qt::QueuedConnection);
    session->addMessage({message.from, message.recipients()}, m_source);
    session->start();
}

void Submission::cancel()
{
    if (m_session && m_running)
        m_session->cancel();
}

void Submission::failEarly(const QString &summary, const QString &advice)
{
    smtp::Outcome o;
    o.category = smtp::Outcome::Category::LocalError;
    o.summary = summary;
    o.advice = advice;
    QTimer::singleShot(0, this, [this, o] { finish(o); });
}

void Submission::finish(smtp::Outcome outcome)
{
    if (m_finished)
        return;
    if (m_store) {
        QString error;
        if (outcome.delivered()) {
            if (!(m_source && m_source->commit(&error)) || !m_store->moveToSent(m_id, outcome, &error)) {
                // Delivered, but the copy could not be kept: say so in the outbox, so nobody resends it
                // blindly.
                smtp::Outcome note = outcome;
                note.summary =
                    tr("The message was sent, but its copy could not be saved in Sent: %1").arg(error);
                note.advice = tr("Do not send it again. Free some disk space, then remove it from the "
                                 "outbox.");
                m_store->markFailed(m_id, note);
                smtp::TranscriptEvent e;
                e.time = QDateTime::currentDateTime();
                e.kind = smtp::TranscriptEvent::Kind::Error;
                e.text = note.summary;
                Q_EMIT transcript(e);
            }
        } else {
            m_store->markFailed(m_id, outcome, &error);
        }
    }
    m_outcome = outcome;
    m_running = false;
    m_finished = true;
    if (m_session)
        m_session->deleteLater();
    Q_EMIT finished(m_outcome);
}

}  // namespace store
