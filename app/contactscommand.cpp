#include "contactscommand.h"

#include "contacts.h"
#include "mailstore.h"
#include "outcome.h"
#include "vcard.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace cli {

namespace {

using smtp::exitcode::Local;

class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ContactsCommand)
public:
    ListCommand() : Command(QStringLiteral("contacts list")) {}
    QString summary() const override
    {
        return tr("List the contacts (name and addresses) and the groups (name and members).");
    }

protected:
    int run(const QCommandLineParser &) override
    {
        store::ContactStore book(store::MailStore::defaultRoot());
        const store::ContactBook all = book.book();
        if (!book.lastError().isEmpty()) {
            printErr(book.lastError() + QLatin1Char('\n'));
            return Local;
        }
        for (const store::Contact &c : all.contacts)
            printOut(QStringLiteral("%1\t%2\n").arg(c.name, c.addresses.join(QStringLiteral(", "))));
        for (const store::ContactGroup &g : all.groups)
            printOut(tr("group %1\t%2").arg(g.name, g.members.join(QStringLiteral(", ")))
                     + (g.sendAsGroup ? tr("\t(sent as a named group)") : QString()) + QLatin1Char('\n'));
        if (all.contacts.isEmpty() && all.groups.isEmpty())
            printErr(tr("The address book is empty. Import one with: stamp contacts import FILE.vcf")
                     + QLatin1Char('\n'));
        return 0;
    }
};

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ContactsCommand)
public:
    ImportCommand() : Command(QStringLiteral("contacts import"))
    {
        setArguments(QStringLiteral("FILE"), tr("A vCard file (3.0 or 4.0)."), 1, 1);
    }
    QString summary() const override { return tr("Add the contacts and groups of a vCard file."); }

protected:
    QString description() const override
    {
        return summary() + QStringLiteral("\n\n")
               + tr("A contact whose address is known already joins the known one. A file with an error "
                    "imports nothing and names the line.");
    }
    int run(const QCommandLineParser &parser) override
    {
        const QString path = parser.positionalArguments().first();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            printErr(tr("%1 cannot be read: %2").arg(path, f.errorString()) + QLatin1Char('\n'));
            return Local;
        }
        store::vcard::ReadResult r;
        QString error;
        store::ContactStore book(store::MailStore::defaultRoot());
        int added = 0, updated = 0;
        if (!store::vcard::read(f.readAll(), &r, &error) || !book.merge(r.book, &error, &added, &updated)) {
            printErr(tr("%1: nothing was imported. %2").arg(path, error) + QLatin1Char('\n'));
            return Local;
        }
        printOut(tr("%n contact(s) added", nullptr, added) + QStringLiteral(", ")
                 + tr("%n updated", nullptr, updated) + QStringLiteral(", ")
                 + tr("%n group(s) read", nullptr, int(r.book.groups.size())) + QLatin1Char('\n'));
        if (r.skipped > 0)
            printErr(tr("%n card(s) without an address skipped.", nullptr, r.skipped) + QLatin1Char('\n'));
        return 0;
    }
};

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ContactsCommand)
public:
    ExportCommand() : Command(QStringLiteral("contacts export"))
    {
        setArguments(QStringLiteral("FILE"), tr("Where to write the vCard file; - for standard output."), 1,
                     1);
    }
    QString summary() const override { return tr("Write the address book as vCard 4.0."); }

protected:
    int run(const QCommandLineParser &parser) override
    {
        const QString path = parser.positionalArguments().first();
        store::ContactStore book(store::MailStore::defaultRoot());
        const store::ContactBook all = book.book();
        if (!book.lastError().isEmpty()) {
            printErr(book.lastError() + QLatin1Char('\n'));
            return Local;
        }
        const QByteArray data = store::vcard::write(all);
        if (path == QLatin1String("-")) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
                return Local;
            return 0;
        }
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
            printErr(tr("%1 could not be written: %2").arg(path, f.errorString()) + QLatin1Char('\n'));
            return Local;
        }
        printErr(tr("%n contact(s)", nullptr, int(all.contacts.size())) + QStringLiteral(", ")
                 + tr("%n group(s) written to %1", nullptr, int(all.groups.size())).arg(path)
                 + QLatin1Char('\n'));
        return 0;
    }
};

class ContactsCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(cli::ContactsCommand)
public:
    ContactsCommand() : CommandGroup(QStringLiteral("contacts"))
    {
        add(std::make_unique<ListCommand>());
        add(std::make_unique<ImportCommand>());
        add(std::make_unique<ExportCommand>());
    }

protected:
    QString description() const override
    {
        return tr("The address book the window completes recipients from, kept in contacts.json beside the "
                  "outbox.");
    }
};

}  // namespace

std::unique_ptr<Command> makeContactsCommand()
{
    return std::make_unique<ContactsCommand>();
}

}  // namespace cli
