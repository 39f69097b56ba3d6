#pragma once

#include "message.h"
#include "outcome.h"
#include "session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace store {

// What one recipient's server reply was, as kept with a sent message.
struct RecipientRecord
{
    QString address;
    bool accepted = false;
    QString reply;  // "250 2.1.5 Ok", as on the wire
};

// A message as the user wrote it, plus where it is in its life. The same shape is stored in drafts/,
// outbox/ and sent/ as a small JSON file. Bcc is kept here because this is the user's own copy; it is
// never in a sent .eml.
struct MailItem
{
    enum class Status
    {
        Draft,       // in drafts/
        Queued,      // in outbox/, waiting to be sent (at dueAt, when set: send later, undo send)
        Sending,     // in outbox/, a Submission is running (or Stamp stopped while it was)
        Failed,      // in outbox/, failed for good (or stopped): sent again only when asked
        Sent,        // in sent/, with the .eml as it went out
        Waiting,     // in outbox/, failed for a passing reason: tried again automatically at dueAt
        PartlySent,  // in outbox/, some recipients refused: the envelope holds only those
    };

    QString id;  // assigned by the store; also the file name
    Status status = Status::Draft;
    QString account;      // name of the account it is sent from
    QString from;         // From mailbox text ("Ann <ann@example.com>"), taken from the account when queued
    QString to, cc, bcc;  // comma-separated, as typed
    QString replyTo;      // comma-separated, or empty
    QByteArray dsnNotify, dsnRet;  // delivery receipts asked for (RFC 3461), kept for every retry
    QString subject;
    QString body;
    QStringList attachments;        // file paths: the originals (outbox), or the draft's own copies
    QStringList attachmentSources;  // drafts: where each copy came from (same order as attachments)
    // Formatted text (issue 13): the HTML alternative of body and the images it shows, how the composer
    // edits it ("plain", "formatted" or "markdown"; body is then the Markdown), and the per-message choices.
    QString html;
    QList<smtp::InlineImage> inlineImages;
    QString textFormat;
    smtp::Priority priority = smtp::Priority::Normal;
    bool readReceipt = false;
    QDateTime created;  // set by the store on first save
    QDateTime updated;  // set by the store on every save

    // Outbox. The message itself is outbox/<id>.eml, built once at enqueue exactly as it goes on the wire
    // (Date and Message-ID included, Bcc excluded), so every attempt sends the same bytes.
    int attempts = 0;
    int maxAttempts = 8;  // automatic attempts before a passing failure becomes Failed
    QDateTime lastAttempt;
    QDateTime dueAt;         // the next attempt (send later, undo delay, retry); null: as soon as possible
    QByteArray messageId;    // fixed at enqueue and reused, so a resend is recognisably the same
    QString envelopeFrom;    // MAIL FROM, as a mailbox
    QStringList envelopeTo;  // RCPT TO still to do: every recipient, or the refused ones when partly sent
    // envelopeFrom and envelopeTo as the session takes them; an address that no longer parses is left out
    // (a null sender or no recipient then: the caller refuses the item).
    smtp::Envelope envelope() const;
    bool smtpUtf8 = false;  // the stored message needs SMTPUTF8 (RFC 6531)
    qint64 emlSize = -1;    // size of the stored message, checked before sending
    qint64 sendingPid =
        0;  // the process that marked it Sending (to tell a live send from an interrupted one)
    QString failureReason;  // one sentence: what happened (Outcome::summary)
    QString failureAdvice;  // what to do next (Outcome::advice)
    QString failureReply;   // the server's reply that decided it, if any
    std::optional<smtp::Outcome::Category> failureCategory;

    // Sent (and PartlySent in the outbox: recipients then holds the refused ones with their replies)
    QDateTime sentAt;
    std::optional<smtp::Outcome::Category> outcomeCategory;  // Sent or PartlySent
    QString outcomeSummary;
    QList<RecipientRecord> recipients;
    // sent/: the outbox item a partial delivery came from; outbox/: the Sent copy of a partial delivery.
    QString relatedId;
    // A mail merge's message (store/mergejob.h): which merge and which row of its CSV (1 = the first row
    // after the header), kept through the outbox and Sent so that a merge run again sends only the rest.
    QString mergeId;
    int mergeRow = 0;

    // The smtp::Message this item describes (From, To, Cc, Bcc parsed; attachments by path). Returns false
    // with *error saying which field is wrong.
    bool toMessage(smtp::Message *message, QString *error) const;
};

// The JSON form of an item, as the folders keep it (also for templates, see templates.h).
QJsonObject mailItemToJson(const MailItem &item);
MailItem mailItemFromJson(const QJsonObject &object);

// Stable names used in the JSON files ("sent", "partly-sent", "temporary-failure", ...).
QString categoryKey(smtp::Outcome::Category category);
std::optional<smtp::Outcome::Category> categoryFromKey(const QString &key);
QString statusKey(MailItem::Status status);

// drafts/, outbox/ and sent/ under one folder (by default the application data folder). Every write goes
// through QSaveFile: a crash leaves the old file or the new one, never half of one. A sent item is written
// as <id>.eml first and <id>.json last, and only then removed from the outbox, so a listed item is always
// complete (an item found in both places is taken as sent).
class MailStore : public QObject
{
    Q_OBJECT
public:
    enum class Folder
    {
        Drafts,
        Outbox,
        Sent
    };
    Q_ENUM(Folder)

