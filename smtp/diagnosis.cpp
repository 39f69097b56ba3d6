#include "diagnosis.h"

#include "outcome.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslError>

#include <vector>

namespace smtp {

namespace {

// Table texts are marked with QT_TRANSLATE_NOOP written out: lupdate does not expand macros.

constexpr unsigned bit(Stage s)
{
    return 1u << unsigned(s);
}
constexpr unsigned AuthStages = bit(Stage::Auth);
constexpr unsigned Envelope = bit(Stage::Mail) | bit(Stage::Rcpt);
constexpr unsigned Connecting = bit(Stage::Connect) | bit(Stage::Greeting) | bit(Stage::None);
constexpr unsigned Any = 0;
constexpr int AnySsl = -2;     // any TLS error, given or named in the text
constexpr int AnySocket = -2;  // any socket error given

// One row: every field that is set must fit (stage mask, exact code or class, enhanced code, a regular
// expression over the text, a socket error, a TLS error, the port). The first row that fits wins, so the
// providers' own wordings come before the general rows they would also fit.
struct Pattern
{
    const char *id;
    unsigned stages;
    int code;              // exact reply code, 0 for any
    int klass;             // 4 or 5, 0 for any
    const char *enhanced;  // exact RFC 3463 code, nullptr for any
    const char *text;      // case-insensitive regular expression, nullptr for any
    int socketError;       // QAbstractSocket::SocketError, -1 for any
    int sslError;          // QSslError::SslError, -1 for any
    int port;              // 0 for any
    const char *provider;
    bool oauth;
    bool retry;
    const char *problem;
    const char *fix;
};

const Pattern table[] = {
    // --- Google (support.google.com/mail/?p=InvalidSecondFactor, WebLoginRequired, BadCredentials) ---
    {"google-app-password", Any, 534, 0, "5.7.9", "application-specific password required", -1, -1, 0,
     "Google", true, false,
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Google accepts a password for SMTP only as an app password, and this account has 2-step "
         "verification."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Sign in with Google instead, or create an app password in your Google Account (Security, App "
         "passwords) and "
         "use it in place of your normal password.")},
    {"google-web-login", Any, 534, 0, "5.7.14", "log ?in via your web browser|WebLoginRequired", -1, -1, 0,
     "Google", true, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Google blocked this sign-in until it is confirmed in a web browser."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Sign in with Google instead; or log in to Gmail in a browser, "
                                          "confirm the sign-in, and try again.")},
    {"google-bad-credentials", AuthStages, 535, 0, nullptr,
     "Username and Password not accepted|BadCredentials", -1, -1, 0, "Google", true, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Google did not accept the user name or password."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Sign in with Google instead; a password works only as an app password, with 2-step verification "
         "on.")},
    {"google-too-many-logins", Any, 454, 0, nullptr, "Too many login attempts", -1, -1, 0, "Google", false,
     true, QT_TRANSLATE_NOOP("smtp::Diagnosis", "Google refuses logins for a while after too many attempts."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Wait a few minutes; Stamp will try again later. Check the password before the next attempt.")},
    // --- Microsoft 365 / Outlook.com (learn.microsoft.com: SMTP AUTH client submission) ---
    {"microsoft-smtp-auth-disabled", Any, 0, 5, nullptr, "SmtpClientAuthentication is disabled", -1, -1, 0,
     "Microsoft", true, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "SMTP AUTH (client submission) is turned off for this Microsoft 365 mailbox."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Sign in with Microsoft instead; or ask the administrator to enable Authenticated SMTP for this "
         "mailbox in the "
         "Microsoft 365 admin center.")},
    {"microsoft-security-defaults", Any, 0, 5, nullptr, "security defaults|locked by your organization", -1,
     -1, 0, "Microsoft", true, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The organisation's security defaults block password logins for SMTP."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Sign in with Microsoft instead; passwords are refused while security defaults are on.")},
    {"microsoft-basic-auth-off", Any, 0, 5, nullptr, "Basic authentication is (not supported|disabled)", -1,
     -1, 0, "Microsoft", true, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Microsoft no longer accepts a password (basic authentication) for SMTP."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Sign in with Microsoft (OAuth 2.0) instead of a password.")},
    {"microsoft-auth-unsuccessful", AuthStages, 535, 0, "5.7.3", nullptr, -1, -1, 0, "Microsoft", true, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Microsoft did not accept the login: a wrong password, or password "
                                          "logins are off for this account."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Sign in with Microsoft instead; if you must use a password, check it and ask the administrator "
         "whether "
         "Authenticated SMTP is enabled.")},
    {"microsoft-auth-policy", Any, 0, 5, "5.7.139", nullptr, -1, -1, 0, "Microsoft", true, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Microsoft refused the password login by the organisation's policy."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Sign in with Microsoft instead; or ask the administrator why password logins are blocked for this "
         "account.")},
    {"microsoft-not-authenticated", Any, 0, 5, nullptr, "Client not authenticated|5\\.7\\.57", -1, -1, 0,
     "Microsoft", true, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Microsoft does not accept mail from a client that has not logged in."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Set the account to log in (Sign in with Microsoft, or user name and password) and send again.")},
    {"microsoft-send-as", Any, 0, 5, nullptr, "does not have permissions to send as|SendAsDenied|5\\.7\\.60",
     -1, -1, 0, "Microsoft", false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "This account may not send with that From address."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Send from the account's own address, or ask the administrator for Send As permission.")},

    // --- Connecting ---
    {"refused-port-25", Any, 0, 0, nullptr, "connection refused", QAbstractSocket::ConnectionRefusedError, -1,
     25, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Nothing accepted the connection on port 25."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Port 25 is for servers talking to servers and is often blocked: use 587 (STARTTLS) or 465 (TLS) of "
         "your "
         "provider's submission server.")},
    {"timeout-port-25", Connecting, 0, 0, nullptr, "timed out|did not answer|timeout",
     QAbstractSocket::SocketTimeoutError, -1, 25, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The connection to port 25 timed out."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Port 25 is often blocked by internet providers: use 587 (STARTTLS) or 465 (TLS) instead.")},
    {"connection-refused", Any, 0, 0, nullptr, "connection refused", QAbstractSocket::ConnectionRefusedError,
     -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server refused the connection: nothing listens on that port."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Check the server name and port: usually 587 with STARTTLS or 465 with TLS (port 25 is often "
         "blocked).")},
    {"host-not-found", Any, 0, 0, nullptr,
     "host not found|not known|no address associated|could not be resolved",
     QAbstractSocket::HostNotFoundError, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server name was not found in DNS."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Check the spelling of the server name, and that this computer is online.")},
    {"connect-timeout", Connecting | bit(Stage::Tls), 0, 0, nullptr, "timed out|did not answer|timeout",
     QAbstractSocket::SocketTimeoutError, -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server did not answer in time."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Check the server and port; a firewall may drop the connection. "
                                          "Port 25 is often blocked: use 587 or "
                                          "465.")},
    {"timeout", Any, 0, 0, nullptr, "did not answer in time|timed out", QAbstractSocket::SocketTimeoutError,
     -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server stopped answering in the middle of the conversation."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "The server or the network may be overloaded; Stamp will try again later. If the message was "
         "complete, "
         "check whether it arrived before sending it again.")},
    {"network-unreachable", Any, 0, 0, nullptr, "network (is )?unreachable", QAbstractSocket::NetworkError,
     -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The network could not reach the server."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Check that this computer is online; Stamp will try again later.")},
    {"closed-by-server", Any, 0, 0, nullptr, "remote host closed|closed the connection",
     QAbstractSocket::RemoteHostClosedError, -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server closed the connection without a reply."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Often a wrong security setting: port 465 wants TLS from the start, port 587 wants STARTTLS.")},
    {"wrong-tls-mode", bit(Stage::Tls) | Connecting, 0, 0, nullptr,
     "wrong version number|packet length too long|unknown protocol", -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server did not answer TLS: the security setting does not fit the port."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Use TLS with port 465, STARTTLS with port 587.")},

    // --- TLS certificates (each QSslError in words) ---
    {"cert-expired", Any, 0, 0, nullptr, "certificate has expired", -1, QSslError::CertificateExpired, 0,
     nullptr, false, false, QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server's certificate has expired."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server's administrator must renew it. Check the computer's date too.")},
    {"cert-not-yet-valid", Any, 0, 0, nullptr, "certificate is not yet valid", -1,
     QSslError::CertificateNotYetValid, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server's certificate is not valid yet."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Check this computer's date and time; otherwise the administrator must fix the certificate.")},
    {"cert-self-signed-chain", Any, 0, 0, nullptr, "root certificate of the certificate chain is self-signed",
     -1, QSslError::SelfSignedCertificateInChain, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server's certificate chain ends in a root that is not trusted."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Add that root with --ca-file if it is your organisation's CA; otherwise do not send.")},
    {"cert-self-signed", Any, 0, 0, nullptr, "self-signed, and untrusted|is self-signed", -1,
     QSslError::SelfSignedCertificate, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server's certificate is self-signed: nobody Stamp trusts vouches for it."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "If this is your own server, give its certificate with --ca-file or trust it once for this account; "
         "otherwise do not send.")},
    {"cert-hostname", Any, 0, 0, nullptr, "host ?name did not match", -1, QSslError::HostNameMismatch, 0,
     nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The certificate is made out to a name other than the server's."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Use the server name the certificate covers (shown in the certificate), usually the provider's "
         "documented "
         "name.")},
    {"cert-issuer-unknown", Any, 0, 0, nullptr, "issuer certificate .*could not be found|unable to get", -1,
     QSslError::UnableToGetLocalIssuerCertificate, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "The certificate's issuer is not known here: an intermediate certificate is missing or the CA is "
         "private."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "The administrator should send the full chain; for a private CA give it with --ca-file.")},
    {"cert-untrusted", Any, 0, 0, nullptr, "not trusted|untrusted", -1, QSslError::CertificateUntrusted, 0,
     nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server's certificate is not trusted for this purpose."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Check the server name; for a private CA give it with --ca-file.")},
    {"cert-revoked", Any, 0, 0, nullptr, "revoked", -1, QSslError::CertificateRevoked, 0, nullptr, false,
     false, QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server's certificate was revoked by its issuer."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Do not send; tell the server's administrator.")},
    // Any other certificate error: said in its own words (certificateProblem).
    {"cert-other", Any, 0, 0, nullptr, nullptr, -1, AnySsl, 0, nullptr, false, false, "%1",
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Do not send unless you know why: check the server name and this computer's clock; for a private CA "
         "give "
         "it with --ca-file.")},
    // Any other socket error, in its own words (socketProblem).
    {"socket-other", Any, 0, 0, nullptr, nullptr, AnySocket, -1, 0, nullptr, false, true, "%1",
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Check that this computer is online and the server name and port are right; Stamp will try again "
         "later.")},

    {"starttls-missing", Any, 0, 0, nullptr, "does not offer STARTTLS|STARTTLS (is )?not (offered|supported)",
     -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server did not offer STARTTLS, so the connection could not be encrypted."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Use port 465 with TLS, or check the server; Stamp does not send a "
                                          "password or message unencrypted.")},
    {"tls-old-version", Any, 0, 0, nullptr, "protocol version|TLS ?1\\.[01]\\b", -1, -1, 0, nullptr, false,
     false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server offers only an old TLS version, which Stamp refuses."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server must support TLS 1.2 or later; tell its administrator.")},

    // --- Logging in ---
    {"tls-required-first", Any, 530, 0, nullptr, "STARTTLS", -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server wants the connection encrypted before anything else."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Choose STARTTLS (port 587) or TLS (port 465) as security.")},
    {"encryption-required", Any, 538, 0, nullptr, nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "This login method is allowed only over an encrypted connection."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Choose STARTTLS (port 587) or TLS (port 465) as security.")},
    {"encryption-needed", Any, 0, 5, "5.7.10", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Encryption is needed before this login method can be used."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Choose STARTTLS (port 587) or TLS (port 465) as security.")},
    {"encryption-required-code", Any, 0, 5, "5.7.11", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "This login method is allowed only over an encrypted connection."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Choose STARTTLS (port 587) or TLS (port 465) as security.")},
    {"account-disabled", Any, 0, 0, "X.7.13", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The account is disabled."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Ask the provider or administrator to enable it again.")},
    {"account-locked", Any, 0, 0, nullptr, "account (is )?(disabled|locked|suspended|blocked)|user is locked",
     -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The account is locked or suspended."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Unlock it on the provider's web site or ask the administrator; another password will not help.")},
    {"mechanism-not-offered", AuthStages, 504, 0, nullptr, nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server does not offer this login method."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Set authentication to automatic, or pick one of the methods the "
                                          "server lists after AUTH in its EHLO "
                                          "reply.")},
    {"mechanism-unknown", AuthStages, 0, 5, nullptr,
     "unrecognized authentication type|unsupported authentication|invalid authentication mechanism|mechanism "
     "(is )?not (supported|available)",
     -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server does not offer this login method."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Set authentication to automatic, or pick one of the methods the server lists after AUTH.")},
    {"mechanism-too-weak", Any, 534, 0, nullptr, nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server finds this login method too weak for this account."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Pick a stronger method, such as SCRAM-SHA-256, or OAuth 2.0 where the provider has it.")},
    {"password-transition", Any, 432, 0, nullptr, nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server wants one login with a plain password before this method works."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Log in once with PLAIN over TLS, then switch back.")},
    {"auth-temporary", AuthStages, 454, 0, nullptr, nullptr, -1, -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server could not check the login just now."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Nothing to change: Stamp will try again later.")},
    {"wrong-password", AuthStages, 535, 0, nullptr, nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server did not accept the user name or password."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Check both; many providers want the whole address as user name, and some want an app password.")},
    {"wrong-password-code", Any, 0, 5, "5.7.8", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server did not accept the user name or password."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Check both; many providers want the whole address as user name, and some want an app password.")},
    {"auth-required", Any, 530, 0, nullptr, nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server sends mail only for users who have logged in."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Enter a user name and password (or sign in) for this account.")},
    {"relay-denied", Any, 0, 5, nullptr,
     "relay(ing)? (access )?(denied|not permitted|prohibited)|unable to relay|not permitted to relay|we do "
     "not relay",
     -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "The server refused to pass the message on: it does not relay for clients that have not logged in."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Log in (set a user name and password) and send through your own "
                                          "provider's submission server on 587 "
                                          "or "
                                          "465.")},
    {"auth-required-text", Envelope, 0, 5, nullptr,
     "authentication required|not authenticated|must (be )?authenticate|SMTP AUTH (is )?required", -1, -1, 0,
     nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server sends mail only for users who have logged in."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Enter a user name and password (or sign in) for this account.")},

    // --- Envelope and content ---
    {"sender-not-owned", Envelope, 0, 5, nullptr,
     "not owned by|sender address rejected|sender .*not allowed|send as", -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server does not let this account send with that sender address."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Send from the address that belongs to the account you log in with.")},
    {"greylisted", Any, 0, 4, nullptr, "grey ?list|gray ?list", -1, -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "The server asks unknown senders to come back later (greylisting): a normal first answer."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Nothing to change: the message stays in the outbox and Stamp will try again later.")},
    {"rate-limited", Any, 0, 4, nullptr,
     "rate ?limit|at a rate|unusual rate|too many (messages|connections)|slow down", -1, -1, 0, nullptr,
     false, true, QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server limits how much you may send in a while."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Wait: the message stays in the outbox and Stamp will try again later; send fewer at a time.")},
    {"mail-flood", Any, 0, 0, "X.7.28", nullptr, -1, -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server thinks it is being flooded with similar messages."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Wait before sending more: Stamp will try again later.")},
    {"mailbox-full", Any, 0, 0, nullptr,
     "mailbox (is )?full|over ?quota|quota ?exceeded|insufficient storage", -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The recipient's mailbox is full."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Tell the recipient another way, or try again after they make room.")},
    {"mailbox-full-code", Any, 0, 0, "X.2.2", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The recipient's mailbox is full."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Tell the recipient another way, or try again after they make room.")},
    {"size-limit-code", Any, 0, 0, "X.3.4", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The message is larger than the server accepts."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Send smaller attachments (or a link to them); the server's SIZE in its EHLO reply is its limit.")},
    {"size-limit-mailbox", Any, 0, 0, "X.2.3", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The message is larger than the recipient's mailbox accepts."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Send smaller attachments, or a link to them.")},
    {"size-limit", Any, 0, 5, nullptr, "size|too (big|large)|exceed.*(limit|maximum)", -1, -1, 0, nullptr,
     false, false, QT_TRANSLATE_NOOP("smtp::Diagnosis", "The message is larger than the server accepts."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Send smaller attachments (or a link to them); the server's SIZE in its EHLO reply is its limit.")},
    {"system-full", Any, 0, 0, nullptr, "insufficient system storage|mail system full", -1, -1, 0, nullptr,
     false, true, QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server is short of storage right now."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Nothing to change: Stamp will try again later.")},
    {"too-many-recipients", Any, 0, 0, nullptr, "too many recipients", -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The message has more recipients than the server takes at once."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Send it in smaller groups of recipients.")},
    {"user-unknown", bit(Stage::Rcpt) | bit(Stage::Content), 0, 5, nullptr,
     "user unknown|unknown user|no such user|does not exist|mailbox unavailable|not found|invalid "
     "recipient|unrouteable",
     -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The recipient's address does not exist."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Check the spelling of the address with the recipient.")},
    {"user-unknown-code", Any, 0, 5, "5.1.1", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The recipient's address does not exist."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Check the spelling of the address with the recipient.")},
    {"sender-domain", Any, 0, 0, "X.1.8", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The sender address's domain does not exist or cannot receive replies."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Check the From address: its domain must exist in DNS and accept mail.")},
    {"null-mx", Any, 0, 5, "5.1.10", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The recipient's domain publishes that it takes no mail at all (null MX)."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Check the domain of the address; that domain cannot receive mail.")},
    {"non-ascii", Any, 0, 5, "5.6.7", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "An address has non-ASCII characters and the server does not support SMTPUTF8."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Use an ASCII form of the address, if the recipient has one.")},

    // --- Policy and spam: the named blocklists first, then DMARC, DKIM, SPF, reverse DNS, spam ---
    {"blocklist", Any, 0, 0, nullptr,
     "(spamhaus|barracuda|spamcop|sorbs|uceprotect|spamrats|psbl|mailspike|invaluement|abusix|s3150)", -1, -1,
     0, nullptr, false, false,
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "The receiving server refused the sending server's IP address because it is on the %1 blocklist."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Look the address up on %1's web site and ask for removal; or send "
                                          "through your provider's submission "
                                          "server (587 or 465) rather than from this network directly.")},
    {"blocklist-other", Any, 0, 0, nullptr,
     "blocklist|block list|blacklist|dnsbl|\\brbl\\b|listed (at|on|in|by)|blocked using|banned sending IP",
     -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The receiving server refused the sending server's IP address "
                                          "because it is on a blocklist the reply "
                                          "names."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Look the address up on that list's web site and ask for removal; or send through your provider's "
         "submission server (587 or 465) rather than from this network directly.")},
    {"dmarc", Any, 0, 0, nullptr, "DMARC", -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The message failed the sender domain's DMARC policy: SPF or DKIM "
                                          "did not pass for the From domain."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The From domain must publish SPF that lists the sending server "
                                          "and sign with DKIM; send through that "
                                          "domain's own server.")},
    {"unauthenticated", Any, 0, 5, "5.7.26", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The message failed the receiver's authentication checks (SPF, DKIM, DMARC)."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Send through the From domain's own server, which passes SPF and signs with DKIM.")},
    {"dkim", Any, 0, 0, nullptr, "DKIM", -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The message has no valid DKIM signature for its domain."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Send through the From domain's own server, which signs with DKIM, or set DKIM up for the domain.")},
    {"dkim-code", Any, 0, 0, "X.7.20|X.7.21|X.7.22", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The message has no valid DKIM signature for its domain."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Send through the From domain's own server, which signs with DKIM, or set DKIM up for the domain.")},
    {"spf-code", Any, 0, 0, "X.7.23|X.7.24", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The sender's domain does not list this sending server in its SPF record."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Send through the sender domain's own server, or add this server to the domain's SPF record.")},
    {"spf", Any, 0, 0, nullptr, "\\bSPF\\b", -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The sender's domain does not list this sending server in its SPF record."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Send through the sender domain's own server, or add this server to the domain's SPF record.")},
    {"reverse-dns", Any, 0, 0, nullptr, "reverse DNS|\\bPTR\\b|\\brDNS\\b|reverse (hostname|lookup)", -1, -1,
     0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The sending server's IP address has no matching reverse DNS name."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Send through your provider's submission server; a server's own "
                                          "PTR record is set by whoever owns its "
                                          "address.")},
    {"spam", Any, 0, 5, nullptr, "spam|junk|unsolicited|suspicious|content rejected|message rejected", -1, -1,
     0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The receiving server judged the message to be spam."),
     QT_TRANSLATE_NOOP(
         "smtp::Diagnosis",
         "Check the content (links, attachments, subject), and send through your provider's server with SPF, "
         "DKIM "
         "and DMARC in place.")},
    {"policy", Any, 0, 5, "5.7.1", nullptr, -1, -1, 0, nullptr, false, false,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The receiving server refused the message by its policy."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Read the server's text for the reason; its administrator can tell more.")},
    {"service-closing", Any, 421, 0, nullptr, nullptr, -1, -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "The server is closing the connection (busy, or going down)."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis", "Nothing to change: Stamp will try again later.")},
    {"temporary-local", Any, 451, 0, nullptr, nullptr, -1, -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server had a problem of its own and could not take the message now."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Nothing to change: the message stays in the outbox and Stamp will try again later.")},
    // Any other 4xx: temporary by definition (RFC 5321 §4.2.1), whatever the words.
    {"temporary", Any, 0, 4, nullptr, nullptr, -1, -1, 0, nullptr, false, true,
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "The server could not take it now, for a reason it expects to pass."),
     QT_TRANSLATE_NOOP("smtp::Diagnosis",
                       "Nothing to change: the message stays in the outbox and Stamp will try again later.")},
};

QString trd(const char *s)
{
    return QCoreApplication::translate("smtp::Diagnosis", s);
}

const QRegularExpression &regexFor(const Pattern &p)
{
    // Every row's expression compiled once, on first use; a function-local static is initialised once even
    // when several threads diagnose at the same time.
    static const std::vector<QRegularExpression> compiled = [] {
        std::vector<QRegularExpression> out;
        for (const Pattern &row : table)
            out.emplace_back(row.text ? QString::fromLatin1(row.text) : QString(),
                             QRegularExpression::CaseInsensitiveOption);
        return out;
    }();
    return compiled[std::size_t(&p - table)];
}

// "5.7.9" is exact; "X.7.20|X.7.21" is a list in which X stands for any class.
bool enhancedFits(const char *want, const QByteArray &have)
{
    if (have.isEmpty())
        return false;
    for (const QByteArray &w : QByteArray(want).split('|')) {
        if (w.startsWith("X.") ? have.mid(1) == w.mid(1) : have == w)
            return true;
    }
    return false;
}

// The display name of a blocklist named in a reply ("zen.spamhaus.org" -> "Spamhaus").
QString blocklistName(const QString &word)
{
    static const char *const names[] = {"Spamhaus", "Barracuda", "SpamCop",   "SORBS",       "UCEPROTECT",
                                        "SpamRATS", "PSBL",      "Mailspike", "Invaluement", "Abusix"};
    if (word.compare(QLatin1String("S3150"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Microsoft (S3150)");
    for (const char *n : names)
        if (word.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(n);
    return word;
}

// The QSslError whose words (Qt's errorString, as the transcript writes it after "Certificate problem: ")
// the text holds, or 0.
int sslErrorNamedIn(const QString &text)
{
    static const QLatin1String prefix("Certificate problem: ");
    if (!text.startsWith(prefix))
        return 0;
    for (int e = QSslError::UnableToGetIssuerCertificate; e <= QSslError::OcspStatusUnknown; ++e)
        if (text.mid(prefix.size()).startsWith(QSslError(QSslError::SslError(e)).errorString()))
            return e;
    return 0;
}

bool fits(const Pattern &p, const DiagnosisInput &in, QRegularExpressionMatch *m)
{
    if (!p.problem)
        return false;
    if (p.stages && !(p.stages & bit(in.stage)))
        return false;
    if (p.port && p.port != in.port)
        return false;
    if (p.code && p.code != in.code)
        return false;
    if (p.klass && in.code / 100 != p.klass && !(in.code == 0 && in.enhanced.startsWith(char('0' + p.klass))))
        return false;
    if (p.enhanced && !enhancedFits(p.enhanced, in.enhanced))
        return false;
    if (p.sslError == AnySsl)
        return !in.sslErrors.isEmpty() || sslErrorNamedIn(in.text) > 0;
    if (p.socketError == AnySocket)
        return in.socketError >= 0;
    // Socket and TLS errors match by their enum, or, in a transcript, by their words.
    const bool bySocket = p.socketError >= 0 && in.socketError == p.socketError;
    const bool bySsl = p.sslError >= 0 && in.sslErrors.contains(p.sslError);
    if ((p.socketError >= 0 || p.sslError >= 0) && !bySocket && !bySsl) {
        if (!p.text)
            return false;
        *m = regexFor(p).match(in.text);
        return m->hasMatch();
    }
    if (p.text && !bySocket && !bySsl) {
        *m = regexFor(p).match(in.text);
        return m->hasMatch();
    }
    return true;
}

}  // namespace

// A provider with OAuth sign-in, recognised by the server's name or by what its replies carry
// (Google's help links and "gsmtp", Microsoft's outlook.com host names and aka.ms links).
QString oauthProvider(const DiagnosisInput &in)
{
    static const QRegularExpression google(
        QStringLiteral("(^|\\.)(gmail|googlemail|google)\\.com$|support\\.google\\.com|\\bgsmtp\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression microsoft(
        QStringLiteral("(^|\\.)(office365|outlook|hotmail|live)\\.com$|\\.outlook\\.com\\b|aka\\.ms/"
                       "|\\bprotection\\.outlook"),
        QRegularExpression::CaseInsensitiveOption);
    if (google.match(in.host).hasMatch() || google.match(in.text).hasMatch())
        return QStringLiteral("Google");
    if (microsoft.match(in.host).hasMatch() || microsoft.match(in.text).hasMatch())
        return QStringLiteral("Microsoft");
    return {};
}

// Rows that mean "the password did not work": with a provider that has OAuth, signing in is the fix.
bool isPasswordFailure(const char *id)
{
    for (const char *p : {"wrong-password", "wrong-password-code", "mechanism-too-weak", "auth-required",
                          "auth-required-text", "account-locked"})
        if (qstrcmp(id, p) == 0)
            return true;
    return false;
}

Diagnosis diagnose(const DiagnosisInput &in)
{
    for (const Pattern &p : table) {
        QRegularExpressionMatch m;
        if (!fits(p, in, &m))
            continue;
        Diagnosis d;
        d.id = QString::fromLatin1(p.id);
        d.problem = trd(p.problem);
        d.fix = trd(p.fix);
        if (p.sslError == AnySsl)
            d.problem =
                certificateProblem(in.sslErrors.isEmpty() ? sslErrorNamedIn(in.text) : in.sslErrors.first());
        else if (p.socketError == AnySocket)
            d.problem = socketProblem(in.socketError);
        else if (d.problem.contains(QLatin1String("%1"))) {
            const QString name = blocklistName(m.hasMatch() ? m.captured(1) : QString());
            d.problem = d.problem.arg(name);
            if (d.fix.contains(QLatin1String("%1")))
                d.fix = d.fix.arg(name);
        }
        d.provider = QString::fromLatin1(p.provider);
        d.offerOAuth = p.oauth;
        d.retryLater = p.retry;
        if (!p.provider && isPasswordFailure(p.id)) {
            const QString provider = oauthProvider(in);
            if (!provider.isEmpty()) {
                d.provider = provider;
                d.offerOAuth = true;
                d.fix =
                    provider == QLatin1String("Google")
                        ? QCoreApplication::translate("smtp::Diagnosis", "Sign in with Google instead. %1")
                              .arg(d.fix)
                        : QCoreApplication::translate("smtp::Diagnosis", "Sign in with Microsoft instead. %1")
                              .arg(d.fix);
            }
        }
        return d;
    }
    return {};
}

Diagnosis diagnose(const Outcome &o, int port, const QString &host)
{
    DiagnosisInput in;
    in.port = port;
    in.host = host;
    in.code = o.reply.code;
    in.enhanced = o.reply.enhanced;
    in.text = o.reply.isValid() ? o.reply.text() : o.summary;
    for (const QSslError &e : o.sslErrors)
        in.sslErrors.append(int(e.error()));
    switch (o.category) {
    case Outcome::Category::AuthFailed:
        in.stage = Stage::Auth;
        break;
    case Outcome::Category::TlsFailed:
        in.stage = Stage::Tls;
        break;
    case Outcome::Category::ConnectionFailed:
    case Outcome::Category::Timeout:
        in.stage = o.reply.isValid() ? Stage::None : Stage::Connect;
        break;
    default:
        in.stage = o.recipients.isEmpty() ? Stage::None : Stage::Rcpt;
        break;
    }
    Diagnosis d = diagnose(in);
    if (!d.matched() && o.reply.isValid()) {
        // The summary is Stamp's own sentence: it may name what the reply's text does not.
        in.text = o.summary;
        d = diagnose(in);
    }
    return d;
}

QList<QString> diagnosisIds()
{
    QList<QString> ids;
    for (const Pattern &p : table)
        if (p.problem)
            ids.append(QString::fromLatin1(p.id));
    return ids;
}

QString certificateProblem(int e)
{
    const auto w = [](const char *s) { return QCoreApplication::translate("smtp::Diagnosis", s); };
    switch (QSslError::SslError(e)) {
    case QSslError::NoError:
        return {};
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return w("The certificate's issuer is not known here: an intermediate certificate is missing or the "
                 "CA is private.");
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateSignatureFailed:
        return w("The certificate's signature does not check out: it may be forged or damaged.");
    case QSslError::UnableToDecodeIssuerPublicKey:
        return w("The issuer's public key could not be read.");
    case QSslError::CertificateNotYetValid:
        return w("The server's certificate is not valid yet.");
    case QSslError::CertificateExpired:
        return w("The server's certificate has expired.");
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
        return w("The certificate's validity dates are malformed.");
    case QSslError::SelfSignedCertificate:
        return w("The server's certificate is self-signed: nobody Stamp trusts vouches for it.");
    case QSslError::SelfSignedCertificateInChain:
        return w("The server's certificate chain ends in a root that is not trusted.");
    case QSslError::CertificateRevoked:
        return w("The server's certificate was revoked by its issuer.");
    case QSslError::InvalidCaCertificate:
        return w("A certificate in the chain may not act as a CA.");
    case QSslError::PathLengthExceeded:
        return w("The certificate chain is longer than its CA allows.");
    case QSslError::InvalidPurpose:
        return w("The certificate is not meant for a server.");
    case QSslError::CertificateUntrusted:
        return w("The server's certificate is not trusted for this purpose.");
    case QSslError::CertificateRejected:
        return w("The server's certificate is marked as rejected.");
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return w("The certificate does not belong to the issuer it names.");
    case QSslError::NoPeerCertificate:
        return w("The server sent no certificate at all.");
    case QSslError::HostNameMismatch:
        return w("The certificate is made out to a name other than the server's.");
    case QSslError::NoSslSupport:
        return w("TLS is not available on this computer (no TLS library).");
    case QSslError::CertificateBlacklisted:
        return w("The certificate is on a list of known bad certificates.");
    case QSslError::CertificateStatusUnknown:
    case QSslError::OcspNoResponseFound:
    case QSslError::OcspMalformedRequest:
    case QSslError::OcspMalformedResponse:
    case QSslError::OcspInternalError:
    case QSslError::OcspTryLater:
    case QSslError::OcspSigRequred:
    case QSslError::OcspUnauthorized:
    case QSslError::OcspResponseCannotBeTrusted:
    case QSslError::OcspResponseCertIdUnknown:
    case QSslError::OcspResponseExpired:
    case QSslError::OcspStatusUnknown:
        return w("Whether the certificate was revoked could not be checked (OCSP).");
    case QSslError::UnspecifiedError:
        break;
    }
    return w("The server's certificate could not be verified.");
}

QString socketProblem(int e)
{
    const auto w = [](const char *s) { return QCoreApplication::translate("smtp::Diagnosis", s); };
    switch (QAbstractSocket::SocketError(e)) {
    case QAbstractSocket::ConnectionRefusedError:
        return w("The server refused the connection: nothing listens on that port.");
    case QAbstractSocket::RemoteHostClosedError:
        return w("The server closed the connection.");
    case QAbstractSocket::HostNotFoundError:
        return w("The server name was not found in DNS.");
    case QAbstractSocket::SocketAccessError:
        return w("This computer does not allow Stamp to open the connection.");
    case QAbstractSocket::SocketResourceError:
        return w("This computer ran out of resources for another connection.");
    case QAbstractSocket::SocketTimeoutError:
        return w("The server did not answer in time.");
    case QAbstractSocket::DatagramTooLargeError:
        return w("A network packet was too large.");
    case QAbstractSocket::NetworkError:
        return w("The network failed, or the server cannot be reached from here.");
    case QAbstractSocket::AddressInUseError:
    case QAbstractSocket::SocketAddressNotAvailableError:
        return w("The local network address is not available.");
    case QAbstractSocket::UnsupportedSocketOperationError:
        return w("This computer does not support the connection asked for (for example IPv6).");
    case QAbstractSocket::UnfinishedSocketOperationError:
        return w("The connection was still being set up.");
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return w("The proxy wants a login.");
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return w("The proxy failed: check the proxy settings.");
    case QAbstractSocket::SslHandshakeFailedError:
        return w("The TLS handshake failed.");
    case QAbstractSocket::SslInternalError:
        return w("The TLS library failed.");
    case QAbstractSocket::SslInvalidUserDataError:
        return w("The TLS settings were not valid.");
    case QAbstractSocket::OperationError:
    case QAbstractSocket::TemporaryError:
    case QAbstractSocket::UnknownSocketError:
        break;
    }
    return w("The connection failed.");
}

}  // namespace smtp
