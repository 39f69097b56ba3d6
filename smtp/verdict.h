#pragma once

#include "outcome.h"
#include "reply.h"

#include <QAbstractSocket>
#include <QList>

// The failure classification of a session, as pure functions: the session gathers facts (which phase, which
// replies, what went out) and these decide the category, the sentences and so the exit code. Tested without
// sockets in tests/tst_verdict.cpp.
namespace smtp::verdict {

// Builds an outcome from its parts (the one constructor every other function here uses).
Outcome makeOutcome(Outcome::Category c, const QString &summary, const QString &advice,
                    const Reply &reply = {});

// Where a session is; the sentences about a lost connection, a timeout or a 421 say it.
enum class Phase
{
    Connecting,
    Greeting,
    Ehlo,
    StartTls,  // STARTTLS sent, or the handshake under way
    Auth,
    Ready,     // between messages
    Envelope,  // MAIL and RCPT
    Content,   // DATA or BDAT, the content going out
    AfterEnd,  // the end of the content went out; its reply has not come
    Quit,
};

// A reply that refuses a command before any transaction (greeting, EHLO, HELO, STARTTLS, AUTH). Every stage
// maps 4xx to temporary and 5xx to permanent (AUTH: 5xx is an authentication failure); never a TLS failure,
// which only real TLS problems give.
enum class Stage
{
    Greeting,
    Ehlo,
    Helo,
    StartTls,
    Auth
};
Outcome refused(Stage stage, const Reply &reply, bool startTlsRequired = false);

// RFC 5321 §4.5.3.1.10: a recipient refused with 452 (too many recipients; 552 there is to be treated as
// temporary) is tried again in a following transaction.
bool isRetryableRecipientReply(const Reply &reply);

// Whether the server's TCP stack acknowledged the end of the content (smtp/ackmeter.h).
enum class EndAck
{
    Unknown,       // the system cannot tell (not Linux, or the connection was reset after the end was
                   // handed over): the end handed over counts as possibly delivered
    Pending,       // not seen acknowledged while the connection was up, nor in the server's FIN: the
                   // server never got the end
    Acknowledged,  // a sample taken while the connection was up showed nothing of the end unacknowledged
};

// What one transaction (one round of MAIL, RCPT..., content) got.
struct TransactionFacts
{
    Reply mail;                         // invalid: MAIL was not answered
    QList<RecipientResult> recipients;  // each one's RCPT reply; invalid: not answered
    Reply content;  // the reply that decided the content: DATA refused, a BDAT refused, or the final reply
    bool endSent = false;             // the end of the content (final dot, BDAT LAST) went out
    QString localError;               // the content could not be read: why, in words
    EndAck endAck = EndAck::Unknown;  // whether the end reached the server, where the system can tell
    int accepted() const;
};

// The verdict of a transaction whose replies have all come. When no recipient was accepted the recipients'
// replies decide (any 4xx makes it temporary), not the DATA/BDAT reply that only says "no valid recipients";
// the category never depends on recipient order.
Outcome transaction(const TransactionFacts &facts);

// A transaction cut short by `cause` (connection lost, timeout, protocol error, cancel, 421). "May have been
// delivered" only when the end of the content reached the server (acknowledged, or handed over where the
// system cannot tell), a recipient was accepted and no final reply came. A connection lost with the end
// unacknowledged is not sent (ConnectionFailed, which the outbox retries). One sentence per outcome.
Outcome interrupted(const Outcome &cause, const TransactionFacts &facts);

// The outcome of a message sent in several rounds (recipients refused with 452 retried): `recipients` holds
// each recipient's last result (accepted = the content was accepted for it), `last` the outcome of the last
// round, `delivered` the reply that accepted the content in an earlier round. Sent when every recipient got
// it, partly sent when some did, else the last round's outcome.
Outcome message(const QList<RecipientResult> &recipients, bool anyDelivered, const Outcome &last,
                const Reply &delivered = {});

// Sentences for the ways a connection ends without a reply deciding it.
Outcome connectionClosed(Phase phase);
Outcome closing421(Phase phase, const Reply &reply);
Outcome timedOut(Phase phase);
Outcome handshakeTimedOut();
Outcome socketError(Phase phase, QAbstractSocket::SocketError error, const QString &host, quint16 port,
                    const QString &errorString, const QString &firstCertificateError);
Outcome protocolError(const QString &parserError);
Outcome unexpectedReply(const Reply &reply);
// A reply of a class the command cannot get (a 354 to MAIL, a 250 to DATA): a protocol error.
Outcome wrongReply(const Reply &reply);
// An intermediate reply (334, 354) with more bytes behind it, before the client has answered.
Outcome outOfTurn(const Reply &reply);
Outcome cancelled();

}  // namespace smtp::verdict
