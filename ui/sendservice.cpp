#include "sendservice.h"

#include "appcontext.h"
#include "passwordprompt.h"

#include <QApplication>
#include <QDir>
#include <QFileSystemWatcher>

namespace ui {

store::SendController *sendController(AppContext *app)
{
    const QString name = QStringLiteral("sendController");
    if (auto *existing = app->findChild<store::SendController *>(name, Qt::FindDirectChildrenOnly))
        return existing;
    auto *controller = new store::SendController(app->mail(), nullptr, app);
    controller->setObjectName(name);
    controller->setAccounts(app->accounts());
    controller->setOptionsProvider([app](const store::MailItem &item, QObject *context,
                                         store::SendController::OptionsDone done) {
        const std::optional<store::Account> account = app->accounts()->find(item.account);
        if (!account) {
            smtp::Outcome o;
            o.category = smtp::Outcome::Category::LocalError;
            o.summary = QCoreApplication::translate("ui::SendService",
                                                    "Not sent: the account \"%1\" no longer exists.")
                            .arg(item.account);
            o.advice = QCoreApplication::translate(
                "ui::SendService", "Open the message, choose another From and send it again.");
            done(std::nullopt, o);
            return;
        }
        obtainPassword(
            app, *account, QApplication::activeWindow(), context,
            [app, account = *account, done,
             dsn = smtp::DsnOptions{item.dsnNotify, item.dsnRet, {}}](bool ok, const QString &password) {
                smtp::Outcome o;
                if (!ok) {
                    o.category = smtp::Outcome::Category::AuthFailed;
                    o.summary =
                        QCoreApplication::translate("ui::SendService", "Not sent: no password was given.");
                    o.advice = QCoreApplication::translate(
                        "ui::SendService", "Send it again and give the password, or save it in Accounts.");
                    done(std::nullopt, o);
                    return;
                }
                smtp::SessionOptions options;
                QString error;
                if (!store::sessionOptionsFor(account, password, &options, &error)) {
                    o.category = smtp::Outcome::Category::LocalError;
                    o.summary = error;
                    o.advice = QCoreApplication::translate(
                        "ui::SendService", "Correct the account in Accounts, then send again.");
                    done(std::nullopt, o);
                    return;
                }
                options.dsn = dsn;
                if (account.usesOAuth())  // the access token comes from the keychain's refresh token
                    options.tokens = app->tokensFor(account);
                done(options, o);
            });
    });
    // An OAuth token the server refused may have expired early: once more with a refreshed one
    // (AccountTokens says yes only once per refused token).
    controller->setRetryHook([app](const store::MailItem &item, const smtp::Outcome &outcome) {
        if (outcome.category != smtp::Outcome::Category::AuthFailed)
            return false;
        const std::optional<store::Account> account = app->accounts()->find(item.account);
        return account && account->usesOAuth() && app->tokensFor(*account)->retryAfter(outcome);
    });
    QObject::connect(controller, &store::SendController::finished, app,
                     [app](const QString &id, const smtp::Outcome &outcome, bool) {
                         if (outcome.category != smtp::Outcome::Category::AuthFailed)
                             return;
                         const std::optional<store::MailItem> item = app->mail()->loadOutbox(id);
                         if (!item)
                             return;
                         const std::optional<store::Account> account = app->accounts()->find(item->account);
                         if (account && account->usesOAuth())
                             return;
                         // A refused password is not offered again in this run.
                         app->forgetSessionPassword(item->account);
                     });
    // `stamp outbox send` or another window may change the outbox meanwhile.
    const QString outbox = app->mail()->folderPath(store::MailStore::Folder::Outbox);
    QDir().mkpath(outbox);
    auto *watcher = new QFileSystemWatcher({outbox}, controller);
    QObject::connect(watcher, &QFileSystemWatcher::directoryChanged, controller->queue(),
                     &store::OutboxQueue::refresh);
    controller->setAutomatic(true);
    return controller;
}

}  // namespace ui
