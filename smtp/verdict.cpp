#include "verdict.h"

#include <QCoreApplication>

namespace smtp::verdict {

static QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::verdict", text);
}

using C = Outcome::Category;

Outcome makeOutcome(Outcome::Category c, const QString &summary, const QString &advice, const Reply &reply)
{
    Outcome o;
    o.category = c;
    o.summary = summary;
    o.advice = advice;
    o.reply = reply;
    return o;
}

// 4xx is temporary, everything else that refuses is permanent (RFC 5321 §4.2.1).
static C byClass(const Reply &reply)
{
    return reply.isTransient() ? C::TemporaryFailure : C::PermanentFailure;
}

Outcome refused(Stage stage, const Reply &reply, bool startTlsRequired)
{
    // Anything but 220 to STARTTLS that is no refusal: encryption did not start, and nothing may follow.
    if (stage == Stage::StartTls && !reply.isTransient() && !reply.isPermanent())
        return makeOutcome(
            C::TlsFailed, tr("The server did not start TLS, so nothing was sent."),
            tr("The server may be misconfigured, or someone may be tampering with the connection. "
               "Try again later, or use implicit TLS (port 465)."),
            reply);
    if (!reply.isTransient() && !reply.isPermanent())
        return unexpectedReply(reply);
    const bool temp = reply.isTransient();
    switch (stage) {
    case Stage::Greeting:
        return makeOutcome(
            byClass(reply),
            temp ? tr("The server did not accept the connection for now.")
                 : tr("The server did not accept the connection."),
            temp ? tr("The server turned the connection away for now; try again later.")
                 : tr("The server turned the connection away; check the address, or try later."),
            reply);
    case Stage::Ehlo:
        if (temp)
            return makeOutcome(C::TemporaryFailure, tr("The server refused EHLO for now."),
                               tr("The server reported a temporary problem; try again later."), reply);
        return makeOutcome(
            C::PermanentFailure,
            startTlsRequired ? tr("The server refused EHLO, so it cannot offer STARTTLS: Stamp "
                                  "will not send anything without encryption.")
                             : tr("The server refused EHLO."),
            tr("Check that this is an SMTP submission server (usually port 587 or 465)."), reply);
    case Stage::Helo:
        return makeOutcome(byClass(reply),
                           temp ? tr("The server refused HELO for now.") : tr("The server refused HELO."),
                           temp ? tr("The server reported a temporary problem; try again later.")
                                : tr("Check that this is an SMTP server."),
                           reply);
    case Stage::StartTls:
        return makeOutcome(byClass(reply),
                           temp ? tr("The server cannot start TLS for now, so nothing was sent.")
                                : tr("The server refused to start TLS, so nothing was sent."),
                           temp ? tr("The server reported a temporary problem; try again later.")
                                : tr("The server may be misconfigured, or someone may be tampering with the "
                                     "connection. Try again later, or use implicit TLS (port 465)."),
                           reply);
    case Stage::Auth:
        if (temp)
            return makeOutcome(C::TemporaryFailure,
                               tr("Login failed for now (the server reported a temporary problem)."),
                               tr("Try again later."), reply);
        return makeOutcome(C::AuthFailed, tr("The server did not accept the user name or password."),
                           tr("Check the user name and password for this account (some providers need an app "
                              "password)."),
                           reply);
    }
    return unexpectedReply(reply);
}

bool isRetryableRecipientReply(const Reply &reply)
{
    return reply.code == 452 || reply.code == 552;
}

int TransactionFacts::accepted() const
{
    int n = 0;
    for (const RecipientResult &r : recipients)
        n += r.accepted;
    return n;
}

static QString nothingDeliveredAdvice(bool temp)
{
    return temp ? tr("Nothing was delivered. The problem is temporary: try again later.")
                : tr("Nothing was delivered. Read the server's reason, fix the message or the addresses, and "
                     "send "
                     "again.");
}

