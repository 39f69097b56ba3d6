#pragma once

#include "session.h"

#include <QStringList>

class QCommandLineParser;
class TranscriptWriter;

// `stamp account add|edit|list|remove`: the accounts the window uses, with their passwords in the keychain.
// Returns the process exit code.
int runAccountCommand(const QStringList &arguments);

// For `stamp send --account NAME`: fills the connection options from the account, and the password from
// the keychain unless --password-stdin or --user is given (connectionOptionsFrom then applies the flags on
// top). Sets *from to the account's mailbox. Returns 0, or an exit code after printing why.
int applyAccountToSend(const QCommandLineParser &parser, const QString &name, smtp::SessionOptions *options,
                       smtp::Mailbox *from);

// Sends one composed message the way the window does: into the outbox first, then through a Submission,
// ending in Sent (or in the outbox with the reason). Prints the outcome; returns the exit code.
int sendThroughOutbox(const QString &account, const QCommandLineParser &parser, const smtp::Message &message,
                      const smtp::SessionOptions &options, TranscriptWriter &transcript, bool quiet);
