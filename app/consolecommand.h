#pragma once

#include "command.h"
#include "sendcommand.h"

namespace cli {

// `stamp console --account NAME` or `stamp console --server HOST[:PORT] ...` (the connection options of
// send): sets up a session (smtp/consolesession.h: connected, TLS up, logged in with the password never
// shown), then reads SMTP lines from standard input and prints each line of the conversation with its
// explanation. The end of input sends QUIT. Qt Core and Network only; --account goes through the store,
// as `send --account` does (so the light front hands it to stamp-desktop).
class ConsoleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::ConsoleCommand)
public:
    explicit ConsoleCommand(const SendCommand::Accounts *accounts);

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    const SendCommand::Accounts *m_accounts;
};

}  // namespace cli
