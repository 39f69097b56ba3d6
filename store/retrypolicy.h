#pragma once

#include "outcome.h"

#include <QList>

namespace store {

// When an outbox item is tried again by itself. Passing causes (a 4xx reply such as greylisting, a
// connection that failed or broke before the end of the message, a server that did not answer) are retried
// with a growing delay (RFC 5321 §4.5.4.1 asks senders to wait between attempts); a 5xx, a refused login or
// an untrusted certificate would only fail the same way, so they wait for the user.
struct RetryPolicy
{
    // After attempt n (1-based) the next one waits delaysMs[n - 1], the last entry once the list runs out.
    QList<qint64> delaysMs{60'000, 120'000, 300'000, 600'000, 1'800'000, 3'600'000, 7'200'000};
    int maxAttempts = 8;

    static const RetryPolicy &standard();
    // True for the categories worth an automatic attempt later.
    static bool retriesAutomatically(smtp::Outcome::Category category);
    // The delay before the attempt after `attempts` failed ones, or -1 when no attempt is left.
    qint64 delayAfter(int attempts) const;
};

}  // namespace store
