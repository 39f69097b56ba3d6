#include "accountcommand.h"

#include "account.h"
#include "cliutil.h"
#include "mailstore.h"
#include "secretstore.h"
#include "submission.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace smtp;
using store::Account;
using store::AccountStore;
using store::SecretStore;

namespace {

// A keychain that never answers (an unlock prompt nobody sees) must not hang a script for ever.
constexpr int KeychainTimeoutMs = 120'000;

int accountUsage(const QString &message)
{
    std::fprintf(stderr, "stamp: %s\nTry 'stamp account --help'.\n", qPrintable(message));
    return exitcode::Usage;
}

int fail(const QString &message, int code = exitcode::Local)
{
    std::fprintf(stderr, "stamp: %s\n", qPrintable(message));
    return code;
}

void printHelp()
{
    std::fputs(
        "Usage:\n"
        "  stamp account add NAME --from ADDR --server HOST[:PORT] [options]\n"
        "  stamp account edit NAME [options]\n"
        "  stamp account list\n"
        "  stamp account remove NAME\n"
        "\n"
        "Accounts are shared with the Stamp window. Passwords are kept only in the system keychain\n"
        "(Secret Service: GNOME Keyring, KWallet), never in a file; give one with --password-stdin.\n"
        "\n"
        "Options of add and edit:\n"
        "  --from ADDR              sender address\n"
        "  --display-name TEXT      name shown with the address\n"
        "  --signature TEXT         signature the window offers to append\n"
        "  --server HOST[:PORT]     SMTP submission server\n"
        "  --security MODE          starttls (default, port 587), tls (port 465) or none\n"
        "  --user NAME              user name for AUTH (with --password-stdin)\n"
        "  --password-stdin         read the password from the first line of standard input\n"
        "  --auth METHOD            auto, plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer\n"
        "  --allow-plaintext-auth   with --security none, allow the password to be sent unencrypted\n"
        "  --ca-file PEM            also trust the CA certificates in this file\n"
        "  --pin-sha256 HEX         accept only the server certificate with this SHA-256 fingerprint\n"
        "  --default                make it the default account\n"
        "Options of edit only:\n"
        "  --no-ca-file, --no-pin-sha256   forget the CA file or the pinned fingerprint\n"
        "\n"
        "Exit codes: 0 done, 2 usage error or unknown account, 11 keychain or settings error.\n",
        stdout);
}

// Runs one keychain job to its end on the application's event loop (the command line's only loop).
SecretStore::Result
runKeychainJob(const std::function<void(SecretStore &, QObject *, SecretStore::DoneCallback)> &job)
{
    SecretStore secrets;
    QObject context;
    SecretStore::Result result;
    bool done = false;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &context, [&] {
        result.error = SecretStore::Error::Other;
        result.message =
            QStringLiteral("The keychain did not answer within %1 seconds (is it waiting for an unlock "
                           "prompt?). Unlock it and try again.")
                .arg(KeychainTimeoutMs / 1000);
        done = true;
        QCoreApplication::exit(0);
    });
    job(secrets, &context, [&](const SecretStore::Result &r) {
        if (done)
            return;
        result = r;
        done = true;
        QCoreApplication::exit(0);
    });
    if (!done) {
        guard.start(KeychainTimeoutMs);
        QCoreApplication::exec();
    }
    return result;
}

SecretStore::Result writeSecret(const QString &name, const QString &password)
{
    return runKeychainJob([&](SecretStore &s, QObject *ctx, SecretStore::DoneCallback done) {
        s.writePassword(name, password, ctx, std::move(done));
    });
}

SecretStore::Result removeSecret(const QString &name)
{
    return runKeychainJob([&](SecretStore &s, QObject *ctx, SecretStore::DoneCallback done) {
        s.removePassword(name, ctx, std::move(done));
    });
}

SecretStore::Result readSecret(const QString &name, QString *password)
{
    return runKeychainJob([&](SecretStore &s, QObject *ctx, SecretStore::DoneCallback done) {
        s.readPassword(name, ctx,
                       [password, done = std::move(done)](const QString &p, const SecretStore::Result &r) {
                           *password = p;
                           done(r);
                       });
    });
}

void addAccountOptions(QCommandLineParser &parser, bool edit)
{
    parser.addHelpOption();
    addConnectionOptions(parser, false);
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("Sender address."), QStringLiteral("ADDR")},
        {QStringLiteral("display-name"), QStringLiteral("Name shown with the address."),
         QStringLiteral("TEXT")},
        {QStringLiteral("signature"), QStringLiteral("Signature text."), QStringLiteral("TEXT")},
        {QStringLiteral("default"), QStringLiteral("Make it the default account.")},
    });
    if (edit)
        parser.addOptions({
            {QStringLiteral("no-ca-file"), QStringLiteral("Forget the CA file.")},
            {QStringLiteral("no-pin-sha256"), QStringLiteral("Forget the pinned certificate fingerprint.")},
        });
}

