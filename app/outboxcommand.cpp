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
#include <limits>

using namespace smtp;
using store::MailItem;
using store::MailStore;

namespace cli {

namespace {

// The account part of `send --account`, shared: the same settings, keychain password and flags on top.
int applyAccountToSend(const Command &command, const QCommandLineParser &parser, const QString &account,
                       SessionOptions *options, Mailbox *from)
{
    return storeAccountsForSend().apply(command, parser, account, options, from);
}

class OutboxListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::OutboxCommand)
public:
    OutboxListCommand() : Command(QStringLiteral("outbox list")) {}
    QString summary() const override
    {
        return tr("List the messages waiting in the outbox, with their state and the reason.");
    }

protected:
    int run(const QCommandLineParser &) override
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
            std::fprintf(stderr, "%s\n", qPrintable(tr("The outbox is empty.")));
        return 0;
    }
};

class OutboxRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::OutboxCommand)
public:
    OutboxRemoveCommand() : Command(QStringLiteral("outbox remove"))
    {
        setArguments(QStringLiteral("ID..."), tr("The messages, by the ID stamp outbox list shows."), 1,
                     std::numeric_limits<int>::max());
    }
    QString summary() const override { return tr("Delete messages from the outbox."); }

protected:
    int run(const QCommandLineParser &parser) override
    {
        MailStore mail;
        int exit = 0;
        for (const QString &id : parser.positionalArguments()) {
            QString error;
            if (!mail.removeFromOutbox(id, &error)) {
                std::fprintf(stderr, "stamp: %s\n", qPrintable(error));
                exit = exitcode::Local;
            }
        }
        return exit;
    }
};

class OutboxSendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::OutboxCommand)
public:
    OutboxSendCommand() : Command(QStringLiteral("outbox send"))
    {
        setArguments(QStringLiteral("ID..."), tr("The messages, by the ID stamp outbox list shows."), 0,
                     std::numeric_limits<int>::max());
    }
    QString summary() const override
    {
        return tr("Send messages of the outbox now, with their account's settings and password.");
    }

protected:
    QString description() const override
    {
        return summary() + QStringLiteral("\n\n")
               + tr("Exit codes: those of stamp send (0 sent, 6 temporary failure, 7 permanent failure, 8 "
                    "partly sent, ...), for the first message that was not sent.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        addConnectionOptions(parser, true);
        parser.addOptions({
            {QStringLiteral("all"), tr("Send every message in the outbox.")},
            {QStringLiteral("transcript"), tr("Write the live protocol transcript to FILE, or - for stderr."),
             QStringLiteral("FILE")},
            {QStringLiteral("quiet"), tr("Print nothing on success.")},
        });
    }
    int run(const QCommandLineParser &parser) override;
};

int OutboxSendCommand::run(const QCommandLineParser &parser)
{
    const QStringList ids = parser.positionalArguments();
    const bool all = parser.isSet(QStringLiteral("all"));
    if (ids.isEmpty() == !all)
        return usageError(tr("outbox send needs the IDs of messages, or --all (not both)"));
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
                             qPrintable(tr("Message %1 has no account to send it from.").arg(item.id)));
                known.insert(item.account, std::nullopt);
            } else if (const int code = applyAccountToSend(*this, parser, item.account, &options, &from)) {
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
        failure.summary = tr("Not sent: the account \"%1\" could not be used.").arg(item.account);
        failure.advice = tr("Check it with stamp account list, then send again.");
        done(known.value(item.account), failure);
    });
    QObject::connect(&controller, &store::SendController::transcript, &controller,
                     [&](const QString &, const TranscriptEvent &e) { transcript.write(e); });
    QObject::connect(
        &controller, &store::SendController::finished, &controller,
        [&](const QString &id, const Outcome &o, bool busy) {
            if (busy) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(id),
                             qPrintable(tr("being sent by another Stamp window or command; left "
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
                    qPrintable(tr("kept in the outbox: %1").arg(store::OutboxQueue::stateText(*left))));
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
        std::fprintf(stderr, "%s\n", qPrintable(tr("Nothing to send.")));
    return exit;
}

class SentListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::OutboxCommand)
public:
    SentListCommand() : Command(QStringLiteral("sent list")) {}
    QString summary() const override
    {
        return tr("List the messages sent: ID, date, outcome, recipients and subject.");
    }

protected:
    int run(const QCommandLineParser &) override
    {
        MailStore mail;
        const QList<MailItem> items = mail.sent();
        for (const MailItem &m : items)
            std::printf("%s\t%s\t%s\t%s\t%s\n", qPrintable(m.id),
                        qPrintable(QLocale().toString(m.sentAt.toLocalTime(), QLocale::ShortFormat)),
                        qPrintable(m.outcomeCategory ? store::categoryKey(*m.outcomeCategory) : QString()),
                        qPrintable(m.to), qPrintable(m.subject));
        return 0;
    }
};

class OutboxCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(cli::OutboxCommand)
public:
    OutboxCommand() : CommandGroup(QStringLiteral("outbox"))
    {
        add(std::make_unique<OutboxListCommand>());
        add(std::make_unique<OutboxSendCommand>());
        add(std::make_unique<OutboxRemoveCommand>());
    }

protected:
    QString description() const override
    {
        return tr("The messages waiting to be sent: the window's outbox, with every failed message and the "
                  "reason, retried on their own when the failure was temporary.");
    }
};

class SentCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(cli::OutboxCommand)
public:
    SentCommand() : CommandGroup(QStringLiteral("sent")) { add(std::make_unique<SentListCommand>()); }

protected:
    QString description() const override
    {
        return tr("The messages sent, kept as they went out (the window's Sent folder).");
    }
};

}  // namespace

std::unique_ptr<Command> makeOutboxCommand()
{
    return std::make_unique<OutboxCommand>();
}

std::unique_ptr<Command> makeSentCommand()
{
    return std::make_unique<SentCommand>();
}

}  // namespace cli
