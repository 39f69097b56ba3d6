// The command-line builder: every parameter's grammar, good and bad values, and CR, LF and NUL in each.
#include "commandline.h"

#include <QTest>

using namespace smtp;
using namespace smtp::commandline;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ehloArgument_data();
    void ehloArgument();
    void ehloLineUsesALabels();
    void notify_data();
    void notify();
    void ret_data();
    void ret();
    void envid_data();
    void envid();
    void xtextEncoding();
    void utf8AddrXtextEncoding();
    void mailFromParameters();
    void mailFromRefusesBadPaths_data();
    void mailFromRefusesBadPaths();
    void rcptToParameters();
    void rcptToRefusesBadPaths();
    void authLines();
    void lineBreaksRefusedEverywhere_data();
    void lineBreaksRefusedEverywhere();
};

void TestCommandLine::ehloArgument_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("host") << "client.example" << true;
    QTest::newRow("single label") << "localhost" << true;
    QTest::newRow("digits first") << "1mail.example" << true;
    QTest::newRow("unicode") << QString::fromUtf8("bücher.example") << true;
    QTest::newRow("ipv4") << "[192.0.2.1]" << true;
    QTest::newRow("ipv6") << "[IPv6:2001:db8::1]" << true;
    QTest::newRow("ipv6 lower tag") << "[ipv6:::1]" << true;
    QTest::newRow("ipv6 v4 tail") << "[IPv6:::ffff:192.0.2.1]" << true;
    QTest::newRow("general literal") << "[x-tag:some-content]" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("underscore") << "my_host" << false;
    QTest::newRow("space") << "my host" << false;
    QTest::newRow("leading hyphen") << "-a.example" << false;
    QTest::newRow("trailing hyphen") << "a-.example" << false;
    QTest::newRow("empty label") << "a..example" << false;
    QTest::newRow("trailing dot") << "a.example." << false;
    QTest::newRow("label over 63") << QString(64, QLatin1Char('a')) + ".example" << false;
    QTest::newRow("ipv4 over 255") << "[192.0.2.256]" << false;
    QTest::newRow("ipv4 three parts") << "[192.0.2]" << false;
    QTest::newRow("unclosed") << "[192.0.2.1" << false;
    QTest::newRow("empty literal") << "[]" << false;
    QTest::newRow("bad ipv6") << "[IPv6:2001:db8::g]" << false;
    QTest::newRow("ipv6 not an address") << "[IPv6:1:2:3]" << false;
    QTest::newRow("literal with space") << "[x-tag:a b]" << false;
    QTest::newRow("literal with bracket") << "[x-tag:a]b]" << false;
    QTest::newRow("literal with backslash") << "[x-tag:a\\b]" << false;
    QTest::newRow("tag ends in hyphen") << "[x-:a]" << false;
    QTest::newRow("no tag") << "[:a]" << false;
    QTest::newRow("no value") << "[x-tag:]" << false;
    QTest::newRow("literal then command") << "[1.2.3.4]\r\nRCPT TO:<smuggled@example.org>" << false;
}

void TestCommandLine::ehloArgument()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(validEhloArgument(value, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
    QCOMPARE(ehlo(value, &why).isEmpty(), !valid);
    QCOMPARE(helo(value, &why).isEmpty(), !valid);
}

void TestCommandLine::ehloLineUsesALabels()
{
    QString why;
    QCOMPARE(ehlo(QString::fromUtf8("bücher.example"), &why), QByteArray("EHLO xn--bcher-kva.example"));
    QCOMPARE(helo(QStringLiteral("[IPv6:::1]"), &why), QByteArray("HELO [IPv6:::1]"));
}

void TestCommandLine::notify_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("wire");  // empty: refused
    QTest::newRow("never") << "NEVER" << QByteArray("NEVER");
    QTest::newRow("never lower") << "never" << QByteArray("NEVER");
    QTest::newRow("one") << "failure" << QByteArray("FAILURE");
    QTest::newRow("set") << "Delay,Success" << QByteArray("SUCCESS,DELAY");
    QTest::newRow("all") << "SUCCESS,FAILURE,DELAY" << QByteArray("SUCCESS,FAILURE,DELAY");
    QTest::newRow("spaces around items") << "success, failure" << QByteArray("SUCCESS,FAILURE");
    QTest::newRow("never with success") << "never,success" << QByteArray();
    QTest::newRow("success with never") << "SUCCESS,NEVER" << QByteArray();
    QTest::newRow("bogus") << "bogus" << QByteArray();
    QTest::newRow("never success bogus") << "never,success,bogus" << QByteArray();
    QTest::newRow("repeat") << "success,success" << QByteArray();
    QTest::newRow("repeat case") << "delay,DELAY" << QByteArray();
    QTest::newRow("empty") << "" << QByteArray();
    QTest::newRow("empty item") << "success,,failure" << QByteArray();
    QTest::newRow("trailing comma") << "success," << QByteArray();
    QTest::newRow("space inside") << "SUCC ESS" << QByteArray();
    QTest::newRow("CRLF") << "SUCCESS\r\nRCPT TO:<x@example.org>" << QByteArray();
}

