#pragma once

#include "account.h"
#include "outcome.h"

#include <QPointer>
#include <QTabWidget>

class QLabel;
class QPlainTextEdit;

namespace smtp {
class TokenProvider;
}  // namespace smtp
namespace store {
class ConnectionTest;
}  // namespace store

namespace ui {

class AppContext;
class LogPane;

// The "Test connection" page: runs a session with no message (connect, EHLO, STARTTLS, AUTH, QUIT) and
// shows the result in the window's words, what the server offers, the TLS details and the transcript. Used
// by the Accounts dialog and the first-start dialog.
class TestResults : public QTabWidget
{
    Q_OBJECT
public:
    explicit TestResults(AppContext *app, QWidget *parent = nullptr);

    // Starts the test; false (with *error) when the account's options cannot be made. tokens: for an OAuth
    // account (else the password is used).
    bool run(const store::Account &account, const QString &password, smtp::TokenProvider *tokens,
             QString *error);
    void cancel();
    bool isRunning() const;
    void setStatus(const QString &text);
    const store::Account &testedAccount() const { return m_account; }
    LogPane *log() const { return m_log; }

Q_SIGNALS:
    void finished(const smtp::Outcome &outcome);

private:
    void onFinished(const smtp::Outcome &outcome);

    AppContext *m_app;
    QLabel *m_result;
    QPlainTextEdit *m_capabilities, *m_tls;
    LogPane *m_log;
    QPointer<store::ConnectionTest> m_test;
    store::Account m_account;
};

}  // namespace ui
