#include "domaincheckdialog.h"

#include "domaincheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

DomainCheckDialog::DomainCheckDialog(const QString &domain, const QString &host, quint16 port,
                                     smtp::Security security, QWidget *parent)
    : QDialog(parent), m_security(security)
{
    setWindowTitle(tr("Check Domain"));
    setObjectName(QStringLiteral("domainCheckDialog"));
    auto *form = new QFormLayout;
    m_domain = new QLineEdit(domain, this);
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_selectors = new QLineEdit(this);
    m_selectors->setObjectName(QStringLiteral("selectorsEdit"));
    m_selectors->setPlaceholderText(
        tr("the s= of a DKIM-Signature header, e.g. s1 (several: separated by spaces)"));
    m_server = new QLineEdit(host.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(host).arg(port), this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("optional: smtp.example.com:587"));
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("DKIM &selectors:"), m_selectors);
    form->addRow(tr("Submission &server:"), m_server);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("domainCheckStatus"));
    m_status->setWordWrap(true);
    m_result = new QTextBrowser(this);
    m_result->setObjectName(QStringLiteral("domainCheckResult"));
    m_result->setOpenLinks(false);
    m_result->setMinimumSize(640, 360);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkButton = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setDefault(true);
    connect(m_checkButton, &QPushButton::clicked, this, &DomainCheckDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
}

DomainCheckDialog::~DomainCheckDialog() = default;

void DomainCheckDialog::check()
{
    smtp::DomainCheckOptions options;
    options.domain = m_domain->text().trimmed();
    if (options.domain.isEmpty() || !options.domain.contains(QLatin1Char('.'))
        || options.domain.contains(QRegularExpression(QStringLiteral("[\\s@/]")))) {
        m_status->setText(tr("Give a domain name, the part after @ in your address (e.g. example.com)."));
        return;
    }
    static const QRegularExpression selector(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
    for (const QString &s :
         m_selectors->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        if (!selector.match(s).hasMatch()) {
            m_status->setText(tr("\"%1\" is not a DKIM selector (letters, digits, - and _).").arg(s));
            return;
        }
        options.selectors << s;
    }
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty()) {
        static const QRegularExpression re(
            QStringLiteral(R"(^(?:\[([0-9A-Fa-f:.]+)\]|([^:\[\]\s]+))(?::(\d{1,5}))?$)"));
        const auto m = re.match(server);
        const int port = m.captured(3).isEmpty() ? smtp::defaultPort(m_security) : m.captured(3).toInt();
        if (!m.hasMatch() || port < 1 || port > 65535) {
            m_status->setText(tr("The server must be HOST or HOST:PORT."));
            return;
        }
        options.server.host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        options.server.port = quint16(port);
        options.server.security = m_security;
    }
    if (m_check)
        m_check->deleteLater();
    m_check = new smtp::DomainCheck(this);
    connect(m_check, &smtp::DomainCheck::finished, this, &DomainCheckDialog::showResult);
    m_checkButton->setEnabled(false);
    m_result->clear();
    m_status->setText(tr("Looking up the records of %1…").arg(options.domain));
    m_check->start(options);
}

void DomainCheckDialog::showResult()
{
    m_checkButton->setEnabled(true);
    const QList<smtp::Finding> findings = m_check->findings();
    QString html;
    for (const smtp::Finding &f : findings) {
        // The severity in a word (not in colour alone), then what was found and what to do.
        const char *color = f.severity == smtp::Finding::Severity::Problem   ? "#b00020"
                            : f.severity == smtp::Finding::Severity::Warning ? "#8a5a00"
                            : f.severity == smtp::Finding::Severity::Ok      ? "#1b6e20"
                                                                             : "#444444";
        html += QStringLiteral("<p><b style=\"color:%1\">[%2]</b> <b>%3</b>: %4")
                    .arg(QLatin1String(color), smtp::severityWord(f.severity).toHtmlEscaped(),
                         f.topic.toHtmlEscaped(), f.what.toHtmlEscaped());
        if (!f.fix.isEmpty())
            html += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;%1")
                        .arg(tr("What to do: %1").arg(f.fix).toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    m_result->setHtml(html);
    switch (m_check->exitCode()) {
    case smtp::domainexit::Fine:
        m_status->setText(tr("Nothing wrong found."));
        break;
    case smtp::domainexit::Warnings:
        m_status->setText(tr("Some things could be better (see the warnings)."));
        break;
    case smtp::domainexit::Problems:
        m_status->setText(tr("Problems found: see what to do for each."));
        break;
    default:
        m_status->setText(tr("The check is incomplete: some lookups got no answer."));
    }
}

}  // namespace ui
