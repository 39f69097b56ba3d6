#include "startup.h"

#include "accountsdialog.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "firststartdialog.h"
#include "mailto.h"
#include "outboxview.h"
#include "util.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QStatusBar>

namespace ui {

ComposerWindow *openStartupWindow(AppContext *app, const QStringList &arguments)
{
    const int interrupted = app->mail()->recoverInterrupted();
    auto *window = new ComposerWindow(app);
    window->setAttribute(Qt::WA_DeleteOnClose);

    QString mailto;
    for (const QString &a : arguments) {
        if (isMailtoUri(a))
            mailto = a;
    }
    window->show();
    if (!mailto.isEmpty()) {
        MailtoFields fields;
        QString error;
        if (parseMailto(mailto, &fields, &error))
            window->applyMailto(fields);
        else
            tellUser(window, QStringLiteral("badMailto"), QMessageBox::Warning,
                     QObject::tr("Link not understood"), error + QLatin1Char('\n') + mailto);
    } else {
        window->restoreLatestDraft();
    }
    if (interrupted > 0) {
        window->outboxDock()->show();
        window->statusBar()->showMessage(QCoreApplication::translate(
            "ui::Startup", "%n message(s) were being sent when Stamp stopped: see the outbox.", nullptr,
            interrupted));
    }
    if (app->accounts()->accounts().isEmpty()) {
        // Set up from the address; "Set up by hand" and an OAuth provider's sign-in go to Accounts.
        auto *first = new FirstStartDialog(app, window);
        first->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(first, &FirstStartDialog::manualSetupRequested, window,
                         [window](const store::Account &draft, const QString &password) {
                             window->openAccounts()->startNewAccount(draft, password);
                         });
        QObject::connect(first, &FirstStartDialog::signInRequested, window,
                         [window](const QString &name) { window->openAccounts()->showSignIn(name); });
        first->open();
    }
    return window;
}

}  // namespace ui
