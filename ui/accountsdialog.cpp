#include "accountsdialog.h"

#include "screenfit.h"

#include "accountform.h"
#include "accountsdescriptions.h"
#include "advice.h"
#include "appcontext.h"
#include "autoconfigpanel.h"
#include "certificatedialog.h"
#include "logpane.h"
#include "passwordprompt.h"
#include "signinpage.h"
#include "testresults.h"
#include "util.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

template <typename W> W *named(W *w, const QString &name, const QString &accessible)
{
    w->setObjectName(name);
    w->setAccessibleName(accessible);
    return w;
}

QScrollArea *scrolled(QWidget *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
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

    // Right: the pages of the account, then Save and Test, which stay in view however far a page scrolls.
    m_form = new AccountForm(this);
    m_signIn = new SignInPage(app, this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("accountPages"));
    m_pages->addTab(scrolled(m_form, this), tr("Account"));
    m_pages->addTab(scrolled(m_signIn, this), tr("Sign-in and server search"));
    m_formError = warningLabel(this, QStringLiteral("formError"));
    m_save = named(new QPushButton(tr("&Save"), this), QStringLiteral("accountSave"), tr("Save the account"));
    m_test = named(new QPushButton(tr("&Test connection"), this), QStringLiteral("testConnection"),
                   tr("Test the connection"));
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pages, 1);
    rightLayout->addWidget(m_formError);
    rightLayout->addLayout(formButtons);

    // Below: what the last test found.
    m_results = new TestResults(app, this);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
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
    resize(fitToScreen(this, QSize(860, 760)));  // nothing off screen, at 200% too
    describeAccountControls(this);               // accessible descriptions: accountsdescriptions.cpp

    // Keyboard order: the list, then the form top to bottom (its own order), then Test and Save.
    setTabOrder(m_list, add);
    setTabOrder(add, m_remove);
    setTabOrder(m_remove, m_makeDefault);
    setTabOrder(m_makeDefault, m_form->firstField());
    setTabOrder(m_form->lastField(), m_test);
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
        if (m_results->isRunning()) {
            m_results->cancel();
        } else if (m_waitingForPassword) {
            // The keychain has not answered (an unlock prompt nobody sees, say): give up on this test.
            m_waitingForPassword = false;
            ++m_testAttempt;
            m_test->setText(tr("&Test connection"));
            m_results->setStatus(tr("Test stopped before connecting."));
        } else {
            testConnection();
        }
    });
    connect(m_results, &TestResults::finished, this, &AccountsDialog::onTestFinished);
    connect(m_form, &AccountForm::changed, this, [this] { setDirty(true); });
    connect(m_signIn, &SignInPage::changed, this, [this] { setDirty(true); });
    connect(m_signIn->autoconfig(), &AutoconfigPanel::findRequested, this, [this] {
        const QString address = m_form->account().address;
        if (address.isEmpty()) {
            showFormError(tr("Enter the email address first: the settings are found from it."));
            return;
        }
        showFormError(QString());
        m_signIn->autoconfig()->find(address);
    });
    connect(m_signIn->autoconfig(), &AutoconfigPanel::useRequested, this, [this] {
        if (!m_signIn->autoconfig()->canUse())
            return;
        m_form->setServer(m_signIn->autoconfig()->applyTo(m_form->account()));
        setDirty(true);
        m_pages->setCurrentIndex(0);
    });
    m_signIn->setPrepare([this] { return prepareSignIn(); });

    const std::optional<store::Account> first = m_app->accounts()->defaultAccount();
    reloadList(first ? first->name : QString());
    if (m_list->count() == 0)
        startNewAccount();
    m_app->accounts()->watchForChanges();
    connect(m_app->accounts(), &store::AccountStore::accountsChanged, this,
            &AccountsDialog::onAccountsChanged);
}

bool AccountsDialog::isTesting() const
{
    return m_results->isRunning();
}

LogPane *AccountsDialog::testLog() const
{
    return m_results->log();
}

void AccountsDialog::showSignIn(const QString &name, const QString &provider)
{
    resolveUnsaved([this, name, provider] {
        m_isNew = false;
        reloadList(name);
        // Only a suggestion: nothing in the account changes until the user signs in.
        m_loading = true;
        if (provider == QLatin1String("Google"))
            m_signIn->setProvider(SignInPage::Provider::Google);
        else if (provider == QLatin1String("Microsoft"))
            m_signIn->setProvider(SignInPage::Provider::Microsoft);
        m_loading = false;
        m_pages->setCurrentIndex(1);
    });
}

