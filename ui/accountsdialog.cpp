#include "accountsdialog.h"

#include "advice.h"
#include "appcontext.h"
#include "certificatedialog.h"
#include "logpane.h"
#include "passwordprompt.h"
#include "session.h"
#include "util.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

using smtp::AuthMethod;
using smtp::Security;

namespace {

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

template <typename W> W *named(W *w, const QString &name, const QString &accessible)
{
    w->setObjectName(name);
    w->setAccessibleName(accessible);
    return w;
}

}  // namespace

AccountsDialog::AccountsDialog(AppContext *app, QWidget *parent) : QDialog(parent), m_app(app)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    setAccessibleName(windowTitle());

    // Left: the accounts.
    m_list = named(new QListWidget(this), QStringLiteral("accountList"), tr("Accounts"));
    auto *add = named(new QPushButton(tr("&Add"), this), QStringLiteral("accountAdd"), tr("Add an account"));
    m_remove = named(new QPushButton(tr("&Remove"), this), QStringLiteral("accountRemove"),
                     tr("Remove the account"));
    m_makeDefault = named(new QPushButton(tr("Make &default"), this), QStringLiteral("accountDefault"),
                          tr("Make this the default account"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_makeDefault);

    // Right: the form.
    m_name = named(new QLineEdit(this), QStringLiteral("accountName"), tr("Account name"));
    m_name->setPlaceholderText(tr("work, home…"));
    m_displayName = named(new QLineEdit(this), QStringLiteral("displayNameEdit"), tr("Your name"));
    m_address = named(new QLineEdit(this), QStringLiteral("addressEdit"), tr("Email address"));
    m_address->setPlaceholderText(tr("you@example.org"));
    m_signature = named(new QPlainTextEdit(this), QStringLiteral("signatureEdit"), tr("Signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(m_signature->fontMetrics().lineSpacing() * 4 + 12);
    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("Account &name:"), m_name);
    identityForm->addRow(tr("Your na&me:"), m_displayName);
    identityForm->addRow(tr("&Email address:"), m_address);
    identityForm->addRow(tr("Si&gnature:"), m_signature);
    m_textFormat = named(new QComboBox(this), QStringLiteral("textFormatCombo"), tr("New messages"));
    m_textFormat->addItem(tr("Plain text"), QStringLiteral("plain"));
    m_textFormat->addItem(tr("Formatted"), QStringLiteral("formatted"));
    m_textFormat->addItem(tr("Markdown"), QStringLiteral("markdown"));
    identityForm->addRow(tr("&Write new messages as:"), m_textFormat);

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
    auto *browseCa = named(new QToolButton(this), QStringLiteral("caFileBrowse"), tr("Choose a CA file"));
    browseCa->setText(tr("…"));
    m_pinned = named(new QLabel(tr("none"), this), QStringLiteral("pinnedLabel"), tr("Trusted certificate"));
    m_pinned->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinned->setWordWrap(true);
    m_forgetPin = named(new QPushButton(tr("&Forget"), this), QStringLiteral("pinnedForget"),
                        tr("Forget the trusted certificate"));
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_host, 1);
    portRow->addWidget(new QLabel(tr("P&ort:"), this));
    qobject_cast<QLabel *>(portRow->itemAt(1)->widget())->setBuddy(m_port);
    portRow->addWidget(m_port);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
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
    auto *caLabel = new QLabel(tr("CA &file:"), this);
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
    loginForm->addRow(tr("Login &method:"), m_auth);
    loginForm->addRow(tr("&Password:"), m_password);
    loginForm->addRow(QString(), m_passwordNote);

    m_formError = warningLabel(this, QStringLiteral("formError"));
    m_save = named(new QPushButton(tr("&Save"), this), QStringLiteral("accountSave"), tr("Save the account"));
    m_test = named(new QPushButton(tr("&Test connection"), this), QStringLiteral("testConnection"),
                   tr("Test the connection"));
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);

    // Below: what the last test found.
    m_results = new QTabWidget(this);
    m_results->setObjectName(QStringLiteral("testResults"));
    m_testResult = new QLabel(tr("Not tested yet."), this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_capabilities =
        named(new QPlainTextEdit(this), QStringLiteral("testCapabilities"), tr("Server capabilities"));
    m_tls = named(new QPlainTextEdit(this), QStringLiteral("testTls"), tr("Encryption details"));
    for (QPlainTextEdit *e : {m_capabilities, m_tls}) {
        e->setReadOnly(true);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_testLog = new LogPane(this);
    m_testLog->setObjectName(QStringLiteral("testLog"));
    auto *resultScroll = new QScrollArea(this);
    resultScroll->setWidget(m_testResult);
    resultScroll->setWidgetResizable(true);
    m_results->addTab(resultScroll, tr("Result"));
    m_results->addTab(m_capabilities, tr("Capabilities"));
    m_results->addTab(m_tls, tr("Encryption"));
    m_results->addTab(m_testLog, tr("Log"));

    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(identity);
    formLayout->addWidget(server);
    formLayout->addWidget(login);
    formLayout->addStretch(1);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    // Save and Test stay in view however far the form is scrolled.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(formScroll, 1);
    rightLayout->addWidget(m_formError);
    rightLayout->addLayout(formButtons);
    top->addWidget(right);
    top->setStretchFactor(1, 1);
    top->setSizes({180, 560});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_results);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({520, 200});

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("accountsClose"));
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(vertical, 1);
    layout->addWidget(close);
    resize(860, 760);

    // Keyboard order follows the form top to bottom.
    setTabOrder(m_list, add);
    setTabOrder(add, m_remove);
    setTabOrder(m_remove, m_makeDefault);
    setTabOrder(m_makeDefault, m_name);
    setTabOrder(m_name, m_displayName);
    setTabOrder(m_displayName, m_address);
    setTabOrder(m_address, m_signature);
    setTabOrder(m_signature, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_security);
    setTabOrder(m_security, m_plaintextAuth);
    setTabOrder(m_plaintextAuth, m_caFile);
    setTabOrder(m_caFile, browseCa);
    setTabOrder(browseCa, m_forgetPin);
    setTabOrder(m_forgetPin, m_user);
    setTabOrder(m_user, m_auth);
    setTabOrder(m_auth, m_password);
    setTabOrder(m_password, m_test);
    setTabOrder(m_test, m_save);

    connect(add, &QPushButton::clicked, this, [this] { resolveUnsaved([this] { startNewAccount(); }); });
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_makeDefault, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_current.isEmpty() && !m_app->accounts()->setDefaultAccount(m_current, &error))
            showFormError(error);
        reloadList(m_current);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::onSelectionChanged);
    connect(m_save, &QPushButton::clicked, this, &AccountsDialog::saveForm);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_session) {
            m_session->cancel();
        } else if (m_waitingForPassword) {
            // The keychain has not answered (an unlock prompt nobody sees, say): give up on this test.
            m_waitingForPassword = false;
            ++m_testAttempt;
            m_test->setText(tr("&Test connection"));
            m_testResult->setText(tr("Test stopped before connecting."));
        } else {
            testConnection();
        }
    });
    connect(m_forgetPin, &QPushButton::clicked, this, [this] {
        m_pinnedSha256.clear();
        m_pinned->setText(tr("none"));
        m_forgetPin->setEnabled(false);
        setDirty(true);
    });
    connect(browseCa, &QToolButton::clicked, this, [this] {
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
    connect(m_user, &QLineEdit::textChanged, this, &AccountsDialog::updateSecurityWarning);
    connect(m_plaintextAuth, &QCheckBox::toggled, this, &AccountsDialog::updateSecurityWarning);

    for (QLineEdit *e : {m_name, m_displayName, m_address, m_host, m_user, m_password, m_caFile})
        connect(e, &QLineEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_signature, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_textFormat, &QComboBox::activated, this, [this] { setDirty(true); });
    connect(m_port, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_plaintextAuth, &QCheckBox::toggled, this, [this] { setDirty(true); });

    const std::optional<store::Account> first = m_app->accounts()->defaultAccount();
    reloadList(first ? first->name : QString());
    if (m_list->count() == 0)
        startNewAccount();
    m_app->accounts()->watchForChanges();
    connect(m_app->accounts(), &store::AccountStore::accountsChanged, this,
            &AccountsDialog::onAccountsChanged);
}

void AccountsDialog::onAccountsChanged()
{
    if (m_loading)
        return;
    if (!m_isNew && !m_dirty && !m_current.isEmpty() && !m_app->accounts()->contains(m_current)) {
        // Removed by another process: show another one (or a new form), not a ghost.
        m_current.clear();
        reloadList(QString());
        if (m_list->count() == 0)
            startNewAccount();
        return;
    }
    // Keep what is selected; an account being written (new, or with unsaved changes) is left alone.
    reloadList(m_isNew ? QString() : m_current);
}

void AccountsDialog::updateDefaultButton()
{
    const bool isDefault = !m_current.isEmpty() && m_current == m_app->accounts()->defaultAccountName();
    m_makeDefault->setEnabled(!m_isNew && !m_current.isEmpty() && !isDefault);
    m_makeDefault->setToolTip(isDefault ? tr("This is already the default account")
                                        : tr("Make this the default account"));
}

AccountsDialog::~AccountsDialog()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
}

