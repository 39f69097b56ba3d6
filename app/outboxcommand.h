#pragma once

#include "command.h"

#include <QStringList>
#include <memory>

namespace cli {
// `stamp outbox list|send|remove` and `stamp sent list`: the window's outbox queue from a terminal, in the
// table of commands (app/commands.cpp). `outbox send` exits with the codes of `stamp send`.
std::unique_ptr<Command> makeOutboxCommand();
std::unique_ptr<Command> makeSentCommand();
}  // namespace cli
