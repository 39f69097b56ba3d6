#pragma once

#include "address.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ui {

// A message file as the Sent view shows it: its main headers decoded, the plain text, and the attached
// files by name and size. Read from the file line by line, so a message with a 250 MB attachment is never
// held whole in memory (an attachment is only counted).
struct EmlMessage
{
    struct Part
    {
        QString fileName;  // from Content-Disposition or Content-Type (RFC 2231 and RFC 2047 decoded)
        QByteArray mimeType;
        qint64 size = 0;       // decoded bytes
        QByteArray contentId;  // without the angle brackets: what a cid: URL in the HTML names (RFC 2392)
    };

    QList<smtp::Mailbox> from, to, cc, replyTo;  // parsed with the engine's parser; names decoded
    QString subject;
    QString dateText;  // the Date header as written
    QDateTime date;    // parsed, or null
    QByteArray messageId;
    QString text;  // the first text/plain part, decoded; cut at MaxText
    bool textCut = false;
    QString html;  // the first text/html part that is no attachment, decoded; cut at MaxText
    QList<Part> attachments;

    static constexpr qint64 MaxText = 2 * 1024 * 1024;
};

// Reads path. Returns false with *error in words when the file cannot be read; a message that is not
// well-formed MIME is still shown as far as it goes.
bool readEml(const QString &path, EmlMessage *message, QString *error);

// "Ann <ann@example.org>, bob@example.org" from parsed mailboxes, for showing.
QString mailboxesText(const QList<smtp::Mailbox> &list);

}  // namespace ui
