#include "advice.h"

#include "appcontext.h"
#include "diagnosis.h"

#include <QRegularExpression>

namespace ui {

using Category = smtp::Outcome::Category;

namespace {

// The translation context of every sentence here.
struct Advice
{
    Q_DECLARE_TR_FUNCTIONS(ui::Advice)
};

// The server says, in its reply, that it wants encryption first: RFC 3207 §4 ("530 5.7.0 Must issue a
// STARTTLS command first") or RFC 4954 §6 (5.7.11, "encryption required for requested authentication
// mechanism").
bool replyAsksForTls(const smtp::Reply &r)
{
    if (!r.isValid() || r.isPositive())
        return false;
    if (r.enhanced.endsWith(".7.11") || r.code == 538)
        return true;
    static const QRegularExpression words(QStringLiteral(R"(\bSTARTTLS\b|\bTLS\b|encrypt)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return words.match(r.text()).hasMatch();
}

// The engine's advice is written for `stamp send`; a sentence that names a flag ("--allow-plaintext-auth")
// means nothing in the window.
bool namesAFlag(const QString &text)
{
    static const QRegularExpression flag(QStringLiteral(R"((^|\s)--[a-z])"));
    return flag.match(text).hasMatch();
}

QString windowWordsFor(Category category)
{
    switch (category) {
    case Category::AuthFailed:
        return Advice::tr("Check the user name, password and security settings of the account.");
    case Category::TlsFailed:
        return Advice::tr("Check the security setting and the certificate of the account.");
    case Category::ConnectionFailed:
    case Category::Timeout:
        return Advice::tr(
            "Check the server name, port and security setting of the account, and the network.");
    default:
        return Advice::tr("Check the account settings, then send again.");
    }
}

}  // namespace

WindowAdvice windowAdvice(const smtp::Outcome &o, const AdviceContext &c)
{
    WindowAdvice w;
    const bool plain = c.security == smtp::Security::None;
    const bool failed = !o.delivered() && o.category != Category::Cancelled
                        && o.category != Category::MayHaveBeenDelivered && o.category != Category::LocalError;

    // Security None against a server that wants STARTTLS: it may say so in a refusal (530 5.7.0 to MAIL
    // FROM), or Stamp itself held back the password, or the login it offers only after STARTTLS is missing.
    // Whatever the reply's class, the cure is the same setting.
    const bool heldBackPassword = o.category == Category::AuthFailed && !o.reply.isValid() && plain
                                  && c.hasUser && !c.allowPlaintextAuth;
    if (plain && failed
        && (replyAsksForTls(o.reply)
            || (c.starttlsOffered
                && (heldBackPassword || o.category == Category::AuthFailed || (o.reply.code == 530))))) {
        w.id = QStringLiteral("wantsEncryption");
        w.headline = Advice::tr("Not sent: this server wants encryption");
        w.advice = Advice::tr("This server wants encryption: set Security to STARTTLS. Nothing was sent.");
        w.actions = {AdviceAction::UseStartTls, AdviceAction::OpenAccount};
        return w;
    }
    if (heldBackPassword) {
        // No login was tried: "login failed" would be wrong.
        w.id = QStringLiteral("passwordHeldBack");
        w.headline = Advice::tr("Not sent: the password was not sent without encryption");
        w.advice =
            Advice::tr("The connection to this server is not encrypted, so Stamp did not send the password. "
                       "Set Security to STARTTLS or TLS if the server has it; only on a network you trust, "
                       "tick “Send the password unencrypted” in the account instead.");
        w.actions = {AdviceAction::OpenAccount};
        return w;
    }
    // An OAuth account whose token was refused even after a refresh, or whose grant is gone: the only cure
    // is a new sign-in. The message stays in the outbox.
    if (c.oauth && o.category == Category::AuthFailed) {
        w.id = QStringLiteral("signInAgain");
        w.headline = Advice::tr("Not sent: sign in again");
        w.advice = c.needsSignIn
                       ? Advice::tr("The sign-in of this account has expired or was revoked. Sign in again, "
                                    "then send; the message stays in the outbox.")
                       : Advice::tr("The server did not accept the sign-in of this account. Sign in again, "
                                    "then send; the message stays in the outbox.");
        w.actions = {AdviceAction::SignIn, AdviceAction::OpenAccount};
        return w;
    }
    // A provider that refuses passwords and has OAuth sign-in (smtp::diagnose knows their replies: Google
    // 534 5.7.9 and 5.7.14, Microsoft 5.7.139, 5.7.30, 5.7.3): offer "Sign in with <provider>".
    if (failed && !c.oauth) {
        const smtp::Diagnosis d = smtp::diagnose(o, c.port, c.host);
        if (d.offerOAuth && !d.provider.isEmpty()) {
            w.id = QStringLiteral("signInProvider");
            w.provider = d.provider;
            w.headline = d.provider == QLatin1String("Google")
                             ? Advice::tr("Not sent: Google wants you to sign in with Google")
                         : d.provider == QLatin1String("Microsoft")
                             ? Advice::tr("Not sent: Microsoft wants you to sign in with Microsoft")
                             : Advice::tr("Not sent: this provider wants you to sign in with it");
            w.advice = d.fix.isEmpty() ? d.problem : QStringLiteral("%1 %2").arg(d.problem, d.fix);
            w.actions = {AdviceAction::SignIn, AdviceAction::OpenAccount};
            return w;
        }
    }
    // RFC 4954 §6: 535 5.7.8, the credentials were not accepted.
    if (o.category == Category::AuthFailed && (o.reply.code == 535 || o.reply.enhanced.endsWith(".7.8"))) {
        w.id = QStringLiteral("password");
        w.headline = Advice::tr("Not sent: the server did not accept the password");
        w.advice =
            Advice::tr("Enter the password again, or check the user name in the account. Some providers need "
                       "an app password instead of the usual one.");
        w.actions = {AdviceAction::EnterPassword, AdviceAction::OpenAccount};
        return w;
    }
    if (o.category == Category::TemporaryFailure) {
        // RFC 5321 §4.2.1: 4yz is a transient failure. Nothing is refused for good: say what will happen.
        w.id = QStringLiteral("temporary");
        w.headline = Advice::tr("Not sent yet: the server asked to try later");
        w.advice = Advice::tr(
            "The message is not sent yet. It stays in the outbox and will be retried; you can also "
            "send it again yourself later.");
        return w;
    }
    if (o.category == Category::AuthFailed) {
        w.id = QStringLiteral("login");
        w.advice = namesAFlag(o.advice) || o.advice.isEmpty() ? windowWordsFor(o.category) : o.advice;
        w.actions = {AdviceAction::OpenAccount};
        return w;
    }
    if (namesAFlag(o.advice))
        w.advice = windowWordsFor(o.category);
    else
        w.advice = o.advice;
    return w;
}

AdviceContext adviceContextFor(AppContext *app, const store::Account &a)
{
    AdviceContext c;
    c.security = a.security;
    c.hasUser = !a.user.isEmpty();
    c.allowPlaintextAuth = a.allowPlaintextAuth;
    c.starttlsOffered = app->settings()->serverOffersStartTls(a.name);
    c.host = a.host;
    c.port = a.port;
    c.oauth = a.usesOAuth();
    c.needsSignIn = c.oauth && app->tokensFor(a)->needsSignIn();
    return c;
}

QString replyMeaning(const smtp::Reply &r)
{
    if (!r.isTransient())
        return smtp::explainReply(r.code, r.enhanced);
    // Every sentence says what happens next, and none calls it refused (RFC 5321 §4.2.1, RFC 3463 §3.8
    // for X.7.1 used by greylisting).
    const QByteArray detail = r.enhanced.mid(r.enhanced.indexOf('.'));
    if (detail == ".7.1")
        return Advice::tr(
            "The server holds the message back for now (a policy such as greylisting): not sent yet, "
            "it will be retried.");
    if (detail == ".2.2")
        return Advice::tr("The mailbox is full for now: not sent yet, it will be retried.");
    switch (r.code) {
    case 421:
        return Advice::tr("The server is closing the connection for now: not sent yet, it will be retried.");
    case 450:
        return Advice::tr("The mailbox is busy or unavailable for now: not sent yet, it will be retried.");
    case 451:
        return Advice::tr("The server had a temporary problem of its own: not sent yet, it will be retried.");
    case 452:
        return Advice::tr(
            "The server is short of space or of recipients for now: not sent yet, it will be retried.");
    case 454:
        return Advice::tr("The server cannot start encryption or a login right now: not sent yet, it will be "
                          "retried.");
    default:
        return Advice::tr("The server cannot take it right now: not sent yet, it will be retried.");
    }
}

QString adviceActionText(AdviceAction action, const QString &provider)
{
    switch (action) {
    case AdviceAction::UseStartTls:
        return Advice::tr("Use STARTTLS and send again");
    case AdviceAction::EnterPassword:
        return Advice::tr("Enter the password again");
    case AdviceAction::OpenAccount:
        return Advice::tr("Open the account");
    case AdviceAction::SignIn:
        if (provider == QLatin1String("Google"))
            return Advice::tr("Sign in with Google");
        if (provider == QLatin1String("Microsoft"))
            return Advice::tr("Sign in with Microsoft");
        return provider.isEmpty() ? Advice::tr("Sign in again") : Advice::tr("Sign in with %1").arg(provider);
    }
    return {};
}

QString adviceActionName(AdviceAction action)
{
    switch (action) {
    case AdviceAction::UseStartTls:
        return QStringLiteral("adviceUseStartTls");
    case AdviceAction::EnterPassword:
        return QStringLiteral("adviceEnterPassword");
    case AdviceAction::OpenAccount:
        return QStringLiteral("adviceOpenAccount");
    case AdviceAction::SignIn:
        return QStringLiteral("adviceSignIn");
    }
    return {};
}

smtp::Reply replyFromSummary(const QString &summary)
{
    // The engine's own parser, so the enhanced code is taken off exactly as on the wire.
    const QString line = summary.trimmed();
    if (line.isEmpty() || line.contains(QLatin1Char('\r')) || line.contains(QLatin1Char('\n')))
        return {};
    smtp::ReplyParser parser;
    parser.feed(line.toUtf8() + "\r\n");
    return parser.next().value_or(smtp::Reply());
}

}  // namespace ui
