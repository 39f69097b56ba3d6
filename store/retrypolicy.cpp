#include "retrypolicy.h"

namespace store {

const RetryPolicy &RetryPolicy::standard()
{
    static const RetryPolicy policy;
    return policy;
}

bool RetryPolicy::retriesAutomatically(smtp::Outcome::Category category)
{
    using C = smtp::Outcome::Category;
    switch (category) {
    case C::TemporaryFailure:  // 4xx (RFC 5321 §4.2.1: "the same command may succeed later")
    case C::ConnectionFailed:  // nothing was delivered: the connection never got to the end of the message
    case C::Timeout:
        return true;
    default:  // 5xx, auth, TLS, protocol, local errors, cancel, and "may have been delivered" (never resend
              // blindly)
        return false;
    }
}

qint64 RetryPolicy::delayAfter(int attempts) const
{
    if (attempts < 1 || attempts >= maxAttempts || delaysMs.isEmpty())
        return -1;
    return delaysMs.at(std::min<int>(attempts, int(delaysMs.size())) - 1);
}

}  // namespace store
