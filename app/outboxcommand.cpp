#include "outboxcommand.h"

#include "accountcommand.h"
#include "cliutil.h"
#include "mailstore.h"
#include "outboxqueue.h"
#include "sendcontroller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <cstdio>

using namespace smtp;
using store::MailItem;
using store::MailStore;

namespace {

// The sentences of the outbox commands, under one context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli::OutboxCommand)
};

// The account part of `send --account`, shared: the same settings, keychain password and flags on top.
class OutboxSendContext : public cli::Command
{
public:
    OutboxSendContext() : Command(QStringLiteral("outbox send")) {}

protected:
    int run(const QCommandLineParser &) override { return 0; }
};

int usageError(const QString &message)
{
    static const OutboxSendContext context;
    return context.usageError(message);
}

int applyAccountToSend(const QCommandLineParser &parser, const QString &account, SessionOptions *options,
                       Mailbox *from)
{
    static const OutboxSendContext context;
    return cli::storeAccountsForSend().apply(context, parser, account, options, from);
}

void printOutboxHelp()
{
    std::fputs(qPrintable(Text::tr(
                   "Usage:\n"
                   "  stamp outbox list                     messages waiting, with their state and "
                   "reason\n"
                   "  stamp outbox send ID... | --all       send them now (their account's settings "
                   "and password)\n"
                   "         [--transcript FILE|-] [--quiet] [--password-stdin] [--timeout SECONDS]\n"
                   "  stamp outbox remove ID                delete a message from the outbox\n"
                   "  stamp sent list                       messages sent\n\n"
                   "Exit codes of send: those of stamp send (0 sent, 6 temporary failure, 7 permanent "
                   "failure, 8 partly sent, ...), for the first message that was not sent.\n")),
               stdout);
}

int listOutbox()
{
    MailStore mail;
    mail.recoverInterrupted();
    const QList<MailItem> items = mail.outbox();
    for (const MailItem &m : items) {
        std::printf("%s\t%s\t%s\t%s\n", qPrintable(m.id), qPrintable(store::OutboxQueue::stateText(m)),
                    qPrintable(m.to), qPrintable(m.subject));
        if (!m.failureReason.isEmpty()) {
            const QString reply =
                m.failureReply.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.failureReply);
            std::printf("\t%s%s\n", qPrintable(m.failureReason), qPrintable(reply));
        }
        if (m.status == MailItem::Status::PartlySent)
            for (const store::RecipientRecord &r : m.recipients)
                std::printf("\t%s: %s\n", qPrintable(r.address), qPrintable(r.reply));
    }
    if (items.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("The outbox is empty.")));
    return 0;
}

int removeFromOutbox(const QStringList &ids)
{
    if (ids.isEmpty())
        return usageError(Text::tr("outbox remove needs the ID of a message (see stamp outbox list)"));
    MailStore mail;
    int exit = 0;
    for (const QString &id : ids) {
        QString error;
        if (!mail.removeFromOutbox(id, &error)) {
            std::fprintf(stderr, "stamp: %s\n", qPrintable(error));
            exit = exitcode::Local;
        }
    }
    return exit;
}

int sendFromOutbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addConnectionOptions(parser, true);
    parser.addOptions({
        {QStringLiteral("all"), Text::tr("Send every message in the outbox.")},
        {QStringLiteral("transcript"),
         Text::tr("Write the live protocol transcript to FILE, or - for stderr."), QStringLiteral("FILE")},
        {QStringLiteral("quiet"), Text::tr("Print nothing on success.")},
    });
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOutboxHelp();
        return 0;
    }
    const QStringList ids = parser.positionalArguments();
    const bool all = parser.isSet(QStringLiteral("all"));
    if (ids.isEmpty() == !all)
        return usageError(Text::tr("outbox send needs the IDs of messages, or --all (not both)"));
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    TranscriptWriter transcript;
    QString error;
    if (!transcript.open(parser.value(QStringLiteral("transcript")), &error)) {
        std::fprintf(stderr, "stamp: %s\n", qPrintable(error));
        return exitcode::Local;
    }

    MailStore mail;
    mail.recoverInterrupted();
    store::SendController controller(&mail);
    // The account's settings and keychain password, with the flags on top; read once per account (stdin
    // can only be read once).
    QHash<QString, std::optional<SessionOptions>> known;
    int exit = exitcode::Sent;
    controller.setOptionsProvider([&](const MailItem &item, QObject *,
                                      store::SendController::OptionsDone done) {
        if (!known.contains(item.account)) {
            SessionOptions options;
            Mailbox from;
            QString why;
            if (item.account.isEmpty()) {
                std::fprintf(stderr, "stamp: %s\n",
                             qPrintable(Text::tr("Message %1 has no account to send it from.").arg(item.id)));
                known.insert(item.account, std::nullopt);
            } else if (const int code = applyAccountToSend(parser, item.account, &options, &from)) {
                if (exit == exitcode::Sent)
                    exit = code;
                known.insert(item.account, std::nullopt);
            } else if (!connectionOptionsFrom(parser, &options, &why)) {
                known.insert(item.account, std::nullopt);
                if (exit == exitcode::Sent)
                    exit = usageError(why);
            } else {
                known.insert(item.account, options);
            }
        }
        Outcome failure;
        failure.category = Outcome::Category::LocalError;
        failure.summary = Text::tr("Not sent: the account \"%1\" could not be used.").arg(item.account);
        failure.advice = Text::tr("Check it with stamp account list, then send again.");
        done(known.value(item.account), failure);
    });
    QObject::connect(&controller, &store::SendController::transcript, &controller,
                     [&](const QString &, const TranscriptEvent &e) { transcript.write(e); });
    QObject::connect(
        &controller, &store::SendController::finished, &controller,
        [&](const QString &id, const Outcome &o, bool busy) {
            if (busy) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(id),
                             qPrintable(Text::tr("being sent by another Stamp window or command; left "
                                                 "to it.")));
                return;
            }
            if (o.category != Outcome::Category::Sent && exit == exitcode::Sent)
                exit = o.exitCode();
            if (!quiet || o.category != Outcome::Category::Sent)
                std::fprintf(stderr, "%s: %s\n", qPrintable(id), qPrintable(o.describe()));
            if (const std::optional<MailItem> left = mail.loadOutbox(id))
                std::fprintf(
                    stderr, "%s: %s\n", qPrintable(id),
                    qPrintable(Text::tr("kept in the outbox: %1").arg(store::OutboxQueue::stateText(*left))));
        });
    QObject::connect(&controller, &store::SendController::idle, &controller,
                     [] { QCoreApplication::exit(0); });

    int started = 0;
    if (all) {
        started = controller.sendAll();
    } else {
        for (const QString &id : ids) {
            if (controller.sendNow(id, &error)) {
                ++started;
                continue;
            }
            std::fprintf(stderr, "stamp: %s: %s\n", qPrintable(id), qPrintable(error));
            if (exit == exitcode::Sent)
                exit = mail.loadOutbox(id) ? exitcode::Local : exitcode::Usage;
        }
    }
    if (started > 0 && !controller.activeItems().isEmpty())
        QCoreApplication::exec();
    if (all && started == 0)
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("Nothing to send.")));
    return exit;
}

}  // namespace

int runOutboxCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")
        || sub == QLatin1String("help")) {
        printOutboxHelp();
        return sub.isEmpty() ? exitcode::Usage : 0;
    }
    if (sub == QLatin1String("list"))
        return rest.size() > 1 ? usageError(Text::tr("outbox list takes no arguments")) : listOutbox();
    if (sub == QLatin1String("send"))
        return sendFromOutbox(rest);
    if (sub == QLatin1String("remove"))
        return removeFromOutbox(rest.mid(1));
    return usageError(Text::tr("unknown outbox command \"%1\" (list, send, remove)").arg(sub));
}

int runSentCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub != QLatin1String("list") || arguments.size() > 2) {
        printOutboxHelp();
        return sub == QLatin1String("--help") || sub == QLatin1String("-h") ? 0 : exitcode::Usage;
    }
    MailStore mail;
    const QList<MailItem> items = mail.sent();
    for (const MailItem &m : items)
        std::printf("%s\t%s\t%s\t%s\t%s\n", qPrintable(m.id),
                    qPrintable(QLocale().toString(m.sentAt.toLocalTime(), QLocale::ShortFormat)),
                    qPrintable(m.outcomeCategory ? store::categoryKey(*m.outcomeCategory) : QString()),
                    qPrintable(m.to), qPrintable(m.subject));
    return 0;
}

namespace cli {

namespace {

// The outbox commands parse their own subcommands; the table only needs to reach them.
class ForwardingCommand : public Command
{
public:
    ForwardingCommand(QString path, int (*fn)(const QStringList &)) : Command(std::move(path)), m_fn(fn) {}
    int execute(const QStringList &arguments) override
    {
        return m_fn(QStringList{QStringLiteral("stamp")} + arguments);
    }

protected:
    int run(const QCommandLineParser &) override { return 0; }

private:
    int (*m_fn)(const QStringList &);
};

}  // namespace

std::unique_ptr<Command> makeOutboxCommand()
{
    return std::make_unique<ForwardingCommand>(QStringLiteral("outbox"), runOutboxCommand);
}

std::unique_ptr<Command> makeSentCommand()
{
    return std::make_unique<ForwardingCommand>(QStringLiteral("sent"), runSentCommand);
}

}  // namespace cli
