// Unit tests for mailbox parsing and formatting (RFC 5322 §3.4, RFC 6531/6532, IDNA A-labels).

#include "address.h"

#include <QTest>

using namespace smtp;

namespace {

// Decodes a phrase made of RFC 2047 "B" encoded words (UTF-8) separated by spaces, as a mail reader would.
QString decodeWords(const QByteArray &phrase)
{
    QByteArray bytes;
    for (const QByteArray &w : phrase.split(' ')) {
        if (!w.startsWith("=?UTF-8?B?") || !w.endsWith("?="))
            return QStringLiteral("<not an encoded word: %1>").arg(QString::fromLatin1(w));
        bytes += QByteArray::fromBase64(w.mid(10, w.size() - 12));
    }
    return QString::fromUtf8(bytes);
}

}  // namespace

class TestAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void envelope_data();
    void envelope();
    void headerForm_data();
    void headerForm();
    void headerFormEncodedWords();
    void quotedLocalPartRoundTrip_data();
    void quotedLocalPartRoundTrip();
    void list_data();
    void list();
    void listErrors_data();
    void listErrors();
    void domainToAceCases_data();
    void domainToAceCases();
    void equality();
    void grammar_data();
    void grammar();
    void grammarErrors_data();
    void grammarErrors();
    void envelopeRefusesWhatRfc5321Cannot_data();
    void envelopeRefusesWhatRfc5321Cannot();
    void split_data();
    void split();
};

