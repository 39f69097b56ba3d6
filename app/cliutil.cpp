#include "cliutil.h"

#include "commandline.h"
#include "tlschannel.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace smtp;
namespace commandline = smtp::commandline;

void addConnectionOptions(QCommandLineParser &parser, bool forSend)
{
    parser.addOptions({
        {QStringLiteral("server"),
         QCoreApplication::translate("stamp", "SMTP server, HOST or HOST:PORT ([v6addr]:PORT)."),
         QStringLiteral("HOST[:PORT]")},
        {QStringLiteral("security"),
         QCoreApplication::translate(
             "stamp", "starttls (default, port 587), tls (implicit TLS, port 465) or none (no encryption)."),
         QStringLiteral("MODE")},
        {QStringLiteral("user"), QCoreApplication::translate("stamp", "User name for AUTH."),
         QStringLiteral("NAME")},
        {QStringLiteral("password-stdin"),
         QCoreApplication::translate("stamp", "Read the password from the first line of standard input.")},
        {QStringLiteral("auth"),
         QCoreApplication::translate("stamp",
                                     "auto (default), plain, login, cram-md5, scram-sha-256, xoauth2, "
                                     "oauthbearer, or oauth2 (sign in with stamp account login)."),
         QStringLiteral("METHOD")},
        {QStringLiteral("allow-plaintext-auth"),
         QCoreApplication::translate("stamp",
                                     "With --security none, allow the password to be sent unencrypted.")},
        {QStringLiteral("ca-file"),
         QCoreApplication::translate("stamp", "Also trust the CA certificates in this PEM file."),
         QStringLiteral("PEM")},
        {QStringLiteral("pin-sha256"),
         QCoreApplication::translate(
             "stamp", "Accept only the server certificate with this SHA-256 fingerprint (hex)."),
         QStringLiteral("HEX")},
        {QStringLiteral("ehlo"),
         QCoreApplication::translate("stamp", "Name to give in EHLO (default: this host's name)."),
         QStringLiteral("NAME")},
    });
    if (forSend)
        parser.addOption({QStringLiteral("timeout"),
                          QCoreApplication::translate(
                              "stamp", "Seconds to wait for each server reply (default: RFC 5321 times)."),
                          QStringLiteral("SECONDS")});
}

bool parseServer(const QString &text, QString *host, quint16 *port, QString *error)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:\[([0-9A-Fa-f:.]+)\]|([^:\[\]\s]+))(?::(\d{1,5}))?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        *error = QCoreApplication::translate("stamp", "--server: \"%1\" is not HOST or HOST:PORT").arg(text);
        return false;
    }
    *host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    // An IP address, or a host name: RFC 1123 labels (as A-labels for a Unicode name), with "_" allowed too
    // because local names (containers, /etc/hosts) use it and the name is only looked up, never sent.
    if (QHostAddress(*host).isNull()) {
        static const QRegularExpression label(
            QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
        bool ok = !domainToAce(*host).isEmpty();
        if (!ok) {
            const QStringList labels = host->split(QLatin1Char('.'));
            ok = host->size() <= 253;
            for (const QString &l : labels)
                ok = ok && label.match(l).hasMatch();
        }
        if (!ok) {
            *error =
                QCoreApplication::translate("stamp", "--server: \"%1\" is not a host name nor an IP address")
                    .arg(*host);
            return false;
        }
    }
    *port = 0;
    if (!m.captured(3).isEmpty()) {
        const int p = m.captured(3).toInt();
        if (p < 1 || p > 65535) {
            *error = QCoreApplication::translate("stamp", "--server: port %1 is out of range").arg(p);
            return false;
        }
        *port = quint16(p);
    }
    return true;
}

bool normalizePin(const QString &text, QByteArray *pin)
{
    QByteArray hex = text.toLatin1().toLower();
    hex.replace(':', "");
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    if (!re.match(QString::fromLatin1(hex)).hasMatch())
        return false;
    *pin = hex;
    return true;
}

