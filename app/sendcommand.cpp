#include "sendcommand.h"

#include "cliutil.h"
#include "commandline.h"
#include "sendpreview.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace smtp;
namespace commandline = smtp::commandline;

namespace cli {

namespace {

// An address that parsed must still make a MAIL or RCPT line: the engine's builder is the one judge
// (RFC 5321 §4.1.2), so a value it would refuse is a usage error here, before anything connects.
bool envelopeAccepted(const Mailbox &m, bool sender, QString *why)
{
    const QByteArray path = m.envelope(true);
    return sender ? !commandline::mailFrom({path, -1, false, true, {}, {}}, why).isEmpty()
                  : !commandline::rcptTo({path, true, std::nullopt, {}}, why).isEmpty();
}

}  // namespace

SendCommand::SendCommand(const Accounts *accounts, const Formatter *formatter)
    : Command(QStringLiteral("send")), m_accounts(accounts), m_formatter(formatter)
{
    allowLineBreaks({QStringLiteral("body")});
}

bool SendCommand::needsAccounts(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--account") || a.startsWith(QLatin1String("--account=")))
            return true;
    }
    return false;
}

bool SendCommand::wantsTls(const QStringList &arguments)
{
    // The raw words, as QCommandLineParser will read them: the last --security wins.
    QString security;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--security") && i + 1 < arguments.size())
            security = arguments.at(++i);
        else if (a.startsWith(QLatin1String("--security=")))
            security = a.mid(int(qstrlen("--security=")));
    }
    Security guess = Security::StartTls;
    return !securityFromName(security, &guess) || guess != Security::None;
}

bool SendCommand::needsDesktop(const QStringList &arguments)
{
    if (needsAccounts(arguments))
        return true;
    for (const QString &a : arguments) {
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--markdown-file") || a.startsWith(QLatin1String("--markdown-file=")))
            return true;
    }
    return false;
}

QString SendCommand::description() const
{
    return tr("Send a message through an SMTP submission server.\n\n"
              "Exit codes: 0 sent, 2 usage error, 3 connection failed or protocol error, 4 TLS failure, "
              "5 authentication failed, 6 temporary failure (4xx), 7 permanent failure (5xx), 8 partly sent, "
              "9 may have been delivered (connection lost after the end of the message), 10 timeout, "
              "11 local error (unreadable file, bad message), 12 cancelled.");
}

void SendCommand::addOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser, true);
    parser.addOptions({
        {QStringLiteral("from"), tr("Sender address (header From and MAIL FROM)."), QStringLiteral("ADDR")},
        {QStringLiteral("to"), tr("Recipient (repeat for several)."), QStringLiteral("ADDR")},
        {QStringLiteral("cc"), tr("Copy recipient (repeat for several)."), QStringLiteral("ADDR")},
        {QStringLiteral("bcc"), tr("Blind copy recipient: in the envelope only, never in a header."),
         QStringLiteral("ADDR")},
        {QStringLiteral("reply-to"), tr("Reply-To address."), QStringLiteral("ADDR")},
        {QStringLiteral("subject"), tr("Subject."), QStringLiteral("TEXT")},
        {QStringLiteral("body"), tr("Body text."), QStringLiteral("TEXT")},
        {QStringLiteral("body-file"), tr("Read the body text (UTF-8) from FILE."), QStringLiteral("FILE")},
        {QStringLiteral("markdown-file"),
         tr("Read the body as Markdown (UTF-8) from FILE: sent as HTML with the Markdown as the plain text "
            "alternative; images beside FILE are sent inline."),
         QStringLiteral("FILE")},
        {QStringLiteral("attach"), tr("Attach FILE (repeat for several)."), QStringLiteral("FILE")},
        {QStringLiteral("priority"), tr("Priority: high, normal or low (Importance and X-Priority)."),
         QStringLiteral("LEVEL")},
        {QStringLiteral("read-receipt"), tr("Ask for a read receipt to the sender (RFC 8098).")},
        {QStringLiteral("eml"),
         tr("Send a prepared RFC 5322 message as it is (repeat, or give a folder, to send several on one "
            "connection). The envelope comes from --from/--to/--cc/--bcc, or from the file's own "
            "From/To/Cc/Bcc when those are not given."),
         QStringLiteral("FILE|DIR")},
        {QStringLiteral("transcript"), tr("Write the live protocol transcript to FILE, or - for stderr."),
         QStringLiteral("FILE")},
        {QStringLiteral("explain"),
         tr("Explain the transcript: after each line, what it means in plain words; then the TLS report and "
            "the time per stage. On stderr unless --transcript names a file.")},
        {QStringLiteral("dsn-notify"),
         tr("Ask for delivery status notifications: NEVER, or a list of SUCCESS, FAILURE and DELAY "
            "(RFC 3461)."),
         QStringLiteral("LIST")},
        {QStringLiteral("dsn-ret"), tr("What a notification returns: full or hdrs."), QStringLiteral("WHAT")},
        {QStringLiteral("dsn-envid"),
         tr("An envelope identifier that notifications quote back (printable ASCII, RFC 3461 §4.4)."),
         QStringLiteral("ID")},
        {QStringLiteral("quiet"), tr("Print nothing on success.")},
        {QStringLiteral("account"),
         tr("Use the server, sender and password (from the keychain) of this account (see stamp account). "
            "Other options override it. The message goes through the outbox and is kept in Sent, as in the "
            "window."),
         QStringLiteral("NAME")},
    });
    sendpreview::addOptions(parser);
}

