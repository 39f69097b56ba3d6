#pragma once

#include "sendcommand.h"

namespace cli {

// `send --markdown-file` in stamp-desktop: format/mailhtml turns the Markdown into the HTML alternative.
const SendCommand::Formatter &markdownFormatterForSend();

}  // namespace cli
