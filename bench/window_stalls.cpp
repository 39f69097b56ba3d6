// What a user feels in the window: the longest time the GUI event loop is blocked (a "stall") while
//  1. the protocol log takes 100,000 transcript events arriving in a burst, and
//  2. a real smtp::Session sends a large attachment to a local sink, its transcript feeding the log.
// A 1 ms heartbeat timer measures the gaps. Run by bench/window-stalls, which starts the sink.
//   stamp_window_stalls HOST:PORT ATTACHMENT
#include "logpane.h"
#include "session.h"
#include "transcriptmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

namespace {

// Records the longest gap between two heartbeats while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(qMax(m_longest, m_clock.nsecsElapsed() - m_last)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_longest = 0;
};

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s HOST:PORT ATTACHMENT\n", argv[0]);
        return 2;
    }
    const QString server = QString::fromLocal8Bit(argv[1]);
    const QString attachment = QString::fromLocal8Bit(argv[2]);

    ui::LogPane pane;
    pane.resize(1000, 600);
    pane.show();
    waitUntil([] { return false; }, 300);  // let the window map and settle

    // 1. A burst of 100,000 events, delivered the way a session emits them: many per event-loop turn.
    StallMeter meter;
    QElapsedTimer burst;
    meter.start();
    burst.start();
    constexpr int total = 100'000, perTurn = 2'000;
    int sent = 0;
    std::function<void()> feed = [&] {
        for (int i = 0; i < perTurn && sent < total; ++i, ++sent) {
            smtp::TranscriptEvent e;
            e.time = QDateTime::currentDateTime();
            e.kind = sent % 2 ? smtp::TranscriptEvent::Kind::Server : smtp::TranscriptEvent::Kind::Client;
            e.code = sent % 2 ? 250 : 0;
            e.text = sent % 2 ? QStringLiteral("250 2.1.5 Ok")
                              : QStringLiteral("RCPT TO:<user%1@example.org>").arg(sent);
            pane.append(e);
        }
        if (sent < total)
            QTimer::singleShot(0, &pane, feed);
    };
    QTimer::singleShot(0, &pane, feed);
    const int expected = qMin(total, pane.model()->capacity());
    const bool shown = waitUntil(
        [&] {
            return sent == total && pane.model()->rowCount() >= expected && pane.model()->pendingCount() == 0;
        },
        20'000);
    const double burstMs = double(burst.nsecsElapsed()) / 1e6;
    const double burstStall = meter.stop();
    std::printf("log pane: %d events in a burst shown in %.1f ms (%s), longest stall %.1f ms, %d rows kept\n",
                total, burstMs, shown ? "all arrived" : "NOT all arrived", burstStall,
                pane.model()->rowCount());

    // 2. A large attachment sent by a real session on this thread, its transcript feeding the pane.
    smtp::SessionOptions o;
    o.security = smtp::Security::None;
    const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
    o.host = server.left(colon);
    o.port = quint16(server.mid(colon + 1).toUInt());
    smtp::Message m;
    QString err;
    m.from = smtp::parseMailbox(QStringLiteral("bench@example.org"), &err);
    m.to = smtp::parseMailboxList(QStringLiteral("sink@example.org"), &err);
    m.subject = QStringLiteral("stall test");
    m.body = QStringLiteral("attachment follows\n");
    m.attachments.append({attachment, {}, {}});
    smtp::Session session(o);
    session.addMessage({m.from, m.recipients()}, std::make_shared<smtp::MimeMessageSource>(m));
    QObject::connect(&session, &smtp::Session::transcript, &pane, &ui::LogPane::append);
    bool finished = false;
    smtp::Outcome outcome;
    QObject::connect(&session, &smtp::Session::messageFinished, &pane,
                     [&](int, const smtp::Outcome &out) { outcome = out; });
    QObject::connect(&session, &smtp::Session::finished, &pane, [&] { finished = true; });
    QElapsedTimer sendClock;
    meter.start();
    sendClock.start();
    session.start();
    waitUntil([&] { return finished; }, 600'000);
    const double sendStall = meter.stop();
    std::printf("send: %s in %.0f ms (%s), longest stall %.1f ms\n", qPrintable(attachment),
                double(sendClock.nsecsElapsed()) / 1e6,
                qPrintable(smtp::Outcome::categoryName(outcome.category)), sendStall);
    return shown && outcome.category == smtp::Outcome::Category::Sent ? 0 : 1;
}
