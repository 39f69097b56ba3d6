#pragma once

#include "session.h"
#include "stagetimer.h"
#include "tlsreport.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

namespace smtp {

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
    TlsReport tlsReport;            // the session's (smtp/tlsreport.h)
    Outcome outcome;                // its timings are the session's (smtp/stagetimer.h)

    const Capabilities &capabilities() const { return encrypted ? after : before; }
    const QList<TlsCheck> &tlsChecks() const { return tlsReport.checks; }
    QString format() const;  // for a terminal
};

// `stamp probe`: a connection test (smtp::Session with no message queued: greeting, EHLO, STARTTLS, EHLO
// again, AUTH when a user is given, QUIT; no MAIL), reported with the session's timings, the extensions and
// its TLS report.
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
