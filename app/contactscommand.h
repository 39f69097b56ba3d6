#pragma once

#include "command.h"

#include <memory>

namespace cli {

// `stamp contacts list|import FILE|export FILE`: the window's address book (store::ContactStore) and vCard.
std::unique_ptr<Command> makeContactsCommand();

}  // namespace cli
