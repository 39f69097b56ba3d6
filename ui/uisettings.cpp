#include "uisettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

#include "address.h"

namespace ui {

namespace {
const QString RecentKey = QStringLiteral("addresses/recent");
const QString UndoDelayKey = QStringLiteral("send/undoDelaySeconds");

QString keyOf(const QString &mailbox)
{
    QString error;
    const smtp::Mailbox m = smtp::parseMailbox(mailbox, &error);
    return m.isNull() ? mailbox.trimmed().toLower() : m.address().toLower();
}

bool hasDisplayName(const QString &mailbox)
{
    QString error;
    return !smtp::parseMailbox(mailbox, &error).displayName.isEmpty();
}

// Account names may hold characters QSettings treats specially in keys; percent-encode them.
QString accountKey(const QString &account, const char *what)
{
    return QStringLiteral("servers/%1/%2")
        .arg(QString::fromLatin1(account.toUtf8().toPercentEncoding()), QLatin1String(what));
}
}  // namespace

UiSettings::UiSettings(QObject *parent) : QObject(parent) {}

UiSettings::UiSettings(const QString &fileName, QObject *parent) : QObject(parent), m_fileName(fileName) {}

QString UiSettings::fileName() const
{
    if (!m_fileName.isEmpty())
        return m_fileName;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/Stamp/stamp-ui.conf");
}

QStringList UiSettings::recentAddresses() const
{
    QSettings s(fileName(), QSettings::IniFormat);
    return s.value(RecentKey).toStringList();
}

void UiSettings::rememberAddresses(const QStringList &mailboxes)
{
    QSettings s(fileName(), QSettings::IniFormat);
    QStringList list = s.value(RecentKey).toStringList();
    for (auto it = mailboxes.crbegin(); it != mailboxes.crend(); ++it) {
        const QString text = it->trimmed();
        if (text.isEmpty())
            continue;
        const QString key = keyOf(text);
        QString spelling = text;
        for (const QString &old : std::as_const(list)) {
            // "bob@example.org" typed again keeps "Bob Example <bob@example.org>" for completion.
            if (keyOf(old) == key && hasDisplayName(old) && !hasDisplayName(text))
                spelling = old;
        }
        list.removeIf([&key](const QString &old) { return keyOf(old) == key; });
        list.prepend(spelling);
    }
    while (list.size() > MaxRecentAddresses)
        list.removeLast();
    s.setValue(RecentKey, list);
    s.sync();
    Q_EMIT recentAddressesChanged();
}

void UiSettings::forgetRecentAddresses()
{
    QSettings s(fileName(), QSettings::IniFormat);
    s.remove(RecentKey);
    s.sync();
    Q_EMIT recentAddressesChanged();
}

qint64 UiSettings::serverMaxSize(const QString &account) const
{
    QSettings s(fileName(), QSettings::IniFormat);
    return s.value(accountKey(account, "maxSize"), 0).toLongLong();
}

void UiSettings::setServerMaxSize(const QString &account, qint64 size)
{
    QSettings s(fileName(), QSettings::IniFormat);
    s.setValue(accountKey(account, "maxSize"), size);
}

bool UiSettings::serverOffersStartTls(const QString &account) const
{
    QSettings s(fileName(), QSettings::IniFormat);
    return s.value(accountKey(account, "starttls"), false).toBool();
}

void UiSettings::setServerOffersStartTls(const QString &account, bool offers)
{
    QSettings s(fileName(), QSettings::IniFormat);
    s.setValue(accountKey(account, "starttls"), offers);
}

QByteArray UiSettings::windowState(const QString &key) const
{
    QSettings s(fileName(), QSettings::IniFormat);
    return s.value(QStringLiteral("window/") + key).toByteArray();
}

void UiSettings::setWindowState(const QString &key, const QByteArray &state)
{
    QSettings s(fileName(), QSettings::IniFormat);
    s.setValue(QStringLiteral("window/") + key, state);
}

int UiSettings::undoSendDelaySeconds() const
{
    QSettings s(fileName(), QSettings::IniFormat);
    return std::clamp(s.value(UndoDelayKey, 0).toInt(), 0, MaxUndoSendDelaySeconds);
}

void UiSettings::setUndoSendDelaySeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, MaxUndoSendDelaySeconds);
    {
        QSettings s(fileName(), QSettings::IniFormat);
        if (s.value(UndoDelayKey, 0).toInt() == seconds && s.contains(UndoDelayKey))
            return;
        s.setValue(UndoDelayKey, seconds);
    }
    Q_EMIT undoSendDelayChanged(seconds);
}

}  // namespace ui