int SendCommand::run(const QCommandLineParser &parser)
{
    SessionOptions options;
    QString error;
    Mailbox accountFrom;
    const QString account = parser.value(QStringLiteral("account"));
    if (parser.isSet(QStringLiteral("account"))) {
        if (!m_accounts)
            return usageError(tr("--account: this build has no accounts (it was built without the store)"));
        if (account.isEmpty())
            return usageError(tr("--account needs the name of an account (see stamp account list)"));
        if (const int code = m_accounts->apply(*this, parser, account, &options, &accountFrom))
            return code;
    }
    // A preview connects to nothing: no server is needed (but for swaks), and no password (swaks asks).
    const bool preview = sendpreview::wanted(parser);
    if (preview && !parser.isSet(QStringLiteral("print-swaks")) && options.host.isEmpty())
        options.host = QStringLiteral("server.invalid");
    if (preview && options.password.isEmpty())
        options.password = QStringLiteral("-");  // never used: nothing connects
    if (!connectionOptionsFrom(parser, &options, &error))
        return usageError(error);
    // The DSN values go on MAIL and RCPT lines: the engine's grammar decides (RFC 3461 §4.1, §4.3).
    if (parser.isSet(QStringLiteral("dsn-notify"))) {
        const std::optional<commandline::DsnNotify> notify =
            commandline::parseDsnNotify(parser.value(QStringLiteral("dsn-notify")), &error);
        if (!notify)
            return usageError(QStringLiteral("--dsn-notify: %1").arg(error));
        options.dsn.notify = notify->wire();
    }
    if (parser.isSet(QStringLiteral("dsn-ret"))) {
        options.dsn.ret = commandline::parseDsnRet(parser.value(QStringLiteral("dsn-ret")), &error);
        if (options.dsn.ret.isEmpty())
            return usageError(QStringLiteral("--dsn-ret: %1").arg(error));
    }
    if (parser.isSet(QStringLiteral("dsn-envid"))) {
        options.dsn.envid = parser.value(QStringLiteral("dsn-envid"));
        if (!commandline::validEnvid(options.dsn.envid, &error))
            return usageError(QStringLiteral("--dsn-envid: %1").arg(error));
    }

    auto list = [&](const char *name, QList<Mailbox> *out) -> bool {
        const QString option = QString::fromLatin1(name);
        for (const QString &v : parser.values(option)) {
            QString why;
            const QList<Mailbox> l = parseMailboxList(v, &why);
            if (l.isEmpty()) {
                error = QStringLiteral("--%1: %2").arg(option, why.isEmpty() ? tr("no address") : why);
                return false;
            }
            for (const Mailbox &m : l)
                if (!envelopeAccepted(m, false, &why)) {
                    error = QStringLiteral("--%1: %2").arg(option, why);
                    return false;
                }
            *out += l;
        }
        return true;
    };
    Message message;
    if (!list("to", &message.to) || !list("cc", &message.cc) || !list("bcc", &message.bcc)
        || !list("reply-to", &message.replyTo))
        return usageError(error);
    if (parser.isSet(QStringLiteral("from"))) {
        message.from = parseMailbox(parser.value(QStringLiteral("from")), &error);
        if (message.from.isNull() || !envelopeAccepted(message.from, true, &error))
            return usageError(QStringLiteral("--from: %1").arg(error));
    } else {
        message.from = accountFrom;
        if (!message.from.isNull() && !envelopeAccepted(message.from, true, &error))
            return usageError(tr("--account: the account's sender address cannot be used: %1").arg(error));
    }

    QList<QPair<Envelope, std::shared_ptr<MessageSource>>> jobs;
    if (parser.isSet(QStringLiteral("eml"))) {
        if (parser.isSet(QStringLiteral("subject")) || parser.isSet(QStringLiteral("body"))
            || parser.isSet(QStringLiteral("body-file")) || parser.isSet(QStringLiteral("attach")))
            return usageError(tr("--eml sends a prepared message: it cannot be combined with --subject, "
                                 "--body, --body-file or --attach"));
        if (parser.isSet(QStringLiteral("markdown-file")) || parser.isSet(QStringLiteral("priority"))
            || parser.isSet(QStringLiteral("read-receipt")))
            return usageError(
                tr("--eml sends a prepared message: it cannot be combined with --markdown-file, "
                   "--priority or --read-receipt"));
        QStringList files;
        for (const QString &p : parser.values(QStringLiteral("eml"))) {
            QFileInfo fi(p);
            if (fi.isDir()) {
                const QFileInfoList entries = QDir(p).entryInfoList(QDir::Files, QDir::Name);
                for (const QFileInfo &e : entries)
                    files << e.filePath();
            } else {
                files << p;
            }
        }
        if (files.isEmpty())
            return usageError(tr("--eml: no message files found"));
        for (const QString &f : files) {
            auto source = std::make_shared<EmlFileSource>(f);
            Envelope env{message.from, message.recipients()};
            // The file's own header section, read before connecting: what the flags did not give, and a
            // broken or oversized section refused here.
            QString why = source->readHeaders();
            if (why.isEmpty() && env.from.isNull())
                env.from = source->headerFrom(&why);
            if (why.isEmpty() && env.recipients.isEmpty())
                env.recipients = source->headerRecipients(&why);
            if (!why.isEmpty()) {
                printErr(tr("stamp: %1").arg(why) + QLatin1Char('\n'));
                return exitcode::Local;
            }
            if (env.from.isNull())
                return usageError(tr("%1: no sender: give --from").arg(f));
            if (env.recipients.isEmpty())
                return usageError(tr("%1: no recipient: give --to").arg(f));
            jobs.append({env, source});
        }
    } else {
        if (message.from.isNull())
            return usageError(tr("--from is required"));
        if (message.recipients().isEmpty())
            return usageError(tr("at least one --to, --cc or --bcc is required"));
        if (parser.isSet(QStringLiteral("body")) && parser.isSet(QStringLiteral("body-file")))
            return usageError(tr("give --body or --body-file, not both"));
        message.subject = parser.value(QStringLiteral("subject"));
        message.body = parser.value(QStringLiteral("body"));
        if (parser.isSet(QStringLiteral("body-file"))) {
            QFile f(parser.value(QStringLiteral("body-file")));
            if (!f.open(QIODevice::ReadOnly)) {
                printErr(tr("stamp: cannot read the body file %1: %2").arg(f.fileName(), f.errorString())
                         + QLatin1Char('\n'));
                return exitcode::Local;
            }
            message.body = QString::fromUtf8(f.readAll());
        }
        if (parser.isSet(QStringLiteral("markdown-file"))) {
            if (parser.isSet(QStringLiteral("body")) || parser.isSet(QStringLiteral("body-file")))
                return usageError(tr("give --markdown-file or --body/--body-file, not both"));
            if (!m_formatter)
                return usageError(tr("--markdown-file: this build cannot read Markdown (it was built without "
                                     "the window's libraries)"));
            QFile f(parser.value(QStringLiteral("markdown-file")));
            if (!f.open(QIODevice::ReadOnly)) {
                printErr(tr("stamp: cannot read the Markdown file %1: %2").arg(f.fileName(), f.errorString())
                         + QLatin1Char('\n'));
                return exitcode::Local;
            }
            m_formatter->markdown(QString::fromUtf8(f.readAll()), QFileInfo(f).absolutePath(), &message);
        }
        if (parser.isSet(QStringLiteral("priority"))) {
            const QString p = parser.value(QStringLiteral("priority")).toLower();
            if (p == QLatin1String("high"))
                message.priority = Priority::High;
            else if (p == QLatin1String("low"))
                message.priority = Priority::Low;
            else if (p != QLatin1String("normal"))
                return usageError(tr("--priority must be high, normal or low, not %1")
                                      .arg(parser.value(QStringLiteral("priority"))));
        }
        message.readReceipt = parser.isSet(QStringLiteral("read-receipt"));
        for (const QString &a : parser.values(QStringLiteral("attach")))
            message.attachments.append({a, {}, {}});
        const QString invalid = message.validate();
        if (!invalid.isEmpty()) {
            printErr(tr("stamp: %1").arg(invalid) + QLatin1Char('\n'));
            return exitcode::Local;
        }
        jobs.append(
            {Envelope{message.from, message.recipients()}, std::make_shared<MimeMessageSource>(message)});
    }

    if (preview)
        return sendpreview::run(*this, parser, jobs, options);

    TranscriptWriter transcript;
    if (!transcript.open(parser.value(QStringLiteral("transcript")), &error,
                         parser.isSet(QStringLiteral("explain")))) {
        printErr(tr("stamp: %1").arg(error) + QLatin1Char('\n'));
        return exitcode::Local;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    if (!account.isEmpty() && !parser.isSet(QStringLiteral("eml")))
        return m_accounts->sendThroughOutbox(account, parser, message, options, transcript, quiet);

    Session session(options);
    QObject::connect(&session, &Session::transcript, &session,
                     [&](const TranscriptEvent &e) { transcript.write(e); });
    QObject::connect(&session, &Session::tlsReportReady, &session,
                     [&](const TlsReport &r) { transcript.writeTlsReport(r); });
    for (const auto &job : std::as_const(jobs))
        session.addMessage(job.first, job.second);
    QObject::connect(&session, &Session::waitingForReply, &session,
                     [quiet](int) { tellWaitingForReply(quiet); });

    int exit = exitcode::Sent;
    int sent = 0;
    QObject::connect(&session, &Session::messageFinished, &session, [&](int index, const Outcome &o) {
        if (jobs.size() > 1)
            transcript.writeTimings(o.timings, index + 1);  // its own; the connection's come at the end
        if (o.delivered() && o.category == Outcome::Category::Sent)
            ++sent;
        else if (exit == exitcode::Sent)
            exit = o.exitCode();
        if (!quiet || !o.delivered() || o.category != Outcome::Category::Sent)
            printErr((jobs.size() > 1 ? tr("Message %1: %2").arg(index + 1).arg(o.describe()) : o.describe())
                     + QLatin1Char('\n'));
    });
    QObject::connect(&session, &Session::finished, &session, [&](const Outcome &o) {
        transcript.writeTimings(o.timings);
        if (jobs.isEmpty() && !o.delivered())
            exit = o.exitCode();
        QCoreApplication::exit(0);
    });
    session.start();
    QCoreApplication::exec();
    if (jobs.size() > 1)
        printErr(tr("%1 of %n message(s) sent.", nullptr, int(jobs.size())).arg(sent) + QLatin1Char('\n'));
    return exit;
}

}  // namespace cli
