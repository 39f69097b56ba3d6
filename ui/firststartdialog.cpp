#include "firststartdialog.h"

#include "accountform.h"
#include "appcontext.h"
#include "autoconfigpanel.h"
#include "testresults.h"
#include "util.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

FirstStartDialog::FirstStartDialog(AppContext *app, QWidget *parent) : QDialog(parent), m_app(app)
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Set up your mail account"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(tr("Enter your name and email address: Stamp looks up the server settings and "
                                "shows them before anything is saved."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("firstStartName"));
    m_name->setAccessibleName(tr("Your name"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("firstStartAddress"));
    m_address->setAccessibleName(tr("Email address"));
    m_address->setPlaceholderText(tr("you@example.org"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("firstStartPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->addRow(tr("Your na&me:"), m_name);
    form->addRow(tr("&Email address:"), m_address);
    form->addRow(m_passwordLabel, m_password);
    m_autoconfig = new AutoconfigPanel(app, this);
    m_error = warningLabel(this, QStringLiteral("firstStartError"));
    m_results = new TestResults(app, this);
    m_results->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("firstStartTest"));
    m_manual = buttons->addButton(tr("Set up &by hand…"), QDialogButtonBox::ResetRole);
    m_manual->setObjectName(QStringLiteral("firstStartManual"));
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("firstStartSave"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("firstStartCancel"));
    for (QPushButton *b : {m_test, m_manual, m_save, cancel})
        b->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_autoconfig);
    layout->addWidget(m_error);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_autoconfig, &AutoconfigPanel::findRequested, this, [this] {
        if (m_address->text().trimmed().isEmpty()) {
            m_error->setText(tr("Enter your email address first: the settings are found from it."));
            m_error->show();
            return;
        }
        m_error->hide();
        m_autoconfig->find(m_address->text());
    });
    // Enter in the address field looks the settings up.
    connect(m_address, &QLineEdit::returnPressed, m_autoconfig, &AutoconfigPanel::findRequested);
    connect(m_autoconfig, &AutoconfigPanel::usableChanged, this, &FirstStartDialog::updateButtons);
    connect(m_autoconfig, &AutoconfigPanel::finished, this, &FirstStartDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &FirstStartDialog::updateButtons);
    connect(m_address, &QLineEdit::textChanged, this, &FirstStartDialog::updateButtons);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_results->isRunning()) {
            m_results->cancel();
            return;
        }
        QString error;
        m_results->show();
        if (!m_results->run(account(), m_password->text(), nullptr, &error)) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        m_test->setText(tr("S&top test"));
    });
    connect(m_results, &TestResults::finished, this, [this] { m_test->setText(tr("&Test connection")); });
    connect(m_manual, &QPushButton::clicked, this, [this] {
        Q_EMIT manualSetupRequested(account(), m_password->text());
        reject();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    updateButtons();
}

bool FirstStartDialog::needsPassword() const
{
    if (!m_autoconfig->result().found())
        return false;
    return m_autoconfig->result().servers.first().auth == store::DiscoveredServer::Auth::Password;
}

void FirstStartDialog::updateButtons()
{
    const bool ready = m_autoconfig->canUse() && !m_address->text().trimmed().isEmpty();
    m_save->setEnabled(ready);
    // The address may have changed since: only a result for the address shown may be tested or saved.
    m_test->setEnabled(ready && m_autoconfig->result().found()
                       && m_autoconfig->result().servers.first().auth
                              != store::DiscoveredServer::Auth::OAuth2);
    m_password->setVisible(needsPassword());
    m_passwordLabel->setVisible(needsPassword());
}

store::Account FirstStartDialog::account() const
{
    store::Account a;
    a.displayName = m_name->text().trimmed();
    a.address = m_address->text().trimmed();
    // The name is the key in the settings and the keychain: the address, made unique.
    a.name = a.address.left(64);
    for (int n = 2; m_app->accounts()->contains(a.name) && n < 100; ++n)
        a.name = QStringLiteral("%1 (%2)").arg(a.address.left(56)).arg(n);
    return m_autoconfig->applyTo(a);
}

bool FirstStartDialog::save()
{
    if (!m_autoconfig->canUse())
        return false;
    const store::Account a = account();
    QString error = a.validate();
    if (error.isEmpty())
        m_app->accounts()->save(a, &error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    const QString typed = m_password->text();
    if (!typed.isEmpty() && !a.user.isEmpty() && !a.usesOAuth()) {
        AppContext *app = m_app;
        // Usable at once, in memory only; forgotten here once the keychain has it (else until Stamp closes).
        app->setSessionPassword(a.name, typed);
        // The dialog may be gone when the keychain answers: the context is the application's.
        app->secrets()->writePassword(a.name, typed, app,
                                      [app, name = a.name](const store::SecretStore::Result &r) {
                                          if (r.ok())
                                              app->forgetSessionPassword(name);
                                      });
    }
    if (a.usesOAuth())
        Q_EMIT signInRequested(a.name);
    return true;
}

}  // namespace ui
