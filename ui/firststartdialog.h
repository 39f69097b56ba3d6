#pragma once

#include "account.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

class AppContext;
class AutoconfigPanel;
class TestResults;

// The first start, with no account yet: name and address, "Find settings from the address"
// (AutoconfigPanel shows what was found and from where, and its warnings must be accepted), the password
// only when the server wants one, "Test connection", then Save. "Set up by hand" opens Accounts instead.
// For a provider that signs in with OAuth 2.0, the account is saved and its sign-in page opened.
class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstStartDialog(AppContext *app, QWidget *parent = nullptr);

    // The account as the dialog would save it (the name is the address, made unique).
    store::Account account() const;
    AutoconfigPanel *autoconfig() const { return m_autoconfig; }
    TestResults *testResults() const { return m_results; }
    bool save();

Q_SIGNALS:
    // "Set up by hand": what was typed (name, address, password) and any settings found, for Accounts' form.
    void manualSetupRequested(const store::Account &draft, const QString &password);
    // The account was saved and signs in with OAuth 2.0: its sign-in page should open.
    void signInRequested(const QString &account);

private:
    void updateButtons();
    bool needsPassword() const;

    AppContext *m_app;
    QLineEdit *m_name, *m_address, *m_password;
    QLabel *m_passwordLabel, *m_error;
    AutoconfigPanel *m_autoconfig;
    TestResults *m_results;
    QPushButton *m_test, *m_save, *m_manual;
};

}  // namespace ui
