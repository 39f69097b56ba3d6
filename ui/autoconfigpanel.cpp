#include "autoconfigpanel.h"

#include "accountform.h"
#include "accountoauth.h"
#include "address.h"
#include "appcontext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

QString securityText(smtp::Security s)
{
    switch (s) {
    case smtp::Security::StartTls:
        return AutoconfigPanel::tr("STARTTLS");
    case smtp::Security::ImplicitTls:
        return AutoconfigPanel::tr("TLS from the start");
    case smtp::Security::None:
        return AutoconfigPanel::tr("none — unencrypted");
    }
    return {};
}

QString authText(store::DiscoveredServer::Auth a)
{
    using A = store::DiscoveredServer::Auth;
    switch (a) {
    case A::Password:
        return AutoconfigPanel::tr("password");
    case A::OAuth2:
        return AutoconfigPanel::tr("OAuth 2.0 sign-in in the browser");
    case A::None:
        return AutoconfigPanel::tr("none");
    case A::Unsupported:
        return AutoconfigPanel::tr("a method Stamp does not support");
    }
    return {};
}

bool inDomain(const QString &host, const QString &domain)
{
    const QString h = QString::fromLatin1(smtp::domainToAce(host)).toLower();
    const QString d = QString::fromLatin1(smtp::domainToAce(domain)).toLower();
    return !d.isEmpty() && (h == d || h.endsWith(QLatin1Char('.') + d));
}

}  // namespace

AutoconfigPanel::AutoconfigPanel(AppContext *app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("autoconfigPanel"));
    m_find = new QPushButton(tr("&Find settings from the address"), this);
    m_find->setObjectName(QStringLiteral("autoconfigFind"));
    m_find->setAccessibleName(tr("Find settings from the address"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("autoconfigStatus"));
    m_status->setWordWrap(true);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("autoconfigResult"));
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::RichText);
    m_found->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_found->hide();
    m_warningText = warningLabel(this, QStringLiteral("autoconfigWarnings"));
    m_accept = new QCheckBox(tr("I have read the warnings and want to use these settings"), this);
    m_accept->setObjectName(QStringLiteral("autoconfigAccept"));
    m_accept->hide();
    m_use = new QPushButton(tr("&Use these settings"), this);
    m_use->setObjectName(QStringLiteral("autoconfigUse"));
    m_use->setEnabled(false);
    m_use->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_find);
    top->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_found);
    layout->addWidget(m_warningText);
    layout->addWidget(m_accept);
    layout->addWidget(m_use, 0, Qt::AlignRight);

    connect(m_find, &QPushButton::clicked, this, [this] {
        if (m_autoconfig)
            cancel();
        else
            Q_EMIT findRequested();
    });
    connect(m_accept, &QCheckBox::toggled, this, [this] {
        m_use->setEnabled(canUse());
        Q_EMIT usableChanged(canUse());
    });
    connect(m_use, &QPushButton::clicked, this, &AutoconfigPanel::useRequested);
}

void AutoconfigPanel::setUseButtonVisible(bool visible)
{
    m_use->setVisible(visible && m_found->isVisible());
    m_use->setProperty("wanted", visible);
}

void AutoconfigPanel::find(const QString &address)
{
    cancel();
    m_address = address.trimmed();
    m_result = {};
    m_warnings.clear();
    m_found->hide();
    m_warningText->hide();
    m_accept->hide();
    m_accept->setChecked(false);
    m_use->hide();
    Q_EMIT usableChanged(false);
    auto *autoconfig = new store::Autoconfig(m_app->autoconfigOptions(), this);
    m_autoconfig = autoconfig;
    connect(autoconfig, &store::Autoconfig::progress, m_status, &QLabel::setText);
    connect(autoconfig, &store::Autoconfig::finished, this,
            [this, autoconfig](const store::AutoconfigResult &r) {
                autoconfig->deleteLater();
                m_autoconfig = nullptr;
                m_find->setText(tr("&Find settings from the address"));
                showResult(r);
            });
    m_find->setText(tr("S&top looking"));
    m_status->setText(tr("Looking for the settings of %1…").arg(m_address));
    autoconfig->start(m_address);
}

