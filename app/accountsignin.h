#pragma once

#include "account.h"
#include "command.h"

#include <memory>

namespace cli {

// `stamp account login NAME [--device]` and `stamp account logout NAME` (OAuth 2.0 accounts).
std::unique_ptr<Command> makeAccountLoginCommand();
std::unique_ptr<Command> makeAccountLogoutCommand();

// `stamp account add NAME --from ADDR --auto [--yes]`: finds the server for the address, prints what was
// found and from where, and asks before it is used unless yes. Fills the server part of *account. Returns 0,
// or the exit code to end with (nothing found, declined, usage).
int autoconfigureAccount(const Command &command, store::Account *account, bool yes);

// The token source of an OAuth account for `send --account`: the provider found, the refresh token read
// from the keychain when a token is asked for. Null with *error (and an exit code) when it cannot be set up.
std::unique_ptr<smtp::TokenProvider> oauthTokensFor(const store::Account &account, QString *error);

}  // namespace cli
