#pragma once

#include "sendcommand.h"

#include <memory>

namespace cli {

// `stamp account add|edit|list|remove`: the accounts the window uses, with their passwords in the keychain.
std::unique_ptr<Command> makeAccountCommand();

// For `stamp send --account NAME`: the account's server, sender and password (from the keychain unless
// --password-stdin or --user is given; the flags apply on top), and the send through the outbox.
const SendCommand::Accounts &storeAccountsForSend();

}  // namespace cli