    // QStandardPaths::writableLocation(AppDataLocation), worked out now.
    explicit MailStore(QObject *parent = nullptr);
    explicit MailStore(const QString &root, QObject *parent = nullptr);
    static QString defaultRoot();
    QString root() const { return m_root; }
    QString folderPath(Folder folder) const;

    // Drafts. saveDraft with an empty id creates a new draft; with the id of a draft, replaces it.
    // Returns the id, or an empty string with *error set. Each attachment is copied once into
    // drafts/<id>.files/ (and the copy reused while the original is unchanged), so a draft restored after
    // the original was moved or deleted still has it; removeDraft removes the copies.
    QString saveDraft(const MailItem &item, QString *error = nullptr);
    std::optional<MailItem> loadDraft(const QString &id) const;
    QList<MailItem> drafts() const;  // newest first
    bool removeDraft(const QString &id, QString *error = nullptr);

    // Outbox. enqueue builds the message once, streaming attachments from disk into outbox/<id>.eml
    // (QSaveFile: temp + rename), then writes the item (status Queued, due at dueAt or at once), and
    // returns its id (a new one; remove the draft after enqueuing it). A message that cannot be built (bad
    // address, unreadable attachment) is refused with *error saying why, and nothing is written.
    QString enqueue(const MailItem &item, QString *error = nullptr);
    QString enqueue(const MailItem &item, const QDateTime &dueAt, QString *error);
    std::optional<MailItem> loadOutbox(const QString &id) const;
    QList<MailItem> outbox() const;  // oldest first
    QString outboxEmlPath(const QString &id) const;
    QString lockPath(const QString &id) const;  // the per-item lock (ItemLock) of outbox/<id>
    // Older outbox items (format 1) have no stored message: builds it now, from the item's fields.
    bool buildStoredMessage(const QString &id, QString *error = nullptr);
    // An attempt starts: status Sending, attempts + 1. Call with the item's lock held.
    bool markSending(const QString &id, QString *error = nullptr);
    bool markFailed(const QString &id, const QString &reason, smtp::Outcome::Category category,
                    QString *error = nullptr);
    // Failed for good, with advice and server reply from the outcome (never retried automatically).
    bool markFailed(const QString &id, const smtp::Outcome &outcome, QString *error = nullptr);
    // The end of an attempt that did not deliver: Waiting with the next try from RetryPolicy when the cause
    // passes (4xx, connection, timeout) and attempts remain, otherwise Failed.
    bool recordFailure(const QString &id, const smtp::Outcome &outcome, const QDateTime &now,
                       QString *error = nullptr);
    // Back to Queued (to try again, at dueAt or at once), a fresh series of attempts; the last failure is
    // kept for reference.
    bool requeue(const QString &id, QString *error = nullptr);
    bool requeue(const QString &id, const QDateTime &dueAt, QString *error);
    // Refuses (false, *error) while another process or Submission holds the item's lock.
    bool removeFromOutbox(const QString &id, QString *error = nullptr);
    // Items left Sending by a process that died mid-send (their lock is free) become Failed with
    // MayHaveBeenDelivered; leftovers of an interrupted enqueue are removed. Safe while other Stamp
    // processes run: items they hold locked are left alone. Returns how many items were changed.
    int recoverInterrupted();
    // Delivered to some recipients only: the delivered copy goes to Sent (a new id, relatedId = id), the
    // outbox item keeps the refused recipients (envelope and replies), status PartlySent.
    bool markPartlySent(const QString &id, const smtp::Outcome &outcome, QString *error = nullptr);
    // "Edit recipients" of a partly sent message (store/correctrecipients.cpp): the envelope still to do
    // becomes these mailboxes (each checked with smtp::parseMailbox; a wrong one refuses the whole change
    // with *error naming it). Recipients kept unchanged keep their last reply. Refused while the item is
    // being sent. The stored message (outbox/<id>.eml) is not touched: see the .cpp for why.
    bool correctRecipients(const QString &id, const QStringList &mailboxes, QString *error = nullptr);

    // Sent. Writes sent/<id>.eml (the bytes as sent, never with Bcc) and sent/<id>.json, then removes the
    // outbox item. Without emlBytes, the stored outbox/<id>.eml becomes the Sent copy.
    bool moveToSent(const QString &id, const smtp::Outcome &outcome, const QByteArray &emlBytes,
                    QString *error = nullptr);
    // The same, when sent/<id>.eml was already written completely (streamed while sending).
    bool moveToSent(const QString &id, const smtp::Outcome &outcome, QString *error = nullptr);
    std::optional<MailItem> loadSent(const QString &id) const;
    QString sentEmlPath(const QString &id) const;
    QList<MailItem> sent() const;  // newest first
    bool removeSent(const QString &id, QString *error = nullptr);

Q_SIGNALS:
    // Emitted after this object changed a folder.
    void changed(store::MailStore::Folder folder, const QString &id);

private:
    QString m_root;
    QString itemPath(Folder folder, const QString &id) const;
    std::optional<MailItem> load(Folder folder, const QString &id) const;
    QList<MailItem> list(Folder folder) const;
    bool write(Folder folder, const MailItem &item, QString *error);
    bool writeStoredMessage(MailItem &item, QString *error);
    QString draftFilesPath(const QString &id) const;
    void copyDraftAttachments(MailItem &item, const std::optional<MailItem> &old);
    bool copyStoredMessage(const QString &id, const QString &target, QString *error);
    bool update(const QString &id, const std::function<void(MailItem &)> &change, QString *error);
};

}  // namespace store

Q_DECLARE_METATYPE(store::MailItem)
