#include "secretstore.h"

#include <QCoreApplication>

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace store {

namespace {

// QtKeychain reports a missing Secret Service or D-Bus as a generic error on Linux (libsecret's or D-Bus's
// own words), so those words are recognised here to give the user the right advice.
SecretStore::Error classify(QKeychain::Error error, const QString &text)
{
    const QString t = text.toLower();
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Error::NoService;
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Error::Locked;
    case QKeychain::AccessDenied:
        return t.contains(QLatin1String("lock")) ? SecretStore::Error::Locked
                                                 : SecretStore::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (t.contains(QLatin1String("d-bus")) || t.contains(QLatin1String("dbus"))
        || t.contains(QLatin1String("autolaunch")) || t.contains(QLatin1String("org.freedesktop.secrets"))
        || t.contains(QLatin1String("service files"))
        || t.contains(QLatin1String("no such secret collection"))
        || t.contains(QLatin1String("not provided by")))
        return SecretStore::Error::NoService;
    // A locked collection, or no default collection at all (GNOME Keyring's "login" not created yet): either
    // way the keyring would have to ask the user, and could not.
    if (t.contains(QLatin1String("locked")) || t.contains(QLatin1String("unlock"))
        || t.contains(QLatin1String("prompt"))
        || (t.contains(QLatin1String("/collection/")) && t.contains(QLatin1String("does not exist"))))
        return SecretStore::Error::Locked;
    if (t.contains(QLatin1String("not found")) || t.contains(QLatin1String("no match")))
        return SecretStore::Error::NotFound;
    if (t.contains(QLatin1String("denied")) || t.contains(QLatin1String("not allowed")))
        return SecretStore::Error::AccessDenied;
    return SecretStore::Error::Other;
}

SecretStore::Result resultOf(QKeychain::Job *job)
{
    SecretStore::Result r;
    r.error = classify(job->error(), job->errorString());
    if (!r.ok()) {
        r.detail = job->errorString();
        r.message = SecretStore::describe(r.error, job->key(), r.detail);
    }
    return r;
}

}  // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

QString SecretStore::serviceName()
{
    // The keychain finds passwords by this name: never translated, or a change of language would lose them.
    return QStringLiteral("Stamp SMTP");
}

QString SecretStore::describe(Error error, const QString &account, const QString &detail)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NoService:
        return QStringLiteral(
                   "No keychain service is available to keep the password of \"%1\" (no Secret Service "
                   "such as GNOME Keyring or KWallet is running, or there is no D-Bus session). Stamp "
                   "keeps passwords only in a keychain, so it was not saved anywhere. Install or start "
                   "a keychain (for example gnome-keyring) and try again, or give the password each "
                   "time you send.")
            .arg(account);
    case Error::Locked:
        return QStringLiteral(
                   "The keychain is locked (or has no default keyring yet), so the password of \"%1\" "
                   "cannot be used, and it could not ask you to unlock it. Unlock it (log in to your "
                   "desktop session, or unlock or create the \"Login\" keyring in your keyring manager, "
                   "such as Passwords and Keys) and try again.")
            .arg(account);
    case Error::AccessDenied:
        return QCoreApplication::translate(
                   "store::SecretStore",
                   "The keychain refused access to the password of \"%1\". Allow Stamp in the "
                   "keychain's prompt or settings and try again.")
            .arg(account);
    case Error::NotFound:
        // libsecret also answers "not found" when the keyring is locked and could not ask to be unlocked.
        return QStringLiteral(
                   "No password was found in the keychain for the account \"%1\" (if the keychain is "
                   "locked, unlock it first). Enter it again in the account settings (or with: stamp "
                   "account edit \"%1\" --password-stdin).")
            .arg(account);
    case Error::Other:
        return QStringLiteral(
                   "The keychain could not handle the password of \"%1\"%2. Try again; if it keeps "
                   "failing, check that the keychain service works (for example with secret-tool).")
            .arg(account, detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
    }
    return {};
}

void SecretStore::readPassword(const QString &account, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    ++m_pending;
    // The job lives in this object, the callback in the context: whichever goes first, nothing dangles.
    connect(job, &QKeychain::Job::finished, this, [this] { --m_pending; });
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        const Result r = resultOf(job);
        done(r.ok() ? job->textData() : QString(), r);
    });
    job->start();
}

void SecretStore::writePassword(const QString &account, const QString &password, QObject *context,
                                DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    // Without this QtKeychain would write the password to a plain settings file when no keychain exists.
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(password);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this] { --m_pending; });
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] { done(resultOf(job)); });
    job->start();
}

void SecretStore::removePassword(const QString &account, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this] { --m_pending; });
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] { done(resultOf(job)); });
    job->start();
}

}  // namespace store
