#pragma once

// Opens the composer window (with an optional mailto: link among the arguments) and runs until the last
// window closes. Returns the process exit code.
int runGui(int argc, char *argv[]);