Outcome transaction(const TransactionFacts &f)
{
    if (!f.localError.isEmpty())
        return makeOutcome(C::LocalError, f.localError, tr("Check the attachment and send again."));
    if (f.mail.isValid() && !f.mail.isPositive()) {
        const C c = byClass(f.mail);
        return makeOutcome(c, tr("The server refused the sender address, so the message was not sent."),
                           nothingDeliveredAdvice(c == C::TemporaryFailure), f.mail);
    }
    const int accepted = f.accepted();
    if (accepted == 0) {
        // The recipients' replies decide; a DATA/BDAT refusal then only says "no valid recipients" (RFC 2920
        // §3.1). Any temporary refusal makes the whole temporary, whatever the order.
        Reply temporary, permanent;
        for (const RecipientResult &r : f.recipients) {
            if (!r.reply.isValid())
                continue;
            Reply &slot = r.reply.isTransient() ? temporary : permanent;
            if (!slot.isValid())
                slot = r.reply;
        }
        if (temporary.isValid())
            return makeOutcome(C::TemporaryFailure,
                               tr("The server refused every recipient for now, so the message was not sent."),
                               nothingDeliveredAdvice(true), temporary);
        if (permanent.isValid())
            return makeOutcome(C::PermanentFailure,
                               tr("The server refused every recipient, so the message was not sent."),
                               nothingDeliveredAdvice(false), permanent);
        if (f.content.isValid() && !f.content.isPositive())
            return makeOutcome(byClass(f.content), tr("The server refused the message."),
                               nothingDeliveredAdvice(f.content.isTransient()), f.content);
        return makeOutcome(
            C::ProtocolError, tr("The server ended the transaction without answering the recipients."),
            tr("The server is misbehaving; try again later or report it to its administrator."), f.content);
    }
    if (!f.content.isPositive() || !f.endSent) {
        const Reply &r = f.content;
        const bool temp = r.isTransient();
        const bool refusal = r.isTransient() || r.isPermanent();
        return makeOutcome(refusal ? byClass(r) : C::ProtocolError,
                           refusal ? tr("The server refused the message.")
                                   : tr("The server did not confirm the message."),
                           refusal ? nothingDeliveredAdvice(temp)
                                   : tr("The server is misbehaving; try again later or report it to its "
                                        "administrator."),
                           r);
    }
    if (accepted == f.recipients.size())
        return makeOutcome(C::Sent, tr("The server accepted the message for every recipient."), {},
                           f.content);
    return makeOutcome(C::PartlySent,
                       tr("The message went to %1 of %2 recipients; the others were refused.")
                           .arg(accepted)
                           .arg(f.recipients.size()),
                       tr("Check the refused addresses and send to them again."), f.content);
}

static bool connectionEnded(C c)
{
    return c == C::ConnectionFailed || c == C::Timeout || c == C::Cancelled || c == C::ProtocolError;
}

// "May have been delivered", said once: the category's name says it (Outcome::describe(), the window's
// headline), so the sentence says how the connection ended and no more. The cause's own sentence is in the
// log already; putting it inside this one said everything twice.
static QString mayHaveBeenDelivered(C cause)
{
    switch (cause) {
    case C::Timeout:
        return tr("The whole message was sent, but the server did not confirm it in time, so Stamp cannot "
                  "tell whether it was delivered.");
    case C::Cancelled:
        return tr("Sending was stopped after the whole message was sent, before the server confirmed it, so "
                  "Stamp cannot tell whether it was delivered.");
    case C::ProtocolError:
        return tr("The whole message was sent, but the server broke the protocol before confirming it, so "
                  "Stamp cannot tell whether it was delivered.");
    default:
        return tr("The whole message was sent, but the connection ended before the server confirmed it, so "
                  "Stamp cannot tell whether it was delivered.");
    }
}

Outcome interrupted(const Outcome &cause, const TransactionFacts &f)
{
    // A reply to the end of the content (even a 421) decides; without one, only a lost connection leaves
    // doubt, and only when the end reached the server.
    // Someone may have it when a recipient was accepted, or when a recipient's RCPT was never answered
    // although the end went out: a pipelined group (RFC 2920 §3.2) sends the content before the replies, and
    // the server may have accepted that recipient in a reply that never came.
    int unansweredRcpt = 0;
    for (const RecipientResult &r : f.recipients)
        unansweredRcpt += !r.reply.isValid();
    const bool someoneMayHaveIt = f.accepted() > 0 || unansweredRcpt > 0;
    const bool unanswered = someoneMayHaveIt && !f.content.isValid() && connectionEnded(cause.category);
    if (f.endSent && f.endAck != EndAck::Pending && unanswered) {
        return makeOutcome(
            C::MayHaveBeenDelivered, mayHaveBeenDelivered(cause.category),
            tr("Check with a recipient, or in the Sent folder of your webmail, before sending it "
               "again, so that nobody gets it twice."),
            cause.reply);
    }
    if (f.endSent && f.endAck == EndAck::Pending && unanswered) {
        // Handed to the operating system is not received: the server's TCP stack never acknowledged the end,
        // so no server could have accepted the message. A session that gives up on a connection still up
        // (timeout, cancel, protocol error) resets it, so that the kernel does not deliver the end later.
        Outcome o = cause;
        o.advice =
            cause.category == C::ConnectionFailed
                ? tr("Nothing was delivered: the end of the message never reached the server. Try again; "
                     "if it keeps happening, check the server settings.")
            : cause.category == C::Cancelled
                ? tr("Nothing was delivered: the end of the message had not reached the server when you "
                     "stopped, and Stamp reset the connection so that it cannot arrive later.")
                : tr("Nothing was delivered: the end of the message never reached the server, and Stamp "
                     "reset the connection so that it cannot arrive later. Try again; if it keeps "
                     "happening, check the server settings.");
        return o;
    }
    if (cause.category == C::ConnectionFailed && f.endSent && !someoneMayHaveIt) {
        Outcome o = cause;
        o.advice = tr("Nothing was delivered: the server had refused every recipient. Try again later.");
        return o;
    }
    return cause;
}

