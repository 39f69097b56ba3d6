#include "serversession.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace practice {

namespace {

// RFC 5321 §4.5.3.1.4 allows 512 octets for a command line; AUTH responses may be longer (RFC 4954 §4 asks
// for at least 12288), and so may lines with SMTPUTF8 addresses: one bound for all, still far from memory
// trouble.
constexpr int MaxCommandLine = 12288;
// A text line of the content: 1000 octets with CRLF (RFC 5321 §4.5.3.1.6).
constexpr int MaxTextLine = 1000;
constexpr int MaxRecipients = 100;  // the minimum RFC 5321 §4.5.3.1.8 asks a server to take
constexpr int MaxErrors = 20;
constexpr int ReadChunk = 256 * 1024;
// RFC 5321 §4.5.3.2.7: a server waits at least five minutes for the next command.
constexpr int IdleMs = 5 * 60 * 1000;

QByteArray upper(const QByteArray &a)
{
    return a.toUpper();
}

// Splits "<path> PARAM=VALUE ..." after "FROM:" or "TO:". False when the path is not in angle brackets.
bool splitPath(const QByteArray &argument, QByteArray *path, QList<QByteArray> *parameters)
{
    const QByteArray a = argument.trimmed();
    if (!a.startsWith('<'))
        return false;
    const qsizetype close = a.indexOf('>');
    if (close < 0)
        return false;
    *path = a.left(close + 1);
    const QByteArray rest = a.mid(close + 1);
    if (!rest.isEmpty() && rest[0] != ' ')
        return false;
    for (const QByteArray &p : rest.split(' '))
        if (!p.isEmpty())
            parameters->append(p);
    return true;
}

// A mailbox "<local@domain>" with no space or control character (the full grammar is the client's job;
// this server only refuses what cannot be an address at all).
bool plausibleMailbox(const QByteArray &path)
{
    const QByteArray inner = path.mid(1, path.size() - 2);
    const qsizetype at = inner.lastIndexOf('@');
    if (at <= 0 || at == inner.size() - 1)
        return false;
    for (const char c : inner)
        if (uchar(c) <= ' ' || c == 0x7f || c == '<' || c == '>')
            return false;
    return true;
}

bool isAscii(const QByteArray &a)
{
    for (const char c : a)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

}  // namespace

ServerSession::ServerSession(QSslSocket *socket, const ServerConfig *config, Inbox *inbox, QObject *parent)
    : QObject(parent), m_socket(socket), m_config(config), m_inbox(inbox)
{
    m_socket->setParent(this);
    // Bounded: Qt stops reading from the kernel when this much is waiting, so a flood cannot grow memory.
    m_socket->setReadBufferSize(ReadChunk);
    // Replies of a pipelined group go out as they are made, not held back by Nagle's algorithm.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_socket->write("421 4.4.2 Idle for too long, closing transmission channel\r\n");
        closeAfterReply();
    });
    connect(m_socket, &QIODevice::readyRead, this, &ServerSession::process);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        m_mode = Mode::Closed;
        emit finished();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        // RFC 3207 §4.2: everything known before the handshake is forgotten; the client starts with EHLO.
        m_tls = true;
        m_helo.clear();
        resetTransaction();
        m_busy = false;
        process();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &) {
        // The server asks for no client certificate: nothing here to judge.
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        // A client that refuses the certificate ends the handshake: close our side too.
        if (e == QAbstractSocket::SslHandshakeFailedError || e == QAbstractSocket::SslInternalError)
            m_socket->abort();
    });
}

ServerSession::~ServerSession()
{
    // The socket, a child, goes after this object: it must not call back into it.
    m_socket->disconnect(this);
}

void ServerSession::start()
{
    m_idle.start();
    if (m_config->faults.closeAt == Stage::Greeting) {
        reply("421 " + m_config->hostName.toLatin1() + " Service not available, closing transmission channel",
              [this] { closeAfterReply(); });
        return;
    }
    reply("220 " + m_config->hostName.toLatin1() + " ESMTP Stamp practice server ready");
}

