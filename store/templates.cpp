#include "templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

namespace store {

Templates::Templates(const QString &mailRoot) : m_folder(mailRoot + QStringLiteral("/templates")) {}

QString Templates::path(const QString &name) const
{
    return m_folder + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name, " "))
           + QStringLiteral(".json");
}

bool Templates::save(const QString &name, const MailItem &item, QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("store::Templates", "A template needs a name.");
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        *error =
            QCoreApplication::translate("store::Templates", "The folder %1 cannot be created.").arg(m_folder);
        return false;
    }
    MailItem copy = item;
    copy.id.clear();
    copy.status = MailItem::Status::Draft;
    QJsonObject o = mailItemToJson(copy);
    o[QStringLiteral("templateName")] = name.trimmed();
    QSaveFile f(path(name.trimmed()));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        *error = QCoreApplication::translate("store::Templates", "The template %1 could not be saved: %2")
                     .arg(name, f.errorString());
        return false;
    }
    return true;
}

QStringList Templates::names() const
{
    QStringList out;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &f : files)
        out << QUrl::fromPercentEncoding(f.chopped(5).toLatin1());
    out.sort(Qt::CaseInsensitive);
    return out;
}

std::optional<MailItem> Templates::load(const QString &name) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll());
    if (!d.isObject())
        return std::nullopt;
    return mailItemFromJson(d.object());
}

}  // namespace store
