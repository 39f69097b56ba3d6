#include "account.h"

#include "filewatch.h"

#include "linesafe.h"
#include "tlschannel.h"

#include <QCoreApplication>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QRegularExpression>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace store {

namespace {

// Settings layout, version 1:
//   [General] version=1, defaultAccount=NAME
//   [accounts] NAME\displayName=..., NAME\host=..., ...   (one child group per account)
const QString AccountsGroup = QStringLiteral("accounts");
constexpr int FormatVersion = 1;

std::unique_ptr<QSettings> openSettings(const QString &fileName)
{
    return std::make_unique<QSettings>(fileName, QSettings::IniFormat);
}

bool finishWrite(QSettings &s, QString *error)
{
    s.sync();
    if (s.status() == QSettings::NoError)
        return true;
    if (error)
        *error =
            QCoreApplication::translate(
                "store::AccountStore",
                "The settings file %1 could not be written (%2). Check that the folder exists and "
                "that you may write to it, and that the disk is not full.")
                .arg(s.fileName(), s.status() == QSettings::AccessError ? QStringLiteral("access refused")
                                                                        : QStringLiteral("format error"));
    return false;
}

Account readAccount(QSettings &s, const QString &name)
{
    Account a;
    s.beginGroup(AccountsGroup + QLatin1Char('/') + name);
    a.name = name;
    a.displayName = s.value(QStringLiteral("displayName")).toString();
    a.address = s.value(QStringLiteral("address")).toString();
    a.signature = s.value(QStringLiteral("signature")).toString();
    a.signatureHtml = s.value(QStringLiteral("signatureHtml")).toString();  // absent in older files
    a.textFormat = s.value(QStringLiteral("textFormat")).toString();
    a.host = s.value(QStringLiteral("host")).toString();
    if (!smtp::securityFromName(s.value(QStringLiteral("security")).toString(), &a.security))
        a.security = smtp::Security::StartTls;  // fail towards encryption
    const uint port = s.value(QStringLiteral("port")).toUInt();
    a.port = port >= 1 && port <= 65535 ? quint16(port) : smtp::defaultPort(a.security);
    a.user = s.value(QStringLiteral("user")).toString();
    bool ok = false;
    a.auth =
        smtp::authMethodFromName(s.value(QStringLiteral("auth"), QStringLiteral("auto")).toString(), &ok);
    a.caFile = s.value(QStringLiteral("caFile")).toString();
    a.pinnedSha256 = s.value(QStringLiteral("pinnedSha256")).toString().toLatin1();
    a.allowPlaintextAuth = s.value(QStringLiteral("allowPlaintextAuth"), false).toBool();
    a.oauthIssuer = s.value(QStringLiteral("oauthIssuer")).toString();
    a.oauthClientId = s.value(QStringLiteral("oauthClientId")).toString();
    s.endGroup();
    return a;
}

}  // namespace

smtp::Mailbox Account::mailbox(QString *error) const
{
    QString why;
    smtp::Mailbox m = smtp::parseMailbox(address, &why);
    if (m.isNull()) {
        if (error)
            *error = QCoreApplication::translate("store::AccountStore",
                                                 "The address \"%1\" of the account \"%2\" is not valid: %3")
                         .arg(address, name, why);
        return {};
    }
    if (m.displayName.isEmpty())
        m.displayName = displayName;
    return m;
}

QString Account::fromText() const
{
    if (displayName.isEmpty())
        return address;
    // Quote the name when it holds characters that are special in a mailbox (RFC 5322 §3.4).
    static const QRegularExpression special(QStringLiteral(R"([()<>\[\]:;@\\,."])"));
    QString name = displayName;
    if (name.contains(special)) {
        name.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        name = QLatin1Char('"') + name + QLatin1Char('"');
    }
    return QStringLiteral("%1 <%2>").arg(name, address);
}

QString Account::validate() const
{
    const QString nameProblem = checkAccountName(name);
    if (!nameProblem.isEmpty())
        return nameProblem;
    QString why;
    if (smtp::parseMailbox(address, &why).isNull())
        return QCoreApplication::translate("store::AccountStore",
                                           "The sender address \"%1\" is not valid: %2")
            .arg(address, why);
    if (smtp::hasLineBreakOrNul(displayName))
        return QCoreApplication::translate("store::AccountStore", "The display name must be one line.");
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("store::AccountStore",
                                           "The account has no server: give the SMTP server's host name.");
    if (port == 0)
        return QCoreApplication::translate("store::AccountStore",
                                           "The server port must be between 1 and 65535.");
    if (!pinnedSha256.isEmpty()) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(QString::fromLatin1(pinnedSha256)).hasMatch())
            return QStringLiteral(
                "The pinned certificate fingerprint must be 64 lower-case hexadecimal digits.");
    }
    return {};
}

