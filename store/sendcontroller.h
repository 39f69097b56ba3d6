#pragma once

#include "account.h"
#include "mailstore.h"
#include "outboxqueue.h"
#include "submission.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <functional>
#include <optional>

namespace store {

// The send workflow without a widget, driven alike by the window, the outbox view and `stamp outbox send`
// (the way Trojitá's Composer::Submission is): validation, enqueue (with a due time for send later and undo
// send), the connection options and password (through an OptionsProvider: the keychain and a prompt in the
// window, the keychain or stdin on the command line), one Submission per item, progress, capabilities,
// pinning a certificate and trying again. Items due in the OutboxQueue are started while automatic is on.
class SendController : public QObject
{
    Q_OBJECT
public:
    // Answers once with the options to send this item with, or with nullopt and the outcome to record
    // (no password given, an account that no longer exists). May answer later from the event loop.
    using OptionsDone =
        std::function<void(const std::optional<smtp::SessionOptions> &options, const smtp::Outcome &failure)>;
    using OptionsProvider = std::function<void(const MailItem &item, QObject *context, OptionsDone done)>;

    SendController(MailStore *store, smtp::Clock *clock = nullptr, QObject *parent = nullptr);
    ~SendController() override;

    void setOptionsProvider(OptionsProvider provider) { m_provider = std::move(provider); }
    // Asks the OptionsProvider for the options to send this item with (the mail merge's BatchSubmission
    // sends its rows itself and needs the account's options and password the same way).
    void obtainOptions(const MailItem &item, QObject *context, OptionsDone done);
    // Items another sender in this process is about to send (a mail merge): the queue leaves them alone
    // while held back, and a held item is not started by sendAll().
    void holdBack(const QStringList &ids, bool hold);
    // Asked when an attempt ends, before anyone is told: true starts the same item once more at once (an
    // OAuth token the server refused, renewed). The hook must say yes only a bounded number of times.
    using RetryHook = std::function<bool(const MailItem &item, const smtp::Outcome &outcome)>;
    void setRetryHook(RetryHook hook) { m_retry = std::move(hook); }
    // For pinCertificate(); may stay null.
    void setAccounts(AccountStore *accounts) { m_accounts = accounts; }
    MailStore *store() const { return m_store; }
    OutboxQueue *queue() const { return m_queue; }
    smtp::Clock *clock() const { return m_clock; }

    // One sentence about what keeps this message from being sent (bad address, no recipient, unreadable
    // attachment), or empty.
    static QString validate(const MailItem &item);

    // Puts the message in the outbox and sends it now (finished() always follows later, from the event loop),
    // or at dueAt (send later), or after delayMs (undo send: undo() takes it back until then). Returns the
    // outbox id, or empty with *error.
    QString submit(const MailItem &item, QString *error = nullptr);
    QString submitAt(const MailItem &item, const QDateTime &dueAt, QString *error = nullptr);
    QString submitWithDelay(const MailItem &item, qint64 delayMs, QString *error = nullptr);
    // The same, with the message built and written to the outbox on a worker thread: attachments are
    // streamed from disk there (a 250 MB file neither freezes the window nor is held in memory). done is
    // called on this thread once the message is in the outbox (or with the error), before its attempt is
    // started; not called when context is gone by then (the message is still sent). dueAt: send later;
    // delayMs (undo send) counts from the moment the message is in the outbox, so a long copy never uses
    // up the time to undo.
    using Submitted = std::function<void(const QString &id, const QString &error)>;
    void submitInBackground(const MailItem &item, const QDateTime &dueAt, qint64 delayMs, QObject *context,
                            Submitted done);
    // Messages still being written to the outbox by submitInBackground.
    int enqueuing() const { return int(m_enqueuing.size()); }
    // Takes a message back before its first attempt started: removed from the outbox and returned, to be
    // edited again. nullopt when it is already being sent (or gone).
    std::optional<MailItem> undo(const QString &id);

    // "Send again": a fresh series of attempts, now. False with *error if it is being sent (here or by
    // another process) or not in the outbox.
    bool sendNow(const QString &id, QString *error = nullptr);
    // "Send all": sendNow for every outbox item not being sent. Returns how many were started.
    int sendAll();
    // Stops an attempt (or the wait for its password); finished() follows.
    void cancel(const QString &id);
    void cancelAll();
    // Trusts this certificate for the item's account (pinned) and tries the item again.
    bool pinCertificate(const QString &id, const QByteArray &fingerprint, QString *error = nullptr);

    // Start due items by themselves (the window); off by default (the command line sends what it is told).
    void setAutomatic(bool automatic);
    bool isAutomatic() const { return m_queue->isRunning(); }

    bool isBusy(const QString &id) const { return m_active.contains(id); }
    QStringList activeItems() const { return m_active.keys(); }
    Submission *submission(const QString &id) const;

Q_SIGNALS:
    void started(const QString &id);
    void statusText(const QString &id, const QString &text);  // "Connecting to smtp.example.org…"
    void transcript(const QString &id, const smtp::TranscriptEvent &event);
    // The attempt's TLS report (Submission::tlsReport); its stage timings come with finished()'s outcome.
    void tlsReport(const QString &id, const smtp::TlsReport &report);
    void progress(const QString &id, qint64 sent, qint64 total);
    void capabilitiesKnown(const QString &id, const QString &account, const smtp::Capabilities &caps);
    // The item is in Sent, or back in the outbox with the reason (Waiting, Failed, PartlySent), when this is
    // emitted. busy: another process held it, nothing was done.
    void finished(const QString &id, const smtp::Outcome &outcome, bool busy);
    void idle();  // nothing is being sent any more

private:
    void startItem(const QString &id);
    void startSubmission(const QString &id, const smtp::SessionOptions &options, const QString &account);
    void finishItem(const QString &id, const smtp::Outcome &outcome, bool busy);
    void failWithoutSending(const QString &id, const smtp::Outcome &outcome);

    struct Active
    {
        QPointer<Submission> submission;  // null while the options are being obtained
        QObject *context = nullptr;       // cancels a late OptionsProvider answer when deleted
    };
    QPointer<MailStore> m_store;
    smtp::Clock *m_clock;
    OutboxQueue *m_queue;
    QPointer<AccountStore> m_accounts;
    OptionsProvider m_provider;
    RetryHook m_retry;
    QHash<QString, Active> m_active;
    QSet<QString> m_heldBack;
    QList<QThread *> m_enqueuing;
};

}  // namespace store
