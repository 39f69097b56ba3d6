#include "sendcommand.h"
#ifdef STAMP_WITH_STORE
#include "accountcommand.h"
#include "outboxcommand.h"
#endif

#include <QCoreApplication>
#include <cstdio>
#include <cstring>

#ifdef STAMP_HANDOFF
#include <cerrno>
#include <climits>
#include <string>
#include <unistd.h>

// `stamp` is the light front: `stamp send` links Qt Core and Network only, so a script pays for nothing else
// (the window's libraries and the keychain's D-Bus stack cost more than the whole send of a small message).
// Everything else (the window, accounts, send --account) runs in stamp-desktop, next to this binary.
[[noreturn]] static void handOff(char *argv[])
{
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string path = n > 0 ? std::string(self, size_t(n)) : std::string(argv[0]);
    const size_t slash = path.rfind('/');
    path = (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + "stamp-desktop";
    argv[0] = const_cast<char *>("stamp");
    execv(path.c_str(), argv);
    execvp("stamp-desktop", argv);
    std::fprintf(stderr, "stamp: cannot start %s (the window, accounts and send --account live there): %s\n",
                 path.c_str(), std::strerror(errno));
    std::exit(11);
}

static bool needsDesktop(int argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "send"))
        return true;
    for (int i = 2; i < argc; ++i)
        if (!std::strcmp(argv[i], "--account") || !std::strncmp(argv[i], "--account=", 10)
            || !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h"))
            return true;
    return false;
}
#endif

#ifdef STAMP_WITH_UI
#include "guimain.h"
#endif

static void printHelp()
{
    std::fputs("Usage:\n"
               "  stamp [mailto:URI]          open the composer (optionally filled from a mailto: link)\n"
               "  stamp send [options]        send a message from the command line (stamp send --help)\n"
               "  stamp account add|edit|list|remove   manage SMTP accounts (stamp account --help)\n"
               "  stamp outbox list|send|remove, stamp sent list   the outbox queue (stamp outbox --help)\n"
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
#ifdef STAMP_HANDOFF
    if (needsDesktop(argc, argv))
        handOff(argv);
#endif
    int (*run)(const QStringList &) = nullptr;
    if (!std::strcmp(command, "send"))
        run = runSendCommand;
#ifdef STAMP_WITH_STORE
    else if (!std::strcmp(command, "account"))
        run = runAccountCommand;
    else if (!std::strcmp(command, "outbox") || !std::strcmp(command, "sent"))
        run = !std::strcmp(command, "sent") ? runSentCommand : runOutboxCommand;
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
