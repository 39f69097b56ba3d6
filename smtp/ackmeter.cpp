#include "ackmeter.h"

#include "tcpinfo.h"

namespace smtp {

AckMeter::~AckMeter()
{
    stop();
}

bool AckMeter::start(qintptr socketDescriptor, qint64 contentStart)
{
    stop();
    m_known = false;
    m_marks = {{contentStart, 0}};
    m_end = -1;
    m_acked = 0;
    m_endAcked = false;
    m_endUncertain = false;
    m_last = {};
    const SendQueueSample s = sampleSendQueue(socketDescriptor);
    if (!s.known)
        return false;
    m_beforeEnd = s.acknowledged >= 0 ? s.acknowledged + s.unacknowledged : -1;
    m_fd = holdDescriptor(socketDescriptor);
    m_known = m_fd >= 0;
    return m_known;
}

void AckMeter::stop()
{
    releaseDescriptor(m_fd);
    m_fd = -1;
}

void AckMeter::mark(qint64 streamOffset, qint64 contentBytes)
{
    if (!m_marks.isEmpty() && streamOffset <= m_marks.last().first)
        return;
    m_marks.append({streamOffset, contentBytes});
}

void AckMeter::markEnd(qint64 streamOffset)
{
    m_end = streamOffset;
}

qint64 AckMeter::contentAt(const QList<QPair<qint64, qint64>> &marks, qint64 pos)
{
    if (marks.isEmpty() || pos <= marks.first().first)
        return marks.isEmpty() ? 0 : marks.first().second;
    for (qsizetype i = 1; i < marks.size(); ++i) {
        const auto &[offset, content] = marks[i];
        if (pos >= offset)
            continue;
        const auto &[prevOffset, prevContent] = marks[i - 1];
        // Inside a piece: in proportion (stuffing and BDAT lines make a piece's wire bytes a little more than
        // its content, so this stays within the piece).
        return prevContent + (content - prevContent) * (pos - prevOffset) / (offset - prevOffset);
    }
    return marks.last().second;
}

bool AckMeter::sample(const Transport &transport)
{
    if (m_fd < 0 || m_endAcked)
        return false;
    if (transport.connected)
        m_last = transport;
    const SendQueueSample s = sampleSendQueue(m_fd);
    if (s.known && !s.open) {
        // Reset. The queue's count is gone, and the acknowledgement may never have come: a server answers
        // commands, so its stack holds back its ACK to send it with the reply (delayed ACK), and a server
        // that read the whole message and then reset the connection never sends it. So an end handed to the
        // kernel may have arrived, unless the kernel never put it on the wire (a full window, say): nothing
        // beyond the last position known to lie before the end was transmitted.
        const bool endInKernel = m_end >= 0 && m_last.handed >= m_end && m_last.pending == 0;
        const bool neverTransmitted = s.transmitted >= 0 && m_beforeEnd >= 0 && s.transmitted <= m_beforeEnd;
        if (endInKernel && !neverTransmitted && !m_endUncertain) {
            m_endUncertain = true;
            return true;
        }
        return false;
    }
    if (!s.known)
        return false;  // gone: this sample says nothing about what arrived
    // Where the kernel's stream stood while the end was not wholly in it yet: the end lies beyond.
    if (transport.connected && s.acknowledged >= 0
        && (m_end < 0 || m_last.handed < m_end || m_last.pending > 0))
        m_beforeEnd = s.acknowledged + s.unacknowledged;
    // The stream position up to which the peer's TCP stack acknowledged everything. After Qt closed its
    // descriptor nothing more can have been handed over, so the last connected counts still hold.
    const qint64 ackedPos = m_last.handed - m_last.pending - s.unacknowledged;
    bool changed = false;
    const qint64 content = contentAt(m_marks, ackedPos);
    if (content > m_acked) {
        m_acked = content;
        changed = true;
    }
    // Marks wholly acknowledged are no longer needed (a 250 MB message would otherwise keep thousands).
    while (m_marks.size() > 2 && m_marks[1].first <= ackedPos)
        m_marks.removeFirst();
    if (m_end >= 0 && ackedPos >= m_end) {
        m_endAcked = true;
        changed = true;
    }
    return changed;
}

}  // namespace smtp
