#include "session.h"

#include <QHostInfo>
#include <QSslCipher>
#include <QSslConfiguration>

namespace smtp {

bool securityFromName(const QString &name, Security *out)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("starttls"))
        *out = Security::StartTls;
    else if (n == QLatin1String("tls") || n == QLatin1String("ssl"))
        *out = Security::ImplicitTls;
    else if (n == QLatin1String("none"))
        *out = Security::None;
    else
        return false;
    return true;
}

QString securityName(Security s)
{
    switch (s) {
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::ImplicitTls: return QStringLiteral("tls");
    case Security::None: return QStringLiteral("none");
    }
    return {};
}

quint16 defaultPort(Security s) { return s == Security::ImplicitTls ? 465 : 587; }

static constexpr qint64 HighWater = 256 * 1024;   // bytes queued in the socket before we stop reading files
static constexpr qint64 ReadPiece = 64 * 1024;
static constexpr qint64 BdatChunk = 256 * 1024;  // memory per chunk in flight; HighWater bounds the total
static constexpr qint64 BdatPipelineLimit = 64 * 1024;  // small messages go in the same group as MAIL/RCPT
static constexpr int MaxAuthSteps = 8;

Session::Session(SessionOptions options, Clock *clock, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock ? clock : Clock::system()),
      m_timer(m_clock->createTimer(this))
{
    // A plain QTcpSocket when no TLS is wanted: creating a QSslSocket loads the TLS backend and OpenSSL,
    // which costs milliseconds at every start for nothing.
    if (m_options.security == Security::None) {
        m_socket = new QTcpSocket(this);
    } else {
        m_ssl = new QSslSocket(this);
        m_socket = m_ssl;
        connect(m_ssl, &QSslSocket::encrypted, this, &Session::onEncrypted);
        connect(m_ssl, &QSslSocket::sslErrors, this, &Session::onSslErrors);
    }
    if (m_options.ehloName.isEmpty()) {
        const QString local = QHostInfo::localHostName();
        m_options.ehloName = domainToAce(local).isEmpty() ? QStringLiteral("localhost") : local;
    }
    connect(m_timer, &Timer::timeout, this, &Session::onTimeout);
    // Replies are small: a bounded read buffer makes a flooding server wait instead of filling memory.
    m_socket->setReadBufferSize(256 * 1024);
    connect(m_socket, &QTcpSocket::connected, this, &Session::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &Session::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Session::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &Session::onDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Session::onBytesWritten);
    if (m_ssl)  // over TLS, bytesWritten only means "encrypted"; this one means "handed to the network"
        connect(m_ssl, &QSslSocket::encryptedBytesWritten, this, &Session::onBytesWritten);
}

Session::~Session() = default;

void Session::addMessage(const Envelope &envelope, std::shared_ptr<MessageSource> source)
{
    m_jobs.append({envelope, std::move(source)});
}

void Session::emitEvent(TranscriptEvent::Kind kind, const QString &text, const Reply *reply)
{
    TranscriptEvent e;
    e.time = m_clock->now();
    e.kind = kind;
    e.text = text;
    if (reply) {
        e.code = reply->code;
        e.enhanced = reply->enhanced;
    }
    Q_EMIT transcript(e);
}

Outcome Session::make(Outcome::Category c, const QString &summary, const QString &advice, const Reply &reply) const
{
    Outcome o;
    o.category = c;
    o.summary = summary;
    o.advice = advice;
    o.reply = reply;
    return o;
}

QString Session::stageName() const
{
    switch (m_state) {
    case State::Idle:
    case State::Connecting: return QStringLiteral("while connecting");
    case State::Greeting: return QStringLiteral("before the server's greeting");
    case State::Ehlo:
    case State::Helo: return QStringLiteral("during EHLO");
    case State::StartTls:
    case State::Handshake: return QStringLiteral("while starting TLS");
    case State::Auth: return QStringLiteral("during login");
    case State::Ready: return QStringLiteral("between messages");
    case State::Transaction:
        if (m_tx && m_tx->finalSent)
            return QStringLiteral("after the end of the message, before the server confirmed it");
        if (m_tx && m_tx->streaming)
            return QStringLiteral("while sending the message content");
        return QStringLiteral("while giving the sender and recipients");
    case State::Quit: return QStringLiteral("while closing");
    case State::Closed: return QStringLiteral("after the end");
    }
    return {};
}

void Session::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_options.security != Security::None) {
        if (!QSslSocket::supportsSsl()) {
            abort(make(Outcome::Category::TlsFailed, QStringLiteral("This system has no working TLS library."),
                       QStringLiteral("Install OpenSSL 3 (Debian: libssl3).")));
            return;
        }
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        // The handshake first trusts only the extra CAs: parsing the whole system store costs ~100 ms of CPU
        // per connection. A certificate they do not vouch for is then checked against the system store in
        // onSslErrors(), so an extra CA adds to what is trusted and never replaces it.
        if (!m_options.extraCaCertificates.isEmpty())
            conf.setCaCertificates(m_options.extraCaCertificates);
        m_ssl->setSslConfiguration(conf);
        m_ssl->setPeerVerifyName(m_options.host);
    }
    emitEvent(TranscriptEvent::Kind::Info,
              QStringLiteral("Connecting to %1 port %2 (%3)")
                  .arg(m_options.host)
                  .arg(m_options.port)
                  .arg(m_options.security == Security::StartTls      ? QStringLiteral("STARTTLS required")
                       : m_options.security == Security::ImplicitTls ? QStringLiteral("implicit TLS")
                                                                     : QStringLiteral("no encryption")));
    m_timer->start(m_options.timeouts.connect);
    if (m_options.security == Security::ImplicitTls)
        m_ssl->connectToHostEncrypted(m_options.host, m_options.port, m_options.host);
    else
        m_socket->connectToHost(m_options.host, m_options.port);
}

