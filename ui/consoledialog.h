#pragma once

#include "account.h"
#include "consoleconnection.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ui {

class AppContext;

// Tools → Console (issue 12): SMTP typed by hand over a session Stamp set up for the chosen account
// (connected, TLS up, logged in; the password is never shown or typed here). The conversation shows each line
// with its explanation, as the log does; the mode line says whether a command or a line of the message
// (after DATA's 354) is expected. Close (or Escape, or the window's close button) ends the message in
// progress, sends QUIT and closes once the server has answered. Everything goes through
// store::ConsoleConnection: no widget touches smtp::Session.
class ConsoleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConsoleDialog(QWidget *parent = nullptr);
    ~ConsoleDialog() override;

    // Gets the account's password as sending does (session, keychain or prompt), then connects.
    static ConsoleDialog *openFor(AppContext *app, const store::Account &account, QWidget *parent);

    store::ConsoleConnection *connection() const { return m_connection; }
    // Connects with ready-made options (what openFor() does once it has the password; tests).
    void start(const smtp::SessionOptions &options);
    void startFor(const store::Account &account, const QString &password, smtp::TokenProvider *tokens);

public Q_SLOTS:
    void sendLine();
    void done(int result) override;

private:
    void addLine(const smtp::TranscriptEvent &event, const QString &explanation);
    void showState();

    store::ConsoleConnection *m_connection;
    QLabel *m_mode;
    QPlainTextEdit *m_transcript;
    QLineEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_close;
    bool m_closeWhenFinished = false;
};

}  // namespace ui
