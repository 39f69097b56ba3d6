// The wire preview and lint (smtp/preview.h, smtp/lint.h) and the swaks command (smtp/swaks.h): a table of
// lint cases over raw messages, the MIME tree of messages Stamp builds, the envelope roles, and the DNS part
// from a DnsCache.
#include "lint.h"
#include "message.h"
#include "preview.h"
#include "swaks.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace smtp;

Q_DECLARE_METATYPE(smtp::ServerOffer)

namespace {

Mailbox mb(const char *local, const char *domain, const char *name = "")
{
    return Mailbox{QString::fromUtf8(name), QString::fromUtf8(local), QString::fromUtf8(domain)};
}

ServerOffer offer(bool eight, bool utf8, qint64 maxSize = 0)
{
    ServerOffer o;
    o.known = true;
    o.eightBitMime = eight;
    o.smtpUtf8 = utf8;
    o.size = maxSize > 0;
    o.maxSize = maxSize;
    return o;
}

const QByteArray fullHeader = "From: Ann <ann@example.org>\r\nTo: bob@example.net\r\nSubject: Hello\r\n"
                              "Date: Wed, 02 Dec 2026 10:00:00 +0000\r\nMessage-ID: <1.2@example.org>\r\n"
                              "MIME-Version: 1.0\r\n";

// "severity topic" of each finding, sorted, for comparison.
QStringList summary(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << severityWord(f.severity) + QLatin1Char(' ') + f.topic;
    out.sort();
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lintCases_data();
    void lintCases();
    void findingsSayWhatToChange();
    void piecesGiveTheSameResult();
    void builtMessageTree();
    void envelopeRoles();
    void mailLineFromTheCommandBuilder();
    void emlAsItGoesOut();
    void serverOfferParse();
    void senderDomain_data();
    void senderDomain();
    void shellQuote_data();
    void shellQuote();
    void swaksCommand();
    void swaksDataSection();
};

void TestPreview::lintCases_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("eml");
    QTest::addColumn<ServerOffer>("server");
    QTest::addColumn<QStringList>("expected");

