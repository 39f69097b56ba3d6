#include "capabilities.h"

namespace smtp {

Capabilities Capabilities::fromEhlo(const Reply &reply)
{
    Capabilities caps;
    caps.esmtp = true;
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines.at(i).trimmed();
        if (i == 0) {
            caps.greeting = QString::fromUtf8(line);
            continue;
        }
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.isEmpty() || words.first().isEmpty())
            continue;
        QByteArray keyword = words.first().toUpper();
        QList<QByteArray> params = words.mid(1);
        // Some old servers say "AUTH=LOGIN PLAIN".
        if (keyword.startsWith("AUTH=")) {
            params.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        if (keyword == "AUTH") {
            for (QByteArray &p : params)
                p = p.toUpper();
            params = caps.extensions.value(keyword) + params;
        }
        caps.extensions.insert(keyword, params);
    }
    return caps;
}

qint64 Capabilities::maxSize() const
{
    const QList<QByteArray> p = extensions.value("SIZE");
    if (p.isEmpty())
        return 0;
    bool ok = false;
    const qint64 v = p.first().toLongLong(&ok);
    return ok && v > 0 ? v : 0;
}

QList<QByteArray> Capabilities::authMechanisms() const
{
    QList<QByteArray> out;
    for (const QByteArray &m : extensions.value("AUTH"))
        if (!out.contains(m))
            out.append(m);
    return out;
}

QStringList Capabilities::describe() const
{
    QStringList out;
    for (auto it = extensions.cbegin(); it != extensions.cend(); ++it) {
        QByteArray line = it.key();
        for (const QByteArray &p : it.value())
            line += ' ' + p;
        out << QString::fromUtf8(line);
    }
    return out;
}

}  // namespace smtp
