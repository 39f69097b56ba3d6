#pragma once
// Readers the tests use to check what the encoders wrote, kept apart from the code under test.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace testutil {

// A small RFC 2047 reader: "B" and "Q" words in UTF-8; white space between adjacent encoded words is dropped
// (RFC 2047 §6.2). Returns a marker string on anything it does not understand, so comparisons fail loudly.
inline QString decode2047(const QByteArray &text)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?]+)\?([BbQq])\?([^?]*)\?=)"));
    const QString s = QString::fromUtf8(text);
    QString out;
    qsizetype pos = 0;
    bool lastWasWord = false;
    QRegularExpressionMatchIterator it = word.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = s.mid(pos, m.capturedStart() - pos);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            out += between;
        if (m.captured(1).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
            return QStringLiteral("<charset %1>").arg(m.captured(1));
        const QByteArray payload = m.captured(3).toLatin1();
        QByteArray raw;
        if (m.captured(2).toUpper() == QLatin1String("B")) {
            raw = QByteArray::fromBase64(payload);
        } else {
            for (qsizetype i = 0; i < payload.size(); ++i) {
                if (payload[i] == '_')
                    raw += ' ';
                else if (payload[i] == '=' && i + 2 < payload.size())
                    raw += QByteArray::fromHex(payload.mid(++i, 2)), ++i;
                else
                    raw += payload[i];
            }
        }
        out += QString::fromUtf8(raw);
        pos = m.capturedEnd();
        lastWasWord = true;
    }
    out += s.mid(pos);
    return out;
}

#ifdef STAMP_TEST_SCRIPTS
// Python's email package reads a message file (tests/scripts/mimetree.py), a parser that is not Stamp's own:
// the MIME tree, "bodyPlain", "bodyHtml", headers and defects. Empty when it could not.
inline QJsonObject readWithPython(const QString &file)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(STAMP_TEST_SCRIPTS "/mimetree.py"), file});
    if (!python.waitForFinished(60'000) || python.exitCode() != 0) {
        qWarning("mimetree.py: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}
#endif

}  // namespace testutil
