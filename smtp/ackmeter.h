#pragma once

#include <QList>
#include <QPair>
#include <QtGlobal>

namespace smtp {

// How much of a message's content the server's TCP stack has acknowledged (issue 9, "Honest progress"), as
// opposed to what was handed to the socket. The session says where in its byte stream each piece of content
// ends (mark) and where the end of the content is (markEnd), and samples the socket on bytesWritten and on a
// short timer: acks raise no signal. The meter answers in content bytes, and latches "the end was
// acknowledged" only from a sample taken while the connection was still up (smtp/tcpinfo.h: after a reset the
// kernel's count reads 0 and proves nothing). Unacknowledged proves "not received" only while the connection
// is up or after the server's FIN (which acknowledges all it got), never after a reset: see endUncertain().
//
// Over TLS the kernel counts record bytes. Each is counted here as one plaintext byte; records are a little
// larger than what they carry, so the meter under-reports by that overhead and never reports more than the
// server received.
class AckMeter
{
public:
    AckMeter() = default;
    ~AckMeter();
    AckMeter(const AckMeter &) = delete;
    AckMeter &operator=(const AckMeter &) = delete;

    // Starts on a connected socket for new content beginning at stream offset contentStart (the bytes the
    // session has written to the socket before it). False when the system cannot tell (not Linux): then
    // nothing is held and known() stays false.
    bool start(qintptr socketDescriptor, qint64 contentStart);
    // Releases the descriptor held for sampling; what was measured stays.
    void stop();
    bool isMeasuring() const { return m_fd >= 0; }
    bool known() const { return m_known; }

    // After a content write: the stream offset just after it, and the content bytes handed over up to there.
    void mark(qint64 streamOffset, qint64 contentBytes);
    // The end of the content (final dot, BDAT LAST chunk) ends at this stream offset.
    void markEnd(qint64 streamOffset);

    // The session's counts at sampling time.
    struct Transport
    {
        bool connected = false;  // Qt's socket is still connected, so the counts below are current
        qint64 handed = 0;       // stream bytes that left Qt's buffer (written - bytesToWrite())
        qint64 pending = 0;      // TLS: encrypted bytes not yet handed to the kernel
    };
    // Takes a sample; true when acknowledged() or endAcknowledged() changed.
    bool sample(const Transport &transport);
    qint64 acknowledged() const { return m_acked; }  // content bytes, never decreasing
    bool endAcknowledged() const { return m_endAcked; }
    // The connection was reset after the end was handed to the kernel and before it was seen acknowledged:
    // the server may have received it (its acknowledgement held back for a reply that never came).
    bool endUncertain() const { return m_endUncertain; }

    // The content bytes that end at stream position pos, interpolated between the marks (pure; tested).
    static qint64 contentAt(const QList<QPair<qint64, qint64>> &marks, qint64 pos);

private:
    qintptr m_fd = -1;
    bool m_known = false;
    QList<QPair<qint64, qint64>> m_marks;  // (stream offset, content bytes), both increasing
    qint64 m_end = -1;
    qint64 m_acked = 0;
    bool m_endAcked = false;
    bool m_endUncertain = false;
    // Kernel stream bytes written at the last sample where the end was not wholly in the kernel: the end lies
    // beyond (-1: the system does not say).
    qint64 m_beforeEnd = -1;
    Transport m_last;  // the counts of the last sample taken while Qt's socket was connected
};

}  // namespace smtp
