#include "accountcommand.h"

#include "account.h"
#include "accountsignin.h"
#include "cliutil.h"
#include "commandline.h"
#include "mailstore.h"
#include "secretstore.h"
#include "submission.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <functional>

using namespace smtp;
namespace commandline = smtp::commandline;
using store::Account;
using store::AccountStore;
using store::SecretStore;

namespace cli {

namespace {

// A keychain that never answers (an unlock prompt nobody sees) must not hang a script for ever.
constexpr int KeychainTimeoutMs = 120'000;

int fail(const QString &message, int code = exitcode::Local)
{
    printErr(QCoreApplication::translate("cli::AccountCommand", "stamp: %1").arg(message)
             + QLatin1Char('\n'));
    return code;
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
            QCoreApplication::translate("cli::AccountCommand",
                                        "The keychain did not answer within %1 seconds (is it "
                                        "waiting for an unlock prompt?). Unlock it and try again.")
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

// add and edit: the flags on top of the stored account (nothing, for add). On success the account is saved,
// and its password written to the keychain first when one was given.
class AddOrEditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::AccountCommand)
public:
    explicit AddOrEditCommand(bool edit)
        : Command(edit ? QStringLiteral("account edit") : QStringLiteral("account add")), m_edit(edit)
    {
        setArguments(QStringLiteral("NAME"), tr("The name of the account, as the window shows it."), 1, 1);
        allowLineBreaks({QStringLiteral("signature")});
    }
    QString summary() const override
    {
        return m_edit ? tr("Change the given settings of an account, keeping the others.")
                      : tr("Add an account: NAME --from ADDR --server HOST[:PORT] [options].");
    }

protected:
    QString description() const override
    {
        return summary() + QStringLiteral("\n\n")
               + tr(
                   "Passwords are kept only in the system keychain (Secret Service: GNOME Keyring, KWallet), "
                   "never in a file; give one with --password-stdin.\n"
                   "Exit codes: 0 done, 2 usage error or unknown account, 11 keychain or settings error.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        addConnectionOptions(parser, false);
        parser.addOptions({
            {QStringLiteral("from"), tr("Sender address (\"Name <addr>\" sets the display name too)."),
             QStringLiteral("ADDR")},
            {QStringLiteral("display-name"), tr("Name shown with the address."), QStringLiteral("TEXT")},
            {QStringLiteral("signature"), tr("Signature the window offers to append."),
             QStringLiteral("TEXT")},
            {QStringLiteral("default"), tr("Make it the default account.")},
            {QStringLiteral("auto"), tr("Find the server, port and security from the address (--from).")},
            {QStringLiteral("yes"), tr("With --auto, use what was found without asking.")},
            {QStringLiteral("oauth-issuer"), tr("With --auth oauth2: the sign-in server's issuer URL."),
             QStringLiteral("URL")},
            {QStringLiteral("oauth-client-id"), tr("With --auth oauth2: the client ID registered for Stamp."),
             QStringLiteral("ID")},
        });
        if (m_edit)
            parser.addOptions({
                {QStringLiteral("no-ca-file"), tr("Forget the CA file.")},
                {QStringLiteral("no-pin-sha256"), tr("Forget the pinned certificate fingerprint.")},
            });
    }
    int run(const QCommandLineParser &parser) override;

private:
    bool m_edit;
};

int AddOrEditCommand::run(const QCommandLineParser &parser)
{
    const bool edit = m_edit;
    if (parser.isSet(QStringLiteral("ehlo")))
        return usageError(tr("--ehlo is not kept with an account: give it to stamp send"));
    const QString name = parser.positionalArguments().first();
    const QString badName = store::checkAccountName(name);
    if (!badName.isEmpty())
        return usageError(badName);

    AccountStore accounts;
    Account account;
    if (edit) {
        const std::optional<Account> existing = accounts.find(name);
        if (!existing)
            return usageError(tr("there is no account named \"%1\" (see stamp account list)").arg(name));
        account = *existing;
    } else {
        if (accounts.contains(name))
            return usageError(
                tr("the account \"%1\" exists already: change it with stamp account edit").arg(name));
        if (!parser.isSet(QStringLiteral("from")))
            return usageError(tr("--from is required"));
        if (!parser.isSet(QStringLiteral("server")) && !parser.isSet(QStringLiteral("auto")))
            return usageError(tr("--server (or --auto) is required"));
        account.name = name;
    }
    if (parser.isSet(QStringLiteral("auto"))) {
        QString ignored;
        const Mailbox from = parseMailbox(parser.value(QStringLiteral("from")), &ignored);
        account.address = from.isNull() ? account.address : from.address();
        const int code = autoconfigureAccount(*this, &account, parser.isSet(QStringLiteral("yes")));
        if (code != 0)
            return code;
    }
    if (parser.isSet(QStringLiteral("oauth-issuer")))
        account.oauthIssuer = parser.value(QStringLiteral("oauth-issuer"));
    if (parser.isSet(QStringLiteral("oauth-client-id")))
        account.oauthClientId = parser.value(QStringLiteral("oauth-client-id"));
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
        return usageError(error);
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
            return usageError(QStringLiteral("--from: %1").arg(error));
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
        return usageError(invalid);

    // The secret first: if the keychain cannot take it, nothing is saved at all, so the same command can
    // simply be run again once the keychain works (and no account is left that cannot log in).
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        const SecretStore::Result r = writeSecret(name, o.password);
        if (!r.ok())
            return fail(edit ? tr("%1\nThe account \"%2\" was not changed.").arg(r.message, name)
                             : tr("%1\nThe account \"%2\" was not saved.").arg(r.message, name));
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
            printErr(tr("stamp: warning: the old password could not be removed: %1").arg(r.message)
                     + QLatin1Char('\n'));
    }
    if (parser.isSet(QStringLiteral("default")) && !accounts.setDefaultAccount(name, &error))
        return fail(error);
    printOut((edit ? tr("Account \"%1\" changed.") : tr("Account \"%1\" added.")).arg(name)
             + QLatin1Char('\n'));
    return 0;
}

class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::AccountCommand)
public:
    ListCommand() : Command(QStringLiteral("account list")) {}
    QString summary() const override { return tr("List the accounts: name, sender, server and user."); }

