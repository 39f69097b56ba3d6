#include "signinpage.h"

#include "accountoauth.h"
#include "accounttokens.h"
#include "appcontext.h"
#include "autoconfigpanel.h"
#include "oauthtokens.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

SignInPage::SignInPage(AppContext *app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("signInPage"));
    m_autoconfig = new AutoconfigPanel(app, this);
    m_autoconfig->setUseButtonVisible(true);
    auto *found = new QGroupBox(tr("Settings from the address"), this);
    auto *foundLayout = new QVBoxLayout(found);
    foundLayout->addWidget(m_autoconfig);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("oauthProvider"));
    m_provider->setAccessibleName(tr("Sign-in provider"));
    m_provider->addItem(tr("Google"), int(Provider::Google));
    m_provider->addItem(tr("Microsoft 365 / Outlook.com"), int(Provider::Microsoft));
    m_provider->addItem(tr("Another provider (by its issuer URL)"), int(Provider::Other));
    m_issuer = new QLineEdit(this);
    m_issuer->setObjectName(QStringLiteral("oauthIssuerEdit"));
    m_issuer->setAccessibleName(tr("Issuer URL"));
    m_issuer->setPlaceholderText(tr("https://login.example.org"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("oauthClientIdEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("empty: the client ID this build of Stamp was given, if any"));
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("oauthSignIn"));
    m_device = new QPushButton(tr("Sign in on anot&her device"), this);
    m_device->setObjectName(QStringLiteral("oauthSignInDevice"));
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("oauthSignOut"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("oauthUrl"));
    m_url->setAccessibleName(tr("Sign-in address"));
    m_url->setReadOnly(true);
    m_url->hide();
    m_deviceCode = new QLabel(this);
    m_deviceCode->setObjectName(QStringLiteral("oauthDeviceCode"));
    m_deviceCode->setWordWrap(true);
    m_deviceCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_deviceCode->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("oauthStatus"));
    m_status->setWordWrap(true);

    auto *oauth = new QGroupBox(tr("Sign-in (OAuth 2.0)"), this);
    auto *form = new QFormLayout(oauth);
    form->addRow(tr("Pro&vider:"), m_provider);
    form->addRow(tr("&Issuer URL:"), m_issuer);
    form->addRow(tr("C&lient ID:"), m_clientId);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_device);
    buttons->addStretch(1);
    buttons->addWidget(m_signOut);
    form->addRow(buttons);
    form->addRow(tr("Sign-in address:"), m_url);
    form->addRow(QString(), m_deviceCode);
    form->addRow(QString(), m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(found);
    layout->addWidget(oauth);
    layout->addStretch(1);

    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        if (!m_loading)
            Q_EMIT changed();
    });
    for (QLineEdit *e : {m_issuer, m_clientId})
        connect(e, &QLineEdit::textChanged, this, [this] {
            updateButtons();
            if (!m_loading)
                Q_EMIT changed();
        });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
        else
            signIn(false);
    });
    connect(m_device, &QPushButton::clicked, this, [this] { signIn(true); });
    connect(m_signOut, &QPushButton::clicked, this, &SignInPage::signOut);
    updateButtons();
}

SignInPage::Provider SignInPage::provider() const
{
    return Provider(m_provider->currentData().toInt());
}

void SignInPage::setProvider(Provider provider)
{
    m_provider->setCurrentIndex(m_provider->findData(int(provider)));
}

QString SignInPage::providerName() const
{
    switch (provider()) {
    case Provider::Google:
        return QStringLiteral("Google");
    case Provider::Microsoft:
        return QStringLiteral("Microsoft");
    case Provider::Other:
        return QUrl(m_issuer->text().trimmed()).host();
    }
    return {};
}

