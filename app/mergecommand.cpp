#include "mergecommand.h"

#include "accountcommand.h"
#include "cliutil.h"
#include "mailstore.h"
#include "mergejob.h"
#include "mergerun.h"
#include "outboxqueue.h"
#include "sendpreview.h"

#include <QCoreApplication>
#include <QFile>

using namespace smtp;

namespace cli {

namespace {

class MergeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::MergeCommand)
public:
    MergeCommand() : Command(QStringLiteral("merge")) {}
    QString summary() const override
    {
        return tr("Send one message per row of a CSV file, from a template with {{placeholders}}.");
    }

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

QString MergeCommand::description() const
{
    return tr("Send one message per row of a CSV file, from a template with {{placeholders}}.\n\n"
              "The template is a Stamp template (File > Save as Template) or a text file: To, Cc, Bcc, "
              "Reply-To and Subject lines, an empty line, the body. The CSV file's first line names the "
              "columns; {{name}} stands for the row's value of the column \"name\". Every row is checked "
              "before anything is sent. Each message is queued in the outbox with the merge and its row, "
              "then all are sent over one connection; running the same merge again sends only the rows not "
              "yet sent.\n\n"
              "Exit codes: those of stamp send for the rows: 0 every row sent, 8 some rows sent and some "
              "not, else the code of the first row not sent (6 temporary failure, 7 permanent failure, 11 "
              "a row or file that cannot be used, ...).");
}

void MergeCommand::addOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser, true);
    parser.addOptions({
        {QStringLiteral("account"), tr("Send from this account (see stamp account list)."),
         QStringLiteral("NAME")},
        {QStringLiteral("template"), tr("The message with {{placeholders}}."), QStringLiteral("FILE")},
        {QStringLiteral("csv"), tr("The rows: UTF-8 CSV whose first line names the columns."),
         QStringLiteral("FILE")},
        {QStringLiteral("rate"),
         tr("At most N messages a minute (N/min, or N/h an hour); the connection is kept open across "
            "waits up to a minute."),
         QStringLiteral("N/min")},
        {QStringLiteral("resume"),
         tr("Go on with the merge of this id (as printed) even when the template or CSV changed: rows "
            "already sent are not sent again."),
         QStringLiteral("ID")},
        {QStringLiteral("transcript"), tr("Write the live protocol transcript to FILE, or - for stderr."),
         QStringLiteral("FILE")},
        {QStringLiteral("quiet"), tr("Print only the rows not sent.")},
    });
    sendpreview::addOptions(parser);
}

bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("cli::MergeCommand", "cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *bytes = f.readAll();
    return true;
}

QString rowLabel(const store::merge::Row &row)
{
    return QCoreApplication::translate("cli::MergeCommand", "Row %1 (line %2)").arg(row.number).arg(row.line);
}

