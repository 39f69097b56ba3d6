#pragma once

#include "account.h"
#include "capabilities.h"
#include "outcome.h"
#include "session.h"

#include <QObject>
#include <QPointer>

namespace store {

// Accounts → Test connection's way to the engine, as Submission is the window's way to send and
// ConsoleConnection the console's: it owns the smtp::Session that connects, says EHLO, starts TLS, logs in
// and says QUIT with no message, so no widget touches smtp::Session. The session is set up from the account
// as for sending (sessionOptionsFor); the password goes straight into the session.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Starts with this account and password (empty for an account without a user, or with OAuth: then
    // `tokens`). Returns false with *error when the account cannot be used; nothing is started then.
    bool start(const Account &account, const QString &password, smtp::TokenProvider *tokens, QString *error);
    // Ends at once; finished() still follows.
    void cancel();

    bool isRunning() const { return m_session != nullptr; }
    // Known once finished() was emitted (empty before, or when the connection was never encrypted).
    const smtp::TlsInfo &tlsInfo() const { return m_tls; }
    // Whether the server offered STARTTLS on the connection (for the advice after a failure).
    bool starttlsOffered() const { return m_starttlsOffered; }

Q_SIGNALS:
    void transcript(const smtp::TranscriptEvent &event);
    void tlsReportReady(const smtp::TlsReport &report);
    void capabilitiesKnown(const smtp::Capabilities &caps, bool encrypted);
    // Emitted once, from the event loop (never from inside start()).
    void finished(const smtp::Outcome &outcome);

private:
    void onFinished(const smtp::Outcome &outcome);

    QPointer<smtp::Session> m_session;
    smtp::TlsInfo m_tls;
    bool m_starttlsOffered = false;
};

}  // namespace store
