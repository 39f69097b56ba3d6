#include "consolecommand.h"

#include "cliutil.h"
#include "consolesession.h"
#include "stdinlines.h"

#include <QCoreApplication>

using namespace smtp;

namespace cli {

ConsoleCommand::ConsoleCommand(const SendCommand::Accounts *accounts)
    : Command(QStringLiteral("console")), m_accounts(accounts)
{
}

QString ConsoleCommand::description() const
{
    return tr("Type SMTP by hand over a session Stamp sets up: it connects, starts TLS as configured (the "
              "certificate is checked as for sending) and logs in, with the password never shown; then each "
              "line read from standard input is sent as one command and the server's whole reply is printed "
              "with what it means. Offered: %1. AUTH, STARTTLS and BDAT are refused (the session did the "
              "first two). After DATA and its 354, the lines are the message (dot-stuffed by Stamp) up to a "
              "line holding only \".\"; Stamp ends the message with CRLF.CRLF. A line with a CR, LF or NUL "
              "inside, or longer than 510 octets, is refused and nothing is sent. The end of input ends the "
              "message in progress and sends QUIT. With --password-stdin the password is the first line.\n\n"
              "Exit codes: as stamp send (0 the session ended with QUIT, 3 could not connect or the "
              "connection was lost, 4 TLS failure, 5 login failed, 10 timeout).")
        .arg(ConsoleSession::offeredVerbs().join(QStringLiteral(", ")));
}

void ConsoleCommand::addOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser, true);
    parser.addOptions({
        {QStringLiteral("account"),
         tr("Use the server and login (password from the keychain) of this account (see stamp account). "
            "Other options override it."),
         QStringLiteral("NAME")},
        {QStringLiteral("no-explain"), tr("Print the conversation without the explanations.")},
    });
}

int ConsoleCommand::run(const QCommandLineParser &parser)
{
    SessionOptions options;
    QString error;
    if (parser.isSet(QStringLiteral("account"))) {
        const QString account = parser.value(QStringLiteral("account"));
        if (!m_accounts)
            return usageError(tr("--account: this build has no accounts (it was built without the store)"));
        if (account.isEmpty())
            return usageError(tr("--account needs the name of an account (see stamp account list)"));
        Mailbox from;
        if (const int code = m_accounts->apply(*this, parser, account, &options, &from))
            return code;
    }
    if (!connectionOptionsFrom(parser, &options, &error))
        return usageError(error);
    const bool explain = !parser.isSet(QStringLiteral("no-explain"));

    ConsoleSession console;
    QObject::connect(&console, &ConsoleSession::line, &console,
                     [explain](const TranscriptEvent &e, const QString &explanation) {
                         QString text = e.format() + QLatin1Char('\n');
                         if (explain && !explanation.isEmpty())
                             text += QStringLiteral("    = %1\n").arg(explanation);
                         printOut(text);
                     });
    QObject::connect(&console, &ConsoleSession::finished, &console, [] { QCoreApplication::exit(0); });
    StdinLines *input = StdinLines::instance();
    QObject::connect(input, &StdinLines::lineRead, &console, &ConsoleSession::typeLine);
    QObject::connect(input, &StdinLines::ended, &console, &ConsoleSession::endInput);
    console.start(options);
    QCoreApplication::exec();
    const Outcome &o = console.outcome();
    if (o.category != Outcome::Category::Sent)
        printErr(tr("stamp: %1").arg(o.describe().trimmed()) + QLatin1Char('\n'));
    return o.exitCode();
}

}  // namespace cli