bool Account::operator==(const Account &o) const
{
    return name == o.name && displayName == o.displayName && address == o.address && signature == o.signature
           && signatureHtml == o.signatureHtml && host == o.host && port == o.port && security == o.security
           && user == o.user && auth == o.auth && caFile == o.caFile && pinnedSha256 == o.pinnedSha256
           && allowPlaintextAuth == o.allowPlaintextAuth && oauthIssuer == o.oauthIssuer
           && oauthClientId == o.oauthClientId && textFormat == o.textFormat;
}

QString checkAccountName(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("store::AccountStore", "The account needs a name.");
    if (name.size() > 64)
        return QCoreApplication::translate("store::AccountStore",
                                           "The account name is too long: use at most 64 characters.");
    if (name != name.trimmed())
        return QCoreApplication::translate("store::AccountStore",
                                           "The account name must not begin or end with a space.");
    for (const QChar c : name) {
        // '/' and '\' separate groups in QSettings; control characters have no place in a name.
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || !c.isPrint())
            return QCoreApplication::translate(
                       "store::AccountStore",
                       "The account name \"%1\" cannot hold '/', '\\' or control characters.")
                .arg(name);
    }
    return {};
}

bool sessionOptionsFor(const Account &account, const QString &password, smtp::SessionOptions *o,
                       QString *error)
{
    o->host = account.host;
    o->port = account.port ? account.port : smtp::defaultPort(account.security);
    o->security = account.security;
    o->user = account.user;
    o->password = account.user.isEmpty() ? QString() : password;
    o->auth = account.auth;
    o->allowPlaintextAuth = account.allowPlaintextAuth;
    o->pinnedSha256 = account.pinnedSha256;
    o->extraCaCertificates.clear();
    o->extraCaPem.clear();
    if (!account.caFile.isEmpty()) {
        QFile f(account.caFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error =
                QCoreApplication::translate("store::AccountStore",
                                            "The CA file %1 of the account \"%2\" cannot be read (%3). Fix "
                                            "the path in the account settings.")
                    .arg(account.caFile, account.name, f.errorString());
            return false;
        }
        // Parsed by the session's TLS channel when TLS starts (smtp/tlschannel.h).
        o->extraCaPem = f.readAll();
        if (!smtp::hasPemCertificate(o->extraCaPem)) {
            *error =
                QCoreApplication::translate("store::AccountStore",
                                            "The CA file %1 of the account \"%2\" holds no PEM certificate.")
                    .arg(account.caFile, account.name);
            return false;
        }
    }
    return true;
}

AccountStore::AccountStore(QObject *parent) : QObject(parent) {}

AccountStore::AccountStore(const QString &fileName, QObject *parent) : QObject(parent), m_fileName(fileName)
{
}

QString AccountStore::defaultFileName()
{
    // The same file QSettings("Stamp", "stamp") uses on Linux, but worked out from QStandardPaths on each
    // call (QSettings caches its search path for the life of the process).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/Stamp/stamp.conf");
}

QString AccountStore::fileName() const
{
    return m_fileName.isEmpty() ? defaultFileName() : m_fileName;
}

QList<Account> AccountStore::accounts() const
{
    auto s = openSettings(fileName());
    s->beginGroup(AccountsGroup);
    const QStringList names = s->childGroups();
    s->endGroup();
    QList<Account> out;
    for (const QString &n : names)
        out.append(readAccount(*s, n));
    std::sort(out.begin(), out.end(), [](const Account &a, const Account &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c ? c < 0 : a.name < b.name;
    });
    return out;
}

std::optional<Account> AccountStore::find(const QString &name) const
{
    if (!checkAccountName(name).isEmpty())
        return std::nullopt;
    auto s = openSettings(fileName());
    s->beginGroup(AccountsGroup);
    const bool present = s->childGroups().contains(name);
    s->endGroup();
    if (!present)
        return std::nullopt;
    return readAccount(*s, name);
}

