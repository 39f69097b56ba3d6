#pragma once

#include "address.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace store {

class FileWatch;

// One person in the address book (issue 13): a name and one or more addresses, the first one preferred.
struct Contact
{
    QString id;             // assigned by the store, stable ("urn:uuid:" in a vCard)
    QString name;           // the display name, may be empty
    QStringList addresses;  // addr-specs ("ann@example.org"), each checked with smtp::parseMailbox
    QDateTime lastUsed;     // the last time a message to it was sent; null when never

    // "Ann Lee <ann@example.org>" for each address, as typed in a recipient field (Mailbox::typedForm).
    QString typedForm(qsizetype addressIndex = 0) const;
};

// A named list of addresses. Typed or chosen in To or Cc it becomes its members, or, with sendAsGroup,
// RFC 5322 group syntax ("Team: a@x, b@y;") in that header while the envelope holds every member. In Bcc it
// is always only its members.
struct ContactGroup
{
    QString name;
    QStringList members;  // addr-specs
    bool sendAsGroup = false;
};

struct ContactBook
{
    QList<Contact> contacts;
    QList<ContactGroup> groups;
};

// The address book, one JSON file (contacts.json) in the mail folder beside drafts/, outbox/ and sent/.
// Every change reads the file afresh, applies itself and writes it with QSaveFile, so a crash leaves the old
// book or the new one, and two Stamp processes (the window and `stamp contacts`) do not undo each other's
// changes. After watchForChanges(), a change made by another process is read back and changed() follows.
class ContactStore : public QObject
{
    Q_OBJECT
public:
    explicit ContactStore(const QString &mailRoot, QObject *parent = nullptr);
    QString fileName() const { return m_fileName; }
    bool exists() const;

    // What the file holds now (read again when it changed on disk). A file that cannot be read is reported
    // by lastError() and treated as empty, but never overwritten: every change then fails with that error.
    ContactBook book() const;
    QList<Contact> contacts() const { return book().contacts; }
    QList<ContactGroup> groups() const { return book().groups; }
    std::optional<Contact> findByAddress(const QString &address) const;
    std::optional<ContactGroup> group(const QString &name) const;
    QString lastError() const { return m_error; }

    // Adds (empty id) or replaces a contact. Addresses are checked and written in their plain form; an
    // address another contact already has is refused. Returns the id, or empty with *error.
    QString saveContact(const Contact &contact, QString *error);
    bool removeContact(const QString &id, QString *error);
    // Adds or replaces the group named oldName (empty: a new one). Names are unique, ignoring case.
    bool saveGroup(const ContactGroup &group, const QString &oldName, QString *error);
    bool removeGroup(const QString &name, QString *error);

    // The addresses a message went to: each unknown one becomes a contact (with its display name), a known
    // one without a name gets it, and all of them are marked used now (completion lists recent ones first).
    bool rememberRecipients(const QList<smtp::Mailbox> &recipients, QString *error);

    // Imported contacts and groups join the book: a contact whose address is known already adds its other
    // addresses (and its name, when the known one has none) to that contact; a group of the same name gets
    // the new members. All or nothing. *added / *updated count contacts.
    bool merge(const ContactBook &imported, QString *error, int *added = nullptr, int *updated = nullptr);

    // A group's members as typed text: "Ann Lee <ann@example.org>" when the member is a contact.
    QList<smtp::Mailbox> groupMailboxes(const ContactGroup &group) const;

    void watchForChanges();

Q_SIGNALS:
    // After this object changed the file and, once watchForChanges() was called, after another process did.
    void changed();

private:
    QString m_fileName;
    mutable QString m_error;
    FileWatch *m_watch = nullptr;

    bool read(ContactBook *book, QString *error) const;
    bool write(const ContactBook &book, QString *error);
    // Reads, applies change (which may refuse with *error), writes.
    template <typename F> bool modify(F change, QString *error);
};

// Checks and normalizes an address for the book ("Ann <ANN@Example.org>" gives "ANN@example.org"): the one
// address parser decides. Empty with *error in words when it is no single address.
QString normalizedAddress(const QString &text, QString *error);

}  // namespace store
