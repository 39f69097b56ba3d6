#pragma once

#include "session.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace store {

// One submission server found for an address, whatever the source (an autoconfig document, SRV records,
// a guess that answered).
struct DiscoveredServer
{
    enum class Auth
    {
        Password,    // password-cleartext / password-encrypted (any SASL password mechanism)
        OAuth2,      // the provider wants OAuth 2.0 (XOAUTH2 / OAUTHBEARER)
        None,        // no authentication (a relay by address)
        Unsupported  // NTLM, GSSAPI, client certificates, ...: Stamp cannot log in this way
    };
    QString host;
    quint16 port = 0;
    smtp::Security security = smtp::Security::StartTls;
    Auth auth = Auth::Password;
    QString userName;  // the login name for this address, placeholders resolved

    bool operator==(const DiscoveredServer &o) const
    {
        return host == o.host && port == o.port && security == o.security && auth == o.auth
               && userName == o.userName;
    }
};

// Reads a mail autoconfiguration document (Thunderbird's config-v1.1.xml, as described by
// draft-ietf-mailmaint-autoconfig) and returns its SMTP <outgoingServer> entries in the document's order of
// preference, with %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% resolved for address. Entries Stamp
// cannot use (plain socketType is kept, unknown socketType or a bad port is not) are skipped. Returns an
// empty list and sets *error (one sentence) when the document is not such a file or names no usable SMTP
// server.
QList<DiscoveredServer> parseAutoconfigXml(const QByteArray &xml, const QString &address, QString *error);

// The same placeholders, resolved for address (also used for SRV results and guesses).
QString resolveUserNameTemplate(const QString &pattern, const QString &address);

}  // namespace store
