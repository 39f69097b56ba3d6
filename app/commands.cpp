// The table of `stamp` commands. Compiled into each binary: `make` is null where the command's code is not
// linked (the light front runs only what needs Qt Core and Network, and hands the rest to stamp-desktop).
// Adding a command: its file (a cli::Command subclass with a make function), its line in the table below,
// and the file in app/CMakeLists.txt.
#include "commands.h"

#include "sendcommand.h"
#ifdef STAMP_WITH_STORE
#include "accountcommand.h"
#include "markdownsend.h"
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

// `send --account` goes through the store, so only stamp-desktop can give the accounts to `send`.
std::unique_ptr<Command> makeSend()
{
#ifdef STAMP_WITH_STORE
    return std::make_unique<SendCommand>(&storeAccountsForSend(), &markdownFormatterForSend());
#else
    return std::make_unique<SendCommand>(nullptr);
#endif
}

}  // namespace

const std::vector<CommandEntry> &commandTable()
{
    static const std::vector<CommandEntry> table{
        {"send", QT_TRANSLATE_NOOP("stamp", "Send a message through an SMTP server, without a window."),
         SendCommand::needsDesktop, &makeSend},
        {"account", QT_TRANSLATE_NOOP("stamp", "Add, change, list or remove the accounts the window uses."),
         always, STAMP_DESKTOP_ONLY(makeAccountCommand)},
    };
    return table;
}

}  // namespace cli
