#pragma once

#include "account.h"
#include "autoconfig.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace ui {

class AppContext;

// "Find settings from the address": runs store::Autoconfig (never waiting on the GUI thread) and shows what
// it found before anything is saved: server, port, security, authentication, user name and where it came
// from, with the domain names prominent (draft-ietf-mailmaint-autoconfig, security considerations). Its
// warnings (plain http, a redirect, a server in another domain) must be accepted with a tick before the
// settings can be used.
class AutoconfigPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AutoconfigPanel(AppContext *app, QWidget *parent = nullptr);

    void find(const QString &address);
    void cancel();
    bool isRunning() const { return m_autoconfig != nullptr; }
    // Shows a result as if the lookups had found it (find() ends here too).
    void showResult(const store::AutoconfigResult &result);
    const store::AutoconfigResult &result() const { return m_result; }
    // Autoconfig's own warnings, and one when the server is outside the address's domain.
    QStringList warnings() const { return m_warnings; }
    // Something usable was found and every warning was accepted.
    bool canUse() const;
    // base with the found server taken in (store::applyDiscovered).
    store::Account applyTo(store::Account base) const;
    void setUseButtonVisible(bool visible);

Q_SIGNALS:
    void findRequested();
    void usableChanged(bool usable);
    void useRequested();
    void finished();

private:
    AppContext *m_app;
    QPointer<store::Autoconfig> m_autoconfig;
    store::AutoconfigResult m_result;
    QString m_address;
    QStringList m_warnings;
    QPushButton *m_find, *m_use;
    QLabel *m_status, *m_found, *m_warningText;
    QCheckBox *m_accept;
};

}  // namespace ui
