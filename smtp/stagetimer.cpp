#include "stagetimer.h"

#include <QCoreApplication>

namespace smtp {

namespace {

// The order stages happen in on a connection (for STARTTLS; implicit TLS has the handshake before the
// greeting, and the list follows the data: only the stages reached are shown).
constexpr TimedStage Order[] = {TimedStage::Connect,  TimedStage::Greeting,  TimedStage::Ehlo,
                                TimedStage::Tls,      TimedStage::EhloAgain, TimedStage::Auth,
                                TimedStage::Envelope, TimedStage::Content,   TimedStage::FinalReply};

QString millis(qint64 v)
{
    return QCoreApplication::translate("smtp::StageTimings", "%1 ms").arg(v);
}

}  // namespace

QList<TimedStage> StageTimings::reached() const
{
    QList<TimedStage> out;
    for (TimedStage s : Order)
        if (of(s) >= 0)
            out.append(s);
    return out;
}

QString StageTimings::stageName(TimedStage s)
{
    switch (s) {
    case TimedStage::None:
    case TimedStage::Count:
        break;
    case TimedStage::Connect:
        return QCoreApplication::translate("smtp::StageTimings", "connect");
    case TimedStage::Greeting:
        return QCoreApplication::translate("smtp::StageTimings", "greeting");
    case TimedStage::Ehlo:
        return QCoreApplication::translate("smtp::StageTimings", "EHLO");
    case TimedStage::Tls:
        return QCoreApplication::translate("smtp::StageTimings", "TLS");
    case TimedStage::EhloAgain:
        return QCoreApplication::translate("smtp::StageTimings", "EHLO again");
    case TimedStage::Auth:
        return QCoreApplication::translate("smtp::StageTimings", "AUTH");
    case TimedStage::Envelope:
        return QCoreApplication::translate("smtp::StageTimings", "envelope");
    case TimedStage::Content:
        return QCoreApplication::translate("smtp::StageTimings", "content");
    case TimedStage::FinalReply:
        return QCoreApplication::translate("smtp::StageTimings", "final reply");
    }
    return {};
}

QString StageTimings::format() const
{
    QStringList parts;
    for (TimedStage s : reached())
        parts << QCoreApplication::translate("smtp::StageTimings", "%1 %2").arg(stageName(s), millis(of(s)));
    if (parts.isEmpty())
        return total < 0 ? QString()
                         : QCoreApplication::translate("smtp::StageTimings", "total %1").arg(millis(total));
    return QCoreApplication::translate("smtp::StageTimings", "%1; total %2")
        .arg(parts.join(QStringLiteral(", ")), millis(total));
}

QString StageTimings::formatConnection() const
{
    QStringList parts;
    for (TimedStage s : {TimedStage::Connect, TimedStage::Greeting, TimedStage::Ehlo, TimedStage::Tls,
                         TimedStage::EhloAgain})
        parts << QCoreApplication::translate("smtp::StageTimings", "%1 %2")
                     .arg(stageName(s), of(s) < 0
                                            ? QCoreApplication::translate("smtp::StageTimings", "not reached")
                                            : millis(of(s)));
    if (of(TimedStage::Auth) >= 0)
        parts << QCoreApplication::translate("smtp::StageTimings", "%1 %2")
                     .arg(stageName(TimedStage::Auth), millis(of(TimedStage::Auth)));
    return parts.join(QStringLiteral(", "));
}

StageTimings StageTimings::connectionPart() const
{
    StageTimings out = *this;
    for (TimedStage s : {TimedStage::Envelope, TimedStage::Content, TimedStage::FinalReply})
        out.ms[int(s)] = -1;
    return out;
}

namespace {

bool isMessageStage(TimedStage s)
{
    return s == TimedStage::Envelope || s == TimedStage::Content || s == TimedStage::FinalReply;
}

}  // namespace

void StageTimer::beginMessageAt(qint64 ms)
{
    m_message = StageTimings();
    m_messageSince = ms;
}

StageTimings StageTimer::messageTimingsAt(qint64 ms) const
{
    StageTimings out = m_message;
    if (m_messageSince < 0)
        return out;
    if (!m_stopped && isMessageStage(m_current)) {
        qint64 &slot = out.ms[int(m_current)];
        slot = std::max<qint64>(slot, 0) + std::max<qint64>(ms - m_since, 0);
    }
    out.total = std::max<qint64>(ms - m_messageSince, 0);
    return out;
}

void StageTimer::start()
{
    m_clock.start();
    m_current = TimedStage::None;
    m_since = 0;
    m_stopped = false;
    m_timings = StageTimings();
    m_message = StageTimings();
    m_messageSince = -1;
}

void StageTimer::enterAt(TimedStage s, qint64 ms)
{
    if (m_stopped || s == TimedStage::Count)
        return;
    if (m_current != TimedStage::None) {
        const qint64 spent = std::max<qint64>(ms - m_since, 0);
        qint64 &slot = m_timings.ms[int(m_current)];
        slot = std::max<qint64>(slot, 0) + spent;
        if (m_messageSince >= 0 && isMessageStage(m_current)) {
            qint64 &own = m_message.ms[int(m_current)];
            own = std::max<qint64>(own, 0) + spent;
        }
    }
    m_current = s;
    m_since = ms;
}

void StageTimer::stopAt(qint64 ms)
{
    if (m_stopped)
        return;
    enterAt(TimedStage::None, ms);
    m_timings.total = std::max<qint64>(ms, 0);
    m_stopped = true;
}

}  // namespace smtp