void Session::cancel()
{
    if (m_state == State::Closed)
        return;
    abort(make(Outcome::Category::Cancelled, QStringLiteral("Sending was cancelled."),
               QStringLiteral("The message is unchanged; send it again when you are ready.")));
}

void Session::onConnected()
{
    emitEvent(TranscriptEvent::Kind::Info,
              QStringLiteral("Connected to %1 port %2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()));
    if (m_options.security == Security::ImplicitTls)
        return;  // the greeting is read once the handshake is done
    m_state = State::Greeting;
    m_pending.append({Cmd::Greeting});
    armTimer();
}

void Session::onEncrypted()
{
    const QSslCipher cipher = m_ssl->sessionCipher();
    m_tls.protocol = cipher.protocolString();
    m_tls.cipher = cipher.name();
    m_tls.chain = m_ssl->peerCertificateChain();
    const QSslCertificate cert = m_ssl->peerCertificate();
    m_tls.fingerprint = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
    if (!m_options.pinnedSha256.isEmpty()
        && m_tls.fingerprint.compare(QString::fromLatin1(m_options.pinnedSha256), Qt::CaseInsensitive) != 0) {
        Outcome o = make(Outcome::Category::TlsFailed,
                         QStringLiteral("The server's certificate is not the one trusted for this account."),
                         QStringLiteral("The certificate has changed since it was trusted. Check with the server's "
                                        "administrator before trusting the new one."));
        o.certificateChain = m_ssl->peerCertificateChain();
        abort(o);
        return;
    }
    emitEvent(TranscriptEvent::Kind::Tls,
              QStringLiteral("TLS established: %1, cipher %2; certificate for %3, issued by %4, valid until %5; "
                             "SHA-256 %6")
                  .arg(m_tls.protocol, m_tls.cipher, cert.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(',')),
                       cert.issuerInfo(QSslCertificate::CommonName).join(QLatin1Char(',')),
                       cert.expiryDate().toString(Qt::ISODate), m_tls.fingerprint));
    m_encrypted = true;
    // RFC 3207 §4.2: forget everything from before the handshake.
    m_parser.reset();
    m_caps = Capabilities();
    if (m_options.security == Security::ImplicitTls) {
        m_state = State::Greeting;
        m_pending.append({Cmd::Greeting});
        armTimer();
    } else {
        sendEhlo();
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void Session::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    const QSslCertificate cert = m_ssl->peerCertificate();
    const QByteArray digest = cert.digest(QCryptographicHash::Sha256).toHex();
    if (!m_options.pinnedSha256.isEmpty() && digest.compare(m_options.pinnedSha256, Qt::CaseInsensitive) == 0) {
        // The user trusted exactly this certificate for this account: ignore exactly these errors.
        emitEvent(TranscriptEvent::Kind::Tls,
                  QStringLiteral("Certificate not verifiable (%1), but it is the pinned one (SHA-256 %2): accepted")
                      .arg(errors.isEmpty() ? QString() : errors.first().errorString(), QString::fromLatin1(digest)));
        m_ssl->ignoreSslErrors(errors);
        m_sslErrors.clear();
        return;
    }
    if (!m_options.extraCaCertificates.isEmpty()) {
        // Not vouched for by the extra CAs: the usual check against the system store, for this host name.
        const QList<QSslError> systemErrors = QSslCertificate::verify(m_ssl->peerCertificateChain(), m_options.host);
        if (systemErrors.isEmpty()) {
            emitEvent(TranscriptEvent::Kind::Tls, QStringLiteral("Certificate verified by the system's trusted CAs"));
            m_ssl->ignoreSslErrors(errors);
            m_sslErrors.clear();
            return;
        }
        m_sslErrors = systemErrors;
    }
    for (const QSslError &e : std::as_const(m_sslErrors))
        emitEvent(TranscriptEvent::Kind::Error, QStringLiteral("Certificate problem: %1").arg(e.errorString()));
}

void Session::armTimer()
{
    qint64 ms = m_options.timeouts.command;
    if (m_tx && m_tx->streaming && !m_tx->finalSent)
        ms = m_options.timeouts.dataBlock;
    else if (!m_pending.isEmpty()) {
        switch (m_pending.first().cmd) {
        case Cmd::Greeting: ms = m_options.timeouts.greeting; break;
        case Cmd::Data: ms = m_options.timeouts.dataStart; break;
        case Cmd::DataEnd:
        case Cmd::BdatLast: ms = m_options.timeouts.dataEnd; break;
        case Cmd::Bdat: ms = m_options.timeouts.dataBlock; break;
        default: break;
        }
    } else if (m_state == State::Handshake || m_state == State::Connecting) {
        ms = m_options.timeouts.connect;
    } else {
        m_timer->stop();
        return;
    }
    m_timer->start(ms);
}

void Session::queueLine(QByteArray &buffer, const QByteArray &line, Cmd cmd, const QString &shown, int index)
{
    buffer += line + "\r\n";
    m_pending.append({cmd, index});
    emitEvent(TranscriptEvent::Kind::Client, shown.isEmpty() ? QString::fromUtf8(line) : shown);
}

void Session::sendLine(const QByteArray &line, Cmd cmd, const QString &shown, int index)
{
    QByteArray buffer;
    queueLine(buffer, line, cmd, shown, index);
    flushWrite(buffer);
}

void Session::flushWrite(const QByteArray &bytes)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(bytes);
    armTimer();
}

void Session::onReadyRead()
{
    if (m_state == State::Closed || m_state == State::Handshake)
        return;
    if (m_options.security == Security::ImplicitTls && !m_encrypted)
        return;
    // Read in bounded pieces and parse each before reading more, so a server that floods the connection is
    // stopped by the parser's limits after a few KiB, never buffered whole.
    do {
        m_parser.feed(m_socket->read(ReadPiece));
        while (m_state != State::Closed) {
            const std::optional<Reply> r = m_parser.next();
            if (!r)
                break;
            for (qsizetype i = 0; i < r->lines.size(); ++i) {
                QString line =
                    QString::number(r->code) + (i + 1 < r->lines.size() ? QLatin1Char('-') : QLatin1Char(' '));
                if (i == 0 && !r->enhanced.isEmpty())
                    line += QString::fromLatin1(r->enhanced) + QLatin1Char(' ');
                line += QString::fromUtf8(r->lines[i]);
                emitEvent(TranscriptEvent::Kind::Server, line, &*r);
            }
            handleReply(*r);
            if (m_state == State::Handshake)
                return;  // anything after the 220 was already checked and refused
        }
        if (m_parser.error() != ReplyParser::Error::None && m_state != State::Closed) {
            abort(make(Outcome::Category::ProtocolError,
                       QStringLiteral("The server broke the SMTP protocol: %1.").arg(m_parser.errorString()),
                       QStringLiteral("Check the server address and port: this may not be an SMTP server, or it "
                                      "may be misbehaving.")));
            return;
        }
    } while (m_state != State::Closed && m_socket->bytesAvailable() > 0);
}

void Session::handleReply(const Reply &reply)
{
    if (m_pending.isEmpty()) {
        if (reply.code == 421) {
            abort(make(Outcome::Category::TemporaryFailure,
                       QStringLiteral("The server closed the session (421) %1.").arg(stageName()),
                       QStringLiteral("Try again later."), reply));
            return;
        }
        abort(make(Outcome::Category::ProtocolError,
                   QStringLiteral("The server sent a reply nobody asked for: %1").arg(reply.summary()),
                   QStringLiteral("The server is misbehaving; try again later or report it to its administrator."),
                   reply));
        return;
    }
    const Pending p = m_pending.takeFirst();
    armTimer();
    if (reply.code == 421 && p.cmd != Cmd::Quit) {
        Outcome o = make(Outcome::Category::TemporaryFailure,
                         QStringLiteral("The server is closing the connection (421) %1.").arg(stageName()),
                         QStringLiteral("The server may be busy or shutting down; try again later."), reply);
        if (m_tx && m_tx->finalSent && (p.cmd == Cmd::DataEnd || p.cmd == Cmd::BdatLast))
            o.summary = QStringLiteral("The server refused the message and closed the connection (421).");
        abort(o);
        return;
    }
    switch (p.cmd) {
    case Cmd::Greeting:
        if (reply.code == 220) {
            sendEhlo();
        } else {
            abort(make(reply.klass() == 4 ? Outcome::Category::TemporaryFailure : Outcome::Category::PermanentFailure,
                       QStringLiteral("The server did not accept the connection."),
                       QStringLiteral("The server turned the connection away; try later or check the address."),
                       reply));
        }
        return;
    case Cmd::Ehlo:
        if (reply.isPositive()) {
            m_caps = Capabilities::fromEhlo(reply);
            afterEhlo();
            return;
        }
        if (reply.klass() == 5 && m_options.security == Security::None && m_options.user.isEmpty()) {
            // RFC 5321 §3.2: fall back to HELO, but only when nothing needs an extension.
            m_state = State::Helo;
            sendLine("HELO " + m_options.ehloName.toUtf8(), Cmd::Helo);
            return;
        }
        abort(make(m_options.security == Security::StartTls ? Outcome::Category::TlsFailed
                                                             : Outcome::Category::PermanentFailure,
                   m_options.security == Security::StartTls
                       ? QStringLiteral("The server refused EHLO, so it cannot offer STARTTLS: Stamp will not "
                                        "send anything without encryption.")
                       : QStringLiteral("The server refused EHLO."),
                   QStringLiteral("Check that this is an SMTP submission server (usually port 587 or 465)."), reply));
        return;
    case Cmd::Helo:
        if (!reply.isPositive()) {
            abort(make(Outcome::Category::PermanentFailure, QStringLiteral("The server refused HELO."),
                       QStringLiteral("Check that this is an SMTP server."), reply));
            return;
        }
        m_caps = Capabilities();
        m_caps.greeting = reply.text();
        afterEhlo();
        return;
    case Cmd::StartTls:
        if (reply.code != 220) {
            abort(make(Outcome::Category::TlsFailed,
                       QStringLiteral("The server refused to start TLS, so nothing was sent."),
                       QStringLiteral("The server may be misconfigured, or someone may be tampering with the "
                                      "connection. Try again later, or use implicit TLS (port 465)."),
                       reply));
            return;
        }
        // RFC 3207 §4.2 and the 2011 STARTTLS injection bugs: nothing may follow the 220 in plaintext.
        if (m_parser.hasPendingBytes() || m_socket->bytesAvailable() > 0) {
            abort(make(Outcome::Category::TlsFailed,
                       QStringLiteral("The server sent extra data after agreeing to start TLS; that is how "
                                      "STARTTLS injection attacks work, so Stamp stopped before sending anything."),
                       QStringLiteral("Someone may be tampering with the connection. Try another network, or "
                                      "implicit TLS (port 465)."),
                       reply));
            return;
        }
        m_state = State::Handshake;
        m_pending.clear();
        emitEvent(TranscriptEvent::Kind::Tls, QStringLiteral("Starting TLS handshake (verifying the certificate for %1)")
                                                  .arg(m_options.host));
        m_ssl->startClientEncryption();
        armTimer();
        return;
    case Cmd::Auth:
        handleAuthReply(reply);
        return;
    case Cmd::Quit:
        m_socket->disconnectFromHost();
        return;
    case Cmd::Ignore:
        return;
    case Cmd::Rset:
        if (m_state != State::Closed) {
            m_state = State::Ready;
            nextMessage();
        }
        return;
    default:
        handleTransactionReply(p.cmd, p.index, reply);
        return;
    }
}

void Session::sendEhlo()
{
    m_state = State::Ehlo;
    sendLine("EHLO " + m_options.ehloName.toUtf8(), Cmd::Ehlo);
}

void Session::afterEhlo()
{
    Q_EMIT capabilitiesKnown(m_caps, m_encrypted);
    if (m_options.security == Security::StartTls && !m_encrypted) {
        if (!m_caps.has("STARTTLS")) {
            abort(make(Outcome::Category::TlsFailed,
                       QStringLiteral("The server does not offer STARTTLS, so Stamp sent nothing: no password and "
                                      "no message go over an unencrypted connection."),
                       QStringLiteral("Use implicit TLS (port 465) if the server has it, or ask its administrator. "
                                      "A server that usually offers STARTTLS and now does not may be under "
                                      "attack.")));
            return;
        }
        m_state = State::StartTls;
        sendLine("STARTTLS", Cmd::StartTls);
        return;
    }
    if (!m_options.user.isEmpty()) {
        startAuth();
        return;
    }
    m_state = State::Ready;
    nextMessage();
}

void Session::startAuth()
{
    m_state = State::Auth;
    if (!m_encrypted && !m_options.allowPlaintextAuth) {
        abort(make(Outcome::Category::AuthFailed,
                   QStringLiteral("Stamp will not send a password over an unencrypted connection."),
                   QStringLiteral("Use STARTTLS or TLS for this server; if you really mean to send the password in "
                                  "clear text, say so with --allow-plaintext-auth.")));
        return;
    }
    const QList<QByteArray> offered = m_caps.authMechanisms();
    AuthMethod method = m_options.auth;
    if (method == AuthMethod::Auto) {
        method = chooseMechanism(offered);
        if (method == AuthMethod::Auto) {
            abort(make(Outcome::Category::AuthFailed,
                       offered.isEmpty()
                           ? QStringLiteral("The server does not offer authentication on this connection.")
                           : QStringLiteral("The server offers no login method Stamp supports (it offers: %1).")
                                 .arg(QString::fromLatin1(offered.join(' '))),
                       QStringLiteral("Check the port (submission is usually 587 or 465) and the security setting.")));
            return;
        }
    } else if (!offered.contains(authMethodName(method))) {
        abort(make(Outcome::Category::AuthFailed,
                   QStringLiteral("The server does not offer %1 (it offers: %2).")
                       .arg(QString::fromLatin1(authMethodName(method)),
                            offered.isEmpty() ? QStringLiteral("nothing") : QString::fromLatin1(offered.join(' '))),
                   QStringLiteral("Choose another authentication method, or automatic.")));
        return;
    }
    if ((method == AuthMethod::XOAuth2 || method == AuthMethod::OAuthBearer) && m_options.tokens) {
        emitEvent(TranscriptEvent::Kind::Info, QStringLiteral("Asking for an OAuth access token"));
        QPointer<Session> self(this);
        m_options.tokens->requestToken(m_options.user, [self, method](QString token, QString error) {
            if (!self || self->m_state != State::Auth)
                return;
            if (!error.isEmpty()) {
                self->abort(self->make(Outcome::Category::AuthFailed,
                                       QStringLiteral("No OAuth access token: %1").arg(error),
                                       QStringLiteral("Sign in to the account again.")));
                return;
            }
            self->m_options.auth = method;
            self->continueAuth(token);
        });
        return;
    }
    m_options.auth = method;
    continueAuth(m_options.password);
}

void Session::continueAuth(const QString &secret)
{
    m_mech = createMechanism(m_options.auth, {m_options.user, secret, m_options.host, m_options.port});
    m_authSteps = 0;
    QByteArray line = "AUTH " + m_mech->name();
    QString shown = QString::fromLatin1(line);
    if (m_mech->hasInitialResponse()) {
        const SaslMechanism::Step step = m_mech->initialResponse();
        line += ' ' + (step.response.isEmpty() ? QByteArray("=") : step.response.toBase64());
        shown += QLatin1Char(' ') + step.shown;
    }
    sendLine(line, Cmd::Auth, shown);
}

void Session::handleAuthReply(const Reply &reply)
{
    if (reply.code == 334) {
        if (++m_authSteps > MaxAuthSteps) {
            sendLine("*", Cmd::Auth);
            abort(make(Outcome::Category::AuthFailed,
                       QStringLiteral("The server kept asking for more login steps; Stamp gave up."),
                       QStringLiteral("The server is misbehaving; report it to its administrator.")));
            return;
        }
        const QByteArray encoded = reply.lines.value(0).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            sendLine("*", Cmd::Auth, QStringLiteral("* (cancelling the login)"));
            abort(make(Outcome::Category::AuthFailed,
                       QStringLiteral("The server sent a login challenge that is not valid base64."),
                       QStringLiteral("The server is misbehaving; report it to its administrator."), reply));
            return;
        }
        const SaslMechanism::Step step = m_mech->respond(*decoded);
        if (!step.error.isEmpty()) {
            sendLine("*", Cmd::Auth, QStringLiteral("* (cancelling the login)"));
            abort(make(Outcome::Category::AuthFailed, QStringLiteral("Login stopped: %1.").arg(step.error),
                       QStringLiteral("Check the server address; report this to its administrator if it persists."),
                       reply));
            return;
        }
        sendLine(step.response.toBase64(), Cmd::Auth, step.shown);
        return;
    }
    if (reply.code == 235) {
        if (!m_mech->serverVerified()) {
            abort(make(Outcome::Category::AuthFailed,
                       QStringLiteral("The server accepted the login without proving that it knows the password "
                                      "(SCRAM); Stamp does not trust it."),
                       QStringLiteral("Someone may be impersonating the server."), reply));
            return;
        }
        m_mech.reset();
        emitEvent(TranscriptEvent::Kind::Info, QStringLiteral("Logged in as %1").arg(m_options.user));
        m_state = State::Ready;
        nextMessage();
        return;
    }
    abort(make(reply.klass() == 4 ? Outcome::Category::TemporaryFailure : Outcome::Category::AuthFailed,
               reply.klass() == 4 ? QStringLiteral("Login failed for now (the server reported a temporary problem).")
                                  : QStringLiteral("The server did not accept the user name or password."),
               reply.klass() == 4 ? QStringLiteral("Try again later.")
                                  : QStringLiteral("Check the user name and password for this account (some providers "
                                                   "need an app password)."),
               reply));
}

