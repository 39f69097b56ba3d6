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
        if (OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr) == 1)
            (void)RAND_status();
    });
}

TlsHeadStart::~TlsHeadStart()
{
    if (m_thread.joinable())
        m_thread.join();
}

}  // namespace cli
