#pragma once

#include "command.h"

#include <memory>

namespace cli {

// `stamp merge`: one message per row of a CSV file, from a template with {{placeholders}}, through the
// outbox over one connection (store/mergejob.h, store/batchsubmission.h). Needs the store: stamp-desktop.
std::unique_ptr<Command> makeMergeCommand();

// "N/min", "N/h" or "N" (per minute): the interval between two messages in milliseconds; 0 with *error set
// when the text is none of those or N is not a positive number.
qint64 mergeIntervalFromRate(const QString &text, QString *error);

}  // namespace cli
