#pragma once

#include <thread>

namespace cli {

// OpenSSL's own start-up (reading openssl.cnf, loading its providers, seeding its random generator: about a
// third of what the first TLS connection costs before its first byte), begun on a thread at the top of main,
// before the Qt application exists. The session's TLS channel (smtp/tlschannel.h) uses the same libcrypto,
// so it then finds this part done or waits for the rest of it. Joined when the object goes away.
class TlsHeadStart
{
public:
    explicit TlsHeadStart(bool start);
    ~TlsHeadStart();
    TlsHeadStart(const TlsHeadStart &) = delete;
    TlsHeadStart &operator=(const TlsHeadStart &) = delete;

private:
    std::thread m_thread;
};

}  // namespace cli
