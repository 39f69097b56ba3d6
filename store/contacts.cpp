#include "contacts.h"

#include "filewatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <QUuid>

namespace store {

namespace {

QString key(const QString &address)
{
    return address.toLower();
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

bool containsAddress(const QStringList &list, const QString &address)
{
    for (const QString &a : list)
        if (key(a) == key(address))
            return true;
    return false;
}

qsizetype indexOfAddress(const QList<Contact> &contacts, const QString &address)
{
    for (qsizetype i = 0; i < contacts.size(); ++i)
        if (containsAddress(contacts[i].addresses, address))
            return i;
    return -1;
}

qsizetype indexOfGroup(const QList<ContactGroup> &groups, const QString &name)
{
    for (qsizetype i = 0; i < groups.size(); ++i)
        if (groups[i].name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

// Checks every address of a list and returns them normalized, without repeats.
// Each entry may hold several addresses as an address field does ("ann@x, Bob <bob@y>"): one per line and
// pasted lists alike, read by the envelope's own list parser.
bool normalizeAll(const QStringList &in, QStringList *out, QString *error)
{
    out->clear();
    for (const QString &a : in) {
        if (a.trimmed().isEmpty())
            continue;
        QString why;
        const QList<smtp::Mailbox> list = smtp::parseMailboxList(a, &why);
        if (list.isEmpty()) {
            *error = QCoreApplication::translate("store::ContactStore", "\"%1\" is not an address: %2")
                         .arg(a.trimmed(), why.isEmpty() ? QCoreApplication::translate("store::ContactStore",
                                                                                       "there is no address")
                                                         : why);
            return false;
        }
        for (const smtp::Mailbox &m : list)
            if (!containsAddress(*out, m.address()))
                *out << m.address();
    }
    return true;
}

}  // namespace

QString normalizedAddress(const QString &text, QString *error)
{
    QString why;
    const smtp::Mailbox m = smtp::parseMailbox(text, &why);
    if (m.isNull()) {
        *error = QCoreApplication::translate("store::ContactStore", "\"%1\" is not an address: %2")
                     .arg(text.trimmed(), why);
        return {};
    }
    return m.address();
}

QString Contact::typedForm(qsizetype addressIndex) const
{
    if (addressIndex < 0 || addressIndex >= addresses.size())
        return {};
    QString ignored;
    smtp::Mailbox m = smtp::parseMailbox(addresses[addressIndex], &ignored);
    if (m.isNull())
        return addresses[addressIndex];
    m.displayName = name;
    return m.typedForm();
}

ContactStore::ContactStore(const QString &mailRoot, QObject *parent)
    : QObject(parent), m_fileName(mailRoot + QStringLiteral("/contacts.json"))
{
}

bool ContactStore::exists() const
{
    return QFileInfo::exists(m_fileName);
}

bool ContactStore::read(ContactBook *book, QString *error) const
{
    *book = {};
    QFile f(m_fileName);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("The address book %1 cannot be read: %2").arg(m_fileName, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!d.isObject()) {
        *error = tr("The address book %1 is damaged (%2); it was left as it is.")
                     .arg(m_fileName, pe.errorString());
        return false;
    }
    const QJsonObject o = d.object();
    for (const QJsonValue &v : o.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject c = v.toObject();
        Contact contact;
        contact.id = c.value(QStringLiteral("id")).toString();
        contact.name = c.value(QStringLiteral("name")).toString();
        contact.addresses = fromArray(c.value(QStringLiteral("addresses")));
        contact.lastUsed =
            QDateTime::fromString(c.value(QStringLiteral("lastUsed")).toString(), Qt::ISODateWithMs);
        book->contacts << contact;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        book->groups << ContactGroup{g.value(QStringLiteral("name")).toString(),
                                     fromArray(g.value(QStringLiteral("members"))),
                                     g.value(QStringLiteral("sendAsGroup")).toBool()};
    }
    return true;
}

bool ContactStore::write(const ContactBook &book, QString *error)
{
    QJsonArray contacts, groups;
    for (const Contact &c : book.contacts) {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("addresses"), toArray(c.addresses)}};
        if (c.lastUsed.isValid())
            o[QStringLiteral("lastUsed")] = c.lastUsed.toUTC().toString(Qt::ISODateWithMs);
        contacts.append(o);
    }
    for (const ContactGroup &g : book.groups)
        groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("members"), toArray(g.members)},
                                  {QStringLiteral("sendAsGroup"), g.sendAsGroup}});
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("contacts"), contacts},
                           {QStringLiteral("groups"), groups}};
    if (!QDir().mkpath(QFileInfo(m_fileName).absolutePath())) {
        *error = tr("The folder %1 cannot be created.").arg(QFileInfo(m_fileName).absolutePath());
        return false;
    }
    QSaveFile f(m_fileName);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0 || !f.commit()) {
        *error = tr("The address book %1 could not be saved: %2").arg(m_fileName, f.errorString());
        return false;
    }
    return true;
}

