// libFuzzer target: encodeUnstructured, encodePhrase, foldHeader/foldList, rfc2231Parameter and
// quotedPrintable. The invariants live in invariants.h, shared with tst_adversarial (which replays the
// corpus).
#include "invariants.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem =
        fuzzcheck::checkEncoding(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