store::Account SignInPage::presetServer(Provider provider, store::Account a)
{
    // The providers' documented submission servers (support.google.com/a/answer/176600; Microsoft: "POP,
    // IMAP, and SMTP settings for Outlook.com" and Exchange Online SMTP AUTH client submission).
    switch (provider) {
    case Provider::Google:
        if (store::providerPresetForHost(a.host) != QLatin1String("google")) {
            a.host = QStringLiteral("smtp.gmail.com");
            a.port = 465;
            a.security = smtp::Security::ImplicitTls;
        }
        a.auth = smtp::AuthMethod::OAuthBearer;
        break;
    case Provider::Microsoft:
        if (store::providerPresetForHost(a.host) != QLatin1String("microsoft")) {
            a.host = QStringLiteral("smtp.office365.com");
            a.port = 587;
            a.security = smtp::Security::StartTls;
        }
        a.auth = smtp::AuthMethod::XOAuth2;
        break;
    case Provider::Other:
        if (!a.usesOAuth())
            a.auth = smtp::AuthMethod::XOAuth2;
        break;
    }
    if (a.user.isEmpty())
        a.user = a.address;
    a.allowPlaintextAuth = false;
    return a;
}

void SignInPage::load(const store::Account &a, bool isNew)
{
    m_loading = true;
    m_account = a;
    if (m_flow)
        m_flow->cancel();
    const QString preset = store::providerPresetForHost(a.host);
    setProvider(!a.oauthIssuer.isEmpty()               ? Provider::Other
                : preset == QLatin1String("microsoft") ? Provider::Microsoft
                : preset == QLatin1String("google")    ? Provider::Google
                : a.usesOAuth()                        ? Provider::Other
                                                       : Provider::Google);
    m_issuer->setText(a.oauthIssuer);
    m_clientId->setText(a.oauthClientId);
    m_url->clear();
    m_url->hide();
    m_deviceCode->hide();
    m_loading = false;
    updateButtons();
    if (isNew || !a.usesOAuth())
        setStatus(a.usesOAuth() ? tr("Not signed in.")
                                : tr("This account logs in with a password. Signing in switches it to "
                                     "OAuth 2.0."));
    else
        checkSignedIn(a);
}

store::Account SignInPage::applyTo(store::Account a) const
{
    a.oauthIssuer = provider() == Provider::Other ? m_issuer->text().trimmed() : QString();
    a.oauthClientId = m_clientId->text().trimmed();
    return a;
}

QString SignInPage::status() const
{
    return m_status->text();
}

void SignInPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void SignInPage::updateButtons()
{
    const bool other = provider() == Provider::Other;
    m_issuer->setEnabled(other);
    const QString name = providerName();
    m_signIn->setText(m_flow                              ? tr("S&top signing in")
                      : provider() == Provider::Google    ? tr("Sign in with &Google")
                      : provider() == Provider::Microsoft ? tr("Sign in with &Microsoft")
                      : name.isEmpty()                    ? tr("&Sign in")
                                                          : tr("&Sign in with %1").arg(name));
    m_signIn->setAccessibleName(m_signIn->text().remove(QLatin1Char('&')));
    m_signIn->setEnabled(!other || QUrl(m_issuer->text().trimmed()).isValid() || m_flow);
    m_device->setEnabled(!m_flow && m_signIn->isEnabled());
    m_signOut->setEnabled(!m_flow && m_account.usesOAuth() && !m_account.name.isEmpty());
    m_provider->setEnabled(!m_flow);
}

void SignInPage::checkSignedIn(const store::Account &a)
{
    const int check = ++m_check;
    setStatus(tr("Looking in the keychain…"));
    m_app->secrets()->readPassword(store::OAuthTokenSource::refreshTokenKey(a.name), this,
                                   [this, check](const QString &, const store::SecretStore::Result &r) {
                                       if (check != m_check)
                                           return;
                                       if (r.ok())
                                           setStatus(tr("Signed in."));
                                       else if (r.error == store::SecretStore::Error::NotFound)
                                           setStatus(tr("Not signed in."));
                                       else
                                           setStatus(r.message);
                                   });
}

