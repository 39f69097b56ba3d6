#include "commands.h"
#include "launch.h"
#include "outcome.h"
#include "tlsheadstart.h"
#include "translations.h"

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
// Everything else (the window, accounts, send --account) runs in stamp-desktop, next to this binary. What
// the arguments mean is decided before the hand-off, so both binaries answer a wrong word the same way.
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
    const int error = errno;
    cli::printErr(QCoreApplication::translate("stamp", "stamp: cannot start %1 (the window, accounts and "
                                                       "send --account live there): %2")
                      .arg(QString::fromLocal8Bit(path.c_str()), QString::fromLocal8Bit(std::strerror(error)))
                  + QLatin1Char('\n'));
    std::exit(smtp::exitcode::Local);
}
#endif

#ifdef STAMP_WITH_UI
#include "guimain.h"
#endif

int main(int argc, char *argv[])
{
    // What the arguments ask for is decided before any Qt application exists: a window must be the first
    // (a QApplication, in stamp-desktop), and a hand-off needs none.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::Launch route = cli::decide(arguments, cli::commandTable());
    if (route.kind == cli::Launch::Kind::Window && cli::displayAvailable()) {
#if defined(STAMP_HANDOFF)
        handOff(argv);
#elif defined(STAMP_WITH_UI)
        return runGui(argc, argv, route.files);
#endif
    }
#ifdef STAMP_HANDOFF
    if (route.kind == cli::Launch::Kind::Command && route.command->needsDesktop(route.arguments))
        handOff(argv);
#endif

    // Everything else runs here with Qt Core only: the commands, the help and every refusal in words.
    // TLS, when the command will likely need it, starts loading first: OpenSSL's start-up runs beside
    // everything the command does before its TLS handshake.
    const bool tls = route.kind == cli::Launch::Kind::Command && route.command->wantsTls
                     && route.command->wantsTls(route.arguments);
    const cli::TlsHeadStart headStart(tls);
    QCoreApplication app(argc, argv);
    // The names decide where settings and mail are kept: the same as the window's.
    QCoreApplication::setApplicationName(QStringLiteral("stamp"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stamp"));
    installTranslators();
    // Decided again now that an application exists, so that its sentences can be translated.
    const cli::Launch launch = cli::decide(arguments, cli::commandTable());
    switch (launch.kind) {
    case cli::Launch::Kind::Help:
        cli::printOut(cli::topHelp(cli::commandTable()));
        return 0;
    case cli::Launch::Kind::Version:
        std::printf("stamp %s\n", STAMP_VERSION);
        return 0;
    case cli::Launch::Kind::Refused:
        cli::printErr(launch.error);
        return smtp::exitcode::Usage;
    case cli::Launch::Kind::Window:
        if (!cli::displayAvailable())
            cli::printErr(cli::noDisplayMessage());
        else
            cli::printErr(QCoreApplication::translate("stamp",
                                                      "stamp: this build has no window (it was built "
                                                      "without STAMP_BUILD_UI); use 'stamp send'.")
                          + QLatin1Char('\n'));
        return smtp::exitcode::Usage;
    case cli::Launch::Kind::Command:
        break;
    }
    if (!launch.command->make) {
        cli::printErr(QCoreApplication::translate("stamp", "stamp: '%1' is not part of this build (it needs "
                                                           "the store, built with STAMP_BUILD_UI).")
                          .arg(QString::fromLatin1(launch.command->name))
                      + QLatin1Char('\n'));
        return smtp::exitcode::Usage;
    }
    return launch.command->make()->execute(launch.arguments);
}
