#include "fakeserver.h"

#include <sys/socket.h>

#include <QCoreApplication>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

QString FakeServer::dataPath(const QString &name)
{
    return QStringLiteral(STAMP_TEST_DATA "/") + name;
}

FakeServer::FakeServer(const QStringList &script, QObject *parent)
    : QTcpServer(parent), m_script(script), m_cert(dataPath(QStringLiteral("server.pem"))),
      m_key(dataPath(QStringLiteral("server.key")))
{
    if (!m_script.isEmpty() && m_script.first() == QLatin1String("IMPLICIT")) {
        m_implicit = true;
        m_script.removeFirst();
    }
    listen(QHostAddress::LocalHost, 0);
}

void FakeServer::setCertificate(const QString &certPath, const QString &keyPath)
{
    m_cert = certPath;
    m_key = keyPath;
}

bool FakeServer::setTlsProtocol(QSsl::SslProtocol protocol)
{
    m_protocol = protocol;
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    m_legacyTls = protocol == QSsl::TlsV1_0 || protocol == QSsl::TlsV1_1;
    QT_WARNING_POP
    return QSslSocket::isProtocolSupported(protocol);
}

static QByteArray unescape(const QString &s)
{
    QByteArray out;
    const QByteArray in = s.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\\' && i + 1 < in.size()) {
            const char c = in[++i];
            out += c == 'r' ? '\r' : c == 'n' ? '\n' : c == '0' ? '\0' : c;
        } else {
            out += in[i];
        }
    }
    return out;
}

void FakeServer::incomingConnection(qintptr handle)
{
    if (m_sequential && m_socket) {
        // A client trying again before this one is finished: it waits its turn (see the disconnected
        // handler), and is counted then.
        m_waiting << handle;
        return;
    }
    ++m_connections;
    if (m_socket) {  // one client at a time; later ones are refused
        QTcpSocket extra;
        extra.setSocketDescriptor(handle);
        extra.abort();
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(handle);
    m_socket = socket;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QFile cf(m_cert), kf(m_key);
    cf.open(QIODevice::ReadOnly);
    kf.open(QIODevice::ReadOnly);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(&cf, QSsl::Pem));
    conf.setPrivateKey(QSslKey(&kf, QSsl::Rsa, QSsl::Pem));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    conf.setProtocol(m_protocol);
    if (m_legacyTls) {
        // Passed to OpenSSL's SSL_CONF_cmd: allow what Debian's openssl.cnf forbids.
        conf.setBackendConfigurationOption("MinProtocol", QByteArray("TLSv1"));
        conf.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT@SECLEVEL=0"));
    }
    socket->setSslConfiguration(conf);
    connect(socket, &QSslSocket::readyRead, this, &FakeServer::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        m_clientClosed = true;
        // Sequential: the next connection goes on with the script where this one left it.
        if (m_sequential && m_socket == socket) {
            m_socket = nullptr;
            m_buffer.clear();
            socket->deleteLater();
            if (!m_waiting.isEmpty())
                incomingConnection(m_waiting.takeFirst());
        }
    });
    connect(socket, &QSslSocket::encrypted, this, &FakeServer::run);
    connect(socket, &QSslSocket::sslErrors, this,
            [socket](const QList<QSslError> &) { socket->ignoreSslErrors(); });
    if (m_implicit)
        socket->startServerEncryption();
    else
        QTimer::singleShot(0, this, &FakeServer::run);
}

bool FakeServer::takeLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 0)
        return false;
    *line = m_buffer.left(end);
    m_buffer.remove(0, end + 2);
    return true;
}

void FakeServer::resume()
{
    m_paused = false;
    if (!m_socket)
        return;
    m_socket->setReadBufferSize(0);
    onReadyRead();
}

void FakeServer::onReadyRead()
{
    if (!m_socket || m_paused)
        return;
    const QByteArray bytes = m_socket->readAll();
    m_received += bytes;
    if (!m_socket->isEncrypted())
        m_beforeTls += bytes;
    m_buffer += bytes;
    run();
}

