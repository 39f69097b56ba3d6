// Before sending (issue 12): File > Preview shows the message as it will go out with lint, and File > Copy as
// swaks Command (also in the result panel after a failure) copies a swaks command line that sends it the
// same way. Both build the message as sending does (MailItem::toMessage, then smtp/preview.h); neither
// connects: the From domain's SPF and DMARC are looked up by DNS, asynchronously, after the dialog is shown.
#include "appcontext.h"
#include "composerwindow.h"
#include "lint.h"
#include "message.h"
#include "previewdialog.h"
#include "swaks.h"
#include "uisettings.h"
#include "util.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace ui {

void ComposerWindow::addPreviewActions(QMenu *menu)
{
    QAction *preview = menu->addAction(tr("Pre&view…"));
    preview->setObjectName(QStringLiteral("previewAction"));
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    preview->setToolTip(tr("Show the envelope, header section and MIME structure that will go out, and "
                           "what may go wrong (Ctrl+Shift+P)"));
    connect(preview, &QAction::triggered, this, &ComposerWindow::showPreview);
    QAction *swaks = menu->addAction(tr("Copy as s&waks Command"));
    swaks->setObjectName(QStringLiteral("copySwaksAction"));
    swaks->setToolTip(tr("Copy a swaks command line that sends this message the same way"));
    connect(swaks, &QAction::triggered, this, &ComposerWindow::copySwaksCommand);
}

void ComposerWindow::showPreview()
{
    smtp::Message message;
    QString error;
    if (!currentItem().toMessage(&message, &error) || !(error = message.validate()).isEmpty()) {
        tellUser(this, QStringLiteral("previewFailed"), QMessageBox::Warning, tr("No preview"),
                 tr("The message cannot be previewed yet: %1").arg(error));
        return;
    }
    // What is known of the server: only the SIZE it announced last time; the rest is lint's "unknown".
    smtp::ServerOffer offer;
    if (const std::optional<store::Account> a = currentAccount())
        offer.maxSize = m_app->settings()->serverMaxSize(a->name);
    smtp::MimeMessageSource source(message);
    smtp::WirePreview preview;
    if (!smtp::previewMessage(&source, {message.from, message.recipients()}, offer, {}, &preview, &error)) {
        tellUser(this, QStringLiteral("previewFailed"), QMessageBox::Warning, tr("No preview"),
                 tr("The message cannot be previewed: %1").arg(error));
        return;
    }
    auto *dialog = new PreviewDialog(preview, smtp::lint(preview), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *dns = new smtp::SenderDomainLint(dialog);
    connect(dns, &smtp::SenderDomainLint::finished, dialog,
            [dialog, dns] { dialog->addFindings(dns->findings()); });
    dns->start(message.from.domain);
    dialog->show();
}

void ComposerWindow::copySwaksCommand()
{
    const std::optional<store::Account> account = currentAccount();
    if (!account) {
        tellUser(this, QStringLiteral("noAccount"), QMessageBox::Information, tr("No account"),
                 tr("A swaks command needs the server of an account: add one first."));
        return;
    }
    smtp::Message message;
    QString error;
    smtp::SessionOptions options;
    if (!currentItem().toMessage(&message, &error) || !(error = message.validate()).isEmpty()
        || !store::sessionOptionsFor(*account, QString(), &options, &error)) {
        tellUser(this, QStringLiteral("swaksFailed"), QMessageBox::Warning, tr("No swaks command"),
                 tr("The swaks command cannot be made: %1").arg(error));
        return;
    }
    // swaks reads the message from a file: the exact bytes, kept in the cache folder (no password in it).
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/swaks");
    const QString path =
        dir
        + QStringLiteral("/message-%1.txt")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz")));
    smtp::MimeMessageSource source(message);
    bool eightBit = false;
    if (!QDir().mkpath(dir) || !(error = smtp::swaks::writeData(&source, path, &eightBit)).isEmpty()) {
        tellUser(this, QStringLiteral("swaksFailed"), QMessageBox::Warning, tr("No swaks command"),
                 tr("The message could not be written for swaks: %1").arg(error.isEmpty() ? dir : error));
        return;
    }
    const smtp::swaks::Command c =
        smtp::swaks::command(options, {message.from, message.recipients()}, path, account->caFile);
    QGuiApplication::clipboard()->setText(c.line);
    statusBar()->showMessage(
        tr("Copied the swaks command (the message is in %1; swaks asks for the password). %2")
            .arg(path, c.notes),
        10000);
}

}  // namespace ui
