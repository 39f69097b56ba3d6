#include "linesafe.h"

namespace smtp {

bool hasLineBreakOrNul(QStringView text)
{
    for (QChar c : text)
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0)
            return true;
    return false;
}

bool hasLineBreakOrNul(QByteArrayView bytes)
{
    for (char c : bytes)
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
    return false;
}

}  // namespace smtp
