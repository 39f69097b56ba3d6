#include "outcome.h"

#include "transcript.h"

namespace smtp {

bool Outcome::isRetryable() const
{
    switch (category) {
    case Category::Sent:
    case Category::MayHaveBeenDelivered:
        return false;
    default:
        return true;
    }
}

QString Outcome::categoryName(Category c)
{
    switch (c) {
    case Category::Sent: return QStringLiteral("sent");
    case Category::PartlySent: return QStringLiteral("partly sent");
    case Category::TemporaryFailure: return QStringLiteral("temporary failure");
    case Category::PermanentFailure: return QStringLiteral("permanent failure");
    case Category::ConnectionFailed: return QStringLiteral("connection failed");
    case Category::TlsFailed: return QStringLiteral("TLS failed");
    case Category::AuthFailed: return QStringLiteral("authentication failed");
    case Category::Timeout: return QStringLiteral("timed out");
    case Category::Cancelled: return QStringLiteral("cancelled");
    case Category::MayHaveBeenDelivered: return QStringLiteral("may have been delivered");
    case Category::LocalError: return QStringLiteral("not sent (local error)");
    case Category::ProtocolError: return QStringLiteral("protocol error");
    }
    return {};
}

int Outcome::exitCode() const
{
    switch (category) {
    case Category::Sent: return exitcode::Sent;
    case Category::PartlySent: return exitcode::Partly;
    case Category::TemporaryFailure: return exitcode::Temporary;
    case Category::PermanentFailure: return exitcode::Permanent;
    case Category::ConnectionFailed: return exitcode::Connection;
    case Category::ProtocolError: return exitcode::Connection;
    case Category::TlsFailed: return exitcode::Tls;
    case Category::AuthFailed: return exitcode::Auth;
    case Category::Timeout: return exitcode::Timeout;
    case Category::Cancelled: return exitcode::Cancelled;
    case Category::MayHaveBeenDelivered: return exitcode::MayHaveBeenDelivered;
    case Category::LocalError: return exitcode::Local;
    }
    return exitcode::Local;
}

QString Outcome::describe() const
{
    QStringList out;
    out << QStringLiteral("Result: %1. %2").arg(categoryName(category), summary);
    if (reply.isValid())
        out << QStringLiteral("Server said: %1 (%2)").arg(reply.summary(), explainReply(reply.code, reply.enhanced));
    for (const RecipientResult &r : recipients)
        out << QStringLiteral("  %1 %2: %3")
                   .arg(r.accepted ? QStringLiteral("accepted") : QStringLiteral("REFUSED "), r.address,
                        r.reply.isValid() ? r.reply.summary() : QStringLiteral("(not tried)"));
    for (const QSslError &e : sslErrors)
        out << QStringLiteral("  certificate problem: %1").arg(e.errorString());
    if (!certificateChain.isEmpty())
        out << QStringLiteral("  certificate SHA-256: %1")
                   .arg(QString::fromLatin1(certificate().digest(QCryptographicHash::Sha256).toHex()));
    if (!advice.isEmpty())
        out << QStringLiteral("What to do: %1").arg(advice);
    return out.join(QLatin1Char('\n'));
}

QString TranscriptEvent::kindName(Kind k)
{
    switch (k) {
    case Kind::Info: return QStringLiteral("note");
    case Kind::Client: return QStringLiteral("client");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Data: return QStringLiteral("data");
    case Kind::Error: return QStringLiteral("error");
    }
    return {};
}

QString TranscriptEvent::format() const
{
    static const char *const prefix[] = {"--", "C:", "S:", "TLS", "C:", "!!"};
    const QString p = QString::fromLatin1(prefix[int(kind)]);
    QStringList lines = text.split(QLatin1Char('\n'));
    const QString stamp = time.toString(QStringLiteral("hh:mm:ss.zzz"));
    for (QString &l : lines)
        l = stamp + QLatin1Char(' ') + p + QLatin1Char(' ') + l;
    return lines.join(QLatin1Char('\n'));
}

}  // namespace smtp
