// The pure parts of the domain check: SPF (RFC 7208) parsing, macro expansion and evaluation over a zone in
// memory (the examples of RFC 7208 appendix A and §7.4), the lookup limits, DMARC, DKIM, MTA-STS, TLS-RPT.
#include "dkim.h"
#include "dmarc.h"
#include "dnscache.h"
#include "mtasts.h"
#include "spf.h"
#include "taglist.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace smtp;

namespace {

struct Zone
{
    QHash<DnsQuery, QStringList> records;
    void add(const QString &name, DnsType t, const QStringList &r) { records[{name, t}] += r; }
};

// RFC 7208 appendix A.
Zone rfcZone(const QString &spf)
{
    Zone z;
    z.add("example.com", DnsType::MX, {"10 mx.example.com", "20 mx2.example.com"});
    z.add("mx.example.com", DnsType::A, {"192.0.2.11"});
    z.add("mx2.example.com", DnsType::A, {"192.0.2.129"});
    z.add("example.com", DnsType::A, {"192.0.2.10", "192.0.2.11"});
    z.add("amy.example.com", DnsType::A, {"192.0.2.65"});
    z.add("bob.example.com", DnsType::A, {"192.0.2.66"});
    z.add("mail-a.example.com", DnsType::A, {"192.0.2.129"});
    z.add("mail-b.example.com", DnsType::A, {"192.0.2.130"});
    z.add("www.example.com", DnsType::A, {"192.0.2.10", "192.0.2.11"});
    z.add("mail-c.example.org", DnsType::A, {"192.0.2.140"});
    z.add("example.org", DnsType::MX, {"10 mail-c.example.org"});
    z.add("10.2.0.192.in-addr.arpa", DnsType::PTR, {"example.com"});
    z.add("11.2.0.192.in-addr.arpa", DnsType::PTR, {"example.com"});
    z.add("65.2.0.192.in-addr.arpa", DnsType::PTR, {"amy.example.com"});
    z.add("66.2.0.192.in-addr.arpa", DnsType::PTR, {"bob.example.com"});
    z.add("129.2.0.192.in-addr.arpa", DnsType::PTR, {"mail-a.example.com"});
    z.add("130.2.0.192.in-addr.arpa", DnsType::PTR, {"mail-b.example.com"});
    z.add("140.2.0.192.in-addr.arpa", DnsType::PTR, {"mail-c.example.org"});
    z.add("10.0.0.10.in-addr.arpa", DnsType::PTR, {"bob.example.com"});
    z.add("example.com", DnsType::TXT, {spf});
    return z;
}

// What the domain check does asynchronously, done here at once: run, fetch what is missing, run again.
spf::Evaluation evaluate(const Zone &zone, const QString &ip, const QString &domain = "example.com",
                         const QString &sender = {})
{
    DnsCache cache;
    for (int round = 0; round < 200; ++round) {
        const spf::Evaluation ev =
            spf::evaluate(cache, ip.isEmpty() ? QHostAddress() : QHostAddress(ip), domain, sender);
        if (ev.complete)
            return ev;
        if (zone.records.contains(ev.needed))
            cache.add(ev.needed.name, ev.needed.type, zone.records.value(ev.needed));
        else
            cache.addNxDomain(ev.needed.name, ev.needed.type);
    }
    qFatal("the evaluation did not finish");
}

bool hasFinding(const QList<Finding> &findings, const QString &part, Finding::Severity s)
{
    for (const Finding &f : findings)
        if (f.what.contains(part) && f.severity == s)
            return true;
    return false;
}

}  // namespace

class TestDomainRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spfRfcExamples_data();
    void spfRfcExamples();
    void spfSyntax_data();
    void spfSyntax();
    void spfMacros_data();
    void spfMacros();
    void spfExistsWithMacros();
    void spfIncludeAndRedirect();
    void spfLookupLimit();
    void spfVoidLookups();
    void spfLoop();
    void spfMultipleRecords();
    void spfReview();
    void tagList();
    void dmarc_data();
    void dmarc();
    void dmarcReview();
    void dkim();
    void mtaSts();
    void tlsRpt();
};

