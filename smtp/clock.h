#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace smtp {

// A one-shot timer the tests can drive. The session only ever uses timers made by its Clock.
class Timer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(qint64 ms) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
Q_SIGNALS:
    void timeout();
};

class Clock
{
public:
    virtual ~Clock() = default;
    virtual Timer *createTimer(QObject *parent) = 0;
    virtual QDateTime now() const = 0;
    static Clock *system();  // QTimer and the wall clock
};

// Time moves only when advance() is called: five-minute timeouts are tested in microseconds.
class FakeClock : public Clock
{
public:
    Timer *createTimer(QObject *parent) override;
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms);

private:
    friend class FakeTimer;
    QDateTime m_now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QList<QPointer<Timer>> m_timers;
};

}  // namespace smtp