int MergeCommand::run(const QCommandLineParser &parser)
{
    const QString account = parser.value(QStringLiteral("account"));
    if (account.isEmpty())
        return usageError(tr("--account is required: the merge is sent through that account's outbox"));
    if (!parser.isSet(QStringLiteral("template")) || !parser.isSet(QStringLiteral("csv")))
        return usageError(tr("--template FILE and --csv FILE are required"));
    qint64 interval = 0;
    QString error;
    if (parser.isSet(QStringLiteral("rate"))) {
        interval = mergeIntervalFromRate(parser.value(QStringLiteral("rate")), &error);
        if (interval <= 0)
            return usageError(QStringLiteral("--rate: %1").arg(error));
    }
    const bool preview = sendpreview::wanted(parser);
    if (preview && parser.isSet(QStringLiteral("print-swaks")))
        return usageError(tr("--print-swaks takes one message: use stamp send for it"));

    SessionOptions options;
    Mailbox from;
    if (const int code = storeAccountsForSend().apply(*this, parser, account, &options, &from))
        return code;
    if (preview && options.password.isEmpty())
        options.password = QStringLiteral("-");  // never used: nothing connects
    if (!connectionOptionsFrom(parser, &options, &error))
        return usageError(error);

    QByteArray templateBytes, csvBytes;
    if (!readFile(parser.value(QStringLiteral("template")), &templateBytes, &error)
        || !readFile(parser.value(QStringLiteral("csv")), &csvBytes, &error)) {
        printErr(tr("stamp: %1").arg(error) + QLatin1Char('\n'));
        return exitcode::Local;
    }
    store::MailStore mail;
    store::MergeRun merge(&mail);
    if (!merge.load(templateBytes, csvBytes, &error)) {
        const QStringList unknown = merge.unknownPlaceholders();
        if (!unknown.isEmpty())
            printErr(
                tr("stamp: the template uses placeholders the CSV file has no column for: %1 (the "
                   "columns are: %2). Nothing was sent.")
                    .arg(unknown.join(QStringLiteral(", ")), merge.csv().header.join(QStringLiteral(", ")))
                + QLatin1Char('\n'));
        else
            printErr(tr("stamp: %1").arg(error) + QLatin1Char('\n'));
        return exitcode::Local;
    }
    merge.setSender(account, QString::fromUtf8(from.headerForm(true)));
    merge.setInterval(interval);
    if (parser.isSet(QStringLiteral("resume")))
        merge.setMergeId(parser.value(QStringLiteral("resume")));
    const QString mergeId = merge.mergeId();
    if (!preview)
        mail.recoverInterrupted();
    merge.plan();
    const QList<store::MergeRun::PlannedRow> &rows = merge.rows();
    int bad = 0;
    for (const store::MergeRun::PlannedRow &p : rows)
        if (p.state == store::MergeRun::RowState::Invalid) {
            printErr(tr("%1: not sent: %2").arg(rowLabel(p.row), p.row.error) + QLatin1Char('\n'));
            ++bad;
        }
    if (rows.isEmpty()) {
        printErr(tr("stamp: the CSV file has a header but no rows: nothing to send.") + QLatin1Char('\n'));
        return exitcode::Local;
    }

    if (preview) {
        SendJobs jobs;
        for (const store::MergeRun::PlannedRow &p : rows) {
            if (!p.row.error.isEmpty())
                continue;
            Message message;
            p.row.item.toMessage(&message, &error);
            jobs.append(
                {Envelope{message.from, message.recipients()}, std::make_shared<MimeMessageSource>(message)});
        }
        if (jobs.isEmpty())
            return exitcode::Local;
        const int code = sendpreview::run(*this, parser, jobs, options);
        return code == 0 && bad > 0 ? exitcode::Local : code;
    }

    int sent = 0;
    int exit = exitcode::Sent;
    auto failed = [&](int code) {
        if (exit == exitcode::Sent)
            exit = code;
    };
    if (bad > 0)
        failed(exitcode::Local);
    TranscriptWriter transcript;
    if (!transcript.open(parser.value(QStringLiteral("transcript")), &error)) {
        printErr(tr("stamp: %1").arg(error) + QLatin1Char('\n'));
        return exitcode::Local;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QObject::connect(&merge, &store::MergeRun::transcript, &merge,
                     [&](const TranscriptEvent &e) { transcript.write(e); });
    QObject::connect(&merge, &store::MergeRun::rowFinished, &merge,
                     [&](int, const QString &id, const Outcome &o, bool busy) {
                         const store::MergeRun::PlannedRow *p = merge.rowOf(id);
                         const QString label = p ? rowLabel(p->row) : id;
                         if (busy) {
                             printErr(tr("%1: %2").arg(label, o.summary) + QLatin1Char('\n'));
                             failed(exitcode::Local);
                             return;
                         }
                         if (o.category == Outcome::Category::Sent)
                             ++sent;
                         else
                             failed(o.exitCode());
                         if (!quiet || o.category != Outcome::Category::Sent)
                             printErr(tr("%1 %2: %3").arg(label, p ? p->row.item.to : QString(), o.describe())
                                      + QLatin1Char('\n'));
                     });
    QObject::connect(&merge, &store::MergeRun::finished, &merge, [] { QCoreApplication::exit(0); });
    // One process per merge: a second `stamp merge` of the same rows waits for none and sends none.
    if (!merge.start(options, &error)) {
        printErr(tr("stamp: %1").arg(error) + QLatin1Char('\n'));
        return exitcode::Local;
    }
    printErr(tr("Merge %1: %n row(s).", nullptr, int(rows.size())).arg(mergeId) + QLatin1Char('\n'));
    // start() planned again under the merge's lock: what earlier runs did, by row.
    int earlier = 0, toSend = 0;
    for (const store::MergeRun::PlannedRow &p : merge.rows()) {
        switch (p.state) {
        case store::MergeRun::RowState::AlreadySent:
            ++earlier;
            break;
        case store::MergeRun::RowState::Held: {
            // Failed, partly sent, or left "may have been delivered" by a run that was killed: never resent
            // blindly. `stamp outbox send ID` sends it once you have checked.
            const std::optional<store::MailItem> m = mail.loadOutbox(p.outboxId);
            printErr(tr("%1: not sent again: %2 (%3; stamp outbox send %4 sends it)")
                         .arg(rowLabel(p.row), m ? store::OutboxQueue::stateText(*m) : QString(),
                              m ? m->failureReason : QString(), p.outboxId)
                     + QLatin1Char('\n'));
            failed(!m                                                 ? exitcode::Local
                   : m->status == store::MailItem::Status::PartlySent ? exitcode::Partly
                   : m->failureCategory == Outcome::Category::MayHaveBeenDelivered
                       ? exitcode::MayHaveBeenDelivered
                       : exitcode::Local);
            break;
        }
        case store::MergeRun::RowState::Invalid:
            if (!p.queueError.isEmpty()) {  // a disk error
                printErr(tr("%1: not queued: %2").arg(rowLabel(p.row), p.queueError) + QLatin1Char('\n'));
                failed(exitcode::Local);
            }
            break;
        case store::MergeRun::RowState::New:
        case store::MergeRun::RowState::Queued:
            ++toSend;
            break;
        }
    }
    if (earlier > 0)
        printErr(tr("%n row(s) sent by an earlier run of this merge: not sent again.", nullptr, earlier)
                 + QLatin1Char('\n'));
    QCoreApplication::exec();
    const QStringList left = merge.notStarted();
    for (const QString &id : left)
        if (const store::MergeRun::PlannedRow *p = merge.rowOf(id))
            printErr(tr("%1: not tried: still queued; run the merge again to send it.").arg(rowLabel(p->row))
                     + QLatin1Char('\n'));
    if (!left.isEmpty())
        failed(exitcode::Local);
    if (toSend > 0)
        printErr(tr("%1 of %n message(s) sent now, over %2 connection(s).", nullptr, toSend)
                     .arg(sent)
                     .arg(merge.connections())
                 + QLatin1Char('\n'));
    // Some rows out (now or earlier) and some not: partly sent, as a message with refused recipients.
    if (exit != exitcode::Sent && sent + earlier > 0)
        exit = exitcode::Partly;
    return exit;
}

}  // namespace

qint64 mergeIntervalFromRate(const QString &text, QString *error)
{
    QString t = text.trimmed().toLower();
    qint64 per = 60'000;
    if (t.endsWith(QLatin1String("/min"))) {
        t.chop(4);
    } else if (t.endsWith(QLatin1String("/h"))) {
        t.chop(2);
        per = 3'600'000;
    }
    bool ok = false;
    const double n = t.toDouble(&ok);
    if (!ok || !(n > 0) || n > 1e6) {
        *error = QCoreApplication::translate("cli::MergeCommand",
                                             "give the number of messages a minute, as 30/min (or 100/h)");
        return 0;
    }
    return std::max<qint64>(1, qint64(per / n));
}

std::unique_ptr<Command> makeMergeCommand()
{
    return std::make_unique<MergeCommand>();
}

}  // namespace cli