void AccountsDialog::reloadList(const QString &select)
{
    const QString defaultName = m_app->accounts()->defaultAccountName();
    const QList<store::Account> accounts = m_app->accounts()->accounts();
    m_loading = true;
    m_list->clear();
    int row = -1;
    for (const store::Account &a : accounts) {
        auto *item =
            new QListWidgetItem(a.name == defaultName ? tr("%1 (default)").arg(a.name) : a.name, m_list);
        item->setData(Qt::UserRole, a.name);
        item->setToolTip(a.fromText());
        if (a.name == select)
            row = m_list->count() - 1;
    }
    m_loading = false;
    if (row >= 0) {
        m_list->setCurrentRow(row);
    } else if (!m_isNew && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    m_remove->setEnabled(!m_current.isEmpty());
    updateDefaultButton();
}

void AccountsDialog::selectAccount(const QString &name)
{
    resolveUnsaved([this, name] {
        m_isNew = false;
        reloadList(name);
    });
}

void AccountsDialog::onSelectionChanged()
{
    if (m_loading)
        return;
    const QString name =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    if (name.isEmpty() || (name == m_current && !m_isNew))
        return;
    if (m_dirty) {
        // Put the selection back until the user has said what to do with the changes.
        m_loading = true;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole).toString() == m_current)
                m_list->setCurrentRow(i);
        }
        if (m_isNew)
            m_list->setCurrentRow(-1);
        m_loading = false;
        resolveUnsaved([this, name] {
            m_isNew = false;
            reloadList(name);
        });
        return;
    }
    const std::optional<store::Account> a = m_app->accounts()->find(name);
    if (a)
        loadForm(*a, false);
}

