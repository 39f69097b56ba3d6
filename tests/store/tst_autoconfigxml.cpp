// The autoconfig document reader (store/autoconfigxml.h), on documents shaped like the ones providers
// publish.
#include "autoconfigxml.h"

#include <QTest>

using store::DiscoveredServer;

Q_DECLARE_METATYPE(DiscoveredServer)
Q_DECLARE_METATYPE(QList<DiscoveredServer>)

namespace {

QByteArray document(const QByteArray &outgoing)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.org">
    <domain>example.org</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.example.org</hostname><port>993</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </incomingServer>
)" + outgoing
           + R"(
  </emailProvider>
</clientConfig>
)";
}

DiscoveredServer server(const char *host, quint16 port, smtp::Security security,
                        DiscoveredServer::Auth auth = DiscoveredServer::Auth::Password,
                        const char *user = "ann@example.org")
{
    DiscoveredServer s;
    s.host = QString::fromLatin1(host);
    s.port = port;
    s.security = security;
    s.auth = auth;
    s.userName = QString::fromLatin1(user);
    return s;
}

}  // namespace

class TestAutoconfigXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servers_data();
    void servers();
    void notADocument_data();
    void notADocument();
    void placeholders();
};

void TestAutoconfigXml::servers_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QList<DiscoveredServer>>("expected");
    using A = DiscoveredServer::Auth;
    using S = smtp::Security;

    QTest::newRow("one STARTTLS server") << document(R"(
    <outgoingServer type="smtp">
      <hostname>smtp.example.org</hostname><port>587</port><socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>)") << QList{server("smtp.example.org", 587, S::StartTls)};
    QTest::newRow("implicit TLS, local part as user") << document(R"(
    <outgoingServer type="smtp">
      <hostname>smtp.example.org</hostname><port>465</port><socketType>SSL</socketType>
      <authentication>password-encrypted</authentication><username>%EMAILLOCALPART%</username>
    </outgoingServer>)") << QList{server("smtp.example.org", 465, S::ImplicitTls, A::Password, "ann")};
    QTest::newRow("OAuth2 listed first wins") << document(R"(
    <outgoingServer type="smtp">
      <hostname>smtp.gmail.com</hostname><port>465</port><socketType>SSL</socketType>
      <authentication>OAuth2</authentication><authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>)") << QList{server("smtp.gmail.com", 465, S::ImplicitTls, A::OAuth2)};
    QTest::newRow("only an unsupported method") << document(R"(
    <outgoingServer type="smtp">
      <hostname>smtp.example.org</hostname><port>587</port><socketType>STARTTLS</socketType>
      <authentication>NTLM</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>)") << QList{server("smtp.example.org", 587, S::StartTls, A::Unsupported)};
    QTest::newRow("plain goes after the encrypted ones, order kept otherwise")
        << document(R"(
    <outgoingServer type="smtp">
      <hostname>plain.example.org</hostname><port>25</port><socketType>plain</socketType>
      <authentication>none</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.org</hostname><port>465</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.org</hostname><port>587</port><socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>)")
        << QList{server("smtp.example.org", 465, S::ImplicitTls),
                 server("smtp.example.org", 587, S::StartTls),
                 server("plain.example.org", 25, S::None, A::None)};
    QTest::newRow("bad entries skipped: port, socket type, placeholder host, not smtp")
        << document(R"(
    <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>99999</port><socketType>SSL</socketType></outgoingServer>
    <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>465</port><socketType>QUIC</socketType></outgoingServer>
    <outgoingServer type="smtp"><hostname>%EMAILDOMAIN%x</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
    <outgoingServer type="exchange"><hostname>ews.example.org</hostname><port>443</port><socketType>SSL</socketType></outgoingServer>
    <outgoingServer type="smtp"><hostname> smtp2.example.org </hostname><port> 587 </port><socketType>starttls</socketType></outgoingServer>)")
        << QList{server("smtp2.example.org", 587, S::StartTls)};
    QTest::newRow("duplicates collapse") << document(R"(
    <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer>
    <outgoingServer type="smtp"><hostname>smtp.example.org</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer>)")
                                         << QList{server("smtp.example.org", 587, S::StartTls)};
}

void TestAutoconfigXml::servers()
{
    QFETCH(QByteArray, xml);
    QFETCH(QList<DiscoveredServer>, expected);
    QString error;
    const QList<DiscoveredServer> got =
        store::parseAutoconfigXml(xml, QStringLiteral("ann@example.org"), &error);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].host, expected[i].host);
        QCOMPARE(got[i].port, expected[i].port);
        QCOMPARE(int(got[i].security), int(expected[i].security));
        QCOMPARE(int(got[i].auth), int(expected[i].auth));
        QCOMPARE(got[i].userName, expected[i].userName);
    }
    QVERIFY(error.isEmpty());
}

void TestAutoconfigXml::notADocument_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html error page") << QByteArray("<html><body><h1>404 Not Found</h1></body></html>");
    QTest::newRow("truncated")
        << document("<outgoingServer type=\"smtp\"><hostname>smtp.example.org").left(300);
    QTest::newRow("no smtp server") << document("");
    QTest::newRow("json") << QByteArray(R"({"smtp": "smtp.example.org"})");
}

void TestAutoconfigXml::notADocument()
{
    QFETCH(QByteArray, xml);
    QString error;
    QVERIFY(store::parseAutoconfigXml(xml, QStringLiteral("ann@example.org"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestAutoconfigXml::placeholders()
{
    const QString a = QStringLiteral("Ann.Example@Mail.Example.org");
    QCOMPARE(store::resolveUserNameTemplate(QStringLiteral("%EMAILADDRESS%"), a), a);
    QCOMPARE(store::resolveUserNameTemplate(QStringLiteral("%EMAILLOCALPART%"), a),
             QStringLiteral("Ann.Example"));
    QCOMPARE(store::resolveUserNameTemplate(QStringLiteral("%EMAILDOMAIN%\\%EMAILLOCALPART%"), a),
             QStringLiteral("Mail.Example.org\\Ann.Example"));
    QCOMPARE(store::resolveUserNameTemplate(QStringLiteral("fixed"), a), QStringLiteral("fixed"));
}

QTEST_GUILESS_MAIN(TestAutoconfigXml)
#include "tst_autoconfigxml.moc"
