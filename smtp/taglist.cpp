#include "taglist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace smtp {

bool TagList::has(const QString &tag) const
{
    for (const auto &t : tags)
        if (t.first == tag)
            return true;
    return false;
}

QString TagList::value(const QString &tag) const
{
    for (const auto &t : tags)
        if (t.first == tag)
            return t.second;
    return {};
}

TagList parseTagList(const QString &text)
{
    TagList out;
    // RFC 6376 §3.2: tag-name = ALPHA *ALNUMPUNC (ALNUMPUNC = ALPHA / DIGIT / "_").
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    const QStringList parts = text.split(QLatin1Char(';'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty()) {
            if (i == parts.size() - 1)
                continue;  // the trailing ";" of RFC 6376's tag-list
            out.error = QCoreApplication::translate("smtp::TagList", "an empty element between two \";\"");
            return out;
        }
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq < 0) {
            out.error = QCoreApplication::translate("smtp::TagList", "\"%1\" is not tag=value").arg(part);
            return out;
        }
        const QString tag = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (!name.match(tag).hasMatch()) {
            out.error =
                QCoreApplication::translate("smtp::TagList", "\"%1\" is not a valid tag name").arg(tag);
            return out;
        }
        if (out.has(tag)) {
            out.error = QCoreApplication::translate("smtp::TagList", "the tag \"%1\" appears twice").arg(tag);
            return out;
        }
        out.tags.append({tag, value});
    }
    return out;
}

}  // namespace smtp
