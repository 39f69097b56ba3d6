// The transaction phase of a session: MAIL, RCPT, the content (DATA or BDAT), the verdict of each round, and
// the retry of recipients refused with 452 (RFC 5321 §4.5.3.1.10). Touches only its own struct (Transaction)
// and the session's one command/reply queue.
#include "session.h"

namespace smtp {

using verdict::makeOutcome;

static constexpr qint64 HighWater = 256 * 1024;  // bytes queued in the socket before we stop reading files
static constexpr qint64 ReadPiece = 64 * 1024;
static constexpr qint64 BdatChunk = 256 * 1024;  // memory per chunk in flight; HighWater bounds the total
static constexpr qint64 BdatPipelineLimit = 64 * 1024;  // small messages go in the same group as MAIL/RCPT

void Session::nextMessage()
{
    if (m_state == State::Closed)
        return;
    if (m_nextJob >= m_jobs.size()) {
        if (m_holdOpen) {  // the caller hands over the next message when it is due
            m_waitingForMessage = true;
            Q_EMIT waitingForMessage();
            return;
        }
        if (m_jobs.isEmpty()) {
            m_sessionOutcome = makeOutcome(Outcome::Category::Sent,
                                           m_options.user.isEmpty()
                                               ? tr("The server accepted the connection.")
                                               : tr("The server accepted the connection and the login."),
                                           {});
            if (m_console) {  // the console types the rest (consolesession.h)
                Q_EMIT ready();
                return;
            }
        }
        quit();
        return;
    }
    beginMessage();
}

// Checks what the server must offer for this message, prepares the content, then starts the first round.
void Session::beginMessage()
{
    const int index = m_nextJob++;
    Job &job = m_jobs[index];
    m_tx = std::make_unique<Transaction>();
    m_tx->job = index;
    m_state = State::Transaction;
    m_stages.beginMessage();
    m_stages.enter(TimedStage::Envelope);
    for (const Mailbox &m : job.envelope.recipients)
        m_tx->results.append({m.address(), false, {}});

    auto localFail = [this](Outcome::Category c, const QString &summary, const QString &advice) {
        finishMessage(makeOutcome(c, summary, advice));
    };
    if (job.envelope.recipients.isEmpty()) {
        localFail(Outcome::Category::LocalError, tr("The message has no recipient."),
                  tr("Add at least one To, Cc or Bcc address."));
        return;
    }
    const QList<Mailbox> addresses = job.envelope.recipients + QList<Mailbox>{job.envelope.from};
    const bool offersUtf8 = m_caps.has("SMTPUTF8");
    bool envelopeUtf8 = false;
    for (const Mailbox &m : addresses) {
        if (!m.needsSmtpUtf8())
            continue;
        envelopeUtf8 = true;
        if (!offersUtf8) {
            localFail(
                Outcome::Category::PermanentFailure,
                tr("The address %1 has non-ASCII characters before the @, and this server does not support "
                   "SMTPUTF8, so it cannot be sent there.")
                    .arg(m.address()),
                tr("Use an ASCII address for this recipient, or another server."));
            return;
        }
    }
    // The content decides what it needs from what the server offers; a reason means the server lacks it.
    const QString why = job.source->prepare({m_caps.has("8BITMIME"), offersUtf8});
    if (!why.isEmpty()) {
        localFail(Outcome::Category::LocalError, why,
                  tr("Fix the message, or send it through another server."));
        return;
    }
    // What the content holds decides too: raw UTF-8 in the header section (RFC 6532) needs SMTPUTF8 whatever
    // the source says about itself.
    bool headersUtf8 = false;
    for (char c : job.source->headerBlock())
        headersUtf8 = headersUtf8 || uchar(c) >= 0x80;
    const bool contentUtf8 = job.source->needsSmtpUtf8() || headersUtf8;
    if (contentUtf8 && !offersUtf8) {
        localFail(
            Outcome::Category::LocalError,
            tr("The message has UTF-8 headers, but the server does not offer SMTPUTF8, so it was not sent."),
            tr("Fix the message, or send it through another server."));
        return;
    }
    m_tx->eightBit = job.source->needsEightBit();
    if (m_tx->eightBit && !m_caps.has("8BITMIME")) {
        localFail(
            Outcome::Category::LocalError,
            tr("The message has 8-bit content, but the server does not offer 8BITMIME, so it was not sent."),
            tr("Fix the message, or send it through another server."));
        return;
    }
    // 8-bit headers are 8-bit content: declared as such where the server offers it (RFC 6152).
    const commandline::MailDeclaration declared =
        commandline::declare(envelopeUtf8, contentUtf8, headersUtf8, m_tx->eightBit, m_caps.has("8BITMIME"));
    m_tx->utf8 = declared.smtpUtf8;
    m_tx->eightBit = declared.eightBit;
    m_tx->total = job.source->size();
    const qint64 limit = m_caps.maxSize();
    if (limit > 0 && m_tx->total > limit) {
        localFail(Outcome::Category::PermanentFailure,
                  tr("The message is %1 bytes, but the server accepts at most %2 bytes, so it was not sent.")
                      .arg(m_tx->total)
                      .arg(limit),
                  tr("Make the attachments smaller, or share them another way."));
        return;
    }
    m_tx->dsn = !m_options.dsn.isEmpty() && m_caps.has("DSN");
    if (!m_options.dsn.isEmpty() && !m_tx->dsn)
        emitEvent(TranscriptEvent::Kind::Info,
                  tr("Delivery notifications were asked for, but the server does not offer DSN."));
    m_tx->chunking = m_caps.has("CHUNKING");
    QList<int> all;
    for (int i = 0; i < job.envelope.recipients.size(); ++i)
        all.append(i);
    m_tx->startRound(all);
    beginRound();
}

// One round: [RSET,] MAIL, RCPT for each of the round's recipients, and in the first round the content
// pipelined after them. A retry round sends its content only once some recipient is accepted, so a round that
// accepts nobody reads nothing of the message again.
void Session::beginRound()
{
    Transaction &tx = *m_tx;
    Job &job = m_jobs[tx.job];
    QString why;
    commandline::MailParams mp;
    mp.path = job.envelope.from.envelope(tx.utf8);
    mp.size = m_caps.hasSize() ? tx.total : -1;
    mp.eightBit = tx.eightBit;
    mp.smtpUtf8 = tx.utf8;
    if (tx.dsn) {
        mp.ret = m_options.dsn.ret;
        mp.envid = m_options.dsn.envid;
    }
    const QByteArray mail = commandline::mailFrom(mp, &why);
    QList<QByteArray> rcpts;
    for (int i = 0; i < tx.rcpt.size() && !mail.isEmpty(); ++i) {
        rcpts.append(rcptLine(i, &why));
        if (rcpts.last().isEmpty())
            break;
    }
    if (mail.isEmpty() || rcpts.size() < tx.rcpt.size() || rcpts.last().isEmpty()) {
        // Nothing of this round was written: the message ends here, the connection goes on.
        finishMessage(makeOutcome(Outcome::Category::LocalError,
                                  tr("An address cannot be sent: %1.").arg(why),
                                  tr("Correct the address and send again.")));
        return;
    }
    const bool pipelining = m_caps.has("PIPELINING");
    QByteArray group;
    if (tx.round > 0) {
        emitEvent(
            TranscriptEvent::Kind::Info,
            tr("The server asked for the remaining recipients in another transaction (452): sending the "
               "message again to %n of them.",
               nullptr, int(tx.rcpt.size())));
        queueLine(group, commandline::rset(), Cmd::RoundRset);
        if (!pipelining) {
            // RFC 2920 §3.1 without PIPELINING: one command, one reply; MAIL follows the RSET's 250.
            flushWrite(group);
            return;
        }
    }
    queueLine(group, mail, Cmd::Mail);
    if (!pipelining) {
        flushWrite(group);
        return;
    }
    for (int i = 0; i < rcpts.size(); ++i)
        queueLine(group, rcpts[i], Cmd::Rcpt, {}, i);
    if (tx.round > 0) {
        flushWrite(group);
        return;
    }
    // RFC 2920: DATA may end a pipelined group. A small message goes as one BDAT LAST in the same group
    // (RFC 3030 §4.2): one round trip for the whole transaction.
    if (!tx.chunking) {
        queueLine(group, commandline::data(), Cmd::Data);
        tx.dataRequested = true;
    } else if (tx.total <= BdatPipelineLimit) {
        tx.dataRequested = true;
        tx.streaming = true;
        m_stages.enter(
            TimedStage::Content);  // pipelined with the envelope: its replies count as the final one
        QString error;
        QByteArray content;
        while (!job.source->atEnd()) {
            const QByteArray piece = job.source->read(BdatPipelineLimit, &error);
            if (!error.isEmpty())
                break;
            content += piece;
        }
        if (!error.isEmpty()) {
            // Nothing of the content is written: the group ends here, and the failure goes through RSET.
            flushWrite(group);
            tx.streaming = false;
            tx.localError = error;
            tx.failed = true;
            endRound();
            return;
        }
        queueLine(group, commandline::bdat(content.size(), true), Cmd::BdatLast);
        emitEvent(TranscriptEvent::Kind::Data,
                  QString::fromUtf8(job.source->headerBlock()).trimmed()
                      + tr("\n[message content: %1 bytes in total]").arg(content.size()));
        startAckMeter(m_written + group.size());
        group += content;
        const qint64 contentEnd = m_written + group.size();
        tx.sent = content.size();
        tx.finalSent = true;
        m_stages.enter(TimedStage::FinalReply);
        // QUIT may follow only when no recipient can be left for a retry round (the RCPT replies are not in
        // yet): a retry needs one recipient accepted and another refused, so two recipients.
        if (lastMessageQueued() && tx.rcpt.size() == 1) {
            queueLine(group, commandline::quit(), Cmd::Quit);
            m_quitSent = true;
        }
        flushWrite(group);
        m_ack.mark(contentEnd, tx.sent);
        m_ack.markEnd(contentEnd);
        if (tx.endAck == verdict::EndAck::Unknown) {
            Q_EMIT progress(tx.job, tx.sent, tx.total);
            reportWaiting();
        } else {
            sampleAcks();
        }
        return;
    }
    flushWrite(group);
}

QByteArray Session::rcptLine(int roundIndex, QString *why) const
{
    const Mailbox &m = m_jobs[m_tx->job].envelope.recipients[m_tx->rcpt[roundIndex]];
    commandline::RcptParams p;
    p.path = m.envelope(m_tx->utf8);
    p.smtpUtf8 = m_tx->utf8;
    if (m_tx->dsn && m_notify) {
        p.notify = m_notify;
        p.orcpt = m.address();
    }
    return commandline::rcptTo(p, why);
}

void Session::handleTransactionReply(Cmd cmd, int index, const Reply &reply)
{
    if (!m_tx)
        return;
    Transaction &tx = *m_tx;
    const Job &job = m_jobs[tx.job];
    const bool pipelining = m_caps.has("PIPELINING");
    QString why;
    switch (cmd) {
    case Cmd::RoundRset:
        if (!pipelining) {
            // The MAIL of the round goes after the RSET's reply, whatever it was: MAIL's reply decides.
            commandline::MailParams mp;
            mp.path = job.envelope.from.envelope(tx.utf8);
            mp.size = m_caps.hasSize() ? tx.total : -1;
            mp.eightBit = tx.eightBit;
            mp.smtpUtf8 = tx.utf8;
            if (tx.dsn) {
                mp.ret = m_options.dsn.ret;
                mp.envid = m_options.dsn.envid;
            }
            sendLine(commandline::mailFrom(mp, &why), Cmd::Mail);  // checked in beginRound()
        }
        return;
    case Cmd::Mail:
        tx.mailReply = reply;
        if (!reply.isPositive())
            tx.failed = true;
        if (!pipelining) {
            if (tx.failed) {
                endRound();
                return;
            }
            sendLine(rcptLine(0, &why), Cmd::Rcpt, {}, 0);
        }
        return;
    case Cmd::Rcpt:
        tx.recipients[index].reply = reply;
        tx.recipients[index].accepted = reply.isPositive();
        tx.rcptReplies++;
        if (!pipelining && index + 1 < tx.rcpt.size()) {
            sendLine(rcptLine(index + 1, &why), Cmd::Rcpt, {}, index + 1);
            return;
        }
        if (tx.rcptReplies == tx.rcpt.size())
            maybeStartContent();
        return;
    case Cmd::Data:
        if (reply.code == 354) {
            if (tx.failed || tx.accepted() == 0) {
                // RFC 2920 §3.1: the server took DATA although nobody was accepted: end an empty message at
                // once.
                tx.emptyEnd = true;
                sendLine(".", Cmd::DataEnd, tr(". (no recipient was accepted: ending at once)"));
                return;
            }
            startContent();
            return;
        }
        if (!tx.failed) {
            tx.failed = true;
            tx.contentReply = reply;
        }
        endRound();
        return;
    case Cmd::DataEnd:
    case Cmd::BdatLast:
        if (tx.endAck == verdict::EndAck::Pending) {
            // An answer to the end proves it arrived, whatever the last sample saw.
            tx.endAck = verdict::EndAck::Acknowledged;
            stopAckMeter();
            Q_EMIT progress(tx.job, tx.sent, tx.total);
        }
        if (!tx.failed && !tx.emptyEnd)
            tx.contentReply = reply;
        endRound();
        return;
    case Cmd::Bdat:
        tx.bdatOutstanding--;
        if (!reply.isPositive() && !tx.failed) {
            tx.failed = true;
            tx.contentReply = reply;
            tx.streaming = false;
        }
        if (tx.failed) {
            if (tx.bdatOutstanding == 0)
                endRound();
            return;
        }
        pumpContent();
        return;
    default:
        return;
    }
}

void Session::maybeStartContent()
{
    Transaction &tx = *m_tx;
    if (tx.dataRequested)
        return;  // DATA or BDAT LAST was pipelined: its reply decides
    if (tx.failed || tx.accepted() == 0) {
        endRound();
        return;
    }
    tx.dataRequested = true;
    if (tx.chunking)
        startContent();
    else
        sendLine(commandline::data(), Cmd::Data);
}

void Session::startContent()
{
    Transaction &tx = *m_tx;
    if (tx.round > 0) {
        // The content again from its start, only now that it goes out; the same options give the same bytes.
        const QString why = m_jobs[tx.job].source->prepare({m_caps.has("8BITMIME"), m_caps.has("SMTPUTF8")});
        if (!why.isEmpty()) {
            abort(
                makeOutcome(Outcome::Category::LocalError, why, tr("Check the attachment and send again.")));
            return;
        }
    }
    tx.streaming = true;
    m_stages.enter(TimedStage::Content);
    emitEvent(TranscriptEvent::Kind::Data, QString::fromUtf8(m_jobs[tx.job].source->headerBlock()).trimmed()
                                               + tr("\n[message content: %1 bytes in total]").arg(tx.total));
    startAckMeter(m_written);
    pumpContent();
}

// Measures from here what of the content the server's TCP stack acknowledges (smtp/ackmeter.h). Where the
// system cannot tell, endAck stays Unknown and the old rule holds: what was handed over counts as sent.
void Session::startAckMeter(qint64 contentStart)
{
    Transaction &tx = *m_tx;
    tx.waitingReported = false;
    if (m_ack.start(m_socket->socketDescriptor(), contentStart)) {
        tx.endAck = verdict::EndAck::Pending;
        m_ackTimer->start();
    } else {
        tx.endAck = verdict::EndAck::Unknown;
    }
}

void Session::markContent(bool end)
{
    m_ack.mark(m_written, m_tx->sent);
    if (end)
        m_ack.markEnd(m_written);
}

void Session::sampleAcks()
{
    if (!m_tx || !m_ack.isMeasuring())
        return;
    AckMeter::Transport t;
    t.connected = m_socket->state() == QAbstractSocket::ConnectedState;
    if (t.connected) {
        // Over TLS what waits in the socket is ciphertext: the channel encrypted it as it was written.
        t.handed = m_written - (m_channel ? 0 : m_socket->bytesToWrite());
        t.pending = m_channel ? m_socket->bytesToWrite() : 0;
    }
    if (!m_ack.sample(t))
        return;
    Transaction &tx = *m_tx;
    if (m_ack.endUncertain()) {
        // Reset after the end was handed over: it may have arrived, as where the system cannot tell.
        tx.endAck = verdict::EndAck::Unknown;
        stopAckMeter();
        emitEvent(TranscriptEvent::Kind::Info,
                  tr("The whole message was on its way when the server reset the connection; the server "
                     "may have received it."));
        return;
    }
    Q_EMIT progress(tx.job, m_ack.acknowledged(), tx.total);
    if (m_ack.endAcknowledged()) {
        tx.endAck = verdict::EndAck::Acknowledged;
        stopAckMeter();
        emitEvent(TranscriptEvent::Kind::Info,
                  tr("The server received the whole message (its TCP stack acknowledged the end); waiting "
                     "for its answer."));
        reportWaiting();
    }
}

void Session::stopAckMeter()
{
    m_ack.stop();
    m_ackTimer->stop();
}

void Session::reportWaiting()
{
    Transaction &tx = *m_tx;
    if (tx.waitingReported)
        return;
    tx.waitingReported = true;
    Q_EMIT waitingForReply(tx.job);
}

void Session::onBytesWritten()
{
    sampleAcks();
    if (m_tx && m_tx->streaming && !m_tx->finalSent) {
        armTimer();  // progress resets the data-block timeout
        pumpContent();
    }
}

void Session::pumpContent()
{
    if (!m_tx || !m_tx->streaming || m_tx->finalSent || m_state == State::Closed)
        return;
    Transaction &tx = *m_tx;
    Job &job = m_jobs[tx.job];
    // QUIT may follow the content only when no retry round can be needed: every RCPT answered, none with 452.
    const bool pipelining = m_caps.has("PIPELINING");
    bool quitAfter = lastMessageQueued() && pipelining && tx.rcptReplies == tx.rcpt.size();
    for (const RecipientResult &r : std::as_const(tx.recipients))
        quitAfter = quitAfter && !verdict::isRetryableRecipientReply(r.reply);
    // What waits in the socket (over TLS, already encrypted) is bounded, or a slow server makes the whole
    // message (attachments included) pile up in memory.
    while (m_socket->bytesToWrite() < HighWater && !tx.finalSent) {
        if (tx.chunking) {
            // One BDAT chunk at a time without PIPELINING; a few in flight with it.
            if (tx.bdatOutstanding >= (pipelining ? 16 : 1))
                return;
            QString error;
            while (tx.bdatCarry.size() < BdatChunk && !job.source->atEnd()) {
                tx.bdatCarry += job.source->read(BdatChunk - tx.bdatCarry.size(), &error);
                if (!error.isEmpty()) {
                    // Abandon: closing without BDAT LAST means the server discards what it has.
                    abort(makeOutcome(Outcome::Category::LocalError, error,
                                      tr("Check the attachment and send again.")));
                    return;
                }
            }
            const bool last = job.source->atEnd();
            const QByteArray chunk = tx.bdatCarry;
            tx.bdatCarry.clear();
            QByteArray out;
            queueLine(out, commandline::bdat(chunk.size(), last), last ? Cmd::BdatLast : Cmd::Bdat);
            // The command and its chunk as two writes: no chunk-sized copy just to glue them.
            writeRaw(out);
            writeRaw(chunk);
            out.clear();
            tx.sent += chunk.size();
            markContent(last);
            if (!last)
                tx.bdatOutstanding++;
            else {
                tx.finalSent = true;
                m_stages.enter(TimedStage::FinalReply);
                if (quitAfter) {
                    queueLine(out, commandline::quit(), Cmd::Quit);
                    m_quitSent = true;
                }
            }
            writeRaw(out);
        } else {
            QString error;
            const QByteArray piece = job.source->read(ReadPiece, &error);
            if (!error.isEmpty()) {
                // Never send the final dot for a message we could not read completely.
                abort(makeOutcome(Outcome::Category::LocalError, error,
                                  tr("Check the attachment and send again.")));
                return;
            }
            QByteArray out = tx.stuffer.push(piece);
            tx.sent += piece.size();
            const bool end = job.source->atEnd();
            if (end) {
                out += tx.stuffer.finish();
                m_pending.append({Cmd::DataEnd});
                emitEvent(TranscriptEvent::Kind::Client,
                          tr(". (end of message, %1 bytes sent)").arg(tx.sent));
                tx.finalSent = true;
                m_stages.enter(TimedStage::FinalReply);
            }
            writeRaw(out);
            markContent(end);
            if (end && quitAfter) {
                out.clear();
                queueLine(out, commandline::quit(), Cmd::Quit);
                m_quitSent = true;
                writeRaw(out);
            }
        }
        // Measured, progress comes from the samples; else it is what was handed over.
        if (tx.endAck == verdict::EndAck::Unknown)
            Q_EMIT progress(tx.job, tx.sent, tx.total);
        else
            sampleAcks();
        if (tx.finalSent && tx.endAck == verdict::EndAck::Unknown)
            reportWaiting();
    }
    armTimer();
}

// The round's replies have all come: its verdict, the recipients' results, and another round for those the
// server asked to try again (452, or 552 treated as temporary: RFC 5321 §4.5.3.1.10).
void Session::endRound()
{
    Transaction &tx = *m_tx;
    const Outcome round = verdict::transaction(tx.facts());
    const bool delivered = round.delivered();
    QList<int> retry;
    for (int i = 0; i < tx.rcpt.size(); ++i) {
        RecipientResult r = tx.recipients[i];
        if (!delivered && r.accepted && tx.anyDelivered) {
            // Accepted at RCPT, but this round's content was refused: the message did not reach it.
            r.accepted = false;
            if (round.reply.isValid())
                r.reply = round.reply;
        }
        tx.results[tx.rcpt[i]] = r;
        if (delivered && verdict::isRetryableRecipientReply(r.reply))
            retry.append(tx.rcpt[i]);
    }
    tx.anyDelivered = tx.anyDelivered || delivered;
    if (delivered)
        tx.deliveredReply = round.reply;
    // Bounded: a round only follows one that delivered to someone, so every round has fewer recipients.
    if (!retry.isEmpty() && !m_quitSent && m_socket->state() == QAbstractSocket::ConnectedState) {
        stopAckMeter();
        tx.round++;
        tx.startRound(retry);
        for (Pending &p : m_pending)
            if (p.cmd != Cmd::Quit)
                p.cmd = Cmd::Ignore;
        beginRound();
        return;
    }
    Outcome o =
        tx.round == 0 ? round : verdict::message(tx.results, tx.anyDelivered, round, tx.deliveredReply);
    finishMessage(o);
}

// What a message gets when the session ends in the middle of its transaction.
Outcome Session::interruptedMessage(const Outcome &cause) const
{
    const Transaction &tx = *m_tx;
    Outcome o = verdict::interrupted(cause, tx.facts());
    QList<RecipientResult> results = tx.results;
    for (int i = 0; i < tx.rcpt.size() && i < tx.recipients.size(); ++i) {
        RecipientResult r = tx.recipients[i];
        if (tx.anyDelivered && o.category != Outcome::Category::MayHaveBeenDelivered)
            r.accepted = false;
        results[tx.rcpt[i]] = r;
    }
    if (tx.anyDelivered)
        o = verdict::message(results, true, o, tx.deliveredReply);
    o.recipients = results;
    return o;
}

void Session::finishMessage(Outcome outcome)
{
    if (!m_tx)
        return;
    stopAckMeter();
    Transaction &tx = *m_tx;
    outcome.recipients = tx.results;
    if (const auto *mime = dynamic_cast<const MimeMessageSource *>(m_jobs[tx.job].source.get()))
        outcome.messageId = mime->message().messageId;
    const int index = tx.job;
    // Replies still due for this transaction's pipelined commands are read and ignored; a transaction the
    // server started (MAIL accepted) but that did not finish needs RSET (RFC 5321 §4.1.1.5).
    bool ignored = false;
    for (Pending &p : m_pending)
        if (p.cmd != Cmd::Quit) {
            p.cmd = Cmd::Ignore;
            ignored = true;
        }
    const bool roundDelivered = tx.contentReply.isPositive() && tx.finalSent;
    const bool needRset = ((tx.mailReply.isPositive() && !roundDelivered) || ignored) && !m_quitSent;
    outcome.timings = m_stages.messageTimings();  // this message's own, not the ones before it
    m_sessionOutcome = outcome;
    m_tx.reset();
    Q_EMIT messageFinished(index, outcome);
    if (m_state == State::Closed)
        return;
    if (m_quitSent) {
        m_state = State::Quit;
        return;
    }
    m_state = State::Ready;
    if (needRset) {
        m_state = State::Transaction;
        sendLine(commandline::rset(), Cmd::Rset);
        return;
    }
    nextMessage();
}

}  // namespace smtp
