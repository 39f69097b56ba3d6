#include "practicecommand.h"

#include "outcome.h"
#include "server.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace cli {

namespace {

// The self-pipe trick: a signal handler may only write(2); the event loop reads the other end and stops the
// server cleanly (every client told 421, the mailbox complete).
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &c, 1);
}

QString recipientsOf(const practice::Envelope &e)
{
    QStringList l;
    for (const auto &r : e.recipients)
        l << QString::fromUtf8(r.first);
    return l.join(QStringLiteral(", "));
}

}  // namespace

PracticeCommand::PracticeCommand() : Command(QStringLiteral("practice")) {}

QString PracticeCommand::description() const
{
    return tr(
        "Run a practice SMTP server on 127.0.0.1, to learn SMTP and try Stamp without an account. It "
        "offers STARTTLS (with a certificate it makes at first start), AUTH PLAIN and LOGIN with a demo "
        "login it shows, PIPELINING, CHUNKING, SIZE, 8BITMIME, SMTPUTF8 and DSN, keeps every message it "
        "receives in a folder it shows, and injects the faults asked for. Stop it with Ctrl+C.");
}

void PracticeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("port"),
         tr("Listen on port N of 127.0.0.1 (default 2525; 0 picks a free one and prints it)."),
         QStringLiteral("N")},
        {QStringLiteral("fault"),
         tr("Inject a fault, such as greylist, 452-after=2, 421-at=rcpt or slow=500ms (repeat for several; "
            "--list names them all)."),
         QStringLiteral("NAME")},
        {QStringLiteral("list"), tr("List the faults with what each one teaches, and exit.")},
    });
}

int PracticeCommand::run(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("list"))) {
        printOut(practice::Faults::listText());
        return 0;
    }
    practice::Server::Settings settings;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return usageError(tr("--port needs a number from 0 to 65535"));
        settings.port = quint16(port);
    }
    for (const QString &f : parser.values(QStringLiteral("fault"))) {
        QString error;
        if (!settings.faults.add(f, &error))
            return usageError(QStringLiteral("--fault: %1").arg(error));
    }
    settings.folder = practice::Server::defaultFolder();

    practice::Server server(settings);
    QString error;
    if (!server.start(&error)) {
        printErr(tr("stamp: the practice server cannot start: %1").arg(error) + QLatin1Char('\n'));
        return smtp::exitcode::Local;
    }
    const QString address = QStringLiteral("127.0.0.1:%1").arg(server.port());
    const QStringList faults = settings.faults.names();
    printOut(
        tr("Practice SMTP server listening on %1 (stop it with Ctrl+C).").arg(address) + QLatin1Char('\n')
        + tr("  Security: STARTTLS; its certificate is signed by the practice authority in %1 (give it to "
             "Stamp as --ca-file).")
              .arg(server.caFile())
        + QLatin1Char('\n')
        + tr("  Login (after STARTTLS): user %1, password %2.").arg(settings.user, settings.password)
        + QLatin1Char('\n') + tr("  Messages are kept in %1.").arg(server.messagesFolder())
        + QLatin1Char('\n')
        + (faults.isEmpty() ? tr("  Faults: none (see stamp practice --list).")
                            : tr("  Faults: %1.").arg(faults.join(QStringLiteral(", "))))
        + QLatin1Char('\n')
        + tr("  Try: echo %1 | stamp send --server %2 --ca-file %3 --user %4 --password-stdin --from "
             "you@example.org --to friend@example.org --subject Hello --body Hi")
              .arg(settings.password, address, server.caFile(), settings.user)
        + QLatin1Char('\n'));

    QObject::connect(server.inbox(), &practice::Inbox::received, &server,
                     [](const practice::ReceivedMessage &m) {
                         printOut(tr("Received message %1 from %2 for %3 (%4 bytes): %5")
                                      .arg(m.number)
                                      .arg(QString::fromUtf8(m.envelope.mailFrom), recipientsOf(m.envelope))
                                      .arg(m.size)
                                      .arg(m.emlPath)
                                  + QLatin1Char('\n'));
                     });
    QObject::connect(&server, &practice::Server::failed, &server,
                     [](const QString &why) { printErr(tr("stamp: %1").arg(why) + QLatin1Char('\n')); });

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        printErr(tr("stamp: cannot set up the signal handler") + QLatin1Char('\n'));
        return smtp::exitcode::Local;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&server, &notifier] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &c, 1);
        notifier.setEnabled(false);
        server.stop();
    });
    QObject::connect(&server, &practice::Server::stopped, &server, [] {
        printOut(tr("Practice server stopped.") + QLatin1Char('\n'));
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    const int code = QCoreApplication::exec();
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return code;
}

}  // namespace cli
