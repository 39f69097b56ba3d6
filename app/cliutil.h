#pragma once

#include "explain.h"
#include "session.h"

#include <QCommandLineParser>
#include <QFile>

// Options shared by `stamp send` and `stamp account`.
void addConnectionOptions(QCommandLineParser &parser, bool forSend);
// Fills the connection part of SessionOptions from the parsed flags (reading the password from stdin when
// asked). Returns false with *error set for a usage error.
bool connectionOptionsFrom(const QCommandLineParser &parser, smtp::SessionOptions *options, QString *error);
bool parseServer(const QString &text, QString *host, quint16 *port, QString *error);
bool normalizePin(const QString &text, QByteArray *pin);

// "Waiting for the server's answer…" on stderr when it is a terminal (and not --quiet): the end of the
// message reached the server (smtp::Session::waitingForReply), only its answer is awaited.
void tellWaitingForReply(bool quiet);

// The live transcript on stderr or in a file, written as events happen. Explained (--explain): each line
// followed by what it means ("    = ...", smtp/explain.h), the TLS report after the handshake and the time
// per stage at the end; without it, the lines only, as always.
class TranscriptWriter
{
public:
    // --explain with no --transcript explains on stderr.
    bool open(const QString &target, QString *error, bool explain = false);
    // What the explanations say Stamp does next: go on to MAIL (send, the default) or QUIT (probe).
    void setPurpose(smtp::Purpose purpose) { m_explainer.setPurpose(purpose); }
    void write(const smtp::TranscriptEvent &event);
    void writeTlsReport(const smtp::TlsReport &report);
    // message > 0: one message's own of several on the connection ("Message 2: time per stage: ...").
    void writeTimings(const smtp::StageTimings &timings, int message = 0);

private:
    void writeText(const QString &text);

    QFile m_file;
    bool m_enabled = false;
    bool m_explain = false;
    smtp::TranscriptExplainer m_explainer;
};
