#pragma once

#include <QStringList>

// `stamp send`: the engine without a window, for scripts. Returns the process exit code.
int runSendCommand(const QStringList &arguments);
