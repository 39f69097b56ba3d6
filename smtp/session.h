#pragma once

#include "ackmeter.h"
#include "auth.h"
#include "capabilities.h"
#include "clock.h"
#include "commandline.h"
#include "message.h"
#include "outcome.h"
#include "reply.h"
#include "stagetimer.h"
#include "tlschannel.h"
#include "tlsreport.h"
#include "transaction.h"
#include "transcript.h"
#include "verdict.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace smtp {

enum class Security
{
    StartTls,     // plain connect, then STARTTLS before anything else (RFC 3207); the default, port 587
    ImplicitTls,  // TLS from the first byte (RFC 8314), port 465
    None,         // no encryption: only when asked for, and then no password unless also asked for
};
bool securityFromName(const QString &name, Security *out);
QString securityName(Security s);
quint16 defaultPort(Security s);

// RFC 5321 §4.5.3.2 minimums, in milliseconds.
struct Timeouts
{
    qint64 connect = 60'000;
    qint64 greeting = 300'000;
    qint64 command = 300'000;    // EHLO, STARTTLS, AUTH, MAIL, RCPT, RSET, QUIT
    qint64 dataStart = 120'000;  // DATA -> 354
    qint64 dataBlock = 180'000;  // no progress while sending the content
    qint64 dataEnd = 600'000;    // final dot -> reply
    static Timeouts uniform(qint64 ms) { return {ms, ms, ms, ms, ms, ms}; }
};

// RFC 3461 delivery status notifications, sent only when the server offers DSN.
// Checked at start() with smtp/commandline.h: a value outside its grammar ends the session with a local
// error.
struct DsnOptions
{
    QByteArray notify;  // "SUCCESS,FAILURE,DELAY" or "NEVER" (commandline::parseDsnNotify)
    QByteArray ret;     // "FULL" or "HDRS"
    QString envid;      // ENVID (RFC 3461 §4.4), sent as xtext
    bool isEmpty() const { return notify.isEmpty() && ret.isEmpty() && envid.isEmpty(); }
};

struct SessionOptions
{
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString ehloName;  // the local host name when empty
    QString user;      // no AUTH when empty
    QString password;
    AuthMethod auth = AuthMethod::Auto;
    bool allowPlaintextAuth = false;  // send credentials on a connection without TLS; only when asked
    QList<QSslCertificate> extraCaCertificates;  // trusted in addition to the system store
    // More CAs as PEM text (a --ca-file), parsed by the TLS channel when TLS starts (parsing it into
    // QSslCertificates would load Qt's TLS backend, which a send does not otherwise need).
    QByteArray extraCaPem;
    QByteArray pinnedSha256;  // hex; when set, only this certificate is accepted
    Timeouts timeouts;
    DsnOptions dsn;
    TokenProvider *tokens = nullptr;  // for XOAUTH2 / OAUTHBEARER; the password is the token otherwise
};

struct Envelope
{
    Mailbox from;
    QList<Mailbox> recipients;
};

struct TlsInfo
{
    QString protocol;
    QString cipher;
    QList<QByteArray> chainDer;  // as the server sent it, its own certificate first
    QString fingerprint;         // SHA-256 of the peer certificate, hex
    // The chain as Qt certificates (this loads Qt's TLS backend: for display, not on the way to sending).
    QList<QSslCertificate> chain() const { return certificatesFromDer(chainDer); }
};