protected:
    int run(const QCommandLineParser &) override
    {
        AccountStore accounts;
        const QList<Account> all = accounts.accounts();
        const QString def = accounts.defaultAccountName();
        for (const Account &a : all) {
            QString line =
                QStringLiteral("%1%2\t%3\t%4:%5 %6")
                    .arg(a.name, a.name == def ? tr(" (default)") : QString(), a.fromText(), a.host)
                    .arg(a.port)
                    .arg(securityName(a.security));
            if (!a.user.isEmpty())
                line += tr("\tuser %1").arg(a.user);
            printOut(line + QLatin1Char('\n'));
        }
        if (all.isEmpty())
            printErr(tr("No accounts. Add one with: stamp account add NAME --from ADDR --server HOST")
                     + QLatin1Char('\n'));
        return 0;
    }
};

class RemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::AccountCommand)
public:
    RemoveCommand() : Command(QStringLiteral("account remove"))
    {
        setArguments(QStringLiteral("NAME"), tr("The account to remove, with its password."), 1, 1);
    }
    QString summary() const override { return tr("Remove an account and its password from the keychain."); }

protected:
    int run(const QCommandLineParser &parser) override
    {
        const QString name = parser.positionalArguments().first();
        AccountStore accounts;
        if (!accounts.contains(name))
            return usageError(tr("there is no account named \"%1\" (see stamp account list)").arg(name));
        // The secret first. NotFound: nothing to remove. NoService: with no keychain nothing can have been
        // kept. Locked or refused: keep the account, so that running this again after unlocking removes both.
        const SecretStore::Result r = removeSecret(name);
        if (!r.ok() && r.error != SecretStore::Error::NotFound && r.error != SecretStore::Error::NoService)
            return fail(tr("%1\nThe account \"%2\" was not removed.").arg(r.message, name));
        QString error;
        if (!accounts.remove(name, &error))
            return fail(error);
        printOut(tr("Account \"%1\" removed.").arg(name) + QLatin1Char('\n'));
        return 0;
    }
};

class AccountCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(cli::AccountCommand)
public:
    AccountCommand() : CommandGroup(QStringLiteral("account"))
    {
        add(std::make_unique<AddOrEditCommand>(false));
        add(std::make_unique<AddOrEditCommand>(true));
        add(std::make_unique<ListCommand>());
        add(std::make_unique<RemoveCommand>());
        add(makeAccountLoginCommand());
        add(makeAccountLogoutCommand());
    }