void TestDomainRecords::spfRfcExamples_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("result");
    auto row = [](const char *rec, const char *ip, const char *res) {
        QTest::addRow("%s / %s", rec, ip) << QString(rec) << QString(ip) << QString(res);
    };
    row("v=spf1 +all", "203.0.113.9", "pass");
    row("v=spf1 a -all", "192.0.2.10", "pass");
    row("v=spf1 a -all", "192.0.2.11", "pass");
    row("v=spf1 a -all", "192.0.2.12", "fail");
    row("v=spf1 a:example.org -all", "192.0.2.10", "fail");
    row("v=spf1 mx -all", "192.0.2.129", "pass");
    row("v=spf1 mx -all", "192.0.2.11", "pass");
    row("v=spf1 mx -all", "192.0.2.140", "fail");
    row("v=spf1 mx:example.org -all", "192.0.2.140", "pass");
    row("v=spf1 mx:example.org -all", "192.0.2.129", "fail");
    row("v=spf1 mx mx:example.org -all", "192.0.2.140", "pass");
    row("v=spf1 mx mx:example.org -all", "192.0.2.11", "pass");
    row("v=spf1 mx/30 mx:example.org/30 -all", "192.0.2.131", "pass");
    row("v=spf1 mx/30 mx:example.org/30 -all", "192.0.2.143", "pass");
    row("v=spf1 mx/30 mx:example.org/30 -all", "192.0.2.132", "fail");
    row("v=spf1 ptr -all", "192.0.2.65", "pass");
    row("v=spf1 ptr -all", "192.0.2.130", "pass");
    row("v=spf1 ptr -all", "192.0.2.140", "fail");
    row("v=spf1 ptr -all", "10.0.0.10", "fail");  // bob.example.com does not lead back to 10.0.0.10
    row("v=spf1 ip4:192.0.2.128/28 -all", "192.0.2.143", "pass");
    row("v=spf1 ip4:192.0.2.128/28 -all", "192.0.2.144", "fail");
    row("v=spf1 ip4:192.0.2.128/28 -all", "192.0.2.127", "fail");
    row("v=spf1 ip4:192.0.2.128/28 ~all", "192.0.2.1", "softfail");
    row("v=spf1 ip4:192.0.2.128/28 ?all", "192.0.2.1", "neutral");
    row("v=spf1 ip4:192.0.2.128/28", "192.0.2.1", "neutral");
    row("v=spf1 ip6:2001:db8::/32 -all", "2001:db8:1::5", "pass");
    row("v=spf1 ip6:2001:db8::/32 -all", "2001:db9::5", "fail");
    row("v=spf1 ip4:192.0.2.128/28 -all", "::ffff:192.0.2.130", "pass");            // IPv4-mapped: as IPv4
    row("v=spf1 -ip4:192.0.2.130 ip4:192.0.2.128/28 -all", "192.0.2.130", "fail");  // first match wins
}

void TestDomainRecords::spfRfcExamples()
{
    QFETCH(QString, record);
    QFETCH(QString, ip);
    QFETCH(QString, result);
    const spf::Evaluation ev = evaluate(rfcZone(record), ip);
    QCOMPARE(spf::resultName(ev.result), result);
}

void TestDomainRecords::spfSyntax_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad octet") << "v=spf1 ip4:192.0.2.300 -all"
                               << "192.0.2.300";
    QTest::newRow("short ip4") << "v=spf1 ip4:192.0.2 -all"
                               << "192.0.2";
    QTest::newRow("ip6 in ip4") << "v=spf1 ip4:2001:db8::1 -all"
                                << "2001:db8::1";
    QTest::newRow("prefix too long") << "v=spf1 ip4:192.0.2.0/33 -all"
                                     << "0 to 32";
    QTest::newRow("leading zero prefix") << "v=spf1 ip4:192.0.2.0/024 -all"
                                         << "0 to 32";
    QTest::newRow("ip6 prefix") << "v=spf1 ip6:2001:db8::/129 -all"
                                << "0 to 128";
    QTest::newRow("a prefix") << "v=spf1 a/33 -all"
                              << "0 to 32";
    QTest::newRow("unknown mechanism") << "v=spf1 foo -all"
                                       << "foo";
    QTest::newRow("include without domain") << "v=spf1 include -all"
                                            << "include";
    QTest::newRow("include single label") << "v=spf1 include:example -all"
                                          << "example";
    QTest::newRow("all with argument") << "v=spf1 all:x"
                                       << "all";
    QTest::newRow("two redirects") << "v=spf1 redirect=a.example redirect=b.example"
                                   << "redirect";
    QTest::newRow("bad macro") << "v=spf1 exists:%{z}.example.com -all"
                               << "%{z}";
    QTest::newRow("lone percent") << "v=spf1 exists:50%.example.com -all"
                                  << "%";
    QTest::newRow("exp-only macro") << "v=spf1 exists:%{c}.example.com -all"
                                    << "explanation";
    QTest::newRow("double qualifier") << "v=spf1 +-all"
                                      << "+-all";
}

