#include "autoconfigxml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace store {

QString resolveUserNameTemplate(const QString &pattern, const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString local = at < 0 ? address : address.left(at);
    const QString domain = at < 0 ? QString() : address.mid(at + 1);
    QString out = pattern;
    out.replace(QLatin1String("%EMAILADDRESS%"), address, Qt::CaseInsensitive);
    out.replace(QLatin1String("%EMAILLOCALPART%"), local, Qt::CaseInsensitive);
    out.replace(QLatin1String("%EMAILDOMAIN%"), domain, Qt::CaseInsensitive);
    return out.trimmed();
}

namespace {

struct Entry
{
    QString hostname, port, socketType, userName;
    QStringList authentication;
};

// Readers choose the first <authentication> they support (the draft lists them in order of preference).
DiscoveredServer::Auth authFrom(const QStringList &methods)
{
    bool unsupported = false;
    for (const QString &m : methods) {
        const QString v = m.trimmed().toLower();
        if (v == QLatin1String("password-cleartext") || v == QLatin1String("password-encrypted")
            || v == QLatin1String("plain") || v == QLatin1String("secure"))
            return DiscoveredServer::Auth::Password;
        if (v == QLatin1String("oauth2"))
            return DiscoveredServer::Auth::OAuth2;
        if (v == QLatin1String("none") || v == QLatin1String("client-ip-address"))
            return DiscoveredServer::Auth::None;
        unsupported = true;
    }
    return unsupported ? DiscoveredServer::Auth::Unsupported : DiscoveredServer::Auth::Password;
}

bool hostnameLooksValid(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (QChar c : host)
        if (c.unicode() <= 0x20 || c == QLatin1Char('/') || c == QLatin1Char('@') || c == QLatin1Char(':'))
            return false;
    return !host.contains(QLatin1Char('%'));  // an unresolved placeholder
}

}  // namespace

QList<DiscoveredServer> parseAutoconfigXml(const QByteArray &xml, const QString &address, QString *error)
{
    QXmlStreamReader reader(xml);
    QList<Entry> entries;
    bool sawClientConfig = false;
    Entry *current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("clientConfig")) {
                sawClientConfig = true;
            } else if (!sawClientConfig) {
                break;  // not an autoconfig document
            } else if (name == QLatin1String("outgoingServer")) {
                if (reader.attributes()
                        .value(QLatin1String("type"))
                        .compare(QLatin1String("smtp"), Qt::CaseInsensitive)
                    == 0) {
                    entries.append(Entry());
                    current = &entries.last();
                } else {
                    reader.skipCurrentElement();
                }
            } else if (current) {
                if (name == QLatin1String("hostname"))
                    current->hostname = reader.readElementText().trimmed();
                else if (name == QLatin1String("port"))
                    current->port = reader.readElementText().trimmed();
                else if (name == QLatin1String("socketType"))
                    current->socketType = reader.readElementText().trimmed();
                else if (name == QLatin1String("username"))
                    current->userName = reader.readElementText();
                else if (name == QLatin1String("authentication"))
                    current->authentication.append(reader.readElementText());
                else
                    reader.skipCurrentElement();
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("outgoingServer")) {
            current = nullptr;
        }
    }
    if (reader.hasError() || !sawClientConfig) {
        if (error)
            *error = QCoreApplication::translate("store::Autoconfig",
                                                 "This is not a mail autoconfiguration document.");
        return {};
    }
    QList<DiscoveredServer> out;
    for (const Entry &e : std::as_const(entries)) {
        DiscoveredServer s;
        s.host = e.hostname;
        bool ok = false;
        const uint port = e.port.toUInt(&ok);
        const QString type = e.socketType.toUpper();
        if (type == QLatin1String("SSL") || type == QLatin1String("TLS"))
            s.security = smtp::Security::ImplicitTls;
        else if (type == QLatin1String("STARTTLS"))
            s.security = smtp::Security::StartTls;
        else if (type == QLatin1String("PLAIN"))
            s.security = smtp::Security::None;
        else
            continue;
        if (!ok || port == 0 || port > 65535 || !hostnameLooksValid(s.host))
            continue;
        s.port = quint16(port);
        s.auth = authFrom(e.authentication);
        s.userName = resolveUserNameTemplate(
            e.userName.isEmpty() ? QStringLiteral("%EMAILADDRESS%") : e.userName, address);
        if (!out.contains(s))
            out.append(s);
    }
    // Encrypted servers first, in the document's order; plain ones only after them.
    std::stable_sort(out.begin(), out.end(), [](const DiscoveredServer &a, const DiscoveredServer &b) {
        return (a.security != smtp::Security::None) > (b.security != smtp::Security::None);
    });
    if (out.isEmpty() && error)
        *error = QCoreApplication::translate(
            "store::Autoconfig", "The autoconfiguration document names no SMTP server Stamp can use.");
    return out;
}

}  // namespace store