bool AccountStore::save(const Account &a, QString *error)
{
    const QString problem = a.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QDir().mkpath(QFileInfo(fileName()).absolutePath());
    auto s = openSettings(fileName());
    s->setValue(QStringLiteral("version"), FormatVersion);
    s->beginGroup(AccountsGroup + QLatin1Char('/') + a.name);
    s->remove(QString());  // nothing from an older version of this account survives
    s->setValue(QStringLiteral("displayName"), a.displayName);
    s->setValue(QStringLiteral("address"), a.address);
    s->setValue(QStringLiteral("signature"), a.signature);
    if (!a.signatureHtml.isEmpty())
        s->setValue(QStringLiteral("signatureHtml"), a.signatureHtml);
    if (a.textFormat.isEmpty())
        s->remove(QStringLiteral("textFormat"));
    else
        s->setValue(QStringLiteral("textFormat"), a.textFormat);
    s->setValue(QStringLiteral("host"), a.host.trimmed());
    s->setValue(QStringLiteral("port"), uint(a.port));
    s->setValue(QStringLiteral("security"), smtp::securityName(a.security));
    s->setValue(QStringLiteral("user"), a.user);
    s->setValue(QStringLiteral("auth"), QString::fromLatin1(smtp::authMethodName(a.auth)).toLower());
    s->setValue(QStringLiteral("caFile"), a.caFile);
    s->setValue(QStringLiteral("pinnedSha256"), QString::fromLatin1(a.pinnedSha256));
    s->setValue(QStringLiteral("allowPlaintextAuth"), a.allowPlaintextAuth);
    if (!a.oauthIssuer.isEmpty())
        s->setValue(QStringLiteral("oauthIssuer"), a.oauthIssuer);
    if (!a.oauthClientId.isEmpty())
        s->setValue(QStringLiteral("oauthClientId"), a.oauthClientId);
    s->endGroup();
    // The first account becomes the default explicitly, so that a second one sorting before it does not
    // silently take over new messages and mailto: windows.
    const QString chosen = s->value(QStringLiteral("defaultAccount")).toString();
    s->beginGroup(AccountsGroup);
    const bool chosenExists = !chosen.isEmpty() && s->childGroups().contains(chosen);
    s->endGroup();
    if (!chosenExists)
        s->setValue(QStringLiteral("defaultAccount"), a.name);
    if (!finishWrite(*s, error))
        return false;
    notifyChanged();
    return true;
}

bool AccountStore::remove(const QString &name, QString *error)
{
    if (!find(name)) {
        if (error)
            *error = QCoreApplication::translate("store::AccountStore", "There is no account named \"%1\".")
                         .arg(name);
        return false;
    }
    auto s = openSettings(fileName());
    s->remove(AccountsGroup + QLatin1Char('/') + name);
    if (s->value(QStringLiteral("defaultAccount")).toString() == name) {
        // The one that was shown as default next becomes it for good (the first by name).
        s->beginGroup(AccountsGroup);
        QStringList rest = s->childGroups();
        s->endGroup();
        std::sort(rest.begin(), rest.end(), [](const QString &a, const QString &b) {
            const int c = a.compare(b, Qt::CaseInsensitive);
            return c ? c < 0 : a < b;
        });
        if (rest.isEmpty())
            s->remove(QStringLiteral("defaultAccount"));
        else
            s->setValue(QStringLiteral("defaultAccount"), rest.first());
    }
    if (!finishWrite(*s, error))
        return false;
    notifyChanged();
    return true;
}

QString AccountStore::defaultAccountName() const
{
    const std::optional<Account> a = defaultAccount();
    return a ? a->name : QString();
}

std::optional<Account> AccountStore::defaultAccount() const
{
    auto s = openSettings(fileName());
    const QString chosen = s->value(QStringLiteral("defaultAccount")).toString();
    s.reset();
    if (!chosen.isEmpty())
        if (std::optional<Account> a = find(chosen))
            return a;
    const QList<Account> all = accounts();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool AccountStore::setDefaultAccount(const QString &name, QString *error)
{
    if (!find(name)) {
        if (error)
            *error = QCoreApplication::translate("store::AccountStore", "There is no account named \"%1\".")
                         .arg(name);
        return false;
    }
    auto s = openSettings(fileName());
    s->setValue(QStringLiteral("defaultAccount"), name);
    if (!finishWrite(*s, error))
        return false;
    notifyChanged();
    return true;
}

void AccountStore::notifyChanged()
{
    if (m_watch)
        m_watch->takeSnapshot();
    Q_EMIT accountsChanged();
}

void AccountStore::watchForChanges()
{
    if (!m_watch) {
        m_watch = new FileWatch([this] { return fileName(); }, this);
        connect(m_watch, &FileWatch::changed, this, &AccountStore::accountsChanged);
    }
}

}  // namespace store
