// The diagnosis table: each row reached by a real server's own wording (Postfix, Exim, sendmail, Dovecot
// submission, Gmail, Microsoft 365), by a socket or TLS error, or by the words Stamp writes in a transcript.
#include "diagnosis.h"
#include "outcome.h"

#include <QAbstractSocket>
#include <QSet>
#include <QSslError>
#include <QTest>

using namespace smtp;

class TestDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realWordings_data();
    void realWordings();
    void everyRowIsCoveredAndComplete();
    void successIsNoDiagnosis();
    void fromOutcome();
    void everyTlsAndSocketErrorInWords();
    void passwordFailureAtProviderOffersSignIn();

private:
    QSet<QString> m_covered;
};

Q_DECLARE_METATYPE(smtp::Stage)

#define row(name) QTest::newRow(name)

void TestDiagnosis::realWordings_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>(
        "line");  // a server line "550 5.1.1 text", or Stamp's words when socket/ssl set
    QTest::addColumn<int>("socketError");
    QTest::addColumn<int>("sslError");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("provider");  // non-empty: Sign in with <provider> is offered
    QTest::addColumn<bool>("retry");
    const int A = int(Stage::Auth), M = int(Stage::Mail), R = int(Stage::Rcpt), C = int(Stage::Content),
              G = int(Stage::Greeting), N = int(Stage::Connect), T = int(Stage::Tls),
              S = int(Stage::StartTls);
    using Sock = QAbstractSocket;

    // Google
    row("gmail app password")
        << A << "534-5.7.9 Application-specific password required. For more information, go to" << -1 << -1
        << 587 << "google-app-password"
        << "Google" << false;
    row("gmail web login")
        << A
        << "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via "
           "your web browser and then try again."
        << -1 << -1 << 587 << "google-web-login"
        << "Google" << false;
    row("gmail bad credentials")
        << A << "535-5.7.8 Username and Password not accepted. For more information, go to" << -1 << -1 << 587
        << "google-bad-credentials"
        << "Google" << false;
    row("gmail too many logins") << A << "454 4.7.0 Too many login attempts, please try again later." << -1
                                 << -1 << 587 << "google-too-many-logins"
                                 << "" << true;
    row("gmail starttls first") << M << "530 5.7.0 Must issue a STARTTLS command first." << -1 << -1 << 587
                                << "tls-required-first"
                                << "" << false;
    row("gmail size") << C << "552-5.2.3 Your message exceeded Google's message size limits." << -1 << -1
                      << 587 << "size-limit-mailbox"
                      << "" << false;
    row("gmail dmarc") << C
                       << "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's "
                          "DMARC policy."
                       << -1 << -1 << 25 << "dmarc"
                       << "" << false;
    row("gmail unauthenticated")
        << C
        << "550-5.7.26 This mail has been blocked because the sender is "
           "unauthenticated. Gmail requires all senders to authenticate with either SPF "
           "or DKIM."
        << -1 << -1 << 25 << "unauthenticated"
        << "" << false;
    row("gmail spam")
        << C
        << "550-5.7.1 [192.0.2.1] Our system has detected that this message is likely unsolicited "
           "mail."
        << -1 << -1 << 25 << "spam"
        << "" << false;
    row("gmail no such user") << R << "550-5.1.1 The email account that you tried to reach does not exist."
                              << -1 << -1 << 25 << "user-unknown"
                              << "" << false;
    row("gmail rate") << R
                      << "450-4.2.1 The user you are trying to contact is receiving mail at a rate that "
                         "prevents additional messages from being delivered."
                      << -1 << -1 << 25 << "rate-limited"
                      << "" << true;
    row("gmail ptr")
        << C
        << "550-5.7.25 [192.0.2.1] The IP address sending this message does not have a PTR record "
           "setup"
        << -1 << -1 << 25 << "reverse-dns"
        << "" << false;
    row("gmail spf code")
        << C << "550-5.7.23 The message was rejected because of Sender Policy Framework violation" << -1 << -1
        << 25 << "spf-code"
        << "" << false;
    row("gmail dkim code") << C << "550-5.7.20 No passing DKIM signature found" << -1 << -1 << 25 << "dkim"
                           << "" << false;
    row("4.7.21 code only") << C << "550 5.7.21 rejected" << -1 << -1 << 25 << "dkim-code"
                            << "" << false;

    // Microsoft 365 / Outlook.com
    row("m365 smtp auth disabled") << A
                                   << "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                                      "disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled"
                                   << -1 << -1 << 587 << "microsoft-smtp-auth-disabled"
                                   << "Microsoft" << false;
    row("m365 tenant disabled") << A
                                << "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                                   "disabled for the Tenant."
                                << -1 << -1 << 587 << "microsoft-smtp-auth-disabled"
                                << "Microsoft" << false;
    row("m365 security defaults") << A
                                  << "535 5.7.139 Authentication unsuccessful, user is locked by your "
                                     "organization's security defaults policy. Contact your administrator."
                                  << -1 << -1 << 587 << "microsoft-security-defaults"
                                  << "Microsoft" << false;
    row("m365 basic auth") << A << "550 5.7.30 Basic authentication is not supported for Client Submission."
                           << -1 << -1 << 587 << "microsoft-basic-auth-off"
                           << "Microsoft" << false;
    row("m365 auth unsuccessful") << A
                                  << "535 5.7.3 Authentication unsuccessful [SN4PR0601CA0004.outlook.com]"
                                  << -1 << -1 << 587 << "microsoft-auth-unsuccessful"
                                  << "Microsoft" << false;
    row("m365 criteria")
        << A
        << "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be "
           "authenticated successfully. Contact your administrator."
        << -1 << -1 << 587 << "microsoft-auth-policy"
        << "Microsoft" << false;
    row("m365 not authenticated") << M << "530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001]"
                                  << -1 << -1 << 587 << "microsoft-not-authenticated"
                                  << "Microsoft" << false;
    row("m365 send as") << C
                        << "554 5.2.252 SendAsDenied; ann@example.org not allowed to send as bob@example.org"
                        << -1 << -1 << 587 << "microsoft-send-as"
                        << "" << false;
    row("m365 relay") << R << "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain" << -1 << -1
                      << 25 << "relay-denied"
                      << "" << false;
    row("m365 mechanism") << A << "504 5.7.4 Unrecognized authentication type" << -1 << -1 << 587
                          << "mechanism-not-offered"
                          << "" << false;
    row("m365 quota") << C << "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException"
                      << -1 << -1 << 25 << "mailbox-full"
                      << "" << false;
    row("m365 banned ip") << G << "550 5.7.606 Access denied, banned sending IP [192.0.2.1]." << -1 << -1
                          << 25 << "blocklist-other"
                          << "" << false;
    row("outlook S3150") << C << "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. (S3150)"
                         << -1 << -1 << 25 << "blocklist"
                         << "" << false;

    // Postfix
    row("postfix relay") << R << "554 5.7.1 <bob@example.com>: Relay access denied" << -1 << -1 << 25
                         << "relay-denied"
                         << "" << false;
    row("postfix user unknown")
        << R
        << "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in "
           "local recipient table"
        << -1 << -1 << 25 << "user-unknown"
        << "" << false;
    row("postfix size") << C << "552 5.3.4 Message size exceeds fixed limit" << -1 << -1 << 587
                        << "size-limit-code"
                        << "" << false;
    row("postgrey") << R
                    << "450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see "
                       "http://postgrey.schweikert.ch/help/example.org.html"
                    << -1 << -1 << 25 << "greylisted"
                    << "" << true;
    row("postfix spamhaus") << R
                            << "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
                               "zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1"
                            << -1 << -1 << 25 << "blocklist"
                            << "" << false;
    row("postfix starttls") << A << "530 5.7.0 Must issue a STARTTLS command first" << -1 << -1 << 587
                            << "tls-required-first"
                            << "" << false;
    row("postfix sasl failed") << A << "535 5.7.8 Error: authentication failed: authentication failure" << -1
                               << -1 << 587 << "wrong-password"
                               << "" << false;
    row("postfix bad mechanism") << A
                                 << "535 5.7.8 Error: authentication failed: Invalid authentication mechanism"
                                 << -1 << -1 << 587 << "mechanism-unknown"
                                 << "" << false;
    row("postfix not owned") << R
                             << "553 5.7.1 <ann@example.org>: Sender address rejected: not owned by user bob"
                             << -1 << -1 << 587 << "sender-not-owned"
                             << "" << false;
    row("postfix too many") << R << "452 4.5.3 Error: too many recipients" << -1 << -1 << 587
                            << "too-many-recipients"
                            << "" << false;
    row("postfix spf")
        << R
        << "550 5.7.1 <ann@example.org>: Recipient address rejected: Message rejected due to: SPF "
           "fail - not authorized."
        << -1 << -1 << 25 << "spf"
        << "" << false;
    row("postfix null mx") << R
                           << "556 5.1.10 <bob@example.net>: Recipient address rejected: Domain example.net "
                              "does not accept mail (nullMX)"
                           << -1 << -1 << 25 << "null-mx"
                           << "" << false;
    row("postfix smtputf8")
        << R << "553 5.6.7 <bjørn@example.org>: Recipient address rejected: SMTPUTF8 is required" << -1 << -1
        << 25 << "non-ascii"
        << "" << false;
    row("postfix sender domain")
        << M << "450 4.1.8 <ann@nowhere.example>: Sender address rejected: Domain not found" << -1 << -1 << 25
        << "sender-domain"
        << "" << false;

    // Exim
    row("exim relay") << R << "550 relay not permitted" << -1 << -1 << 25 << "relay-denied"
                      << "" << false;
    row("exim auth") << A << "535 Incorrect authentication data" << -1 << -1 << 587 << "wrong-password"
                     << "" << false;
    row("exim size") << C << "552 Message size exceeds maximum permitted" << -1 << -1 << 587 << "size-limit"
                     << "" << false;
    row("exim temporary") << C << "451 Temporary local problem - please try later" << -1 << -1 << 587
                          << "temporary-local"
                          << "" << true;
    row("exim barracuda") << G
                          << "550 Rejected because 192.0.2.1 is in a black list at b.barracudacentral.org"
                          << -1 << -1 << 25 << "blocklist"
                          << "" << false;
    row("exim greylist") << R << "451 4.7.1 Greylisting in action, please come back later" << -1 << -1 << 25
                         << "greylisted"
                         << "" << true;
    row("exim unrouteable") << R << "550 Unrouteable address" << -1 << -1 << 25 << "user-unknown"
                            << "" << false;
    row("exim dkim") << C << "550 DKIM signature verification failed" << -1 << -1 << 25 << "dkim"
                     << "" << false;
    row("exim spamcop") << G << "554 Your IP is listed in bl.spamcop.net" << -1 << -1 << 25 << "blocklist"
                        << "" << false;
    row("exim rate") << M << "450 4.7.0 Sending rate limit exceeded, try again later" << -1 << -1 << 587
                     << "rate-limited"
                     << "" << true;

    // sendmail
    row("sendmail relay") << R
                          << "550 5.7.1 <bob@example.org>... Relaying denied. Proper authentication required."
                          << -1 << -1 << 25 << "relay-denied"
                          << "" << false;
    row("sendmail user") << R << "550 5.1.1 <nobody@example.org>... User unknown" << -1 << -1 << 25
                         << "user-unknown"
                         << "" << false;
    row("sendmail auth") << A << "535 5.7.0 authentication failed" << -1 << -1 << 587 << "wrong-password"
                         << "" << false;
    row("sendmail shutting down") << G << "421 4.3.2 Service shutting down" << -1 << -1 << 587
                                  << "service-closing"
                                  << "" << true;
    row("sendmail sender domain") << M
                                  << "553 5.1.8 <ann@nonexist.example>... Domain of sender address "
                                     "ann@nonexist.example does not exist"
                                  << -1 << -1 << 25 << "sender-domain"
                                  << "" << false;
    row("sendmail policy") << R << "550 5.7.1 <bob@example.org>... Access denied" << -1 << -1 << 25
                           << "policy"
                           << "" << false;
    row("sendmail auth required") << M << "530 5.7.0 Authentication required" << -1 << -1 << 587
                                  << "auth-required"
                                  << "" << false;

    // Dovecot submission
    row("dovecot auth failed") << A << "535 5.7.8 Authentication failed" << -1 << -1 << 587
                               << "wrong-password"
                               << "" << false;
    row("dovecot plaintext") << A
                             << "523 5.7.10 Plaintext authentication disallowed on non-secure (SSL/TLS) "
                                "connections."
                             << -1 << -1 << 587 << "encryption-needed"
                             << "" << false;
    row("dovecot mechanism") << A << "504 5.5.4 Unsupported authentication mechanism." << -1 << -1 << 587
                             << "mechanism-not-offered"
                             << "" << false;
    row("dovecot temporary") << A << "454 4.7.0 Temporary authentication failure." << -1 << -1 << 587
                             << "auth-temporary"
                             << "" << true;
    row("dovecot quota") << C << "552 5.2.2 <bob@example.org> Quota exceeded (mailbox for user is full)" << -1
                         << -1 << 587 << "mailbox-full"
                         << "" << false;
    row("dovecot auth required") << M << "550 5.7.0 Authentication required" << -1 << -1 << 587
                                 << "auth-required-text"
                                 << "" << false;

    // RFC 4954's codes as servers send them
    row("538 encryption") << A << "538 5.7.11 Encryption required for requested authentication mechanism"
                          << -1 << -1 << 587 << "encryption-required"
                          << "" << false;
    row("5.7.11 code") << A << "554 5.7.11 Encryption required" << -1 << -1 << 587
                       << "encryption-required-code"
                       << "" << false;
    row("534 too weak") << A << "534 5.7.9 Authentication mechanism is too weak" << -1 << -1 << 587
                        << "mechanism-too-weak"
                        << "" << false;
    row("432 transition") << A << "432 4.7.12 A password transition is needed" << -1 << -1 << 587
                          << "password-transition"
                          << "" << false;
    row("account disabled") << A << "535 5.7.13 User account disabled" << -1 << -1 << 587
                            << "account-disabled"
                            << "" << false;
    row("account locked") << A << "535 5.7.0 Your account is locked, contact support" << -1 << -1 << 587
                          << "account-locked"
                          << "" << false;
    row("wrong password code") << C << "554 5.7.8 Authentication credentials invalid" << -1 << -1 << 587
                               << "wrong-password-code"
                               << "" << false;
    row("auth required text") << R << "550 5.7.1 SMTP AUTH required for sending mail" << -1 << -1 << 587
                              << "auth-required-text"
                              << "" << false;
    row("mail flood") << C << "451 4.7.28 Mail flood detected" << -1 << -1 << 25 << "mail-flood"
                      << "" << true;
    row("size mailbox") << C << "552 5.2.3 Message length exceeds administrative limit" << -1 << -1 << 25
                        << "size-limit-mailbox"
                        << "" << false;
    row("size code") << C << "552 5.3.4 rejected" << -1 << -1 << 25 << "size-limit-code"
                     << "" << false;
    row("mailbox full code") << R << "452 4.2.2 over" << -1 << -1 << 25 << "mailbox-full-code"
                             << "" << false;
    row("user unknown code") << M << "550 5.1.1 bad" << -1 << -1 << 25 << "user-unknown-code"
                             << "" << false;
    row("any other 4xx") << C << "450 4.3.0 Try later" << -1 << -1 << 25 << "temporary"
                         << "" << true;

    // Sockets, by their error and by the words in Stamp's transcript
    row("refused on 25") << N << "Could not connect to smtp.example.org port 25: Connection refused."
                         << int(Sock::ConnectionRefusedError) << -1 << 25 << "refused-port-25"
                         << "" << false;
    row("timeout on 25") << N << "The server did not answer in time while connecting."
                         << int(Sock::SocketTimeoutError) << -1 << 25 << "timeout-port-25"
                         << "" << true;
    row("refused") << N << "" << int(Sock::ConnectionRefusedError) << -1 << 587 << "connection-refused"
                   << "" << false;
    row("refused in words") << N << "Could not connect to smtp.example.org port 587: Connection refused."
                            << -1 << -1 << 0 << "connection-refused"
                            << "" << false;
    row("host not found") << N << "Could not connect to smtp.exmaple.org port 587: Host not found." << -1
                          << -1 << 587 << "host-not-found"
                          << "" << false;
    row("host not found enum") << N << "" << int(Sock::HostNotFoundError) << -1 << 587 << "host-not-found"
                               << "" << false;
    row("timeout") << N << "The server did not answer in time while connecting." << -1 << -1 << 587
                   << "connect-timeout"
                   << "" << true;
    row("timeout mid-message") << C << "The server did not answer in time while sending the message." << -1
                               << -1 << 587 << "timeout"
                               << "" << true;
    row("postfix storage") << M << "452 4.3.1 Insufficient system storage" << -1 << -1 << 587 << "system-full"
                           << "" << true;
    row("network") << N << "Network unreachable" << int(Sock::NetworkError) << -1 << 587
                   << "network-unreachable"
                   << "" << true;
    row("closed") << G << "The remote host closed the connection" << int(Sock::RemoteHostClosedError) << -1
                  << 465 << "closed-by-server"
                  << "" << true;
    row("wrong tls mode") << T
                          << "The TLS handshake failed, so Stamp sent nothing: error:0A00010B:SSL "
                             "routines::wrong version number."
                          << -1 << -1 << 587 << "wrong-tls-mode"
                          << "" << false;
    row("starttls missing") << S << "The server does not offer STARTTLS, so Stamp sent nothing" << -1 << -1
                            << 587 << "starttls-missing"
                            << "" << false;
    row("old tls") << T << "The TLS handshake failed: unsupported protocol version" << -1 << -1 << 465
                   << "tls-old-version"
                   << "" << false;

    // Certificates, by QSslError and by its words (Qt's errorString) in the transcript
    row("expired") << T << "Certificate problem: The certificate has expired" << -1 << -1 << 465
                   << "cert-expired"
                   << "" << false;
    row("expired enum") << T << "" << -1 << int(QSslError::CertificateExpired) << 465 << "cert-expired"
                        << "" << false;
    row("not yet valid") << T << "Certificate problem: The certificate is not yet valid" << -1 << -1 << 465
                         << "cert-not-yet-valid"
                         << "" << false;
    row("self-signed") << T << "Certificate problem: The certificate is self-signed, and untrusted" << -1
                       << -1 << 465 << "cert-self-signed"
                       << "" << false;
    row("self-signed chain") << T
                             << "Certificate problem: The root certificate of the certificate chain is "
                                "self-signed, and untrusted"
                             << -1 << -1 << 465 << "cert-self-signed-chain"
                             << "" << false;
    row("hostname") << T
                    << "Certificate problem: The host name did not match any of the valid hosts for this "
                       "certificate"
                    << -1 << -1 << 465 << "cert-hostname"
                    << "" << false;
    row("issuer")
        << T
        << "Certificate problem: The issuer certificate of a locally looked up certificate could not "
           "be found"
        << -1 << -1 << 465 << "cert-issuer-unknown"
        << "" << false;
    row("untrusted enum") << T << "" << -1 << int(QSslError::CertificateUntrusted) << 465 << "cert-untrusted"
                          << "" << false;
    row("signature enum") << T << "" << -1 << int(QSslError::CertificateSignatureFailed) << 465
                          << "cert-other"
                          << "" << false;
    row("invalid purpose words")
        << T
        << QStringLiteral("Certificate problem: %1").arg(QSslError(QSslError::InvalidPurpose).errorString())
        << -1 << -1 << 465 << "cert-other"
        << "" << false;
    row("proxy") << N << "" << int(Sock::ProxyConnectionRefusedError) << -1 << 587 << "socket-other"
                 << "" << true;
    row("revoked") << T << "Certificate problem: The certificate has been revoked" << -1 << -1 << 465
                   << "cert-revoked"
                   << "" << false;
}