// add and edit: the flags on top of `base` (empty for add). On success the account is saved, and its
// password written to the keychain first when one was given.
int addOrEdit(const QStringList &arguments, bool edit)
{
    QCommandLineParser parser;
    addAccountOptions(parser, edit);
    if (!parser.parse(arguments))
        return accountUsage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return accountUsage(QStringLiteral("give exactly one account NAME"));
    if (parser.isSet(QStringLiteral("ehlo")))
        return accountUsage(QStringLiteral("--ehlo is not kept with an account: give it to stamp send"));
    const QString name = positional.first();
    const QString badName = store::checkAccountName(name);
    if (!badName.isEmpty())
        return accountUsage(badName);

    AccountStore accounts;
    Account account;
    if (edit) {
        const std::optional<Account> existing = accounts.find(name);
        if (!existing)
            return accountUsage(
                QStringLiteral("there is no account named \"%1\" (see stamp account list)").arg(name));
        account = *existing;
    } else {
        if (accounts.contains(name))
            return accountUsage(
                QStringLiteral("the account \"%1\" exists already: change it with stamp account edit")
                    .arg(name));
        if (!parser.isSet(QStringLiteral("from")))
            return accountUsage(QStringLiteral("--from is required"));
        if (!parser.isSet(QStringLiteral("server")))
            return accountUsage(QStringLiteral("--server is required"));
        account.name = name;
    }

    // The shared flag parser does the checking (server, port, security, auth, CA file, pin, password). The
    // current values go in first so that edit changes only what is given. The user goes in afterwards:
    // the parser insists on a password for a user, and edit keeps the stored one.
    SessionOptions o;
    o.host = account.host;
    o.port = account.port;
    o.security = account.security;
    o.auth = account.auth;
    o.allowPlaintextAuth = account.allowPlaintextAuth;
    o.pinnedSha256 = account.pinnedSha256;
    if (parser.isSet(QStringLiteral("password-stdin")))
        o.user = account.user;  // a new password for the current user
    const Security oldSecurity = account.security;
    QString error;
    if (!connectionOptionsFrom(parser, &o, &error))
        return accountUsage(error);
    if (!parser.isSet(QStringLiteral("user")))
        o.user = account.user;
    if (!parser.isSet(QStringLiteral("server")) && o.security != oldSecurity
        && account.port == defaultPort(oldSecurity))
        o.port = defaultPort(o.security);  // the port follows the security unless it was chosen

    account.host = o.host;
    account.port = o.port;
    account.security = o.security;
    account.user = o.user;
    account.auth = o.auth;
    account.allowPlaintextAuth = o.allowPlaintextAuth;
    account.pinnedSha256 = o.pinnedSha256;
    if (parser.isSet(QStringLiteral("ca-file")))
        account.caFile = QFileInfo(parser.value(QStringLiteral("ca-file"))).absoluteFilePath();
    if (edit && parser.isSet(QStringLiteral("no-ca-file")))
        account.caFile.clear();
    if (edit && parser.isSet(QStringLiteral("no-pin-sha256")))
        account.pinnedSha256.clear();
    if (parser.isSet(QStringLiteral("from"))) {
        // "Name <addr>" is accepted too: the name becomes the display name unless one is given.
        const Mailbox m = parseMailbox(parser.value(QStringLiteral("from")), &error);
        if (m.isNull())
            return accountUsage(QStringLiteral("--from: %1").arg(error));
        account.address = m.address();
        if (!m.displayName.isEmpty())
            account.displayName = m.displayName;
    }
    if (parser.isSet(QStringLiteral("display-name")))
        account.displayName = parser.value(QStringLiteral("display-name"));
    if (parser.isSet(QStringLiteral("signature")))
        account.signature = parser.value(QStringLiteral("signature"));
    const QString invalid = account.validate();
    if (!invalid.isEmpty())
        return accountUsage(invalid);

    // The secret first: if the keychain cannot take it, nothing is saved at all, so the same command can
    // simply be run again once the keychain works (and no account is left that cannot log in).
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        const SecretStore::Result r = writeSecret(name, o.password);
        if (!r.ok())
            return fail(
                QStringLiteral("%1\nThe account \"%2\" was not %3.")
                    .arg(r.message, name, edit ? QStringLiteral("changed") : QStringLiteral("saved")));
    }
    if (!accounts.save(account, &error)) {
        if (parser.isSet(QStringLiteral("password-stdin")) && !edit)
            removeSecret(name);  // do not leave a secret behind for an account that does not exist
        return fail(error);
    }
    if (edit && account.user.isEmpty()) {
        // No user any more: a password kept for the old one has no use.
        const SecretStore::Result r = removeSecret(name);
        if (!r.ok() && r.error != SecretStore::Error::NotFound && r.error != SecretStore::Error::NoService)
            std::fprintf(stderr, "stamp: warning: the old password could not be removed: %s\n",
                         qPrintable(r.message));
    }
    if (parser.isSet(QStringLiteral("default")) && !accounts.setDefaultAccount(name, &error))
        return fail(error);
    std::printf("Account \"%s\" %s.\n", qPrintable(name), edit ? "changed" : "added");
    return 0;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return accountUsage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return accountUsage(QStringLiteral("list takes no argument"));
    AccountStore accounts;
    const QList<Account> all = accounts.accounts();
    const QString def = accounts.defaultAccountName();
    for (const Account &a : all) {
        QString line =
            QStringLiteral("%1%2\t%3\t%4:%5 %6")
                .arg(a.name, a.name == def ? QStringLiteral(" (default)") : QString(), a.fromText(), a.host)
                .arg(a.port)
                .arg(securityName(a.security));
        if (!a.user.isEmpty())
            line += QStringLiteral("\tuser %1").arg(a.user);
        std::printf("%s\n", qPrintable(line));
    }
    if (all.isEmpty())
        std::fputs("No accounts. Add one with: stamp account add NAME --from ADDR --server HOST\n", stderr);
    return 0;
}

int remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return accountUsage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return accountUsage(QStringLiteral("give exactly one account NAME"));
    const QString name = parser.positionalArguments().first();
    AccountStore accounts;
    if (!accounts.contains(name))
        return accountUsage(
            QStringLiteral("there is no account named \"%1\" (see stamp account list)").arg(name));
    // The secret first. NotFound: nothing to remove. NoService: with no keychain nothing can have been kept.
    // Locked or refused: keep the account, so that running this again after unlocking removes both.
    const SecretStore::Result r = removeSecret(name);
    if (!r.ok() && r.error != SecretStore::Error::NotFound && r.error != SecretStore::Error::NoService)
        return fail(QStringLiteral("%1\nThe account \"%2\" was not removed.").arg(r.message, name));
    QString error;
    if (!accounts.remove(name, &error))
        return fail(error);
    std::printf("Account \"%s\" removed.\n", qPrintable(name));
    return 0;
}

}  // namespace

int runAccountCommand(const QStringList &arguments)
{
    // arguments: program, then the subcommand and its options.
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")
        || sub == QLatin1String("help")) {
        printHelp();
        return sub.isEmpty() ? exitcode::Usage : 0;
    }
    if (sub == QLatin1String("add"))
        return addOrEdit(rest, false);
    if (sub == QLatin1String("edit"))
        return addOrEdit(rest, true);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("remove"))
        return remove(rest);
    return accountUsage(QStringLiteral("unknown account command \"%1\"").arg(sub));
}

int applyAccountToSend(const QCommandLineParser &parser, const QString &name, SessionOptions *options,
                       Mailbox *from)
{
    AccountStore accounts;
    const std::optional<Account> account = accounts.find(name);
    if (!account)
        return usageError(
            QStringLiteral("--account: there is no account named \"%1\" (see stamp account list)").arg(name));
    QString error;
    // The password is not known yet: the options are filled first, the password after.
    if (!store::sessionOptionsFor(*account, QString(), options, &error))
        return fail(error);
    *from = account->mailbox(&error);
    if (from->isNull())
        return fail(error);
    // --password-stdin overrides the keychain; --user means another login, whose password must come from
    // stdin.
    const bool needSecret = !account->user.isEmpty() && !parser.isSet(QStringLiteral("password-stdin"))
                            && !parser.isSet(QStringLiteral("user"));
    if (!needSecret)
        return 0;
    QString password;
    const SecretStore::Result r = readSecret(name, &password);
    if (!r.ok())
        return fail(r.message);
    options->password = password;
    return 0;
}

int sendThroughOutbox(const QString &account, const QCommandLineParser &parser, const Message &message,
                      const SessionOptions &options, TranscriptWriter &transcript, bool quiet)
{
    const auto joined = [&](const char *option) {
        return parser.values(QString::fromLatin1(option)).join(QStringLiteral(", "));
    };
    store::MailItem item;
    item.account = account;
    item.from = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                     : QString::fromUtf8(message.from.headerForm(true));
    item.to = joined("to");
    item.cc = joined("cc");
    item.bcc = joined("bcc");
    item.replyTo = joined("reply-to");
    item.subject = message.subject;
    item.body = message.body;
    for (const Attachment &a : message.attachments)
        item.attachments << QFileInfo(a.path).absoluteFilePath();

    store::MailStore mail;
    QString error;
    const QString id = mail.enqueue(item, &error);
    if (id.isEmpty())
        return fail(
            QStringLiteral("the message could not be put in the outbox, so nothing was sent: %1").arg(error));

    store::Submission submission(&mail, id, options);
    QObject::connect(&submission, &store::Submission::transcript, &submission,
                     [&](const TranscriptEvent &e) { transcript.write(e); });
    QObject::connect(&submission, &store::Submission::finished, &submission,
                     [](const Outcome &) { QCoreApplication::exit(0); });
    submission.start();
    QCoreApplication::exec();

    const Outcome &o = submission.outcome();
    if (!quiet || o.category != Outcome::Category::Sent)
        std::fprintf(stderr, "%s\n", qPrintable(o.describe()));
    if (!o.delivered())
        std::fprintf(stderr, "The message is kept in the outbox (%s) with the reason.\n",
                     qPrintable(mail.folderPath(store::MailStore::Folder::Outbox) + QLatin1Char('/') + id
                                + QStringLiteral(".json")));
    return o.exitCode();
}
