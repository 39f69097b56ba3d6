#pragma once

#include "mailstore.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace store {

// Messages kept to start new ones from (issue 13), one JSON file each in templates/ under the mail folder
// (the application data folder), in the same form as drafts. The file name is the template's name,
// percent-encoded, so any name the user types is a safe file name.
class Templates
{
public:
    explicit Templates(const QString &mailRoot);
    // Writes (or replaces) the template. Returns false with *error in words.
    bool save(const QString &name, const MailItem &item, QString *error);
    QStringList names() const;  // sorted
    std::optional<MailItem> load(const QString &name) const;
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    QString path(const QString &name) const;
};

}  // namespace store
