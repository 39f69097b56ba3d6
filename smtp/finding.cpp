#include "finding.h"

#include <QCoreApplication>

namespace smtp {

QString severityWord(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Ok:
        return QCoreApplication::translate("smtp::Finding", "ok");
    case Finding::Severity::Info:
        return QCoreApplication::translate("smtp::Finding", "info");
    case Finding::Severity::Warning:
        return QCoreApplication::translate("smtp::Finding", "warning");
    case Finding::Severity::Problem:
        return QCoreApplication::translate("smtp::Finding", "problem");
    }
    return {};
}

Finding::Severity worst(const QList<Finding> &findings)
{
    Finding::Severity w = Finding::Severity::Ok;
    for (const Finding &f : findings)
        if (int(f.severity) > int(w))
            w = f.severity;
    return w;
}

}  // namespace smtp
