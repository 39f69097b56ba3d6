#pragma once

#include <QStringList>

namespace ui {

class AppContext;
class ComposerWindow;

// What the window does when Stamp starts: messages left "sending" by a Stamp that stopped are marked as
// failed (they may have gone out), a mailto: argument fills a new message, otherwise the newest draft is
// restored. With no account yet, the first-start dialog opens (set up from the address, FirstStartDialog).
// `arguments` excludes the program name.
// The window deletes itself when closed.
ComposerWindow *openStartupWindow(AppContext *app, const QStringList &arguments);

}  // namespace ui
