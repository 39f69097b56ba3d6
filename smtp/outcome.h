#pragma once

#include "reply.h"
#include "stagetimer.h"

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>

namespace smtp {

struct RecipientResult
{
    QString address;
    bool accepted = false;
    Reply reply;
};

// The one result of sending one message (or of a connection test), with the server's words and a plain
// explanation of what happened and what to do next.
struct Outcome
{
    enum class Category
    {
        Sent,                  // every recipient accepted and the final reply was 2xx
        PartlySent,            // the message went out, but some recipients were refused
        TemporaryFailure,      // 4xx: nothing sent; trying later may work
        PermanentFailure,      // 5xx: nothing sent; the same will fail again
        ConnectionFailed,      // could not connect, or the connection broke before the message was complete
        TlsFailed,             // encryption could not be set up or the certificate is not trusted
        AuthFailed,            // login refused, or refused to log in without encryption
        Timeout,               // the server did not answer in time
        Cancelled,             // the user stopped it
        MayHaveBeenDelivered,  // the connection was lost after the end of the message: check before resending
        LocalError,            // the message could not be built: unreadable file, bad address
        ProtocolError,         // the server broke the SMTP protocol
    };
    Category category = Category::LocalError;
    QString summary;  // one sentence: what happened
    QString advice;   // what to do next
    Reply reply;      // the server's reply that decided it, if any
    QList<RecipientResult> recipients;
    QList<QSslError> sslErrors;
    // The server's certificate chain, leaf first, when TLS failed. A list, not a QSslCertificate member:
    // constructing an empty QSslCertificate loads the TLS backend, which a plain session must not pay for.
    QList<QSslCertificate> certificateChain;
    QSslCertificate certificate() const { return certificateChain.value(0); }
    QByteArray messageId;
    // How long each stage of the connection took (smtp/stagetimer.h), set on the session's finished().
    StageTimings timings;

    bool delivered() const { return category == Category::Sent || category == Category::PartlySent; }
    bool isRetryable() const;
    static QString categoryName(Category c);
    int exitCode() const;
    // A few lines for a terminal or a result panel.
    QString describe() const;
};

// Exit codes of `stamp send`, documented in the README.
namespace exitcode {
enum : int
{
    Sent = 0,
    Usage = 2,
    Connection = 3,
    Tls = 4,
    Auth = 5,
    Temporary = 6,
    Permanent = 7,
    Partly = 8,
    MayHaveBeenDelivered = 9,
    Timeout = 10,
    Local = 11,
    Cancelled = 12,
};
}

}  // namespace smtp

Q_DECLARE_METATYPE(smtp::Outcome)