void TestAddress::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("domain");

    QTest::newRow("bare") << "a@example.org"
                          << ""
                          << "a"
                          << "example.org";
    QTest::newRow("spaces around") << "  a@example.org \t"
                                   << ""
                                   << "a"
                                   << "example.org";
    QTest::newRow("angle only") << "<a@example.org>"
                                << ""
                                << "a"
                                << "example.org";
    QTest::newRow("plain name") << "John Doe <john@example.org>"
                                << "John Doe"
                                << "john"
                                << "example.org";
    QTest::newRow("quoted name") << "\"Doe, John\" <john@example.org>"
                                 << "Doe, John"
                                 << "john"
                                 << "example.org";
    QTest::newRow("escaped quote in name") << R"("John \"JD\" Doe" <jd@example.org>)"
                                           << "John \"JD\" Doe"
                                           << "jd"
                                           << "example.org";
    QTest::newRow("escaped backslash in name") << R"("back\\slash" <b@example.org>)"
                                               << "back\\slash"
                                               << "b"
                                               << "example.org";
    QTest::newRow("non-ASCII name") << "Jürgen Müller <j@example.org>"
                                    << "Jürgen Müller"
                                    << "j"
                                    << "example.org";
    QTest::newRow("CJK name") << "山田 太郎 <taro@example.jp>"
                              << "山田 太郎"
                              << "taro"
                              << "example.jp";
    QTest::newRow("dots") << "first.middle.last@example.org"
                          << ""
                          << "first.middle.last"
                          << "example.org";
    QTest::newRow("atext specials") << "a+tag!#$%&'*/=?^_`{|}~-@example.org"
                                    << ""
                                    << "a+tag!#$%&'*/=?^_`{|}~-"
                                    << "example.org";
    QTest::newRow("quoted local part") << "\"john doe\"@example.org"
                                       << ""
                                       << "john doe"
                                       << "example.org";
    QTest::newRow("quoted local, escaped quote") << R"("john\"doe"@example.org)"
                                                 << ""
                                                 << "john\"doe"
                                                 << "example.org";
    QTest::newRow("quoted local with @") << "\"a@b\"@example.org"
                                         << ""
                                         << "a@b"
                                         << "example.org";
    QTest::newRow("quoted local, leading dot") << "\".a\"@example.org"
                                               << ""
                                               << ".a"
                                               << "example.org";
    QTest::newRow("quoted local needlessly") << "\"plain\"@example.org"
                                             << ""
                                             << "plain"
                                             << "example.org";
    QTest::newRow("quoted local in angle") << "Name <\"x y\"@example.org>"
                                           << "Name"
                                           << "x y"
                                           << "example.org";
    QTest::newRow("IDN domain") << "a@bücher.example"
                                << ""
                                << "a"
                                << "bücher.example";
    QTest::newRow("A-label domain shown as U-label") << "a@xn--bcher-kva.example"
                                                     << ""
                                                     << "a"
                                                     << "bücher.example";
    QTest::newRow("non-ASCII local part") << "jörg@example.org"
                                          << ""
                                          << "jörg"
                                          << "example.org";
    QTest::newRow("address literal") << "a@[192.0.2.1]"
                                     << ""
                                     << "a"
                                     << "[192.0.2.1]";
    QTest::newRow("single label") << "root@localhost"
                                  << ""
                                  << "root"
                                  << "localhost";
    QTest::newRow("comment as name") << "a@example.org (Ann Example)"
                                     << "Ann Example"
                                     << "a"
                                     << "example.org";
    QTest::newRow("comments around") << "(x) Ann (y) <a@example.org> (z)"
                                     << "Ann"
                                     << "a"
                                     << "example.org";
    QTest::newRow("route dropped") << "<@relay.example:a@example.org>"
                                   << ""
                                   << "a"
                                   << "example.org";
    QTest::newRow("obs-local-part") << "a . b@example.org"
                                    << ""
                                    << "a.b"
                                    << "example.org";
    QTest::newRow("RFC 2047 name") << "=?UTF-8?B?SsO8cmdlbg==?= =?UTF-8?Q?_M=C3=BCller?= <j@example.org>"
                                   << "Jürgen Müller"
                                   << "j"
                                   << "example.org";
    QTest::newRow("RFC 2047 lookalike in quotes kept") << "\"=?UTF-8?B?QQ==?=\" <a@example.org>"
                                                       << "=?UTF-8?B?QQ==?="
                                                       << "a"
                                                       << "example.org";
    // Every charset Qt knows through ICU, not only UTF-8 and Latin-1 (smtp::decodeEncodedWord, mimeheader.h).
    QTest::newRow("RFC 2047 windows-1252") << "=?windows-1252?Q?Andr=E9_=80?= <a@example.org>"
                                           << "André €"
                                           << "a"
                                           << "example.org";
    QTest::newRow("RFC 2047 ISO-8859-2, language tag") << "=?ISO-8859-2*pl?Q?=A3ukasz?= <l@example.org>"
                                                       << "Łukasz"
                                                       << "l"
                                                       << "example.org";
    QTest::newRow("unknown charset kept") << "=?x-unknown?Q?a?= <a@example.org>"
                                          << "=?x-unknown?Q?a?="
                                          << "a"
                                          << "example.org";
    QTest::newRow("encoded CR LF kept encoded") << "=?UTF-8?Q?a=0D=0Ab?= <a@example.org>"
                                                << "=?UTF-8?Q?a=0D=0Ab?="
                                                << "a"
                                                << "example.org";
    QTest::newRow("64-byte local part") << QString(64, QLatin1Char('l')) + "@example.org"
                                        << "" << QString(64, QLatin1Char('l')) << "example.org";
}

void TestAddress::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, displayName);
    QFETCH(QString, localPart);
    QFETCH(QString, domain);
    QString error;
    const Mailbox m = parseMailbox(input, &error);
    QVERIFY2(!m.isNull(), qPrintable(error));
    QCOMPARE(m.displayName, displayName);
    QCOMPARE(m.localPart, localPart);
    QCOMPARE(m.domain, domain);
}

