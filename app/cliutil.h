#pragma once

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

// The live transcript on stderr or in a file, written as events happen.
class TranscriptWriter
{
public:
    bool open(const QString &target, QString *error);
    void write(const smtp::TranscriptEvent &event);

private:
    QFile m_file;
    bool m_enabled = false;
};
