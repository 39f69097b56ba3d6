#include "consoleconnection.h"

namespace store {

ConsoleConnection::ConsoleConnection(QObject *parent) : QObject(parent) {}

ConsoleConnection::~ConsoleConnection()
{
    if (m_console && !m_console->isFinished())
        m_console->cancel();
}

bool ConsoleConnection::start(const Account &account, const QString &password, smtp::TokenProvider *tokens,
                              QString *error)
{
    smtp::SessionOptions options;
    if (!sessionOptionsFor(account, password, &options, error))
        return false;
    options.tokens = tokens;
    start(options);
    return true;
}

void ConsoleConnection::start(const smtp::SessionOptions &options, smtp::Clock *clock)
{
    if (m_console)
        return;
    m_server = QStringLiteral("%1:%2").arg(options.host).arg(options.port);
    m_console = new smtp::ConsoleSession(this);
    connect(m_console, &smtp::ConsoleSession::line, this, &ConsoleConnection::line);
    connect(m_console, &smtp::ConsoleSession::stateChanged, this, &ConsoleConnection::stateChanged);
    connect(m_console, &smtp::ConsoleSession::finished, this, &ConsoleConnection::finished);
    m_console->start(options, clock);
}

void ConsoleConnection::typeLine(const QString &line)
{
    if (m_console)
        m_console->typeLine(line);
}

void ConsoleConnection::close()
{
    if (m_console)
        m_console->endInput();
}

void ConsoleConnection::cancel()
{
    if (m_console)
        m_console->cancel();
}

smtp::ConsoleSession::State ConsoleConnection::state() const
{
    return m_console ? m_console->state() : smtp::ConsoleSession::State::Connecting;
}

bool ConsoleConnection::isFinished() const
{
    return m_console && m_console->isFinished();
}

smtp::Outcome ConsoleConnection::outcome() const
{
    return m_console ? m_console->outcome() : smtp::Outcome();
}

}  // namespace store
