#pragma once

#include <QStringList>

// Opens the composer window (with an optional mailto: link among the arguments, and `files` attached) and
// runs until the last window closes. Without a display it says so and returns 2 before any QApplication
// exists. Returns the process exit code.
int runGui(int argc, char *argv[], const QStringList &files);