void SignInPage::signIn(bool device)
{
    if (m_flow)
        return;
    std::optional<store::Account> prepared = m_prepare ? m_prepare() : std::optional<store::Account>();
    if (!prepared)
        return;
    const store::Account account = *prepared;
    m_account = account;
    ++m_check;
    setStatus(tr("Finding the sign-in server…"));
    store::oauthProviderFor(
        account, &m_nam, this, [this, account, device](store::OAuthProvider provider, QString error) {
            if (!error.isEmpty()) {
                setStatus(error);
                Q_EMIT signInFinished(false);
                return;
            }
            QString bad = provider.checkEndpoints();
            if (!bad.isEmpty()) {
                setStatus(bad);
                Q_EMIT signInFinished(false);
                return;
            }
            auto *flow = new store::OAuthFlow(provider, this);
            m_flow = flow;
            connect(flow, &store::OAuthFlow::openBrowser, this, [this](const QUrl &url) {
                m_url->setText(url.toString(QUrl::FullyEncoded));
                m_url->show();
                setStatus(tr("Finish signing in in your browser. If it did not open, "
                             "copy the address above into it."));
                QDesktopServices::openUrl(url);
            });
            connect(flow, &store::OAuthFlow::deviceCode, this,
                    [this](const QString &code, const QUrl &uri, const QUrl &, int expires) {
                        m_deviceCode->setText(tr("On any device, visit %1 and enter the code %2 (within %n "
                                                 "minute(s)).",
                                                 nullptr, qMax(1, expires / 60))
                                                  .arg(uri.toString(), code));
                        m_deviceCode->show();
                        setStatus(tr("Waiting for the sign-in on the other device…"));
                    });
            connect(flow, &store::OAuthFlow::finished, this,
                    [this, flow, account, provider](const store::OAuthTokens &tokens,
                                                    store::OAuthFlow::Error e, const QString &message) {
                        flow->deleteLater();
                        m_flow = nullptr;
                        flowFinished(account, provider, tokens, e, message);
                    });
            updateButtons();
            if (device)
                flow->startDevice();
            else
                flow->startBrowser(account.address);
        });
}

void SignInPage::flowFinished(const store::Account &account, const store::OAuthProvider &provider,
                              const store::OAuthTokens &tokens, store::OAuthFlow::Error error,
                              const QString &message)
{
    m_url->hide();
    m_deviceCode->hide();
    updateButtons();
    if (error != store::OAuthFlow::Error::None) {
        setStatus(error == store::OAuthFlow::Error::Cancelled ? tr("Signing in was stopped.")
                                                              : tr("Not signed in: %1").arg(message));
        Q_EMIT signInFinished(false);
        return;
    }
    const QString name = provider.name;
    m_app->tokensFor(account)->adopt(provider, tokens, [this, name](const QString &e) {
        if (!e.isEmpty()) {
            // The access token works until Stamp closes; the refresh token is kept nowhere else.
            setStatus(tr("Signed in for this run only: the keychain could not keep the sign-in, so Stamp "
                         "will ask you to sign in again after it closes. (%1)")
                          .arg(e));
            Q_EMIT signInFinished(false);
            return;
        }
        setStatus(tr("Signed in to %1.").arg(name));
        updateButtons();
        Q_EMIT signInFinished(true);
    });
}

void SignInPage::signOut()
{
    const store::Account account = m_account;
    if (account.name.isEmpty())
        return;
    ++m_check;
    m_app->forgetTokens(account.name);
    m_app->secrets()->removePassword(store::OAuthTokenSource::refreshTokenKey(account.name), this,
                                     [this](const store::SecretStore::Result &r) {
                                         if (r.ok() || r.error == store::SecretStore::Error::NotFound)
                                             setStatus(tr("Signed out: the sign-in was removed from the "
                                                          "keychain."));
                                         else
                                             setStatus(r.message);
                                     });
}

}  // namespace ui