void AccountsDialog::startNewAccount()
{
    store::Account a;
    a.port = smtp::defaultPort(a.security);
    m_loading = true;
    m_list->setCurrentRow(-1);
    m_loading = false;
    loadForm(a, true);
    m_name->setFocus();
}

void AccountsDialog::loadForm(const store::Account &a, bool isNew)
{
    m_loading = true;
    m_isNew = isNew;
    m_current = isNew ? QString() : a.name;
    m_name->setText(a.name);
    m_name->setReadOnly(!isNew);  // the name is the key in the settings and in the keychain
    m_name->setToolTip(isNew ? QString()
                             : tr("An account's name cannot be changed; add a new account instead."));
    m_displayName->setText(a.displayName);
    m_address->setText(a.address);
    m_signature->setPlainText(a.signature);
    m_textFormat->setCurrentIndex(qMax(0, m_textFormat->findData(a.textFormat)));
    m_host->setText(a.host);
    m_security->setCurrentIndex(m_security->findData(int(a.security)));
    m_security->setProperty("previous", int(a.security));
    m_port->setValue(a.port ? a.port : smtp::defaultPort(a.security));
    m_plaintextAuth->setChecked(a.allowPlaintextAuth);
    m_user->setText(a.user);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(a.auth))));
    m_password->clear();
    m_caFile->setText(a.caFile);
    m_pinnedSha256 = a.pinnedSha256;
    m_pinned->setText(a.pinnedSha256.isEmpty() ? tr("none")
                                               : CertificateDialog::formatFingerprint(a.pinnedSha256));
    m_forgetPin->setEnabled(!a.pinnedSha256.isEmpty());
    if (isNew)
        m_password->setPlaceholderText(QString());
    else
        m_password->setPlaceholderText(m_app->hasSessionPassword(a.name) ? tr("(given for this session)")
                                                                         : tr("(kept in the keychain)"));
    m_passwordNote->setText(tr("Passwords are kept only in the system keychain. Leave it empty to keep the "
                               "saved one."));
    m_formError->hide();
    m_remove->setEnabled(!isNew);
    updateDefaultButton();
    m_loading = false;
    updateSecurityWarning();
    setDirty(false);
}

