#include "attachmentreminder.h"

#include <QRegularExpression>
#include <QStringList>

namespace ui {

bool mentionsAttachment(const QString &text)
{
    // Word stems, matched at the start of a word (so "attach" finds attached, attaching, attachment),
    // case-insensitively; \b in a Unicode pattern knows ä, è and ñ as letters.
    static const QRegularExpression words(
        QStringLiteral(R"(\b(attach|enclos(ed|ing)\b|anhang|anhänge|angehängt|anbei\b|anlage|beigefügt|)"
                       R"(pièces? jointes?|ci-joint|adjunt|anexo|anexad))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1Char('>')))
            continue;
        if (words.match(line).hasMatch())
            return true;
    }
    return false;
}

}  // namespace ui
