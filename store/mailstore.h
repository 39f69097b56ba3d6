#pragma once

#include "message.h"
#include "outcome.h"

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
        Draft,    // in drafts/
        Queued,   // in outbox/, waiting to be sent
        Sending,  // in outbox/, a Submission is running (or Stamp stopped while it was)
        Failed,   // in outbox/, the last attempt failed: see failure*
        Sent,     // in sent/, with the .eml as it went out
    };

    QString id;  // assigned by the store; also the file name
    Status status = Status::Draft;
    QString account;      // name of the account it is sent from
    QString from;         // From mailbox text ("Ann <ann@example.com>"), taken from the account when queued
    QString to, cc, bcc;  // comma-separated, as typed
    QString replyTo;      // comma-separated, or empty
    QString subject;
    QString body;
    QStringList attachments;  // file paths, read when sent
    // Formatted text (issue 13): the HTML alternative of body and the images it shows, how the composer
    // edits it ("plain", "formatted" or "markdown"; body is then the Markdown), and the per-message choices.
    QString html;
    QList<smtp::InlineImage> inlineImages;
    QString textFormat;
    smtp::Priority priority = smtp::Priority::Normal;
    bool readReceipt = false;
    QDateTime created;  // set by the store on first save
    QDateTime updated;  // set by the store on every save

    // Outbox
    int attempts = 0;
    QDateTime lastAttempt;
    QByteArray messageId;  // fixed at the first attempt and reused, so a resend is recognisably the same
    qint64 sendingPid =
        0;  // the process that marked it Sending (to tell a live send from an interrupted one)
    QString failureReason;  // one sentence: what happened (Outcome::summary)
    QString failureAdvice;  // what to do next (Outcome::advice)
    QString failureReply;   // the server's reply that decided it, if any
    std::optional<smtp::Outcome::Category> failureCategory;

    // Sent
    QDateTime sentAt;
    std::optional<smtp::Outcome::Category> outcomeCategory;  // Sent or PartlySent
    QString outcomeSummary;
    QList<RecipientRecord> recipients;

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
    // Returns the id, or an empty string with *error set.
    QString saveDraft(const MailItem &item, QString *error = nullptr);
    std::optional<MailItem> loadDraft(const QString &id) const;
    QList<MailItem> drafts() const;  // newest first
    bool removeDraft(const QString &id, QString *error = nullptr);

    // Outbox. enqueue writes the item (status Queued) before anything is sent and returns its id (a new one;
    // a draft's id is not reused: remove the draft after enqueuing it).
    QString enqueue(const MailItem &item, QString *error = nullptr);
    std::optional<MailItem> loadOutbox(const QString &id) const;
    QList<MailItem> outbox() const;  // oldest first
    // An attempt starts: status Sending, attempts + 1, messageId fixed if not yet.
    bool markSending(const QString &id, const QByteArray &messageId, QString *error = nullptr);
    bool markFailed(const QString &id, const QString &reason, smtp::Outcome::Category category,
                    QString *error = nullptr);
    // The same, with advice and server reply from the outcome.
    bool markFailed(const QString &id, const smtp::Outcome &outcome, QString *error = nullptr);
    // Back to Queued (to try again), keeping the last failure for reference.
    bool requeue(const QString &id, QString *error = nullptr);
    bool removeFromOutbox(const QString &id, QString *error = nullptr);
    // Items left Sending by a process that stopped mid-send become Failed with MayHaveBeenDelivered. Only
    // call it when no Submission of this store can be running (at start-up). Returns how many were changed.
    int recoverInterrupted();

    // Sent. Writes sent/<id>.eml (the bytes as sent, never with Bcc) and sent/<id>.json, then removes the
    // outbox item.
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
    bool update(const QString &id, const std::function<void(MailItem &)> &change, QString *error);
};

}  // namespace store

Q_DECLARE_METATYPE(store::MailItem)
