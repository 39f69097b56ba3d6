#include "inbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace practice {

Inbox::Inbox(QString folder, QObject *parent) : QObject(parent), m_folder(std::move(folder)) {}

bool Inbox::open(QString *error)
{
    QDir dir(m_folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("cannot create the folder %1").arg(m_folder);
        return false;
    }
    // Numbers go on from those already there: messages of earlier runs stay readable.
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
        bool ok = false;
        const int n = name.section(QLatin1Char('.'), 0, 0).toInt(&ok);
        if (ok && n >= m_next)
            m_next = n + 1;
    }
    return true;
}

QList<ReceivedMessage> Inbox::readFolder(const QString &folder, int limit)
{
    const QDir dir(folder);
    QList<QPair<int, QString>> numbered;
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
        bool ok = false;
        const int n = name.section(QLatin1Char('.'), 0, 0).toInt(&ok);
        if (ok && n > 0)
            numbered.append({n, name.section(QLatin1Char('.'), 0, 0)});
    }
    std::sort(numbered.begin(), numbered.end());
    if (numbered.size() > limit)
        numbered = numbered.mid(numbered.size() - limit);
    QList<ReceivedMessage> out;
    for (const auto &[number, base] : numbered) {
        QFile f(dir.filePath(base + QStringLiteral(".json")));
        if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
            continue;
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        if (json.isEmpty())
            continue;
        ReceivedMessage m;
        m.number = number;
        m.envelope.mailFrom = json.value(QStringLiteral("from")).toString().toUtf8();
        m.envelope.mailParameters = json.value(QStringLiteral("parameters")).toString().toUtf8();
        for (const QJsonValue &r : json.value(QStringLiteral("recipients")).toArray())
            m.envelope.recipients.append({r[QStringLiteral("to")].toString().toUtf8(),
                                          r[QStringLiteral("parameters")].toString().toUtf8()});
        m.envelope.client = json.value(QStringLiteral("client")).toString();
        m.envelope.helo = json.value(QStringLiteral("helo")).toString();
        m.envelope.tls = json.value(QStringLiteral("tls")).toString();
        m.envelope.user = json.value(QStringLiteral("user")).toString();
        m.envelope.command = json.value(QStringLiteral("command")).toString();
        m.size = json.value(QStringLiteral("size")).toInteger();
        m.received = QDateTime::fromString(json.value(QStringLiteral("received")).toString(), Qt::ISODate);
        m.emlPath = dir.filePath(base + QStringLiteral(".eml"));
        m.envelopePath = f.fileName();
        out.append(m);
    }
    return out;
}

bool Inbox::keep(const Envelope &envelope, const QByteArray &content, ReceivedMessage *out, QString *error)
{
    const QDir dir(m_folder);
    // Another server on the same folder (the window's and `stamp practice`) may have taken the number: never
    // write over a kept message. Bounded: numbers only grow.
    while (dir.exists(QStringLiteral("%1.eml").arg(m_next, 4, 10, QLatin1Char('0'))))
        ++m_next;
    ReceivedMessage m;
    m.number = m_next;
    m.envelope = envelope;
    m.size = content.size();
    m.received = QDateTime::currentDateTimeUtc();
    const QString base = QStringLiteral("%1").arg(m.number, 4, 10, QLatin1Char('0'));
    m.emlPath = dir.filePath(base + QStringLiteral(".eml"));
    m.envelopePath = dir.filePath(base + QStringLiteral(".json"));

    QJsonArray recipients;
    for (const auto &r : envelope.recipients)
        recipients.append(QJsonObject{{QStringLiteral("to"), QString::fromUtf8(r.first)},
                                      {QStringLiteral("parameters"), QString::fromUtf8(r.second)}});
    const QJsonObject json{
        {QStringLiteral("from"), QString::fromUtf8(envelope.mailFrom)},
        {QStringLiteral("parameters"), QString::fromUtf8(envelope.mailParameters)},
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("client"), envelope.client},
        {QStringLiteral("helo"), envelope.helo},
        {QStringLiteral("tls"), envelope.tls},
        {QStringLiteral("user"), envelope.user},
        {QStringLiteral("command"), envelope.command},
        {QStringLiteral("size"), m.size},
        {QStringLiteral("received"), m.received.toString(Qt::ISODate)},
    };
    QSaveFile eml(m.emlPath), env(m.envelopePath);
    const QByteArray envText = QJsonDocument(json).toJson();
    if (!eml.open(QIODevice::WriteOnly) || eml.write(content) != content.size() || !eml.commit()
        || !env.open(QIODevice::WriteOnly) || env.write(envText) != envText.size() || !env.commit()) {
        *error = tr("cannot write %1").arg(m.emlPath);
        return false;
    }
    ++m_next;
    m_messages.append(m);
    *out = m;
    emit received(m);
    return true;
}

}  // namespace practice
