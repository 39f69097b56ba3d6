#include "tlsheadstart.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace cli {

TlsHeadStart::TlsHeadStart(bool start)
{
    if (!start)
        return;
    m_thread = std::thread([] {
        // Both are run-once and thread-safe in OpenSSL 3: Qt's later calls return at once, or wait here.
        // No exit handler: freeing OpenSSL's tables when a one-shot command ends costs ~0.3-0.5 ms and gives
        // nothing back (bench/README.md); it has to be asked for in the first init call, which this is.
        if (OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG | OPENSSL_INIT_NO_ATEXIT, nullptr) == 1)
            (void)RAND_status();
    });
}

TlsHeadStart::~TlsHeadStart()
{
    if (m_thread.joinable())
        m_thread.join();
}

}  // namespace cli