void TestAddress::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   ";
    QTest::newRow("no at") << "john";
    QTest::newRow("no local") << "@example.org";
    QTest::newRow("no domain") << "a@";
    QTest::newRow("leading dot") << ".a@example.org";
    QTest::newRow("trailing dot") << "a.@example.org";
    QTest::newRow("double dot") << "a..b@example.org";
    QTest::newRow("space in local") << "john doe@example.org";
    QTest::newRow("comma in local") << "a,b@example.org";
    QTest::newRow("unclosed quoted local") << "\"john@example.org";
    QTest::newRow("unescaped quote in quoted local") << "\"jo\"hn\"@example.org";
    QTest::newRow("backslash ends quoted local") << "\"john\\\"@example.org";
    QTest::newRow("empty quoted local") << "\"\"@example.org";
    QTest::newRow("control char in quoted local") << QStringLiteral("\"a\x01"
                                                                    "b\"@example.org");
    QTest::newRow("65-byte local part") << QString(65, QLatin1Char('l')) + "@example.org";
    QTest::newRow("33 two-byte chars local part") << QString(33, QChar(0xfc)) + "@example.org";
    QTest::newRow("domain with space") << "a@exa mple.org";
    QTest::newRow("domain double dot") << "a@example..org";
    QTest::newRow("domain trailing dot") << "a@example.org.";
    QTest::newRow("domain leading hyphen") << "a@-example.org";
    QTest::newRow("domain underscore") << "a@ex_ample.org";
    QTest::newRow("domain label too long") << "a@" + QString(64, QLatin1Char('d')) + ".org";
    QTest::newRow("unclosed angle") << "Name <a@example.org";
    QTest::newRow("stray angle") << "a<b@example.org";
    QTest::newRow("nested angle") << "Name <<a@example.org>>";
    QTest::newRow("unbalanced quote in name") << "\"Name <a@example.org>";
    QTest::newRow("unescaped quote in name") << "\"Na\"me\" <a@example.org>";

    // Nothing that could end a header line or an SMTP command gets through, wherever it hides.
    QTest::newRow("CRLF after address") << "a@example.org\r\nRCPT TO:<evil@example.org>";
    QTest::newRow("LF in display name") << "Evil\nBcc: x@example.org <a@example.org>";
    QTest::newRow("CR in display name") << "Evil\rName <a@example.org>";
    QTest::newRow("CR in quoted display name") << "\"Evil\r\nBcc: x@y.org\" <a@example.org>";
    QTest::newRow("LF in local part") << "a\nb@example.org";
    QTest::newRow("CR in quoted local part") << "\"a\rb\"@example.org";
    QTest::newRow("LF in domain") << "a@exam\nple.org";
    QTest::newRow("CR at end of domain") << "a@example.org\r";
    QTest::newRow("NUL in display name") << QStringLiteral("Na") + QChar(0) + "me <a@example.org>";
    QTest::newRow("NUL in local part") << QStringLiteral("a") + QChar(0) + "b@example.org";
    QTest::newRow("NUL in quoted local part") << QStringLiteral("\"a") + QChar(0) + "b\"@example.org";
    QTest::newRow("NUL in domain") << QStringLiteral("a@exa") + QChar(0) + "mple.org";
    QTest::newRow("trailing NUL") << QStringLiteral("a@example.org") + QChar(0);
    // RFC 5321 §4.1.2: qtextSMTP and quoted-pairSMTP are printable ASCII; the envelope cannot carry the rest.
    QTest::newRow("raw TAB in quoted local part") << "\"a\tb\"@example.org";
    QTest::newRow("quoted-pair TAB in quoted local part") << "\"a\\\tb\"@example.org";
    QTest::newRow("control char as quoted-pair") << QStringLiteral("\"a\\\x1b"
                                                                   "b\"@example.org");
    QTest::newRow("DEL in quoted local part") << QStringLiteral("\"a\x7f"
                                                                "b\"@example.org");
    QTest::newRow("control char outside quotes") << QStringLiteral("a\x01"
                                                                   "b@example.org");
    QTest::newRow("two addresses") << "a@example.org, b@example.org";
    QTest::newRow("a group") << "Team: a@example.org;";
    QTest::newRow("unclosed comment") << "a@example.org (Ann";
    QTest::newRow("route without colon") << "<@relay.example a@example.org>";
}

void TestAddress::refused()
{
    QFETCH(QString, input);
    QString error;
    const Mailbox m = parseMailbox(input, &error);
    QVERIFY2(m.isNull(), qPrintable(m.address()));
    QVERIFY(!error.isEmpty());
    // Whatever the reason says, the caller never gets a usable address out of it.
    QVERIFY(m.envelope(false).isEmpty() || m.localPart.isEmpty());
    // A null error pointer is allowed.
    QVERIFY(parseMailbox(input, nullptr).isNull());
}

