#pragma once

#include "contacts.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ui {

class AppContext;

// Tools → Contacts… (issue 13): the address book as a list of contacts and groups, searchable by name or
// address, with Add Contact, Add Group, Edit, Delete, Import vCard and Export vCard. Changes go straight to
// the store (store::ContactStore), which the recipient fields complete from; a change by another process
// shows.
class ContactsDialog : public QDialog
{
    Q_OBJECT
public:
    ContactsDialog(AppContext *app, QWidget *parent = nullptr);
    // The window's one Contacts dialog, shown and raised.
    static ContactsDialog *showFor(AppContext *app, QWidget *window);

    QTreeWidget *list() const { return m_list; }
    // What the buttons do after their file dialog (for tests): a sentence for the user, or *error.
    bool importFile(const QString &path, QString *message);
    bool exportFile(const QString &path, QString *message);
    void refresh();

private:
    void addContact();
    void addGroup();
    void editSelected();
    void deleteSelected();
    void importVCard();
    void exportVCard();
    void filter();
    // Edits a contact (empty id: a new one) or a group (empty name: a new one) in a small form.
    void editContact(const store::Contact &contact);
    void editGroup(const store::ContactGroup &group);

    AppContext *m_app;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

}  // namespace ui
