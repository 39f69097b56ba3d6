#pragma once

#include "account.h"
#include "outcome.h"

#include <QDialog>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace ui {

class AccountForm;
class AppContext;
class LogPane;
class SignInPage;
class TestResults;

// Add, edit and remove accounts, and test one against its server. The dialog holds the list and three
// pages, each its own class (as KeePassXC's entry editor does): the form (AccountForm), sign-in and
// autoconfiguration (SignInPage) and the test results (TestResults). Passwords go to the keychain through
// SecretStore, never to the settings file; when the keychain cannot keep one, the user is told and the
// password is used for this run only.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(AppContext *app, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void selectAccount(const QString &name);
    // Selects the account and shows its sign-in page; provider ("Google", "Microsoft") preselects a preset.
    void showSignIn(const QString &name, const QString &provider = {});
    // Clears the form for a new account, or fills it with a draft not saved yet (what the first-start dialog
    // was given: then the form counts as changed, so that closing asks before it is lost).
    void startNewAccount(const store::Account &draft = {}, const QString &password = {});
    // Saves the form (as the Save button does). Returns false and shows why when it cannot.
    bool saveForm();
    void testConnection();
    bool isTesting() const;
    bool isDirty() const { return m_dirty; }
    // The account as the form and the sign-in page describe it (not yet saved).
    store::Account formAccount() const;
    LogPane *testLog() const;
    AccountForm *form() const { return m_form; }
    SignInPage *signInPage() const { return m_signIn; }

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
    void showFormError(const QString &text);
    void runTest(const store::Account &account, const QString &password);
    void onTestFinished(const smtp::Outcome &outcome);
    void offerCertificate(const store::Account &account, const smtp::Outcome &outcome);
    // Runs `then` once unsaved changes are saved or discarded; does nothing if the user cancels.
    void resolveUnsaved(const std::function<void()> &then);
    std::optional<store::Account> prepareSignIn();

    AppContext *m_app;
    QListWidget *m_list;
    QPushButton *m_remove, *m_makeDefault;
    QTabWidget *m_pages;
    AccountForm *m_form;
    SignInPage *m_signIn;
    QLabel *m_formError;
    QPushButton *m_save, *m_test;
    TestResults *m_results;

    QString m_current;  // name of the account in the form; empty for a new one
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_waitingForPassword = false;
    int m_testAttempt = 0;  // which test a late keychain answer belongs to
};

}  // namespace ui