template <typename F> bool ContactStore::modify(F change, QString *error)
{
    ContactBook b;
    QString why;
    if (!read(&b, &why) || !change(b, &why) || !write(b, &why)) {
        if (error)
            *error = why;
        return false;
    }
    if (m_watch)
        m_watch->takeSnapshot();
    Q_EMIT changed();
    return true;
}

ContactBook ContactStore::book() const
{
    ContactBook b;
    m_error.clear();
    if (!read(&b, &m_error))
        return {};
    return b;
}

std::optional<Contact> ContactStore::findByAddress(const QString &address) const
{
    const QList<Contact> all = contacts();
    const qsizetype i = indexOfAddress(all, address);
    if (i < 0)
        return std::nullopt;
    return all[i];
}

std::optional<ContactGroup> ContactStore::group(const QString &name) const
{
    const QList<ContactGroup> all = groups();
    const qsizetype i = indexOfGroup(all, name);
    if (i < 0)
        return std::nullopt;
    return all[i];
}

QString ContactStore::saveContact(const Contact &contact, QString *error)
{
    Contact c = contact;
    c.name = c.name.simplified();
    if (!normalizeAll(contact.addresses, &c.addresses, error))
        return {};
    if (c.addresses.isEmpty()) {
        *error = tr("A contact needs at least one address.");
        return {};
    }
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool ok = modify(
        [&c](ContactBook &b, QString *why) {
            for (const Contact &other : std::as_const(b.contacts))
                for (const QString &a : std::as_const(c.addresses))
                    if (other.id != c.id && containsAddress(other.addresses, a)) {
                        *why = tr("The address %1 belongs to %2 already.")
                                   .arg(a, other.name.isEmpty() ? other.addresses.value(0) : other.name);
                        return false;
                    }
            for (Contact &other : b.contacts)
                if (other.id == c.id) {
                    if (!c.lastUsed.isValid())
                        c.lastUsed = other.lastUsed;
                    other = c;
                    return true;
                }
            b.contacts << c;
            return true;
        },
        error);
    return ok ? c.id : QString();
}

bool ContactStore::removeContact(const QString &id, QString *error)
{
    return modify(
        [&id](ContactBook &b, QString *why) {
            const qsizetype before = b.contacts.size();
            b.contacts.removeIf([&id](const Contact &c) { return c.id == id; });
            if (b.contacts.size() == before) {
                *why = tr("That contact is not in the address book (any more).");
                return false;
            }
            return true;
        },
        error);
}

bool ContactStore::saveGroup(const ContactGroup &group, const QString &oldName, QString *error)
{
    ContactGroup g = group;
    g.name = g.name.simplified();
    if (g.name.isEmpty()) {
        *error = tr("A group needs a name.");
        return false;
    }
    if (g.name.contains(QLatin1Char('@'))) {
        *error = tr("A group name cannot contain @ (it would be taken for an address).");
        return false;
    }
    if (!normalizeAll(group.members, &g.members, error))
        return false;
    return modify(
        [&g, &oldName](ContactBook &b, QString *why) {
            const qsizetype same = indexOfGroup(b.groups, g.name);
            const qsizetype old = oldName.isEmpty() ? -1 : indexOfGroup(b.groups, oldName);
            if (same >= 0 && same != old) {
                *why = tr("There is a group named %1 already.").arg(g.name);
                return false;
            }
            if (old >= 0)
                b.groups[old] = g;
            else
                b.groups << g;
            return true;
        },
        error);
}

