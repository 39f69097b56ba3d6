#pragma once

#include "address.h"
#include "auth.h"
#include "session.h"

#include <QList>
#include <QObject>
#include <QString>
#include <optional>

class QSettings;

namespace store {

class FileWatch;

// One SMTP identity, as the user set it up. The password is never part of it: it lives in the keychain
// (SecretStore), under the account's name.
struct Account
{
    QString name;         // unique id, chosen by the user ("work"); also the keychain key
    QString displayName;  // "Ann Example"
    QString address;      // "ann@example.com"
    QString signature;    // plain text the composer appends to a plain (or Markdown) message
    // The same signature with formatting, appended to a formatted message: clean HTML as format/mailhtml
    // writes it (format::fromDocument), no Qt styles. Empty: formatted messages get the plain one.
    QString signatureHtml;
    QString textFormat;  // how new messages are written: "plain" (the default), "formatted" or "markdown"
    QString host;
    quint16 port = 587;
    smtp::Security security = smtp::Security::StartTls;
    QString user;  // empty: no AUTH
    smtp::AuthMethod auth = smtp::AuthMethod::Auto;
    QString caFile;           // PEM file of extra trusted CA certificates, or empty
    QByteArray pinnedSha256;  // lower-case hex of the server certificate's SHA-256, or empty
    bool allowPlaintextAuth = false;
    // OAuth 2.0 (auth XOAUTH2 / OAUTHBEARER): the provider's issuer for discovery (empty: the preset for the
    // host, see store/oauthprovider.h) and the client ID registered for Stamp there (empty: the build's).
    QString oauthIssuer;
    QString oauthClientId;

    bool usesOAuth() const
    {
        return auth == smtp::AuthMethod::XOAuth2 || auth == smtp::AuthMethod::OAuthBearer;
    }

    bool isNull() const { return name.isEmpty(); }
    // The From mailbox: display name and address. Null (and *error set) if the address does not parse.
    smtp::Mailbox mailbox(QString *error = nullptr) const;
    // "Ann Example <ann@example.com>", for pickers and for the From text of a stored message.
    QString fromText() const;
    // Everything that can be checked without the network. Empty when fine, else one sentence.
    QString validate() const;
    bool operator==(const Account &o) const;
    bool operator!=(const Account &o) const { return !(*this == o); }
};

// Account names are keys in the settings file and in the keychain: printable, no '/' or '\',
// no leading or trailing space, at most 64 characters. Returns an empty string when fine.
QString checkAccountName(const QString &name);

// The connection part of a session for this account. Reads the CA file, so it can fail: then returns
// false with *error saying what to fix. The password may be empty when the account has no user.
bool sessionOptionsFor(const Account &account, const QString &password, smtp::SessionOptions *options,
                       QString *error);

// The list of accounts, kept with QSettings in $XDG_CONFIG_HOME/Stamp/stamp.conf (organization "Stamp",
// application "stamp"), shared by the window and `stamp account`. Every call reads or writes the file
// afresh, so two processes see each other's changes. Never holds a password.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    // The default file; the path is worked out on each call (QStandardPaths), so tests can move HOME.
    explicit AccountStore(QObject *parent = nullptr);
    // A given settings file (INI format), for tests.
    explicit AccountStore(const QString &fileName, QObject *parent = nullptr);

    static QString defaultFileName();
    QString fileName() const;

    // Sorted by name (case-insensitive).
    QList<Account> accounts() const;
    std::optional<Account> find(const QString &name) const;
    bool contains(const QString &name) const { return find(name).has_value(); }
    // Adds or replaces the account with this name. Fails (false, *error) if it does not validate or the
    // file cannot be written.
    bool save(const Account &account, QString *error = nullptr);
    // Removes the account (not its secret: see SecretStore::removePassword). False if there was none.
    bool remove(const QString &name, QString *error = nullptr);
    // The account chosen as default, else the first one; nullopt when there are none. The first account
    // saved becomes the default, and removing the default makes the first remaining one the default, so
    // adding an account never changes which one new messages use.
    std::optional<Account> defaultAccount() const;
    QString defaultAccountName() const;
    bool setDefaultAccount(const QString &name, QString *error = nullptr);

    // From now on, also notice changes made by another process (`stamp account add` while the window
    // runs): the file and its folder are watched, and accountsChanged() follows when what the file says
    // changed. Safe to call again.
    void watchForChanges();
    bool isWatching() const { return m_watch != nullptr; }

Q_SIGNALS:
    // Emitted after this object changed the file (save, remove, setDefaultAccount), and, once
    // watchForChanges() was called, after another process did.
    void accountsChanged();

private:
    void notifyChanged();

    QString m_fileName;  // empty: defaultFileName() at each call
    FileWatch *m_watch = nullptr;
};

}  // namespace store