// One SMTP connection: greeting, EHLO, STARTTLS, EHLO again, AUTH, then one transaction per queued message
// (RSET between them when one fails), then QUIT. Everything is asynchronous: it never waits on the network.
//
// The code is split by phase (as KSmtp and Trojita split their protocols), around the one command/reply queue
// (m_pending) that pairs every reply with its command, so pipelined groups work:
//   session.cpp      connection, greeting, EHLO/HELO, STARTTLS, the queue, the end (QUIT, abort)
//   sessionauth.cpp  the AUTH phase
//   transaction.cpp  MAIL, RCPT, the content, its verdict, and the retry of recipients refused with 452
//   verdict.cpp      which category and which sentences, as pure functions of the facts gathered here
// Every line goes through smtp/commandline.h.
//
// States and transitions:
//   Connecting   -> Greeting            TCP (or TLS, for ImplicitTls) connected
//   Greeting     -> Ehlo                220; anything else ends the session
//   Ehlo         -> StartTls            250 and STARTTLS required; fails closed if not offered
//   Ehlo         -> Helo                5xx and neither TLS nor AUTH required
//   StartTls     -> Handshake           220 and nothing buffered after it (else: injection, abort)
//   Handshake    -> Ehlo                encrypted; all bytes and capabilities from before are forgotten
//   Ehlo/Helo    -> Auth | Ready        250
//   Auth         -> Auth                334 (next SASL step)
//   Auth         -> Ready               235
//   Ready        -> Transaction         a message is queued
//   Transaction  -> Transaction         some recipients refused with 452: RSET and a new round for them
//   Transaction  -> Ready               final reply (or RSET after a failure)
//   Ready        -> Quit                no more messages
//   Ready        -> Ready               console mode: ready(), then each typed line and its reply
//   any          -> Closed              421, connection lost, timeout, cancel
// finished() comes only once the connection is closed: after QUIT (or the SASL "*") went out and the socket
// flushed it, or after a short wait (CloseWait) through the Clock (RFC 5321 §4.1.1.10).
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(SessionOptions options, Clock *clock = nullptr, QObject *parent = nullptr);
    ~Session() override;

    // Queue a message before start(). With no message queued, the session is a connection test: it logs
    // in and quits. While held open (below), also after start(): the message is sent once the session is
    // ready and the messages before it are done.
    void addMessage(const Envelope &envelope, std::shared_ptr<MessageSource> source);
    // Held open (call before start()), the session does not QUIT when its queue is empty: it stays logged in
    // and emits waitingForMessage(), for a caller that hands over messages one at a time (a mail merge with a
    // rate limit). endMessages() lets it QUIT once the queue is done. The server may still close an idle
    // connection (its own timeout, 421): finished() then comes as for any lost connection.
    void setHoldOpen(bool on) { m_holdOpen = on; }
    void endMessages();
    // Whether addMessage() can still send a message: neither closed nor quitting.
    bool acceptsMessages() const { return m_state != State::Closed && !m_quitSent; }
    int messageCount() const { return int(m_jobs.size()); }
    void start();
    void cancel();
    bool isFinished() const { return m_finishedEmitted; }
    const Capabilities &capabilities() const { return m_caps; }
    const TlsInfo &tlsInfo() const { return m_tls; }
    // The TLS handshake as a report, once it finished or failed (empty before, and without TLS).
    const TlsReport &tlsReport() const { return m_tlsReport; }
    // The outcome of the whole session (for a connection test), or of the last message.
    const Outcome &outcome() const { return m_sessionOutcome; }

    static constexpr qint64 CloseWait = 2000;  // ms the end of a session waits for QUIT to reach the server

    // Console mode (smtp/consolesession.h, issue 12): with no message queued, the session stops at Ready
    // (greeting, EHLO, STARTTLS, EHLO again, AUTH done) and emits ready() instead of quitting; lines typed by
    // hand then go through consoleCommand() and consoleContent(), already checked by smtp/commandline.h.
    // Call before start().
    void setConsoleMode(bool on) { m_console = on; }
    // One command line (without CRLF); its whole reply comes through consoleReply(). endOfData: the final
    // "." of DATA, whose reply may take the longer RFC 5321 §4.5.3.2.6 time.
    void consoleCommand(const QByteArray &line, bool endOfData = false, const QString &shown = {});
    // Content bytes after a 354 (dot-stuffed, CRLF-terminated); no reply is expected. `shown`: the
    // transcript's Data line.
    void consoleContent(const QByteArray &bytes, const QString &shown);
    // QUIT, then finished() once the server closed (or CloseWait passed).
    void consoleQuit() { quit(); }

Q_SIGNALS:
    void transcript(const smtp::TranscriptEvent &event);
    void capabilitiesKnown(const smtp::Capabilities &caps, bool encrypted);
    // Once per connection that tried TLS: after the handshake (before the EHLO that follows it), or when it
    // failed. The stage timings come with the outcome of finished() (Outcome::timings).
    void tlsReportReady(const smtp::TlsReport &report);
    // Content bytes the server's TCP stack has acknowledged (smtp/ackmeter.h), out of total; where the system
    // cannot tell (not Linux), the bytes handed to the socket.
    void progress(int message, qint64 sent, qint64 total);
    // The end of the content reached the server (acknowledged, or handed over where the system cannot tell):
    // from now on only its answer is awaited. Once per round.
    void waitingForReply(int message);
    void messageFinished(int message, const smtp::Outcome &outcome);
    // Held open: every message queued is done and the session is ready for the next (addMessage).
    void waitingForMessage();
    void finished(const smtp::Outcome &outcome);
    // Console mode: the session is set up and waits for lines.
    void ready();
    // Console mode: the whole reply to a consoleCommand() line.
    void consoleReply(const smtp::Reply &reply);