protected:
    QString description() const override
    {
        return tr("The accounts are shared with the Stamp window. Passwords are kept only in the system "
                  "keychain (Secret Service: GNOME Keyring, KWallet), never in a file.");
    }
};

// `send --account NAME`, for the send command of stamp-desktop.
class StoreAccounts : public SendCommand::Accounts
{
    Q_DECLARE_TR_FUNCTIONS(cli::AccountCommand)
public:
    int apply(const Command &command, const QCommandLineParser &parser, const QString &name,
              SessionOptions *options, Mailbox *from) const override;
    int sendThroughOutbox(const QString &account, const QCommandLineParser &parser, const Message &message,
                          const SessionOptions &options, TranscriptWriter &transcript,
                          bool quiet) const override;
};

int StoreAccounts::apply(const Command &command, const QCommandLineParser &parser, const QString &name,
                         SessionOptions *options, Mailbox *from) const
{
    AccountStore accounts;
    const std::optional<Account> account = accounts.find(name);
    if (!account)
        return command.usageError(
            tr("--account: there is no account named \"%1\" (see stamp account list)").arg(name));
    QString error;
    // The settings file may have been edited by hand: the user name goes into AUTH, so the engine's rule
    // applies to it as to --user.
    if (!account->user.isEmpty() && !commandline::validAuthIdentity(account->user, &error))
        return command.usageError(tr("--account: the account's user name cannot be used: %1").arg(error));
    // The password is not known yet: the options are filled first, the password after.
    if (!store::sessionOptionsFor(*account, QString(), options, &error))
        return fail(error);
    *from = account->mailbox(&error);
    if (from->isNull())
        return fail(error);
    if (account->usesOAuth() && !parser.isSet(QStringLiteral("password-stdin"))) {
        // The refresh token in the keychain gives the access token, renewed as needed (stamp account login).
        static std::unique_ptr<smtp::TokenProvider> tokens;
        tokens = oauthTokensFor(*account, &error);
        options->tokens = tokens.get();
        return 0;
    }
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

int StoreAccounts::sendThroughOutbox(const QString &account, const QCommandLineParser &parser,
                                     const Message &message, const SessionOptions &options,
                                     TranscriptWriter &transcript, bool quiet) const
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
    item.html = message.html;
    item.inlineImages = message.inlineImages;
    item.textFormat = message.html.isEmpty() ? QString() : QStringLiteral("markdown");
    item.priority = message.priority;
    item.readReceipt = message.readReceipt;

    store::MailStore mail;
    QString error;
    const QString id = mail.enqueue(item, &error);
    if (id.isEmpty())
        return fail(tr("the message could not be put in the outbox, so nothing was sent: %1").arg(error));

    store::Submission submission(&mail, id, options);
    QObject::connect(&submission, &store::Submission::transcript, &submission,
                     [&](const TranscriptEvent &e) { transcript.write(e); });
    QObject::connect(&submission, &store::Submission::waitingForReply, &submission,
                     [quiet] { tellWaitingForReply(quiet); });
    QObject::connect(&submission, &store::Submission::tlsReport, &submission,
                     [&](const TlsReport &r) { transcript.writeTlsReport(r); });
    QObject::connect(&submission, &store::Submission::finished, &submission, [&](const Outcome &o) {
        transcript.writeTimings(o.timings);
        QCoreApplication::exit(0);
    });
    submission.start();
    QCoreApplication::exec();

    const Outcome &o = submission.outcome();
    if (!quiet || o.category != Outcome::Category::Sent)
        printErr(o.describe() + QLatin1Char('\n'));
    if (!o.delivered())
        printErr(tr("The message is kept in the outbox (%1) with the reason.")
                     .arg(mail.folderPath(store::MailStore::Folder::Outbox) + QLatin1Char('/') + id
                          + QStringLiteral(".json"))
                 + QLatin1Char('\n'));
    return o.exitCode();
}

}  // namespace

std::unique_ptr<Command> makeAccountCommand()
{
    return std::make_unique<AccountCommand>();
}

const SendCommand::Accounts &storeAccountsForSend()
{
    static const StoreAccounts accounts;
    return accounts;
}

}  // namespace cli