void TestDomainRecords::spfSyntax()
{
    QFETCH(QString, record);
    QFETCH(QString, error);
    const spf::Record r = spf::parse(record);
    QVERIFY2(r.error.contains(error), qPrintable(r.error));
    // A syntax error makes the whole record a permerror (RFC 7208 §4.6), reported in words.
    const spf::Evaluation ev = evaluate(rfcZone(record), "192.0.2.10");
    QCOMPARE(ev.result, spf::Result::PermError);
    QVERIFY(hasFinding(ev.findings, "syntax error", Finding::Severity::Problem));
}

void TestDomainRecords::spfMacros_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("expanded");
    // RFC 7208 §7.4, sender strong-bad@email.example.com from 192.0.2.3.
    const char *v4 = "192.0.2.3";
    QTest::newRow("s") << "%{s}" << v4 << "strong-bad@email.example.com";
    QTest::newRow("o") << "%{o}" << v4 << "email.example.com";
    QTest::newRow("d") << "%{d}" << v4 << "email.example.com";
    QTest::newRow("d4") << "%{d4}" << v4 << "email.example.com";
    QTest::newRow("d3") << "%{d3}" << v4 << "email.example.com";
    QTest::newRow("d2") << "%{d2}" << v4 << "example.com";
    QTest::newRow("d1") << "%{d1}" << v4 << "com";
    QTest::newRow("dr") << "%{dr}" << v4 << "com.example.email";
    QTest::newRow("d2r") << "%{d2r}" << v4 << "example.email";
    QTest::newRow("l") << "%{l}" << v4 << "strong-bad";
    QTest::newRow("l-") << "%{l-}" << v4 << "strong.bad";
    QTest::newRow("lr") << "%{lr}" << v4 << "strong-bad";
    QTest::newRow("lr-") << "%{lr-}" << v4 << "bad.strong";
    QTest::newRow("l1r-") << "%{l1r-}" << v4 << "strong";
    QTest::newRow("ir v4") << "%{ir}.%{v}._spf.%{d2}" << v4 << "3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("lr- lp") << "%{lr-}.lp._spf.%{d2}" << v4 << "bad.strong.lp._spf.example.com";
    QTest::newRow("lr- lp ir") << "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}" << v4
                               << "bad.strong.lp.3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("ir v6")
        << "%{ir}.%{v}._spf.%{d2}"
        << "2001:db8::cb01"
        << "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com";
    QTest::newRow("escapes") << "a%%b%_c%-d" << v4 << "a%b c%20d";
    QTest::newRow("upper escapes") << "%{S}" << v4 << "strong-bad%40email.example.com";
}

void TestDomainRecords::spfMacros()
{
    QFETCH(QString, spec);
    QFETCH(QString, ip);
    QFETCH(QString, expanded);
    spf::MacroContext ctx{"strong-bad@email.example.com", "email.example.com", QHostAddress(ip),
                          "mx.example.org"};
    QString out, error;
    QVERIFY2(spf::expand(spec, ctx, &out, &error), qPrintable(error));
    QCOMPARE(out, expanded);
}

void TestDomainRecords::spfExistsWithMacros()
{
    Zone z;
    z.add("email.example.com", DnsType::TXT, {"v=spf1 exists:%{ir}.%{l1r-}.lp._spf.%{d2} -all"});
    z.add("3.2.0.192.strong.lp._spf.example.com", DnsType::A, {"127.0.0.2"});
    QCOMPARE(evaluate(z, "192.0.2.3", "email.example.com", "strong-bad@email.example.com").result,
             spf::Result::Pass);
    QCOMPARE(evaluate(z, "192.0.2.4", "email.example.com", "strong-bad@email.example.com").result,
             spf::Result::Fail);
}

