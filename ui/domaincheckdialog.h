#pragma once

#include "session.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QPushButton;
class QTextBrowser;
class QLabel;

namespace smtp {
class DomainCheck;
}

namespace ui {

// Tools > Check Domain: the sender domain's MX, SPF, DMARC, DKIM, MTA-STS and TLS-RPT records and the
// submission server's reverse DNS, each with what to change (smtp::DomainCheck, asynchronous: the window
// never waits).
class DomainCheckDialog : public QDialog
{
    Q_OBJECT
public:
    // Filled from the current account: its address's domain and its server.
    DomainCheckDialog(const QString &domain, const QString &host, quint16 port, smtp::Security security,
                      QWidget *parent = nullptr);
    ~DomainCheckDialog() override;

private:
    void check();
    void showResult();

    QLineEdit *m_domain;
    QLineEdit *m_selectors;
    QLineEdit *m_server;
    QPushButton *m_checkButton;
    QLabel *m_status;
    QTextBrowser *m_result;
    smtp::Security m_security;
    QPointer<smtp::DomainCheck> m_check;
};

}  // namespace ui
