#pragma once

#include "command.h"

namespace cli {

// `stamp practice`: the practice SMTP server (practice/) in the foreground, until Ctrl+C or SIGTERM.
class PracticeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::PracticeCommand)
public:
    PracticeCommand();

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;
};

}  // namespace cli
