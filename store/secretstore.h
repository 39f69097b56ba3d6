#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace store {

// Passwords in the system keychain (Secret Service on Linux: GNOME Keyring, KWallet) through QtKeychain,
// under the service "Stamp SMTP" with the account name as key. Never written anywhere else: the insecure
// plain-file fallback of QtKeychain is off, so with no keychain a write fails and stores nothing.
//
// Every call is asynchronous: it starts a job and returns at once; the callback runs later from the event
// loop, once, unless `context` was destroyed first (then never). No call blocks or spins an event loop.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        NoService,     // no keychain service: none installed or running, or no D-Bus session
        Locked,        // the keychain is locked and was not unlocked (or the unlock prompt was dismissed)
        AccessDenied,  // the keychain refused access to this program
        NotFound,      // no password saved for this account
        Other,         // anything else; detail holds the keychain's own words
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString message;  // plain words: what happened and what to do next (empty when ok)
        QString detail;   // the keychain's own error text, for logs
        bool ok() const { return error == Error::None; }
    };

    using ReadCallback =
        std::function<void(const QString &password, const store::SecretStore::Result &result)>;
    using DoneCallback = std::function<void(const store::SecretStore::Result &result)>;

    explicit SecretStore(QObject *parent = nullptr);

    static QString serviceName();  // "Stamp SMTP"

    void readPassword(const QString &account, QObject *context, ReadCallback done);
    void writePassword(const QString &account, const QString &password, QObject *context, DoneCallback done);
    // Removing a password that does not exist succeeds or reports NotFound, depending on the keychain (GNOME
    // Keyring: success); both mean it is gone.
    void removePassword(const QString &account, QObject *context, DoneCallback done);

    // The plain-words message for an error about this account (what `Result::message` holds).
    static QString describe(Error error, const QString &account, const QString &detail = {});

    // Jobs started and not yet finished (for a window that wants to show it is busy).
    int pendingJobs() const { return m_pending; }

private:
    int m_pending = 0;
};

}  // namespace store