#undef row

void TestDiagnosis::realWordings()
{
    QFETCH(int, stage);
    QFETCH(QString, line);
    QFETCH(int, socketError);
    QFETCH(int, sslError);
    QFETCH(int, port);
    QFETCH(QString, id);
    QFETCH(QString, provider);
    QFETCH(bool, retry);
    DiagnosisInput in;
    in.stage = Stage(stage);
    in.port = port;
    in.socketError = socketError;
    if (sslError >= 0)
        in.sslErrors << sslError;
    const bool serverLine = line.size() > 4 && line.at(0).isDigit() && line.at(3) != QLatin1Char(' ')
                                ? true
                                : line.size() > 4 && line.at(0).isDigit();
    if (serverLine && socketError < 0 && sslError < 0) {
        in.code = line.left(3).toInt();
        in.text = line.mid(4);
        const QString first = in.text.section(QLatin1Char(' '), 0, 0);
        if (first.count(QLatin1Char('.')) == 2 && first.at(0).isDigit()) {
            in.enhanced = first.toLatin1();
            in.text = in.text.section(QLatin1Char(' '), 1);
        }
    } else {
        in.text = line;
    }
    const Diagnosis d = diagnose(in);
    QCOMPARE(d.id, id);
    QVERIFY(!d.problem.isEmpty() && !d.fix.isEmpty());
    QVERIFY2(!d.problem.contains(QLatin1String("%1")) && !d.fix.contains(QLatin1String("%1")),
             qPrintable(d.problem));
    QCOMPARE(d.offerOAuth, !provider.isEmpty());
    if (!provider.isEmpty()) {
        QCOMPARE(d.provider, provider);
        QVERIFY2(d.fix.contains(QStringLiteral("Sign in with %1").arg(provider)), qPrintable(d.fix));
    }
    QCOMPARE(d.retryLater, retry);
    if (id.startsWith(QLatin1String("refused-port-25")) || id.startsWith(QLatin1String("timeout-port-25")))
        QVERIFY(d.fix.contains(QLatin1String("587")) && d.fix.contains(QLatin1String("465")));
    if (id == QLatin1String("blocklist")) {
        // The list the reply names is named back.
        const QString named = d.problem.section(QLatin1String("the "), -1).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(QStringList({"Spamhaus", "Barracuda", "SpamCop", "Microsoft"}).contains(named),
                 qPrintable(d.problem));
    }
    m_covered.insert(d.id);
}

