#pragma once

#include "command.h"

namespace cli {

// `stamp probe --server HOST[:PORT]`: connects, reads the greeting and EHLO, starts TLS, logs in when a
// user is given, and quits without sending anything; reports what the server offers, the TLS report and
// the time per stage (smtp/probe.h). Qt Core and Network only.
class ProbeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ProbeCommand)
public:
    ProbeCommand();

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

}  // namespace cli
