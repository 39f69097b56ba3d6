#include "tlswarmup.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>

#include <thread>

namespace smtp {

namespace {

std::thread &worker()
{
    static std::thread t;
    return t;
}

void joinWorker()
{
    if (worker().joinable())
        worker().join();
}

}  // namespace

void startTlsWarmUp()
{
    // Qt's TLS backend lives in an application-scoped static: it must not be started without an
    // application, nor outlive it while loading (hence the join in a post routine, which
    // ~QCoreApplication runs before it resets those statics).
    if (!QCoreApplication::instance() || worker().joinable())
        return;
    worker() = std::thread([] {
        // QSslSocketPrivate::ensureInitialized() is guarded by Qt's own mutex, so a QSslSocket created
        // meanwhile on the main thread waits for this instead of loading twice.
        if (QSslSocket::supportsSsl())
            (void)QSslConfiguration::defaultConfiguration();
    });
    qAddPostRoutine(joinWorker);
}

}  // namespace smtp