void TestCommandLine::notify()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, wire);
    QString why;
    const std::optional<DsnNotify> n = parseDsnNotify(value, &why);
    QCOMPARE(n.has_value(), !wire.isEmpty());
    QCOMPARE(why.isEmpty(), !wire.isEmpty());
    if (n)
        QCOMPARE(n->wire(), wire);
}

void TestCommandLine::ret_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("full") << "full" << QByteArray("FULL");
    QTest::newRow("hdrs") << "HDRS" << QByteArray("HDRS");
    QTest::newRow("other") << "HEADERS" << QByteArray();
    QTest::newRow("both") << "FULL,HDRS" << QByteArray();
    QTest::newRow("empty") << "" << QByteArray();
    QTest::newRow("LF") << "FULL\nQUIT" << QByteArray();
    QTest::newRow("NUL") << QStringLiteral("FULL") + QChar(0) << QByteArray();
}

void TestCommandLine::ret()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, wire);
    QString why;
    QCOMPARE(parseDsnRet(value, &why), wire);
    QCOMPARE(why.isEmpty(), !wire.isEmpty());
}

void TestCommandLine::envid_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "msg-42@client.example" << true;
    QTest::newRow("space and plus") << "a b+c=d" << true;
    QTest::newRow("100 chars") << QString(100, QLatin1Char('x')) << true;
    QTest::newRow("101 chars") << QString(101, QLatin1Char('x')) << false;
    QTest::newRow("over 100 once encoded") << QString(40, QLatin1Char('+')) << false;
    QTest::newRow("non-ascii") << QString::fromUtf8("é") << false;
    QTest::newRow("tab") << "a\tb" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("CR") << "a\rb" << false;
}

