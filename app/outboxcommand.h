#pragma once

#include <QStringList>

// `stamp outbox list|send|remove` and `stamp sent list`: the window's outbox queue from a terminal. The
// arguments are the program, then the subcommand and its options. Returns the process exit code (those of
// `stamp send`).
int runOutboxCommand(const QStringList &arguments);
int runSentCommand(const QStringList &arguments);