    const ServerOffer all = offer(true, true);
    const ServerOffer unknown;
    const QByteArray body = "\r\nHello\r\n";
    QTest::newRow("clean") << fullHeader + body << true << all << QStringList();
    QTest::newRow("eml without Date")
        << QByteArray(fullHeader).replace("Date: Wed, 02 Dec 2026 10:00:00 +0000\r\n", "") + body << true
        << all << QStringList{QStringLiteral("warning Date")};
    QTest::newRow("eml without Message-ID")
        << QByteArray(fullHeader).replace("Message-ID: <1.2@example.org>\r\n", "") + body << true << all
        << QStringList{QStringLiteral("warning Message-ID")};
    QTest::newRow("built without Date is not an eml")
        << QByteArray(fullHeader).replace("Date: Wed, 02 Dec 2026 10:00:00 +0000\r\n", "") + body << false
        << all << QStringList();
    QTest::newRow("no From") << QByteArray(fullHeader).replace("From: Ann <ann@example.org>\r\n", "") + body
                             << true << all << QStringList{QStringLiteral("problem From")};
    QTest::newRow("line of 998") << fullHeader + "\r\n" + QByteArray(998, 'a') + "\r\n"
                                 << true << all << QStringList();
    QTest::newRow("line of 999") << fullHeader + "\r\n" + QByteArray(999, 'a') + "\r\n"
                                 << true << all << QStringList{QStringLiteral("problem Lines")};
    QTest::newRow("long last line without CRLF") << fullHeader + "\r\n" + QByteArray(2000, 'a') << true << all
                                                 << QStringList{QStringLiteral("problem Lines")};
    QTest::newRow("long header line") << fullHeader + "X-Long: " + QByteArray(995, 'h') + "\r\n" + body
                                      << true << all << QStringList{QStringLiteral("problem Lines")};
    QTest::newRow("NUL") << fullHeader + "\r\nab" + QByteArray(1, '\0') + "c\r\n"
                         << true << all << QStringList{QStringLiteral("problem NUL")};
    const QByteArray eightBit = fullHeader
                                + "\r\nGr\xc3\xbc\xc3\x9f"
                                  "e\r\n";
    QTest::newRow("8-bit, server has 8BITMIME") << eightBit << true << all << QStringList();
    QTest::newRow("8-bit, server without 8BITMIME")
        << eightBit << true << offer(false, true) << QStringList{QStringLiteral("problem 8BITMIME")};
    QTest::newRow("8-bit, server unknown")
        << eightBit << true << unknown << QStringList{QStringLiteral("info 8BITMIME")};
    const QByteArray utf8Header = QByteArray(fullHeader)
                                      .replace("Subject: Hello", "Subject: Gr\xc3\xbc\xc3\x9f"
                                                                 "e")
                                  + body;
    QTest::newRow("UTF-8 header, SMTPUTF8 offered") << utf8Header << true << all << QStringList();
    QTest::newRow("UTF-8 header, no SMTPUTF8")
        << utf8Header << true << offer(true, false) << QStringList{QStringLiteral("problem SMTPUTF8")};
    QTest::newRow("UTF-8 header, server unknown")
        << utf8Header << true << unknown << QStringList{QStringLiteral("warning SMTPUTF8")};
    const QByteArray small = fullHeader + body;
    QTest::newRow("size at the limit") << small << true << offer(true, true, small.size()) << QStringList();
    QTest::newRow("size over the limit") << small << true << offer(true, true, small.size() - 1)
                                         << QStringList{QStringLiteral("problem SIZE")};
    QTest::newRow("remembered SIZE with an unknown server") << small << true << [&] {
        ServerOffer o;
        o.maxSize = 10;
        return o;
    }() << QStringList{QStringLiteral("problem SIZE")};
    const QByteArray attachment =
        fullHeader
        + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\npreamble\r\n--b1\r\n"
          "Content-Type: text/plain\r\n\r\nsee attached\r\n--b1\r\n"
          "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
          "Content-Disposition: attachment; filename=\"big.pdf\"\r\n\r\n"
        + QByteArray(76, 'A') + "\r\n" + QByteArray(76, 'A') + "\r\n--b1--\r\n";
    QTest::newRow("attachment over SIZE")
        << attachment << true << offer(true, true, 100)
        << QStringList{QStringLiteral("problem SIZE"), QStringLiteral("problem SIZE")};
    QTest::newRow("message over SIZE, attachment under")
        << attachment << true << offer(true, true, attachment.size() - 1)
        << QStringList{QStringLiteral("problem SIZE")};
    QTest::newRow("empty subject") << QByteArray(fullHeader).replace("Subject: Hello", "Subject: ") + body
                                   << true << all << QStringList{QStringLiteral("info Subject")};
    QTest::newRow("no subject") << QByteArray(fullHeader).replace("Subject: Hello\r\n", "") + body << true
                                << all << QStringList{QStringLiteral("info Subject")};
    QTest::newRow("To that gets no RCPT")
        << QByteArray(fullHeader).replace("To: bob@example.net", "To: bob@example.net, eve@example.net")
               + body
        << true << all << QStringList{QStringLiteral("info Envelope")};
    QTest::newRow("To that does not parse")
        << QByteArray(fullHeader).replace("To: bob@example.net", "To: bob@example.net, <<broken") + body
        << true << all << QStringList{QStringLiteral("warning To/Cc")};
}

void TestPreview::lintCases()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, eml);
    QFETCH(ServerOffer, server);
    QFETCH(QStringList, expected);
    const Envelope env{mb("ann", "example.org"), {mb("bob", "example.net")}};
    const WirePreview p = previewBytes(message, env, server, {}, eml);
    QCOMPARE(summary(lint(p)), expected);
}

void TestPreview::findingsSayWhatToChange()
{
    // Every finding but the purely informative ones names what to change.
    QByteArray m = "To: b@x\r\nX: " + QByteArray(1200, 'x') + "\r\n\r\n\xc3\xa4\r\n";
    const WirePreview p = previewBytes(m, {mb("a", "x"), {mb("b", "x")}}, offer(false, false, 10), {}, true);
    const QList<Finding> f = lint(p);
    QVERIFY(f.size() >= 6);
    for (const Finding &one : f) {
        QVERIFY2(!one.what.isEmpty(), qPrintable(one.topic));
        if (one.severity != Finding::Severity::Info)
            QVERIFY2(!one.fix.isEmpty(), qPrintable(one.topic));
    }
}