bool connectionOptionsFrom(const QCommandLineParser &parser, SessionOptions *o, QString *error)
{
    if (parser.isSet(QStringLiteral("security"))
        && !securityFromName(parser.value(QStringLiteral("security")), &o->security)) {
        *error = QCoreApplication::translate("stamp", "--security takes starttls, tls or none");
        return false;
    }
    if (parser.isSet(QStringLiteral("server"))) {
        quint16 port = 0;
        if (!parseServer(parser.value(QStringLiteral("server")), &o->host, &port, error))
            return false;
        o->port = port ? port : defaultPort(o->security);
    } else if (o->host.isEmpty()) {
        *error = QCoreApplication::translate("stamp", "--server is required");
        return false;
    }
    if (parser.isSet(QStringLiteral("user"))) {
        o->user = parser.value(QStringLiteral("user"));
        // The user name goes into AUTH (RFC 4954 §4): the engine's rule for an identity.
        QString why;
        if (!commandline::validAuthIdentity(o->user, &why)) {
            *error = QStringLiteral("--user: %1").arg(why);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("auth"))) {
        bool ok = false;
        const QString method = parser.value(QStringLiteral("auth"));
        // "oauth2": the provider's OAuth 2.0 mechanism (XOAUTH2 unless the account's preset says
        // OAUTHBEARER).
        o->auth = method.compare(QLatin1String("oauth2"), Qt::CaseInsensitive) == 0
                      ? (ok = true, AuthMethod::XOAuth2)
                      : authMethodFromName(method, &ok);
        if (!ok) {
            *error = QCoreApplication::translate(
                "stamp", "--auth takes auto, plain, login, cram-md5, scram-sha-256, xoauth2 or oauthbearer");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        if (o->user.isEmpty()) {
            *error = QCoreApplication::translate("stamp", "--password-stdin needs --user");
            return false;
        }
        std::string line;
        if (!std::getline(std::cin, line)) {
            *error = QCoreApplication::translate(
                "stamp", "--password-stdin: nothing could be read from standard input");
            return false;
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        o->password = QString::fromStdString(line);
        // RFC 4616 §2: SAFE excludes NUL, which separates the fields of PLAIN; a NUL would shift them.
        if (o->password.contains(QChar(0))) {
            *error = QCoreApplication::translate("stamp", "--password-stdin: the password contains a NUL "
                                                          "character, which SASL does not allow");
            return false;
        }
    } else if (!o->user.isEmpty() && o->password.isEmpty() && o->auth != AuthMethod::XOAuth2
               && o->auth != AuthMethod::OAuthBearer) {  // an OAuth login takes a token, not a password
        *error = QCoreApplication::translate(
            "stamp", "--user needs a password: give it with --password-stdin (never on the command line)");
        return false;
    }
    o->allowPlaintextAuth = o->allowPlaintextAuth || parser.isSet(QStringLiteral("allow-plaintext-auth"));
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = parser.value(QStringLiteral("ca-file"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("stamp", "--ca-file: cannot read %1: %2")
                         .arg(path, f.errorString());
            return false;
        }
        // Parsed when TLS starts (SessionOptions::extraCaPem); a file without a PEM certificate is refused
        // here.
        const QByteArray pem = f.readAll();
        if (!hasPemCertificate(pem)) {
            *error = QCoreApplication::translate("stamp", "--ca-file: %1 holds no PEM certificate").arg(path);
            return false;
        }
        o->extraCaPem += pem;
    }
    if (parser.isSet(QStringLiteral("pin-sha256"))
        && !normalizePin(parser.value(QStringLiteral("pin-sha256")), &o->pinnedSha256)) {
        *error =
            QCoreApplication::translate("stamp", "--pin-sha256 takes 64 hexadecimal digits (colons allowed)");
        return false;
    }
    if (parser.isSet(QStringLiteral("ehlo"))) {
        o->ehloName = parser.value(QStringLiteral("ehlo"));
        QString why;
        if (!commandline::validEhloArgument(o->ehloName, &why)) {
            *error = QStringLiteral("--ehlo: %1").arg(why);
            return false;
        }
    }
    if (parser.optionNames().contains(QStringLiteral("timeout")) && parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double s = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || s <= 0 || s > 86400) {
            *error = QCoreApplication::translate("stamp", "--timeout takes a number of seconds");
            return false;
        }
        o->timeouts = Timeouts::uniform(qint64(s * 1000));
    }
    return true;
}

bool TranscriptWriter::open(const QString &target, QString *error, bool explain)
{
    m_explain = explain;
    if (target.isEmpty() && !explain)
        return true;
    m_enabled = true;
    if (target.isEmpty() || target == QLatin1String("-"))
        return m_file.open(stderr, QIODevice::WriteOnly);
    m_file.setFileName(target);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("stamp", "cannot write the transcript to %1: %2")
                     .arg(target, m_file.errorString());
        return false;
    }
    return true;
}

void TranscriptWriter::write(const TranscriptEvent &event)
{
    if (!m_enabled)
        return;
    writeText(m_explain ? m_explainer.annotatedLine(event) : event.format());
}

void TranscriptWriter::writeTlsReport(const TlsReport &report)
{
    if (!m_enabled || !m_explain || report.isEmpty())
        return;
    writeText(QStringLiteral("    ") + report.lines().join(QStringLiteral("\n    ")));
}

void TranscriptWriter::writeTimings(const StageTimings &timings, int message)
{
    if (!m_enabled || !m_explain || timings.isEmpty())
        return;
    writeText(QStringLiteral("    ")
              + (message > 0
                     ? QCoreApplication::translate("stamp", "Message %1, time per stage: %2")
                           .arg(message)
                           .arg(timings.format())
                     : QCoreApplication::translate("stamp", "Time per stage: %1").arg(timings.format())));
}

void TranscriptWriter::writeText(const QString &text)
{
    m_file.write(text.toUtf8() + '\n');
    m_file.flush();
}

void tellWaitingForReply(bool quiet)
{
    if (quiet || !::isatty(STDERR_FILENO))
        return;
    QFile err;
    if (err.open(stderr, QIODevice::WriteOnly))
        err.write(QCoreApplication::translate("stamp", "Waiting for the server's answer…").toUtf8() + '\n');
}
