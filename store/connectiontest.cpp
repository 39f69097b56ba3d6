#include "connectiontest.h"

namespace store {

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent) {}

ConnectionTest::~ConnectionTest()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
    }
}

bool ConnectionTest::start(const Account &account, const QString &password, smtp::TokenProvider *tokens,
                           QString *error)
{
    if (m_session) {
        if (error)
            *error = tr("A connection test is already running.");
        return false;
    }
    smtp::SessionOptions options;
    if (!sessionOptionsFor(account, password, &options, error))
        return false;
    options.tokens = tokens;
    m_tls = {};
    m_starttlsOffered = false;
    auto *session = new smtp::Session(options, nullptr, this);
    m_session = session;
    connect(session, &smtp::Session::transcript, this, &ConnectionTest::transcript);
    connect(session, &smtp::Session::tlsReportReady, this, &ConnectionTest::tlsReportReady);
    connect(session, &smtp::Session::capabilitiesKnown, this, &ConnectionTest::capabilitiesKnown);
    connect(session, &smtp::Session::finished, this, &ConnectionTest::onFinished, Qt::QueuedConnection);
    session->start();
    return true;
}

void ConnectionTest::cancel()
{
    if (m_session)
        m_session->cancel();
}

void ConnectionTest::onFinished(const smtp::Outcome &outcome)
{
    smtp::Session *session = m_session;
    m_session = nullptr;
    if (session) {
        m_tls = session->tlsInfo();
        m_starttlsOffered = session->capabilities().has("STARTTLS");
        session->deleteLater();
    }
    Q_EMIT finished(outcome);
}

}  // namespace store