void FakeServer::sendSlow(const QByteArray &bytes, int pos)
{
    if (!m_socket || pos >= bytes.size()) {
        m_slowSending = false;
        run();
        return;
    }
    m_socket->write(bytes.mid(pos, 1));
    m_socket->flush();
    if (pos + 1 == bytes.size()) {
        // Go on with the script at once: if the next rule is TLS, the server must be listening for the
        // handshake before the event loop can deliver the client's first TLS record as plaintext.
        sendSlow(bytes, pos + 1);
        return;
    }
    QTimer::singleShot(1, this, [this, bytes, pos] { sendSlow(bytes, pos + 1); });
}

void FakeServer::run()
{
    while (m_socket && !m_slowSending && m_step < m_script.size()) {
        const QString rule = m_script[m_step];
        if (rule.startsWith(QLatin1String("S: "))) {
            m_socket->write(rule.mid(3).toUtf8() + "\r\n");
        } else if (rule.startsWith(QLatin1String("R: "))) {
            m_socket->write(unescape(rule.mid(3)));
        } else if (rule.startsWith(QLatin1String("SLOW: "))) {
            m_slowSending = true;
            ++m_step;
            sendSlow(rule.mid(6).toUtf8() + "\r\n", 0);
            return;
        } else if (rule.startsWith(QLatin1String("C: "))) {
            QByteArray line;
            if (!takeLine(&line))
                return;
            const QByteArray want = rule.mid(3).toUtf8();
            const bool ok = want.endsWith('*') ? line.startsWith(want.chopped(1)) : line == want;
            if (!ok) {
                m_errors << QStringLiteral("step %1: expected \"%2\", got \"%3\"")
                                .arg(m_step)
                                .arg(rule, QString::fromUtf8(line));
                m_socket->abort();
                return;
            }
        } else if (rule == QLatin1String("D:")) {
            const qsizetype end = m_buffer.startsWith(".\r\n") ? 0 : m_buffer.indexOf("\r\n.\r\n");
            if (end < 0)
                return;
            const qsizetype len = end == 0 ? 3 : end + 5;
            m_data << m_buffer.left(len);
            m_buffer.remove(0, len);
        } else if (rule == QLatin1String("B:") || rule.startsWith(QLatin1String("BDATS: "))) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            const QList<QByteArray> words = m_buffer.left(eol).split(' ');
            if (words.size() < 2 || words[0] != "BDAT") {
                m_errors << QStringLiteral("step %1: expected BDAT, got \"%2\"")
                                .arg(m_step)
                                .arg(QString::fromUtf8(m_buffer.left(eol)));
                m_socket->abort();
                return;
            }
            const qsizetype n = words[1].toLongLong();
            if (m_buffer.size() < eol + 2 + n)
                return;
            m_data << m_buffer.mid(eol + 2, n);
            m_buffer.remove(0, eol + 2 + n);
            if (rule.startsWith(QLatin1String("BDATS: "))) {
                // Every chunk gets this reply; the rule is done once the LAST chunk is in.
                m_socket->write(rule.mid(7).toUtf8() + "\r\n");
                if (words.size() < 3 || words[2] != "LAST")
                    continue;
            }
        } else if (rule == QLatin1String("TLS")) {
            ++m_step;
            m_buffer.clear();
            m_socket->startServerEncryption();
            return;  // continues on encrypted()
        } else if (rule == QLatin1String("AWAIT")) {
            if (m_buffer.isEmpty())
                return;
        } else if (rule.startsWith(QLatin1String("N: "))) {
            const qsizetype n = rule.mid(3).toLongLong();
            if (m_buffer.size() < n)
                return;
            m_buffer.remove(0, n);
        } else if (rule == QLatin1String("PAUSE")) {
            // Qt stops reading from the kernel once its own buffer is full; the client's writes then stall.
            m_paused = true;
            m_socket->setReadBufferSize(4096);
            m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 65536);
        } else if (rule == QLatin1String("RST")) {
            // A reset, whatever was read: SO_LINGER with a zero timeout makes close(2) send RST.
            ++m_step;
            const linger off{1, 0};
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &off, sizeof off);
            m_socket->abort();
            return;
        } else if (rule == QLatin1String("X")) {
            ++m_step;
            m_socket->disconnectFromHost();
            return;
        } else {
            m_errors << QStringLiteral("bad script rule: %1").arg(rule);
            return;
        }
        ++m_step;
    }
}
