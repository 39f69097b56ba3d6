#pragma once

#include "certificate.h"
#include "faults.h"
#include "inbox.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace practice {

// What every session of one server shares.
struct ServerConfig
{
    Faults faults;
    Certificates certificates;
    QString user, password;       // the demo login
    qint64 sizeLimit = 32 << 20;  // advertised as SIZE (RFC 1870)
    QString hostName = QStringLiteral("practice.stamp.localhost");
    QSet<QString> *greylist = nullptr;  // triplets seen, kept across sessions
};

// The server side of one SMTP connection (RFC 5321 §4.1, with RFC 3207 STARTTLS, RFC 4954 AUTH, RFC 2920
// PIPELINING, RFC 3030 CHUNKING, RFC 1870 SIZE, RFC 6152 8BITMIME, RFC 6531 SMTPUTF8, RFC 3461 DSN and
// RFC 2034 enhanced codes). Commands are handled one at a time in the order they came, each reply written
// before the next command is read, so pipelined groups and the slow fault behave as on a real server.
// Reply texts are protocol (ASCII, RFC 5321 §4.2) and stay as they are.
class ServerSession : public QObject
{
    Q_OBJECT
public:
    ServerSession(QSslSocket *socket, const ServerConfig *config, Inbox *inbox, QObject *parent = nullptr);
    ~ServerSession() override;
    void start();
    // "421 4.3.2" and close, for a server that stops (RFC 5321 §3.8).
    void shutDown();

signals:
    void finished();
    void failed(const QString &why);  // the inbox could not keep a message

private:
    enum class Mode
    {
        Command,
        Data,
        Bdat,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        Closed
    };

    void readInput();
    void process();
    void command(const QByteArray &line);
    void dataLine(const QByteArray &line);
    void bdatBytes();
    void endOfMessage();
    void ehlo(const QByteArray &argument, bool extended);
    void startTls();
    void auth(const QByteArray &argument);
    void authResponse(const QByteArray &line);
    void checkLogin(const QByteArray &user, const QByteArray &password);
    void mail(const QByteArray &argument);
    void rcpt(const QByteArray &argument);
    void data();
    void bdat(const QByteArray &argument);
    void resetTransaction();
    void closeAt();  // the 421-at fault
    // Writes the reply (after the slow fault's delay), then runs `then`. One reply at a time: nothing more is
    // read until it is written.
    void reply(const QByteArray &text, std::function<void()> then = {});
    void reply(int code, const char *enhanced, const char *text, std::function<void()> then = {});
    void closeAfterReply();

    QSslSocket *m_socket;
    const ServerConfig *m_config;
    Inbox *m_inbox;
    QTimer m_idle;
    QByteArray m_in;
    Mode m_mode = Mode::Command;
    bool m_busy = false;
    bool m_discardingLine = false;  // a line over the limit is dropped up to its end
    bool m_lineTooLong = false;     // ... and, inside a message, the message refused at its end
    int m_errors = 0;
    QString m_helo;
    bool m_tls = false;
    QString m_user;
    QByteArray m_loginUser;
    const char *m_authMechanism = "";
    bool m_inTransaction = false;
    Envelope m_envelope;
    QByteArray m_content;
    qint64 m_contentSize = 0;  // counted on even once the content stops being kept
    bool m_usedBdat = false;
    qint64 m_chunkLeft = 0;
    bool m_chunkLast = false;
};

}  // namespace practice
