#include "contactsdialog.h"

#include "appcontext.h"
#include "util.h"
#include "vcard.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

enum Column
{
    NameColumn,
    AddressColumn,
    KindColumn
};
constexpr int IdRole = Qt::UserRole + 1;     // a contact's id
constexpr int GroupRole = Qt::UserRole + 2;  // a group's name

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

// The small form behind Add and Edit: fields, OK and Cancel; OK asks save() and stays open on an error.
class EditForm : public QDialog
{
public:
    EditForm(const QString &title, const QString &objectName, QWidget *parent) : QDialog(parent)
    {
        setObjectName(objectName);
        setWindowTitle(title);
        setAttribute(Qt::WA_DeleteOnClose);
        m_form = new QFormLayout;
        m_error = new QLabel(this);
        m_error->setObjectName(QStringLiteral("contactFormError"));
        m_error->setAccessibleName(
            QCoreApplication::translate("ui::ContactsDialog", "Problem with the entry"));
        m_error->setWordWrap(true);
        m_error->hide();
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)
            ->setAccessibleName(QCoreApplication::translate("ui::ContactsDialog", "Save"));
        buttons->button(QDialogButtonBox::Cancel)
            ->setAccessibleName(QCoreApplication::translate("ui::ContactsDialog", "Cancel"));
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            QString error;
            if (save && save(&error)) {
                accept();
                return;
            }
            m_error->setText(error);
            m_error->show();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(m_form);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
    }
    QLineEdit *addLine(const QString &label, const QString &name, const QString &accessible,
                       const QString &description, const QString &text)
    {
        auto *e = new QLineEdit(text, this);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        e->setAccessibleDescription(description);
        m_form->addRow(label, e);
        qobject_cast<QLabel *>(m_form->labelForField(e))->setBuddy(e);
        return e;
    }
    QPlainTextEdit *addLines(const QString &label, const QString &name, const QString &accessible,
                             const QStringList &text)
    {
        auto *e = new QPlainTextEdit(text.join(QLatin1Char('\n')), this);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        e->setAccessibleDescription(QCoreApplication::translate(
            "ui::ContactsDialog", "One per line, or several separated by commas"));
        e->setPlaceholderText(e->accessibleDescription());
        e->setTabChangesFocus(true);
        m_form->addRow(label, e);
        qobject_cast<QLabel *>(m_form->labelForField(e))->setBuddy(e);
        return e;
    }
    QFormLayout *form() const { return m_form; }
    std::function<bool(QString *)> save;

private:
    QFormLayout *m_form;
    QLabel *m_error;
};

}  // namespace

