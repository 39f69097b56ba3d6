#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

namespace ui {

// What the window remembers that is not an account: addresses used before (for completion), the largest
// message each account's server said it accepts (SIZE, RFC 1870), window geometry. Kept in
// $XDG_CONFIG_HOME/Stamp/stamp-ui.conf, worked out on each call like AccountStore does, so tests can move
// HOME.
class UiSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRecentAddresses = 500;

    explicit UiSettings(QObject *parent = nullptr);
    explicit UiSettings(const QString &fileName, QObject *parent = nullptr);
    QString fileName() const;

    // The completion memory of versions before the address book (store::ContactStore), read once by
    // AppContext::adoptRecentAddresses() and then forgotten. Most recently used first; each entry a mailbox
    // as typed ("Ann <ann@example.org>" or "ann@example.org").
    QStringList recentAddresses() const;
    // Moves these to the front (an address already known is replaced by the new spelling, except that a
    // bare address does not drop the display name known for it). Only older versions wrote here; tests use it
    // to set up what such a version left.
    void rememberAddresses(const QStringList &mailboxes);
    void forgetRecentAddresses();

    // 0 when unknown or unlimited.
    qint64 serverMaxSize(const QString &account) const;
    void setServerMaxSize(const QString &account, qint64 size);
    // Whether the account's server listed STARTTLS in its EHLO before encryption (RFC 3207 §4), for advice.
    bool serverOffersStartTls(const QString &account) const;
    void setServerOffersStartTls(const QString &account, bool offers);

    // Undo send (issue 9): how many seconds Send waits before the first attempt, with Undo in the status bar
    // meanwhile. 0, the default: at once. Clamped to 0..MaxUndoSendDelaySeconds.
    static constexpr int MaxUndoSendDelaySeconds = 60;
    int undoSendDelaySeconds() const;
    void setUndoSendDelaySeconds(int seconds);

    QByteArray windowState(const QString &key) const;
    void setWindowState(const QString &key, const QByteArray &state);

Q_SIGNALS:
    void recentAddressesChanged();
    void undoSendDelayChanged(int seconds);

private:
    QString m_fileName;
};

}  // namespace ui
