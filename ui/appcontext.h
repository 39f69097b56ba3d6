#pragma once

#include "account.h"
#include "accounttokens.h"
#include "autoconfig.h"
#include "contacts.h"
#include "mailstore.h"
#include "secretstore.h"
#include "uisettings.h"

#include <QHash>
#include <QObject>

namespace ui {

// The stores every window of one process shares, so that an outbox change made by one window shows in the
// others. Built once by runGui (or by a test, after it has pointed HOME and XDG_* at a temporary folder).
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(QObject *parent = nullptr);
    // Explicit places, for tests.
    AppContext(const QString &accountsFile, const QString &mailRoot, const QString &uiSettingsFile,
               QObject *parent = nullptr);

    store::AccountStore *accounts() { return &m_accounts; }
    store::MailStore *mail() { return &m_mail; }
    store::SecretStore *secrets() { return &m_secrets; }
    UiSettings *settings() { return &m_settings; }
    // The address book, contacts.json in the mail folder, watched for changes by other processes.
    store::ContactStore *contacts() { return &m_contacts; }
    // The bare-address memory of older versions (UiSettings::recentAddresses) moves into the address book,
    // names kept, and is then forgotten. Called by each composer window; does nothing once done.
    void adoptRecentAddresses();

    // Passwords typed for this run only (when the keychain could not provide or keep one). In memory only:
    // never written to any file, gone when Stamp exits.
    QString sessionPassword(const QString &account) const { return m_sessionPasswords.value(account); }
    bool hasSessionPassword(const QString &account) const { return m_sessionPasswords.contains(account); }
    void setSessionPassword(const QString &account, const QString &password);
    void forgetSessionPassword(const QString &account) { m_sessionPasswords.remove(account); }

    // The access tokens of an OAuth account, kept for the run (the access token in memory, the refresh token
    // in the keychain); made afresh when the account's settings changed. Owned here.
    store::AccountTokens *tokensFor(const store::Account &account);
    void forgetTokens(const QString &account);

    // How "Find settings from the address" looks (tests point the central database at a local server).
    store::Autoconfig::Options autoconfigOptions() const { return m_autoconfigOptions; }
    void setAutoconfigOptions(const store::Autoconfig::Options &options) { m_autoconfigOptions = options; }

private:
    store::AccountStore m_accounts;
    store::MailStore m_mail;
    store::SecretStore m_secrets;
    UiSettings m_settings;
    store::ContactStore m_contacts;
    QHash<QString, QString> m_sessionPasswords;
    QHash<QString, store::AccountTokens *> m_tokens;
    store::Autoconfig::Options m_autoconfigOptions;
};

}  // namespace ui
