#include "accountsdescriptions.h"

#include <QCoreApplication>
#include <QWidget>

namespace ui {

void describeAccountControls(QWidget *dialog)
{
    // The dialog's context, so these sit beside its other sentences for translators.
#define D(text) QT_TRANSLATE_NOOP("ui::AccountsDialog", text)
    static const struct
    {
        const char *name;
        const char *description;
    } controls[] = {
        {"accountList", D("The accounts you send from; choose one to edit it")},
        {"accountAdd", D("Starts a new account")},
        {"accountRemove", D("Removes the selected account and its saved password")},
        {"accountDefault", D("New messages are sent from the selected account")},
        {"accountName", D("A name for this account, shown in the From list")},
        {"displayNameEdit", D("The name recipients see beside your address")},
        {"addressEdit", D("The address messages are sent from")},
        {"signatureEdit", D("Text added at the end of each new message from this account")},
        {"hostEdit", D("The submission server's host name, as your mail provider gives it")},
        {"portSpin", D("587 for STARTTLS, 465 for TLS from the start")},
        {"securityCombo", D("How the connection to the server is encrypted")},
        {"plaintextAuthCheck", D("Lets the password travel unencrypted; only for a test server you trust")},
        {"caFileEdit", D("A PEM file of certificate authorities to trust besides the system's")},
        {"caFileBrowse", D("Chooses the PEM file of extra certificate authorities")},
        {"pinnedForget", D("Stops trusting the certificate trusted for this account")},
        {"userEdit", D("The name to log in with; empty when the server needs no login")},
        {"authCombo", D("How Stamp proves who you are to the server")},
        {"accountPasswordEdit", D("Kept in the system keychain, never in a file")},
        {"accountSave", D("Saves the account, and the password in the keychain")},
        {"testConnection",
         D("Connects and logs in without sending anything, and shows what the server offers")},
        {"testCapabilities", D("The extensions the server announced in its EHLO reply")},
        {"testTls", D("The TLS version, cipher and certificate of the test connection")},
        {"autoconfigFind", D("Looks up the server settings for the address: the domain's own settings, the "
                             "providers' database, DNS records, then likely server names")},
        {"autoconfigAccept", D("The settings came with warnings: tick this only after reading them")},
        {"autoconfigUse", D("Puts the settings found into the account form; nothing is saved yet")},
        {"oauthProvider", D("Who signs you in: Google, Microsoft, or another provider by its address")},
        {"oauthSignIn", D("Opens the provider's sign-in page in your browser")},
        {"oauthSignInDevice", D("Shows a code to enter on another device, for machines without a browser")},
        {"oauthSignOut", D("Forgets this account's sign-in, kept in the system keychain")},
        {"oauthUrl", D("The sign-in page's address, to open it yourself if the browser did not start")},
    };
#undef D
    for (const auto &c : controls) {
        auto *w = dialog->findChild<QWidget *>(QLatin1String(c.name));
        if (w && w->accessibleDescription().isEmpty())
            w->setAccessibleDescription(QCoreApplication::translate("ui::AccountsDialog", c.description));
    }
}

}  // namespace ui
