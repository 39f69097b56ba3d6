#pragma once

#include "account.h"
#include "advice.h"
#include "mailstore.h"
#include "outcome.h"
#include "richeditor.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace store {
class DraftStaging;
}

namespace ui {

class AccountsDialog;
class AppContext;
class AttachmentList;
class LogPane;
class OutboxView;
class RecipientField;
class ResultPanel;
class SentView;
struct MailtoFields;

// The message body: plain text with undo. Files dropped or pasted onto it become attachments instead of
// their path being typed into the text.
class BodyEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

// One message being written, then sent. Send hands it to the shared store::SendController (outbox first,
// then a Submission); the window only listens to its signals (progress, transcript, outcome), so it never
// waits on the network and stays usable while the message goes out. Drafts are saved shortly after each
// change, so a crash loses at most a second or two of typing.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 1000;
    static constexpr int AutosaveMaxDelayMs = 10'000;  // typing without a pause still gets saved this often

    explicit ComposerWindow(AppContext *app, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // Filling the window.
    void applyMailto(const MailtoFields &fields);
    bool loadDraft(const QString &id);
    bool loadOutboxItem(const QString &id);
    // A new message with the recipients, subject, text and attachments of a sent one ("Edit as new").
    bool loadSentAsNew(const QString &id);
    // Loads the newest draft, if any (after a crash, or a draft kept when Stamp was closed).
    bool restoreLatestDraft();
    void selectAccount(const QString &name);

    // State.
    bool hasContent() const;
    bool isSending() const { return m_sending; }
    // Changed since the draft was last saved.
    bool isDirty() const { return m_dirty; }
    QString draftId() const { return m_draftId; }
    QString outboxId() const { return m_outboxId; }
    std::optional<store::Account> currentAccount() const;
    // The fields as a message record (what a draft or the outbox gets).
    store::MailItem currentItem() const;
    // Tools > Mail Merge…, with this message as the template (shown again if already open).
    class MergeDialog *openMailMerge();
    // About how large the message will be on the wire: base64 makes attachments a third larger.
    qint64 estimatedSize() const;

    // Actions (also in the menus, with shortcuts).
    void send();
    // Send later: into the outbox now, sent by the queue at `when`; Undo (in the status bar) takes it back.
    void sendLater(const QDateTime &when);
    void chooseSendLater();
    void undoScheduled();
    // Undo send: Send waits this long before the first attempt (0, the default: at once).
    void setUndoSendDelay(qint64 ms) { m_undoDelayMs = ms; }
    void cancelSend();
    bool saveDraftNow();
    void attachFiles(const QStringList &paths);
    void chooseAttachments();
    AccountsDialog *openAccounts();
    ComposerWindow *newWindow();
    void openItem(store::MailStore::Folder folder, const QString &id);
    // Opens a new message from a sent one, here when this window is empty, else in a new window.
    ComposerWindow *editSentAsNew(const QString &id);
    // What the result panel's buttons do.
    void onAdviceAction(ui::AdviceAction action);
    // Delivery status notifications asked for with this message (RFC 3461; sent only when the server
    // offers DSN), as `stamp send --dsn-notify/--dsn-ret` has them.
    smtp::DsnOptions dsnOptions() const;
    void setDsnOptions(const smtp::DsnOptions &dsn);
    AdviceContext adviceContext() const;

    // Parts, for tests and for the screenshot.
    AppContext *app() const { return m_app; }
    LogPane *logPane() const { return m_log; }
    ResultPanel *resultPanel() const { return m_result; }
    OutboxView *outboxView() const { return m_outbox; }
    SentView *sentView() const { return m_sentView; }
    QDockWidget *sentDock() const { return m_sentDock; }
    RecipientField *replyToField() const { return m_replyTo; }
    AttachmentList *attachmentList() const { return m_attachments; }
    QDockWidget *logDock() const { return m_logDock; }
    QDockWidget *outboxDock() const { return m_outboxDock; }
    class Spelling *spelling() const { return m_spelling; }

Q_SIGNALS:
    void sendFinished(const smtp::Outcome &outcome);
    void draftSaved(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

    // Before sending (issue 12, composerpreview.cpp): File > Preview and Copy as swaks Command.
    void showPreview();
    void copySwaksCommand();

private:
    void buildActions();
    void buildLayout();
    void reloadAccounts();
    void onAccountChanged();
    // The identity's signature at the end of the text: the plain one in plain text and Markdown, the
    // formatted one in formatted text. Swapped on a new identity or format only while the user left it as
    // it was.
    void applySignature(const store::Account *account);
    QTextDocument *signatureDocument() const;  // the editor that holds the text (and the signature) now
    bool takeSignatureOut();                   // false: the signature was edited, and stays
    void putSignatureIn(const store::Account *account);
    void signatureBeforeModeChange(RichEditor::Mode from, RichEditor::Mode to);
    void signatureAfterModeChange();
    void recogniseSignature();  // after loading a message: is the identity's signature at its end?
    void setFields(const store::MailItem &item);
    void clearMessage();
    void onEdited();
    void autosave();
    void updateAttachmentSummary();
    // A side panel (outbox, Sent): shown and brought to the front of the panels it shares a place with.
    void showDock(QDockWidget *dock);
    // The View menu's and toolbar's action for such a panel.
    QAction *frontDockAction(QDockWidget *dock);
    void updateTitle();
    void updateActions();
    void setSending(bool sending, const QString &status = {});
    void checkThenSend(const store::Account &account);
    void askSubjectThenSend(const store::Account &account);
    void enqueueAndSend(const store::Account &account);
    void onEnqueued(const QString &id, const store::MailItem &item, const QDateTime &dueAt, bool undoable,
                    const QString &host);
    void connectController();
    void addPreviewActions(QMenu *menu);
    void validateAndSend();
    void updateOutboxCount();
    int pendingInOutbox() const;  // queued, waiting for a retry, or being sent here
    void onSendFinished(const smtp::Outcome &outcome);
    void onOutboxSentIt(const smtp::Outcome &outcome);
    void offerCertificate(const QString &id, const store::Account &account, const smtp::Outcome &outcome);
    void forceClose();
    static ComposerWindow *windowShowing(const QString &id);

    AppContext *m_app;
    QComboBox *m_from;
    RecipientField *m_to, *m_cc, *m_bcc, *m_replyTo;
    QWidget *m_replyToLabel;
    QLineEdit *m_subject;
    BodyEdit *m_body;
    class RichEditor *m_rich;    // plain, formatted or Markdown around m_body (richeditor.h)
    class Spelling *m_spelling;  // underlines, suggestions, Options › Spelling (spelling.h)
    AttachmentList *m_attachments;
    QWidget *m_attachmentPane;
    QLabel *m_attachmentSummary;
    QWidget *m_sendingBar;
    QLabel *m_sendingLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    ResultPanel *m_result;
    LogPane *m_log;
    OutboxView *m_outbox;
    SentView *m_sentView;
    QDockWidget *m_logDock, *m_outboxDock, *m_sentDock;
    QWidget *m_editor;  // everything that is locked while sending
    QLabel *m_serverLabel;
    QToolButton *m_outboxCount;
    QToolButton *m_undoButton;
    QDateTime m_dueAt;      // set by sendLater until the message is queued
    QString m_scheduledId;  // the last message sent later (or in its undo delay) from this window, for Undo
    qint64 m_undoDelayMs = 0;
    bool m_enqueuing = false;                  // the message is being written to the outbox (worker thread)
    bool m_cancelWhenEnqueued = false;         // Stop pressed meanwhile: take it back once it is written
    store::DraftStaging *m_staging = nullptr;  // draft copies of large attachments, made off the GUI thread

    QAction *m_sendAction, *m_cancelAction, *m_attachAction, *m_saveAction, *m_accountsAction;
    QAction *m_priorityHigh, *m_priorityLow, *m_readReceipt;
    QAction *m_replyToAction, *m_dsnSuccess, *m_dsnFailure, *m_dsnDelay, *m_dsnRetFull, *m_dsnRetHeaders;

    QPointer<AccountsDialog> m_accountsDialog;
    QString m_draftId;
    QString m_outboxId;  // the outbox item this window sends (or last tried to)
    QString m_sendingSubject;
    // The signature as inserted at the end of the text (its characters in signatureDocument()), to swap it
    // on a new identity or format, and what it was made from.
    QString m_signatureBlock;
    QString m_signatureKey;
    bool m_signatureMoves = false;
    bool m_signatureTheirs = false;  // edited, then the format changed: no signature is swapped in any more
                                     // // taken out before a format change, to be put back in the new form
    QString m_previousAccount;
    // The recipients of the message being sent, added to the address book when the server accepts them.
    QList<smtp::Mailbox> m_sentRecipients;
    QTimer m_autosave;
    QElapsedTimer m_dirtySince;
    bool m_dirty = false;  // changed since the last draft save
    bool m_contentInOutbox =
        false;  // what the fields show is exactly the outbox item: nothing to lose on close
    bool m_loading = false;
    bool m_resultIsAboutEditor = false;  // the result panel shows what became of the text in the editor
    bool m_sending = false;
    bool m_closeWhenDone = false;
    bool m_forceClose = false;
    bool m_quitConfirmed = false;
};

}  // namespace ui
