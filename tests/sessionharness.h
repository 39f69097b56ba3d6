// Shared by the protocol tests (tst_session, tst_adversarial): run a real Session against a FakeServer and
// collect what it reported.
#pragma once

#include "fakeserver.h"
#include "session.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <functional>

namespace harness {

using namespace smtp;

struct Run
{
    QList<Outcome> outcomes;  // one per message, by index
    Outcome session;
    QList<TranscriptEvent> events;
    bool finished = false;
    QString transcript() const
    {
        QStringList l;
        for (const TranscriptEvent &e : events)
            l << e.format();
        return l.join(QLatin1Char('\n'));
    }
};

inline Message simpleMessage(const QString &body = QStringLiteral("Hello\n"))
{
    Message m;
    QString err;
    m.from = parseMailbox(QStringLiteral("Ann <ann@example.org>"), &err);
    m.to = parseMailboxList(QStringLiteral("bob@example.org"), &err);
    m.subject = QStringLiteral("Hi");
    m.body = body;
    return m;
}

// Script fragments, so that a test reads as the part of the conversation it is about.
// The server's greeting and its answer to EHLO: "250-fake", then one line per extension (the last "250 ").
inline QStringList hello(std::initializer_list<const char *> extensions)
{
    QStringList s{QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO client.example")};
    QStringList lines{QStringLiteral("fake")};
    for (const char *e : extensions)
        lines << QString::fromLatin1(e);
    for (int i = 0; i < lines.size(); ++i)
        s << (i + 1 < lines.size() ? QStringLiteral("S: 250-") : QStringLiteral("S: 250 ")) + lines[i];
    return s;
}
// The same over implicit TLS (the server starts TLS at once).
inline QStringList implicitHello(std::initializer_list<const char *> extensions)
{
    return QStringList{QStringLiteral("IMPLICIT")} + hello(extensions);
}
// QUIT answered, and the server closes.
inline QStringList goodbye()
{
    return {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};
}

// One message accepted (the MAIL FROM and RCPT TO lines as expected, `*` allowed), then goodbye().
inline QStringList delivered(const QString &mailFrom, const QString &rcpt)
{
    return QStringList{QStringLiteral("C: ") + mailFrom,
                       QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: ") + rcpt,
                       QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: DATA"),
                       QStringLiteral("S: 354 go"),
                       QStringLiteral("D:"),
                       QStringLiteral("S: 250 ok")}
           + goodbye();
}

inline SessionOptions plainOptions(quint16 port)
{
    SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.security = Security::None;
    o.ehloName = QStringLiteral("client.example");
    return o;
}

inline SessionOptions tlsOptions(quint16 port, Security s = Security::StartTls)
{
    SessionOptions o = plainOptions(port);
    o.host = QStringLiteral("localhost");
    o.security = s;
    o.extraCaCertificates = QSslCertificate::fromPath(FakeServer::dataPath(QStringLiteral("ca.pem")));
    return o;
}

// during (optional) runs once the session has started, with what it has reported so far; it may wait, advance
// the clock or cancel.
inline Run runSession(SessionOptions options, const QList<Message> &messages, FakeClock *clock = nullptr,
                      std::function<void(Session &, const Run &)> during = {})
{
    Run run;
    Session session(options, clock);
    for (const Message &m : messages)
        session.addMessage({m.from, m.recipients()}, std::make_shared<MimeMessageSource>(m));
    run.outcomes.resize(messages.size());
    QObject::connect(&session, &Session::transcript, &session,
                     [&](const TranscriptEvent &e) { run.events << e; });
    QObject::connect(&session, &Session::messageFinished, &session,
                     [&](int i, const Outcome &o) { run.outcomes[i] = o; });
    QObject::connect(&session, &Session::finished, &session, [&](const Outcome &o) {
        run.session = o;
        run.finished = true;
    });
    session.start();
    if (during)
        during(session, run);
    // An event loop that wakes on every event, not QTest::qWaitFor, which sleeps 10 ms between its rounds and
    // so adds that to every reply of every scripted conversation.
    if (!run.finished) {
        QEventLoop loop;
        QObject::connect(&session, &Session::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!run.finished)
        qWarning("session did not finish in time");
    return run;
}

inline const QStringList plainEhlo{
    QStringLiteral("S: 220 fake.example ESMTP"),
    QStringLiteral("C: EHLO client.example"),
    QStringLiteral("S: 250-fake.example"),
    QStringLiteral("S: 250 8BITMIME"),
};

}  // namespace harness