void TestDomainRecords::spfIncludeAndRedirect()
{
    Zone z;
    z.add("a.example", DnsType::TXT, {"some other text", "v=spf1 include:b.example ~all"});
    z.add("b.example", DnsType::TXT, {"v=spf1 ip4:198.51.100.0/24 -all"});
    z.add("r.example", DnsType::TXT, {"v=spf1 redirect=b.example"});
    z.add("n.example", DnsType::TXT, {"v=spf1 include:none.example -all"});
    z.add("nr.example", DnsType::TXT, {"v=spf1 redirect=none.example"});
    // The included record's -all does not end the includer's evaluation (§5.2).
    QCOMPARE(evaluate(z, "198.51.100.7", "a.example").result, spf::Result::Pass);
    QCOMPARE(evaluate(z, "203.0.113.1", "a.example").result, spf::Result::SoftFail);
    QCOMPARE(evaluate(z, "198.51.100.7", "r.example").result, spf::Result::Pass);
    QCOMPARE(evaluate(z, "203.0.113.1", "r.example").result, spf::Result::Fail);
    const spf::Evaluation n = evaluate(z, "203.0.113.1", "n.example");
    QCOMPARE(n.result, spf::Result::PermError);
    QVERIFY(hasFinding(n.findings, "none.example", Finding::Severity::Problem));
    QCOMPARE(evaluate(z, "203.0.113.1", "nr.example").result, spf::Result::PermError);
    QCOMPARE(evaluate(z, "203.0.113.1", "nothing.example").result, spf::Result::None);
    const spf::Evaluation a = evaluate(z, "198.51.100.7", "a.example");
    QCOMPARE(a.lookups, 1);
    QVERIFY(a.matched.contains("ip4:198.51.100.0/24"));
}

void TestDomainRecords::spfLookupLimit()
{
    // Ten DNS-querying terms are allowed; the eleventh is a permerror, whatever kind it is.
    Zone z;
    QString ten = "v=spf1", eleven = "v=spf1", mixed = "v=spf1 mx a";
    for (int i = 0; i < 10; ++i) {
        const QString name = QString("i%1.example").arg(i);
        z.add(name, DnsType::TXT, {"v=spf1 ip4:192.0.2.1 -all"});
        ten += " include:" + name;
        eleven += " include:" + name;
        if (i < 8)
            mixed += " include:" + name;
    }
    z.add("i10.example", DnsType::TXT, {"v=spf1 -all"});
    eleven += " include:i10.example -all";
    ten += " -all";
    mixed += " exists:x.example -all";
    z.add("x.example", DnsType::A, {"127.0.0.2"});
    z.add("ten.example", DnsType::TXT, {ten});
    z.add("eleven.example", DnsType::TXT, {eleven});
    z.add("ten.example", DnsType::A, {"192.0.2.200"});
    z.add("ten.example", DnsType::MX, {"10 ten.example"});
    z.add("mixed.example", DnsType::TXT, {mixed});
    z.add("mixed.example", DnsType::A, {"192.0.2.200"});
    z.add("mixed.example", DnsType::MX, {"10 ten.example"});
    const spf::Evaluation t = evaluate(z, "", "ten.example");
    QCOMPARE(t.lookups, 10);
    QCOMPARE(t.result, spf::Result::Fail);
    const spf::Evaluation e = evaluate(z, "", "eleven.example");
    QCOMPARE(e.result, spf::Result::PermError);
    QVERIFY(hasFinding(e.findings, "more than 10 DNS lookups", Finding::Severity::Problem));
    // Nested includes count too: a record of 2 includes that each hold 5 more.
    const spf::Evaluation m = evaluate(z, "", "mixed.example");
    QCOMPARE(m.result, spf::Result::PermError);
    // An address matched before the limit passes (receivers stop at the first match).
    QCOMPARE(evaluate(z, "192.0.2.1", "eleven.example").result, spf::Result::Pass);
    Zone nest;
    nest.add("top.example", DnsType::TXT, {"v=spf1 include:n1.example include:n2.example -all"});
    QString five = "v=spf1";
    for (int i = 0; i < 5; ++i) {
        five += QString(" a:h%1.example").arg(i);
        nest.add(QString("h%1.example").arg(i), DnsType::A, {"192.0.2.9"});
    }
    nest.add("n1.example", DnsType::TXT, {five});
    nest.add("n2.example", DnsType::TXT, {five});
    const spf::Evaluation n = evaluate(nest, "", "top.example");
    QCOMPARE(n.lookups, 11);
    QCOMPARE(n.result, spf::Result::PermError);
}