void ServerSession::shutDown()
{
    if (m_mode == Mode::Closed)
        return;
    m_mode = Mode::Closed;
    // Straight away, not after the slow fault's delay: the server is going.
    m_socket->write("421 4.3.2 Service shutting down, closing transmission channel\r\n");
    m_socket->disconnectFromHost();
}

void ServerSession::closeAt()
{
    reply(421, "4.3.2", "Service not available, closing transmission channel", [this] { closeAfterReply(); });
}

void ServerSession::closeAfterReply()
{
    m_mode = Mode::Closed;
    m_socket->disconnectFromHost();
}

void ServerSession::reply(int code, const char *enhanced, const char *text, std::function<void()> then)
{
    reply(QByteArray::number(code) + ' ' + enhanced + ' ' + text, std::move(then));
}

void ServerSession::reply(const QByteArray &text, std::function<void()> then)
{
    m_busy = true;
    const bool delayed = m_config->faults.slowMs > 0;
    auto write = [this, text, delayed, then = std::move(then)] {
        if (m_mode == Mode::Closed)
            return;
        m_socket->write(text + "\r\n");
        m_busy = false;
        if (then)
            then();
        // Written at once, the reply returns to process()'s loop; after a delay, reading starts again here.
        if (delayed && m_mode != Mode::Closed)
            process();
    };
    if (delayed)
        QTimer::singleShot(m_config->faults.slowMs, this, write);
    else
        write();
}

void ServerSession::readInput()
{
    if (m_in.size() < ReadChunk)
        m_in += m_socket->read(ReadChunk - m_in.size());
}

void ServerSession::process()
{
    // Bounded by the input at hand: every turn consumes a line or a piece of a chunk, or stops.
    while (!m_busy && m_mode != Mode::Closed) {
        readInput();
        if (m_in.isEmpty())
            return;
        m_idle.start();
        if (m_mode == Mode::Bdat) {
            bdatBytes();
            continue;
        }
        const int limit = m_mode == Mode::Data ? MaxTextLine : MaxCommandLine;
        const qsizetype lf = m_in.indexOf('\n');
        if (lf < 0) {
            if (m_in.size() <= limit)
                return;  // wait for the rest of the line
            // Too long: keep the tail out, drop up to the end of the line.
            m_in.clear();
            if (!m_discardingLine) {
                m_discardingLine = true;
                m_lineTooLong = true;
            }
            continue;
        }
        QByteArray line = m_in.left(lf + 1);
        m_in.remove(0, lf + 1);
        if (m_discardingLine || line.size() > limit) {
            m_discardingLine = false;
            if (m_mode == Mode::Data) {
                m_lineTooLong = true;
                continue;
            }
            m_lineTooLong = false;
            if (++m_errors > MaxErrors)
                reply(421, "4.7.0", "Too many errors, closing transmission channel",
                      [this] { closeAfterReply(); });
            else
                reply(500, "5.5.6", "Line too long");
            continue;
        }
        if (m_mode == Mode::Data) {
            dataLine(line);
            continue;
        }
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        if (m_mode == Mode::AuthPlain || m_mode == Mode::AuthLoginUser || m_mode == Mode::AuthLoginPassword)
            authResponse(line);
        else
            command(line);
    }
}

