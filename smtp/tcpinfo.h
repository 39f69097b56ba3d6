#pragma once

#include <QtGlobal>

namespace smtp {

// Bytes written to a TCP socket that the peer's TCP stack has not acknowledged yet (Linux: ioctl SIOCOUTQ,
// which counts data sent but unacknowledged and data not yet sent). Subtracted from the bytes handed to the
// socket, it tells how much the server really received (issue 9, "Honest progress"). -1 where the system
// cannot tell: not Linux, not a connected TCP socket, or an invalid descriptor. For TLS, the count is of TLS
// record bytes.
qint64 unacknowledgedBytes(qintptr socketDescriptor);

// One reading of a TCP socket's send queue, with whether the connection was still up when it was taken.
struct SendQueueSample
{
    bool known = false;  // the system can tell (Linux, a TCP socket)
    // The connection was established (or only half closed by the peer, CLOSE_WAIT) when the count was read.
    // After a reset the kernel purges the send queue, so the count then reads 0: such a sample is not open
    // and says nothing about what arrived.
    bool open = false;
    qint64 unacknowledged = -1;
    // Stream bytes the peer's stack acknowledged, and stream bytes put on the wire at least once, since the
    // connection began (tcp_info's bytes_acked and bytes_sent less bytes_retrans, Linux 4.19); both survive a
    // reset. -1 where the system does not say.
    qint64 acknowledged = -1;
    qint64 transmitted = -1;
};
SendQueueSample sampleSendQueue(qintptr socketDescriptor);

// A second descriptor for the same socket, so that it can still be sampled after Qt has closed its own (Qt
// closes it as soon as it reads the end of the stream, before any signal). While it is held the kernel
// keeps the connection; releaseDescriptor() lets it go. -1 where the system has no such thing.
qintptr holdDescriptor(qintptr socketDescriptor);
void releaseDescriptor(qintptr heldDescriptor);

}  // namespace smtp