void TestPreview::piecesGiveTheSameResult()
{
    const QByteArray m =
        fullHeader
        + "Content-Type: multipart/alternative; boundary=zz\r\n\r\n--zz\r\n"
          "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
          "Gr\xc3\xbc\xc3\x9f"
          "e\r\n"
        + QByteArray(1500, 'q') + "\r\n--zz\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--zz--\r\n";
    WireScanner whole;
    whole.push(m);
    const WirePreview a = whole.finish();
    for (int piece : {1, 2, 3, 7, 100}) {
        WireScanner s;
        for (int i = 0; i < m.size(); i += piece)
            s.push(m.mid(i, piece));
        const WirePreview b = s.finish();
        QCOMPARE(b.headerSection, a.headerSection);
        QCOMPARE(b.parts.size(), a.parts.size());
        for (int i = 0; i < a.parts.size(); ++i) {
            QCOMPARE(b.parts[i].contentType, a.parts[i].contentType);
            QCOMPARE(b.parts[i].size, a.parts[i].size);
        }
        QCOMPARE(b.size, qint64(m.size()));
        QCOMPARE(b.firstLongLine, a.firstLongLine);
        QCOMPARE(b.eightBitBody, true);
        QCOMPARE(b.eightBitHeaders, false);
    }
    QCOMPARE(a.parts.size(), 3);
    QCOMPARE(a.parts[1].contentType, QByteArray("text/plain"));
    QCOMPARE(a.parts[1].charset, QByteArray("utf-8"));
    QCOMPARE(a.parts[1].transferEncoding, QByteArray("8bit"));
    QCOMPARE(a.parts[1].depth, 1);
    QCOMPARE(a.parts[2].contentType, QByteArray("text/html"));
    QCOMPARE(a.parts[2].size, qint64(8));   // "<p>x</p>": the CRLF before the delimiter is the delimiter's
    QCOMPARE(a.firstLongLine, qint64(14));  // 6 header lines, 7 more before the q line
}

void TestPreview::builtMessageTree()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("Bericht März.pdf"));
    const QByteArray content(5000, 'p');
    QVERIFY(writeFile(file, content));
    Message m;
    m.from = mb("ann", "example.org", "Ann");
    m.to = {mb("bob", "example.net")};
    m.subject = QStringLiteral("Report");
    m.body = QStringLiteral("Grüße,\nsee the report.\n");  // 8-bit, and no 8BITMIME: quoted-printable
    m.html = QStringLiteral("<p>Hello, see the report.</p>");
    m.attachments = {{file, {}, "application/pdf"}};
    MimeMessageSource source(m);
    WirePreview p;
    QString error;
    QVERIFY2(previewMessage(&source, {m.from, m.recipients()}, offer(false, false), {}, &p, &error),
             qPrintable(error));
    QCOMPARE(p.headerSection, source.headerBlock());
    QCOMPARE(p.size, source.size());
    QVERIFY(!p.eml);
    QCOMPARE(p.parts.size(), 5);
    QCOMPARE(p.parts[0].contentType, QByteArray("multipart/mixed"));
    QCOMPARE(p.parts[1].contentType, QByteArray("multipart/alternative"));
    QCOMPARE(p.parts[2].contentType, QByteArray("text/plain"));
    QCOMPARE(p.parts[2].depth, 2);
    QCOMPARE(p.parts[2].transferEncoding, QByteArray("quoted-printable"));
    QCOMPARE(p.parts[3].contentType, QByteArray("text/html"));
    const MimePart &a = p.parts[4];
    QCOMPARE(a.depth, 1);
    QCOMPARE(a.contentType, QByteArray("application/pdf"));
    QCOMPARE(a.transferEncoding, QByteArray("base64"));
    QCOMPARE(a.disposition, QByteArray("attachment"));
    QCOMPARE(a.fileName, QStringLiteral("Bericht März.pdf"));  // RFC 2231, decoded
    QCOMPARE(a.decodedSize, qint64(content.size()));
    QCOMPARE(a.size, base64LinesSize(content.size()));
    QVERIFY(p.parts[0].size > a.size);
    QVERIFY(describePart(a).contains(QStringLiteral("Bericht März.pdf")));
}

void TestPreview::envelopeRoles()
{
    Message m;
    m.from = mb("ann", "example.org");
    m.to = {mb("bob", "example.net"), mb("Carl", "Example.NET")};
    m.cc = {mb("cem", "bücher.example")};
    m.bcc = {mb("dora", "example.com")};
    m.subject = QStringLiteral("x");
    m.body = QStringLiteral("x");
    MimeMessageSource source(m);
    WirePreview p;
    QString error;
    QVERIFY2(previewMessage(&source, {m.from, m.recipients()}, offer(true, true), {}, &p, &error),
             qPrintable(error));
    QVERIFY(!p.headerSection.toLower().contains("bcc"));
    QVERIFY(!p.headerSection.contains("dora"));
    QCOMPARE(p.recipients.size(), 4);
    QCOMPARE(p.recipients[0].role, EnvelopeEntry::Role::To);
    QCOMPARE(p.recipients[1].role, EnvelopeEntry::Role::To);
    QCOMPARE(p.recipients[2].role, EnvelopeEntry::Role::Cc);  // the header has the A-label form
    QCOMPARE(p.recipients[3].role, EnvelopeEntry::Role::Bcc);
    QCOMPARE(p.recipients[3].rcptLine, QByteArray("RCPT TO:<dora@example.com>"));
    QCOMPARE(p.recipients[2].rcptLine, QByteArray("RCPT TO:<cem@xn--bcher-kva.example>"));
    QVERIFY(p.notInEnvelope.isEmpty());
    const QString text = formatPreview(p);
    QVERIFY(text.contains(QStringLiteral("RCPT TO:<dora@example.com>    Bcc (envelope only")));
    QVERIFY(text.contains(QString::fromUtf8(p.headerSection)));
}

