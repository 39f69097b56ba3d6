#pragma once

#include "account.h"
#include "consolesession.h"

#include <QObject>
#include <QPointer>

namespace store {

// Tools → Console's way to the engine (issue 12), as Submission is the window's way to send: it owns the
// smtp::ConsoleSession for one account, so no widget ever touches smtp::Session or a socket. The session is
// set up from the account as for sending (store::sessionOptionsFor: server, security, CA file, pinned
// certificate, login); the password goes straight into the session and is never shown.
class ConsoleConnection : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleConnection(QObject *parent = nullptr);
    ~ConsoleConnection() override;

    // Starts with this account and password (empty for an account without a user, or with OAuth: then
    // `tokens`). Returns false with *error when the account cannot be used (e.g. its CA file is missing);
    // nothing is started then.
    bool start(const Account &account, const QString &password, smtp::TokenProvider *tokens, QString *error);
    // Starts with ready-made options (tests, a server given by hand).
    void start(const smtp::SessionOptions &options, smtp::Clock *clock = nullptr);

    void typeLine(const QString &line);
    // The user is done: the message in progress is ended with CRLF.CRLF, then QUIT; finished() follows.
    void close();
    // Ends at once (no QUIT): for a window closed while the session was still being set up.
    void cancel();

    bool isStarted() const { return m_console != nullptr; }
    smtp::ConsoleSession::State state() const;
    bool isFinished() const;
    smtp::Outcome outcome() const;
    QString serverName() const { return m_server; }

Q_SIGNALS:
    void line(const smtp::TranscriptEvent &event, const QString &explanation);
    void stateChanged(smtp::ConsoleSession::State state);
    void finished(const smtp::Outcome &outcome);

private:
    QPointer<smtp::ConsoleSession> m_console;
    QString m_server;
};

}  // namespace store
