// The table of `stamp` commands. Compiled into each binary: `make` is null where the command's code is not
// linked (the light front runs only what needs Qt Core and Network, and hands the rest to stamp-desktop).
// Adding a command: its file (a cli::Command subclass with a make function), its line in the table below,
// and the file in app/CMakeLists.txt.
#include "commands.h"

#include "checkdomaincommand.h"
#include "consolecommand.h"
#include "practicecommand.h"
#include "probecommand.h"
#include "sendcommand.h"
#ifdef STAMP_WITH_STORE
#include "accountcommand.h"
#include "contactscommand.h"
#include "markdownsend.h"
#include "mergecommand.h"
#include "outboxcommand.h"
#define STAMP_DESKTOP_ONLY(make) &make
#else
#define STAMP_DESKTOP_ONLY(make) nullptr
#endif

namespace cli {

namespace {

bool always(const QStringList &)
{
    return true;
}

bool never(const QStringList &)
{
    return false;
}

std::unique_ptr<Command> makePractice()
{
    return std::make_unique<PracticeCommand>();
}

// `send --account` goes through the store, so only stamp-desktop can give the accounts to `send`.
std::unique_ptr<Command> makeSend()
{
#ifdef STAMP_WITH_STORE
    return std::make_unique<SendCommand>(&storeAccountsForSend(), &markdownFormatterForSend());
#else
    return std::make_unique<SendCommand>(nullptr);
#endif
}

std::unique_ptr<Command> makeCheckDomain()
{
    return std::make_unique<CheckDomainCommand>();
}

std::unique_ptr<Command> makeProbe()
{
    return std::make_unique<ProbeCommand>();
}

// `console --account`, like `send --account`, needs the store (stamp-desktop).
std::unique_ptr<Command> makeConsole()
{
#ifdef STAMP_WITH_STORE
    return std::make_unique<ConsoleCommand>(&storeAccountsForSend());
#else
    return std::make_unique<ConsoleCommand>(nullptr);
#endif
}

}  // namespace

const std::vector<CommandEntry> &commandTable()
{
    static const std::vector<CommandEntry> table{
        {"send", QT_TRANSLATE_NOOP("stamp", "Send a message through an SMTP server, without a window."),
         SendCommand::needsDesktop, &makeSend, SendCommand::wantsTls},
        {"check-domain",
         QT_TRANSLATE_NOOP("stamp", "Check a domain's MX, SPF, DMARC, DKIM, MTA-STS and TLS-RPT records."),
         never, &makeCheckDomain},
        {"probe",
         QT_TRANSLATE_NOOP("stamp", "Test an SMTP server without sending: extensions, TLS, timings."), never,
         &makeProbe},
        {"account", QT_TRANSLATE_NOOP("stamp", "Add, change, list or remove the accounts the window uses."),
         always, STAMP_DESKTOP_ONLY(makeAccountCommand)},
        {"outbox", QT_TRANSLATE_NOOP("stamp", "List, send or remove the messages waiting in the outbox."),
         always, STAMP_DESKTOP_ONLY(makeOutboxCommand)},
        {"contacts", QT_TRANSLATE_NOOP("stamp", "List the address book, import or export vCard."), always,
         STAMP_DESKTOP_ONLY(makeContactsCommand)},
        {"sent", QT_TRANSLATE_NOOP("stamp", "List the messages in the Sent folder."), always,
         STAMP_DESKTOP_ONLY(makeSentCommand)},
        {"merge",
         QT_TRANSLATE_NOOP("stamp", "Send one message per row of a CSV file, from a template (mail merge)."),
         always, STAMP_DESKTOP_ONLY(makeMergeCommand)},
        {"practice",
         QT_TRANSLATE_NOOP("stamp", "Run a practice SMTP server on 127.0.0.1, with faults to learn from."),
         never, &makePractice},
        {"console",
         QT_TRANSLATE_NOOP("stamp", "Type SMTP by hand over a session Stamp sets up, each reply explained."),
         SendCommand::needsAccounts, &makeConsole},
    };
    return table;
}

}  // namespace cli