void TestAddress::envelope_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("ascii");
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<bool>("needsSmtpUtf8");
    QTest::addColumn<bool>("domainIsAscii");

    QTest::newRow("plain") << "Name <a@example.org>" << QByteArray("a@example.org")
                           << QByteArray("a@example.org") << false << true;
    QTest::newRow("IDN domain") << "a@bücher.example" << QByteArray("a@xn--bcher-kva.example")
                                << QStringLiteral("a@bücher.example").toUtf8() << false << false;
    QTest::newRow("IDN domain, Japanese") << "a@例え.jp" << QByteArray("a@xn--r8jz45g.jp")
                                          << QStringLiteral("a@例え.jp").toUtf8() << false << false;
    QTest::newRow("non-ASCII local part")
        << "jörg@example.org" << QByteArray() << QStringLiteral("jörg@example.org").toUtf8() << true << true;
    QTest::newRow("non-ASCII both") << "jörg@bücher.example" << QByteArray()
                                    << QStringLiteral("jörg@bücher.example").toUtf8() << true << false;
    QTest::newRow("quoted local") << "\"john doe\"@example.org" << QByteArray("\"john doe\"@example.org")
                                  << QByteArray("\"john doe\"@example.org") << false << true;
    QTest::newRow("escaped quote") << R"("john\"doe"@example.org)" << QByteArray(R"("john\"doe"@example.org)")
                                   << QByteArray(R"("john\"doe"@example.org)") << false << true;
    QTest::newRow("escaped backslash") << R"("a\\b"@example.org)" << QByteArray(R"("a\\b"@example.org)")
                                       << QByteArray(R"("a\\b"@example.org)") << false << true;
    QTest::newRow("needless quotes dropped") << "\"plain\"@example.org" << QByteArray("plain@example.org")
                                             << QByteArray("plain@example.org") << false << true;
    QTest::newRow("literal") << "a@[192.0.2.1]" << QByteArray("a@[192.0.2.1]") << QByteArray("a@[192.0.2.1]")
                             << false << true;
}

void TestAddress::envelope()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, ascii);
    QFETCH(QByteArray, utf8);
    QFETCH(bool, needsSmtpUtf8);
    QFETCH(bool, domainIsAscii);
    QString error;
    const Mailbox m = parseMailbox(input, &error);
    QVERIFY2(!m.isNull(), qPrintable(error));
    QCOMPARE(m.envelope(false), ascii);
    QCOMPARE(m.envelope(true), utf8);
    QCOMPARE(m.needsSmtpUtf8(), needsSmtpUtf8);
    QCOMPARE(m.domainIsAscii(), domainIsAscii);
    for (char c : m.envelope(false))
        QVERIFY((uchar(c) < 0x80 && uchar(c) > 0x20) || c == ' ');
    // The display name never reaches the envelope.
    QVERIFY(!m.envelope(true).contains('<'));
}

void TestAddress::headerForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("bare") << "a@example.org" << false << QByteArray("a@example.org");
    QTest::newRow("plain name") << "John Doe <john@example.org>" << false
                                << QByteArray("John Doe <john@example.org>");
    QTest::newRow("comma quoted") << "\"Doe, John\" <john@example.org>" << false
                                  << QByteArray("\"Doe, John\" <john@example.org>");
    QTest::newRow("dot quoted") << "J. Smith <js@example.org>" << false
                                << QByteArray("\"J. Smith\" <js@example.org>");
    QTest::newRow("at quoted") << "\"me@home\" <a@example.org>" << false
                               << QByteArray("\"me@home\" <a@example.org>");
    QTest::newRow("escapes kept") << R"("John \"JD\" Doe" <jd@example.org>)" << false
                                  << QByteArray(R"("John \"JD\" Doe" <jd@example.org>)");
    QTest::newRow("backslash escaped")
        << R"("back\\slash" <b@example.org>)" << false << QByteArray(R"("back\\slash" <b@example.org>)");
    QTest::newRow("encoded-word lookalike quoted") << "\"=?UTF-8?B?QQ==?=\" <a@example.org>" << false
                                                   << QByteArray("\"=?UTF-8?B?QQ==?=\" <a@example.org>");
    QTest::newRow("non-ASCII encoded")
        << "Jürgen <j@example.org>" << false << QByteArray("=?UTF-8?B?SsO8cmdlbg==?= <j@example.org>");
    QTest::newRow("non-ASCII utf8") << "Jürgen <j@example.org>" << true
                                    << QStringLiteral("\"Jürgen\" <j@example.org>").toUtf8();
    QTest::newRow("IDN domain A-labels")
        << "Anna <a@bücher.example>" << false << QByteArray("Anna <a@xn--bcher-kva.example>");
    QTest::newRow("IDN domain utf8") << "Anna <a@bücher.example>" << true
                                     << QStringLiteral("Anna <a@bücher.example>").toUtf8();
    QTest::newRow("quoted local") << "Anna <\"anna maria\"@example.org>" << false
                                  << QByteArray("Anna <\"anna maria\"@example.org>");
}

