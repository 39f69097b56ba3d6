#include "checkdomaincommand.h"

#include "address.h"
#include "cliutil.h"
#include "domaincheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace smtp;

namespace cli {

CheckDomainCommand::CheckDomainCommand() : Command(QStringLiteral("check-domain"))
{
    setArguments(QStringLiteral("DOMAIN"), tr("The sender's domain (the part after @ in your address)."), 1,
                 1);
}

QString CheckDomainCommand::description() const
{
    return tr(
        "Check the DNS records that decide whether mail from DOMAIN is trusted: MX, SPF (evaluated for "
        "the submission server's addresses, with its DNS lookups counted against the limit of 10), DMARC, "
        "DKIM keys for the given selectors, MTA-STS and TLS-RPT, and with --server the server's reverse "
        "DNS against its greeting. Each result says what to change. The server is only greeted: no "
        "login, no message.\n\n"
        "Exit codes: 0 nothing wrong, 2 usage error, 13 only warnings (works, could be better), "
        "14 problems (mail may be rejected, or the domain forged), 15 incomplete (a lookup or the "
        "server did not answer, and no problem was found in the rest).");
}

void CheckDomainCommand::addOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser, true);
    parser.addOption({QStringLiteral("dkim-selector"),
                      tr("Look up the DKIM key of this selector (repeat for several)."),
                      QStringLiteral("NAME")});
}

int CheckDomainCommand::run(const QCommandLineParser &parser)
{
    DomainCheckOptions options;
    const QString domain = parser.positionalArguments().value(0).trimmed();
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    QString ace = QString::fromLatin1(domainToAce(domain));
    if (ace.isEmpty())
        ace = domain;
    bool valid = ace.contains(QLatin1Char('.')) && ace.size() <= 253;
    for (const QString &l : ace.split(QLatin1Char('.')))
        valid = valid && label.match(l).hasMatch();
    if (!valid)
        return usageError(
            tr("\"%1\" is not a domain name (give the part after @, e.g. example.com)").arg(domain));
    options.domain = domain;
    for (const QString &s : parser.values(QStringLiteral("dkim-selector"))) {
        static const QRegularExpression selector(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
        if (!selector.match(s).hasMatch())
            return usageError(
                tr("--dkim-selector: \"%1\" is not a selector (letters, digits, - and _)").arg(s));
        options.selectors << s;
    }
    for (const char *login : {"user", "password-stdin", "auth", "allow-plaintext-auth"})
        if (parser.isSet(QString::fromLatin1(login)))
            return usageError(tr("--%1: check-domain does not log in (use stamp probe for that)")
                                  .arg(QString::fromLatin1(login)));
    if (parser.isSet(QStringLiteral("server"))) {
        QString error;
        if (!connectionOptionsFrom(parser, &options.server, &error))
            return usageError(error);
    } else {
        for (const char *serverOnly : {"security", "ca-file", "pin-sha256", "ehlo"})
            if (parser.isSet(QString::fromLatin1(serverOnly)))
                return usageError(tr("--%1 needs --server").arg(QString::fromLatin1(serverOnly)));
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(tr("--timeout takes a number of seconds from 0 to 3600"));
        options.dnsTimeoutMs = options.httpTimeoutMs = options.smtpTimeoutMs = int(seconds * 1000);
    }

    DomainCheck check;
    QObject::connect(&check, &DomainCheck::finished, &check, [] { QCoreApplication::exit(0); });
    check.start(options);
    if (!check.isFinished())
        QCoreApplication::exec();
    printOut(DomainCheck::format(check.findings()));
    const int code = check.exitCode();
    switch (code) {
    case domainexit::Fine:
        printOut(tr("Nothing wrong found.") + QLatin1Char('\n'));
        break;
    case domainexit::Warnings:
        printOut(tr("Some things could be better (see the warnings).") + QLatin1Char('\n'));
        break;
    case domainexit::Problems:
        printOut(tr("Problems found: see what to do for each.") + QLatin1Char('\n'));
        break;
    default:
        printOut(tr("The check is incomplete: some lookups got no answer.") + QLatin1Char('\n'));
    }
    return code;
}

}  // namespace cli