void TestPreview::mailLineFromTheCommandBuilder()
{
    const QByteArray msg = fullHeader
                           + "\r\nGr\xc3\xbc\xc3\x9f"
                             "e\r\n";
    const Envelope env{mb("ann", "example.org"), {mb("bob", "example.net")}};
    ServerOffer o = offer(true, false, 1000);
    DsnOptions dsn;
    dsn.notify = "FAILURE";
    dsn.ret = "HDRS";
    WirePreview p = previewBytes(msg, env, o, dsn, true);
    QCOMPARE(p.mailLine, QByteArray("MAIL FROM:<ann@example.org> SIZE=%1 BODY=8BITMIME RET=HDRS")
                             .replace("%1", QByteArray::number(msg.size())));
    QCOMPARE(p.recipients[0].rcptLine,
             QByteArray("RCPT TO:<bob@example.net> NOTIFY=FAILURE ORCPT=rfc822;bob@example.net"));
    // A server without SIZE: no SIZE= parameter.
    p = previewBytes(msg, env, offer(true, false), {}, true);
    QCOMPARE(p.mailLine, QByteArray("MAIL FROM:<ann@example.org> BODY=8BITMIME"));
    // A non-ASCII local part: SMTPUTF8, the UTF-8 path.
    p = previewBytes(fullHeader + "\r\nx\r\n", {mb("jörg", "example.org"), {mb("bob", "example.net")}},
                     offer(true, true), {}, true);
    QCOMPARE(p.mailLine, QByteArray("MAIL FROM:<j\xc3\xb6rg@example.org> SMTPUTF8"));
}

void TestPreview::emlAsItGoesOut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    // LF line endings, a Bcc field, and a line over 998 that prepare() would refuse.
    QVERIFY(writeFile(path, "From: ann@example.org\nTo: bob@example.net\nBcc: secret@example.com\nSubject: "
                            "s\n\n"
                                + QByteArray(1200, 'z') + "\n"));
    EmlFileSource source(path);
    QCOMPARE(source.readHeaders(), QString());
    const Envelope env{source.headerFrom(), source.headerRecipients()};
    QCOMPARE(env.recipients.size(), 2);
    WirePreview p;
    QString error;
    QVERIFY2(previewMessage(&source, env, ServerOffer(), {}, &p, &error), qPrintable(error));
    QVERIFY(p.eml);
    QCOMPARE(p.headerSection, QByteArray("From: ann@example.org\r\nTo: bob@example.net\r\nSubject: s\r\n"));
    QCOMPARE(p.recipients[1].role, EnvelopeEntry::Role::Bcc);
    QCOMPARE(summary(lint(p)), (QStringList{QStringLiteral("problem Lines"), QStringLiteral("warning Date"),
                                            QStringLiteral("warning Message-ID")}));
    // And the session would refuse it, as lint says.
    EmlFileSource again(path);
    QVERIFY(!again.prepare({true, true}).isEmpty());
}

void TestPreview::serverOfferParse()
{
    QString why;
    std::optional<ServerOffer> o = ServerOffer::parse(QStringLiteral("8bitmime, SIZE=1000 PIPELINING"), &why);
    QVERIFY(o);
    QVERIFY(o->known && o->eightBitMime && !o->smtpUtf8 && o->size);
    QCOMPARE(o->maxSize, qint64(1000));
    o = ServerOffer::parse(QStringLiteral("SMTPUTF8,SIZE"), &why);
    QVERIFY(o && o->smtpUtf8 && o->size && o->maxSize == 0);
    QVERIFY(!ServerOffer::parse(QStringLiteral("SIZE=lots"), &why));
    QVERIFY(!why.isEmpty());
}

