#pragma once

namespace smtp {

// Loads Qt's TLS backend and OpenSSL on a worker thread, once per process. Creating the first QSslSocket
// does that work on the calling thread otherwise: about half of a short TLS send's CPU (plugin loading and
// OpenSSL symbol lookups, bench/README.md). Started as soon as a command knows it will need TLS, it runs
// beside everything else the send does first (reading files, building the message, the TCP handshake and,
// for STARTTLS, the greeting and EHLO), and the first QSslSocket then finds it done, or waits for the rest.
// Needs a QCoreApplication (does nothing without one); safe to call from the main thread any number of
// times. The thread is joined before the application object goes away.
void startTlsWarmUp();

}  // namespace smtp
