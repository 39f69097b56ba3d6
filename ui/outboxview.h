#pragma once

#include "mailstore.h"

#include <QWidget>

class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ui {

// The messages not yet sent: the outbox (waiting, being sent, or failed with the reason) and the drafts.
// Opening one hands it to a composer to edit and send again.
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
        DateColumn
    };
    explicit OutboxView(store::MailStore *store, QWidget *parent = nullptr);

    QTreeWidget *outboxList() const { return m_outbox; }
    QTreeWidget *draftList() const { return m_drafts; }
    void refresh();
    // Shows the outbox tab and selects this item.
    void showItem(const QString &id);

    static QString statusText(const store::MailItem &item);

Q_SIGNALS:
    void openRequested(store::MailStore::Folder folder, const QString &id);

private:
    void openCurrent();
    void deleteCurrent();
    QTreeWidget *currentList() const;

    store::MailStore *m_store;
    QTabWidget *m_tabs;
    QTreeWidget *m_outbox, *m_drafts;
    QPushButton *m_open, *m_delete;
};

}  // namespace ui