Outcome message(const QList<RecipientResult> &recipients, bool anyDelivered, const Outcome &last,
                const Reply &delivered)
{
    if (!anyDelivered)
        return last;
    int accepted = 0;
    for (const RecipientResult &r : recipients)
        accepted += r.accepted;
    Outcome o = last;
    if (last.category == C::MayHaveBeenDelivered)
        return o;  // the last round's recipients may have it: check before resending, whatever the rest did
    const Reply &reply = last.delivered() || !delivered.isValid() ? last.reply : delivered;
    if (accepted == recipients.size()) {
        o = makeOutcome(C::Sent, tr("The server accepted the message for every recipient."), {}, reply);
    } else {
        o = makeOutcome(C::PartlySent,
                        tr("The message went to %1 of %2 recipients; the others were refused.")
                            .arg(accepted)
                            .arg(recipients.size()),
                        tr("Check the refused addresses and send to them again."), reply);
    }
    return o;
}

// One row per phase: each sentence whole, so translators never see pieces.
struct PhaseSentences
{
    const char *closed;
    const char *failed;  // %1: the socket's error
    const char *timedOut;
    const char *closing421;
};

static const PhaseSentences &sentences(Phase phase)
{
    static const PhaseSentences table[] = {
        {QT_TRANSLATE_NOOP("smtp::verdict", "The server closed the connection while connecting."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The connection failed while connecting: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server did not answer in time while connecting."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server is closing the connection (421) while connecting.")},
        {QT_TRANSLATE_NOOP("smtp::verdict", "The server closed the connection before its greeting."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The connection failed before the server's greeting: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server did not send its greeting in time."),
         QT_TRANSLATE_NOOP("smtp::verdict",
                           "The server is closing the connection (421) instead of greeting.")},
        {QT_TRANSLATE_NOOP("smtp::verdict", "The server closed the connection during EHLO."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The connection failed during EHLO: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server did not answer EHLO in time."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server is closing the connection (421) during EHLO.")},
        {QT_TRANSLATE_NOOP("smtp::verdict", "The server closed the connection while starting TLS."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The connection failed while starting TLS: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server did not answer in time while starting TLS."),
         QT_TRANSLATE_NOOP("smtp::verdict",
                           "The server is closing the connection (421) while starting TLS.")},
        {QT_TRANSLATE_NOOP("smtp::verdict", "The server closed the connection during login."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The connection failed during login: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server did not answer in time during login."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server is closing the connection (421) during login.")},
        {QT_TRANSLATE_NOOP("smtp::verdict", "The server closed the connection between messages."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The connection failed between messages: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server did not answer in time between messages."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server is closing the connection (421) between messages.")},
        {QT_TRANSLATE_NOOP("smtp::verdict",
                           "The server closed the connection while Stamp gave the sender and "
                           "recipients."),
         QT_TRANSLATE_NOOP("smtp::verdict",
                           "The connection failed while Stamp gave the sender and recipients: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict",
                           "The server did not answer in time while Stamp gave the sender and "
                           "recipients."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server is closing the connection (421) while Stamp gave the "
                                            "sender and recipients.")},
        {QT_TRANSLATE_NOOP("smtp::verdict",
                           "The server closed the connection while the message content was sent."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The connection failed while the message content was sent: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict",
                           "The server did not answer in time while the message content was sent."),
         QT_TRANSLATE_NOOP("smtp::verdict",
                           "The server is closing the connection (421) while the message content "
                           "was sent.")},
        {QT_TRANSLATE_NOOP("smtp::verdict",
                           "The server closed the connection after the end of the message, before "
                           "it confirmed it."),
         QT_TRANSLATE_NOOP("smtp::verdict",
                           "The connection failed after the end of the message, before the server "
                           "confirmed it: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server did not confirm the message in time."),
         QT_TRANSLATE_NOOP("smtp::verdict",
                           "The server refused the message and closed the connection (421).")},
        {QT_TRANSLATE_NOOP("smtp::verdict", "The server closed the connection while closing."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The connection failed while closing: %1."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server did not answer QUIT in time."),
         QT_TRANSLATE_NOOP("smtp::verdict", "The server is closing the connection (421) while closing.")},
    };
    return table[int(phase)];
}

Outcome connectionClosed(Phase phase)
{
    return makeOutcome(
        C::ConnectionFailed, tr(sentences(phase).closed),
        phase == Phase::AfterEnd
            ? tr("Try again; if it keeps happening, check the server settings.")
            : tr("Nothing was delivered. Try again; if it keeps happening, check the server settings."));
}

Outcome closing421(Phase phase, const Reply &reply)
{
    return makeOutcome(C::TemporaryFailure, tr(sentences(phase).closing421),
                       tr("The server may be busy or shutting down; try again later."), reply);
}

Outcome timedOut(Phase phase)
{
    return makeOutcome(C::Timeout, tr(sentences(phase).timedOut),
                       tr("The server or the network may be overloaded; try again later."));
}

Outcome handshakeTimedOut()
{
    return makeOutcome(
        C::TlsFailed, tr("The TLS handshake did not finish in time, so Stamp sent nothing."),
        tr("Check the port and the security setting (465 is implicit TLS, 587 STARTTLS); something "
           "on the network may also be blocking encryption."));
}

Outcome socketError(Phase phase, QAbstractSocket::SocketError error, const QString &host, quint16 port,
                    const QString &errorString, const QString &firstCertificateError)
{
    if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError) {
        if (!firstCertificateError.isEmpty())
            return makeOutcome(
                C::TlsFailed,
                tr("The server's certificate could not be verified, so Stamp sent nothing: %1")
                    .arg(firstCertificateError),
                tr("If you know this server and its certificate, trust it explicitly (compare the "
                   "SHA-256 fingerprint with what its administrator publishes). Otherwise someone "
                   "may be intercepting the connection."));
        return makeOutcome(
            C::TlsFailed, tr("The TLS handshake failed, so Stamp sent nothing: %1.").arg(errorString),
            tr("The server may only offer old TLS versions (Stamp needs TLS 1.2 or later), or this "
               "port may not speak TLS: check the port and security setting."));
    }
    if (phase != Phase::Connecting)
        return makeOutcome(C::ConnectionFailed, tr(sentences(phase).failed).arg(errorString),
                           tr("Try again; if it keeps happening, check the server settings."));
    if (error == QAbstractSocket::HostNotFoundError)
        return makeOutcome(C::ConnectionFailed, tr("The server name %1 could not be found.").arg(host),
                           tr("Check the spelling of the server name and your network connection."));
    if (error == QAbstractSocket::ConnectionRefusedError)
        return makeOutcome(C::ConnectionFailed,
                           tr("%1 refused the connection on port %2.").arg(host).arg(port),
                           tr("Check the port: submission is usually 587 (STARTTLS) or 465 (TLS)."));
    return makeOutcome(C::ConnectionFailed,
                       tr("Could not connect to %1 port %2: %3.").arg(host).arg(port).arg(errorString),
                       tr("Check the server name and port, and your network connection."));
}

Outcome protocolError(const QString &parserError)
{
    return makeOutcome(C::ProtocolError, tr("The server broke the SMTP protocol: %1.").arg(parserError),
                       tr("Check the server address and port: this may not be an SMTP server, or it may be "
                          "misbehaving."));
}

Outcome unexpectedReply(const Reply &reply)
{
    return makeOutcome(
        C::ProtocolError, tr("The server sent a reply nobody asked for: %1").arg(reply.summary()),
        tr("The server is misbehaving; try again later or report it to its administrator."), reply);
}

Outcome wrongReply(const Reply &reply)
{
    return makeOutcome(C::ProtocolError,
                       tr("The server gave a reply that the command it answers can never get (RFC 5321 "
                          "§4.3.2): %1")
                           .arg(reply.summary()),
                       tr("The server is misbehaving; try again later or report it to its administrator."),
                       reply);
}

Outcome outOfTurn(const Reply &reply)
{
    return makeOutcome(
        C::ProtocolError,
        tr("The server sent more after its %1 reply, before Stamp had answered it. A reply out of turn "
           "would be taken for the answer to a later command, so Stamp stopped.")
            .arg(reply.code),
        tr("The server is misbehaving, or something on the way is adding data to the connection; report it "
           "to the server's administrator."),
        reply);
}

Outcome cancelled()
{
    return makeOutcome(C::Cancelled, tr("Sending was cancelled."),
                       tr("The message is unchanged; send it again when you are ready."));
}

}  // namespace smtp::verdict
