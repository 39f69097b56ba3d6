#pragma once

#include "encoding.h"
#include "outcome.h"
#include "reply.h"
#include "verdict.h"

#include <QList>

namespace smtp {

// The state of one message being sent (smtp/transaction.cpp): the recipients' results across rounds, and the
// round under way (MAIL, RCPT..., the content). Recipients refused with 452 go again in a following round on
// the same connection (RFC 5321 §4.5.3.1.10); a round only follows one that delivered, so it is bounded.
struct Transaction
{
    int job = -1;
    QList<RecipientResult> results;  // one per envelope recipient: the last word on each
    bool anyDelivered = false;       // a round's content was accepted
    Reply deliveredReply;            // the reply that accepted it
    int round = 0;

    // The round under way.
    QList<int> rcpt;                    // envelope indices tried in this round
    QList<RecipientResult> recipients;  // this round's replies, parallel to rcpt
    Reply mailReply;
    int rcptReplies = 0;
    Reply contentReply;          // DATA/BDAT refused, or the reply to the end of the content
    QString localError;          // the content could not be read
    bool failed = false;         // MAIL or the content refused: the round is decided
    bool dataRequested = false;  // DATA or the first BDAT went out
    bool streaming = false;
    bool finalSent = false;  // the end of the content went out: from now on it may be delivered
    bool emptyEnd = false;   // the "." sent after a 354 nobody needed: its reply decides nothing
    // Whether the server's TCP stack acknowledged the end (Session::sampleAcks); Pending from the start of
    // the content where the system can tell.
    verdict::EndAck endAck = verdict::EndAck::Unknown;
    bool waitingReported = false;  // waitingForReply() was emitted for this round
    qint64 sent = 0;               // content bytes handed to the socket
    qint64 total = 0;
    bool chunking = false;
    bool utf8 = false;  // SMTPUTF8 in use for this message
    bool eightBit = false;
    bool dsn = false;
    int bdatOutstanding = 0;
    QByteArray bdatCarry;
    DotStuffer stuffer;

    int accepted() const
    {
        int n = 0;
        for (const RecipientResult &r : recipients)
            n += r.accepted;
        return n;
    }
    verdict::TransactionFacts facts() const
    {
        return {mailReply, recipients, contentReply, finalSent, localError, endAck};
    }
    // Clears the round's state for the next round over `indices`.
    void startRound(const QList<int> &indices)
    {
        const int keepJob = job;
        const QList<RecipientResult> keepResults = results;
        const bool keepDelivered = anyDelivered;
        const Reply keepReply = deliveredReply;
        const int keepRound = round;
        const qint64 keepTotal = total;
        const bool keepChunking = chunking, keepUtf8 = utf8, keepEight = eightBit, keepDsn = dsn;
        *this = Transaction();
        job = keepJob;
        results = keepResults;
        anyDelivered = keepDelivered;
        deliveredReply = keepReply;
        round = keepRound;
        total = keepTotal;
        chunking = keepChunking;
        utf8 = keepUtf8;
        eightBit = keepEight;
        dsn = keepDsn;
        rcpt = indices;
        for (int i : indices)
            recipients.append({results[i].address, false, {}});
    }
};

}  // namespace smtp
