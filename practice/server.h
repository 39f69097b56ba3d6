#pragma once

#include "serversession.h"

#include <QTcpServer>

namespace practice {

// The practice server: listens on 127.0.0.1 only, one ServerSession per client, a bounded number at once.
class Server : public QTcpServer
{
    Q_OBJECT
public:
    struct Settings
    {
        quint16 port = 2525;  // 0: a free one
        Faults faults;
        QString folder;  // certificates in folder/tls, messages in folder/messages
        QString user = QStringLiteral("demo");
        QString password = QStringLiteral("practice");
        qint64 sizeLimit = 32 << 20;
        int maxClients = 20;
    };

    explicit Server(Settings settings, QObject *parent = nullptr);
    // Where `stamp practice` and the window keep the certificates and messages: the user's data folder.
    static QString defaultFolder();
    // Where a server on `folder` keeps the messages it accepts.
    static QString messagesFolder(const QString &folder) { return folder + QStringLiteral("/messages"); }
    ~Server() override;
    // Makes or loads the certificates, opens the mailbox, listens. False with *error in words.
    bool start(QString *error);
    // Tells every client "421" and stops listening; stopped() once they are gone (at most a few seconds).
    void stop();
    const Settings &settings() const { return m_settings; }
    quint16 port() const { return serverPort(); }
    QString caFile() const { return m_config.certificates.caFile; }
    QString messagesFolder() const { return m_inbox.folder(); }
    Inbox *inbox() { return &m_inbox; }
    int clients() const { return int(m_sessions.size()); }

signals:
    void stopped();
    void failed(const QString &why);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void sessionFinished(ServerSession *session);

    Settings m_settings;
    ServerConfig m_config;
    QSet<QString> m_greylist;
    Inbox m_inbox;
    QList<ServerSession *> m_sessions;
    bool m_stopping = false;
    QTimer m_stopDeadline;
};

}  // namespace practice
