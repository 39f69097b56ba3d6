// mailto: links (RFC 6068) into composer fields.
#include "mailto.h"

#include <QTest>

using ui::MailtoFields;
using ui::parseMailto;

class TestMailto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void refusesBrokenEscapes_data();
    void refusesBrokenEscapes();
    void rfcExamples();
};

void TestMailto::parse_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QStringList>("cc");
    QTest::addColumn<QStringList>("bcc");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");

    QTest::newRow("plain") << "mailto:a@example.org" << QStringList{"a@example.org"} << QStringList()
                           << QStringList() << QString() << QString();
    QTest::newRow("brief's example") << "mailto:a@example.org?cc=b@example.org&subject=Hi&body=..."
                                     << QStringList{"a@example.org"} << QStringList{"b@example.org"}
                                     << QStringList() << "Hi"
                                     << "...";
    QTest::newRow("scheme case-insensitive") << "MAILTO:a@example.org" << QStringList{"a@example.org"}
                                             << QStringList() << QStringList() << QString() << QString();
    QTest::newRow("several in the path")
        << "mailto:a@example.org,b@example.org" << QStringList{"a@example.org", "b@example.org"}
        << QStringList() << QStringList() << QString() << QString();
    QTest::newRow("several to fields")
        << "mailto:a@example.org?to=b@example.org&To=c@example.org,d@example.org"
        << QStringList{"a@example.org", "b@example.org", "c@example.org", "d@example.org"} << QStringList()
        << QStringList() << QString() << QString();
    QTest::newRow("no path, to in query")
        << "mailto:?to=a@example.org&bcc=z@example.org" << QStringList{"a@example.org"} << QStringList()
        << QStringList{"z@example.org"} << QString() << QString();
    QTest::newRow("percent-decoded UTF-8")
        << "mailto:a@example.org?subject=Caf%C3%A9%20%E2%82%AC&body=line%201%0D%0Aline%202"
        << QStringList{"a@example.org"} << QStringList() << QStringList() << QString::fromUtf8("Café €")
        << "line 1\nline 2";
    QTest::newRow("plus stays plus") << "mailto:a+tag@example.org?subject=1+1"
                                     << QStringList{"a+tag@example.org"} << QStringList() << QStringList()
                                     << "1+1" << QString();
    QTest::newRow("encoded comma and at")
        << "mailto:%22Doe%2C%20John%22%20%3Cjohn%40example.org%3E,b@example.org"
        << QStringList{"\"Doe, John\" <john@example.org>", "b@example.org"} << QStringList() << QStringList()
        << QString() << QString();
    QTest::newRow("line break in subject flattened")
        << "mailto:a@example.org?subject=a%0D%0ABcc:%20evil@example.org" << QStringList{"a@example.org"}
        << QStringList() << QStringList() << "a Bcc: evil@example.org" << QString();
    QTest::newRow("unknown and unsafe headers ignored")
        << "mailto:a@example.org?from=evil@example.org&X-Foo=bar&subject=ok" << QStringList{"a@example.org"}
        << QStringList() << QStringList() << "ok" << QString();
    QTest::newRow("first subject wins")
        << "mailto:a@example.org?subject=one&subject=two" << QStringList{"a@example.org"} << QStringList()
        << QStringList() << "one" << QString();
    QTest::newRow("fragment dropped") << "mailto:a@example.org?subject=x#frag" << QStringList{"a@example.org"}
                                      << QStringList() << QStringList() << "x" << QString();
}

void TestMailto::parse()
{
    QFETCH(QString, uri);
    MailtoFields f;
    QString error;
    QVERIFY2(parseMailto(uri, &f, &error), qPrintable(error));
    QTEST(f.to, "to");
    QTEST(f.cc, "cc");
    QTEST(f.bcc, "bcc");
    QTEST(f.subject, "subject");
    QTEST(f.body, "body");
}

void TestMailto::refusesBrokenEscapes_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("not mailto") << "http://example.org";
    QTest::newRow("truncated escape") << "mailto:a@example.org?subject=%4";
    QTest::newRow("bad hex") << "mailto:a@example.org?body=%ZZ";
    QTest::newRow("escape at end of path") << "mailto:a@example.org%";
}

void TestMailto::refusesBrokenEscapes()
{
    QFETCH(QString, uri);
    MailtoFields f;
    QString error;
    QVERIFY(!parseMailto(uri, &f, &error));
    QVERIFY(!error.isEmpty());
}

void TestMailto::rfcExamples()
{
    // RFC 6068 §6.1 and §6.2.
    MailtoFields f;
    QString error;
    QVERIFY(parseMailto(QStringLiteral("mailto:infobot@example.com?subject=current-issue"), &f, &error));
    QCOMPARE(f.to, QStringList{"infobot@example.com"});
    QCOMPARE(f.subject, QStringLiteral("current-issue"));
    QVERIFY(
        parseMailto(QStringLiteral("mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index"),
                    &f, &error));
    QCOMPARE(f.body, QStringLiteral("send current-issue\nsend index"));
    QVERIFY(
        parseMailto(QStringLiteral("mailto:?to=joe@example.com&cc=bob@example.com&body=hello"), &f, &error));
    QCOMPARE(f.to, QStringList{"joe@example.com"});
    QCOMPARE(f.cc, QStringList{"bob@example.com"});
    QVERIFY(parseMailto(QStringLiteral("mailto:gorby%25kremvax@example.com"), &f, &error));
    QCOMPARE(f.to, QStringList{"gorby%kremvax@example.com"});
    QVERIFY(parseMailto(QStringLiteral("mailto:user@example.org?subject=caf%C3%A9"), &f, &error));
    QCOMPARE(f.subject, QString::fromUtf8("café"));
    QVERIFY(parseMailto(QStringLiteral("mailto:%22not%40me%22@example.org"), &f, &error));
    QCOMPARE(f.to, QStringList{"\"not@me\"@example.org"});
    QVERIFY(parseMailto(QStringLiteral("mailto:Mike%26family@example.org"), &f, &error));
    QCOMPARE(f.to, QStringList{"Mike&family@example.org"});
}

QTEST_GUILESS_MAIN(TestMailto)
#include "tst_mailto.moc"
