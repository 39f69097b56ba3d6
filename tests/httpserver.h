#pragma once

// A small HTTP/1.0 server on 127.0.0.1 for tests (an autoconfig document, an OAuth token endpoint): one
// request per connection, answered by a function of the request. Every request is kept for the test to read.

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

class HttpServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method, path, body;
    };
    struct Response
    {
        int status = 404;
        QByteArray type = "text/plain", body;
    };
    explicit HttpServer(std::function<Response(const Request &)> route) : m_route(std::move(route))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
            }
        });
    }
    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    QList<Request> requests;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0 || buffer.size() > 65536)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray &l : lines)
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toInt();
        if (buffer.size() < end + 4 + length)
            return;
        Request r{first.value(0), first.value(1), buffer.mid(end + 4, length)};
        m_buffers.remove(s);
        requests << r;
        const Response a = m_route(r);
        s->write("HTTP/1.0 " + QByteArray::number(a.status) + " X\r\nContent-Type: " + a.type
                 + "\r\nContent-Length: " + QByteArray::number(a.body.size())
                 + "\r\nConnection: close\r\n\r\n" + a.body);
        s->disconnectFromHost();
    }
    std::function<Response(const Request &)> m_route;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