bool ContactStore::removeGroup(const QString &name, QString *error)
{
    return modify(
        [&name](ContactBook &b, QString *why) {
            const qsizetype i = indexOfGroup(b.groups, name);
            if (i < 0) {
                *why = tr("There is no group named %1.").arg(name);
                return false;
            }
            b.groups.removeAt(i);
            return true;
        },
        error);
}

bool ContactStore::rememberRecipients(const QList<smtp::Mailbox> &recipients, QString *error)
{
    if (recipients.isEmpty())
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return modify(
        [&](ContactBook &b, QString *) {
            for (const smtp::Mailbox &m : recipients) {
                if (m.isNull())
                    continue;
                const qsizetype i = indexOfAddress(b.contacts, m.address());
                if (i < 0) {
                    b.contacts << Contact{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          m.displayName.simplified(),
                                          {m.address()},
                                          now};
                    continue;
                }
                if (b.contacts[i].name.isEmpty())
                    b.contacts[i].name = m.displayName.simplified();
                b.contacts[i].lastUsed = now;
            }
            return true;
        },
        error);
}

bool ContactStore::merge(const ContactBook &imported, QString *error, int *added, int *updated)
{
    // Everything is checked before anything is written.
    ContactBook in = imported;
    for (Contact &c : in.contacts) {
        QStringList n;
        if (!normalizeAll(c.addresses, &n, error))
            return false;
        c.addresses = n;
        c.name = c.name.simplified();
    }
    for (ContactGroup &g : in.groups) {
        QStringList n;
        if (!normalizeAll(g.members, &n, error))
            return false;
        g.members = n;
        g.name = g.name.simplified();
        if (g.name.isEmpty() || g.name.contains(QLatin1Char('@'))) {
            *error = tr("The group \"%1\" has no usable name.").arg(g.name);
            return false;
        }
    }
    int a = 0, u = 0;
    const bool ok = modify(
        [&](ContactBook &b, QString *) {
            for (const Contact &c : std::as_const(in.contacts)) {
                if (c.addresses.isEmpty())
                    continue;
                qsizetype i = -1;
                for (const QString &addr : c.addresses)
                    if ((i = indexOfAddress(b.contacts, addr)) >= 0)
                        break;
                if (i < 0) {
                    Contact fresh = c;
                    // Two imported cards may share an address: the second one joins the first.
                    fresh.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    b.contacts << fresh;
                    ++a;
                    continue;
                }
                Contact &known = b.contacts[i];
                bool changedOne = false;
                for (const QString &addr : c.addresses)
                    if (indexOfAddress(b.contacts, addr) < 0) {
                        known.addresses << addr;
                        changedOne = true;
                    }
                if (known.name.isEmpty() && !c.name.isEmpty()) {
                    known.name = c.name;
                    changedOne = true;
                }
                u += changedOne ? 1 : 0;
            }
            for (const ContactGroup &g : std::as_const(in.groups)) {
                const qsizetype i = indexOfGroup(b.groups, g.name);
                if (i < 0) {
                    b.groups << g;
                    continue;
                }
                for (const QString &m : g.members)
                    if (!containsAddress(b.groups[i].members, m))
                        b.groups[i].members << m;
                b.groups[i].sendAsGroup = b.groups[i].sendAsGroup || g.sendAsGroup;
            }
            return true;
        },
        error);
    if (ok) {
        if (added)
            *added = a;
        if (updated)
            *updated = u;
    }
    return ok;
}

QList<smtp::Mailbox> ContactStore::groupMailboxes(const ContactGroup &group) const
{
    const QList<Contact> all = contacts();
    QList<smtp::Mailbox> out;
    for (const QString &member : group.members) {
        QString ignored;
        smtp::Mailbox m = smtp::parseMailbox(member, &ignored);
        if (m.isNull())
            continue;
        const qsizetype i = indexOfAddress(all, member);
        if (i >= 0)
            m.displayName = all[i].name;
        out << m;
    }
    return out;
}

void ContactStore::watchForChanges()
{
    if (!m_watch) {
        m_watch = new FileWatch([this] { return m_fileName; }, this);
        connect(m_watch, &FileWatch::changed, this, &ContactStore::changed);
    }
}

}  // namespace store
