#pragma once

#include "command.h"

namespace cli {

// `stamp check-domain DOMAIN`: MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT and the submission server's reverse
// DNS, each explained with what to change (smtp/domaincheck.h). Qt Core and Network only.
class CheckDomainCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::CheckDomainCommand)
public:
    CheckDomainCommand();

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

}  // namespace cli
