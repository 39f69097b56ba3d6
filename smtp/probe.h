#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

namespace smtp {

// How long each stage of a connection took, read from the transcript events' times (the session itself is
// not instrumented). -1: the stage did not happen or did not finish.
struct StageTimings
{
    qint64 connect = -1;    // from "Connecting" to the TCP connection
    qint64 greeting = -1;   // from the connection (or, for implicit TLS, the handshake) to the whole 220
    qint64 ehlo = -1;       // the first EHLO (or HELO) to its whole answer
    qint64 tls = -1;        // STARTTLS sent (or, for implicit TLS, the connection) to the handshake's end
    qint64 ehloAgain = -1;  // the EHLO after STARTTLS to its whole answer (RFC 3207 §4.2)
};
StageTimings stageTimings(const QList<TranscriptEvent> &events);

// One check of the TLS report, passed or not, in words.
struct TlsCheck
{
    bool passed = false;
    QString text;
};

// Whether a certificate covers a host name: its DNS subject alternative names (or, with none, its common
// name), a "*." wildcard standing for exactly one label (RFC 6125 §6.4.3).
bool certificateCovers(const QSslCertificate &cert, const QString &host);

struct ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(smtp::ProbeReport)

public:
    SessionOptions options;
    QList<TranscriptEvent> events;
    QStringList greeting;        // the 220 lines, without the code
    Capabilities before, after;  // the EHLO answers before and after STARTTLS (after: empty without TLS)
    bool encrypted = false;
    TlsInfo tls;
    QList<QSslCertificate> chain;   // leaf first: the session's, or the failed handshake's
    QStringList certificateErrors;  // the session's words for each certificate problem
    Outcome outcome;
    QDateTime checkedAt;

    const Capabilities &capabilities() const { return encrypted ? after : before; }
    QList<TlsCheck> tlsChecks() const;
    QString format() const;  // for a terminal
};

// `stamp probe`: a connection test (smtp::Session with no message queued: greeting, EHLO, STARTTLS, EHLO
// again, AUTH when a user is given, QUIT; no MAIL), reported with timings, extensions and the TLS report.
class Probe : public QObject
{
    Q_OBJECT
public:
    explicit Probe(QObject *parent = nullptr);
    void start(const SessionOptions &options, Clock *clock = nullptr);
    const ProbeReport &report() const { return m_report; }

Q_SIGNALS:
    void transcript(const smtp::TranscriptEvent &event);
    void finished();

private:
    QPointer<Session> m_session;
    ProbeReport m_report;
};

}  // namespace smtp
