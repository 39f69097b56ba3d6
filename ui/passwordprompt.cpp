#include "passwordprompt.h"

#include "appcontext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ui {

PasswordPrompt::PasswordPrompt(const store::Account &account, const QString &reason, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(tr("Password for %1").arg(account.name));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(32));
    auto *why = new QLabel(reason, this);
    why->setObjectName(QStringLiteral("passwordReason"));
    why->setWordWrap(true);
    auto *note = new QLabel(
        tr("The password you type now is used until Stamp closes; it is not saved anywhere."), this);
    note->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(
        tr("The password for this account, kept in memory until Stamp quits"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    auto *user = new QLabel(QStringLiteral("%1 @ %2").arg(account.user, account.host), this);
    user->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("User:"), user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passwordOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("passwordCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(why, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_password->setFocus();
    // Wrapped labels report their height for the width they are given: fix the width first.
    why->setMinimumWidth(420);
    note->setMinimumWidth(420);
    adjustSize();
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

void obtainPassword(AppContext *app, const store::Account &account, QWidget *parent, QObject *context,
                    std::function<void(bool ok, const QString &password)> done)
{
    // No login, or one with an OAuth access token (store::AccountTokens): no password to ask for.
    if (account.user.isEmpty() || account.usesOAuth()) {
        done(true, QString());
        return;
    }
    if (app->hasSessionPassword(account.name)) {
        done(true, app->sessionPassword(account.name));
        return;
    }
    QPointer<QWidget> parentGuard(parent);
    app->secrets()->readPassword(account.name, context,
                                 [app, account, parentGuard, context,
                                  done](const QString &password, const store::SecretStore::Result &result) {
                                     if (result.ok()) {
                                         done(true, password);
                                         return;
                                     }
                                     auto *prompt = new PasswordPrompt(account, result.message, parentGuard);
                                     prompt->setAttribute(Qt::WA_DeleteOnClose);
                                     prompt->setWindowModality(Qt::WindowModal);
                                     QObject::connect(prompt, &QDialog::finished, context,
                                                      [app, account, prompt, done](int code) {
                                                          if (code != QDialog::Accepted) {
                                                              done(false, QString());
                                                              return;
                                                          }
                                                          const QString typed = prompt->password();
                                                          app->setSessionPassword(account.name, typed);
                                                          done(true, typed);
                                                      });
                                     prompt->open();
                                 });
}

}  // namespace ui