void TestDiagnosis::everyRowIsCoveredAndComplete()
{
    const QList<QString> ids = diagnosisIds();
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    for (const QString &id : ids)
        QVERIFY2(m_covered.contains(id),
                 qPrintable(id + QStringLiteral(": no real wording reaches this row")));
}

void TestDiagnosis::successIsNoDiagnosis()
{
    for (const char *l :
         {"250 2.0.0 Ok: queued as 1234", "235 2.7.0 Authentication successful", "354 go ahead"}) {
        DiagnosisInput in;
        in.stage = Stage::Content;
        in.code = QByteArray(l).left(3).toInt();
        in.text = QString::fromLatin1(l).mid(4);
        QVERIFY2(!diagnose(in).matched(), l);
    }
    QVERIFY(!diagnose(DiagnosisInput()).matched());
}

void TestDiagnosis::fromOutcome()
{
    Outcome o;
    o.category = Outcome::Category::AuthFailed;
    o.summary = QStringLiteral("The server refused the login.");
    o.reply.code = 534;
    o.reply.enhanced = "5.7.9";
    o.reply.lines = {"Application-specific password required. For more information, go to",
                     "https://support.google.com/mail/?p=InvalidSecondFactor"};
    Diagnosis d = diagnose(o, 587);
    QCOMPARE(d.id, QStringLiteral("google-app-password"));
    QVERIFY(d.offerOAuth);

    Outcome c;
    c.category = Outcome::Category::ConnectionFailed;
    c.summary = QStringLiteral("Could not connect to mx.example.org port 25: Connection refused.");
    QCOMPARE(diagnose(c, 25).id, QStringLiteral("refused-port-25"));
    QCOMPARE(diagnose(c, 587).id, QStringLiteral("connection-refused"));

    Outcome t;
    t.category = Outcome::Category::TlsFailed;
    t.summary = QStringLiteral("The certificate is not trusted.");
    t.sslErrors << QSslError(QSslError::HostNameMismatch);
    QCOMPARE(diagnose(t).id, QStringLiteral("cert-hostname"));
}

