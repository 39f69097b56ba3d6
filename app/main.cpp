#include "sendcommand.h"
#ifdef STAMP_WITH_STORE
#include "accountcommand.h"
#endif

#include <QCoreApplication>
#include <cstdio>
#include <cstring>

#ifdef STAMP_WITH_UI
#include "guimain.h"
#endif

static void printHelp()
{
    std::fputs("Usage:\n"
               "  stamp [mailto:URI]          open the composer (optionally filled from a mailto: link)\n"
               "  stamp send [options]        send a message from the command line (stamp send --help)\n"
               "  stamp account add|edit|list|remove   manage SMTP accounts (stamp account --help)\n"
               "  stamp --help | --version\n",
               stdout);
}

int main(int argc, char *argv[])
{
    const char *command = argc > 1 ? argv[1] : "";
    if (!std::strcmp(command, "--help") || !std::strcmp(command, "-h")) {
        printHelp();
        return 0;
    }
    if (!std::strcmp(command, "--version")) {
        std::printf("stamp %s\n", STAMP_VERSION);
        return 0;
    }
    int (*run)(const QStringList &) = nullptr;
    if (!std::strcmp(command, "send"))
        run = runSendCommand;
#ifdef STAMP_WITH_STORE
    else if (!std::strcmp(command, "account"))
        run = runAccountCommand;
#endif
    if (run) {
        QCoreApplication app(argc, argv);
        // The names decide where settings and mail are kept: the same as the window's.
        QCoreApplication::setApplicationName(QStringLiteral("stamp"));
        QCoreApplication::setOrganizationName(QStringLiteral("Stamp"));
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1);  // the command's name
        return run(args);
    }
#ifdef STAMP_WITH_UI
    return runGui(argc, argv);
#else
    printHelp();
    return 2;
#endif
}
