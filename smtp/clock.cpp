#include "clock.h"

#include <QTimer>

namespace smtp {

namespace {
class SystemTimer : public Timer
{
public:
    explicit SystemTimer(QObject *parent) : Timer(parent)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Timer::timeout);
    }
    void start(qint64 ms) override { m_timer.start(int(qMin<qint64>(ms, INT_MAX))); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class SystemClock : public Clock
{
public:
    Timer *createTimer(QObject *parent) override { return new SystemTimer(parent); }
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};
}  // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

class FakeTimer : public Timer
{
public:
    FakeTimer(FakeClock *clock, QObject *parent) : Timer(parent), m_clock(clock) {}
    void start(qint64 ms) override
    {
        m_deadline = m_clock->m_now.addMSecs(ms);
        m_active = true;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    FakeClock *m_clock;
    QDateTime m_deadline;
    bool m_active = false;
};

Timer *FakeClock::createTimer(QObject *parent)
{
    auto *t = new FakeTimer(this, parent);
    m_timers.append(t);
    return t;
}

void FakeClock::advance(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    const auto timers = m_timers;
    for (const QPointer<Timer> &p : timers) {
        auto *t = static_cast<FakeTimer *>(p.data());
        if (t && t->m_active && t->m_deadline <= m_now) {
            t->m_active = false;
            Q_EMIT t->timeout();
        }
    }
    m_timers.removeAll(nullptr);
}

}  // namespace smtp
