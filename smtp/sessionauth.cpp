// The AUTH phase of a session (RFC 4954): choosing the mechanism, the SASL steps, and cancelling with "*".
#include "session.h"

namespace smtp {

using verdict::makeOutcome;

static constexpr int MaxAuthSteps = 8;

void Session::startAuth()
{
    m_stages.enter(TimedStage::Auth);
    m_state = State::Auth;
    if (!m_encrypted && !m_options.allowPlaintextAuth) {
        abort(
            makeOutcome(Outcome::Category::AuthFailed,
                        tr("Stamp will not send a password over an unencrypted connection."),
                        tr("Use STARTTLS or TLS for this server; if you really mean to send the password in "
                           "clear text, say so with --allow-plaintext-auth.")));
        return;
    }
    const QList<QByteArray> offered = m_caps.authMechanisms();
    AuthMethod method = m_options.auth;
    if (method == AuthMethod::Auto) {
        method = chooseMechanism(offered);
        if (method == AuthMethod::Auto) {
            abort(makeOutcome(
                Outcome::Category::AuthFailed,
                offered.isEmpty() ? tr("The server does not offer authentication on this connection.")
                                  : tr("The server offers no login method Stamp supports (it offers: %1).")
                                        .arg(QString::fromLatin1(offered.join(' '))),
                tr("Check the port (submission is usually 587 or 465) and the security setting.")));
            return;
        }
    } else if (!offered.contains(authMethodName(method))) {
        abort(makeOutcome(Outcome::Category::AuthFailed,
                          offered.isEmpty() ? tr("The server does not offer %1 (it offers nothing).")
                                                  .arg(QString::fromLatin1(authMethodName(method)))
                                            : tr("The server does not offer %1 (it offers: %2).")
                                                  .arg(QString::fromLatin1(authMethodName(method)),
                                                       QString::fromLatin1(offered.join(' '))),
                          tr("Choose another authentication method, or automatic.")));
        return;
    }
    if ((method == AuthMethod::XOAuth2 || method == AuthMethod::OAuthBearer) && m_options.tokens) {
        emitEvent(TranscriptEvent::Kind::Info, tr("Asking for an OAuth access token"));
        QPointer<Session> self(this);
        m_options.tokens->requestToken(m_options.user, [self, method](QString token, QString error) {
            if (!self || self->m_state != State::Auth)
                return;
            if (!error.isEmpty()) {
                self->abort(makeOutcome(Outcome::Category::AuthFailed,
                                        tr("No OAuth access token: %1").arg(error),
                                        tr("Sign in to the account again.")));
                return;
            }
            self->m_options.auth = method;
            self->continueAuth(token);
        });
        return;
    }
    m_options.auth = method;
    continueAuth(m_options.password);
}

void Session::continueAuth(const QString &secret)
{
    m_mech = createMechanism(m_options.auth, {m_options.user, secret, m_options.host, m_options.port});
    m_authSteps = 0;
    QByteArray initial;  // null: no initial response
    QString shown = QStringLiteral("AUTH ") + QString::fromLatin1(m_mech->name());
    if (m_mech->hasInitialResponse()) {
        const SaslMechanism::Step step = m_mech->initialResponse();
        if (!step.error.isEmpty()) {
            abort(makeOutcome(Outcome::Category::AuthFailed, tr("Login stopped: %1.").arg(step.error),
                              tr("Check the user name and password for this account.")));
            return;
        }
        // RFC 4954 §4: an empty initial response is sent as "=".
        initial = step.response.isEmpty() ? QByteArray("=") : step.response.toBase64();
        shown += QLatin1Char(' ') + step.shown;
    }
    QString why;
    const QByteArray line = commandline::auth(m_mech->name(), initial, &why);
    if (line.isEmpty()) {
        abort(makeOutcome(Outcome::Category::LocalError, tr("The login could not be started: %1.").arg(why),
                          tr("Choose another authentication method.")));
        return;
    }
    sendLine(line, Cmd::Auth, shown);
}

// RFC 4954 §4: "*" cancels the exchange; the server answers 501, and the session ends with QUIT after it.
void Session::cancelAuth(const Outcome &outcome)
{
    sendLine(commandline::saslCancel(), Cmd::Auth, tr("* (cancelling the login)"));
    abort(outcome);
}

void Session::handleAuthReply(const Reply &reply)
{
    if (reply.code == 334) {
        if (++m_authSteps > MaxAuthSteps) {
            cancelAuth(makeOutcome(Outcome::Category::AuthFailed,
                                   tr("The server kept asking for more login steps; Stamp gave up."),
                                   tr("The server is misbehaving; report it to its administrator.")));
            return;
        }
        const QByteArray encoded = reply.lines.value(0).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            cancelAuth(makeOutcome(Outcome::Category::AuthFailed,
                                   tr("The server sent a login challenge that is not valid base64."),
                                   tr("The server is misbehaving; report it to its administrator."), reply));
            return;
        }
        const SaslMechanism::Step step = m_mech->respond(*decoded);
        if (!step.error.isEmpty()) {
            cancelAuth(makeOutcome(
                Outcome::Category::AuthFailed, tr("Login stopped: %1.").arg(step.error),
                tr("Check the server address; report this to its administrator if it persists."), reply));
            return;
        }
        QString why;
        const std::optional<QByteArray> line = commandline::saslResponse(step.response.toBase64(), &why);
        if (!line) {
            cancelAuth(makeOutcome(Outcome::Category::LocalError, tr("Login stopped: %1.").arg(why),
                                   tr("Choose another authentication method.")));
            return;
        }
        sendLine(*line, Cmd::Auth, step.shown);
        return;
    }
    if (reply.code == 235) {
        if (!m_mech->serverVerified()) {
            abort(makeOutcome(Outcome::Category::AuthFailed,
                              tr("The server accepted the login without proving that it knows the password "
                                 "(SCRAM); Stamp does not trust it."),
                              tr("Someone may be impersonating the server."), reply));
            return;
        }
        m_mech.reset();
        emitEvent(TranscriptEvent::Kind::Info, tr("Logged in as %1").arg(m_options.user));
        m_state = State::Ready;
        nextMessage();
        return;
    }
    abort(verdict::refused(verdict::Stage::Auth, reply));
}

}  // namespace smtp
