#include "accountsignin.h"

#include "accountoauth.h"
#include "accounttokens.h"
#include "autoconfig.h"
#include "cliutil.h"
#include "oauthflow.h"
#include "oauthtokens.h"
#include "outcome.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

using store::Account;
using store::AccountStore;

namespace cli {

namespace {

// The command line's one event loop, run until the job calls quit (or at once when it already did).
void runUntilDone(const std::function<void(std::function<void()> quit)> &job)
{
    bool done = false;
    job([&done] {
        done = true;
        QCoreApplication::exit(0);
    });
    if (!done)
        QCoreApplication::exec();
}

int signInExitCode(store::OAuthFlow::Error e)
{
    switch (e) {
    case store::OAuthFlow::Error::None:
        return smtp::exitcode::Sent;
    case store::OAuthFlow::Error::Cancelled:
        return smtp::exitcode::Cancelled;
    case store::OAuthFlow::Error::Network:
        return smtp::exitcode::Connection;
    case store::OAuthFlow::Error::TimedOut:
        return smtp::exitcode::Timeout;
    case store::OAuthFlow::Error::Denied:
    case store::OAuthFlow::Error::BadResponse:
        return smtp::exitcode::Auth;
    }
    return smtp::exitcode::Auth;
}

// The desktop's URL handler: xdg-open, which honours $BROWSER where no desktop runs; without xdg-utils,
// $BROWSER itself (the first of its colon-separated commands, %s standing for the address).
void openInBrowser(const QString &url)
{
    if (QProcess::startDetached(QStringLiteral("xdg-open"), {url}))
        return;
    const QString browser = qEnvironmentVariable("BROWSER").section(QLatin1Char(':'), 0, 0).trimmed();
    if (browser.isEmpty())
        return;
    QStringList words = QProcess::splitCommand(browser);
    if (words.isEmpty())
        return;
    bool placed = false;
    for (QString &w : words)
        if (w.contains(QLatin1String("%s"))) {
            w.replace(QLatin1String("%s"), url);
            placed = true;
        }
    if (!placed)
        words << url;
    const QString program = words.takeFirst();
    QProcess::startDetached(program, words);
}

bool findProvider(const Account &account, store::OAuthProvider *provider, QString *error)
{
    QNetworkAccessManager nam;
    QObject context;
    runUntilDone([&](std::function<void()> quit) {
        store::oauthProviderFor(account, &nam, &context, [&, quit](store::OAuthProvider p, QString e) {
            *provider = p;
            *error = e;
            quit();
        });
    });
    return error->isEmpty();
}

class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::AccountLogin)
public:
    LoginCommand() : Command(QStringLiteral("account login"))
    {
        setArguments(QStringLiteral("NAME"), tr("The account to sign in."), 1, 1);
    }
    QString summary() const override
    {
        return tr("Sign in to an OAuth 2.0 account (Google, Microsoft, or another provider) in the browser.");
    }

protected:
    QString description() const override
    {
        return summary() + QStringLiteral("\n\n")
               + tr(
                   "Opens the sign-in page in your browser (and prints its address); the answer comes back "
                   "to "
                   "Stamp on 127.0.0.1 only. With --device, prints a code to enter on another device "
                   "instead. "
                   "The refresh token is kept in the system keychain, never in a file.\n"
                   "Exit codes: 0 signed in, 2 usage error, 3 network, 5 sign-in refused, 10 not finished in "
                   "time, 11 keychain error.");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("device"), tr("Sign in on another device with a code (RFC 8628).")});
    }
    int run(const QCommandLineParser &parser) override
    {
        const QString name = parser.positionalArguments().first();
        const std::optional<Account> account = AccountStore().find(name);
        if (!account)
            return usageError(tr("there is no account named \"%1\" (see stamp account list)").arg(name));
        if (!account->usesOAuth())
            return usageError(
                tr("the account \"%1\" signs in with a password; use --auth oauth2 to change it").arg(name));
        store::OAuthProvider provider;
        QString error;
        if (!findProvider(*account, &provider, &error)) {
            printErr(tr("stamp: %1").arg(error) + QLatin1Char('\n'));
            return smtp::exitcode::Auth;
        }
        store::OAuthFlow flow(provider);
        QObject::connect(&flow, &store::OAuthFlow::openBrowser, &flow, [](const QUrl &url) {
            const QString shown = url.toString(QUrl::FullyEncoded);
            printErr(tr("Opening the sign-in page in your browser. If it does not open, visit:\n  %1\n")
                         .arg(shown));
            openInBrowser(shown);
        });
        QObject::connect(&flow, &store::OAuthFlow::deviceCode, &flow,
                         [](const QString &code, const QUrl &uri, const QUrl &complete, int expires) {
                             printErr(
                                 tr("On any device, visit %1 and enter the code %2 (within %n minute(s)).\n",
                                    nullptr, qMax(1, expires / 60))
                                     .arg(uri.toString(), code));
                             if (complete.isValid())
                                 printErr(tr("Or open: %1\n").arg(complete.toString(QUrl::FullyEncoded)));
                         });
        store::OAuthTokens tokens;
        store::OAuthFlow::Error failure = store::OAuthFlow::Error::None;
        runUntilDone([&](std::function<void()> quit) {
            QObject::connect(
                &flow, &store::OAuthFlow::finished, &flow,
                [&, quit](const store::OAuthTokens &t, store::OAuthFlow::Error e, const QString &m) {
                    tokens = t;
                    failure = e;
                    error = m;
                    quit();
                });
            if (parser.isSet(QStringLiteral("device")))
                flow.startDevice();
            else
                flow.startBrowser(account->address);
        });
        if (failure != store::OAuthFlow::Error::None) {
            printErr(tr("stamp: %1").arg(error) + QLatin1Char('\n'));
            return signInExitCode(failure);
        }
        store::SecretStore secrets;
        store::OAuthTokenSource source(name, provider, &secrets);
        runUntilDone([&](std::function<void()> quit) {
            source.adopt(tokens, [&, quit](const QString &e) {
                error = e;
                quit();
            });
        });
        if (!error.isEmpty()) {
            printErr(tr("stamp: signed in, but the keychain did not keep the sign-in: %1").arg(error)
                     + QLatin1Char('\n'));
            return smtp::exitcode::Local;
        }
        printOut(tr("Signed in to %1 for the account \"%2\".").arg(provider.name, name) + QLatin1Char('\n'));
        return 0;
    }
};

class LogoutCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::AccountLogin)
public:
    LogoutCommand() : Command(QStringLiteral("account logout"))
    {
        setArguments(QStringLiteral("NAME"), tr("The account to sign out."), 1, 1);
    }
    QString summary() const override
    {
        return tr("Forget an OAuth 2.0 account's sign-in (the refresh token in the keychain).");
    }

protected:
    int run(const QCommandLineParser &parser) override
    {
        const QString name = parser.positionalArguments().first();
        if (!AccountStore().find(name))
            return usageError(tr("there is no account named \"%1\" (see stamp account list)").arg(name));
        store::SecretStore secrets;
        QObject context;
        store::SecretStore::Result result;
        runUntilDone([&](std::function<void()> quit) {
            secrets.removePassword(store::OAuthTokenSource::refreshTokenKey(name), &context,
                                   [&, quit](const store::SecretStore::Result &r) {
                                       result = r;
                                       quit();
                                   });
        });
        if (!result.ok() && result.error != store::SecretStore::Error::NotFound) {
            printErr(tr("stamp: %1").arg(result.message) + QLatin1Char('\n'));
            return smtp::exitcode::Local;
        }
        printOut(tr("Signed out of the account \"%1\".").arg(name) + QLatin1Char('\n'));
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> makeAccountLoginCommand()
{
    return std::make_unique<LoginCommand>();
}
std::unique_ptr<Command> makeAccountLogoutCommand()
{
    return std::make_unique<LogoutCommand>();
}

std::unique_ptr<smtp::TokenProvider> oauthTokensFor(const Account &account, QString *)
{
    return std::make_unique<store::AccountTokens>(account);
}

int autoconfigureAccount(const Command &command, Account *account, bool yes)
{
    if (account->address.isEmpty())
        return command.usageError(QCoreApplication::translate("cli::AccountLogin", "--auto needs --from"));
    store::AutoconfigResult result;
    store::Autoconfig autoconfig;
    QObject::connect(&autoconfig, &store::Autoconfig::progress, &autoconfig,
                     [](const QString &text) { printErr(text + QLatin1Char('\n')); });
    runUntilDone([&](std::function<void()> quit) {
        QObject::connect(&autoconfig, &store::Autoconfig::finished, &autoconfig,
                         [&, quit](const store::AutoconfigResult &r) {
                             result = r;
                             quit();
                         });
        autoconfig.start(account->address);
    });
    printOut(result.describe() + QLatin1Char('\n'));
    if (!result.found()) {
        printErr(
            QCoreApplication::translate(
                "cli::AccountLogin", "stamp: no settings were found for %1: give the server with --server.")
                .arg(account->address)
            + QLatin1Char('\n'));
        return smtp::exitcode::Connection;
    }
    const store::DiscoveredServer &s = result.servers.first();
    if (s.auth == store::DiscoveredServer::Auth::Unsupported) {
        printErr(QCoreApplication::translate("cli::AccountLogin",
                                             "stamp: %1 wants a login method Stamp does not support.")
                     .arg(s.host)
                 + QLatin1Char('\n'));
        return smtp::exitcode::Auth;
    }
    if (!yes) {
        if (!isatty(STDIN_FILENO)) {
            printErr(
                QCoreApplication::translate("cli::AccountLogin",
                                            "stamp: not saved: check the settings above and add --yes to use "
                                            "them without being asked.")
                + QLatin1Char('\n'));
            return smtp::exitcode::Usage;
        }
        printErr(QCoreApplication::translate("cli::AccountLogin", "Use these settings? [y/N] "));
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        // "y" and "yes" always, and the words for yes in the user's language (the prompt shows the first).
        QStringList yes{QStringLiteral("y"), QStringLiteral("yes")};
        yes += QCoreApplication::translate("cli::AccountLogin", "y|yes",
                                           "the answers that mean yes to a [y/N] question, lower case, "
                                           "separated by |; the first is the one the prompt shows")
                   .toLower()
                   .split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (!yes.contains(answer)) {
            printErr(QCoreApplication::translate("cli::AccountLogin", "Not saved.") + QLatin1Char('\n'));
            return smtp::exitcode::Cancelled;
        }
    }
    store::applyDiscovered(account, s);
    if (s.auth == store::DiscoveredServer::Auth::OAuth2)
        printOut(QCoreApplication::translate(
                     "cli::AccountLogin",
                     "This provider signs in with OAuth 2.0: after adding the account, run "
                     "stamp account login %1")
                     .arg(account->name)
                 + QLatin1Char('\n'));
    return 0;
}

}  // namespace cli
