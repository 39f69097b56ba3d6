#include "accountform.h"

#include "certificatedialog.h"
#include "mailhtml.h"
#include "richeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

using smtp::AuthMethod;
using smtp::Security;

QLabel *warningLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(0xd9, 0x2d, 0x20));
    l->setPalette(p);
    l->hide();
    return l;
}

namespace {

template <typename W> W *named(W *w, const QString &name, const QString &accessible)
{
    w->setObjectName(name);
    w->setAccessibleName(accessible);
    return w;
}

}  // namespace

AccountForm::AccountForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("accountForm"));
    m_name = named(new QLineEdit(this), QStringLiteral("accountName"), tr("Account name"));
    m_name->setPlaceholderText(tr("work, home…"));
    m_displayName = named(new QLineEdit(this), QStringLiteral("displayNameEdit"), tr("Your name"));
    m_address = named(new QLineEdit(this), QStringLiteral("addressEdit"), tr("Email address"));
    m_address->setPlaceholderText(tr("you@example.org"));
    m_signature = named(new QPlainTextEdit(this), QStringLiteral("signatureEdit"), tr("Signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(m_signature->fontMetrics().lineSpacing() * 4 + 12);
    // The formatted signature, for formatted messages: the composer's own kind of editor, formatted only.
    m_signatureRich = new RichEditor(nullptr, this);
    m_signatureRich->setObjectName(QStringLiteral("signatureRichEditor"));
    QTextEdit *html = m_signatureRich->formattedEditor();
    html->setObjectName(QStringLiteral("signatureHtmlEdit"));
    html->setAccessibleName(tr("Formatted signature"));
    html->setFixedHeight(m_signature->height());
    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("Account &name:"), m_name);
    identityForm->addRow(tr("Your na&me:"), m_displayName);
    identityForm->addRow(tr("&Email address:"), m_address);
    identityForm->addRow(tr("Si&gnature:"), m_signature);
    auto *htmlLabel = new QLabel(tr("&With formatting:"), this);
    htmlLabel->setBuddy(html);
    identityForm->addRow(htmlLabel, m_signatureRich);

    m_host = named(new QLineEdit(this), QStringLiteral("hostEdit"), tr("SMTP server"));
    m_host->setPlaceholderText(tr("smtp.example.org"));
    m_port = named(new QSpinBox(this), QStringLiteral("portSpin"), tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security = named(new QComboBox(this), QStringLiteral("securityCombo"), tr("Connection security"));
    m_security->addItem(tr("STARTTLS (port 587)"), int(Security::StartTls));
    m_security->addItem(tr("TLS from the start (port 465)"), int(Security::ImplicitTls));
    m_security->addItem(tr("None — unencrypted"), int(Security::None));
    m_securityWarning = warningLabel(this, QStringLiteral("securityWarning"));
    m_plaintextAuth = named(
        new QCheckBox(tr("Send the password w&ithout encryption (only for a test server you trust)"), this),
        QStringLiteral("plaintextAuthCheck"), tr("Send the password unencrypted"));
    m_caFile =
        named(new QLineEdit(this), QStringLiteral("caFileEdit"), tr("Extra trusted CA certificates file"));
    m_caFile->setPlaceholderText(tr("optional PEM file"));
    m_browseCa = named(new QToolButton(this), QStringLiteral("caFileBrowse"), tr("Choose a CA file"));
    m_browseCa->setText(tr("…"));
    m_pinned = named(new QLabel(tr("none"), this), QStringLiteral("pinnedLabel"), tr("Trusted certificate"));
    m_pinned->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinned->setWordWrap(true);
    m_forgetPin = named(new QPushButton(tr("&Forget"), this), QStringLiteral("pinnedForget"),
                        tr("Forget the trusted certificate"));
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    portRow->addWidget(portLabel);
    portRow->addWidget(m_port);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinned, 1);
    pinRow->addWidget(m_forgetPin);
    auto *server = new QGroupBox(tr("Outgoing server (SMTP)"), this);
    auto *serverForm = new QFormLayout(server);
    auto *hostLabel = new QLabel(tr("Ser&ver:"), this);
    hostLabel->setBuddy(m_host);
    serverForm->addRow(hostLabel, portRow);
    serverForm->addRow(tr("Se&curity:"), m_security);
    serverForm->addRow(QString(), m_securityWarning);
    serverForm->addRow(QString(), m_plaintextAuth);
    auto *caLabel = new QLabel(tr("CA fi&le:"), this);
    caLabel->setBuddy(m_caFile);
    serverForm->addRow(caLabel, caRow);
    serverForm->addRow(tr("Trusted certificate:"), pinRow);

    m_user = named(new QLineEdit(this), QStringLiteral("userEdit"), tr("User name"));
    m_user->setPlaceholderText(tr("empty: the server needs no login"));
    m_auth = named(new QComboBox(this), QStringLiteral("authCombo"), tr("Login method"));
    for (AuthMethod m : {AuthMethod::Auto, AuthMethod::ScramSha256, AuthMethod::Plain, AuthMethod::Login,
                         AuthMethod::CramMd5, AuthMethod::XOAuth2, AuthMethod::OAuthBearer})
        m_auth->addItem(m == AuthMethod::Auto ? tr("Automatic (the strongest the server offers)")
                                              : QString::fromLatin1(smtp::authMethodName(m)),
                        int(m));
    m_password = named(new QLineEdit(this), QStringLiteral("accountPasswordEdit"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote = new QLabel(this);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    auto *login = new QGroupBox(tr("Login"), this);
    auto *loginForm = new QFormLayout(login);
    loginForm->addRow(tr("&User name:"), m_user);
    loginForm->addRow(tr("Login met&hod:"), m_auth);
    loginForm->addRow(tr("&Password:"), m_password);
    loginForm->addRow(QString(), m_passwordNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(identity);
    layout->addWidget(server);
    layout->addWidget(login);
    layout->addStretch(1);

    // Keyboard order follows the form top to bottom.
    setTabOrder(m_name, m_displayName);
    setTabOrder(m_displayName, m_address);
    setTabOrder(m_address, m_signature);
    setTabOrder(m_signature, html);
    setTabOrder(html, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_security);
    setTabOrder(m_security, m_plaintextAuth);
    setTabOrder(m_plaintextAuth, m_caFile);
    setTabOrder(m_caFile, m_browseCa);
    setTabOrder(m_browseCa, m_forgetPin);
    setTabOrder(m_forgetPin, m_user);
    setTabOrder(m_user, m_auth);
    setTabOrder(m_auth, m_password);

    connect(m_forgetPin, &QPushButton::clicked, this, [this] {
        setPinned({});
        edited();
    });
    connect(m_browseCa, &QToolButton::clicked, this, [this] {
        auto *d = new QFileDialog(this, tr("Extra trusted CA certificates"), QString(),
                                  tr("PEM certificates (*.pem *.crt);;All files (*)"));
        d->setObjectName(QStringLiteral("caFileDialog"));
        d->setFileMode(QFileDialog::ExistingFile);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, this, [this](const QString &f) { m_caFile->setText(f); });
        d->open();
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // Follow the usual port for the chosen security unless the user typed another one.
        const auto previous = Security(m_security->property("previous").toInt());
        const auto now = Security(m_security->currentData().toInt());
        if (!m_loading && m_port->value() == smtp::defaultPort(previous))
            m_port->setValue(smtp::defaultPort(now));
        m_security->setProperty("previous", int(now));
        updateSecurityWarning();
    });
    m_security->setProperty("previous", int(Security::StartTls));
    connect(m_user, &QLineEdit::textChanged, this, &AccountForm::updateSecurityWarning);
    connect(m_plaintextAuth, &QCheckBox::toggled, this, &AccountForm::updateSecurityWarning);

    for (QLineEdit *e : {m_name, m_displayName, m_address, m_host, m_user, m_password, m_caFile})
        connect(e, &QLineEdit::textChanged, this, &AccountForm::edited);
    connect(m_signature, &QPlainTextEdit::textChanged, this, &AccountForm::edited);
    connect(html, &QTextEdit::textChanged, this, &AccountForm::edited);
    connect(m_port, &QSpinBox::valueChanged, this, &AccountForm::edited);
    connect(m_security, &QComboBox::currentIndexChanged, this, &AccountForm::edited);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &AccountForm::edited);
    connect(m_plaintextAuth, &QCheckBox::toggled, this, &AccountForm::edited);
}

void AccountForm::edited()
{
    if (!m_loading)
        Q_EMIT changed();
}

QWidget *AccountForm::firstField() const
{
    return m_name;
}

QWidget *AccountForm::lastField() const
{
    return m_password;
}

void AccountForm::focusName()
{
    m_name->setFocus();
}

void AccountForm::load(const store::Account &a, bool isNew, const QString &passwordPlaceholder)
{
    m_loading = true;
    m_loaded = a;
    m_name->setText(a.name);
    m_name->setReadOnly(!isNew);  // the name is the key in the settings and in the keychain
    m_name->setToolTip(isNew ? QString()
                             : tr("An account's name cannot be changed; add a new account instead."));
    m_displayName->setText(a.displayName);
    m_address->setText(a.address);
    m_signature->setPlainText(a.signature);
    m_signatureRich->formattedEditor()->setHtml(a.signatureHtml);
    m_caFile->setText(a.caFile);
    setPinned(a.pinnedSha256);
    m_password->clear();
    m_password->setPlaceholderText(passwordPlaceholder);
    m_passwordNote->setText(tr("Passwords are kept only in the system keychain. Leave it empty to keep the "
                               "saved one."));
    setServer(a);
    m_loading = false;
    updateSecurityWarning();
}

void AccountForm::setServer(const store::Account &a)
{
    m_host->setText(a.host);
    m_security->setCurrentIndex(m_security->findData(int(a.security)));
    m_security->setProperty("previous", int(a.security));
    m_port->setValue(a.port ? a.port : smtp::defaultPort(a.security));
    m_plaintextAuth->setChecked(a.allowPlaintextAuth);
    m_user->setText(a.user);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(a.auth))));
    updateSecurityWarning();
}

