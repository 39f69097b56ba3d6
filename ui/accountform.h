#pragma once

#include "account.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace ui {

// The Accounts dialog's form page: identity, outgoing server and login of one account. It edits a copy; the
// dialog decides when it is saved. Fields keep their object names (accountName, hostEdit, authCombo, ...).
class AccountForm : public QWidget
{
    Q_OBJECT
public:
    explicit AccountForm(QWidget *parent = nullptr);

    // Fills the form; changed() is not emitted for it. The name can be edited only for a new account.
    void load(const store::Account &account, bool isNew, const QString &passwordPlaceholder);
    // The account as the form describes it: what the form does not show (the OAuth fields) stays as loaded.
    store::Account account() const;
    QString password() const;
    void clearPassword();
    void setPassword(const QString &password);
    void setPasswordNote(const QString &text);
    void setPinned(const QByteArray &sha256);
    // Takes the server part from autoconfiguration or a provider preset.
    void setServer(const store::Account &server);
    void focusName();
    // The first and last fields, for the dialog's keyboard order.
    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void changed();

private:
    void updateSecurityWarning();
    void edited();

    store::Account m_loaded;
    QByteArray m_pinnedSha256;
    bool m_loading = false;
    QLineEdit *m_name, *m_displayName, *m_address, *m_host, *m_user, *m_password, *m_caFile;
    QPlainTextEdit *m_signature;
    class RichEditor *m_signatureRich;  // the formatted signature (signatureHtml)
    QSpinBox *m_port;
    QComboBox *m_security, *m_auth;
    QCheckBox *m_plaintextAuth;
    QLabel *m_securityWarning, *m_pinned, *m_passwordNote;
    QPushButton *m_forgetPin;
    QToolButton *m_browseCa;
};

// A red label, hidden until it has something to say.
QLabel *warningLabel(QWidget *parent, const QString &name);

}  // namespace ui
