#include "consoledialog.h"

#include "appcontext.h"
#include "passwordprompt.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ui {

using State = smtp::ConsoleSession::State;

ConsoleDialog::ConsoleDialog(QWidget *parent)
    : QDialog(parent), m_connection(new store::ConsoleConnection(this))
{
    setObjectName(QStringLiteral("consoleDialog"));
    setWindowTitle(tr("SMTP Console"));
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("consoleMode"));
    m_mode->setWordWrap(true);
    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("consoleTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setMaximumBlockCount(20000);  // a long session stays light (shared/STYLE.md item 8)
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setMinimumSize(720, 360);
    m_transcript->setAccessibleName(tr("Conversation"));
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_input->setAccessibleName(tr("Line to send"));
    m_input->setMaxLength(4096);  // the engine refuses anything over 510 octets with the reason
    auto *inputLabel = new QLabel(tr("&Line:"), this);
    inputLabel->setBuddy(m_input);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send Line"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("consoleSend"));
    m_send->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("consoleClose"));
    m_close->setToolTip(tr("Sends QUIT and closes when the server has answered."));
    connect(m_send, &QPushButton::clicked, this, &ConsoleDialog::sendLine);
    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleDialog::sendLine);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(inputLabel);
    inputRow->addWidget(m_input, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_mode);
    layout->addLayout(inputRow);
    layout->addWidget(buttons);

    connect(m_connection, &store::ConsoleConnection::line, this, &ConsoleDialog::addLine);
    connect(m_connection, &store::ConsoleConnection::stateChanged, this, &ConsoleDialog::showState);
    connect(m_connection, &store::ConsoleConnection::finished, this, [this] {
        showState();
        if (m_closeWhenFinished)
            QDialog::done(QDialog::Rejected);
    });
    showState();
}

ConsoleDialog::~ConsoleDialog() = default;

ConsoleDialog *ConsoleDialog::openFor(AppContext *app, const store::Account &account, QWidget *parent)
{
    auto *dialog = new ConsoleDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("SMTP Console — %1").arg(account.name));
    dialog->show();
    QPointer<ConsoleDialog> guard(dialog);
    obtainPassword(app, account, dialog, dialog, [guard, app, account](bool ok, const QString &password) {
        if (!guard)
            return;
        if (!ok) {
            guard->m_mode->setText(tr("Not connected: no password was given."));
            guard->m_send->setEnabled(false);
            guard->m_input->setEnabled(false);
            return;
        }
        guard->startFor(account, password, account.usesOAuth() ? app->tokensFor(account) : nullptr);
    });
    return dialog;
}

void ConsoleDialog::start(const smtp::SessionOptions &options)
{
    m_connection->start(options);
    showState();
}

void ConsoleDialog::startFor(const store::Account &account, const QString &password,
                             smtp::TokenProvider *tokens)
{
    QString error;
    if (!m_connection->start(account, password, tokens, &error)) {
        m_mode->setText(tr("Not connected: %1").arg(error));
        return;
    }
    showState();
}

void ConsoleDialog::sendLine()
{
    if (!m_connection->isStarted() || m_connection->isFinished())
        return;
    const QString text = m_input->text();
    m_input->clear();
    m_connection->typeLine(text);
    m_input->setFocus();
}

void ConsoleDialog::done(int result)
{
    // Close, Escape and the title bar's close button: QUIT first, the window goes once the server answered.
    if (!m_connection->isStarted() || m_connection->isFinished()) {
        QDialog::done(result);
        return;
    }
    m_closeWhenFinished = true;
    // While connecting there is nothing to say goodbye to; a second Close does not wait for the 221.
    if (m_connection->state() == State::Connecting || m_connection->state() == State::Closing)
        m_connection->cancel();
    else
        m_connection->close();
    showState();
}

void ConsoleDialog::addLine(const smtp::TranscriptEvent &event, const QString &explanation)
{
    QString text = event.format();
    if (!explanation.isEmpty())
        text += QStringLiteral("\n    = ") + explanation;
    m_transcript->appendPlainText(text);
    m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
}

void ConsoleDialog::showState()
{
    const bool started = m_connection->isStarted();
    const State s = m_connection->state();
    QString mode;
    bool canType = started;
    if (!started) {
        mode = tr("Not connected yet.");
    } else {
        switch (s) {
        case State::Connecting:
            mode = tr("Connecting to %1, starting TLS and logging in…").arg(m_connection->serverName());
            break;
        case State::Ready:
            mode =
                tr("Ready: type a command (HELP, NOOP, RSET, VRFY, EXPN, MAIL FROM:<…>, RCPT TO:<…>, DATA, "
                   "QUIT).");
            break;
        case State::Waiting:
            mode = tr("Waiting for the server's reply…");
            break;
        case State::Content:
            mode = tr("DATA mode: each line is part of the message; a line holding only \".\" ends it "
                      "(Stamp sends CRLF.CRLF and doubles a leading dot).");
            break;
        case State::Closing:
            mode = tr("Closing: QUIT sent.");
            canType = false;
            break;
        case State::Closed:
            mode = tr("Closed: %1").arg(m_connection->outcome().summary);
            canType = false;
            break;
        }
    }
    m_mode->setText(mode);
    m_input->setPlaceholderText(s == State::Content ? tr("a line of the message, or . to end it")
                                                    : tr("an SMTP command, e.g. NOOP"));
    m_input->setEnabled(canType);
    m_send->setEnabled(canType);
}

}  // namespace ui
