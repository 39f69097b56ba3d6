// The connection phases of a session: connect, greeting, EHLO/HELO, STARTTLS, the command/reply queue, and
// the end (QUIT, abort). The AUTH phase is in sessionauth.cpp, transactions in transaction.cpp, the verdicts
// in verdict.cpp.
#include "session.h"

#include <QCryptographicHash>
#include <QHostInfo>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

namespace smtp {

using verdict::makeOutcome;

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
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

quint16 defaultPort(Security s)
{
    return s == Security::ImplicitTls ? 465 : 587;
}

static constexpr qint64 ReadPiece = 64 * 1024;
static constexpr int AckSampleInterval = 25;  // ms

Session::Session(SessionOptions options, Clock *clock, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock ? clock : Clock::system()),
      m_timer(m_clock->createTimer(this)), m_ackTimer(new QTimer(this))
{
    // Every session connects with a plain QTcpSocket; TLS, when it starts, runs on it through the channel
    // (see beginTls()).
    attachSocket(new QTcpSocket(this));
    if (m_options.ehloName.isEmpty()) {
        // The local host name when it is a valid EHLO argument (RFC 5321 §4.1.1.1), else "localhost".
        const QString local = QHostInfo::localHostName();
        m_options.ehloName =
            commandline::validEhloArgument(local, nullptr) ? local : QStringLiteral("localhost");
    }
    connect(m_timer, &Timer::timeout, this, &Session::onTimeout);
    // Acknowledgements raise no signal: while some are outstanding, look at the socket every few
    // milliseconds (a real timer, not the session's Clock: this measures, it decides nothing by time).
    m_ackTimer->setInterval(AckSampleInterval);
    connect(m_ackTimer, &QTimer::timeout, this, &Session::sampleAcks);
}

void Session::attachSocket(QTcpSocket *socket)
{
    m_socket = socket;
    // Replies are small: a bounded read buffer makes a flooding server wait instead of filling memory.
    m_socket->setReadBufferSize(256 * 1024);
    connect(m_socket, &QTcpSocket::connected, this, &Session::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &Session::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Session::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &Session::onDisconnected);
    // Over TLS too this means "handed to the network": the channel encrypts as it is written to.
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Session::onBytesWritten);
}