void TestCommandLine::envid()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(validEnvid(value, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
}

void TestCommandLine::xtextEncoding()
{
    QCOMPARE(xtext("a+b=c d"), QByteArray("a+2Bb+3Dc+20d"));
    QCOMPARE(xtext("x\x7f"), QByteArray("x+7F"));
    QCOMPARE(xtext("ann@example.org"), QByteArray("ann@example.org"));
}

void TestCommandLine::utf8AddrXtextEncoding()
{
    // RFC 6533 §3: QCHAR as it is; "+", "=", "\" and every non-ASCII code point as \x{HEX}.
    QCOMPARE(utf8AddrXtext(QString::fromUtf8("jörg@example.org")), QByteArray("j\\x{F6}rg@example.org"));
    QCOMPARE(utf8AddrXtext(QString::fromUtf8("a+b=c\\d")), QByteArray("a\\x{2B}b\\x{3D}c\\x{5C}d"));
    QCOMPARE(utf8AddrXtext(QString::fromUtf8("😀@x")), QByteArray("\\x{1F600}@x"));
}

void TestCommandLine::mailFromParameters()
{
    QString why;
    MailParams p;
    p.path = "ann@example.org";
    QCOMPARE(mailFrom(p, &why), QByteArray("MAIL FROM:<ann@example.org>"));
    p.size = 1234;
    p.eightBit = true;
    p.smtpUtf8 = true;
    p.ret = "hdrs";
    p.envid = QStringLiteral("id+1");
    QCOMPARE(
        mailFrom(p, &why),
        QByteArray("MAIL FROM:<ann@example.org> SIZE=1234 BODY=8BITMIME SMTPUTF8 RET=HDRS ENVID=id+2B1"));
    MailParams null;
    QCOMPARE(mailFrom(null, &why), QByteArray("MAIL FROM:<>"));
    p.ret = "SOME";
    QVERIFY(mailFrom(p, &why).isEmpty());
    QVERIFY(!why.isEmpty());
    why.clear();
    p.ret.clear();
    p.envid = QString::fromUtf8("ü");
    QVERIFY(mailFrom(p, &why).isEmpty());
    QVERIFY(!why.isEmpty());
}

void TestCommandLine::mailFromRefusesBadPaths_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<bool>("valid");
    QTest::newRow("quoted space") << QByteArray("\"a b\"@example.org") << false << true;
    QTest::newRow("quoted pair") << QByteArray("\"a\\\"b\"@example.org") << false << true;
    QTest::newRow("utf8 with SMTPUTF8") << QByteArray("j\xc3\xb6rg@example.org") << true << true;
    QTest::newRow("utf8 without SMTPUTF8") << QByteArray("j\xc3\xb6rg@example.org") << false << false;
    QTest::newRow("tab in quotes") << QByteArray("\"a\tb\"@example.org") << false << false;
    QTest::newRow("space unquoted") << QByteArray("a b@example.org") << false << false;
    QTest::newRow("angle bracket") << QByteArray("a>@example.org") << false << false;
    QTest::newRow("unclosed quote") << QByteArray("\"ab@example.org") << false << false;
    QTest::newRow("DEL") << QByteArray("a\x7f@example.org") << false << false;
    QTest::newRow("CRLF") << QByteArray("a@example.org>\r\nRCPT TO:<b@example.org") << false << false;
    QTest::newRow("NUL") << QByteArray("a\0b@example.org", 15) << false << false;
}

void TestCommandLine::mailFromRefusesBadPaths()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, utf8);
    QFETCH(bool, valid);
    QString why;
    MailParams p;
    p.path = path;
    p.smtpUtf8 = utf8;
    QCOMPARE(mailFrom(p, &why).isEmpty(), !valid);
    QCOMPARE(why.isEmpty(), valid);
    RcptParams r;
    r.path = path;
    r.smtpUtf8 = utf8;
    why.clear();
    QCOMPARE(rcptTo(r, &why).isEmpty(), !valid);
}

void TestCommandLine::rcptToParameters()
{
    QString why;
    RcptParams r;
    r.path = "bob@example.org";
    QCOMPARE(rcptTo(r, &why), QByteArray("RCPT TO:<bob@example.org>"));
    r.notify = parseDsnNotify(QStringLiteral("failure,delay"), &why);
    r.orcpt = QStringLiteral("bob+x@example.org");
    QCOMPARE(rcptTo(r, &why),
             QByteArray("RCPT TO:<bob@example.org> NOTIFY=FAILURE,DELAY ORCPT=rfc822;bob+2Bx@example.org"));
    // RFC 6533: a UTF-8 address is of type utf-8, never rfc822.
    r.path = "j\xc3\xb6rg@example.org";
    r.smtpUtf8 = true;
    r.orcpt = QString::fromUtf8("jörg@example.org");
    QCOMPARE(
        rcptTo(r, &why),
        QByteArray(
            "RCPT TO:<j\xc3\xb6rg@example.org> NOTIFY=FAILURE,DELAY ORCPT=utf-8;j\\x{F6}rg@example.org"));
    DsnNotify bad;
    bad.never = bad.success = true;
    r.notify = bad;
    QVERIFY(rcptTo(r, &why).isEmpty());
}

void TestCommandLine::rcptToRefusesBadPaths()
{
    QString why;
    RcptParams r;
    QVERIFY(rcptTo(r, &why).isEmpty());  // RCPT needs a forward-path
    QVERIFY(!why.isEmpty());
    r.path = "bob@example.org";
    r.orcpt = QStringLiteral("bob@example.org\r\nQUIT");
    why.clear();
    QVERIFY(rcptTo(r, &why).isEmpty());
    QVERIFY(!why.isEmpty());
}

