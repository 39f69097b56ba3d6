#pragma once

#include "sendcontroller.h"

namespace ui {

class AppContext;

// The one SendController of this process, made on first use and shared by every window and the outbox
// view: one queue, whose timer sends due items (retries, send later) while the window runs. Passwords come
// from the session, the keychain or a prompt (obtainPassword); changes other Stamp processes make to the
// outbox are noticed through a file-system watch.
store::SendController *sendController(AppContext *app);

}  // namespace ui
