#include "outcome.h"

#include "transcript.h"

#include <QCoreApplication>

namespace smtp {

static QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::Outcome", text);
}

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
    case Category::Sent:
        return tr("sent");
    case Category::PartlySent:
        return tr("partly sent");
    case Category::TemporaryFailure:
        return tr("temporary failure");
    case Category::PermanentFailure:
        return tr("permanent failure");
    case Category::ConnectionFailed:
        return tr("connection failed");
    case Category::TlsFailed:
        return tr("TLS failed");
    case Category::AuthFailed:
        return tr("authentication failed");
    case Category::Timeout:
        return tr("timed out");
    case Category::Cancelled:
        return tr("cancelled");
    case Category::MayHaveBeenDelivered:
        return tr("may have been delivered");
    case Category::LocalError:
        return tr("not sent (local error)");
    case Category::ProtocolError:
        return tr("protocol error");
    }
    return {};
}

int Outcome::exitCode() const
{
    switch (category) {
    case Category::Sent:
        return exitcode::Sent;
    case Category::PartlySent:
        return exitcode::Partly;
    case Category::TemporaryFailure:
        return exitcode::Temporary;
    case Category::PermanentFailure:
        return exitcode::Permanent;
    case Category::ConnectionFailed:
        return exitcode::Connection;
    case Category::ProtocolError:
        return exitcode::Connection;
    case Category::TlsFailed:
        return exitcode::Tls;
    case Category::AuthFailed:
        return exitcode::Auth;
    case Category::Timeout:
        return exitcode::Timeout;
    case Category::Cancelled:
        return exitcode::Cancelled;
    case Category::MayHaveBeenDelivered:
        return exitcode::MayHaveBeenDelivered;
    case Category::LocalError:
        return exitcode::Local;
    }
    return exitcode::Local;
}

QString Outcome::describe() const
{
    QStringList out;
    out << tr("Result: %1. %2").arg(categoryName(category), summary);
    if (reply.isValid())
        out << tr("Server said: %1 (%2)").arg(reply.summary(), explainReply(reply.code, reply.enhanced));
    for (const RecipientResult &r : recipients) {
        if (r.accepted)
            out << tr("  accepted %1: %2").arg(r.address, r.reply.summary());
        else if (r.reply.isValid())
            out << tr("  REFUSED  %1: %2").arg(r.address, r.reply.summary());
        else if (category == Category::MayHaveBeenDelivered)
            out << tr("  no answer %1: the server may have accepted it").arg(r.address);
        else
            out << tr("  not tried %1").arg(r.address);
    }
    for (const QSslError &e : sslErrors)
        out << tr("  certificate problem: %1").arg(e.errorString());
    if (!certificateChain.isEmpty())
        out << tr("  certificate SHA-256: %1")
                   .arg(QString::fromLatin1(certificate().digest(QCryptographicHash::Sha256).toHex()));
    if (!advice.isEmpty())
        out << tr("What to do: %1").arg(advice);
    return out.join(QLatin1Char('\n'));
}

QString TranscriptEvent::kindName(Kind k)
{
    switch (k) {
    case Kind::Info:
        return QStringLiteral("note");
    case Kind::Client:
        return QStringLiteral("client");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Data:
        return QStringLiteral("data");
    case Kind::Error:
        return QStringLiteral("error");
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
