#pragma once

#include "account.h"
#include "outcome.h"
#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace ui {

// What the window knows besides the outcome: the account it was sent from and what the server offered.
struct AdviceContext
{
    std::optional<smtp::Security> security;  // unknown when the account is gone
    bool hasUser = false;
    bool allowPlaintextAuth = false;
    bool starttlsOffered = false;  // the server's EHLO listed STARTTLS (RFC 3207 §4)
    QString host;                  // the account's server, which names the provider when the reply does not
    int port = 0;
    bool oauth = false;        // the account signs in with OAuth 2.0
    bool needsSignIn = false;  // its token source said the grant is gone (revoked, expired, never made)
};

class AppContext;
// The context for an account as the window knows it (its settings, what its server offered, its tokens).
AdviceContext adviceContextFor(AppContext *app, const store::Account &account);

// A button next to the advice. The window does the work (see ComposerWindow::onAdviceAction).
enum class AdviceAction
{
    UseStartTls,    // set the account's Security to STARTTLS, then send the same outbox item again
    EnterPassword,  // ask for the password (for this run), then send again
    OpenAccount,    // open the account in Accounts
    SignIn,         // open the account's sign-in page: "Sign in again", or "Sign in with Google/Microsoft"
};

// The result of a send in the window's words. The engine's sentences are written for `stamp send` and may
// name command-line flags; this is the one place that turns them into what the window has (settings,
// buttons) and matches the advice to the cause.
struct WindowAdvice
{
    QString id;        // which case matched: "wantsEncryption", "password", ...; empty: the engine's words
    QString headline;  // empty: ResultPanel::headlineFor(category)
    QString advice;    // never empty when the outcome has advice
    QList<AdviceAction> actions;
    QString provider;  // for SignIn: "Google", "Microsoft" (smtp::diagnose), empty for the account's own
};

WindowAdvice windowAdvice(const smtp::Outcome &outcome, const AdviceContext &context);

// What a reply code means, for the result panel and its recipient rows. A temporary (4xx) reply is never
// called a refusal: the message is not sent yet and will be tried again. Other replies: the engine's reading.
QString replyMeaning(const smtp::Reply &reply);

// The text of a button, for the panel and for tests.
QString adviceActionText(AdviceAction action, const QString &provider = {});
// Its object name: "adviceUseStartTls", "adviceEnterPassword", "adviceOpenAccount", "adviceSignIn".
QString adviceActionName(AdviceAction action);

// Parses "530 5.7.0 Must issue a STARTTLS command first" as kept in the outbox back into a reply (one line).
smtp::Reply replyFromSummary(const QString &summary);

}  // namespace ui
