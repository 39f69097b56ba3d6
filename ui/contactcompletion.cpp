#include "contactcompletion.h"

#include <algorithm>

namespace ui {

ContactCompletionModel::ContactCompletionModel(store::ContactStore *contacts, QObject *parent)
    : QStandardItemModel(parent), m_contacts(contacts)
{
    connect(contacts, &store::ContactStore::changed, this, &ContactCompletionModel::refresh);
    refresh();
}

void ContactCompletionModel::refresh()
{
    clear();
    const store::ContactBook book = m_contacts->book();
    QList<store::Contact> contacts = book.contacts;
    std::stable_sort(contacts.begin(), contacts.end(), [](const store::Contact &a, const store::Contact &b) {
        if (a.lastUsed != b.lastUsed)
            return a.lastUsed > b.lastUsed;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const store::Contact &c : std::as_const(contacts))
        for (qsizetype i = 0; i < c.addresses.size(); ++i) {
            auto *item = new QStandardItem(c.typedForm(i));
            item->setData(c.name + QLatin1Char(' ') + c.addresses[i], MatchRole);
            appendRow(item);
        }
    for (const store::ContactGroup &g : book.groups) {
        auto *item = new QStandardItem(tr("%1 (group of %n)", nullptr, int(g.members.size())).arg(g.name));
        item->setData(g.name, MatchRole);
        item->setData(g.name, GroupRole);
        appendRow(item);
        // The other way, for this message only: a group of members named, or a named group spelled out.
        auto *other = new QStandardItem(
            g.sendAsGroup
                ? tr("%1, its members one by one (%n)", nullptr, int(g.members.size())).arg(g.name)
                : tr("%1 as a named group in To and Cc (group of %n)", nullptr, int(g.members.size()))
                      .arg(g.name));
        other->setData(g.name, MatchRole);
        other->setData(g.name, GroupRole);
        other->setData(int(g.sendAsGroup ? GroupForm::Members : GroupForm::NamedGroup), FormRole);
        appendRow(other);
    }
}

QString groupFieldText(const store::ContactStore &contacts, const QString &groupName, bool groupSyntaxAllowed,
                       GroupForm form)
{
    const std::optional<store::ContactGroup> group = contacts.group(groupName);
    if (!group)
        return {};
    QStringList members;
    for (const smtp::Mailbox &m : contacts.groupMailboxes(*group))
        members << m.typedForm();
    if (members.isEmpty())
        return {};
    const bool named = form == GroupForm::AsSaved ? group->sendAsGroup : form == GroupForm::NamedGroup;
    if (named && groupSyntaxAllowed)
        return smtp::typedPhrase(group->name) + QStringLiteral(": ") + members.join(QStringLiteral(", "))
               + QLatin1Char(';');
    return members.join(QStringLiteral(", "));
}

}  // namespace ui