void ServerSession::command(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = upper(space < 0 ? line : line.left(space));
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1);
    if (line.contains('\0') || line.contains('\r')) {
        reply(500, "5.5.2", "Syntax error, command unrecognized");
        return;
    }
    if (verb == "EHLO" || verb == "HELO")
        return ehlo(argument, verb == "EHLO");
    if (verb == "QUIT")
        return reply(221, "2.0.0", "Bye", [this] { closeAfterReply(); });
    if (verb == "NOOP")
        return reply(250, "2.0.0", "OK");
    if (verb == "RSET") {
        resetTransaction();
        return reply(250, "2.0.0", "OK");
    }
    if (verb == "HELP")
        return reply(214, "2.0.0",
                     "Commands: EHLO HELO STARTTLS AUTH MAIL RCPT DATA BDAT RSET NOOP VRFY HELP QUIT");
    if (verb == "VRFY")
        // RFC 5321 §3.5.3: neither confirms nor denies.
        return reply(252, "2.1.5", "Cannot VRFY user, but will accept message and attempt delivery");
    if (verb == "EXPN")
        return reply(502, "5.5.1", "EXPN not implemented");
    if (verb == "STARTTLS" || verb == "AUTH" || verb == "MAIL" || verb == "RCPT" || verb == "DATA"
        || verb == "BDAT") {
        if (m_helo.isEmpty())
            return reply(503, "5.5.1", "Send EHLO first");
        if (verb == "STARTTLS")
            return startTls();
        if (verb == "AUTH")
            return auth(argument);
        if (verb == "MAIL")
            return mail(argument);
        if (verb == "RCPT")
            return rcpt(argument);
        if (verb == "DATA")
            return data();
        return bdat(argument);
    }
    if (++m_errors > MaxErrors)
        return reply(421, "4.7.0", "Too many errors, closing transmission channel",
                     [this] { closeAfterReply(); });
    reply(500, "5.5.2", "Syntax error, command unrecognized");
}

void ServerSession::ehlo(const QByteArray &argument, bool extended)
{
    if (m_config->faults.closeAt == Stage::Ehlo)
        return closeAt();
    const QByteArray name = argument.trimmed();
    if (name.isEmpty() || name.contains(' '))
        return reply(501, "5.5.4", "Syntax: EHLO domain-or-address-literal");
    // RFC 5321 §4.1.4: EHLO again ends any transaction.
    resetTransaction();
    m_helo = QString::fromUtf8(name);
    const QByteArray host = m_config->hostName.toLatin1();
    if (!extended)
        return reply("250 " + host + " Hello " + name);
    QList<QByteArray> lines{host + " Hello " + name,
                            "PIPELINING",
                            "SIZE " + QByteArray::number(m_config->sizeLimit),
                            "8BITMIME",
                            "SMTPUTF8",
                            "DSN",
                            "CHUNKING",
                            "ENHANCEDSTATUSCODES"};
    if (!m_tls && !m_config->faults.stripStartTls)
        lines.append("STARTTLS");
    // RFC 4954 §4 lets a server offer AUTH only once the channel is encrypted: no password in the clear.
    if (m_tls)
        lines.append("AUTH PLAIN LOGIN");
    QByteArray text;
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += "250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines[i]
                + (i + 1 < lines.size() ? "\r\n" : "");
    reply(text);
}