void TestDomainRecords::spfVoidLookups()
{
    Zone z;
    z.add("v2.example", DnsType::TXT, {"v=spf1 a:gone1.example a:gone2.example -all"});
    z.add("v3.example", DnsType::TXT, {"v=spf1 a:gone1.example mx:gone2.example exists:gone3.example -all"});
    const spf::Evaluation two = evaluate(z, "192.0.2.1", "v2.example");
    QCOMPARE(two.voidLookups, 2);
    QCOMPARE(two.result, spf::Result::Fail);
    const spf::Evaluation three = evaluate(z, "192.0.2.1", "v3.example");
    QCOMPARE(three.result, spf::Result::PermError);
    QVERIFY(hasFinding(three.findings, "gone3.example", Finding::Severity::Problem));
}

void TestDomainRecords::spfLoop()
{
    Zone z;
    z.add("a.example", DnsType::TXT, {"v=spf1 include:b.example -all"});
    z.add("b.example", DnsType::TXT, {"v=spf1 include:a.example -all"});
    z.add("self.example", DnsType::TXT, {"v=spf1 redirect=self.example"});
    const spf::Evaluation ev = evaluate(z, "192.0.2.1", "a.example");
    QCOMPARE(ev.result, spf::Result::PermError);
    QVERIFY(hasFinding(ev.findings, "loop", Finding::Severity::Problem));
    const spf::Evaluation self = evaluate(z, "192.0.2.1", "self.example");
    QCOMPARE(self.result, spf::Result::PermError);
    QVERIFY(hasFinding(self.findings, "loop", Finding::Severity::Problem));
}

void TestDomainRecords::spfMultipleRecords()
{
    Zone z;
    z.add("two.example", DnsType::TXT, {"v=spf1 -all", "v=spf1 +all"});
    z.add("notspf.example", DnsType::TXT, {"v=spf10 -all"});
    const spf::Evaluation ev = evaluate(z, "192.0.2.1", "two.example");
    QCOMPARE(ev.result, spf::Result::PermError);
    QVERIFY(hasFinding(ev.findings, "2 SPF records", Finding::Severity::Problem));
    QCOMPARE(evaluate(z, "192.0.2.1", "notspf.example").result, spf::Result::None);
}

void TestDomainRecords::spfReview()
{
    using S = Finding::Severity;
    QVERIFY(hasFinding(spf::review(spf::parse("v=spf1 mx +all"), "d.example"), "+all", S::Problem));
    QVERIFY(hasFinding(spf::review(spf::parse("v=spf1 mx all"), "d.example"), "\"all\"", S::Problem));
    QVERIFY(hasFinding(spf::review(spf::parse("v=spf1 mx ?all"), "d.example"), "?all", S::Warning));
    QVERIFY(hasFinding(spf::review(spf::parse("v=spf1 mx"), "d.example"), "no \"all\"", S::Warning));
    QVERIFY(spf::review(spf::parse("v=spf1 redirect=x.example"), "d.example").isEmpty());
    QVERIFY(hasFinding(spf::review(spf::parse("v=spf1 mx ~all"), "d.example"), "~all", S::Info));
    QVERIFY(hasFinding(spf::review(spf::parse("v=spf1 mx -all"), "d.example"), "-all", S::Ok));
    QVERIFY(hasFinding(spf::review(spf::parse("v=spf1 ptr -all"), "d.example"), "ptr", S::Warning));
    QVERIFY(hasFinding(spf::review(spf::parse("v=spf1 -all mx"), "d.example"), "after \"all\"", S::Warning));
}

void TestDomainRecords::tagList()
{
    const TagList t = parseTagList(" v = DKIM1 ; k=rsa; p=AB CD ;");
    QVERIFY(t.error.isEmpty());
    QCOMPARE(t.tags.size(), 3);
    QCOMPARE(t.value("v"), QString("DKIM1"));
    QCOMPARE(t.value("p"), QString("AB CD"));
    QVERIFY(!parseTagList("a=1; a=2").error.isEmpty());
    QVERIFY(!parseTagList("a=1;; b=2").error.isEmpty());
    QVERIFY(!parseTagList("a=1; nonsense").error.isEmpty());
    QVERIFY(!parseTagList("1a=1").error.isEmpty());
}

