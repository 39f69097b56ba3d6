#pragma once

#include "account.h"
#include "capabilities.h"
#include "outcome.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace smtp {
class Session;
}

namespace ui {

class AppContext;
class LogPane;

// Add, edit and remove accounts, and test one against its server. Passwords go to the keychain through
// SecretStore, never to the settings file; when the keychain cannot keep one, the user is told and the
// password is used for this run only. "Test connection" runs a session with no message (connect, EHLO,
// STARTTLS, AUTH, QUIT) and shows what the server offers, the TLS details and the whole transcript.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(AppContext *app, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void selectAccount(const QString &name);
    // Clears the form for a new account.
    void startNewAccount();
    // Saves the form (as the Save button does). Returns false and shows why when it cannot.
    bool saveForm();
    void testConnection();
    bool isTesting() const { return m_session != nullptr; }
    bool isDirty() const { return m_dirty; }
    // The account as the form describes it (not yet saved).
    store::Account formAccount() const;
    LogPane *testLog() const { return m_testLog; }

Q_SIGNALS:
    void testFinished(const smtp::Outcome &outcome);

protected:
    void done(int result) override;

private:
    void reloadList(const QString &select);
    // The accounts changed (here, or in another process): the list follows, the form stays as it is.
    void onAccountsChanged();
    void updateDefaultButton();
    void loadForm(const store::Account &account, bool isNew);
    void onSelectionChanged();
    void removeAccount();
    void setDirty(bool dirty);
    void updateSecurityWarning();
    void showFormError(const QString &text);
    void runTest(const store::Account &account, const QString &password);
    void onTestFinished(const smtp::Outcome &outcome);
    void offerCertificate(const store::Account &account, const smtp::Outcome &outcome);
    // Runs `then` once unsaved changes are saved or discarded; does nothing if the user cancels.
    void resolveUnsaved(const std::function<void()> &then);

    AppContext *m_app;
    QListWidget *m_list;
    QPushButton *m_remove, *m_makeDefault;
    QLineEdit *m_name, *m_displayName, *m_address, *m_host, *m_user, *m_password, *m_caFile;
    QPlainTextEdit *m_signature;
    QComboBox *m_textFormat;
    QSpinBox *m_port;
    QComboBox *m_security, *m_auth;
    QCheckBox *m_plaintextAuth;
    QLabel *m_securityWarning, *m_pinned, *m_formError, *m_passwordNote;
    QPushButton *m_forgetPin, *m_save, *m_test;
    QTabWidget *m_results;
    QLabel *m_testResult;
    QPlainTextEdit *m_capabilities, *m_tls;
    LogPane *m_testLog;

    QString m_current;  // name of the account in the form; empty for a new one
    QByteArray m_pinnedSha256;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_waitingForPassword = false;
    int m_testAttempt = 0;  // which test a late keychain answer belongs to
    QPointer<smtp::Session> m_session;
    store::Account m_testAccount;
};

}  // namespace ui
