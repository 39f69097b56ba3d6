#include "probecommand.h"

#include "cliutil.h"
#include "probe.h"

#include <QCoreApplication>

using namespace smtp;

namespace cli {

ProbeCommand::ProbeCommand() : Command(QStringLiteral("probe")) {}

QString ProbeCommand::description() const
{
    return tr("Test an SMTP server without sending: the greeting, each EHLO extension and what it means, the "
              "TLS report (version, cipher, certificate chain with its dates and names, each check passed or "
              "not), the AUTH mechanisms, SIZE, and the time of each stage. With --user and --password-stdin "
              "the login is tried too. No MAIL command is sent.\n\n"
              "Exit codes: as stamp send (0 the server works, 3 could not connect or protocol error, 4 TLS "
              "failure, 5 login failed, 6 and 7 a refusal, 10 timeout).");
}

void ProbeCommand::addOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser, true);
    parser.addOption({QStringLiteral("transcript"),
                      tr("Also write the protocol transcript to FILE, or - for stderr."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("explain"),
         tr("Explain the transcript as stamp send --explain does: after each line, what it means "
            "in plain words. On stderr unless --transcript names a file.")});
}

int ProbeCommand::run(const QCommandLineParser &parser)
{
    SessionOptions options;
    QString error;
    if (!connectionOptionsFrom(parser, &options, &error))
        return usageError(error);
    TranscriptWriter transcript;
    transcript.setPurpose(Purpose::Probe);  // after EHLO and AUTH the probe quits: it sends no MAIL
    if (!transcript.open(parser.value(QStringLiteral("transcript")), &error,
                         parser.isSet(QStringLiteral("explain")))) {
        printErr(tr("stamp: %1").arg(error) + QLatin1Char('\n'));
        return exitcode::Local;
    }
    Probe probe;
    QObject::connect(&probe, &Probe::transcript, &probe,
                     [&](const TranscriptEvent &e) { transcript.write(e); });
    QObject::connect(&probe, &Probe::finished, &probe, [] { QCoreApplication::exit(0); });
    probe.start(options);
    QCoreApplication::exec();
    printOut(probe.report().format());
    return probe.report().outcome.exitCode();
}

}  // namespace cli
