#include "consolesession.h"

#include "commandline.h"

namespace smtp {

namespace {

QString verbOf(const QString &line)
{
    return line.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
}

}  // namespace

ConsoleSession::ConsoleSession(QObject *parent) : QObject(parent) {}

ConsoleSession::~ConsoleSession() = default;

QStringList ConsoleSession::offeredVerbs()
{
    return {QStringLiteral("HELP"), QStringLiteral("NOOP"), QStringLiteral("RSET"), QStringLiteral("VRFY"),
            QStringLiteral("EXPN"), QStringLiteral("MAIL"), QStringLiteral("RCPT"), QStringLiteral("DATA"),
            QStringLiteral("EHLO"), QStringLiteral("QUIT")};
}

void ConsoleSession::start(const SessionOptions &options, Clock *clock)
{
    if (m_session)
        return;
    m_clock = clock ? clock : Clock::system();
    m_session = new Session(options, m_clock, this);
    m_session->setConsoleMode(true);
    connect(m_session, &Session::transcript, this, [this](const TranscriptEvent &e) {
        const LineContext ctx = m_explainer.observe(e);
        // A content line is the user's own text: the explainer's words are for a whole message's headers.
        // Once the session is set up, what comes next is the user's choice, not Stamp's.
        const bool setUp = m_state != State::Connecting;
        Q_EMIT line(e, e.kind == TranscriptEvent::Kind::Data ? QString()
                                                             : TranscriptExplainer::explain(e, ctx, !setUp));
    });
    connect(m_session, &Session::ready, this, [this] {
        setState(State::Ready);
        pump();
    });
    connect(m_session, &Session::consoleReply, this, &ConsoleSession::onReply);
    connect(m_session, &Session::finished, this, [this](const Outcome &o) {
        m_outcome = o;
        m_queue.clear();
        m_session->deleteLater();
        setState(State::Closed);
        Q_EMIT finished(o);
    });
    m_session->start();
}

void ConsoleSession::typeLine(const QString &line)
{
    if (m_state == State::Closed || m_state == State::Closing || m_inputEnded)
        return;
    m_queue.append(line);
    pump();
}

void ConsoleSession::endInput()
{
    if (m_inputEnded)
        return;
    m_inputEnded = true;
    pump();
}

void ConsoleSession::cancel()
{
    if (m_session && m_state != State::Closed)
        m_session->cancel();
}

void ConsoleSession::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void ConsoleSession::refuse(const QString &why)
{
    TranscriptEvent e;
    e.time = m_clock->now();
    e.kind = TranscriptEvent::Kind::Error;
    e.text = why;
    Q_EMIT line(e, QString());
}

// Takes queued lines while no reply is awaited: refused lines and content lines do not wait.
void ConsoleSession::pump()
{
    while (!m_queue.isEmpty() && (m_state == State::Ready || m_state == State::Content)) {
        const QString typed = m_queue.takeFirst();
        if (m_state == State::Content) {
            if (typed == QLatin1String("."))
                endContent();
            else
                sendContent(typed);
        } else {
            sendCommand(typed);
        }
    }
    if (m_inputEnded && m_queue.isEmpty()) {
        if (m_state == State::Content)
            endContent();
        else if (m_state == State::Ready) {
            setState(State::Closing);
            m_session->consoleQuit();
        }
    }
}

bool ConsoleSession::sendCommand(const QString &typed)
{
    QString why;
    const QByteArray bytes = commandline::typedCommand(typed, &why);
    if (bytes.isEmpty()) {
        refuse(tr("Not sent: %1.").arg(why));
        return false;
    }
    const QString verb = verbOf(typed);
    if (verb == QLatin1String("AUTH")) {
        refuse(tr("Not sent: Stamp already logged in for this session with the account's secret, which is "
                  "never typed or shown here; a second AUTH is refused by servers (RFC 4954 §4)."));
        return false;
    }
    if (verb == QLatin1String("STARTTLS")) {
        refuse(tr("Not sent: Stamp already set up the encryption this session uses (or the account has "
                  "none); STARTTLS may be used only once (RFC 3207 §4.2)."));
        return false;
    }
    if (verb == QLatin1String("BDAT")) {
        refuse(tr("Not sent: BDAT needs the exact size of each chunk in octets, which cannot be typed "
                  "reliably by hand; use DATA, and Stamp ends the content with CRLF.CRLF."));
        return false;
    }
    if (!offeredVerbs().contains(verb)) {
        refuse(tr("Not sent: the console offers %1.").arg(offeredVerbs().join(QStringLiteral(", "))));
        return false;
    }
    if (verb == QLatin1String("QUIT")) {
        m_queue.clear();
        setState(State::Closing);
        m_session->consoleQuit();
        return true;
    }
    m_awaitingData = verb == QLatin1String("DATA");
    setState(State::Waiting);
    m_session->consoleCommand(bytes);
    return true;
}

void ConsoleSession::sendContent(const QString &typed)
{
    QString why;
    const std::optional<QByteArray> bytes = commandline::typedContentLine(typed, &why);
    if (!bytes) {
        refuse(tr("Not sent: %1.").arg(why));
        return;
    }
    const QByteArray stuffed = m_stuffer.push(*bytes + "\r\n");
    m_contentBytes += stuffed.size();
    m_session->consoleContent(stuffed, QString::fromUtf8(stuffed.chopped(2)));
}

void ConsoleSession::endContent()
{
    // Every content line already ends with CRLF, so the end-of-data marker is the lone ".\r\n": on the wire
    // CRLF.CRLF (RFC 5321 §4.1.1.4), also for an empty message (DATA's own CRLF comes first).
    const QByteArray end = m_stuffer.finish();
    m_awaitingData = false;
    setState(State::Waiting);
    m_session->consoleCommand(end.chopped(2), true,
                              tr(". (end of message, %1 bytes sent)").arg(m_contentBytes + end.size()));
    m_stuffer = DotStuffer();
    m_contentBytes = 0;
}

void ConsoleSession::onReply(const Reply &reply)
{
    if (m_state != State::Waiting)
        return;
    const bool content = m_awaitingData && reply.code == 354;
    m_awaitingData = false;
    setState(content ? State::Content : State::Ready);
    pump();
}

}  // namespace smtp
