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