ContactsDialog::ContactsDialog(AppContext *app, QWidget *parent)
    : QDialog(parent), m_app(app), m_search(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("contactsDialog"));
    setWindowTitle(tr("Contacts"));
    m_search->setObjectName(QStringLiteral("contactsSearch"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setAccessibleDescription(
        tr("Shows the contacts and groups whose name or address contains this"));
    m_search->setPlaceholderText(tr("Search by name or address"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_list->setObjectName(QStringLiteral("contactsList"));
    m_list->setAccessibleName(tr("Contacts and groups"));
    m_list->setAccessibleDescription(tr("Enter edits the selected entry, Delete removes it"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Addresses or members"), tr("Kind")});
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);

    auto button = [this](const QString &text, const QString &name, const QString &accessible,
                         const QString &description) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        b->setAccessibleDescription(description);
        b->setAutoDefault(false);
        return b;
    };
    QPushButton *addContact = button(tr("Add &Contact…"), QStringLiteral("addContactButton"),
                                     tr("Add a contact"), tr("A name and one or more addresses"));
    QPushButton *addGroup = button(tr("Add &Group…"), QStringLiteral("addGroupButton"), tr("Add a group"),
                                   tr("A name and the addresses of its members"));
    m_edit = button(tr("&Edit…"), QStringLiteral("editContactButton"),
                    tr("Edit the selected contact or group"), tr("Also Enter in the list"));
    m_delete = button(tr("&Delete"), QStringLiteral("deleteContactButton"),
                      tr("Delete the selected contact or group"), tr("Also the Delete key in the list"));
    QPushButton *importButton = button(
        tr("&Import vCard…"), QStringLiteral("importVCardButton"), tr("Import contacts from a vCard file"),
        tr("vCard 3.0 or 4.0, as Thunderbird, Evolution, Google and others export it"));
    QPushButton *exportButton =
        button(tr("E&xport vCard…"), QStringLiteral("exportVCardButton"),
               tr("Export the address book as a vCard file"), tr("vCard 4.0, contacts and groups"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the contacts"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {addContact, addGroup, m_edit, m_delete})
        side->addWidget(b);
    side->addSpacing(12);
    side->addWidget(importButton);
    side->addWidget(exportButton);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle);
    layout->addWidget(close);
    resize(720, 460);

    connect(m_search, &QLineEdit::textChanged, this, &ContactsDialog::filter);
    connect(addContact, &QPushButton::clicked, this, &ContactsDialog::addContact);
    connect(addGroup, &QPushButton::clicked, this, &ContactsDialog::addGroup);
    connect(m_edit, &QPushButton::clicked, this, &ContactsDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ContactsDialog::deleteSelected);
    connect(importButton, &QPushButton::clicked, this, &ContactsDialog::importVCard);
    connect(exportButton, &QPushButton::clicked, this, &ContactsDialog::exportVCard);
    connect(m_list, &QTreeWidget::itemActivated, this, &ContactsDialog::editSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_list->selectedItems().isEmpty();
        m_edit->setEnabled(any);
        m_delete->setEnabled(any);
    });
    auto *del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(del);
    connect(del, &QAction::triggered, this, &ContactsDialog::deleteSelected);
    connect(app->contacts(), &store::ContactStore::changed, this, &ContactsDialog::refresh);
    refresh();
}

ContactsDialog *ContactsDialog::showFor(AppContext *app, QWidget *window)
{
    auto *d =
        window->findChild<ContactsDialog *>(QStringLiteral("contactsDialog"), Qt::FindDirectChildrenOnly);
    if (!d) {
        d = new ContactsDialog(app, window);
        d->setAttribute(Qt::WA_DeleteOnClose);
    }
    d->show();
    d->raise();
    d->activateWindow();
    return d;
}

void ContactsDialog::refresh()
{
    const store::ContactBook book = m_app->contacts()->book();
    m_list->setSortingEnabled(false);
    m_list->clear();
    for (const store::Contact &c : book.contacts) {
        auto *item =
            new QTreeWidgetItem(m_list, {c.name, c.addresses.join(QStringLiteral(", ")), tr("Contact")});
        item->setData(NameColumn, IdRole, c.id);
    }
    for (const store::ContactGroup &g : book.groups) {
        auto *item =
            new QTreeWidgetItem(m_list, {g.name, g.members.join(QStringLiteral(", ")),
                                         g.sendAsGroup ? tr("Group, sent as a named group") : tr("Group")});
        item->setData(NameColumn, GroupRole, g.name);
    }
    m_list->setSortingEnabled(true);
    if (!m_app->contacts()->lastError().isEmpty())
        m_list->setAccessibleDescription(m_app->contacts()->lastError());
    filter();
    m_edit->setEnabled(!m_list->selectedItems().isEmpty());
    m_delete->setEnabled(!m_list->selectedItems().isEmpty());
}

void ContactsDialog::filter()
{
    const QString text = m_search->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!text.isEmpty() && !item->text(NameColumn).contains(text, Qt::CaseInsensitive)
                        && !item->text(AddressColumn).contains(text, Qt::CaseInsensitive));
    }
}

void ContactsDialog::addContact()
{
    editContact({});
}

void ContactsDialog::addGroup()
{
    editGroup({});
}

void ContactsDialog::editSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = selected.first()->data(NameColumn, IdRole).toString();
    const QString group = selected.first()->data(NameColumn, GroupRole).toString();
    if (!group.isEmpty()) {
        if (const std::optional<store::ContactGroup> g = m_app->contacts()->group(group))
            editGroup(*g);
        return;
    }
    for (const store::Contact &c : m_app->contacts()->contacts())
        if (c.id == id)
            editContact(c);
}

void ContactsDialog::editContact(const store::Contact &contact)
{
    auto *form = new EditForm(contact.id.isEmpty() ? tr("Add Contact") : tr("Edit Contact"),
                              QStringLiteral("contactForm"), this);
    QLineEdit *name = form->addLine(tr("&Name:"), QStringLiteral("contactName"), tr("Name"),
                                    tr("The name shown with the addresses, e.g. Ann Lee"), contact.name);
    QPlainTextEdit *addresses = form->addLines(tr("&Addresses:"), QStringLiteral("contactAddresses"),
                                               tr("Addresses, the first one preferred"), contact.addresses);
    form->save = [this, contact, name, addresses](QString *error) {
        store::Contact c = contact;
        c.name = name->text();
        c.addresses = lines(addresses);
        return !m_app->contacts()->saveContact(c, error).isEmpty();
    };
    form->open();
}

