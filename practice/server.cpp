#include "server.h"

#include <QDir>
#include <QSslSocket>
#include <QStandardPaths>

namespace practice {

Server::Server(Settings settings, QObject *parent)
    : QTcpServer(parent), m_settings(std::move(settings)), m_inbox(messagesFolder(m_settings.folder))
{
    m_config.faults = m_settings.faults;
    m_config.user = m_settings.user;
    m_config.password = m_settings.password;
    m_config.sizeLimit = m_settings.sizeLimit;
    m_config.greylist = &m_greylist;
    m_stopDeadline.setSingleShot(true);
    m_stopDeadline.setInterval(3000);
    connect(&m_stopDeadline, &QTimer::timeout, this, [this] {
        // Clients that do not close after the 421 are cut off.
        const QList<ServerSession *> left = m_sessions;
        m_sessions.clear();
        qDeleteAll(left);
        emit stopped();
    });
}

QString Server::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("practice"));
}

Server::~Server()
{
    const QList<ServerSession *> left = m_sessions;
    m_sessions.clear();
    qDeleteAll(left);
}

bool Server::start(QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = tr("this Qt has no TLS backend, so the practice server cannot offer STARTTLS");
        return false;
    }
    if (!Certificates::loadOrCreate(QDir(m_settings.folder).filePath(QStringLiteral("tls")),
                                    &m_config.certificates, error))
        return false;
    if (!m_inbox.open(error))
        return false;
    // Loopback only: a practice server with a published password must not be reachable from elsewhere.
    if (!listen(QHostAddress::LocalHost, m_settings.port)) {
        *error = tr("cannot listen on 127.0.0.1:%1: %2").arg(m_settings.port).arg(errorString());
        return false;
    }
    return true;
}

void Server::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    close();
    if (m_sessions.isEmpty()) {
        emit stopped();
        return;
    }
    m_stopDeadline.start();
    for (ServerSession *s : std::as_const(m_sessions))
        s->shutDown();
}

void Server::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);  // the session takes it over; a refused one goes with the server
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_stopping || m_sessions.size() >= m_settings.maxClients) {
        // RFC 5321 §3.1: a server that cannot serve says 421 in place of the greeting.
        socket->write("421 4.3.2 Too many connections, try again later\r\n");
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    auto *session = new ServerSession(socket, &m_config, &m_inbox, this);
    m_sessions.append(session);
    connect(session, &ServerSession::finished, this, [this, session] { sessionFinished(session); });
    connect(session, &ServerSession::failed, this, &Server::failed);
    session->start();
}

void Server::sessionFinished(ServerSession *session)
{
    if (!m_sessions.removeOne(session))
        return;
    session->deleteLater();
    if (m_stopping && m_sessions.isEmpty()) {
        m_stopDeadline.stop();
        emit stopped();
    }
}

}  // namespace practice
