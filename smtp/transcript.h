#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace smtp {

// One thing that happened on a connection, as data. Secrets are masked where the event is made (in the
// session and the SASL mechanisms), so no view, file or test can ever see them.
struct TranscriptEvent
{
    enum class Kind
    {
        Info,    // a note from Stamp: connecting, what it decided and why
        Client,  // a line Stamp sent (AUTH payloads masked)
        Server,  // one line of a server reply
        Tls,     // TLS handshake: version, cipher, certificate
        Data,    // the message content: its headers and a byte count, never the body
        Error,   // what went wrong, in words
    };
    QDateTime time;
    Kind kind = Kind::Info;
    QString text;
    int code = 0;         // for Server lines: the reply code
    QByteArray enhanced;  // for Server lines: the RFC 3463 code, if any

    static QString kindName(Kind k);
    // "13:34:13.120 S: 250 2.1.0 Ok" and the like.
    QString format() const;
};

}  // namespace smtp

Q_DECLARE_METATYPE(smtp::TranscriptEvent)
