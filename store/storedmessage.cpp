#include "storedmessage.h"

#include <QCoreApplication>

namespace store {

StoredMessageSource::StoredMessageSource(QString path, qint64 expectedSize, bool smtpUtf8)
    : m_path(std::move(path)), m_expected(expectedSize), m_utf8(smtpUtf8)
{
}

QString StoredMessageSource::prepare(const smtp::EncodingOptions &)
{
    m_file.close();
    m_file.setFileName(m_path);
    m_done = false;
    if (!m_file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("store::StoredMessageSource",
                                           "The stored message %1 cannot be read (%2), so nothing was sent.")
            .arg(m_path, m_file.errorString());
    m_size = m_file.size();
    if (m_expected >= 0 && m_size != m_expected)
        return QCoreApplication::translate("store::StoredMessageSource",
                                           "The stored message %1 is %2 bytes instead of %3: it was changed "
                                           "or damaged, so nothing was sent.")
            .arg(m_path)
            .arg(m_size)
            .arg(m_expected);
    // The header section, for the transcript: up to the first empty line (RFC 5322 §2.1).
    QByteArray head;
    while (!m_file.atEnd() && head.size() < 1024 * 1024) {
        const QByteArray line = m_file.readLine(64 * 1024);
        if (line == "\r\n" || line == "\n")
            break;
        head += line;
    }
    m_headers = head;
    m_file.seek(0);
    return {};
}

QByteArray StoredMessageSource::read(qint64 maxBytes, QString *error)
{
    if (m_done)
        return {};
    const QByteArray bytes = m_file.read(std::max<qint64>(1, maxBytes));
    if (bytes.isEmpty() && !m_file.atEnd()) {
        *error = QCoreApplication::translate("store::StoredMessageSource",
                                             "The stored message %1 could not be read: %2")
                     .arg(m_path, m_file.errorString());
        return {};
    }
    if (m_file.atEnd())
        m_done = true;
    return bytes;
}

}  // namespace store