void TestDiagnosis::everyTlsAndSocketErrorInWords()
{
    // Every certificate error Qt can report has its own words, through the table or its catch-all row.
    QSet<QString> words;
    for (int e = QSslError::UnableToGetIssuerCertificate; e <= QSslError::OcspStatusUnknown; ++e) {
        DiagnosisInput in;
        in.stage = Stage::Tls;
        in.sslErrors << e;
        const Diagnosis d = diagnose(in);
        QVERIFY2(d.matched() && !d.problem.isEmpty() && !d.fix.isEmpty(), qPrintable(QString::number(e)));
        QVERIFY(!certificateProblem(e).isEmpty());
        // And from the words of the transcript's "Certificate problem: ..." line.
        in.sslErrors.clear();
        in.text =
            QStringLiteral("Certificate problem: %1").arg(QSslError(QSslError::SslError(e)).errorString());
        QVERIFY2(diagnose(in).matched(), qPrintable(in.text));
        words.insert(certificateProblem(e));
    }
    QVERIFY(words.size() >= 15);
    QVERIFY(certificateProblem(QSslError::NoError).isEmpty());
    for (int e = QAbstractSocket::ConnectionRefusedError; e <= QAbstractSocket::TemporaryError; ++e) {
        DiagnosisInput in;
        in.stage = Stage::Connect;
        in.socketError = e;
        in.port = 587;
        const Diagnosis d = diagnose(in);
        QVERIFY2(d.matched() && !d.problem.isEmpty(), qPrintable(QString::number(e)));
        QVERIFY(!socketProblem(e).isEmpty());
    }
}