void Session::nextMessage()
{
    if (m_state == State::Closed)
        return;
    if (m_nextJob >= m_jobs.size()) {
        if (m_jobs.isEmpty()) {
            m_sessionOutcome = make(Outcome::Category::Sent,
                                    m_options.user.isEmpty() ? QStringLiteral("The server accepted the connection.")
                                                             : QStringLiteral("The server accepted the connection and the login."),
                                    {});
        }
        quit();
        return;
    }
    beginTransaction();
}

static QByteArray xtext(const QByteArray &in)
{
    // RFC 3461 §4: xtext for ORCPT and ENVID.
    QByteArray out;
    for (char c : in) {
        if (c < 33 || c > 126 || c == '+' || c == '=')
            out += '+' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

void Session::beginTransaction()
{
    const int index = m_nextJob++;
    Job &job = m_jobs[index];
    m_tx = std::make_unique<Transaction>();
    m_tx->job = index;
    m_state = State::Transaction;
    for (const Mailbox &m : job.envelope.recipients)
        m_tx->recipients.append({m.address(), false, {}});

    auto localFail = [this](Outcome::Category c, const QString &summary, const QString &advice) {
        finishTransaction(make(c, summary, advice));
    };
    if (job.envelope.recipients.isEmpty()) {
        localFail(Outcome::Category::LocalError, QStringLiteral("The message has no recipient."),
                  QStringLiteral("Add at least one To, Cc or Bcc address."));
        return;
    }
    bool needUtf8 = job.source->needsSmtpUtf8();
    for (const Mailbox &m : job.envelope.recipients + QList<Mailbox>{job.envelope.from})
        needUtf8 = needUtf8 || m.needsSmtpUtf8();
    const bool utf8 = needUtf8 && m_caps.has("SMTPUTF8");
    if (needUtf8 && !utf8) {
        QString who;
        for (const Mailbox &m : job.envelope.recipients + QList<Mailbox>{job.envelope.from})
            if (m.needsSmtpUtf8())
                who = m.address();
        localFail(Outcome::Category::PermanentFailure,
                  QStringLiteral("The address %1 has non-ASCII characters before the @, and this server does not "
                                 "support SMTPUTF8, so it cannot be sent there.")
                      .arg(who),
                  QStringLiteral("Use an ASCII address for this recipient, or another server."));
        return;
    }
    const QString why = job.source->prepare({m_caps.has("8BITMIME"), utf8});
    if (!why.isEmpty()) {
        localFail(Outcome::Category::LocalError, why, QStringLiteral("Fix the message and send it again."));
        return;
    }
    m_tx->total = job.source->size();
    const qint64 limit = m_caps.maxSize();
    if (limit > 0 && m_tx->total > limit) {
        localFail(Outcome::Category::PermanentFailure,
                  QStringLiteral("The message is %1 bytes, but the server accepts at most %2 bytes, so it was not "
                                 "sent.")
                      .arg(m_tx->total)
                      .arg(limit),
                  QStringLiteral("Make the attachments smaller, or share them another way."));
        return;
    }
    const bool eightBit = job.source->needsEightBit();
    if (eightBit && !m_caps.has("8BITMIME"))
        emitEvent(TranscriptEvent::Kind::Info,
                  QStringLiteral("The message has 8-bit content but the server does not offer 8BITMIME; sending it "
                                 "as it is."));

    QByteArray mail = "MAIL FROM:<" + job.envelope.from.envelope(utf8) + '>';
    if (m_caps.hasSize())
        mail += " SIZE=" + QByteArray::number(m_tx->total);
    if (eightBit && m_caps.has("8BITMIME"))
        mail += " BODY=8BITMIME";
    if (utf8)
        mail += " SMTPUTF8";
    const bool dsn = !m_options.dsn.isEmpty() && m_caps.has("DSN");
    if (!m_options.dsn.isEmpty() && !dsn)
        emitEvent(TranscriptEvent::Kind::Info,
                  QStringLiteral("Delivery notifications were asked for, but the server does not offer DSN."));
    if (dsn && !m_options.dsn.ret.isEmpty())
        mail += " RET=" + m_options.dsn.ret;

    const bool pipelining = m_caps.has("PIPELINING");
    m_tx->chunking = m_caps.has("CHUNKING");
    m_tx->utf8 = utf8;
    m_tx->dsn = dsn;
    QByteArray group;
    queueLine(group, mail, Cmd::Mail);
    if (!pipelining) {
        flushWrite(group);
        return;
    }
    for (int i = 0; i < job.envelope.recipients.size(); ++i)
        queueLine(group, rcptLine(i), Cmd::Rcpt, {}, i);
    // RFC 2920: DATA may end a pipelined group. A small message goes as one BDAT LAST in the same group
    // (RFC 3030 §4.2): one round trip for the whole transaction.
    if (!m_tx->chunking) {
        queueLine(group, "DATA", Cmd::Data);
        m_tx->dataRequested = true;
    } else if (m_tx->total <= BdatPipelineLimit) {
        m_tx->dataRequested = true;
        m_tx->streaming = true;
        QString error;
        QByteArray content;
        while (!job.source->atEnd()) {
            const QByteArray piece = job.source->read(BdatPipelineLimit, &error);
            if (!error.isEmpty())
                break;
            content += piece;
        }
        if (!error.isEmpty()) {
            // Nothing of the content is written: the group ends here, and the failure goes through RSET.
            flushWrite(group);
            m_tx->streaming = false;
            failTransaction({}, error);
            return;
        }
        const bool lastJob = m_nextJob >= m_jobs.size();
        queueLine(group, "BDAT " + QByteArray::number(content.size()) + " LAST", Cmd::BdatLast);
        emitEvent(TranscriptEvent::Kind::Data,
                  QString::fromUtf8(job.source->headerBlock()).trimmed()
                      + QStringLiteral("\n[message content: %1 bytes in total]").arg(content.size()));
        group += content;
        m_tx->sent = content.size();
        m_tx->finalSent = true;
        if (lastJob) {
            queueLine(group, "QUIT", Cmd::Quit);
            m_quitSent = true;
        }
    }
    flushWrite(group);
}

QByteArray Session::rcptLine(int index) const
{
    const Mailbox &m = m_jobs[m_tx->job].envelope.recipients[index];
    QByteArray rcpt = "RCPT TO:<" + m.envelope(m_tx->utf8) + '>';
    if (m_tx->dsn && !m_options.dsn.notify.isEmpty())
        rcpt += " NOTIFY=" + m_options.dsn.notify + " ORCPT=rfc822;" + xtext(m.envelope(m_tx->utf8));
    return rcpt;
}

void Session::handleTransactionReply(Cmd cmd, int index, const Reply &reply)
{
    if (!m_tx)
        return;
    Transaction &tx = *m_tx;
    const Job &job = m_jobs[tx.job];
    const bool pipelining = m_caps.has("PIPELINING");
    switch (cmd) {
    case Cmd::Mail:
        tx.mailReply = reply;
        if (!reply.isPositive()) {
            tx.failed = true;
            tx.failure = reply;
        }
        if (!pipelining) {
            if (tx.failed) {
                failTransaction(reply, QStringLiteral("The server refused the sender address."));
                return;
            }
            sendLine(rcptLine(0), Cmd::Rcpt, {}, 0);
        }
        return;
    case Cmd::Rcpt: {
        tx.recipients[index].reply = reply;
        tx.recipients[index].accepted = reply.isPositive();
        tx.rcptReplies++;
        if (!pipelining && index + 1 < job.envelope.recipients.size()) {
            sendLine(rcptLine(index + 1), Cmd::Rcpt, {}, index + 1);
            return;
        }
        if (tx.rcptReplies == job.envelope.recipients.size())
            maybeStartContent();
        return;
    }
    case Cmd::Data:
        if (reply.code == 354) {
            int accepted = 0;
            for (const RecipientResult &r : std::as_const(tx.recipients))
                accepted += r.accepted;
            if (tx.failed || accepted == 0) {
                // RFC 2920 §3.1: the server took DATA although nobody was accepted: send an empty message's end.
                tx.finalSent = false;
                sendLine(".", Cmd::DataEnd, QStringLiteral(". (no recipient was accepted: ending at once)"));
                return;
            }
            tx.streaming = true;
            emitEvent(TranscriptEvent::Kind::Data,
                      QString::fromUtf8(job.source->headerBlock()).trimmed()
                          + QStringLiteral("\n[message content: %1 bytes in total]").arg(tx.total));
            pumpContent();
            return;
        }
        if (!tx.failed) {
            tx.failed = true;
            tx.failure = reply;
            failTransaction(reply, QStringLiteral("The server refused to take the message content."));
            return;
        }
        failTransaction(tx.failure, {});
        return;
    case Cmd::DataEnd:
    case Cmd::BdatLast:
        if (tx.failed || !reply.isPositive()) {
            if (!tx.failed) {
                tx.failed = true;
                tx.failure = reply;
            }
            // Replies for what was pipelined after it still belong to this transaction.
            failTransaction(tx.failure, {});
            return;
        } else {
            int accepted = 0;
            for (const RecipientResult &r : std::as_const(tx.recipients))
                accepted += r.accepted;
            if (accepted == 0) {
                failTransaction(reply, {});
                return;
            }
            Outcome o = make(accepted == tx.recipients.size() ? Outcome::Category::Sent : Outcome::Category::PartlySent,
                             accepted == tx.recipients.size()
                                 ? QStringLiteral("The server accepted the message for every recipient.")
                                 : QStringLiteral("The message went to %1 of %2 recipients; the others were refused.")
                                       .arg(accepted)
                                       .arg(tx.recipients.size()),
                             accepted == tx.recipients.size()
                                 ? QString()
                                 : QStringLiteral("Check the refused addresses and send to them again."),
                             reply);
            finishTransaction(o);
        }
        return;
    case Cmd::Bdat:
        tx.bdatOutstanding--;
        if (!reply.isPositive() && !tx.failed) {
            tx.failed = true;
            tx.failure = reply;
            tx.streaming = false;
        }
        if (tx.failed) {
            if (tx.bdatOutstanding == 0)
                failTransaction(tx.failure, {});
            return;
        }
        pumpContent();
        return;
    default:
        return;
    }
}

void Session::maybeStartContent()
{
    Transaction &tx = *m_tx;
    int accepted = 0;
    for (const RecipientResult &r : std::as_const(tx.recipients))
        accepted += r.accepted;
    if (tx.dataRequested)
        return;  // DATA or BDAT LAST was pipelined: its reply decides
    if (tx.failed || accepted == 0) {
        failTransaction(tx.failed ? tx.failure : Reply(), {});
        return;
    }
    tx.dataRequested = true;
    if (tx.chunking) {
        tx.streaming = true;
        emitEvent(TranscriptEvent::Kind::Data,
                  QString::fromUtf8(m_jobs[tx.job].source->headerBlock()).trimmed()
                      + QStringLiteral("\n[message content: %1 bytes in total]").arg(tx.total));
        pumpContent();
    } else {
        sendLine("DATA", Cmd::Data);
    }
}

void Session::onBytesWritten()
{
    if (m_tx && m_tx->streaming && !m_tx->finalSent) {
        armTimer();  // progress resets the data-block timeout
        pumpContent();
    }
}

void Session::pumpContent()
{
    if (!m_tx || !m_tx->streaming || m_tx->finalSent || m_state == State::Closed)
        return;
    Transaction &tx = *m_tx;
    Job &job = m_jobs[tx.job];
    const bool lastJob = m_nextJob >= m_jobs.size();
    const bool pipelining = m_caps.has("PIPELINING");
    // Over TLS, bytesToWrite() counts only what is not yet encrypted; what waits encrypted must count too, or a
    // slow server makes the whole message (attachments included) pile up in memory.
    while (m_socket->bytesToWrite() + (m_ssl ? m_ssl->encryptedBytesToWrite() : 0) < HighWater && !tx.finalSent) {
        if (tx.chunking) {
            // One BDAT chunk at a time without PIPELINING; a few in flight with it.
            if (tx.bdatOutstanding >= (pipelining ? 16 : 1))
                return;
            QString error;
            while (tx.bdatCarry.size() < BdatChunk && !job.source->atEnd()) {
                tx.bdatCarry += job.source->read(BdatChunk - tx.bdatCarry.size(), &error);
                if (!error.isEmpty()) {
                    // Abandon: closing without BDAT LAST means the server discards what it has.
                    abort(make(Outcome::Category::LocalError, error, QStringLiteral("Check the attachment and send again.")));
                    return;
                }
            }
            const bool last = job.source->atEnd();
            const QByteArray chunk = tx.bdatCarry;
            tx.bdatCarry.clear();
            QByteArray out;
            queueLine(out, "BDAT " + QByteArray::number(chunk.size()) + (last ? " LAST" : ""),
                      last ? Cmd::BdatLast : Cmd::Bdat);
            // The command and its chunk as two writes: no chunk-sized copy just to glue them.
            m_socket->write(out);
            m_socket->write(chunk);
            out.clear();
            tx.sent += chunk.size();
            if (!last)
                tx.bdatOutstanding++;
            else {
                tx.finalSent = true;
                if (lastJob && pipelining) {
                    queueLine(out, "QUIT", Cmd::Quit);
                    m_quitSent = true;
                }
            }
            m_socket->write(out);
        } else {
            QString error;
            const QByteArray piece = job.source->read(ReadPiece, &error);
            if (!error.isEmpty()) {
                // Never send the final dot for a message we could not read completely.
                abort(make(Outcome::Category::LocalError, error, QStringLiteral("Check the attachment and send again.")));
                return;
            }
            QByteArray out = tx.stuffer.push(piece);
            tx.sent += piece.size();
            if (job.source->atEnd()) {
                out += tx.stuffer.finish();
                m_pending.append({Cmd::DataEnd});
                emitEvent(TranscriptEvent::Kind::Client, QStringLiteral(". (end of message, %1 bytes sent)").arg(tx.sent));
                tx.finalSent = true;
                if (lastJob && pipelining) {
                    queueLine(out, "QUIT", Cmd::Quit);
                    m_quitSent = true;
                }
            }
            m_socket->write(out);
        }
        Q_EMIT progress(tx.job, tx.sent, tx.total);
    }
    armTimer();
}

void Session::failTransaction(const Reply &reply, const QString &summary)
{
    Transaction &tx = *m_tx;
    int accepted = 0, transient = 0;
    for (const RecipientResult &r : std::as_const(tx.recipients)) {
        accepted += r.accepted;
        transient += r.reply.isTransient();
    }
    Outcome o;
    Reply decisive = reply;
    QString words = summary;
    if (tx.mailReply.isValid() && !tx.mailReply.isPositive()) {
        decisive = tx.mailReply;
        words = QStringLiteral("The server refused the sender address, so the message was not sent.");
    } else if (tx.rcptReplies == tx.recipients.size() && accepted == 0 && tx.rcptReplies > 0) {
        words = QStringLiteral("The server refused every recipient, so the message was not sent.");
        if (!decisive.isValid())
            decisive = tx.recipients.first().reply;
    } else if (words.isEmpty()) {
        words = QStringLiteral("The server refused the message.");
    }
    const bool temp = decisive.isValid() ? decisive.isTransient() : (transient > 0);
    o = make(decisive.isValid() || tx.rcptReplies > 0
                 ? (temp ? Outcome::Category::TemporaryFailure : Outcome::Category::PermanentFailure)
                 : Outcome::Category::LocalError,
             words,
             temp ? QStringLiteral("Nothing was delivered. The problem is temporary: try again later.")
                  : QStringLiteral("Nothing was delivered. Read the server's reason, fix the message or the "
                                   "addresses, and send again."),
             decisive);
    finishTransaction(o);
}

void Session::finishTransaction(Outcome outcome)
{
    if (!m_tx)
        return;
    Transaction &tx = *m_tx;
    outcome.recipients = tx.recipients;
    if (const auto *mime = dynamic_cast<const MimeMessageSource *>(m_jobs[tx.job].source.get()))
        outcome.messageId = mime->message().messageId;
    const int index = tx.job;
    // Replies still due for this transaction's pipelined commands are read and ignored; a transaction the
    // server started (MAIL accepted) but that did not finish needs RSET (RFC 5321 §4.1.1.5).
    bool ignored = false;
    for (Pending &p : m_pending)
        if (p.cmd != Cmd::Quit) {
            p.cmd = Cmd::Ignore;
            ignored = true;
        }
    const bool needRset = ((tx.mailReply.isPositive() && !outcome.delivered()) || ignored) && !m_quitSent;
    m_sessionOutcome = outcome;
    m_tx.reset();
    Q_EMIT messageFinished(index, outcome);
    if (m_state == State::Closed)
        return;
    if (m_quitSent) {
        m_state = State::Quit;
        return;
    }
    m_state = State::Ready;
    if (needRset) {
        m_state = State::Transaction;
        sendLine("RSET", Cmd::Rset);
        return;
    }
    nextMessage();
}

void Session::quit()
{
    if (m_quitSent || m_state == State::Closed)
        return;
    m_state = State::Quit;
    m_quitSent = true;
    sendLine("QUIT", Cmd::Quit);
}

void Session::abort(Outcome outcome)
{
    if (m_state == State::Closed)
        return;
    const bool wasConnected = m_socket->state() == QAbstractSocket::ConnectedState;
    if (outcome.category != Outcome::Category::Cancelled && outcome.category != Outcome::Category::Sent)
        emitEvent(TranscriptEvent::Kind::Error, outcome.summary);
    if (m_tx) {
        Outcome o = outcome;
        if (m_tx->finalSent && !m_tx->failed
            && (outcome.category == Outcome::Category::ConnectionFailed || outcome.category == Outcome::Category::Timeout
                || outcome.category == Outcome::Category::Cancelled || outcome.category == Outcome::Category::ProtocolError)) {
            o = make(Outcome::Category::MayHaveBeenDelivered,
                     QStringLiteral("The whole message was sent, but the connection ended (%1) before the server "
                                    "confirmed it: it may have been delivered.")
                         .arg(outcome.summary.trimmed()),
                     QStringLiteral("Check with a recipient, or in the Sent folder of your webmail, before sending "
                                    "it again, so that nobody gets it twice."),
                     outcome.reply);
        }
        const int index = m_tx->job;
        o.recipients = m_tx->recipients;
        m_tx.reset();
        m_sessionOutcome = o;
        m_state = State::Closed;
        Q_EMIT messageFinished(index, o);
    }
    m_state = State::Closed;
    m_timer->stop();
    if (outcome.sslErrors.isEmpty())
        outcome.sslErrors = m_sslErrors;
    if (outcome.certificateChain.isEmpty() && !m_sslErrors.isEmpty() && m_ssl)
        outcome.certificateChain = m_ssl->peerCertificateChain();
    if (m_jobs.isEmpty() || m_nextJob == 0)
        m_sessionOutcome = outcome;
    for (int i = m_nextJob; i < m_jobs.size(); ++i) {
        Outcome o = outcome;
        o.recipients.clear();
        Q_EMIT messageFinished(i, o);
    }
    m_nextJob = int(m_jobs.size());
    const bool sound = outcome.category == Outcome::Category::TemporaryFailure
                       || outcome.category == Outcome::Category::PermanentFailure
                       || outcome.category == Outcome::Category::AuthFailed
                       || outcome.category == Outcome::Category::LocalError;
    if (wasConnected && sound && !m_quitSent && outcome.reply.code != 421) {
        // Say goodbye politely where the connection is still sound.
        m_socket->write("QUIT\r\n");
        emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("QUIT"));
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
    if (!m_finishedEmitted) {
        m_finishedEmitted = true;
        Q_EMIT finished(m_sessionOutcome);
    }
}

void Session::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Quit && !m_tx) {
        m_state = State::Closed;
        m_timer->stop();
        emitEvent(TranscriptEvent::Kind::Info, QStringLiteral("Connection closed"));
        if (!m_finishedEmitted) {
            m_finishedEmitted = true;
            Q_EMIT finished(m_sessionOutcome);
        }
        return;
    }
    abort(make(Outcome::Category::ConnectionFailed,
               QStringLiteral("The server closed the connection %1.").arg(stageName()),
               QStringLiteral("Nothing was delivered. Try again; if it keeps happening, check the server settings.")));
}

