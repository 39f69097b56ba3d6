#pragma once

#include "session.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// "Copy as swaks command" (issue 12): the same message sent by hand with swaks, to reproduce a send or a
// failure outside Stamp.
namespace smtp {
class MessageSource;
}

namespace smtp::swaks {

struct Command
{
    QString line;   // the shell command, every argument quoted for a POSIX shell
    QString notes;  // what swaks cannot do as Stamp does (in words, translated); empty when nothing
};

// The command for one message: --server, --port, --tls (STARTTLS) or --tlsc (TLS from the first byte) with
// --tls-verify (and --tls-ca-path caFile), --ehlo, --auth-user with the mechanism when swaks has it (never a
// password: swaks asks for it), --from and one --to with every envelope recipient, and
// --data @dataFile --no-data-fixup: dataFile must hold dataSection() of the message.
Command command(const SessionOptions &options, const Envelope &envelope, const QString &dataFile,
                const QString &caFile = {});

// The DATA section as swaks sends it with --no-data-fixup: the message dot-stuffed (RFC 5321 §4.5.2) and
// the final "." line, without its CRLF (swaks adds it).
QByteArray dataSection(const QByteArray &message);

// Writes dataSection() of a message to path, piece by piece (an attachment is never held whole): a built
// message prepared without 8BITMIME and SMTPUTF8 (swaks declares neither), a file as it goes out
// (EmlFileSource::openAsIs). *eightBit tells whether 8-bit octets are in it anyway. Error in words, or empty.
QString writeData(MessageSource *source, const QString &path, bool *eightBit);

// One argument quoted for a POSIX shell: as it is when it is safe, else in single quotes.
QString shellQuote(const QString &argument);

}  // namespace smtp::swaks
