#pragma once

#include "mailstore.h"
#include "sendcontroller.h"

#include <QPointer>

#include <QWidget>

class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ui {

// The messages not yet sent: the outbox (waiting, being sent, waiting for a retry with the next try and the
// attempt count, partly sent, or failed with the reason) and the drafts. Opening one hands it to a
// composer to edit; "Send again" and "Send all" go through the shared SendController, as the queue's own
// retries do.
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        SubjectColumn,
        ToColumn,
        StatusColumn,
        ReasonColumn,
        DateColumn,
        NextTryColumn,
        AttemptsColumn,
    };
    explicit OutboxView(store::MailStore *store, QWidget *parent = nullptr);

    QTreeWidget *outboxList() const { return m_outbox; }
    QTreeWidget *draftList() const { return m_drafts; }
    void refresh();
    // Enables Send again and Send all; without it the view only opens and deletes.
    void setController(store::SendController *controller);
    QPushButton *sendAgainButton() const { return m_sendAgain; }
    QPushButton *sendAllButton() const { return m_sendAll; }
    // Partly sent: corrects the recipients still to do (EditRecipientsDialog), then "Send to these
    // recipients again" (the Send again button, so named for a partly sent message) sends to the new ones.
    QPushButton *editRecipientsButton() const { return m_editRecipients; }
    void editRecipientsCurrent();
    // Shows the outbox tab and selects this item.
    void showItem(const QString &id);

    static QString statusText(const store::MailItem &item);

Q_SIGNALS:
    void openRequested(store::MailStore::Folder folder, const QString &id);

private:
    void openCurrent();
    void deleteCurrent();
    void sendAgainCurrent();
    void sendAll();
    void updateButtons();
    QTreeWidget *currentList() const;

    store::MailStore *m_store;
    QTabWidget *m_tabs;
    QTreeWidget *m_outbox, *m_drafts;
    QPushButton *m_open, *m_delete, *m_sendAgain, *m_sendAll, *m_editRecipients;
    QPointer<store::SendController> m_controller;
};

}  // namespace ui
