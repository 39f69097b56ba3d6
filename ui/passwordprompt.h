#pragma once

#include "account.h"

#include <QDialog>
#include <functional>

class QLineEdit;

namespace ui {

class AppContext;

// Asks for an account's password when the keychain cannot give it (no keychain service, locked, no entry),
// saying why. What is typed is kept in memory for this run only (AppContext::setSessionPassword).
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    PasswordPrompt(const store::Account &account, const QString &reason, QWidget *parent = nullptr);
    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }

private:
    QLineEdit *m_password;
};

// The password to log in with, from (in this order) what was typed earlier in this run, the keychain, or a
// prompt. Calls done(true, password) or done(false, {}) if the user cancelled; never blocks: the keychain
// answers later and the prompt is opened with open(). An account with no user name needs no password:
// done(true, {}) at once, and so does one that signs in with OAuth 2.0 (its token comes from
// store::AccountTokens). `context` going away cancels the callback.
void obtainPassword(AppContext *app, const store::Account &account, QWidget *parent, QObject *context,
                    std::function<void(bool ok, const QString &password)> done);

}  // namespace ui