void TestDiagnosis::passwordFailureAtProviderOffersSignIn()
{
    // A generic refusal, with the provider known only from the server's name or from links in its text.
    DiagnosisInput in;
    in.stage = Stage::Auth;
    in.code = 535;
    in.enhanced = "5.7.8";
    in.text = QStringLiteral("Authentication failed");
    QVERIFY(!diagnose(in).offerOAuth);
    in.host = QStringLiteral("smtp.gmail.com");
    Diagnosis d = diagnose(in);
    QCOMPARE(d.id, QStringLiteral("wrong-password"));
    QVERIFY(d.offerOAuth);
    QCOMPARE(d.provider, QStringLiteral("Google"));
    QVERIFY(d.fix.startsWith(QLatin1String("Sign in with Google")));
    in.host = QStringLiteral("smtp.office365.com");
    d = diagnose(in);
    QCOMPARE(d.provider, QStringLiteral("Microsoft"));
    QVERIFY(d.fix.startsWith(QLatin1String("Sign in with Microsoft")));
    in.host = QStringLiteral("smtp-mail.outlook.com");
    QCOMPARE(diagnose(in).provider, QStringLiteral("Microsoft"));
    in.host = QStringLiteral("mail.notgmail.com.example");
    QVERIFY(!diagnose(in).offerOAuth);
    in.host.clear();
    in.text = QStringLiteral("Authentication failed https://support.google.com/mail/?p=BadCredentials");
    QCOMPARE(diagnose(in).provider, QStringLiteral("Google"));
    // A provider with OAuth but a failure a sign-in would not fix: no offer.
    DiagnosisInput big;
    big.stage = Stage::Content;
    big.code = 552;
    big.enhanced = "5.3.4";
    big.host = QStringLiteral("smtp.gmail.com");
    QVERIFY(!diagnose(big).offerOAuth);
    // From a finished send: the host is passed along.
    Outcome o;
    o.category = Outcome::Category::AuthFailed;
    o.reply.code = 535;
    o.reply.enhanced = "5.7.8";
    o.reply.lines = {"Error: authentication failed"};
    QVERIFY(diagnose(o, 587, QStringLiteral("smtp.gmail.com")).offerOAuth);
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