store::Account AccountForm::account() const
{
    store::Account a = m_loaded;
    a.name = m_name->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.address = m_address->text().trimmed();
    a.signature = m_signature->toPlainText();
    // Stored as mail HTML (format/mailhtml), not as Qt's own, with its images by their files (each message
    // it goes into makes them its own inline parts); nothing written is none at all.
    const QTextDocument *doc = m_signatureRich->formattedEditor()->document();
    const format::MailBody body = format::fromDocument(*doc, QString(), QByteArray("signature.invalid"));
    a.signatureHtml = doc->toPlainText().trimmed().isEmpty() && body.images.isEmpty()
                          ? QString()
                          : format::withImageFiles(body.html, body.images);
    a.host = m_host->text().trimmed();
    a.port = quint16(m_port->value());
    a.security = Security(m_security->currentData().toInt());
    a.user = m_user->text().trimmed();
    a.auth = AuthMethod(m_auth->currentData().toInt());
    a.caFile = m_caFile->text().trimmed();
    a.pinnedSha256 = m_pinnedSha256;
    a.allowPlaintextAuth = a.security == Security::None && m_plaintextAuth->isChecked();
    return a;
}

QString AccountForm::password() const
{
    return m_password->text();
}

void AccountForm::clearPassword()
{
    m_password->clear();
}

void AccountForm::setPassword(const QString &password)
{
    m_password->setText(password);
}

void AccountForm::setPasswordNote(const QString &text)
{
    m_passwordNote->setText(text);
}

void AccountForm::setPinned(const QByteArray &sha256)
{
    m_pinnedSha256 = sha256;
    m_pinned->setText(sha256.isEmpty() ? tr("none") : CertificateDialog::formatFingerprint(sha256));
    m_forgetPin->setEnabled(!sha256.isEmpty());
}

void AccountForm::updateSecurityWarning()
{
    const bool none = Security(m_security->currentData().toInt()) == Security::None;
    m_plaintextAuth->setVisible(none);
    if (!none) {
        m_securityWarning->hide();
        return;
    }
    QString text =
        tr("Without encryption, anyone on the network path can read your messages and change them.");
    if (!m_user->text().trimmed().isEmpty())
        text +=
            QLatin1Char(' ')
            + (m_plaintextAuth->isChecked()
                   ? tr("Your password will be sent in clear text too: use this only with a test server you "
                        "control.")
                   : tr("Stamp will refuse to send your password over it unless you allow it below."));
    m_securityWarning->setText(text);
    m_securityWarning->show();
}

}  // namespace ui
