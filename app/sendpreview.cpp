#include "sendpreview.h"

#include "command.h"
#include "domaincheck.h"
#include "lint.h"
#include "preview.h"
#include "swaks.h"

#include <QCoreApplication>
#include <QTimer>

using namespace smtp;

namespace cli::sendpreview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::SendPreview", text);
}

// The sender's domain's SPF and DMARC, looked up (DNS only) in an event loop of its own, bounded.
QList<Finding> lookUpSenderDomain(const QString &domain, int timeoutMs)
{
    SenderDomainLint check;
    check.setTimeout(timeoutMs);
    QObject::connect(&check, &SenderDomainLint::finished, &check, [] { QCoreApplication::exit(0); });
    QTimer::singleShot(0, &check, [&] { check.start(domain); });
    QCoreApplication::exec();
    return check.findings();
}

}  // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("dry-run"),
         tr("Connect to nothing: print the envelope (each RCPT marked To, Cc or Bcc), the header section and "
            "MIME structure exactly as they would go out, and lint. Exit 0 when lint finds no problem, 14 "
            "when it does.")},
        {QStringLiteral("server-extensions"),
         tr("With --dry-run: what the server's EHLO offers, e.g. 8BITMIME,SMTPUTF8,SIZE=10485760 (see stamp "
            "probe); otherwise unknown, and the message is built as for a server with 8BITMIME and "
            "SMTPUTF8."),
         QStringLiteral("LIST")},
        {QStringLiteral("lint-dns"), tr("With --dry-run: also look up the From domain's SPF and DMARC "
                                        "records (DNS only; still no SMTP).")},
        {QStringLiteral("print-swaks"),
         tr("Connect to nothing: write the message as swaks sends it to FILE and print the swaks command "
            "that "
            "sends it the same way (the password is never in it: swaks asks for it)."),
         QStringLiteral("FILE")},
    });
}

bool wanted(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("dry-run")) || parser.isSet(QStringLiteral("print-swaks"));
}

int run(const Command &command, const QCommandLineParser &parser, const SendJobs &jobs,
        const SessionOptions &options)
{
    const bool dry = parser.isSet(QStringLiteral("dry-run"));
    ServerOffer offer;
    if (parser.isSet(QStringLiteral("server-extensions"))) {
        if (!dry)
            return command.usageError(tr("--server-extensions needs --dry-run"));
        QString why;
        const std::optional<ServerOffer> o =
            ServerOffer::parse(parser.value(QStringLiteral("server-extensions")), &why);
        if (!o)
            return command.usageError(QStringLiteral("--server-extensions: %1").arg(why));
        offer = *o;
    }
    if (parser.isSet(QStringLiteral("lint-dns")) && !dry)
        return command.usageError(tr("--lint-dns needs --dry-run"));
    const QString swaksFile = parser.value(QStringLiteral("print-swaks"));
    if (parser.isSet(QStringLiteral("print-swaks"))) {
        if (swaksFile.isEmpty())
            return command.usageError(tr("--print-swaks needs the name of the file to write the message to"));
        if (jobs.size() != 1)
            return command.usageError(tr("--print-swaks takes one message, not %1").arg(jobs.size()));
    }

    bool problem = false;
    if (dry) {
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            if (jobs.size() > 1)
                printOut(tr("=== Message %1 of %2").arg(i + 1).arg(jobs.size()) + QStringLiteral("\n\n"));
            WirePreview p;
            QString why;
            if (!previewMessage(jobs[i].second.get(), jobs[i].first, offer, options.dsn, &p, &why)) {
                printErr(tr("stamp: %1").arg(why) + QLatin1Char('\n'));
                return exitcode::Local;
            }
            QList<Finding> findings = lint(p);
            QString dnsNote;
            if (parser.isSet(QStringLiteral("lint-dns"))) {
                const QString domain = jobs[i].first.from.domain;
                findings += lookUpSenderDomain(
                    domain, options.timeouts.command < 5000 ? int(options.timeouts.command) : 5000);
            } else {
                dnsNote =
                    tr("The From domain's SPF and DMARC records were not looked up: --dry-run connects to "
                       "nothing. Add --lint-dns to look them up (DNS only), or run stamp check-domain.");
            }
            printOut(formatPreview(p) + QLatin1Char('\n'));
            printOut(tr("Lint:") + QLatin1Char('\n'));
            printOut(findings.isEmpty() ? tr("  Nothing to change.") + QLatin1Char('\n')
                                        : DomainCheck::format(findings));
            if (!dnsNote.isEmpty())
                printOut(dnsNote + QLatin1Char('\n'));
            printOut(QStringLiteral("\n"));
            problem = problem || worst(findings) == Finding::Severity::Problem;
        }
        printOut(tr("Nothing was sent: no connection was made.") + QLatin1Char('\n'));
    }
    if (!swaksFile.isEmpty()) {
        bool eightBit = false;
        const QString why = swaks::writeData(jobs[0].second.get(), swaksFile, &eightBit);
        if (!why.isEmpty()) {
            printErr(tr("stamp: %1").arg(why) + QLatin1Char('\n'));
            return exitcode::Local;
        }
        const swaks::Command c =
            swaks::command(options, jobs[0].first, swaksFile, parser.value(QStringLiteral("ca-file")));
        printOut(c.line + QLatin1Char('\n'));
        QString notes = c.notes;
        if (eightBit)
            notes += (notes.isEmpty() ? QString() : QStringLiteral(" "))
                     + tr("The message has 8-bit content, which swaks sends without declaring "
                          "BODY=8BITMIME or SMTPUTF8.");
        if (!notes.isEmpty())
            printErr(notes + QLatin1Char('\n'));
    }
    return problem ? int(domainexit::Problems) : int(exitcode::Sent);
}

}  // namespace cli::sendpreview