void Session::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Closed)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
        return;  // disconnected() follows
    }
    Outcome::Category c = Outcome::Category::ConnectionFailed;
    QString summary = QStringLiteral("Could not connect to %1 port %2: %3.")
                          .arg(m_options.host)
                          .arg(m_options.port)
                          .arg(m_socket->errorString());
    QString advice = QStringLiteral("Check the server name and port, and your network connection.");
    if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError) {
        c = Outcome::Category::TlsFailed;
        if (!m_sslErrors.isEmpty()) {
            summary = QStringLiteral("The server's certificate could not be verified, so Stamp sent nothing: %1")
                          .arg(m_sslErrors.first().errorString());
            advice = QStringLiteral("If you know this server and its certificate, trust it explicitly (compare the "
                                    "SHA-256 fingerprint with what its administrator publishes). Otherwise someone "
                                    "may be intercepting the connection.");
        } else {
            summary = QStringLiteral("The TLS handshake failed, so Stamp sent nothing: %1.").arg(m_socket->errorString());
            advice = QStringLiteral("The server may only offer old TLS versions (Stamp needs TLS 1.2 or later), or "
                                    "this port may not speak TLS: check the port and security setting.");
        }
    } else if (m_state != State::Connecting) {
        summary = QStringLiteral("The connection failed %1: %2.").arg(stageName(), m_socket->errorString());
        advice = QStringLiteral("Try again; if it keeps happening, check the server settings.");
    } else if (error == QAbstractSocket::HostNotFoundError) {
        summary = QStringLiteral("The server name %1 could not be found.").arg(m_options.host);
        advice = QStringLiteral("Check the spelling of the server name and your network connection.");
    } else if (error == QAbstractSocket::ConnectionRefusedError) {
        summary = QStringLiteral("%1 refused the connection on port %2.").arg(m_options.host).arg(m_options.port);
        advice = QStringLiteral("Check the port: submission is usually 587 (STARTTLS) or 465 (TLS).");
    }
    Outcome o = make(c, summary, advice);
    o.sslErrors = m_sslErrors;
    if (!m_sslErrors.isEmpty() && m_ssl)
        o.certificateChain = m_ssl->peerCertificateChain();
    abort(o);
}

void Session::onTimeout()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Quit) {
        m_socket->abort();
        onDisconnected();
        return;
    }
    if (m_state == State::Handshake
        || (m_ssl && !m_encrypted && m_options.security == Security::ImplicitTls
            && m_socket->state() == QAbstractSocket::ConnectedState)) {
        // Connected, but encryption never came up: a TLS failure (wrong port, or something in the way), not a
        // slow server, and nothing was sent.
        abort(make(Outcome::Category::TlsFailed,
                   QStringLiteral("The TLS handshake did not finish in time, so Stamp sent nothing."),
                   QStringLiteral("Check the port and the security setting (465 is implicit TLS, 587 STARTTLS); "
                                  "something on the network may also be blocking encryption.")));
        return;
    }
    abort(make(Outcome::Category::Timeout, QStringLiteral("The server did not answer in time %1.").arg(stageName()),
               QStringLiteral("The server or the network may be overloaded; try again later.")));
}

}  // namespace smtp