void TestAddress::headerForm()
{
    QFETCH(QString, input);
    QFETCH(bool, utf8);
    QFETCH(QByteArray, expected);
    QString error;
    const Mailbox m = parseMailbox(input, &error);
    QVERIFY2(!m.isNull(), qPrintable(error));
    QCOMPARE(m.headerForm(utf8), expected);
    QVERIFY(!m.headerForm(utf8).contains('\r'));
    QVERIFY(!m.headerForm(utf8).contains('\n'));
}

void TestAddress::headerFormEncodedWords()
{
    // A long non-ASCII display name: several encoded words, each at most 75 characters (RFC 2047 §2), that
    // decode back to the name.
    QString name;
    for (int i = 0; i < 40; ++i)
        name += QStringLiteral("Zoë Ålander 😀 ");
    name = name.trimmed();
    Mailbox m;
    m.displayName = name;
    m.localPart = QStringLiteral("zoe");
    m.domain = QStringLiteral("example.org");
    const QByteArray h = m.headerForm(false);
    QVERIFY(h.endsWith(" <zoe@example.org>"));
    const QByteArray phrase = h.left(h.size() - int(qstrlen(" <zoe@example.org>")));
    for (const QByteArray &w : phrase.split(' ')) {
        QVERIFY2(w.size() <= 75, w.constData());
        for (char c : w)
            QVERIFY(uchar(c) > 0x20 && uchar(c) < 0x7f);
    }
    QCOMPARE(decodeWords(phrase), name);
}

void TestAddress::quotedLocalPartRoundTrip_data()
{
    QTest::addColumn<QString>("localPart");
    QTest::newRow("space") << "john doe";
    QTest::newRow("quote") << "a\"b";
    QTest::newRow("backslash") << "a\\b";
    QTest::newRow("leading dot") << ".x";
    QTest::newRow("double dot") << "a..b";
    QTest::newRow("at") << "a@b";
    QTest::newRow("comma") << "a,b";
    QTest::newRow("dot atom") << "a.b+c";
}

void TestAddress::quotedLocalPartRoundTrip()
{
    // Whatever the local part, what we write parses back to the same mailbox.
    QFETCH(QString, localPart);
    Mailbox m;
    m.localPart = localPart;
    m.domain = QStringLiteral("example.org");
    QString error;
    const Mailbox back = parseMailbox(QString::fromUtf8(m.envelope(false)), &error);
    QVERIFY2(!back.isNull(), qPrintable(error));
    QCOMPARE(back.localPart, localPart);
    QCOMPARE(back.domain, m.domain);
}

