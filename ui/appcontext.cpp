#include "appcontext.h"

namespace ui {

AppContext::AppContext(QObject *parent) : QObject(parent), m_contacts(m_mail.root())
{
    m_contacts.watchForChanges();
}

AppContext::AppContext(const QString &accountsFile, const QString &mailRoot, const QString &uiSettingsFile,
                       QObject *parent)
    : QObject(parent), m_accounts(accountsFile), m_mail(mailRoot), m_settings(uiSettingsFile),
      m_contacts(mailRoot)
{
    m_contacts.watchForChanges();
}

void AppContext::adoptRecentAddresses()
{
    const QStringList recent = m_settings.recentAddresses();
    if (recent.isEmpty())
        return;
    QList<smtp::Mailbox> mailboxes;
    for (const QString &text : recent) {
        QString ignored;
        const smtp::Mailbox m = smtp::parseMailbox(text, &ignored);
        if (!m.isNull())
            mailboxes << m;
    }
    QString error;
    if (m_contacts.rememberRecipients(mailboxes, &error))
        m_settings.forgetRecentAddresses();
}

void AppContext::setSessionPassword(const QString &account, const QString &password)
{
    m_sessionPasswords.insert(account, password);
}

store::AccountTokens *AppContext::tokensFor(const store::Account &account)
{
    store::AccountTokens *t = m_tokens.value(account.name);
    if (t && t->account() == account)
        return t;
    // The old one stays alive (a child of this context) while a session may still hold it.
    t = new store::AccountTokens(account, &m_secrets, this);
    m_tokens.insert(account.name, t);
    return t;
}

void AppContext::forgetTokens(const QString &account)
{
    m_tokens.remove(account);
}

}  // namespace ui
