#pragma once

#include "message.h"
#include "session.h"

#include <QCommandLineParser>
#include <QList>
#include <QPair>
#include <memory>

namespace cli {

class Command;

using SendJobs = QList<QPair<smtp::Envelope, std::shared_ptr<smtp::MessageSource>>>;

// `stamp send --dry-run` and `--print-swaks FILE`: the options, and what they do with the messages `send`
// has read and checked. Neither connects to anything: no SMTP; DNS only with --lint-dns.
namespace sendpreview {

void addOptions(QCommandLineParser &parser);
// Whether the arguments ask for a preview instead of a send.
bool wanted(const QCommandLineParser &parser);
// Prints the envelope, the wire preview and lint of each message (--dry-run), and the swaks command
// (--print-swaks). Returns the exit code: 0 when no lint finding is a problem, 14 when one is, 2 for a usage
// error, 11 when a message cannot be read or FILE cannot be written.
int run(const Command &command, const QCommandLineParser &parser, const SendJobs &jobs,
        const smtp::SessionOptions &options);

}  // namespace sendpreview

}  // namespace cli