void TestPreview::senderDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("records");  // "name=TXT", "name=NX", "name=FAIL"
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("both") << QStringLiteral("example.org")
                          << QStringList{QStringLiteral("example.org=v=spf1 mx -all"),
                                         QStringLiteral("_dmarc.example.org=v=DMARC1; p=reject")}
                          << QStringList();
    QTest::newRow("neither") << QStringLiteral("example.org")
                             << QStringList{QStringLiteral("example.org=google-site-verification=x"),
                                            QStringLiteral("_dmarc.example.org=NX")}
                             << QStringList{QStringLiteral("warning DMARC"), QStringLiteral("warning SPF")};
    QTest::newRow("DMARC of the organisational domain")
        << QStringLiteral("mail.example.org")
        << QStringList{QStringLiteral("mail.example.org=v=spf1 -all"),
                       QStringLiteral("_dmarc.mail.example.org=NX"),
                       QStringLiteral("_dmarc.example.org=v=DMARC1; p=none")}
        << QStringList();
    QTest::newRow("lookup failed") << QStringLiteral("example.org")
                                   << QStringList{QStringLiteral("example.org=FAIL"),
                                                  QStringLiteral("_dmarc.example.org=FAIL")}
                                   << QStringList{QStringLiteral("info DNS"), QStringLiteral("info DNS")};
}

void TestPreview::senderDomain()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, records);
    QFETCH(QStringList, expected);
    DnsCache dns;
    for (const QString &r : records) {
        const QString name = r.section(QLatin1Char('='), 0, 0);
        const QString value = r.section(QLatin1Char('='), 1);
        if (value == QLatin1String("NX"))
            dns.addNxDomain(name, DnsType::TXT);
        else if (value == QLatin1String("FAIL"))
            dns.insert({name, DnsType::TXT},
                       DnsAnswer{DnsAnswer::Status::Failed, {}, QStringLiteral("timeout")});
        else
            dns.add(name, DnsType::TXT, {value});
    }
    QCOMPARE(summary(lintSenderDomain(dns, domain)), expected);
}

void TestPreview::shellQuote_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("smtp.example.org") << QStringLiteral("smtp.example.org");
    QTest::newRow("address") << QStringLiteral("a+b@x.org") << QStringLiteral("a+b@x.org");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("dollar") << QStringLiteral("$HOME;rm") << QStringLiteral("'$HOME;rm'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
}

void TestPreview::shellQuote()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(swaks::shellQuote(in), out);
}

void TestPreview::swaksCommand()
{
    SessionOptions o;
    o.host = QStringLiteral("smtp.example.org");
    o.port = 587;
    o.user = QStringLiteral("ann user");
    o.password = QStringLiteral("s3cret-never-shown");
    o.auth = AuthMethod::Login;
    const Envelope env{mb("ann", "example.org"), {mb("bob", "example.net"), mb("dora", "example.com")}};
    swaks::Command c = swaks::command(o, env, QStringLiteral("/tmp/m x.txt"), QStringLiteral("/etc/ca.pem"));
    QCOMPARE(c.line,
             QStringLiteral("swaks --server smtp.example.org --port 587 --tls --tls-verify --tls-ca-path "
                            "/etc/ca.pem --auth LOGIN --auth-user 'ann user' --from ann@example.org --to "
                            "bob@example.net,dora@example.com --data '@/tmp/m x.txt' --no-data-fixup"));
    QVERIFY(!c.line.contains(o.password));
    QVERIFY(c.notes.isEmpty());
    o.security = Security::ImplicitTls;
    o.port = 465;
    o.auth = AuthMethod::ScramSha256;
    o.pinnedSha256 = "ab";
    c = swaks::command(o, env, QStringLiteral("m"));
    QVERIFY(c.line.contains(QStringLiteral(" --tlsc --tls-verify ")));
    QVERIFY(!c.line.contains(QStringLiteral("--auth ")));
    QVERIFY(c.notes.contains(QStringLiteral("SCRAM")));
    QVERIFY(c.notes.contains(QStringLiteral("pin")));
    o.security = Security::None;
    o.user.clear();
    c = swaks::command(o, env, QStringLiteral("m"));
    QVERIFY(!c.line.contains(QStringLiteral("--tls")));
    QVERIFY(!c.line.contains(QStringLiteral("--auth")));
}

void TestPreview::swaksDataSection()
{
    QCOMPARE(swaks::dataSection("Subject: x\r\n\r\n.hidden\r\nend\r\n"),
             QByteArray("Subject: x\r\n\r\n..hidden\r\nend\r\n."));
    QCOMPARE(swaks::dataSection("a\r\nno final newline"), QByteArray("a\r\nno final newline\r\n."));
}

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