private:
    enum class State
    {
        Idle,
        Connecting,
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        Handshake,
        Auth,
        Ready,
        Transaction,
        Quit,
        Closed
    };
    // RoundRset: the RSET before a retry round. Ignore: a pipelined reply that belongs to a transaction
    // already decided.
    enum class Cmd
    {
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        Auth,
        Mail,
        Rcpt,
        Data,
        DataEnd,
        Bdat,
        BdatLast,
        Rset,
        RoundRset,
        Quit,
        Console,     // a line typed in the console
        ConsoleEnd,  // the console's end of DATA
        Ignore
    };
    // Whether a reply's class is one the command can get (RFC 5321 §4.3.2, RFC 4954, RFC 3030).
    static bool replyFits(Cmd cmd, const Reply &reply);
    struct Pending
    {
        Cmd cmd;
        int index = 0;  // recipient index (in the round) for Rcpt
    };
    struct Job
    {
        Envelope envelope;
        std::shared_ptr<MessageSource> source;
    };

    // session.cpp
    QString invalidOption() const;
    void emitEvent(TranscriptEvent::Kind kind, const QString &text, const Reply *reply = nullptr);
    void sendLine(const QByteArray &line, Cmd cmd, const QString &shown = {}, int index = 0);
    void queueLine(QByteArray &buffer, const QByteArray &line, Cmd cmd, const QString &shown = {},
                   int index = 0);
    void flushWrite(const QByteArray &bytes);
    void attachSocket(QTcpSocket *socket);
    bool beginTls();
    void writeRaw(const QByteArray &bytes);  // every write to the socket, counted in m_written
    void armTimer();
    void onConnected();
    void continueHandshake();
    bool acceptCertificate();
    void onEncrypted();
    void onReadyRead();
    void readReplies();
    bool inputWaiting() const;
    void flushTls();
    void disconnectGracefully();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();
    void onBytesWritten();
    void handleReply(const Reply &reply);
    void sendEhlo();
    void afterEhlo();
    void quit();
    // Ends the session: every message not yet finished gets the outcome (adjusted per message).
    void abort(Outcome outcome);
    void emitFinished();
    verdict::Phase phase() const;
    void makeTlsReport(bool accepted, const QString &failure, const QList<CertificateInfo> &chain = {});

    // sessionauth.cpp
    void startAuth();
    void continueAuth(const QString &token);
    void handleAuthReply(const Reply &reply);
    void cancelAuth(const Outcome &outcome);

    // transaction.cpp
    void nextMessage();
    void beginMessage();
    void beginRound();
    void handleTransactionReply(Cmd cmd, int index, const Reply &reply);
    void maybeStartContent();
    void startContent();
    QByteArray rcptLine(int roundIndex, QString *why) const;
    void pumpContent();
    void startAckMeter(qint64 contentStart);
    void markContent(bool end);  // after a content write: where it ends in the stream
    void sampleAcks();
    void stopAckMeter();
    void reportWaiting();
    void endRound();
    void finishMessage(Outcome outcome);
    Outcome interruptedMessage(const Outcome &cause) const;

    SessionOptions m_options;
    std::optional<commandline::DsnNotify> m_notify;
    Clock *m_clock;
    Timer *m_timer;
    QTcpSocket *m_socket;                   // the connection
    qint64 m_written = 0;                   // bytes of the session handed over (plaintext, before TLS)
    AckMeter m_ack;                         // what of the content the server's TCP stack acknowledged
    QTimer *m_ackTimer;                     // samples m_ack while acknowledgements are outstanding
    std::unique_ptr<TlsChannel> m_channel;  // TLS on m_socket, once it started
    ReplyParser m_parser;
    State m_state = State::Idle;
    QList<Pending> m_pending;
    Capabilities m_caps;
    TlsInfo m_tls;
    bool m_encrypted = false;
    bool m_quitSent = false;
    bool m_closing = false;  // Closed, waiting for the goodbye to be flushed before finished()
    QList<Job> m_jobs;
    int m_nextJob = 0;
    std::unique_ptr<Transaction> m_tx;
    std::unique_ptr<SaslMechanism> m_mech;
    int m_authSteps = 0;
    QList<QSslError> m_sslErrors;
    Outcome m_sessionOutcome;
    StageTimer m_stages;
    TlsReport m_tlsReport;
    bool m_handshakeStarted = false;
    bool m_finishedEmitted = false;
    bool m_console = false;
    bool m_holdOpen = false;
    bool m_waitingForMessage = false;  // held open, Ready, queue empty
    bool lastMessageQueued() const { return !m_holdOpen && m_nextJob >= m_jobs.size(); }
};

}  // namespace smtp
