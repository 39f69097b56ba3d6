// libFuzzer target: the reply parser, fed the same bytes whole and split at fuzzed places.
// The invariants live in invariants.h, shared with tst_adversarial (which replays the corpus).
#include "invariants.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem =
        fuzzcheck::checkReplyParser(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
