#include "tcpinfo.h"

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/sockios.h>
#include <netinet/in.h>
// The kernel's own header, not glibc's <netinet/tcp.h>: its tcp_info has the byte counts (bytes_acked,
// bytes_sent, bytes_retrans) that glibc's lacks. The states are the kernel's (include/net/tcp_states.h).
#include <linux/tcp.h>

#include <cstddef>

namespace {
constexpr int TcpEstablished = 1;
constexpr int TcpClose = 7;
constexpr int TcpCloseWait = 8;
constexpr int TcpListen = 10;
}  // namespace
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace smtp {

qint64 unacknowledgedBytes(qintptr socketDescriptor)
{
#ifdef Q_OS_LINUX
    if (socketDescriptor < 0)
        return -1;
    const int fd = int(socketDescriptor);
    // SIOCOUTQ answers for any socket type; only a TCP socket that is or was connected has the meaning wanted
    // here (tcp(7)). After the peer's FIN the queue still counts; a listening or closed socket has no answer.
    int type = 0;
    socklen_t len = sizeof type;
    if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0 || type != SOCK_STREAM)
        return -1;
    tcp_info info{};
    len = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0 || info.tcpi_state == TcpListen
        || info.tcpi_state == TcpClose)
        return -1;
    int queued = 0;
    if (::ioctl(fd, SIOCOUTQ, &queued) != 0 || queued < 0)
        return -1;
    return queued;
#else
    Q_UNUSED(socketDescriptor);
    return -1;
#endif
}

SendQueueSample sampleSendQueue(qintptr socketDescriptor)
{
    SendQueueSample s;
#ifdef Q_OS_LINUX
    if (socketDescriptor < 0)
        return s;
    const int fd = int(socketDescriptor);
    int type = 0;
    socklen_t len = sizeof type;
    if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0 || type != SOCK_STREAM)
        return s;
    // The count first, the state after it: if the connection is still up after the count was read, no
    // reset had purged the queue before the reading.
    int queued = 0;
    if (::ioctl(fd, SIOCOUTQ, &queued) != 0 || queued < 0)
        return s;
    tcp_info info{};
    len = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0)
        return s;
    s.known = true;
    s.open = info.tcpi_state == TcpEstablished || info.tcpi_state == TcpCloseWait;
    s.unacknowledged = queued;
    if (len >= offsetof(tcp_info, tcpi_bytes_retrans) + sizeof info.tcpi_bytes_retrans) {
        // bytes_acked counts the SYN as one byte.
        s.acknowledged = qMax<qint64>(0, qint64(info.tcpi_bytes_acked) - 1);
        s.transmitted = qint64(info.tcpi_bytes_sent) - qint64(info.tcpi_bytes_retrans);
    }
#else
    Q_UNUSED(socketDescriptor);
#endif
    return s;
}

qintptr holdDescriptor(qintptr socketDescriptor)
{
#ifdef Q_OS_LINUX
    if (socketDescriptor < 0)
        return -1;
    return ::fcntl(int(socketDescriptor), F_DUPFD_CLOEXEC, 0);
#else
    Q_UNUSED(socketDescriptor);
    return -1;
#endif
}

void releaseDescriptor(qintptr heldDescriptor)
{
#ifdef Q_OS_LINUX
    if (heldDescriptor >= 0)
        ::close(int(heldDescriptor));
#else
    Q_UNUSED(heldDescriptor);
#endif
}

}  // namespace smtp
