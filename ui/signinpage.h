#pragma once

#include "account.h"
#include "oauthflow.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class AppContext;
class AutoconfigPanel;

// The Accounts dialog's sign-in page: "Find settings from the address" (AutoconfigPanel), and for an
// account that signs in with OAuth 2.0 its provider (Google, Microsoft, or another by its issuer URL), its
// client ID, "Sign in with …" through the system browser (the address is shown too, to copy) or with a code
// on another device, and Sign out. The refresh token goes to the keychain (store::AccountTokens::adopt);
// nothing here waits on the network.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    enum class Provider
    {
        Google,
        Microsoft,
        Other
    };
    explicit SignInPage(AppContext *app, QWidget *parent = nullptr);

    void load(const store::Account &account, bool isNew);
    // The OAuth fields into the account (issuer, client ID).
    store::Account applyTo(store::Account account) const;
    Provider provider() const;
    void setProvider(Provider provider);
    // "Google", "Microsoft", or the issuer's host.
    QString providerName() const;
    AutoconfigPanel *autoconfig() const { return m_autoconfig; }
    // Called when the user starts a sign-in: returns the account, saved, with OAuth as its login method
    // (the dialog switches it and saves the form), or nullopt when it cannot (it then says why).
    void setPrepare(std::function<std::optional<store::Account>()> prepare)
    {
        m_prepare = std::move(prepare);
    }
    void signIn(bool device);
    void signOut();
    bool isSigningIn() const { return m_flow != nullptr; }
    QString status() const;

    // The server settings of a provider's preset (host, port, security, login method), for a form.
    static store::Account presetServer(Provider provider, store::Account account);

Q_SIGNALS:
    void changed();
    void signInFinished(bool ok);

private:
    void updateButtons();
    void checkSignedIn(const store::Account &account);
    void setStatus(const QString &text);
    void flowFinished(const store::Account &account, const store::OAuthProvider &provider,
                      const store::OAuthTokens &tokens, store::OAuthFlow::Error error,
                      const QString &message);

    AppContext *m_app;
    QNetworkAccessManager m_nam;
    AutoconfigPanel *m_autoconfig;
    QComboBox *m_provider;
    QLineEdit *m_issuer, *m_clientId, *m_url;
    QLabel *m_status, *m_deviceCode;
    QPushButton *m_signIn, *m_device, *m_signOut;
    QPointer<store::OAuthFlow> m_flow;
    std::function<std::optional<store::Account>()> m_prepare;
    store::Account m_account;
    bool m_loading = false;
    int m_check = 0;  // which keychain look-up a late answer belongs to
};

}  // namespace ui