std::optional<store::Account> AccountsDialog::prepareSignIn()
{
    // The refresh token is kept under the account's name, so the account is saved first, with the chosen
    // provider's server and OAuth 2.0 as its login method.
    const store::Account before = formAccount();
    const store::Account wanted = SignInPage::presetServer(m_signIn->provider(), before);
    if (wanted != before) {
        m_form->setServer(wanted);
        setDirty(true);
    }
    if ((m_dirty || m_isNew) && !saveForm())
        return std::nullopt;
    return m_app->accounts()->find(wanted.name);
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
    disconnect(m_results, nullptr, this, nullptr);
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

void AccountsDialog::startNewAccount(const store::Account &draft, const QString &password)
{
    // A new Account's port is already its security's default (587, STARTTLS).
    m_loading = true;
    m_list->setCurrentRow(-1);
    m_loading = false;
    loadForm(draft, true);
    if (!password.isEmpty())
        m_form->setPassword(password);
    if (!draft.address.isEmpty() || !draft.displayName.isEmpty() || !password.isEmpty())
        setDirty(true);
    m_form->focusName();
}

void AccountsDialog::loadForm(const store::Account &a, bool isNew)
{
    m_loading = true;
    m_isNew = isNew;
    m_current = isNew ? QString() : a.name;
    m_form->load(a, isNew,
                 isNew ? QString()
                       : (m_app->hasSessionPassword(a.name) ? tr("(given for this session)")
                                                            : tr("(kept in the keychain)")));
    m_signIn->load(a, isNew);
    m_formError->hide();
    m_remove->setEnabled(!isNew);
    updateDefaultButton();
    m_loading = false;
    setDirty(false);
}

store::Account AccountsDialog::formAccount() const
{
    return m_signIn->applyTo(m_form->account());
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
    const QString typed = m_form->password();
    if (!typed.isEmpty() && !a.user.isEmpty()) {
        m_app->secrets()->writePassword(
            a.name, typed, this, [this, name = a.name, typed](const store::SecretStore::Result &r) {
                if (r.ok()) {
                    m_app->forgetSessionPassword(name);
                    m_form->setPasswordNote(tr("The password is saved in the keychain."));
                    return;
                }
                // Not kept anywhere on disk; usable until Stamp closes.
                m_app->setSessionPassword(name, typed);
                m_form->setPasswordNote(
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
                    m_form->setPasswordNote(tr("No keychain is running, so no saved password of \"%1\" could "
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
    m_results->cancel();
    QDialog::done(result);
}

void AccountsDialog::testConnection()
{
    if (m_results->isRunning() || m_waitingForPassword)
        return;
    const store::Account a = formAccount();
    const QString problem = a.validate();
    if (!problem.isEmpty()) {
        showFormError(problem);
        return;
    }
    showFormError(QString());
    const QString typed = m_form->password();
    if (!typed.isEmpty() || a.user.isEmpty() || a.usesOAuth()) {
        runTest(a, typed);
        return;
    }
    m_waitingForPassword = true;
    m_test->setText(tr("S&top test"));
    m_results->setStatus(tr("Getting the password…"));
    const int attempt = ++m_testAttempt;
    obtainPassword(m_app, a, this, this, [this, a, attempt](bool ok, const QString &password) {
        if (attempt != m_testAttempt || !m_waitingForPassword)
            return;
        m_waitingForPassword = false;
        if (!ok) {
            m_test->setText(tr("&Test connection"));
            m_results->setStatus(tr("Not tested: no password was given."));
            return;
        }
        runTest(a, password);
    });
}

void AccountsDialog::runTest(const store::Account &account, const QString &password)
{
    QString error;
    // An OAuth account logs in with its access token (signed in on the sign-in page).
    smtp::TokenProvider *tokens = account.usesOAuth() ? m_app->tokensFor(account) : nullptr;
    if (!m_results->run(account, password, tokens, &error)) {
        m_test->setText(tr("&Test connection"));
        showFormError(error);
        return;
    }
    m_test->setText(tr("S&top test"));
}

void AccountsDialog::onTestFinished(const smtp::Outcome &outcome)
{
    m_test->setText(tr("&Test connection"));
    const store::Account tested = m_results->testedAccount();
    if (outcome.category == smtp::Outcome::Category::AuthFailed)
        m_app->forgetSessionPassword(tested.name);
    Q_EMIT testFinished(outcome);
    if (outcome.category == smtp::Outcome::Category::TlsFailed && !outcome.sslErrors.isEmpty()
        && !outcome.certificateChain.isEmpty())
        offerCertificate(tested, outcome);
}

void AccountsDialog::offerCertificate(const store::Account &account, const smtp::Outcome &outcome)
{
    auto *dialog = new CertificateDialog(outcome.certificateChain, outcome.sslErrors, account.host,
                                         account.name.isEmpty() ? tr("this account") : account.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QByteArray pinned = dialog->fingerprint();
        m_form->setPinned(pinned);
        setDirty(true);
        // An existing account keeps the choice at once; a new one when it is saved.
        if (!m_isNew && !m_current.isEmpty()) {
            std::optional<store::Account> saved = m_app->accounts()->find(m_current);
            if (saved) {
                saved->pinnedSha256 = pinned;
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
