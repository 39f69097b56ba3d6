#include "sendcommand.h"

#include "cliutil.h"
#include "session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

#ifdef STAMP_WITH_STORE
#include "accountcommand.h"
#endif

using namespace smtp;

int runSendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Send a message through an SMTP submission server.\n\n"
        "Exit codes: 0 sent, 2 usage error, 3 connection failed or protocol error, 4 TLS failure, "
        "5 authentication failed, 6 temporary failure (4xx), 7 permanent failure (5xx), 8 partly sent, "
        "9 may have been delivered (connection lost after the end of the message), 10 timeout, "
        "11 local error (unreadable file, bad message), 12 cancelled."));
    parser.addHelpOption();
    addConnectionOptions(parser, true);
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("Sender address (header From and MAIL FROM)."), QStringLiteral("ADDR")},
        {QStringLiteral("to"), QStringLiteral("Recipient (repeat for several)."), QStringLiteral("ADDR")},
        {QStringLiteral("cc"), QStringLiteral("Copy recipient (repeat for several)."), QStringLiteral("ADDR")},
        {QStringLiteral("bcc"), QStringLiteral("Blind copy recipient: in the envelope only, never in a header."),
         QStringLiteral("ADDR")},
        {QStringLiteral("reply-to"), QStringLiteral("Reply-To address."), QStringLiteral("ADDR")},
        {QStringLiteral("subject"), QStringLiteral("Subject."), QStringLiteral("TEXT")},
        {QStringLiteral("body"), QStringLiteral("Body text."), QStringLiteral("TEXT")},
        {QStringLiteral("body-file"), QStringLiteral("Read the body text (UTF-8) from FILE."), QStringLiteral("FILE")},
        {QStringLiteral("attach"), QStringLiteral("Attach FILE (repeat for several)."), QStringLiteral("FILE")},
        {QStringLiteral("eml"),
         QStringLiteral("Send a prepared RFC 5322 message as it is (repeat, or give a folder, to send several "
                        "on one connection). The envelope comes from --from/--to/--cc/--bcc, or from the "
                        "file's own From/To/Cc/Bcc when those are not given."),
         QStringLiteral("FILE|DIR")},
        {QStringLiteral("transcript"), QStringLiteral("Write the live protocol transcript to FILE, or - for stderr."),
         QStringLiteral("FILE")},
        {QStringLiteral("dsn-notify"), QStringLiteral("Ask for delivery notifications (e.g. SUCCESS,FAILURE)."),
         QStringLiteral("LIST")},
        {QStringLiteral("dsn-ret"), QStringLiteral("What a notification returns: full or hdrs."), QStringLiteral("WHAT")},
        {QStringLiteral("quiet"), QStringLiteral("Print nothing on success.")},
    });
#ifdef STAMP_WITH_STORE
    parser.addOption({QStringLiteral("account"),
                      QStringLiteral("Use the server, sender and password (from the keychain) of this account "
                                     "(see stamp account). Other options override it. The message goes through "
                                     "the outbox and is kept in Sent, as in the window."),
                      QStringLiteral("NAME")});
#endif
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    SessionOptions options;
    QString error;
    Mailbox accountFrom;
#ifdef STAMP_WITH_STORE
    const QString account = parser.value(QStringLiteral("account"));
    if (!account.isEmpty())
        if (const int code = applyAccountToSend(parser, account, &options, &accountFrom))
            return code;