void TestCommandLine::authLines()
{
    QString why;
    QCOMPARE(auth("PLAIN", "AGFubgBzZWNyZXQ=", &why), QByteArray("AUTH PLAIN AGFubgBzZWNyZXQ="));
    QCOMPARE(auth("LOGIN", QByteArray(), &why), QByteArray("AUTH LOGIN"));
    QCOMPARE(auth("SCRAM-SHA-256", "=", &why), QByteArray("AUTH SCRAM-SHA-256 ="));
    QVERIFY(auth("PLAIN\r\nQUIT", QByteArray(), &why).isEmpty());
    QVERIFY(auth("plain", QByteArray(), &why).isEmpty());
    QVERIFY(auth("PLAIN", "a b", &why).isEmpty());
    QCOMPARE(saslResponse("dXNlcg==", &why).value_or("x"), QByteArray("dXNlcg=="));
    QCOMPARE(saslResponse(QByteArray(), &why).value_or("x"), QByteArray(""));
    QVERIFY(!saslResponse("dXNl\r\ncg==", &why));
    QCOMPARE(saslCancel(), QByteArray("*"));
    QVERIFY(validAuthIdentity(QStringLiteral("ann@example.org"), &why));
    QVERIFY(validAuthIdentity(QString::fromUtf8("jörg ü"), &why));
    QVERIFY(!validAuthIdentity(QString(), &why));
}

void TestCommandLine::lineBreaksRefusedEverywhere_data()
{
    QTest::addColumn<QString>("breaker");
    QTest::newRow("CR") << QStringLiteral("\r");
    QTest::newRow("LF") << QStringLiteral("\n");
    QTest::newRow("CRLF") << QStringLiteral("\r\n");
    QTest::newRow("NUL") << QString(QChar(0));
}

void TestCommandLine::lineBreaksRefusedEverywhere()
{
    QFETCH(QString, breaker);
    QString why;
    const QString smuggled = breaker + QStringLiteral("RCPT TO:<smuggled@example.org>");
    QVERIFY(!validEhloArgument(QStringLiteral("client.example") + smuggled, &why));
    QVERIFY(!validEhloArgument(QStringLiteral("[192.0.2.1]") + smuggled, &why));
    QVERIFY(!validEhloArgument(QStringLiteral("[192.0.2.1") + smuggled + QStringLiteral("]"), &why));
    QVERIFY(!validEhloArgument(QStringLiteral("[x:a") + smuggled + QStringLiteral("]"), &why));
    QVERIFY(!parseDsnNotify(QStringLiteral("SUCCESS") + smuggled, &why));
    QVERIFY(!parseDsnNotify(QStringLiteral("NEVER") + breaker, &why));
    QVERIFY(parseDsnRet(QStringLiteral("FULL") + breaker, &why).isEmpty());
    QVERIFY(!validEnvid(QStringLiteral("id") + smuggled, &why));
    QVERIFY(!validAuthIdentity(QStringLiteral("ann") + smuggled, &why));
    MailParams m;
    m.path = ("ann@example.org" + breaker).toLatin1();
    QVERIFY(mailFrom(m, &why).isEmpty());
    m.path = "ann@example.org";
    m.envid = QStringLiteral("x") + breaker;
    QVERIFY(mailFrom(m, &why).isEmpty());
    RcptParams r;
    r.path = ("bob@example.org" + breaker).toLatin1();
    QVERIFY(rcptTo(r, &why).isEmpty());
    r.path = "bob@example.org";
    r.orcpt = QStringLiteral("bob@example.org") + breaker;
    QVERIFY(rcptTo(r, &why).isEmpty());
    QVERIFY(auth(("PLAIN" + breaker).toLatin1(), QByteArray(), &why).isEmpty());
    QVERIFY(auth("PLAIN", ("AAAA" + breaker).toLatin1(), &why).isEmpty());
    QVERIFY(!saslResponse(("AAAA" + breaker).toLatin1(), &why));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
