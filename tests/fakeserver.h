#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>

// A scripted SMTP peer on 127.0.0.1, port 0, for protocol tests. The script reads like a transcript:
//   S: 250 text         send a line (CRLF added)
//   C: EHLO *           expect the next client line; a trailing * matches any rest of the line
//   D:                  read DATA content up to and including CRLF.CRLF (kept in data())
//   B:                  read one "BDAT n [LAST]" command and its n bytes (kept in data())
//   BDATS: 250 text     read BDAT chunks, answering each with the line, up to and including the LAST one
//   TLS                 start server-side TLS (after the script has sent the 220 to STARTTLS)
//   R: bytes            send raw bytes, with \r \n \0 escapes and no CRLF added
//   SLOW: 250 text      send a line one byte per event-loop turn
//   X                   close the connection
//   RST                 reset the connection (whatever the client sent is dropped unanswered)
//   IMPLICIT            (first line) speak TLS from the first byte
//   AWAIT               wait until the client sent something no rule has read yet (e.g. a TLS ClientHello)
//   N: count            read exactly count bytes of whatever the client sends (e.g. half of a message)
//   PAUSE               stop reading from the socket, so that the client's writes stall
// When the script ends the server stays silent and keeps reading (for timeout tests).
class FakeServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit FakeServer(const QStringList &script, QObject *parent = nullptr);
    quint16 port() const { return serverPort(); }
    QByteArray received() const { return m_received; }  // every byte the client sent (decrypted after TLS)
    QByteArray receivedBeforeTls() const { return m_beforeTls; }
    QList<QByteArray> data() const { return m_data; }  // each message content as it came on the wire
    QStringList errors() const { return m_errors; }    // script mismatches
    bool scriptDone() const { return m_step >= m_script.size(); }
    bool clientClosed() const { return m_clientClosed; }
    int connections() const { return m_connections; }
    // Certificate and key the server presents (default: tests/data/server.pem signed by ca.pem).
    void setCertificate(const QString &certPath, const QString &keyPath);
    // Offer only this TLS version; for TLS 1.0/1.1 the server also lowers OpenSSL's security level so that it
    // can offer them at all (Debian's default refuses them on both sides). Returns false if Qt cannot.
    bool setTlsProtocol(QSsl::SslProtocol protocol);
    static QString dataPath(const QString &name);
    // Accept another connection once the current one has closed, going on with the script (a client that
    // tries again); by default later connections are refused.
    void setSequential(bool on) { m_sequential = on; }
    // Reads again after PAUSE: what the kernel still delivers from now on reaches received().
    void resume();
    // Ends the connection at once (close(2) with unread data: the kernel sends a reset), for a test that
    // decides when.
    void abortConnection()
    {
        if (m_socket)
            m_socket->abort();
    }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void run();
    void onReadyRead();
    bool takeLine(QByteArray *line);
    void sendSlow(const QByteArray &bytes, int pos);

    QStringList m_script;
    int m_step = 0;
    QPointer<QSslSocket> m_socket;
    QByteArray m_buffer, m_received, m_beforeTls;
    QList<QByteArray> m_data;
    QStringList m_errors;
    bool m_clientClosed = false;
    bool m_implicit = false;
    bool m_slowSending = false;
    bool m_paused = false;
    bool m_legacyTls = false;
    bool m_sequential = false;
    QList<qintptr> m_waiting;  // sequential: connections that came while the current one ran
    QSsl::SslProtocol m_protocol = QSsl::SecureProtocols;
    int m_connections = 0;
    QString m_cert, m_key;
};
