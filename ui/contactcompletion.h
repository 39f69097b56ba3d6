#pragma once

#include "contacts.h"

#include <QStandardItemModel>

namespace ui {

// How a group goes into a recipient field: as the group is saved (Tools > Contacts: its members, or sent as a
// named group), or, for this once, the other way.
enum class GroupForm
{
    AsSaved,
    Members,
    NamedGroup,
};

// What the recipient fields complete from (issue 13): each address of each contact as "Ann Lee
// <ann@example.org>" (recently used first, then by name), matched on name or address, and each group, shown
// with its size and matched on its name, twice: as saved, and the other way for this message (FormRole).
// Follows the address book, also when another process changed it.
class ContactCompletionModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        MatchRole = Qt::UserRole + 1,  // what the typed text is looked for in
        GroupRole,                     // the group's name; empty for a contact
        FormRole,                      // a group's one-off GroupForm; none for the entry as saved
    };
    explicit ContactCompletionModel(store::ContactStore *contacts, QObject *parent = nullptr);
    void refresh();

private:
    store::ContactStore *m_contacts;
};

// The text a group becomes in a recipient field: RFC 5322 group syntax ("Team: Ann Lee <ann@example.org>,
// bob@example.org;") when the group is sent as a group and the field allows it (To, Cc), else its members
// ("Ann Lee <ann@example.org>, bob@example.org"). Empty when there is no such group or it has no members.
QString groupFieldText(const store::ContactStore &contacts, const QString &groupName, bool groupSyntaxAllowed,
                       GroupForm form = GroupForm::AsSaved);

}  // namespace ui
