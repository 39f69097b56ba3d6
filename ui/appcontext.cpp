#include "appcontext.h"

namespace ui {

AppContext::AppContext(QObject *parent) : QObject(parent) {}

AppContext::AppContext(const QString &accountsFile, const QString &mailRoot, const QString &uiSettingsFile,
                       QObject *parent)
    : QObject(parent), m_accounts(accountsFile), m_mail(mailRoot), m_settings(uiSettingsFile)
{
}

void AppContext::setSessionPassword(const QString &account, const QString &password)
{
    m_sessionPasswords.insert(account, password);
}

}  // namespace ui
