#pragma once

#include <QtGlobal>

namespace smtp {

// Bytes written to a TCP socket that the peer's TCP stack has not acknowledged yet (Linux: ioctl SIOCOUTQ,
// which counts data sent but unacknowledged and data not yet sent). Subtracted from the bytes handed to the
// socket, it tells how much the server really received (issue 9, "Honest progress"). -1 where the system
// cannot tell: not Linux, not a connected TCP socket, or an invalid descriptor. For TLS, the count is of TLS
// record bytes.
qint64 unacknowledgedBytes(qintptr socketDescriptor);

}  // namespace smtp
