#pragma once

#include "command.h"
#include "session.h"

class TranscriptWriter;

namespace cli {

// `stamp send`: the engine without a window, for scripts.
class SendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::SendCommand)
public:
    // What `send --account` needs from the store. stamp-desktop gives it (accountcommand.h); the light front
    // hands `send --account` over to stamp-desktop instead, and a build without the store refuses it.
    struct Accounts
    {
        virtual ~Accounts() = default;
        // Fills the connection options and *from from the account (and the password from the keychain).
        // Returns 0, or an exit code after printing why.
        virtual int apply(const Command &command, const QCommandLineParser &parser, const QString &name,
                          smtp::SessionOptions *options, smtp::Mailbox *from) const = 0;
        // Sends one composed message as the window does: outbox first, then Sent. Returns the exit code.
        virtual int sendThroughOutbox(const QString &account, const QCommandLineParser &parser,
                                      const smtp::Message &message, const smtp::SessionOptions &options,
                                      TranscriptWriter &transcript, bool quiet) const = 0;
    };

    // What `send --markdown-file` needs: QTextDocument (Qt GUI), linked into stamp-desktop only; the light
    // front hands `send --markdown-file` over, as it does `send --account`.
    struct Formatter
    {
        virtual ~Formatter() = default;
        // Sets message->body (the Markdown as written), html and inlineImages (images in baseDir by
        // Content-ID in the sender's domain).
        virtual void markdown(const QString &markdown, const QString &baseDir,
                              smtp::Message *message) const = 0;
    };

    explicit SendCommand(const Accounts *accounts, const Formatter *formatter = nullptr);
    // Whether the arguments use an account (so the light front hands them to stamp-desktop).
    static bool needsAccounts(const QStringList &arguments);
    // Whether the arguments need stamp-desktop: an account or Markdown.
    static bool needsDesktop(const QStringList &arguments);
    // Unless the arguments ask for --security none (or give a word that is none of them): a guess made
    // before parsing, for main() to start loading TLS early.
    static bool wantsTls(const QStringList &arguments);

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    const Accounts *m_accounts;
    const Formatter *m_formatter;
};

}  // namespace cli
