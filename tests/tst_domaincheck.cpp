// The domain check's report (smtp::DomainCheck::report): a pure function of the facts the lookups gathered,
// so each finding is tested here from a DNS cache in memory; the lookups themselves run in the DNS world
// (tests/integration/domain).
#include "domaincheck.h"

#include <QTest>

using namespace smtp;
using S = Finding::Severity;

namespace {

DomainFacts facts(const QString &domain = "example.test")
{
    DomainFacts f;
    f.options.domain = domain;
    f.dns.add(domain, DnsType::MX, {"10 mx.example.test"});
    f.dns.add("mx.example.test", DnsType::A, {"192.0.2.25"});
    f.dns.add("mx.example.test", DnsType::AAAA, {});
    f.dns.add(domain, DnsType::TXT, {"v=spf1 ip4:192.0.2.0/24 -all"});
    f.dns.add("_dmarc." + domain, DnsType::TXT, {"v=DMARC1; p=reject; rua=mailto:d@example.test"});
    f.dns.add("_mta-sts." + domain, DnsType::TXT, {});
    f.dns.add("_smtp._tls." + domain, DnsType::TXT, {});
    return f;
}

bool has(const QList<Finding> &findings, const QString &topic, const QString &part, S s)
{
    for (const Finding &f : findings)
        if (f.topic == topic && f.what.contains(part) && f.severity == s)
            return true;
    return false;
}

QString dump(const QList<Finding> &findings)
{
    return DomainCheck::format(findings);
}

}  // namespace

class TestDomainCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodDomain();
    void mxProblems();
    void serverReverseDns();
    void serverNotInSpf();
    void dmarcFromOrganisationalDomain();
    void failedLookupsAreNamed();
};

void TestDomainCheck::goodDomain()
{
    const QList<Finding> r = DomainCheck::report(facts());
    QVERIFY2(worst(r) <= S::Info, qPrintable(dump(r)));
    QVERIFY(has(r, "MX", "mx.example.test (192.0.2.25)", S::Ok));
    QVERIFY(has(r, "SPF", "0 of the 10 DNS lookups", S::Ok));
    QVERIFY(has(r, "DKIM", "No DKIM selector", S::Info));
}

void TestDomainCheck::mxProblems()
{
    DomainFacts f = facts();
    f.dns.add("example.test", DnsType::MX, {"10 mx.example.test", "20 gone.example.test"});
    f.dns.add("gone.example.test", DnsType::A, {});
    f.dns.addNxDomain("gone.example.test", DnsType::AAAA);
    QVERIFY(has(DomainCheck::report(f), "MX", "gone.example.test", S::Problem));
    DomainFacts none = facts();
    none.dns.add("example.test", DnsType::MX, {});
    QVERIFY(has(DomainCheck::report(none), "MX", "no MX record", S::Warning));
    DomainFacts null = facts();
    null.dns.add("example.test", DnsType::MX, {"0 "});
    QVERIFY(has(DomainCheck::report(null), "MX", "null MX", S::Warning));
}

void TestDomainCheck::serverReverseDns()
{
    DomainFacts f = facts();
    f.options.server.host = "smtp.example.test";
    f.serverIps = {QHostAddress("192.0.2.10"), QHostAddress("192.0.2.11"), QHostAddress("192.0.2.12")};
    f.greeting = "smtp.example.test ESMTP";
    f.ehloName = "smtp.example.test";
    // .10: right; .11: a PTR whose name does not lead back; .12: no PTR at all.
    f.dns.add("10.2.0.192.in-addr.arpa", DnsType::PTR, {"smtp.example.test"});
    f.dns.add("smtp.example.test", DnsType::A, {"192.0.2.10"});
    f.dns.add("11.2.0.192.in-addr.arpa", DnsType::PTR, {"host-11.isp.test"});
    f.dns.add("host-11.isp.test", DnsType::A, {"198.51.100.1"});
    f.dns.addNxDomain("12.2.0.192.in-addr.arpa", DnsType::PTR);
    const QList<Finding> r = DomainCheck::report(f);
    QVERIFY2(has(r, "Server", "reverse DNS of 192.0.2.10 is smtp.example.test", S::Ok), qPrintable(dump(r)));
    QVERIFY(has(r, "Server", "greeting name smtp.example.test matches", S::Ok));
    QVERIFY(has(r, "Server", "does not lead back to 192.0.2.11", S::Warning));
    QVERIFY(has(r, "Server", "greets as smtp.example.test, but the reverse DNS of 192.0.2.11", S::Warning));
    QVERIFY(has(r, "Server", "192.0.2.12 of smtp.example.test has no reverse DNS", S::Problem));
    // Every server address is evaluated against SPF (all three are in 192.0.2.0/24).
    int passes = 0;
    for (const Finding &x : r)
        passes += x.topic == "SPF" && x.what.contains("SPF says pass");
    QCOMPARE(passes, 3);
}

void TestDomainCheck::serverNotInSpf()
{
    DomainFacts f = facts();
    f.options.server.host = "198.51.100.7";
    f.serverIps = {QHostAddress("198.51.100.7")};
    f.dns.add("7.100.51.198.in-addr.arpa", DnsType::PTR, {});
    const QList<Finding> r = DomainCheck::report(f);
    bool found = false;
    for (const Finding &x : r)
        found = found
                || (x.topic == "SPF" && x.what.contains("SPF says fail") && x.severity == S::Problem
                    && x.fix.contains("ip4:198.51.100.7"));
    QVERIFY2(found, qPrintable(dump(r)));
}

void TestDomainCheck::dmarcFromOrganisationalDomain()
{
    DomainFacts f = facts("mail.example.test");
    f.dns.add("mail.example.test", DnsType::MX, {"10 mx.example.test"});
    f.dns.add("_dmarc.mail.example.test", DnsType::TXT, {});
    f.dns.add("_dmarc.example.test", DnsType::TXT,
              {"v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.test"});
    const QList<Finding> r = DomainCheck::report(f);
    QVERIFY2(has(r, "DMARC", "organisational domain example.test", S::Info), qPrintable(dump(r)));
    QVERIFY(has(r, "DMARC", "p=quarantine", S::Ok));  // the sp= policy applies to the subdomain
}

void TestDomainCheck::failedLookupsAreNamed()
{
    DomainFacts f = facts();
    DnsAnswer failed;
    failed.status = DnsAnswer::Status::Failed;
    failed.error = "no answer within 5 s";
    f.dns.insert({"example.test", DnsType::TXT}, failed);
    f.dns.insert({"_dmarc.example.test", DnsType::TXT}, failed);
    f.dns.insert({"_mta-sts.example.test", DnsType::TXT}, failed);
    f.failures << "example.test TXT: no answer within 5 s";
    const QList<Finding> r = DomainCheck::report(f);
    QVERIFY(has(r, "DNS", "example.test TXT: no answer within 5 s", S::Warning));
    // A failed lookup is not mistaken for a missing record.
    for (const Finding &x : r)
        QVERIFY2(!x.what.contains("no SPF record") && !x.what.contains("no DMARC record")
                     && !x.what.contains("no MTA-STS"),
                 qPrintable(x.what));
}

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "tst_domaincheck.moc"
