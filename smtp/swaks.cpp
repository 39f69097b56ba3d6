#include "swaks.h"

#include "auth.h"
#include "encoding.h"
#include "message.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace smtp::swaks {

QString shellQuote(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString s = argument;
    s.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QByteArray dataSection(const QByteArray &message)
{
    DotStuffer stuffer;
    QByteArray out = stuffer.push(message);
    out += stuffer.finish();  // after push(): it depends on where push() ended
    if (out.endsWith("\r\n"))
        out.chop(2);
    return out;
}

Command command(const SessionOptions &options, const Envelope &envelope, const QString &dataFile,
                const QString &caFile)
{
    Command c;
    QStringList notes;
    QStringList args{QStringLiteral("swaks"), QStringLiteral("--server"), options.host,
                     QStringLiteral("--port"), QString::number(options.port)};
    switch (options.security) {
    case Security::StartTls:
        args << QStringLiteral("--tls") << QStringLiteral("--tls-verify");
        break;
    case Security::ImplicitTls:
        args << QStringLiteral("--tlsc") << QStringLiteral("--tls-verify");
        break;
    case Security::None:
        break;
    }
    if (options.security != Security::None && !caFile.isEmpty())
        args << QStringLiteral("--tls-ca-path") << caFile;
    if (!options.pinnedSha256.isEmpty())
        notes << QCoreApplication::translate("smtp::swaks",
                                             "swaks cannot pin a certificate: it verifies it against the "
                                             "certificate authorities instead.");
    if (!options.ehloName.isEmpty())
        args << QStringLiteral("--ehlo") << options.ehloName;
    if (!options.user.isEmpty()) {
        switch (options.auth) {
        case AuthMethod::Plain:
            args << QStringLiteral("--auth") << QStringLiteral("PLAIN");
            break;
        case AuthMethod::Login:
            args << QStringLiteral("--auth") << QStringLiteral("LOGIN");
            break;
        case AuthMethod::CramMd5:
            args << QStringLiteral("--auth") << QStringLiteral("CRAM-MD5");
            break;
        case AuthMethod::Auto:
            break;
        case AuthMethod::ScramSha256:
        case AuthMethod::XOAuth2:
        case AuthMethod::OAuthBearer:
            notes << QCoreApplication::translate("smtp::swaks",
                                                 "swaks cannot log in with %1: it uses a mechanism it knows "
                                                 "that the server offers.")
                         .arg(QString::fromLatin1(authMethodName(options.auth)));
            break;
        }
        // No --auth-password: swaks asks for it, so it is never in the command line or the shell history.
        args << QStringLiteral("--auth-user") << options.user;
    }
    args << QStringLiteral("--from") << QString::fromUtf8(envelope.from.envelope(true));
    QStringList to;
    for (const Mailbox &m : envelope.recipients)
        to << QString::fromUtf8(m.envelope(true));
    args << QStringLiteral("--to") << to.join(QLatin1Char(','));
    args << QStringLiteral("--data") << QLatin1Char('@') + dataFile << QStringLiteral("--no-data-fixup");
    QStringList quoted;
    for (const QString &a : std::as_const(args))
        quoted << shellQuote(a);
    c.line = quoted.join(QLatin1Char(' '));
    c.notes = notes.join(QLatin1Char(' '));
    return c;
}

QString writeData(MessageSource *source, const QString &path, bool *eightBit)
{
    QString why;
    if (auto *eml = dynamic_cast<EmlFileSource *>(source))
        why = eml->openAsIs();
    else
        why = source->prepare({false, false});
    if (!why.isEmpty())
        return why;
    const auto cannotWrite = [&](const QFile &f) {
        return QCoreApplication::translate("smtp::swaks", "cannot write %1: %2").arg(path, f.errorString());
    };
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return cannotWrite(f);
    DotStuffer stuffer;
    *eightBit = false;
    while (!source->atEnd()) {
        const QByteArray piece = source->read(1 << 20, &why);
        if (!why.isEmpty())
            return why;
        if (piece.isEmpty())
            break;
        for (char c : piece)
            *eightBit = *eightBit || uchar(c) >= 0x80;
        const QByteArray out = stuffer.push(piece);
        if (f.write(out) != out.size())
            return cannotWrite(f);
    }
    QByteArray end = stuffer.finish();
    end.chop(2);  // swaks adds the CRLF after the final dot itself
    if (f.write(end) != end.size() || !f.flush())
        return cannotWrite(f);
    return {};
}

}  // namespace smtp::swaks