#endif
    if (!connectionOptionsFrom(parser, &options, &error))
        return usageError(error);
    if (parser.isSet(QStringLiteral("dsn-notify")))
        options.dsn.notify = parser.value(QStringLiteral("dsn-notify")).toUpper().toLatin1();
    if (parser.isSet(QStringLiteral("dsn-ret")))
        options.dsn.ret = parser.value(QStringLiteral("dsn-ret")).toUpper().toLatin1();
    if (!options.dsn.ret.isEmpty() && options.dsn.ret != "FULL" && options.dsn.ret != "HDRS")
        return usageError(QStringLiteral("--dsn-ret takes full or hdrs"));

    auto list = [&](const char *name, QList<Mailbox> *out) -> bool {
        for (const QString &v : parser.values(QString::fromLatin1(name))) {
            QString why;
            const QList<Mailbox> l = parseMailboxList(v, &why);
            if (l.isEmpty()) {
                error = QStringLiteral("--%1: %2").arg(QString::fromLatin1(name), why.isEmpty() ? QStringLiteral("no address") : why);
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
        if (message.from.isNull())
            return usageError(QStringLiteral("--from: %1").arg(error));
    } else {
        message.from = accountFrom;
    }

    QList<QPair<Envelope, std::shared_ptr<MessageSource>>> jobs;
    if (parser.isSet(QStringLiteral("eml"))) {
        if (parser.isSet(QStringLiteral("subject")) || parser.isSet(QStringLiteral("body"))
            || parser.isSet(QStringLiteral("body-file")) || parser.isSet(QStringLiteral("attach")))
            return usageError(QStringLiteral("--eml sends a prepared message: it cannot be combined with --subject, "
                                             "--body, --body-file or --attach"));
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
            return usageError(QStringLiteral("--eml: no message files found"));
        for (const QString &f : files) {
            auto source = std::make_shared<EmlFileSource>(f);
            Envelope env{message.from, message.recipients()};
            // The file's own header section, read before connecting: what the flags did not give, and a broken
            // or oversized section refused here.
            QString why = source->readHeaders();
            if (why.isEmpty() && env.from.isNull())
                env.from = source->headerFrom(&why);
            if (why.isEmpty() && env.recipients.isEmpty())
                env.recipients = source->headerRecipients(&why);
            if (!why.isEmpty()) {
                std::fprintf(stderr, "stamp: %s\n", qPrintable(why));
                return exitcode::Local;
            }
            if (env.from.isNull())
                return usageError(QStringLiteral("%1: no sender: give --from").arg(f));
            if (env.recipients.isEmpty())
                return usageError(QStringLiteral("%1: no recipient: give --to").arg(f));
            jobs.append({env, source});
        }
    } else {
        if (message.from.isNull())
            return usageError(QStringLiteral("--from is required"));
        if (message.recipients().isEmpty())
            return usageError(QStringLiteral("at least one --to, --cc or --bcc is required"));
        if (parser.isSet(QStringLiteral("body")) && parser.isSet(QStringLiteral("body-file")))
            return usageError(QStringLiteral("give --body or --body-file, not both"));
        message.subject = parser.value(QStringLiteral("subject"));
        message.body = parser.value(QStringLiteral("body"));
        if (parser.isSet(QStringLiteral("body-file"))) {
            QFile f(parser.value(QStringLiteral("body-file")));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "stamp: cannot read the body file %s: %s\n", qPrintable(f.fileName()),
                             qPrintable(f.errorString()));
                return exitcode::Local;
            }
            message.body = QString::fromUtf8(f.readAll());
        }
        for (const QString &a : parser.values(QStringLiteral("attach")))
            message.attachments.append({a, {}, {}});
        const QString invalid = message.validate();
        if (!invalid.isEmpty()) {
            std::fprintf(stderr, "stamp: %s\n", qPrintable(invalid));
            return exitcode::Local;
        }
        jobs.append({Envelope{message.from, message.recipients()}, std::make_shared<MimeMessageSource>(message)});
    }

    TranscriptWriter transcript;
    if (!transcript.open(parser.value(QStringLiteral("transcript")), &error)) {
        std::fprintf(stderr, "stamp: %s\n", qPrintable(error));
        return exitcode::Local;
    }
#ifdef STAMP_WITH_STORE
    if (!account.isEmpty() && !parser.isSet(QStringLiteral("eml")))
        return sendThroughOutbox(account, parser, message, options, transcript, parser.isSet(QStringLiteral("quiet")));
#endif
    Session session(options);
    QObject::connect(&session, &Session::transcript, &session,
                     [&](const TranscriptEvent &e) { transcript.write(e); });
    for (const auto &job : std::as_const(jobs))
        session.addMessage(job.first, job.second);

    int exit = exitcode::Sent;
    int sent = 0;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    QObject::connect(&session, &Session::messageFinished, &session, [&](int index, const Outcome &o) {
        if (o.delivered() && o.category == Outcome::Category::Sent)
            ++sent;
        else if (exit == exitcode::Sent)
            exit = o.exitCode();
        if (!quiet || !o.delivered() || o.category != Outcome::Category::Sent) {
            const QString prefix = jobs.size() > 1 ? QStringLiteral("Message %1: ").arg(index + 1) : QString();
            std::fprintf(stderr, "%s%s\n", qPrintable(prefix), qPrintable(o.describe()));
        }
    });
    QObject::connect(&session, &Session::finished, &session, [&](const Outcome &o) {
        if (jobs.isEmpty() && !o.delivered())
            exit = o.exitCode();
        QCoreApplication::exit(0);
    });
    session.start();
    QCoreApplication::exec();
    if (jobs.size() > 1)
        std::fprintf(stderr, "%d of %lld messages sent.\n", sent, qlonglong(jobs.size()));
    return exit;
}