void ContactsDialog::editGroup(const store::ContactGroup &group)
{
    auto *form = new EditForm(group.name.isEmpty() ? tr("Add Group") : tr("Edit Group"),
                              QStringLiteral("groupForm"), this);
    QLineEdit *name = form->addLine(tr("&Name:"), QStringLiteral("groupName"), tr("Group name"),
                                    tr("What you type in To, Cc or Bcc to reach every member"), group.name);
    QPlainTextEdit *members = form->addLines(tr("&Members:"), QStringLiteral("groupMembers"),
                                             tr("Member addresses"), group.members);
    auto *asGroup = new QCheckBox(tr("&Send as a named group in To and Cc"), form);
    asGroup->setObjectName(QStringLiteral("groupSendAsGroup"));
    asGroup->setAccessibleName(tr("Send as a named group"));
    asGroup->setAccessibleDescription(
        tr("The header shows \"%1: member, member;\" and every member gets the message. Off: the group "
           "becomes its members. In Bcc a group is always only its members.")
            .arg(group.name.isEmpty() ? tr("Group") : group.name));
    asGroup->setChecked(group.sendAsGroup);
    form->form()->addRow(asGroup);
    const QString oldName = group.name;
    form->save = [this, oldName, name, members, asGroup](QString *error) {
        return m_app->contacts()->saveGroup({name->text(), lines(members), asGroup->isChecked()}, oldName,
                                            error);
    };
    form->open();
}

void ContactsDialog::deleteSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = selected.first()->data(NameColumn, IdRole).toString();
    const QString group = selected.first()->data(NameColumn, GroupRole).toString();
    QString error;
    const bool ok = group.isEmpty() ? m_app->contacts()->removeContact(id, &error)
                                    : m_app->contacts()->removeGroup(group, &error);
    if (!ok)
        tellUser(this, QStringLiteral("contactsProblem"), QMessageBox::Warning, tr("Contacts"), error);
}

bool ContactsDialog::importFile(const QString &path, QString *message)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *message = tr("%1 cannot be read: %2").arg(path, f.errorString());
        return false;
    }
    store::vcard::ReadResult r;
    QString error;
    if (!store::vcard::read(f.readAll(), &r, &error)) {
        *message = tr("Nothing was imported from %1. %2").arg(path, error);
        return false;
    }
    int added = 0, updated = 0;
    if (!m_app->contacts()->merge(r.book, &error, &added, &updated)) {
        *message = tr("Nothing was imported from %1. %2").arg(path, error);
        return false;
    }
    *message = tr("%n contact(s) added", nullptr, added) + QStringLiteral(", ")
               + tr("%n updated", nullptr, updated) + QStringLiteral(", ")
               + tr("%n group(s) read", nullptr, int(r.book.groups.size()));
    if (r.skipped > 0)
        *message += QStringLiteral(", ") + tr("%n card(s) without an address skipped", nullptr, r.skipped);
    *message += QLatin1Char('.');
    return true;
}

bool ContactsDialog::exportFile(const QString &path, QString *message)
{
    const store::ContactBook book = m_app->contacts()->book();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(store::vcard::write(book)) < 0 || !f.commit()) {
        *message = tr("%1 could not be written: %2").arg(path, f.errorString());
        return false;
    }
    *message = tr("%n contact(s) exported", nullptr, int(book.contacts.size())) + QStringLiteral(", ")
               + tr("%n group(s)", nullptr, int(book.groups.size())) + QLatin1Char('.');
    return true;
}

void ContactsDialog::importVCard()
{
    auto *d = new QFileDialog(this, tr("Import vCard"), QString(),
                              tr("vCard files (*.vcf *.vcard);;All files (*)"));
    d->setObjectName(QStringLiteral("importVCardDialog"));
    d->setFileMode(QFileDialog::ExistingFile);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString message;
        const bool ok = importFile(path, &message);
        tellUser(this, QStringLiteral("importVCardResult"),
                 ok ? QMessageBox::Information : QMessageBox::Warning, tr("Import vCard"), message);
    });
    d->open();
}

void ContactsDialog::exportVCard()
{
    auto *d = new QFileDialog(this, tr("Export vCard"), QStringLiteral("contacts.vcf"),
                              tr("vCard files (*.vcf *.vcard);;All files (*)"));
    d->setObjectName(QStringLiteral("exportVCardDialog"));
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setDefaultSuffix(QStringLiteral("vcf"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString message;
        const bool ok = exportFile(path, &message);
        tellUser(this, QStringLiteral("exportVCardResult"),
                 ok ? QMessageBox::Information : QMessageBox::Warning, tr("Export vCard"), message);
    });
    d->open();
}

}  // namespace ui