store::Account AccountsDialog::formAccount() const
{
    store::Account a;
    a.name = m_name->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.address = m_address->text().trimmed();
    a.signature = m_signature->toPlainText();
    a.textFormat = m_textFormat->currentIndex() > 0 ? m_textFormat->currentData().toString() : QString();
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

void AccountsDialog::updateSecurityWarning()
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

void AccountsDialog::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty || m_isNew);
    setWindowTitle(dirty ? tr("Accounts *") : tr("Accounts"));
}

void AccountsDialog::showFormError(const QString &text)
{
    m_formError->setText(text);
    m_formError->setVisible(!text.isEmpty());
}

bool AccountsDialog::saveForm()
{
    const store::Account a = formAccount();
    if (m_isNew && m_app->accounts()->contains(a.name)) {
        showFormError(tr("There is already an account named \"%1\": choose another name.").arg(a.name));
        return false;
    }
    const QString problem = a.validate();
    if (!problem.isEmpty()) {
        showFormError(problem);
        return false;
    }
    QString error;
    if (!m_app->accounts()->save(a, &error)) {
        showFormError(error);
        return false;
    }
    showFormError(QString());
    const QString typed = m_password->text();
    if (!typed.isEmpty() && !a.user.isEmpty()) {
        m_app->secrets()->writePassword(
            a.name, typed, this, [this, name = a.name, typed](const store::SecretStore::Result &r) {
                if (r.ok()) {
                    m_app->forgetSessionPassword(name);
                    m_passwordNote->setText(tr("The password is saved in the keychain."));
                    return;
                }
                // Not kept anywhere on disk; usable until Stamp closes.
                m_app->setSessionPassword(name, typed);
                m_passwordNote->setText(
                    tr("The password could not be saved: it will be used until Stamp closes."));
                tellUser(this, QStringLiteral("passwordNotSaved"), QMessageBox::Warning,
                         tr("Password not saved"),
                         r.message + QStringLiteral("\n\n")
                             + tr("Stamp will use the password you typed until it closes, and ask again next "
                                  "time."));
            });
    }
    m_isNew = false;
    m_current = a.name;
    reloadList(a.name);
    loadForm(a, false);
    return true;
}

void AccountsDialog::removeAccount()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    askUser(
        this, QStringLiteral("confirmRemoveAccount"), QMessageBox::Question, tr("Remove account"),
        tr("Remove the account \"%1\" and its saved password? Messages already sent stay in Sent.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, name](QMessageBox::StandardButton b) {
            if (b != QMessageBox::Yes)
                return;
            QString error;
            if (!m_app->accounts()->remove(name, &error)) {
                showFormError(error);
                return;
            }
            m_app->forgetSessionPassword(name);
            m_app->secrets()->removePassword(name, this, [this, name](const store::SecretStore::Result &r) {
                using E = store::SecretStore::Error;
                // No password saved is fine: the account may never have had one.
                if (r.ok() || r.error == E::NotFound)
                    return;
                if (r.error == E::NoService) {
                    m_passwordNote->setText(tr("No keychain is running, so no saved password of \"%1\" could "
                                               "be looked for to remove.")
                                                .arg(name));
                    return;
                }
                tellUser(this, QStringLiteral("secretNotRemoved"), QMessageBox::Warning,
                         tr("Password not removed"), r.message);
            });
            m_current.clear();
            m_dirty = false;
            reloadList(QString());
            if (m_list->count() == 0)
                startNewAccount();
        });
}