void TestAddress::list_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("addresses");  // address() of each
    QTest::addColumn<QStringList>("names");

    QTest::newRow("empty") << "" << QStringList{} << QStringList{};
    QTest::newRow("only separators") << " , ;, " << QStringList{} << QStringList{};
    QTest::newRow("one") << "a@example.org" << QStringList{"a@example.org"} << QStringList{""};
    QTest::newRow("two") << "a@example.org, Bee <b@example.org>"
                         << QStringList{"a@example.org", "b@example.org"} << QStringList{"", "Bee"};
    QTest::newRow("semicolon") << "a@example.org; b@example.org"
                               << QStringList{"a@example.org", "b@example.org"} << QStringList{"", ""};
    QTest::newRow("empty entries skipped")
        << ",a@example.org,, ,b@example.org," << QStringList{"a@example.org", "b@example.org"}
        << QStringList{"", ""};
    QTest::newRow("comma in quoted name")
        << "\"Doe, John\" <j@example.org>, \"Roe, Jane\" <r@example.org>"
        << QStringList{"j@example.org", "r@example.org"} << QStringList{"Doe, John", "Roe, Jane"};
    QTest::newRow("escaped quote and comma")
        << R"("Doe \"JD\", John" <j@example.org>, x@example.org)"
        << QStringList{"j@example.org", "x@example.org"} << QStringList{"Doe \"JD\", John", ""};
    QTest::newRow("comma in quoted local part")
        << "\"a,b\"@example.org, c@example.org" << QStringList{"\"a,b\"@example.org", "c@example.org"}
        << QStringList{"", ""};
    QTest::newRow("non-ASCII") << "Jürgen <j@bücher.example>, 山田 <y@example.jp>"
                               << QStringList{"j@bücher.example", "y@example.jp"}
                               << QStringList{"Jürgen", "山田"};
}

void TestAddress::list()
{
    QFETCH(QString, input);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, names);
    QString error;
    const QList<Mailbox> list = parseMailboxList(input, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList got, gotNames;
    for (const Mailbox &m : list) {
        got << m.address();
        gotNames << m.displayName;
    }
    QCOMPARE(got, addresses);
    QCOMPARE(gotNames, names);
}

void TestAddress::listErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("named");  // the error must mention this

    QTest::newRow("bad middle entry") << "a@example.org, nobody, c@example.org"
                                      << "nobody";
    QTest::newRow("bad last entry") << "a@example.org, b@@example.org"
                                    << "b@@example.org";
    QTest::newRow("bad domain") << "a@example.org, c@exa_mple.org"
                                << "exa_mple.org";
    QTest::newRow("unclosed quote") << "a@example.org, \"Doe <d@example.org>"
                                    << "Doe";
    QTest::newRow("line break") << "a@example.org, evil@example.org\r\nDATA"
                                << "evil@example.org";
    QTest::newRow("comma inside angle") << "Name <a,b@example.org>"
                                        << "a,b@example.org";
}

void TestAddress::listErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, named);
    QString error;
    const QList<Mailbox> list = parseMailboxList(input, &error);
    QVERIFY(list.isEmpty());
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestAddress::domainToAceCases_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QByteArray>("ace");
    QTest::newRow("ascii") << "example.org" << QByteArray("example.org");
    QTest::newRow("german") << "münchen.de" << QByteArray("xn--mnchen-3ya.de");
    QTest::newRow("bücher") << "bücher.example" << QByteArray("xn--bcher-kva.example");
    QTest::newRow("literal") << "[192.0.2.1]" << QByteArray("[192.0.2.1]");
    QTest::newRow("unclosed literal") << "[192.0.2.1" << QByteArray();
    QTest::newRow("IPv6 literal") << "[IPv6:2001:db8::1]" << QByteArray("[IPv6:2001:db8::1]");
    QTest::newRow("literal with '>'") << "[127.0>0.1]" << QByteArray();
    QTest::newRow("literal with '<'") << "[127.0<0.1]" << QByteArray();
    QTest::newRow("literal with space") << "[127.0 0.1]" << QByteArray();
    QTest::newRow("empty label") << "a..b" << QByteArray();
    QTest::newRow("space") << "a b.org" << QByteArray();
    QTest::newRow("too long") << QString(254, QLatin1Char('a')) << QByteArray();
}

void TestAddress::domainToAceCases()
{
    QFETCH(QString, domain);
    QFETCH(QByteArray, ace);
    QCOMPARE(domainToAce(domain), ace);
}

void TestAddress::equality()
{
    QString e;
    QVERIFY(parseMailbox("A <a@Example.ORG>", &e) == parseMailbox("a@example.org", &e));
    QVERIFY(!(parseMailbox("A@example.org", &e) == parseMailbox("a@example.org", &e)));
}

