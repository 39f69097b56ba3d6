#include "explain.h"

#include "diagnosis.h"
#include "statuscodes.h"

#include <QCoreApplication>

namespace smtp {

namespace {

QString verbOf(const QString &line)
{
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    return (space < 0 ? line : line.left(space)).toUpper();
}

bool isFinalLine(const QString &serverLine)
{
    return serverLine.size() < 4 || serverLine.at(3) != QLatin1Char('-');
}

}  // namespace

Stage stageOfCommand(const QString &line)
{
    const QString verb = verbOf(line);
    if (verb == QLatin1String("EHLO"))
        return Stage::Ehlo;
    if (verb == QLatin1String("HELO"))
        return Stage::Helo;
    if (verb == QLatin1String("STARTTLS"))
        return Stage::StartTls;
    if (verb == QLatin1String("AUTH"))
        return Stage::Auth;
    if (verb == QLatin1String("MAIL"))
        return Stage::Mail;
    if (verb == QLatin1String("RCPT"))
        return Stage::Rcpt;
    if (verb == QLatin1String("DATA"))
        return Stage::Data;
    if (verb == QLatin1String("."))
        return Stage::Content;
    if (verb == QLatin1String("BDAT"))
        return line.trimmed().endsWith(QLatin1String(" LAST"), Qt::CaseInsensitive) ? Stage::Content
                                                                                    : Stage::Bdat;
    if (verb == QLatin1String("RSET"))
        return Stage::Rset;
    if (verb == QLatin1String("NOOP"))
        return Stage::Noop;
    if (verb == QLatin1String("QUIT"))
        return Stage::Quit;
    return Stage::Other;
}

QString stageName(Stage s)
{
    switch (s) {
    case Stage::None:
    case Stage::Other:
        break;
    case Stage::Connect:
        return QCoreApplication::translate("smtp::Explain", "connecting");
    case Stage::Greeting:
        return QCoreApplication::translate("smtp::Explain", "the greeting");
    case Stage::Ehlo:
    case Stage::Helo:
        return QCoreApplication::translate("smtp::Explain", "EHLO");
    case Stage::StartTls:
        return QCoreApplication::translate("smtp::Explain", "STARTTLS");
    case Stage::Tls:
        return QCoreApplication::translate("smtp::Explain", "the TLS handshake");
    case Stage::Auth:
        return QCoreApplication::translate("smtp::Explain", "the login (AUTH)");
    case Stage::Mail:
        return QCoreApplication::translate("smtp::Explain", "the envelope sender (MAIL FROM)");
    case Stage::Rcpt:
        return QCoreApplication::translate("smtp::Explain", "a recipient (RCPT TO)");
    case Stage::Data:
        return QCoreApplication::translate("smtp::Explain", "DATA");
    case Stage::Content:
        return QCoreApplication::translate("smtp::Explain", "the message content");
    case Stage::Bdat:
        return QCoreApplication::translate("smtp::Explain", "a BDAT chunk");
    case Stage::Rset:
        return QCoreApplication::translate("smtp::Explain", "RSET");
    case Stage::Noop:
        return QCoreApplication::translate("smtp::Explain", "NOOP");
    case Stage::Quit:
        return QCoreApplication::translate("smtp::Explain", "QUIT");
    }
    return {};
}

QString explainCommand(const QString &line, const LineContext &ctx)
{
    const Stage s = ctx.stage == Stage::None ? stageOfCommand(line) : ctx.stage;
    switch (s) {
    case Stage::Ehlo:
        if (ctx.afterStartTls)
            return QCoreApplication::translate("smtp::Explain",
                                               "EHLO again: after STARTTLS both sides forget everything said "
                                               "before the handshake (RFC 3207 §4.2), "
                                               "so Stamp asks for the extensions again; over encryption the "
                                               "server may offer more, such as AUTH.");
        return QCoreApplication::translate("smtp::Explain",
                                           "EHLO: Stamp says its name and asks which extensions (ESMTP) the "
                                           "server offers; the reply lists them, "
                                           "one per line (RFC 5321 §4.1.1.1).");
    case Stage::Helo:
        return QCoreApplication::translate(
            "smtp::Explain",
            "HELO: the old greeting for servers that do not know EHLO; it offers no extensions.");
    case Stage::StartTls:
        return QCoreApplication::translate("smtp::Explain",
                                           "STARTTLS: asks to turn this connection into an encrypted one "
                                           "(TLS) before anything private, such as a "
                                           "password, is sent (RFC 3207).");
    case Stage::Auth:
        if (verbOf(line) == QLatin1String("AUTH"))
            return QCoreApplication::translate("smtp::Explain",
                                               "AUTH %1: Stamp logs in with the %1 method (RFC 4954). The "
                                               "secret is masked in this log.")
                .arg(line.section(QLatin1Char(' '), 1, 1));
        return QCoreApplication::translate(
            "smtp::Explain", "The next step of the login, answering the server's 334 (masked).");
    case Stage::Mail:
        return QCoreApplication::translate(
            "smtp::Explain",
            "MAIL FROM starts a message and gives the envelope sender: where bounces go. Servers act on the "
            "envelope; the From: header inside the message is what people see, and the two may differ "
            "(RFC 5321 §3.3).");
    case Stage::Rcpt:
        return QCoreApplication::translate("smtp::Explain",
                                           "RCPT TO names one envelope recipient. Every recipient gets its "
                                           "own RCPT, Bcc included: the To: and "
                                           "Cc: headers are only what readers see, so a Bcc recipient "
                                           "appears here and nowhere in the message.");
    case Stage::Data:
        return QCoreApplication::translate(
            "smtp::Explain",
            "DATA asks to send the message itself. The server answers 354 (go ahead), not 250: nothing is "
            "accepted yet, the verdict on the message comes after its final dot.");
    case Stage::Content:
        if (verbOf(line) == QLatin1String("BDAT"))
            return QCoreApplication::translate("smtp::Explain",
                                               "BDAT ... LAST: the message content as a chunk of exact size "
                                               "(CHUNKING, RFC 3030) instead of DATA "
                                               "and a final dot: no 354 step, no dot-stuffing. Its reply "
                                               "decides whether the message is accepted.");
        return QCoreApplication::translate("smtp::Explain",
                                           "The end of the message: a line holding only a dot (CRLF.CRLF). "
                                           "The reply to it decides whether the "
                                           "server accepted the message.");
    case Stage::Bdat:
        return QCoreApplication::translate(
            "smtp::Explain", "BDAT: one chunk of the message content (CHUNKING, RFC 3030); more follow.");
    case Stage::Rset:
        return QCoreApplication::translate(
            "smtp::Explain",
            "RSET abandons the message in progress so the next one starts clean; the connection stays.");
    case Stage::Noop:
        return QCoreApplication::translate("smtp::Explain",
                                           "NOOP does nothing; it checks that the server is still there.");
    case Stage::Quit:
        return QCoreApplication::translate("smtp::Explain",
                                           "QUIT ends the conversation; the server answers 221 and closes. "
                                           "Messages it already accepted are not "
                                           "affected.");
    default:
        break;
    }
    const QString verb = verbOf(line);
    if (verb == QLatin1String("VRFY"))
        return QCoreApplication::translate("smtp::Explain", "VRFY asks whether the server knows a mailbox.");
    if (verb == QLatin1String("EXPN"))
        return QCoreApplication::translate("smtp::Explain",
                                           "EXPN asks the server to list a mailing list's members.");
    if (verb == QLatin1String("HELP"))
        return QCoreApplication::translate("smtp::Explain", "HELP asks the server for help text.");
    if (verb == QLatin1String("*"))
        return QCoreApplication::translate("smtp::Explain",
                                           "A lone * cancels the login exchange (RFC 4954 §4).");
    return {};
}

QString nextStep(Stage stage, int code, Purpose purpose)
{
    const ReplyClass c = replyClassOf(code);
    if (code == 421)
        return QCoreApplication::translate(
            "smtp::Explain",
            "The server is closing the connection: nothing more is sent now; try again later.");
    switch (stage) {
    case Stage::Greeting:
        if (c == ReplyClass::Success)
            return QCoreApplication::translate("smtp::Explain", "Stamp greets it with EHLO next.");
        return QCoreApplication::translate("smtp::Explain",
                                           "The server does not take mail from Stamp now; nothing was sent.");
    case Stage::Ehlo:
        if (c == ReplyClass::Success && purpose == Purpose::Probe)
            return QCoreApplication::translate("smtp::Explain",
                                               "Stamp reads the extensions and goes on with STARTTLS and "
                                               "AUTH as needed, then ends with QUIT: "
                                               "a probe sends no message.");
        if (c == ReplyClass::Success && purpose == Purpose::Console)
            return QCoreApplication::translate(
                "smtp::Explain",
                "Stamp reads the extensions and sets up the session with STARTTLS and AUTH as needed; then "
                "the next command is yours to type.");
        if (c == ReplyClass::Success)
            return QCoreApplication::translate(
                "smtp::Explain",
                "Stamp reads the extensions and goes on: STARTTLS, AUTH or MAIL, as needed.");
        return QCoreApplication::translate(
            "smtp::Explain", "Stamp falls back to HELO if nothing needs an extension, or stops.");
    case Stage::Helo:
        break;
    case Stage::StartTls:
        if (c == ReplyClass::Success)
            return QCoreApplication::translate("smtp::Explain", "Stamp starts the TLS handshake now.");
        return QCoreApplication::translate(
            "smtp::Explain", "Stamp stops: it never goes on without encryption when STARTTLS is required.");
    case Stage::Auth:
        if (code == 334)
            return QCoreApplication::translate("smtp::Explain", "Stamp sends the next step of the login.");
        if (c == ReplyClass::Success && purpose == Purpose::Probe)
            return QCoreApplication::translate(
                "smtp::Explain", "Logged in: the login works; the probe ends with QUIT and sends no MAIL.");
        if (c == ReplyClass::Success && purpose == Purpose::Console)
            return QCoreApplication::translate(
                "smtp::Explain",
                "Logged in: the session is set up; the next command is yours to type (MAIL FROM starts a "
                "message).");
        if (c == ReplyClass::Success)
            return QCoreApplication::translate("smtp::Explain",
                                               "Logged in: Stamp starts the message with MAIL FROM.");
        if (c == ReplyClass::Temporary)
            return QCoreApplication::translate(
                "smtp::Explain", "The login failed for now; nothing was sent, try again later.");
        return QCoreApplication::translate("smtp::Explain",
                                           "The login was refused: Stamp stops; nothing was sent.");
    case Stage::Mail:
        if (c == ReplyClass::Success)
            return QCoreApplication::translate("smtp::Explain", "Stamp names the recipients next (RCPT TO).");
        if (c == ReplyClass::Temporary)
            return QCoreApplication::translate(
                "smtp::Explain",
                "Not sent yet: the message stays in the outbox and Stamp will try again later.");
        return QCoreApplication::translate("smtp::Explain",
                                           "The sender was refused: the message is not sent.");
    case Stage::Rcpt:
        if (c == ReplyClass::Success)
            return QCoreApplication::translate(
                "smtp::Explain",
                "This recipient is accepted; Stamp goes on with the next one or with the content.");
        if (c == ReplyClass::Temporary)
            return QCoreApplication::translate(
                "smtp::Explain", "This recipient is not accepted yet: Stamp will try again later.");
        return QCoreApplication::translate(
            "smtp::Explain",
            "This recipient is refused; the message still goes to the recipients that were accepted.");
    case Stage::Data:
        if (code == 354)
            return QCoreApplication::translate(
                "smtp::Explain",
                "Go ahead: Stamp sends the message now and ends it with a line holding only a dot. It is 354 "
                "and "
                "not 250 because nothing is accepted yet: the verdict on the message comes after the dot.");
        break;
    case Stage::Content:
        if (c == ReplyClass::Success)
            return QCoreApplication::translate(
                "smtp::Explain", "Sent: the server has taken responsibility for delivering the message.");
        if (c == ReplyClass::Temporary)
            return QCoreApplication::translate(
                "smtp::Explain",
                "Not sent yet: the message stays in the outbox and Stamp will try again later.");
        return QCoreApplication::translate(
            "smtp::Explain",
            "The message was refused: it stays in the outbox with this reason; sending the same again "
            "will fail again.");
    case Stage::Bdat:
        if (c == ReplyClass::Success)
            return QCoreApplication::translate("smtp::Explain", "Stamp sends the next chunk.");
        break;
    case Stage::Rset:
        if (c == ReplyClass::Success)
            return QCoreApplication::translate("smtp::Explain", "The next message starts clean.");
        break;
    case Stage::Quit:
        return QCoreApplication::translate("smtp::Explain", "The conversation is over.");
    case Stage::None:
        return {};  // not known which command it answers: no guess
    default:
        break;
    }
    if (c == ReplyClass::Temporary)
        return QCoreApplication::translate("smtp::Explain", "Not done yet: this may work later.");
    if (c == ReplyClass::Permanent)
        return QCoreApplication::translate("smtp::Explain", "Refused: Stamp stops here.");
    return {};
}

QString explainReply(int code, const QByteArray &enhanced, Stage stage, Purpose purpose)
{
    const ReplyClass c = replyClassOf(code);
    QString out = replyClassMeaning(c);
    const QString basic = basicCodeMeaning(code);
    if (!basic.isEmpty())
        out = QCoreApplication::translate("smtp::Explain", "%1 (%2)").arg(basic, out);
    if (!enhanced.isEmpty()) {
        const EnhancedExplanation e = explainEnhancedCode(enhanced);
        if (!e.name.isEmpty())
            out += QCoreApplication::translate("smtp::Explain", "; %1 \"%2\": %3")
                       .arg(e.code, e.name, e.meaning);
    }
    const QString next = nextStep(stage, code, purpose);
    if (!next.isEmpty())
        out += QCoreApplication::translate("smtp::Explain", ". Next: %1").arg(next);
    return out;
}

QString explainExtension(const QString &ehloLine)
{
    // The keyword after "250-" / "250 " (RFC 5321 §4.1.1.1); "AUTH=LOGIN" is an old form of AUTH.
    QString kw = ehloLine.mid(4).section(QLatin1Char(' '), 0, 0).toUpper();
    if (kw.startsWith(QLatin1String("AUTH=")))
        kw = QStringLiteral("AUTH");
    static const struct
    {
        const char *keyword;
        const char *words;
    } known[] = {
        {"PIPELINING", QT_TRANSLATE_NOOP("smtp::Explain", "PIPELINING: Stamp may send several commands at "
                                                          "once without waiting for each reply (RFC 2920).")},
        {"SIZE", QT_TRANSLATE_NOOP("smtp::Explain",
                                   "SIZE: the largest message the server accepts, in bytes (RFC 1870).")},
        {"STARTTLS", QT_TRANSLATE_NOOP("smtp::Explain",
                                       "STARTTLS: the connection can be switched to encryption (RFC 3207).")},
        {"AUTH", QT_TRANSLATE_NOOP("smtp::Explain", "AUTH: the login methods the server offers (RFC 4954).")},
        {"8BITMIME",
         QT_TRANSLATE_NOOP("smtp::Explain", "8BITMIME: the content may use 8-bit text (RFC 6152).")},
        {"SMTPUTF8",
         QT_TRANSLATE_NOOP("smtp::Explain", "SMTPUTF8: addresses and headers may use UTF-8 (RFC 6531).")},
        {"CHUNKING", QT_TRANSLATE_NOOP(
                         "smtp::Explain",
                         "CHUNKING: the content may be sent with BDAT in chunks of exact size (RFC 3030).")},
        {"BINARYMIME",
         QT_TRANSLATE_NOOP("smtp::Explain", "BINARYMIME: binary content may be sent with BDAT (RFC 3030).")},
        {"DSN", QT_TRANSLATE_NOOP("smtp::Explain",
                                  "DSN: Stamp may ask for delivery status notifications (RFC 3461).")},
        {"ENHANCEDSTATUSCODES",
         QT_TRANSLATE_NOOP(
             "smtp::Explain",
             "ENHANCEDSTATUSCODES: replies carry a detailed code such as 5.1.1 (RFC 2034, RFC 3463).")},
        {"REQUIRETLS",
         QT_TRANSLATE_NOOP("smtp::Explain",
                           "REQUIRETLS: a message may demand encryption on every hop (RFC 8689).")},
        {"DELIVERBY",
         QT_TRANSLATE_NOOP("smtp::Explain",
                           "DELIVERBY: a message may ask to be delivered within a time (RFC 2852).")},
        {"MT-PRIORITY",
         QT_TRANSLATE_NOOP("smtp::Explain", "MT-PRIORITY: messages may carry a priority (RFC 6710).")},
        {"LIMITS",
         QT_TRANSLATE_NOOP("smtp::Explain",
                           "LIMITS: the server's limits, such as recipients per message (RFC 9422).")},
        {"BURL", QT_TRANSLATE_NOOP("smtp::Explain",
                                   "BURL: the content may be fetched from an IMAP server (RFC 4468).")},
        {"VRFY", QT_TRANSLATE_NOOP("smtp::Explain", "VRFY: the server answers questions about mailboxes.")},
        {"ETRN", QT_TRANSLATE_NOOP("smtp::Explain",
                                   "ETRN: a client may ask the server to flush its queue (RFC 1985).")},
        {"HELP", QT_TRANSLATE_NOOP("smtp::Explain", "HELP: the server answers HELP.")},
    };
    for (const auto &k : known)
        if (kw == QLatin1String(k.keyword))
            return QCoreApplication::translate("smtp::Explain", k.words);
    return {};
}

LineContext TranscriptExplainer::observe(const TranscriptEvent &e)
{
    using Kind = TranscriptEvent::Kind;
    LineContext ctx;
    ctx.purpose = m_purpose;
    switch (e.kind) {
    case Kind::Info:
        if (e.text.startsWith(QLatin1String("Connecting to "))) {
            reset();
            m_pending.append(Stage::Greeting);
            ctx.stage = Stage::Connect;
        }
        break;
    case Kind::Tls:
        ctx.stage = Stage::Tls;
        if (e.text.startsWith(QLatin1String("TLS established")))
            m_tls = true;
        break;
    case Kind::Client: {
        Stage s = stageOfCommand(e.text);
        // A line that is no command while a login is waiting is the next step of that login (RFC 4954 §4).
        if (s == Stage::Other && !m_pending.isEmpty() && m_pending.last() == Stage::Auth)
            s = Stage::Auth;
        // ... or that answers its 334; after the login's 235 (the console, issue 12) a VRFY is a VRFY.
        if (s == Stage::Other && m_lastAnswered == Stage::Auth && m_lastCode == 334)
            s = Stage::Auth;
        ctx.stage = s;
        // Only the first EHLO over the new TLS layer is the one RFC 3207 §4.2 asks for; another (typed in the
        // console) is just an EHLO.
        ctx.afterStartTls = s == Stage::Ehlo && m_tls && m_startTlsSeen && !m_ehloAfterTls;
        if (ctx.afterStartTls)
            m_ehloAfterTls = true;
        if (s == Stage::StartTls)
            m_startTlsSeen = true;
        if (s == Stage::Mail)
            m_rcptAnswered = m_rcptAccepted = m_rcptTemporary = 0;
        m_pending.append(s);
        break;
    }
    case Kind::Server:
        ctx.stage = m_pending.isEmpty() ? m_lastAnswered : m_pending.first();
        ctx.firstLine = !m_inReply;
        ctx.lastLine = isFinalLine(e.text);
        m_inReply = !ctx.lastLine;
        {
            const int code = e.code ? e.code : e.text.left(3).toInt();
            const bool refusal = code / 100 == 4 || code / 100 == 5;
            if (refusal && m_rcptAnswered > 0 && m_rcptAccepted == 0
                && (ctx.stage == Stage::Data || ctx.stage == Stage::Bdat || ctx.stage == Stage::Content)) {
                ctx.repeatsRecipients = true;
                ctx.recipientsTemporary = m_rcptTemporary > 0;
            }
            if (ctx.lastLine && ctx.stage == Stage::Rcpt) {
                ++m_rcptAnswered;
                m_rcptAccepted += code / 100 == 2;
                m_rcptTemporary += code / 100 == 4;
            }
        }
        if (ctx.lastLine) {
            if (!m_pending.isEmpty())
                m_pending.removeFirst();
            m_lastAnswered = ctx.stage;
            m_lastCode = e.code ? e.code : e.text.left(3).toInt();
        }
        break;
    case Kind::Data:
        ctx.stage = Stage::Content;
        break;
    case Kind::Error:
        ctx.stage = m_pending.isEmpty() ? m_lastAnswered : m_pending.first();
        break;
    }
    ctx.tlsActive = m_tls;
    return ctx;
}

QString TranscriptExplainer::explain(const TranscriptEvent &e, const LineContext &ctx, bool withNextStep)
{
    using Kind = TranscriptEvent::Kind;
    switch (e.kind) {
    case Kind::Client:
        return explainCommand(e.text, ctx);
    case Kind::Server: {
        if (!ctx.firstLine) {
            if (ctx.stage == Stage::Ehlo) {
                const QString ext = explainExtension(e.text);
                return ext.isEmpty()
                           ? QCoreApplication::translate("smtp::Explain", "An extension the server offers.")
                           : ext;
            }
            return QCoreApplication::translate("smtp::Explain", "More text of the same reply.");
        }
        if (ctx.repeatsRecipients) {
            const char *text =
                ctx.recipientsTemporary
                    ? QT_TRANSLATE_NOOP(
                        "smtp::Explain",
                        "Every recipient was refused before, so this refusal only says that "
                        "again (RFC 2920 §3.1). The recipients' replies decide, and one of them "
                        "was temporary: Stamp tries again later.")
                    : QT_TRANSLATE_NOOP(
                        "smtp::Explain",
                        "Every recipient was refused before, so this refusal only says that "
                        "again (RFC 2920 §3.1). The recipients' replies decide: read them above.");
            return QCoreApplication::translate("smtp::Explain", text);
        }
        QString out = explainReply(e.code, e.enhanced, withNextStep ? ctx.stage : Stage::None, ctx.purpose);
        const ReplyClass c = replyClassOf(e.code);
        if (c == ReplyClass::Temporary || c == ReplyClass::Permanent) {
            DiagnosisInput in;
            in.stage = ctx.stage;
            in.code = e.code;
            in.enhanced = e.enhanced;
            in.text = e.text;
            const Diagnosis d = diagnose(in);
            if (d.matched())
                out += QCoreApplication::translate("smtp::Explain", ". %1 Fix: %2").arg(d.problem, d.fix);
        }
        return out;
    }
    case Kind::Data:
        return QCoreApplication::translate(
            "smtp::Explain",
            "The message as it goes out: its header section (From, To, Subject: what readers see) and the "
            "size of "
            "the whole. Delivery follows the envelope (MAIL FROM, RCPT TO), not these headers.");
    case Kind::Tls:
        if (e.text.startsWith(QLatin1String("TLS established")))
            return QCoreApplication::translate("smtp::Explain",
                                               "The connection is encrypted now, and the certificate was "
                                               "checked: it is valid, trusted and made out "
                                               "to the server's name.");
        if (e.text.startsWith(QLatin1String("Starting TLS")))
            return QCoreApplication::translate("smtp::Explain",
                                               "The TLS handshake: both sides agree on a cipher and the "
                                               "server proves its name with a certificate.");
        return {};
    case Kind::Info:
        if (ctx.stage == Stage::Connect)
            return QCoreApplication::translate("smtp::Explain",
                                               "A new connection to the submission server: port 587 starts "
                                               "plain and switches with STARTTLS, port "
                                               "465 is encrypted from the first byte (RFC 8314).");
        return {};
    case Kind::Error: {
        DiagnosisInput in;
        in.stage = ctx.stage;
        in.text = e.text;
        const Diagnosis d = diagnose(in);
        if (d.matched())
            return QCoreApplication::translate("smtp::Explain", "%1 Fix: %2").arg(d.problem, d.fix);
        return {};
    }
    }
    return {};
}

QString TranscriptExplainer::annotatedLine(const TranscriptEvent &e)
{
    const QString words = annotate(e);
    return words.isEmpty() ? e.format() : e.format() + QStringLiteral("\n    = ") + words;
}

}  // namespace smtp