void TestDomainRecords::dmarc_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("error");  // empty: parses
    QTest::newRow("reject") << "v=DMARC1; p=reject; rua=mailto:d@example.com"
                            << "";
    QTest::newRow("full") << "v=DMARC1; p=quarantine; sp=reject; pct=50; adkim=s; aspf=r; "
                             "rua=mailto:a@example.com!10m,mailto:b@example.net; ruf=mailto:f@example.com; "
                             "fo=0:d; ri=86400; rf=afrf"
                          << "";
    QTest::newRow("bad policy") << "v=DMARC1; p=bogus"
                                << "p=bogus";
    QTest::newRow("no policy") << "v=DMARC1; rua=mailto:d@example.com"
                               << "p=";
    QTest::newRow("v not first") << "p=none; v=DMARC1"
                                 << "v=DMARC1";
    QTest::newRow("pct") << "v=DMARC1; p=none; pct=200"
                         << "pct=200";
    QTest::newRow("adkim") << "v=DMARC1; p=none; adkim=x"
                           << "adkim=x";
    QTest::newRow("rua") << "v=DMARC1; p=none; rua=d@example.com"
                         << "d@example.com";
    QTest::newRow("fo") << "v=DMARC1; p=none; fo=2"
                        << "fo=2";
    QTest::newRow("dup") << "v=DMARC1; p=none; p=reject"
                         << "twice";
}

void TestDomainRecords::dmarc()
{
    QFETCH(QString, record);
    QFETCH(QString, error);
    QVERIFY(dmarc::isDmarcRecord("v=DMARC1; p=none") && !dmarc::isDmarcRecord("v=spf1 -all"));
    const dmarc::Record r = dmarc::parse(record);
    if (error.isEmpty())
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    else
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
}

void TestDomainRecords::dmarcReview()
{
    using S = Finding::Severity;
    const dmarc::Record full = dmarc::parse("v=DMARC1; p=quarantine; sp=reject; pct=50; adkim=s; "
                                            "rua=mailto:a@example.com,mailto:b@reports.example.net");
    QCOMPARE(full.policy, QString("quarantine"));
    QCOMPARE(full.subdomainPolicy, QString("reject"));
    QCOMPARE(full.percent, 50);
    QVERIFY(full.strictDkim && !full.strictSpf);
    QCOMPARE(full.rua.size(), 2);
    const QList<Finding> f = dmarc::review(full, "example.com", "example.com");
    QVERIFY(hasFinding(f, "pct=50", S::Warning));
    QVERIFY(hasFinding(f, "DKIM strict, SPF relaxed", S::Info));
    QVERIFY(hasFinding(f, "reports.example.net", S::Info));
    QCOMPARE(worst(dmarc::review(dmarc::parse("v=DMARC1; p=reject; rua=mailto:d@example.com"), "example.com",
                                 "example.com")),
             S::Info);
    const QList<Finding> none = dmarc::review(dmarc::parse("v=DMARC1; p=none"), "example.com", "example.com");
    QVERIFY(hasFinding(none, "p=none", S::Warning));
    QVERIFY(hasFinding(none, "rua=", S::Warning));
    QVERIFY(hasFinding(dmarc::review(dmarc::parse("v=DMARC1; p=nope"), "x.example", "x.example"),
                       "syntax error", S::Problem));
    // A subdomain gets the organisational domain's sp=.
    const QList<Finding> sub =
        dmarc::review(dmarc::parse("v=DMARC1; p=reject; sp=none; rua=mailto:d@example.com"),
                      "mail.example.com", "example.com");
    QVERIFY(hasFinding(sub, "p=none", S::Warning));
}

