#include "accountsdescriptions.h"

#include <QCoreApplication>
#include <QWidget>

namespace ui {

void describeAccountControls(QWidget *dialog)
{
    // The dialog's context, so these sit beside its other sentences for translators (written out: lupdate
    // does not expand macros).
    static const struct
    {
        const char *name;
        const char *description;
    } controls[] = {
        {"accountList",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "The accounts you send from; choose one to edit it")},
        {"accountAdd", QT_TRANSLATE_NOOP("ui::AccountsDialog", "Starts a new account")},
        {"accountRemove",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "Removes the selected account and its saved password")},
        {"accountDefault",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "New messages are sent from the selected account")},
        {"accountName",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "A name for this account, shown in the From list")},
        {"displayNameEdit",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "The name recipients see beside your address")},
        {"addressEdit", QT_TRANSLATE_NOOP("ui::AccountsDialog", "The address messages are sent from")},
        {"signatureEdit", QT_TRANSLATE_NOOP("ui::AccountsDialog",
                                            "Text added at the end of each new message from this account")},
        {"signatureHtmlEdit",
         QT_TRANSLATE_NOOP("ui::AccountsDialog",
                           "The signature added to formatted messages; empty: they get the plain one")},
        {"hostEdit", QT_TRANSLATE_NOOP("ui::AccountsDialog",
                                       "The submission server's host name, as your mail provider gives it")},
        {"portSpin", QT_TRANSLATE_NOOP("ui::AccountsDialog", "587 for STARTTLS, 465 for TLS from the start")},
        {"securityCombo",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "How the connection to the server is encrypted")},
        {"plaintextAuthCheck",
         QT_TRANSLATE_NOOP("ui::AccountsDialog",
                           "Lets the password travel unencrypted; only for a test server you trust")},
        {"caFileEdit",
         QT_TRANSLATE_NOOP("ui::AccountsDialog",
                           "A PEM file of certificate authorities to trust besides the system's")},
        {"caFileBrowse",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "Chooses the PEM file of extra certificate authorities")},
        {"pinnedForget",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "Stops trusting the certificate trusted for this account")},
        {"userEdit", QT_TRANSLATE_NOOP("ui::AccountsDialog",
                                       "The name to log in with; empty when the server needs no login")},
        {"authCombo", QT_TRANSLATE_NOOP("ui::AccountsDialog", "How Stamp proves who you are to the server")},
        {"accountPasswordEdit",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "Kept in the system keychain, never in a file")},
        {"accountSave",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "Saves the account, and the password in the keychain")},
        {"testConnection",
         QT_TRANSLATE_NOOP(
             "ui::AccountsDialog",
             "Connects and logs in without sending anything, and shows what the server offers")},
        {"testCapabilities",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "The extensions the server announced in its EHLO reply")},
        {"testTls", QT_TRANSLATE_NOOP("ui::AccountsDialog",
                                      "The TLS version, cipher and certificate of the test connection")},
        {"autoconfigFind",
         QT_TRANSLATE_NOOP("ui::AccountsDialog",
                           "Looks up the server settings for the address: the domain's own settings, the "
                           "providers' database, DNS records, then likely server names")},
        {"autoconfigAccept",
         QT_TRANSLATE_NOOP("ui::AccountsDialog",
                           "The settings came with warnings: tick this only after reading them")},
        {"autoconfigUse",
         QT_TRANSLATE_NOOP("ui::AccountsDialog",
                           "Puts the settings found into the account form; nothing is saved yet")},
        {"oauthProvider",
         QT_TRANSLATE_NOOP("ui::AccountsDialog",
                           "Who signs you in: Google, Microsoft, or another provider by its address")},
        {"oauthSignIn",
         QT_TRANSLATE_NOOP("ui::AccountsDialog", "Opens the provider's sign-in page in your browser")},
        {"oauthSignInDevice",
         QT_TRANSLATE_NOOP("ui::AccountsDialog",
                           "Shows a code to enter on another device, for machines without a browser")},
        {"oauthSignOut", QT_TRANSLATE_NOOP("ui::AccountsDialog",
                                           "Forgets this account's sign-in, kept in the system keychain")},
        {"oauthUrl",
         QT_TRANSLATE_NOOP("ui::AccountsDialog",
                           "The sign-in page's address, to open it yourself if the browser did not start")},
    };
    for (const auto &c : controls) {
        auto *w = dialog->findChild<QWidget *>(QLatin1String(c.name));
        if (w && w->accessibleDescription().isEmpty())
            w->setAccessibleDescription(QCoreApplication::translate("ui::AccountsDialog", c.description));
    }
}

}  // namespace ui