void AccountsDialog::resolveUnsaved(const std::function<void()> &then)
{
    if (!m_dirty) {
        then();
        return;
    }
    askUser(this, QStringLiteral("unsavedAccount"), QMessageBox::Question, tr("Unsaved changes"),
            tr("Save the changes to this account?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
            [this, then](QMessageBox::StandardButton b) {
                if (b == QMessageBox::Save) {
                    if (saveForm())
                        then();
                } else if (b == QMessageBox::Discard) {
                    m_dirty = false;
                    then();
                }
            });
}

void AccountsDialog::done(int result)
{
    if (m_dirty) {
        resolveUnsaved([this, result] {
            m_dirty = false;
            done(result);
        });
        return;
    }
    if (m_session)
        m_session->cancel();
    QDialog::done(result);
}

void AccountsDialog::testConnection()
{
    if (m_session || m_waitingForPassword)
        return;
    const store::Account a = formAccount();
    const QString problem = a.validate();
    if (!problem.isEmpty()) {
        showFormError(problem);
        return;
    }
    showFormError(QString());
    if (!m_password->text().isEmpty() || a.user.isEmpty()) {
        runTest(a, m_password->text());
        return;
    }
    m_waitingForPassword = true;
    m_test->setText(tr("S&top test"));
    m_testResult->setText(tr("Getting the password…"));
    const int attempt = ++m_testAttempt;
    obtainPassword(m_app, a, this, this, [this, a, attempt](bool ok, const QString &password) {
        if (attempt != m_testAttempt || !m_waitingForPassword)
            return;
        m_waitingForPassword = false;
        if (!ok) {
            m_test->setText(tr("&Test connection"));
            m_testResult->setText(tr("Not tested: no password was given."));
            return;
        }
        runTest(a, password);
    });
}

void AccountsDialog::runTest(const store::Account &account, const QString &password)
{
    smtp::SessionOptions options;
    QString error;
    if (!store::sessionOptionsFor(account, password, &options, &error)) {
        m_test->setText(tr("&Test connection"));
        showFormError(error);
        return;
    }
    m_testAccount = account;
    m_testResult->setText(tr("Connecting to %1:%2…").arg(account.host).arg(account.port));
    m_capabilities->clear();
    m_tls->clear();
    m_testLog->clear();
    m_results->setCurrentWidget(m_testLog);

    auto *session = new smtp::Session(options, nullptr, this);
    m_session = session;
    connect(session, &smtp::Session::transcript, m_testLog, &LogPane::append);
    connect(session, &smtp::Session::capabilitiesKnown, this,
            [this](const smtp::Capabilities &caps, bool encrypted) {
                QStringList lines;
                lines << (encrypted ? tr("Offered inside the encrypted connection:")
                                    : tr("Offered on the unencrypted connection:"));
                lines << caps.greeting;
                lines << caps.describe();
                lines << QString();
                lines << (caps.maxSize() > 0
                              ? tr("Largest message accepted (SIZE): %1").arg(formatSize(caps.maxSize()))
                              : tr("Largest message accepted: not announced"));
                QStringList mechs;
                for (const QByteArray &m : caps.authMechanisms())
                    mechs << QString::fromLatin1(m);
                lines << (mechs.isEmpty() ? tr("Login methods (AUTH): none offered")
                                          : tr("Login methods (AUTH): %1").arg(mechs.join(QLatin1Char(' '))));
                m_capabilities->setPlainText(lines.join(QLatin1Char('\n')));
                if (m_app->accounts()->contains(m_testAccount.name))
                    m_app->settings()->setServerMaxSize(m_testAccount.name, caps.maxSize());
            });
    connect(session, &smtp::Session::finished, this, &AccountsDialog::onTestFinished, Qt::QueuedConnection);
    m_test->setText(tr("S&top test"));
    session->start();
}

void AccountsDialog::onTestFinished(const smtp::Outcome &outcome)
{
    smtp::Session *session = m_session;
    m_session = nullptr;
    m_test->setText(tr("&Test connection"));
    if (session) {
        const smtp::TlsInfo &tls = session->tlsInfo();
        QStringList lines;
        if (tls.protocol.isEmpty()) {
            lines << tr("The connection was not encrypted.");
        } else {
            lines << tr("Protocol: %1").arg(tls.protocol) << tr("Cipher: %1").arg(tls.cipher)
                  << tr("Certificate SHA-256: %1")
                         .arg(CertificateDialog::formatFingerprint(tls.fingerprint.toLatin1()));
            for (const QSslCertificate &c : tls.chain)
                lines << QString() << tr("Issued to: %1").arg(CertificateDialog::describeName(c, false))
                      << tr("Issued by: %1").arg(CertificateDialog::describeName(c, true))
                      << tr("Valid until: %1")
                             .arg(QLocale().toString(c.expiryDate().toLocalTime(), QLocale::ShortFormat));
        }
        m_tls->setPlainText(lines.join(QLatin1Char('\n')));
        session->deleteLater();
    }
    using C = smtp::Outcome::Category;
    // The engine's advice in the window's words (it may name `stamp send` flags), as the result panel has it.
    AdviceContext context;
    context.security = m_testAccount.security;
    context.hasUser = !m_testAccount.user.isEmpty();
    context.allowPlaintextAuth = m_testAccount.allowPlaintextAuth;
    context.starttlsOffered = session && session->capabilities().has("STARTTLS");
    const WindowAdvice advice = windowAdvice(outcome, context);
    // A connection test has no message: the session's own "sent" means everything up to QUIT worked.
    const bool ok = outcome.category == C::Sent;
    QString text = ok ? tr("<b>The connection works.</b> Stamp connected, logged in where needed, and said "
                           "goodbye.")
                      : tr("<b>The connection test failed.</b>");
    text += QStringLiteral("<br>") + outcome.summary.toHtmlEscaped();
    if (outcome.reply.isValid())
        text +=
            QStringLiteral("<br>")
            + tr("Server said: %1 — %2")
                  .arg(outcome.reply.summary().toHtmlEscaped(), replyMeaning(outcome.reply).toHtmlEscaped());
    if (!advice.advice.isEmpty())
        text += QStringLiteral("<br>") + tr("What to do: %1").arg(advice.advice.toHtmlEscaped());
    m_testResult->setText(text);
    m_results->setCurrentIndex(0);
    if (outcome.category == C::AuthFailed)
        m_app->forgetSessionPassword(m_testAccount.name);
    Q_EMIT testFinished(outcome);
    if (outcome.category == C::TlsFailed && !outcome.sslErrors.isEmpty()
        && !outcome.certificateChain.isEmpty())
        offerCertificate(m_testAccount, outcome);
}

void AccountsDialog::offerCertificate(const store::Account &account, const smtp::Outcome &outcome)
{
    auto *dialog = new CertificateDialog(outcome.certificateChain, outcome.sslErrors, account.host,
                                         account.name.isEmpty() ? tr("this account") : account.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pinnedSha256 = dialog->fingerprint();
        m_pinned->setText(CertificateDialog::formatFingerprint(m_pinnedSha256));
        m_forgetPin->setEnabled(true);
        setDirty(true);
        // An existing account keeps the choice at once; a new one when it is saved.
        if (!m_isNew && !m_current.isEmpty()) {
            std::optional<store::Account> saved = m_app->accounts()->find(m_current);
            if (saved) {
                saved->pinnedSha256 = m_pinnedSha256;
                QString error;
                if (!m_app->accounts()->save(*saved, &error))
                    showFormError(error);
            }
        }
        testConnection();
    });
    dialog->open();
}

}  // namespace ui
