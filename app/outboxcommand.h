#pragma once

#include "command.h"

#include <QStringList>
#include <memory>

// `stamp outbox list|send|remove` and `stamp sent list`: the window's outbox queue from a terminal. The
// arguments are the program, then the subcommand and its options. Returns the process exit code (those of
// `stamp send`).
int runOutboxCommand(const QStringList &arguments);
int runSentCommand(const QStringList &arguments);

namespace cli {
// The same two, in the table of commands (app/commands.cpp).
std::unique_ptr<Command> makeOutboxCommand();
std::unique_ptr<Command> makeSentCommand();
}  // namespace cli