void AutoconfigPanel::cancel()
{
    if (!m_autoconfig)
        return;
    store::Autoconfig *a = m_autoconfig;
    m_autoconfig = nullptr;
    disconnect(a, nullptr, this, nullptr);
    a->cancel();
    a->deleteLater();
    m_find->setText(tr("&Find settings from the address"));
    m_status->setText(tr("Stopped looking."));
}

void AutoconfigPanel::showResult(const store::AutoconfigResult &r)
{
    m_result = r;
    m_warnings = r.warnings;
    m_accept->setChecked(false);
    if (!r.found()) {
        m_status->setText(tr("No settings were found for %1: enter the server yourself.")
                              .arg(m_address.isEmpty() ? tr("this address") : m_address));
        QStringList tried;
        for (const QString &a : r.attempts)
            tried << a.toHtmlEscaped();
        m_found->setText(tried.isEmpty()
                             ? QString()
                             : tr("Tried:") + QStringLiteral("<br>") + tried.join(QStringLiteral("<br>")));
        m_found->setVisible(!r.attempts.isEmpty());
        m_warningText->hide();
        m_accept->hide();
        m_use->hide();
        Q_EMIT usableChanged(false);
        Q_EMIT finished();
        return;
    }
    const store::DiscoveredServer &s = r.servers.first();
    const QString addressDomain = m_address.section(QLatin1Char('@'), -1);
    // The draft's advice against phishing: the user sees whose records these are and whose server it is.
    if (!addressDomain.isEmpty() && !inDomain(s.host, addressDomain))
        m_warnings << tr("The server %1 is not in %2, the domain of your address. Use it only if you know "
                         "that it is your provider's.")
                          .arg(s.host, addressDomain);
    m_status->setText(tr("Found through %1.").arg(store::AutoconfigResult::sourceName(r.source)));
    const auto b = [](const QString &t) { return QStringLiteral("<b>%1</b>").arg(t.toHtmlEscaped()); };
    QStringList lines;
    lines << tr("Server: %1, port %2").arg(b(s.host)).arg(s.port)
          << tr("Security: %1").arg(securityText(s.security).toHtmlEscaped())
          << tr("Authentication: %1").arg(authText(s.auth).toHtmlEscaped())
          << tr("User name: %1").arg(s.userName.isEmpty() ? tr("(none)") : s.userName.toHtmlEscaped())
          << tr("Found through: %1 (%2)")
                 .arg(store::AutoconfigResult::sourceName(r.source).toHtmlEscaped(), r.origin.toHtmlEscaped())
          << tr("Records of the domain: %1").arg(b(r.domain));
    if (s.auth == store::DiscoveredServer::Auth::Unsupported)
        lines << tr("Stamp cannot log in to this server: enter another server yourself.");
    m_found->setText(lines.join(QStringLiteral("<br>")));
    m_found->show();
    m_warningText->setText(m_warnings.join(QLatin1Char('\n')));
    m_warningText->setVisible(!m_warnings.isEmpty());
    m_accept->setVisible(!m_warnings.isEmpty());
    m_use->setVisible(m_use->property("wanted").toBool());
    m_use->setEnabled(canUse());
    Q_EMIT usableChanged(canUse());
    Q_EMIT finished();
}

bool AutoconfigPanel::canUse() const
{
    return m_result.found() && m_result.servers.first().auth != store::DiscoveredServer::Auth::Unsupported
           && (m_warnings.isEmpty() || m_accept->isChecked());
}

store::Account AutoconfigPanel::applyTo(store::Account base) const
{
    if (m_result.found())
        store::applyDiscovered(&base, m_result.servers.first());
    return base;
}

}  // namespace ui
