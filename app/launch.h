#pragma once

#include "commands.h"

#include <QStringList>

namespace cli {

// What the arguments of `stamp` ask for, decided before any Qt application object exists, so that a
// mistyped command is refused in words at once, with or without a display, and never opens the window.
struct Launch
{
    enum class Kind
    {
        Help,
        Version,
        Command,
        Window,
        Refused
    };
    Kind kind = Kind::Refused;
    const CommandEntry *command = nullptr;  // Command
    QStringList arguments;                  // Command: the words after its name
    QString mailto;                         // Window: a mailto: link to fill the message from
    QStringList files;                      // Window: files to attach (absolute paths, all readable)
    QString error;                          // Refused: the whole text for stderr (exit 2)
};

// `arguments` excludes the program name. The window opens only for no arguments, one mailto: link, or files
// that exist; any other first word is an unknown command (with the nearest one when it is close).
Launch decide(const QStringList &arguments, const std::vector<CommandEntry> &table);

// `stamp --help`: the window's forms, then every command with its one line.
QString topHelp(const std::vector<CommandEntry> &table);

// Whether a window can be shown: a display (DISPLAY or WAYLAND_DISPLAY), or a Qt platform that needs none
// (QT_QPA_PLATFORM=offscreen, minimal, vnc, ...). Reads the environment only.
bool displayAvailable();
// The text for "no display": the window needs a graphical session; `stamp send` works without one.
QString noDisplayMessage();

}  // namespace cli
