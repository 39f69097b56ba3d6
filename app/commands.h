#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace cli {

// One top-level command of `stamp`, as the light front sees it: it must answer `stamp --help` and refuse an
// unknown word for every command, including those whose code lives only in stamp-desktop.
struct CommandEntry
{
    const char *name;
    const char *summary;  // QT_TRANSLATE_NOOP("stamp", ...): one line for `stamp --help`
    // Whether these arguments need stamp-desktop (the store, the keychain); the light front hands over then.
    bool (*needsDesktop)(const QStringList &arguments);
    // Builds the command; null in a binary that cannot run it.
    std::unique_ptr<Command> (*make)();
    // Whether these arguments will most likely need TLS, so that main() starts loading it before anything
    // else (tlsheadstart.h); null for never. Only a head start: a wrong guess costs a
    // thread.
    bool (*wantsTls)(const QStringList &arguments) = nullptr;
};

// The commands, in the order `stamp --help` lists them (commands.cpp, one line each).
const std::vector<CommandEntry> &commandTable();

}  // namespace cli
