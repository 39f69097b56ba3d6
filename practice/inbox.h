#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace practice {

// What a client said around one message: the envelope (RFC 5321 §2.3.1) and the session it came in.
struct Envelope
{
    QByteArray mailFrom;  // the reverse path as sent, "<ann@example.org>" or "<>"
    QByteArray mailParameters;
    QList<QPair<QByteArray, QByteArray>> recipients;  // forward path and its parameters
    QString client;                                   // "127.0.0.1:43210"
    QString helo;
    QString tls;      // "TLSv1.3", or empty when the session was in the clear
    QString user;     // the name logged in with, or empty
    QString command;  // "DATA" or "BDAT"
};

struct ReceivedMessage
{
    int number = 0;
    Envelope envelope;
    qint64 size = 0;
    QDateTime received;
    QString emlPath;       // the content, byte for byte as received (dot-stuffing undone)
    QString envelopePath;  // the envelope as JSON beside it
};

// The practice server's mailbox: every message accepted is kept as NNNN.eml with NNNN.json (its envelope)
// in one folder, so it can be read with any mail reader or text editor.
class Inbox : public QObject
{
    Q_OBJECT
public:
    explicit Inbox(QString folder, QObject *parent = nullptr);
    QString folder() const { return m_folder; }
    // Creates the folder and finds the next free number. False with *error in words when it cannot.
    bool open(QString *error);
    // Writes the message; false with *error when the disk refuses.
    bool keep(const Envelope &envelope, const QByteArray &content, ReceivedMessage *out, QString *error);
    const QList<ReceivedMessage> &messages() const { return m_messages; }
    // The messages kept in a folder by earlier runs (their NNNN.json beside NNNN.eml), oldest first, at most
    // the newest `limit`; a file that cannot be read is left out.
    static QList<ReceivedMessage> readFolder(const QString &folder, int limit = 500);

signals:
    void received(const practice::ReceivedMessage &message);

private:
    QString m_folder;
    int m_next = 1;
    QList<ReceivedMessage> m_messages;
};

}  // namespace practice