void TestDomainRecords::dkim()
{
    using S = Finding::Severity;
    QFile pem(QStringLiteral(STAMP_TEST_DATA "/server.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate cert(&pem, QSsl::Pem);
    const QString p = QString::fromLatin1(cert.publicKey().toDer().toBase64());
    const int bits = cert.publicKey().length();
    QVERIFY(bits >= 1024);
    // The key split by spaces, as long TXT records often are.
    const dkim::Key key = dkim::parse("v=DKIM1; k=rsa; p=" + p.left(40) + " " + p.mid(40));
    QVERIFY2(key.error.isEmpty(), qPrintable(key.error));
    QCOMPARE(key.bits, bits);
    QVERIFY(hasFinding(dkim::review(key, "s1", "example.com"), QString::number(bits),
                       bits >= 2048 ? S::Ok : S::Warning));
    const dkim::Key revoked = dkim::parse("v=DKIM1; p=");
    QVERIFY(revoked.revoked);
    QVERIFY(hasFinding(dkim::review(revoked, "old", "example.com"), "revoked", S::Warning));
    QVERIFY(!dkim::parse("v=DKIM1; k=rsa").error.isEmpty());
    QVERIFY(!dkim::parse("v=DKIM1; p=!!!!").error.isEmpty());
    QVERIFY(!dkim::parse("v=DKIM1; p=" + QString(QByteArray(64, 'x').toBase64())).error.isEmpty());
    QVERIFY(!dkim::parse("k=rsa; v=DKIM1; p=" + p).error.isEmpty());
    QVERIFY(!dkim::parse("v=DKIM1; k=dsa; p=" + p).error.isEmpty());
    const dkim::Key ed = dkim::parse("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
    QVERIFY2(ed.error.isEmpty(), qPrintable(ed.error));
    QCOMPARE(ed.bits, 256);
    QVERIFY(hasFinding(dkim::review(dkim::parse("v=DKIM1; p=" + p + "; t=y"), "s", "example.com"), "testing",
                       S::Info));
}

void TestDomainRecords::mtaSts()
{
    using S = Finding::Severity;
    QVERIFY(mtasts::isStsRecord("v=STSv1; id=20260101"));
    QCOMPARE(mtasts::parseTxt("v=STSv1; id=20260101").id, QString("20260101"));
    QVERIFY(!mtasts::parseTxt("v=STSv1").error.isEmpty());
    QVERIFY(!mtasts::parseTxt("v=STSv1; id=has-dash").error.isEmpty());
    const mtasts::Policy good =
        mtasts::parsePolicy("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\n"
                            "mx: *.backup.example.net\r\nmax_age: 604800\r\n");
    QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
    QCOMPARE(good.mode, QString("enforce"));
    QCOMPARE(good.mx.size(), 2);
    QCOMPARE(good.maxAge, 604800);
    QVERIFY(mtasts::mxMatches("*.backup.example.net", "mx1.backup.example.net"));
    QVERIFY(!mtasts::mxMatches("*.backup.example.net", "a.mx1.backup.example.net"));
    QVERIFY(!mtasts::mxMatches("*.backup.example.net", "backup.example.net"));
    QVERIFY(mtasts::mxMatches("mail.example.com", "MAIL.example.com"));
    QVERIFY(!mtasts::parsePolicy("version: STSv1\nmode: strict\nmx: a.example\nmax_age: 86400\n")
                 .error.isEmpty());
    QVERIFY(!mtasts::parsePolicy("version: STSv1\nmode: enforce\nmax_age: 86400\n").error.isEmpty());
    QVERIFY(!mtasts::parsePolicy("mode: enforce\nmx: a.example\nmax_age: 86400\n").error.isEmpty());
    QVERIFY(!mtasts::parsePolicy("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 99999999\n")
                 .error.isEmpty());
    const mtasts::TxtRecord txt = mtasts::parseTxt("v=STSv1; id=1");
    const QList<Finding> f =
        mtasts::review(txt, good, {"mail.example.com", "other.example.org"}, "example.com");
    QVERIFY(hasFinding(f, "enforced", S::Ok));
    QVERIFY(hasFinding(f, "other.example.org", S::Problem));
    const mtasts::Policy testing =
        mtasts::parsePolicy("version: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 3600\n");
    QVERIFY(
        hasFinding(mtasts::review(txt, testing, {"mail.example.com"}, "example.com"), "3600", S::Warning));
}

void TestDomainRecords::tlsRpt()
{
    QVERIFY(mtasts::isTlsRptRecord("v=TLSRPTv1; rua=mailto:tls@example.com"));
    const mtasts::TlsRpt r =
        mtasts::parseTlsRpt("v=TLSRPTv1; rua=mailto:tls@example.com,https://r.example.com/x");
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rua.size(), 2);
    QVERIFY(!mtasts::parseTlsRpt("v=TLSRPTv1").error.isEmpty());
    QVERIFY(!mtasts::parseTlsRpt("v=TLSRPTv1; rua=http://insecure.example.com").error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDomainRecords)
#include "tst_domainrecords.moc"