void ServerSession::startTls()
{
    if (m_tls)
        return reply(503, "5.5.1", "TLS already active");
    if (m_config->faults.stripStartTls)
        return reply(502, "5.5.1", "STARTTLS not implemented");
    if (m_inTransaction)
        return reply(503, "5.5.1", "STARTTLS inside a transaction");
    // RFC 3207 §5 (and CVE-2011-0411): whatever the client sent after STARTTLS, before the handshake, is
    // thrown away, never read as commands of the encrypted session.
    reply(220, "2.0.0", "Ready to start TLS", [this] {
        m_in.clear();
        m_socket->readAll();
        const Certificates &c = m_config->certificates;
        QSslConfiguration tls = m_socket->sslConfiguration();
        if (m_config->faults.selfSigned)
            tls.setLocalCertificateChain({c.selfSigned});
        else if (m_config->faults.expired)
            tls.setLocalCertificateChain({c.expired, c.ca});
        else
            tls.setLocalCertificateChain({c.server, c.ca});
        tls.setPrivateKey(c.key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(tls);
        m_socket->startServerEncryption();
        m_busy = true;  // until encrypted()
    });
}

void ServerSession::auth(const QByteArray &argument)
{
    if (!m_tls)
        return reply(538, "5.7.11", "Encryption required for requested authentication mechanism");
    if (!m_user.isEmpty())
        return reply(503, "5.5.1", "Already authenticated");
    if (m_inTransaction)
        return reply(503, "5.5.1", "AUTH not permitted during a mail transaction");
    const QList<QByteArray> words = argument.split(' ');
    const QByteArray mechanism = upper(words.value(0));
    const QByteArray initial = words.value(1);
    if (mechanism == "PLAIN") {
        m_authMechanism = "PLAIN";
        m_mode = Mode::AuthPlain;
        if (words.size() > 1)
            return authResponse(initial);
        return reply("334 ");
    }
    if (mechanism == "LOGIN") {
        m_authMechanism = "LOGIN";
        m_mode = Mode::AuthLoginUser;
        if (words.size() > 1)
            return authResponse(initial);
        return reply("334 VXNlcm5hbWU6");  // "Username:"
    }
    reply(504, "5.5.4", "Unrecognized authentication type");
}

void ServerSession::authResponse(const QByteArray &line)
{
    if (line == "*") {
        m_mode = Mode::Command;
        return reply(501, "5.7.0", "Authentication cancelled");
    }
    const auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    // "=" is an empty initial response (RFC 4954 §4).
    if (!decoded && line != "=") {
        m_mode = Mode::Command;
        return reply(501, "5.5.2", "Cannot decode the response");
    }
    const QByteArray value = line == "=" ? QByteArray() : *decoded;
    if (m_mode == Mode::AuthPlain) {
        // authzid NUL authcid NUL passwd (RFC 4616 §2)
        const QList<QByteArray> parts = value.split('\0');
        m_mode = Mode::Command;
        if (parts.size() != 3)
            return reply(501, "5.5.2", "Malformed PLAIN response");
        return checkLogin(parts[1], parts[2]);
    }
    if (m_mode == Mode::AuthLoginUser) {
        m_loginUser = value;
        m_mode = Mode::AuthLoginPassword;
        return reply("334 UGFzc3dvcmQ6");  // "Password:"
    }
    m_mode = Mode::Command;
    checkLogin(m_loginUser, value);
}

void ServerSession::checkLogin(const QByteArray &user, const QByteArray &password)
{
    if (m_config->faults.wrongPassword || user != m_config->user.toUtf8()
        || password != m_config->password.toUtf8())
        return reply(535, "5.7.8", "Authentication credentials invalid");
    m_user = QString::fromUtf8(user);
    reply(235, "2.7.0", "Authentication successful");
}

void ServerSession::resetTransaction()
{
    m_inTransaction = false;
    m_envelope = Envelope();
    m_content.clear();
    m_contentSize = 0;
    m_usedBdat = false;
    m_lineTooLong = false;
    if (m_mode == Mode::Data || m_mode == Mode::Bdat)
        m_mode = Mode::Command;
}

void ServerSession::mail(const QByteArray &argument)
{
    if (m_config->faults.closeAt == Stage::Mail)
        return closeAt();
    if (m_inTransaction)
        return reply(503, "5.5.1", "Nested MAIL command");
    if (m_config->faults.authRequired && m_user.isEmpty())
        return reply(530, "5.7.0", "Authentication required");
    if (!upper(argument.left(5)).startsWith("FROM:"))
        return reply(501, "5.5.4", "Syntax: MAIL FROM:<address>");
    QByteArray path;
    QList<QByteArray> parameters;
    if (!splitPath(argument.mid(5), &path, &parameters))
        return reply(501, "5.1.7", "Syntax: MAIL FROM:<address>");
    if (path != "<>" && !plausibleMailbox(path))
        return reply(553, "5.1.7", "Bad sender address syntax");
    bool utf8 = false;
    const qint64 limit =
        m_config->faults.messageLimit >= 0 ? m_config->faults.messageLimit : m_config->sizeLimit;
    for (const QByteArray &p : parameters) {
        const qsizetype eq = p.indexOf('=');
        const QByteArray key = upper(eq < 0 ? p : p.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : p.mid(eq + 1);
        if (key == "SIZE") {
            bool ok = false;
            const qint64 size = value.toLongLong(&ok);
            if (!ok || size < 0)
                return reply(501, "5.5.4", "Bad SIZE value");
            // RFC 1870 §6.1: refused before any content is sent.
            if (size > limit)
                return reply(552, "5.3.4", "Message size exceeds fixed maximum message size");
        } else if (key == "BODY") {
            if (upper(value) != "7BIT" && upper(value) != "8BITMIME")
                return reply(555, "5.5.4", "Unsupported BODY value");
        } else if (key == "SMTPUTF8" && eq < 0) {
            utf8 = true;
        } else if (key == "RET") {
            if (upper(value) != "FULL" && upper(value) != "HDRS")
                return reply(501, "5.5.4", "Bad RET value");
        } else if (key != "ENVID" || value.isEmpty()) {
            return reply(555, "5.5.4", "MAIL parameter not recognized");
        }
    }
    // RFC 6531 §3.4: a non-ASCII address needs the SMTPUTF8 parameter.
    if (!utf8 && !isAscii(path))
        return reply(553, "5.6.7", "Non-ASCII address without SMTPUTF8");
    m_inTransaction = true;
    m_envelope.mailFrom = path;
    m_envelope.mailParameters = parameters.join(' ');
    reply(250, "2.1.0", "Sender OK");
}

void ServerSession::rcpt(const QByteArray &argument)
{
    if (m_config->faults.closeAt == Stage::Rcpt)
        return closeAt();
    if (!m_inTransaction)
        return reply(503, "5.5.1", "Send MAIL first");
    if (!upper(argument.left(3)).startsWith("TO:"))
        return reply(501, "5.5.4", "Syntax: RCPT TO:<address>");
    QByteArray path;
    QList<QByteArray> parameters;
    if (!splitPath(argument.mid(3), &path, &parameters) || !plausibleMailbox(path))
        return reply(501, "5.1.3", "Bad recipient address syntax");
    if (!isAscii(path) && !m_envelope.mailParameters.toUpper().contains("SMTPUTF8"))
        return reply(553, "5.6.7", "Non-ASCII address without SMTPUTF8");
    for (const QByteArray &p : parameters) {
        const QByteArray key = upper(p.left(p.indexOf('=')));
        if (key != "NOTIFY" && key != "ORCPT")
            return reply(555, "5.5.4", "RCPT parameter not recognized");
    }
    const int limit = m_config->faults.recipientLimit >= 0 ? m_config->faults.recipientLimit : MaxRecipients;
    if (m_envelope.recipients.size() >= limit)
        return reply(452, "4.5.3", "Too many recipients");
    if (m_config->faults.greylist && m_config->greylist) {
        // The triplet of greylisting: client address, sender, recipient.
        const QString triplet = m_socket->peerAddress().toString() + QLatin1Char(' ')
                                + QString::fromUtf8(m_envelope.mailFrom) + QLatin1Char(' ')
                                + QString::fromUtf8(path).toLower();
        if (!m_config->greylist->contains(triplet)) {
            m_config->greylist->insert(triplet);
            return reply(451, "4.7.1", "Greylisted, please try again later");
        }
    }
    m_envelope.recipients.append({path, parameters.join(' ')});
    reply(250, "2.1.5", "Recipient OK");
}

void ServerSession::data()
{
    if (!m_inTransaction)
        return reply(503, "5.5.1", "Send MAIL first");
    if (m_usedBdat)
        return reply(503, "5.5.1", "DATA after BDAT");
    // RFC 2920 §3.1: DATA after refused recipients only is answered 554, no 354.
    if (m_envelope.recipients.isEmpty())
        return reply(554, "5.5.1", "No valid recipients");
    if (m_config->faults.closeAt == Stage::Data)
        return closeAt();
    m_envelope.command = QStringLiteral("DATA");
    reply("354 End data with <CR><LF>.<CR><LF>", [this] { m_mode = Mode::Data; });
}

void ServerSession::dataLine(const QByteArray &line)
{
    if (line == ".\r\n" || line == ".\n") {
        m_mode = Mode::Command;
        return endOfMessage();
    }
    // RFC 5321 §4.5.2: a leading dot was doubled by the client.
    const qsizetype skip = line.startsWith('.') ? 1 : 0;
    m_contentSize += line.size() - skip;
    if (m_contentSize <= m_config->sizeLimit)
        m_content.append(line.constData() + skip, line.size() - skip);
}

void ServerSession::bdat(const QByteArray &argument)
{
    const QList<QByteArray> words = argument.split(' ');
    bool ok = false;
    const qint64 size = words.value(0).toLongLong(&ok);
    const bool last = words.size() == 2 && upper(words[1]) == "LAST";
    if (!ok || size < 0 || words.value(0).size() > 15 || (words.size() == 2 && !last) || words.size() > 2)
        // Cannot know how many bytes follow: the session cannot go on in step (RFC 3030 §3).
        return reply(501, "5.5.4", "Syntax: BDAT size [LAST]", [this] { closeAfterReply(); });
    if (!m_inTransaction || m_envelope.recipients.isEmpty() || m_envelope.command == QLatin1String("DATA")) {
        // The chunk still follows: read and drop it, then answer.
        m_chunkLeft = size;
        m_chunkLast = last;
        m_mode = Mode::Bdat;
        m_envelope.command = QStringLiteral("refused");
        if (size == 0)
            bdatBytes();
        return;
    }
    if (!m_usedBdat && m_config->faults.closeAt == Stage::Data)
        return closeAt();
    m_usedBdat = true;
    m_envelope.command = QStringLiteral("BDAT");
    m_chunkLeft = size;
    m_chunkLast = last;
    m_mode = Mode::Bdat;
    if (size == 0)
        bdatBytes();
}

void ServerSession::bdatBytes()
{
    const qint64 n = qMin<qint64>(m_chunkLeft, m_in.size());
    m_contentSize += n;
    if (m_contentSize <= m_config->sizeLimit)
        m_content.append(m_in.constData(), n);
    m_in.remove(0, n);
    m_chunkLeft -= n;
    if (m_chunkLeft > 0)
        return;
    m_mode = Mode::Command;
    if (m_envelope.command == QLatin1String("refused")) {
        const bool noRecipients = m_inTransaction && m_envelope.recipients.isEmpty();
        m_envelope.command.clear();
        m_content.clear();
        m_contentSize = 0;
        return noRecipients ? reply(554, "5.5.1", "No valid recipients")
                            : reply(503, "5.5.1", "Send MAIL first");
    }
    if (m_chunkLast)
        return endOfMessage();
    reply("250 2.0.0 " + QByteArray::number(m_contentSize) + " octets received");
}

void ServerSession::endOfMessage()
{
    const Faults &f = m_config->faults;
    if (f.closeAt == Stage::End)
        return closeAt();
    if (m_lineTooLong) {
        resetTransaction();
        return reply(500, "5.5.6", "Line too long in the message (RFC 5321 4.5.3.1.6)");
    }
    if (m_contentSize > m_config->sizeLimit || (f.messageLimit >= 0 && m_contentSize > f.messageLimit)) {
        resetTransaction();
        return reply(552, "5.3.4", "Message size exceeds fixed maximum message size");
    }
    m_envelope.client =
        m_socket->peerAddress().toString() + QLatin1Char(':') + QString::number(m_socket->peerPort());
    m_envelope.helo = m_helo;
    m_envelope.user = m_user;
    if (m_tls)
        m_envelope.tls = m_socket->sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("TLSv1.3")
                                                                      : QStringLiteral("TLSv1.2");
    ReceivedMessage kept;
    QString error;
    const bool ok = m_inbox->keep(m_envelope, m_content, &kept, &error);
    resetTransaction();
    if (!ok) {
        emit failed(error);
        return reply(451, "4.3.0", "Local error: the message could not be stored");
    }
    if (f.dropAfterDot) {
        // Kept, but the client never hears so: the lesson of "may have been delivered".
        // The replies already made (MAIL, RCPT, a BDAT chunk) still go out first; then the connection ends.
        m_mode = Mode::Closed;
        m_socket->disconnectFromHost();
        return;
    }
    reply("250 2.0.0 Message " + QByteArray::number(kept.number) + " accepted");
}

}  // namespace practice
