#pragma once

#include "message.h"

#include <QFile>

namespace store {

// The outbox's stored message sent exactly as it is on disk, read piece by piece: it was built once at
// enqueue (CRLF, Bcc already left out, 7-bit safe unless it needs SMTPUTF8), so nothing is re-encoded and
// every attempt sends the same bytes.
class StoredMessageSource : public smtp::MessageSource
{
public:
    // expectedSize < 0: not checked.
    StoredMessageSource(QString path, qint64 expectedSize, bool smtpUtf8);
    QString prepare(const smtp::EncodingOptions &options) override;
    qint64 size() const override { return m_size; }
    bool needsEightBit() const override { return false; }
    bool needsSmtpUtf8() const override { return m_utf8; }
    QByteArray headerBlock() const override { return m_headers; }
    QByteArray read(qint64 maxBytes, QString *error) override;
    bool atEnd() const override { return m_done; }

private:
    QString m_path;
    QFile m_file;
    QByteArray m_headers;
    qint64 m_expected;
    qint64 m_size = 0;
    bool m_utf8;
    bool m_done = false;
};

}  // namespace store
