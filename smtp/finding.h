#pragma once

#include <QList>
#include <QString>

namespace smtp {

// One result of a domain check, in plain words: what was found and, when something should change, what to
// change. Every check (SPF, DMARC, DKIM, MTA-STS, TLS-RPT, MX, reverse DNS) reports in these.
struct Finding
{
    enum class Severity
    {
        Ok,       // as it should be
        Info,     // worth knowing, nothing to change
        Warning,  // works, but should be improved
        Problem,  // wrong: mail may be rejected, or others can send as the domain
    };
    Severity severity = Severity::Info;
    QString topic;  // "SPF", "DMARC", "DKIM s1", ...: a protocol name, not translated
    QString what;   // what was found
    QString fix;    // what to change; empty when nothing needs to
    bool operator==(const Finding &o) const
    {
        return severity == o.severity && topic == o.topic && what == o.what && fix == o.fix;
    }
};

QString severityWord(Finding::Severity s);  // "ok", "info", "warning", "problem" (translated)
// The worst severity among the findings (Ok when there are none).
Finding::Severity worst(const QList<Finding> &findings);

}  // namespace smtp