bool Session::beginTls()
{
    // TLS runs on the same socket through the channel (tlschannel.h). Nothing is left unread in the socket:
    // STARTTLS refuses bytes after the 220 (handleReply), and under implicit TLS nothing was read. Bytes that
    // come later are read as TLS, so injected plaintext fails the handshake.
    TlsChannel::Settings settings;
    settings.host = m_options.host;
    if (!m_options.extraCaPem.isEmpty())
        settings.extraCaPem << m_options.extraCaPem;
    for (const QSslCertificate &c : std::as_const(m_options.extraCaCertificates))
        settings.extraCaDer << c.toDer();
    m_channel = std::make_unique<TlsChannel>();
    m_handshakeStarted = true;
    QString why;
    if (!m_channel->start(settings, &why)) {
        const bool badCa = m_channel->extraCaUnreadable();
        m_channel.reset();
        m_handshakeStarted = false;
        abort(badCa ? makeOutcome(Outcome::Category::LocalError, why,
                                  tr("Give a file of PEM certificates (-----BEGIN CERTIFICATE-----)."))
                    : makeOutcome(Outcome::Category::TlsFailed, why,
                                  tr("Try again; if it keeps happening, report it with the transcript.")));
        return false;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    flushTls();
    return true;
}

// Moves what the channel encrypted (handshake records, session data, close_notify) onto the socket.
void Session::flushTls()
{
    if (!m_channel)
        return;
    const QByteArray out = m_channel->takeOutgoing();
    if (!out.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(out);
}

void Session::continueHandshake()
{
    const TlsChannel::State state = m_channel->advance();
    flushTls();
    if (state == TlsChannel::State::Handshaking)
        return;
    if (state == TlsChannel::State::Failed) {
        abort(verdict::socketError(phase(), QAbstractSocket::SslHandshakeFailedError, m_options.host,
                                   m_options.port, m_channel->errorString(), QString()));
        return;
    }
    if (acceptCertificate())
        onEncrypted();
}

// The one place a verified connection is let through: no problem, or problems with exactly the pinned
// certificate. Anything else ends the session before a byte of it is sent.
bool Session::acceptCertificate()
{
    // With a pin, trust does not matter (only the pinned certificate passes, whoever signed it): no recheck.
    if (m_options.pinnedSha256.isEmpty())
        m_channel->recheckWithBundle();
    const QList<CertificateProblem> &problems = m_channel->problems();
    if (problems.isEmpty())
        return true;
    const QList<QByteArray> chain = m_channel->peerChain();
    const QByteArray digest =
        chain.isEmpty() ? QByteArray()
                        : QCryptographicHash::hash(chain.first(), QCryptographicHash::Sha256).toHex();
    if (!m_options.pinnedSha256.isEmpty() && !digest.isEmpty()
        && digest.compare(m_options.pinnedSha256, Qt::CaseInsensitive) == 0) {
        // The user trusted exactly this certificate for this account.
        emitEvent(TranscriptEvent::Kind::Tls,
                  tr("Certificate not verifiable (%1), but it is the pinned one (SHA-256 %2): accepted")
                      .arg(problemWords(problems.first()), QString::fromLatin1(digest)));
        return true;
    }
    m_sslErrors = sslErrorsFrom(problems);
    for (const QSslError &e : std::as_const(m_sslErrors))
        emitEvent(TranscriptEvent::Kind::Error, tr("Certificate problem: %1").arg(e.errorString()));
    Outcome o = verdict::socketError(phase(), QAbstractSocket::SslHandshakeFailedError, m_options.host,
                                     m_options.port, QString(),
                                     m_sslErrors.isEmpty() ? QString() : m_sslErrors.first().errorString());
    o.sslErrors = m_sslErrors;
    o.certificateChain = certificatesFromDer(chain);
    abort(o);
    return false;
}

Session::~Session() = default;

void Session::addMessage(const Envelope &envelope, std::shared_ptr<MessageSource> source)
{
    m_jobs.append({envelope, std::move(source)});
    if (m_waitingForMessage) {
        m_waitingForMessage = false;
        nextMessage();
    }
}

void Session::endMessages()
{
    m_holdOpen = false;
    if (m_waitingForMessage) {
        m_waitingForMessage = false;
        nextMessage();
    }
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

verdict::Phase Session::phase() const
{
    using verdict::Phase;
    switch (m_state) {
    case State::Idle:
    case State::Connecting:
        return Phase::Connecting;
    case State::Greeting:
        return Phase::Greeting;
    case State::Ehlo:
    case State::Helo:
        return Phase::Ehlo;
    case State::StartTls:
    case State::Handshake:
        return Phase::StartTls;
    case State::Auth:
        return Phase::Auth;
    case State::Ready:
        return Phase::Ready;
    case State::Transaction:
        // The end handed over but not acknowledged is still the content going out.
        if (m_tx && m_tx->finalSent && m_tx->endAck != verdict::EndAck::Pending)
            return Phase::AfterEnd;
        if (m_tx && (m_tx->streaming || m_tx->finalSent))
            return Phase::Content;
        return Phase::Envelope;
    case State::Quit:
    case State::Closed:
        return Phase::Quit;
    }
    return Phase::Connecting;
}

// The window and the CLI check these too (smtp/commandline.h); this is the defence for any other caller.
QString Session::invalidOption() const
{
    QString why;
    if (!commandline::validEhloArgument(m_options.ehloName, &why))
        return tr("The EHLO name is not valid: %1.").arg(why);
    if (!m_options.user.isEmpty() && !commandline::validAuthIdentity(m_options.user, &why))
        return tr("The user name is not valid: %1.").arg(why);
    if (!m_options.dsn.notify.isEmpty()
        && !commandline::parseDsnNotify(QString::fromLatin1(m_options.dsn.notify), &why))
        return tr("The delivery notification setting is not valid: %1.").arg(why);
    if (!m_options.dsn.ret.isEmpty()
        && commandline::parseDsnRet(QString::fromLatin1(m_options.dsn.ret), &why).isEmpty())
        return tr("The delivery notification setting is not valid: %1.").arg(why);
    if (!m_options.dsn.envid.isEmpty() && !commandline::validEnvid(m_options.dsn.envid, &why))
        return tr("The delivery notification setting is not valid: %1.").arg(why);
    return {};
}

void Session::start()
{
    if (m_state != State::Idle)
        return;
    if (const QString why = invalidOption(); !why.isEmpty()) {
        m_state = State::Connecting;
        abort(makeOutcome(Outcome::Category::LocalError, why, tr("Correct the setting and send again.")));
        return;
    }
    if (!m_options.dsn.notify.isEmpty())
        m_notify = commandline::parseDsnNotify(QString::fromLatin1(m_options.dsn.notify), nullptr);
    m_state = State::Connecting;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString how = m_options.security == Security::StartTls      ? tr("STARTTLS required")
                        : m_options.security == Security::ImplicitTls ? tr("implicit TLS")
                                                                      : tr("no encryption");
    emitEvent(TranscriptEvent::Kind::Info,
              tr("Connecting to %1 port %2 (%3)").arg(m_options.host).arg(m_options.port).arg(how));
    m_timer->start(m_options.timeouts.connect);
    m_stages.start();
    m_stages.enter(TimedStage::Connect);
    m_socket->connectToHost(m_options.host, m_options.port);
}

void Session::cancel()
{
    if (m_state == State::Closed)
        return;
    abort(verdict::cancelled());
}

void Session::onConnected()
{
    emitEvent(
        TranscriptEvent::Kind::Info,
        tr("Connected to %1 port %2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()));
    if (m_options.security == Security::ImplicitTls) {
        // RFC 8314: TLS from the first byte; the greeting is read once the handshake is done.
        m_stages.enter(TimedStage::Tls);
        if (beginTls())
            armTimer();
        return;
    }
    m_stages.enter(TimedStage::Greeting);
    m_state = State::Greeting;
    m_pending.append({Cmd::Greeting});
    armTimer();
}

void Session::onEncrypted()
{
    m_tls.protocol = m_channel->protocol();
    m_tls.cipher = m_channel->cipher();
    m_tls.chainDer = m_channel->peerChain();
    const QList<CertificateInfo> chain = CertificateInfo::fromDer(m_tls.chainDer);
    const CertificateInfo cert = chain.isEmpty() ? CertificateInfo() : chain.first();
    m_tls.fingerprint = cert.sha256;
    if (!m_options.pinnedSha256.isEmpty()
        && m_tls.fingerprint.compare(QString::fromLatin1(m_options.pinnedSha256), Qt::CaseInsensitive) != 0) {
        Outcome o =
            makeOutcome(Outcome::Category::TlsFailed,
                        tr("The server's certificate is not the one trusted for this account."),
                        tr("The certificate has changed since it was trusted. Check with the server's "
                           "administrator before trusting the new one."));
        o.certificateChain = m_tls.chain();
        makeTlsReport(false, o.summary);
        abort(o);
        return;
    }
    emitEvent(
        TranscriptEvent::Kind::Tls,
        tr("TLS established: %1, cipher %2; certificate for %3, issued by %4, valid until %5; SHA-256 %6")
            .arg(m_tls.protocol, m_tls.cipher, cert.commonNames.join(QLatin1Char(',')), cert.issuer,
                 cert.notAfter.toString(Qt::ISODate), m_tls.fingerprint));
    makeTlsReport(true, {}, chain);
    m_encrypted = true;
    // RFC 3207 §4.2: forget everything from before the handshake.
    m_parser.reset();
    m_caps = Capabilities();
    if (m_options.security == Security::ImplicitTls) {
        m_stages.enter(TimedStage::Greeting);
        m_state = State::Greeting;
        m_pending.append({Cmd::Greeting});
        armTimer();
    } else {
        sendEhlo();
    }
    if (m_state != State::Closed && m_channel->hasInput())
        readReplies();
}

void Session::makeTlsReport(bool accepted, const QString &failure, const QList<CertificateInfo> &chain)
{
    TlsCheckInput in;
    in.chain = chain;
    in.host = m_options.host;
    in.pinnedSha256 = m_options.pinnedSha256;
    in.accepted = accepted;
    in.failure = failure;
    for (const QSslError &e : std::as_const(m_sslErrors))
        in.certificateErrors << e.errorString();
    m_tlsReport = m_channel ? TlsReport::fromChannel(*m_channel, in) : TlsReport::fromInput(in);
    Q_EMIT tlsReportReady(m_tlsReport);
}

void Session::armTimer()
{
    qint64 ms = m_options.timeouts.command;
    if (m_tx && m_tx->streaming && !m_tx->finalSent)
        ms = m_options.timeouts.dataBlock;
    else if (!m_pending.isEmpty()) {
        switch (m_pending.first().cmd) {
        case Cmd::Greeting:
            ms = m_options.timeouts.greeting;
            break;
        case Cmd::Data:
            ms = m_options.timeouts.dataStart;
            break;
        case Cmd::DataEnd:
        case Cmd::BdatLast:
        case Cmd::ConsoleEnd:
            ms = m_options.timeouts.dataEnd;
            break;
        case Cmd::Bdat:
            ms = m_options.timeouts.dataBlock;
            break;
        default:
            break;
        }
    } else if (m_state == State::Handshake || m_state == State::Connecting) {
        ms = m_options.timeouts.connect;
    } else {
        m_timer->stop();
        return;
    }
    m_timer->start(ms);
}

// Every line written goes through here (after smtp/commandline.h built it) and gets its place in m_pending,
// so each reply is paired with the command it answers, pipelined or not.
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
    writeRaw(bytes);
    armTimer();
}

void Session::writeRaw(const QByteArray &bytes)
{
    if (m_channel) {
        // Encrypted as it is written: what waits is ciphertext in the socket, counted by bytesToWrite().
        if (!m_encrypted || !m_channel->write(bytes))
            return;
        m_written += bytes.size();
        flushTls();
        return;
    }
    const qint64 n = m_socket->write(bytes);
    if (n > 0)
        m_written += n;
}

void Session::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    if (m_channel) {
        // Bounded by the socket's read buffer; read() below takes it all, so it never piles up.
        m_channel->receive(m_socket->readAll());
        if (!m_encrypted) {
            continueHandshake();
            return;
        }
    } else if (m_state == State::Handshake || m_options.security == Security::ImplicitTls) {
        return;
    }
    readReplies();
}

bool Session::inputWaiting() const
{
    return m_channel ? m_channel->hasInput() : m_socket->bytesAvailable() > 0;
}

void Session::readReplies()
{
    // Read in bounded pieces and parse each before reading more, so a server that floods the connection is
    // stopped by the parser's limits after a few KiB, never buffered whole.
    bool more = false;
    do {
        QByteArray piece;
        if (m_channel) {
            piece = m_channel->read(ReadPiece);
            flushTls();  // reading may answer the peer (a TLS 1.3 key update)
            if (m_channel->state() == TlsChannel::State::Failed) {
                abort(verdict::protocolError(m_channel->errorString()));
                return;
            }
            more = !piece.isEmpty() && m_channel->hasInput();
        } else {
            piece = m_socket->read(ReadPiece);
            more = m_socket->bytesAvailable() > 0;
        }
        m_parser.feed(piece);
        while (m_state != State::Closed) {
            const std::optional<Reply> r = m_parser.next();
            if (!r)
                break;
            for (qsizetype i = 0; i < r->lines.size(); ++i) {
                QString line = QString::number(r->code)
                               + (i + 1 < r->lines.size() ? QLatin1Char('-') : QLatin1Char(' '));
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
            abort(verdict::protocolError(m_parser.errorString()));
            return;
        }
    } while (m_state != State::Closed && more);
}

void Session::handleReply(const Reply &reply)
{
    if (m_pending.isEmpty()) {
        abort(reply.code == 421 ? verdict::closing421(phase(), reply) : verdict::unexpectedReply(reply));
        return;
    }
    const Pending p = m_pending.takeFirst();
    armTimer();
    if (reply.code == 421 && p.cmd != Cmd::Quit) {
        // A 421 that answers the end of the content is the server's word on it: not "may have been
        // delivered".
        if (m_tx && m_tx->finalSent && (p.cmd == Cmd::DataEnd || p.cmd == Cmd::BdatLast) && !m_tx->emptyEnd)
            m_tx->contentReply = reply;
        abort(verdict::closing421(phase(), reply));
        return;
    }
    if (!replyFits(p.cmd, reply)) {
        abort(verdict::wrongReply(reply));
        return;
    }
    // After 334 or 354 the client speaks next: anything already behind it came out of turn, and would be
    // paired with a command not even sent yet (a 250 taken for the answer to the end of the content).
    if (reply.code / 100 == 3 && p.cmd != Cmd::Console && (m_parser.hasPendingBytes() || inputWaiting())) {
        abort(verdict::outOfTurn(reply));
        return;
    }
    switch (p.cmd) {
    case Cmd::Greeting:
        if (reply.code == 220)
            sendEhlo();
        else
            abort(verdict::refused(verdict::Stage::Greeting, reply));
        return;
    case Cmd::Ehlo:
        if (reply.isPositive()) {
            m_caps = Capabilities::fromEhlo(reply);
            afterEhlo();
            return;
        }
        if (reply.isPermanent() && m_options.security == Security::None && m_options.user.isEmpty()) {
            // RFC 5321 §3.2: fall back to HELO, but only when nothing needs an extension.
            m_state = State::Helo;
            sendLine(commandline::helo(m_options.ehloName, nullptr), Cmd::Helo);
            return;
        }
        abort(verdict::refused(verdict::Stage::Ehlo, reply,
                               m_options.security == Security::StartTls && !m_encrypted));
        return;
    case Cmd::Helo:
        if (!reply.isPositive()) {
            abort(verdict::refused(verdict::Stage::Helo, reply));
            return;
        }
        m_caps = Capabilities();
        m_caps.greeting = reply.text();
        afterEhlo();
        return;
    case Cmd::StartTls:
        if (reply.code != 220) {
            abort(verdict::refused(verdict::Stage::StartTls, reply));
            return;
        }
        // RFC 3207 §4.2 and the 2011 STARTTLS injection bugs: nothing may follow the 220 in plaintext.
        if (m_parser.hasPendingBytes() || inputWaiting()) {
            abort(makeOutcome(
                Outcome::Category::TlsFailed,
                tr("The server sent extra data after agreeing to start TLS; that is how STARTTLS "
                   "injection attacks work, so Stamp stopped before sending anything."),
                tr("Someone may be tampering with the connection. Try another network, or implicit "
                   "TLS (port 465)."),
                reply));
            return;
        }
        m_state = State::Handshake;
        m_pending.clear();
        emitEvent(TranscriptEvent::Kind::Tls,
                  tr("Starting TLS handshake (verifying the certificate for %1)").arg(m_options.host));
        if (beginTls())
            armTimer();
        return;
    case Cmd::Auth:
        handleAuthReply(reply);
        return;
    case Cmd::Quit:
        disconnectGracefully();
        return;
    case Cmd::Ignore:
        return;
    case Cmd::Console:
    case Cmd::ConsoleEnd:
        Q_EMIT consoleReply(reply);
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

bool Session::replyFits(Cmd cmd, const Reply &reply)
{
    const int cls = reply.code / 100;
    const bool refusal = cls == 4 || cls == 5;
    switch (cmd) {
    case Cmd::Auth:
        return cls == 2 || reply.code == 334 || refusal;
    case Cmd::Data:
        return reply.code == 354 || refusal;
    case Cmd::StartTls:  // anything but 220 is a TLS failure there (verdict::refused)
    case Cmd::Quit:
    case Cmd::Console:
    case Cmd::ConsoleEnd:
    case Cmd::Ignore:
        return true;
    default:
        // Greeting, EHLO, HELO, MAIL, RCPT, RSET, the end of the content, BDAT.
        return cls == 2 || refusal;
    }
}

void Session::sendEhlo()
{
    m_stages.enter(m_encrypted && m_options.security == Security::StartTls ? TimedStage::EhloAgain
                                                                           : TimedStage::Ehlo);
    m_state = State::Ehlo;
    sendLine(commandline::ehlo(m_options.ehloName, nullptr), Cmd::Ehlo);
}

void Session::afterEhlo()
{
    Q_EMIT capabilitiesKnown(m_caps, m_encrypted);
    if (m_options.security == Security::StartTls && !m_encrypted) {
        if (!m_caps.has("STARTTLS")) {
            abort(makeOutcome(
                Outcome::Category::TlsFailed,
                tr("The server does not offer STARTTLS, so Stamp sent nothing: no password and no "
                   "message go over an unencrypted connection."),
                tr("Use implicit TLS (port 465) if the server has it, or ask its administrator. A "
                   "server that usually offers STARTTLS and now does not may be under attack.")));
            return;
        }
        m_stages.enter(TimedStage::Tls);
        m_state = State::StartTls;
        sendLine(commandline::startTls(), Cmd::StartTls);
        return;
    }
    if (!m_options.user.isEmpty()) {
        startAuth();
        return;
    }
    m_state = State::Ready;
    nextMessage();
}

void Session::consoleCommand(const QByteArray &line, bool endOfData, const QString &shown)
{
    if (!m_console || m_state != State::Ready || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    sendLine(line, endOfData ? Cmd::ConsoleEnd : Cmd::Console, shown);
}

void Session::consoleContent(const QByteArray &bytes, const QString &shown)
{
    if (!m_console || m_state != State::Ready)
        return;
    emitEvent(TranscriptEvent::Kind::Data, shown);
    flushWrite(bytes);
}

void Session::quit()
{
    if (m_quitSent || m_state == State::Closed)
        return;
    m_stages.enter(TimedStage::None);
    m_state = State::Quit;
    m_quitSent = true;
    sendLine(commandline::quit(), Cmd::Quit);
}

void Session::abort(Outcome outcome)
{
    if (m_state == State::Closed)
        return;
    const bool wasConnected = m_socket->state() == QAbstractSocket::ConnectedState;
    sampleAcks();  // the last word on what arrived, before the verdict
    m_stages.enter(TimedStage::None);
    if (m_handshakeStarted && !m_encrypted && m_tlsReport.isEmpty())
        makeTlsReport(false, outcome.category == Outcome::Category::TlsFailed ? outcome.summary : QString());
    if (outcome.category != Outcome::Category::Cancelled && outcome.category != Outcome::Category::Sent)
        emitEvent(TranscriptEvent::Kind::Error, outcome.summary);
    const bool sound = outcome.category == Outcome::Category::TemporaryFailure
                       || outcome.category == Outcome::Category::PermanentFailure
                       || outcome.category == Outcome::Category::AuthFailed
                       || outcome.category == Outcome::Category::LocalError;
    if (m_tx && wasConnected && !sound) {
        // The end of the content handed to the system but never acknowledged: closing would let the kernel
        // go on sending it, and a server that gets it after all delivers a message reported as not sent (the
        // outbox then sends it again). A reset (SO_LINGER 0) makes close(2) drop it and tell the server.
        const verdict::TransactionFacts f = m_tx->facts();
        if (f.endSent && f.endAck == verdict::EndAck::Pending && !f.content.isValid()) {
            const linger reset{1, 0};
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            emitEvent(TranscriptEvent::Kind::Info,
                      tr("The end of the message had not reached the server: Stamp resets the connection, so "
                         "that it cannot arrive later."));
        }
    }
    if (m_tx) {
        Outcome o = interruptedMessage(outcome);
        o.timings = m_stages.messageTimings();
        const int index = m_tx->job;
        stopAckMeter();
        m_tx.reset();
        m_sessionOutcome = o;
        m_state = State::Closed;
        Q_EMIT messageFinished(index, o);
    }
    m_state = State::Closed;
    m_timer->stop();
    if (outcome.sslErrors.isEmpty())
        outcome.sslErrors = m_sslErrors;
    if (outcome.certificateChain.isEmpty() && !m_sslErrors.isEmpty() && m_channel)
        outcome.certificateChain = certificatesFromDer(m_channel->peerChain());
    if (m_jobs.isEmpty() || m_nextJob == 0)
        m_sessionOutcome = outcome;
    for (int i = m_nextJob; i < m_jobs.size(); ++i) {
        Outcome o = outcome;
        o.recipients.clear();
        Q_EMIT messageFinished(i, o);
    }
    m_nextJob = int(m_jobs.size());
    if (wasConnected && sound && !m_quitSent && outcome.reply.code != 421) {
        // Say goodbye politely where the connection is still sound (RFC 5321 §4.1.1.10), and report only once
        // the goodbye (and a SASL "*" before it) has left: disconnectFromHost() flushes, then disconnected().
        writeRaw(commandline::quit() + "\r\n");
        m_quitSent = true;
        emitEvent(TranscriptEvent::Kind::Client, QStringLiteral("QUIT"));
        m_closing = true;
        m_timer->start(CloseWait);
        disconnectGracefully();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            emitFinished();
        return;
    }
    m_socket->abort();
    emitFinished();
}

// The end of a sound connection: TLS's close_notify first where there is TLS, then the TCP close, both after
// everything written (disconnectFromHost() flushes, then disconnected()).
void Session::disconnectGracefully()
{
    if (m_channel && m_encrypted) {
        m_channel->close();
        flushTls();
    }
    m_socket->disconnectFromHost();
}

void Session::emitFinished()
{
    m_closing = false;
    m_timer->stop();
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    m_stages.stop();
    // Several messages: the connection's stages, once; each message's came with its messageFinished().
    m_sessionOutcome.timings = m_jobs.size() > 1 ? m_stages.timings().connectionPart() : m_stages.timings();
    Q_EMIT finished(m_sessionOutcome);
}

void Session::onDisconnected()
{
    sampleAcks();  // through the held descriptor: Qt has closed its own
    if (m_closing) {
        emitFinished();
        return;
    }
    if (m_state == State::Closed)
        return;
    if (m_state == State::Quit && !m_tx) {
        m_state = State::Closed;
        emitEvent(TranscriptEvent::Kind::Info, tr("Connection closed"));
        emitFinished();
        return;
    }
    abort(verdict::connectionClosed(phase()));
}

void Session::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_closing) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            emitFinished();
        return;
    }
    if (m_state == State::Closed)
        return;
    sampleAcks();  // before phase() is asked: the end acknowledged makes it "after the end"
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
        return;  // disconnected() follows
    }
    Outcome o = verdict::socketError(phase(), error, m_options.host, m_options.port, m_socket->errorString(),
                                     m_sslErrors.isEmpty() ? QString() : m_sslErrors.first().errorString());
    o.sslErrors = m_sslErrors;
    abort(o);
}

void Session::onTimeout()
{
    if (m_closing) {
        // The goodbye did not leave in CloseWait: give up on it, the outcome is known.
        m_socket->abort();
        emitFinished();
        return;
    }
    if (m_state == State::Closed)
        return;
    sampleAcks();
    if (m_state == State::Quit) {
        m_socket->abort();
        onDisconnected();
        return;
    }
    if (m_state == State::Handshake
        || (m_channel && !m_encrypted && m_options.security == Security::ImplicitTls
            && m_socket->state() == QAbstractSocket::ConnectedState)) {
        // Connected, but encryption never came up: a TLS failure (wrong port, or something in the way), not a
        // slow server, and nothing was sent.
        abort(verdict::handshakeTimedOut());
        return;
    }
    abort(verdict::timedOut(phase()));
}

}  // namespace smtp