void TestAddress::grammar_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("shape");  // per element: "group NAME: a,b" or the address

    QTest::newRow("group") << "Team: a@x.example, Bee <b@x.example>;"
                           << QStringList{"group Team: a@x.example,b@x.example"};
    QTest::newRow("empty group") << "undisclosed-recipients:;"
                                 << QStringList{"group undisclosed-recipients: "};
    QTest::newRow("empty group, CFWS") << "Hidden (none) : (really) ;" << QStringList{"group Hidden: "};
    QTest::newRow("groups without comma")
        << "A: a@x.example; B: b@x.example;" << QStringList{"group A: a@x.example", "group B: b@x.example"};
    QTest::newRow("group, then mailbox")
        << "A: a@x.example;, c@x.example" << QStringList{"group A: a@x.example", "c@x.example"};
    QTest::newRow("group without final ;")
        << "A: a@x.example, b@x.example" << QStringList{"group A: a@x.example,b@x.example"};
    QTest::newRow("obs-group-list") << "A: , ,;" << QStringList{"group A: "};
    QTest::newRow("quoted group name")
        << "\"Team, West\": a@x.example;" << QStringList{"group Team, West: a@x.example"};
    QTest::newRow("RFC 2047 group name")
        << "=?UTF-8?Q?T=C3=A9am?=: a@x.example;" << QStringList{"group Téam: a@x.example"};
    QTest::newRow("nested comments") << "a@x.example (one (two) \\) three)" << QStringList{"a@x.example"};
    QTest::newRow("empty elements") << ",,a@x.example,,b@x.example,,"
                                    << QStringList{"a@x.example", "b@x.example"};
    QTest::newRow("semicolons typed")
        << "a@x.example; b@x.example" << QStringList{"a@x.example", "b@x.example"};
    QTest::newRow("obs-domain") << "a@ x . example" << QStringList{"a@x.example"};
    QTest::newRow("literal with FWS") << "a@[ 192.0.2.1 ]" << QStringList{"a@[192.0.2.1]"};
    QTest::newRow("phrase with dots") << "J. R. Smith <j@x.example>" << QStringList{"j@x.example"};
    QTest::newRow("only CFWS") << " (nothing) " << QStringList{};
}

void TestAddress::grammar()
{
    QFETCH(QString, input);
    QFETCH(QStringList, shape);
    QList<Address> list;
    QString error;
    QVERIFY2(parseAddressList(input, &list, &error), qPrintable(error));
    QStringList got;
    for (const Address &a : list) {
        QStringList members;
        for (const Mailbox &m : a.mailboxes)
            members << m.address();
        got << (a.isGroup ? QStringLiteral("group %1: %2").arg(a.groupName, members.join(QLatin1Char(',')))
                          : members.join(QLatin1Char(',')));
        QCOMPARE(a.texts.size(), a.mailboxes.size());
    }
    QCOMPARE(got, shape);
}

void TestAddress::grammarErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("named");

    QTest::newRow("missing comma") << "a@x.example b@x.example"
                                   << "b@x.example";
    QTest::newRow("group in group") << "A: B: b@x.example;;"
                                    << "B:";
    QTest::newRow("colon without name") << ": a@x.example;"
                                        << "a@x.example";
    QTest::newRow("unclosed comment") << "a@x.example, b@x.example (Bee"
                                      << "(Bee";
    QTest::newRow("unclosed literal") << "a@[192.0.2.1"
                                      << "[192.0.2.1";
    QTest::newRow("backslash outside quotes") << "a\\b@x.example"
                                              << "a\\b@x.example";
    QTest::newRow("bad route") << "<@:a@x.example>"
                               << "a@x.example";
    QTest::newRow("word only, in a group") << "A: nobody;"
                                           << "nobody";
    QTest::newRow("bad domain in a group") << "A: ok@x.example, bad@x_y.example;"
                                           << "x_y.example";
}

void TestAddress::grammarErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, named);
    QList<Address> list;
    QString error;
    QVERIFY(!parseAddressList(input, &list, &error));
    QVERIFY(list.isEmpty());
    QVERIFY2(error.contains(named), qPrintable(error));
    // The list form used for the envelope refuses the same text, with the same reason.
    QString listError;
    QVERIFY(parseMailboxList(input, &listError).isEmpty());
    QCOMPARE(listError, error);
}

void TestAddress::envelopeRefusesWhatRfc5321Cannot_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<bool>("asciiOk");
    QTest::addColumn<bool>("utf8Ok");

    QTest::newRow("space") << "a b" << true << true;
    QTest::newRow("printable specials") << "a\"\\(),:;<>@[]b" << true << true;
    QTest::newRow("TAB") << "a\tb" << false << false;
    QTest::newRow("U+0001") << QStringLiteral("a\x01") << false << false;
    QTest::newRow("ESC") << QStringLiteral("\x1b") << false << false;
    QTest::newRow("U+001F") << QStringLiteral("a\x1f") << false << false;
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << false << false;
    QTest::newRow("8-bit in quotes") << QStringLiteral("j\u00f6rg doe") << false << true;
}

// RFC 5321 §4.1.2 (qtextSMTP, quoted-pairSMTP) and RFC 6531 §3.3: a header (RFC 5322) may hold a local part
// the envelope cannot; such a mailbox has no envelope form and says why in words.
void TestAddress::envelopeRefusesWhatRfc5321Cannot()
{
    QFETCH(QString, local);
    QFETCH(bool, asciiOk);
    QFETCH(bool, utf8Ok);
    Mailbox m;
    m.localPart = local;
    m.domain = QStringLiteral("example.org");
    QCOMPARE(m.envelopeProblem(false).isEmpty(), asciiOk);
    QCOMPARE(m.envelopeProblem(true).isEmpty(), utf8Ok);
    QCOMPARE(m.envelope(false).isEmpty(), !asciiOk);
    QCOMPARE(m.envelope(true).isEmpty(), !utf8Ok);
    if (!utf8Ok)
        QVERIFY(m.envelopeProblem(true).contains(QLatin1String("U+")));
    // The header grammar reads it (quoted, as RFC 5322 allows), but what a person types for the envelope is
    // refused with the same reason.
    const QString typed = m.quotedLocalPart() + QStringLiteral("@example.org");
    QList<Address> list;
    QString error;
    QVERIFY2(parseAddressList(typed, &list, &error), qPrintable(error));
    QCOMPARE(list.value(0).mailboxes.value(0).localPart, local);
    const Mailbox typedBox = parseMailbox(typed, &error);
    QCOMPARE(typedBox.isNull(), !utf8Ok);
    if (!utf8Ok)
        QCOMPARE(error, m.envelopeProblem(true));
}

void TestAddress::split_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("pieces");

    QTest::newRow("plain") << "a@x.example,b@x.example" << QStringList{"a@x.example", "b@x.example"};
    QTest::newRow("quoted comma, comment kept")
        << "\"Doe, J\" <j@x.example>, k@x.example (Kay, K)"
        << QStringList{"\"Doe, J\" <j@x.example>", "k@x.example (Kay, K)"};
    QTest::newRow("group members") << "Team: a@x.example, b@x.example; c@x.example"
                                   << QStringList{"a@x.example", "b@x.example", "c@x.example"};
    QTest::newRow("does not parse: split lexically")
        << "a@x.example, nobody, \"x, y\" <c@x.example>"
        << QStringList{"a@x.example", "nobody", "\"x, y\" <c@x.example>"};
    QTest::newRow("unclosed quote: one piece")
        << "a@x.example, \"Doe <d@x.example>" << QStringList{"a@x.example, \"Doe <d@x.example>"};
}

// mailto: links go through splitMailboxList, the header reader through parseAddressList: one grammar.
void TestAddress::split()
{
    QFETCH(QString, input);
    QFETCH(QStringList, pieces);
    QCOMPARE(splitMailboxList(input), pieces);
    QString error;
    const QList<Mailbox> whole = parseMailboxList(input, &error);
    if (!whole.isEmpty()) {
        QList<Mailbox> each;
        for (const QString &p : pieces)
            each << parseMailbox(p, &error);
        QVERIFY(each == whole);
    }
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
