// Unit tests for header and body encodings: RFC 2047 words, RFC 5322 folding, RFC 2231 parameters, RFC 2045
// quoted-printable and base64, line-ending repair, SMTP dot-stuffing (RFC 5321 §4.5.2) and RFC 5322 dates.

#include "encoding.h"
#include "mimeheader.h"
#include "mimereaders.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

using namespace smtp;
using testutil::decode2047;

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = d.decode(bytes);
    return !d.hasError() && s.toUtf8() == bytes;
}

// RFC 5322 §2.2.3: unfolding removes every CRLF that is followed by white space.
QByteArray unfold(const QByteArray &folded)
{
    QByteArray out = folded;
    out.replace("\r\n ", " ");
    out.replace("\r\n\t", "\t");
    return out;
}

QList<QByteArray> crlfLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    return lines;
}

bool onlyCrlf(const QByteArray &b)
{
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (b[i] == '\r' && (i + 1 >= b.size() || b[i + 1] != '\n'))
            return false;
        if (b[i] == '\n' && (i == 0 || b[i - 1] != '\r'))
            return false;
    }
    return true;
}

QByteArray qpDecode(const QByteArray &qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp[i] != '=') {
            out += qp[i];
            continue;
        }
        if (qp.mid(i + 1, 2) == "\r\n") {
            i += 2;
            continue;
        }
        out += QByteArray::fromHex(qp.mid(i + 1, 2));
        i += 2;
    }
    return out;
}

// RFC 2231: numbered sections in order, charset'language' prefix off the first, percent-decoded.
QString decode2231(const QList<QByteArray> &items, const QByteArray &name)
{
    if (items.size() == 1 && items[0].startsWith(name + "=\"")) {
        QByteArray v = items[0].mid(name.size() + 2);
        v.chop(1);
        QByteArray out;
        for (qsizetype i = 0; i < v.size(); ++i)
            out += v[i] == '\\' ? v[++i] : v[i];
        return QString::fromUtf8(out);
    }
    QByteArray joined;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray prefix = items.size() == 1 ? name + "*=" : name + '*' + QByteArray::number(i) + "*=";
        if (!items[i].startsWith(prefix))
            return QStringLiteral("<bad section %1>").arg(QString::fromLatin1(items[i]));
        joined += items[i].mid(prefix.size());
    }
    if (!joined.startsWith("utf-8''"))
        return QStringLiteral("<no charset>");
    return QString::fromUtf8(QByteArray::fromPercentEncoding(joined.mid(7)));
}

QByteArray randomBytes(QRandomGenerator &g, int size, bool textLike)
{
    QByteArray b;
    b.reserve(size);
    for (int i = 0; i < size; ++i) {
        const quint32 r = g.bounded(100);
        if (textLike && r < 8)
            b += "\r\n";
        else if (textLike && r < 14)
            b += ' ';
        else if (textLike && r < 16)
            b += '\t';
        else if (textLike && r < 18)
            b += '.';
        else if (textLike && r < 20)
            b += '=';
        else if (textLike && r < 75)
            b += char(g.bounded(33, 127));
        else {
            char c = char(g.bounded(256));
            if (c == '\n')
                c = 'n';  // CRLF text: no bare LF
            b += c;
        }
    }
    return b;
}

}  // namespace

class TestEncoding : public QObject
{
    Q_OBJECT

private slots:
    void decodeWords_data();
    void decodeWords();
    void phrase_data();
    void phrase();
    void unstructured_data();
    void unstructured();
    void encodedWordsNeverSplitUtf8_data();
    void encodedWordsNeverSplitUtf8();
    void fold_data();
    void fold();
    void foldedSubjectInMessage();
    void foldList();
    void rfc2231_data();
    void rfc2231();
    void rfc2231Long();
    void qp_data();
    void qp();
    void qpLongLines();
    void qpRandom();
    void base64();
    void lineEndings_data();
    void lineEndings();
    void toCrlf();
    void dotStuffing_data();
    void dotStuffing();
    void dotStuffingEmptyChunks();
    void date_data();
    void date();
    void dateIgnoresLocale();
};

// Reading headers back (the Sent view, the wire preview): one decoder of encoded words for them and for
// addresses (smtp::decodeEncodedWord).
void TestEncoding::decodeWords_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QByteArray("Hello there") << QStringLiteral("Hello there");
    QTest::newRow("two words, the space between dropped")
        << QByteArray("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?= =?UTF-8?B?IGF1cw==?= Berlin")
        << QStringLiteral("Grüße aus Berlin");
    QTest::newRow("windows-1252") << QByteArray("=?windows-1252?Q?=80_5?=") << QStringLiteral("€ 5");
    QTest::newRow("lower-case b") << QByteArray("=?utf-8?b?w6k=?=") << QStringLiteral("é");
    QTest::newRow("unknown charset kept")
        << QByteArray("=?x-nope?Q?a?= b") << QStringLiteral("=?x-nope?Q?a?= b");
    QTest::newRow("control character kept encoded")
        << QByteArray("=?UTF-8?Q?a=0D=0ABcc:_x?=") << QStringLiteral("=?UTF-8?Q?a=0D=0ABcc:_x?=");
    QTest::newRow("bad base64 kept") << QByteArray("=?UTF-8?B?%%%?=") << QStringLiteral("=?UTF-8?B?%%%?=");
    QTest::newRow("space kept after a word that stays")
        << QByteArray("=?x-nope?Q?a?= =?UTF-8?Q?b?=") << QStringLiteral("=?x-nope?Q?a?= b");
}

void TestEncoding::decodeWords()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, shown);
    QCOMPARE(smtp::decodeWords(header), shown);
}

void TestEncoding::phrase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("atoms") << "John Doe" << false << QByteArray("John Doe");
    QTest::newRow("extra spaces") << "  John   Doe " << false << QByteArray("John Doe");
    QTest::newRow("atext specials") << "O'Neil & Sons" << false << QByteArray("O'Neil & Sons");
    QTest::newRow("comma") << "Doe, John" << false << QByteArray("\"Doe, John\"");
    QTest::newRow("dot") << "J. Doe" << false << QByteArray("\"J. Doe\"");
    QTest::newRow("parenthesis") << "Doe (work)" << false << QByteArray("\"Doe (work)\"");
    QTest::newRow("angle") << "a<b>" << false << QByteArray("\"a<b>\"");
    QTest::newRow("quote escaped") << "say \"hi\"" << false << QByteArray(R"("say \"hi\"")");
    QTest::newRow("backslash escaped") << "a\\b" << false << QByteArray(R"("a\\b")");
    QTest::newRow("encoded word lookalike")
        << "=?UTF-8?B?QQ==?=" << false << QByteArray("\"=?UTF-8?B?QQ==?=\"");
    QTest::newRow("non-ASCII") << "Jürgen" << false << QByteArray("=?UTF-8?B?SsO8cmdlbg==?=");
    QTest::newRow("non-ASCII utf8") << "Jürgen" << true << QStringLiteral("\"Jürgen\"").toUtf8();
    QTest::newRow("non-ASCII utf8 escaped") << "Jü \"x\"" << true << QStringLiteral(R"("Jü \"x\"")").toUtf8();
}

void TestEncoding::phrase()
{
    QFETCH(QString, text);
    QFETCH(bool, utf8);
    QFETCH(QByteArray, expected);
    const QByteArray got = encodePhrase(text, utf8);
    QCOMPARE(got, expected);
    if (got.startsWith("=?"))
        QCOMPARE(decode2047(got), text.simplified());
}

void TestEncoding::unstructured_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<bool>("encoded");
    QTest::newRow("ascii") << "Quarterly report, part 2 (final)" << false << false;
    QTest::newRow("non-ASCII") << "Grüße aus Köln" << false << true;
    QTest::newRow("non-ASCII utf8") << "Grüße aus Köln" << true << false;
    QTest::newRow("lookalike") << "about =?UTF-8?B?QQ==?= words" << false << true;
    QTest::newRow("tab kept") << "a\tb" << false << false;
    QTest::newRow("control char") << QStringLiteral("bell\x07") << false << true;
    QTest::newRow("unfoldable word") << "x" + QString(1000, QLatin1Char('y')) << false << true;
    QTest::newRow("emoji") << "Party 🎉🎂" << false << true;
}

void TestEncoding::unstructured()
{
    QFETCH(QString, text);
    QFETCH(bool, utf8);
    QFETCH(bool, encoded);
    const QByteArray got = encodeUnstructured(text, utf8);
    QCOMPARE(got.startsWith("=?UTF-8?B?"), encoded);
    if (encoded) {
        QCOMPARE(decode2047(got), text);
        for (const QByteArray &w : got.split(' '))
            QVERIFY(w.size() <= 75);
        for (char c : got)
            QVERIFY(uchar(c) >= 0x20 && uchar(c) < 0x7f);
    } else {
        QCOMPARE(got, text.toUtf8());
    }
}

void TestEncoding::encodedWordsNeverSplitUtf8_data()
{
    QTest::addColumn<QString>("text");
    QString emoji, cjk, mixed;
    for (int i = 0; i < 200; ++i) {
        emoji += QString::fromUcs4(U"\U0001F600");
        cjk += QChar(0x4E00 + i);
        mixed += i % 3 == 0 ? QStringLiteral("ü") : i % 3 == 1 ? QStringLiteral("a") : QStringLiteral("€");
    }
    QTest::newRow("200 emoji") << emoji;
    QTest::newRow("200 CJK") << cjk;
    QTest::newRow("mixed widths") << mixed;
    QTest::newRow("emoji with spaces")
        << QString(emoji).replace(QStringLiteral("😀😀😀"), QStringLiteral("😀 😀😀"));
}

void TestEncoding::encodedWordsNeverSplitUtf8()
{
    QFETCH(QString, text);
    const QByteArray value = encodeUnstructured(text, false);
    const QList<QByteArray> words = value.split(' ');
    QVERIFY(words.size() > 1);
    for (const QByteArray &w : words) {
        QVERIFY2(w.size() <= 75, w.constData());  // RFC 2047 §2
        QVERIFY(w.startsWith("=?UTF-8?B?") && w.endsWith("?="));
        // RFC 2047 §5 rule 3: each word must stand on its own as whole characters.
        QVERIFY2(isValidUtf8(QByteArray::fromBase64(w.mid(10, w.size() - 12))), w.constData());
    }
    QCOMPARE(decode2047(value), text);

    // Folded into a Subject header: every line within 78 characters, continuation lines start with a space,
    // and unfolding gives the header back.
    const QByteArray header = foldHeader("Subject", value);
    QVERIFY(header.endsWith("\r\n"));
    const QList<QByteArray> lines = crlfLines(header);
    QVERIFY(lines.size() > 1);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines[i].size() <= 78, lines[i].constData());
        if (i > 0)
            QVERIFY(lines[i].startsWith(' '));
    }
    QCOMPARE(unfold(header), "Subject: " + value + "\r\n");
    QCOMPARE(decode2047(unfold(header).mid(9).chopped(2)), text);
}

void TestEncoding::fold_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("shortLines");  // whether every line can stay within 78
    QTest::newRow("short") << QByteArray("hello") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("many words") << QByteArray("lorem ipsum dolor sit amet ").repeated(20).trimmed() << true;
    QTest::newRow("double spaces") << QByteArray("a  b   c ").repeated(30) << true;
    QTest::newRow("exactly 78") << QByteArray(78 - 9, 'x') << true;
    QTest::newRow("long token") << "start " + QByteArray(200, 'z') + " end" << false;
    QTest::newRow("long token first") << QByteArray(200, 'z') + " tail" << false;
    QTest::newRow("tabs stay") << QByteArray("a\tb c\td ").repeated(20) << true;
    QTest::newRow("long ASCII subject") << QByteArray(
        "Quarterly report for the regional offices, with the corrected figures for March and the "
        "notes from the meeting on Tuesday afternoon")
                                        << true;
    QTest::newRow("first word at 78") << QByteArray(78 - 9, 'a') + " next" << true;
    QTest::newRow("first word at 79") << QByteArray(79 - 9, 'a') + " next" << false;
    QTest::newRow("second word ends at 78") << "ab " + QByteArray(78 - 9 - 3, 'b') + " next" << true;
    QTest::newRow("second word ends at 79") << "ab " + QByteArray(79 - 9 - 3, 'b') + " next" << true;
    QTest::newRow("one very long word") << QByteArray(500, 'w') << false;
    QTest::newRow("tabs only between words")
        << QByteArray("alpha\tbeta\tgamma\tdelta\t").repeated(10).chopped(1) << true;
    QTest::newRow("tab and space runs") << QByteArray("word \t  \tword").repeated(12) << true;
    QTest::newRow("leading white space") << "  " + QByteArray("lead ").repeated(30) << true;
    QTest::newRow("trailing white space") << QByteArray("trail ").repeated(30) + "    \t " << true;
    QTest::newRow("white space only") << QByteArray("   \t  ") << true;
}

void TestEncoding::fold()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, shortLines);
    const QByteArray header = foldHeader("Subject", value);
    QVERIFY(header.endsWith("\r\n"));
    QVERIFY(onlyCrlf(header));
    // Unfolding gives back exactly "Subject: value": a fold only ever goes in front of an existing space, so
    // no token was split and nothing was added or lost.
    QCOMPARE(unfold(header), "Subject: " + value + "\r\n");
    const QList<QByteArray> lines = crlfLines(header);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (shortLines)
            QVERIFY2(lines[i].size() <= 78, lines[i].constData());
        QVERIFY(lines[i].size() <= 998);  // RFC 5322 §2.1.1
        if (i > 0) {
            QVERIFY(lines[i].startsWith(' ') || lines[i].startsWith('\t'));
            QVERIFY(!lines[i].trimmed().isEmpty());  // RFC 5322 §3.2.2: no line of white space only
        }
    }
    // Never folded right after the colon: the first line holds the first word (a reader would show a leading
    // space otherwise).
    if (!value.trimmed().isEmpty()) {
        QVERIFY(!lines.isEmpty());
        QVERIFY2(!lines[0].mid(9).trimmed().isEmpty(), lines[0].constData());
    }
    // Greedy: a fold is there only because the next piece did not fit on the line.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        qsizetype end = 0;
        while (end < lines[i].size() && (lines[i][end] == ' ' || lines[i][end] == '\t'))
            ++end;
        while (end < lines[i].size() && lines[i][end] != ' ' && lines[i][end] != '\t')
            ++end;
        QVERIFY2(lines[i - 1].size() + end > 78, lines[i - 1].constData());
    }
    // Long tokens are left whole on a line of their own.
    for (const QByteArray &tok : QByteArray(value).replace('\t', ' ').split(' '))
        if (tok.size() > 70)
            QVERIFY(header.contains(tok));
}

void TestEncoding::foldedSubjectInMessage()
{
    // The Subject a message goes out with: a plain subject whose first word is longer than the first line
    // still starts on the Subject line, and one of many words is folded at its own spaces.
    const QString longFirst = QString(90, QLatin1Char('x')) + QStringLiteral(" and more words after it");
    const QByteArray a = foldHeader("Subject", encodeUnstructured(longFirst, false));
    QVERIFY2(a.startsWith("Subject: xxxx"), a.constData());
    QCOMPARE(unfold(a), "Subject: " + longFirst.toUtf8() + "\r\n");
    const QString words = QStringLiteral("Re: the plan for next week ").repeated(6).trimmed();
    const QByteArray b = foldHeader("Subject", encodeUnstructured(words, false));
    QVERIFY(crlfLines(b).size() > 1);
    QCOMPARE(unfold(b), "Subject: " + words.toUtf8() + "\r\n");
    // A run of white space longer than a line cannot be folded: it goes out as encoded words instead.
    const QString spaces = QStringLiteral("a") + QString(950, QLatin1Char(' ')) + QStringLiteral("b");
    const QByteArray c = foldHeader("Subject", encodeUnstructured(spaces, false));
    for (const QByteArray &line : crlfLines(c))
        QVERIFY(line.size() <= 78);
    QCOMPARE(decode2047(unfold(c).mid(9).chopped(2)), spaces);
}

void TestEncoding::foldList()
{
    QList<QByteArray> items;
    for (int i = 0; i < 12; ++i)
        items << "\"Person Number " + QByteArray::number(i) + "\" <person" + QByteArray::number(i)
                     + "@example.org>";
    const QByteArray header = smtp::foldList("To", items);
    QVERIFY(onlyCrlf(header));
    const QList<QByteArray> lines = crlfLines(header);
    QVERIFY(lines.size() > 3);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines[i].size() <= 78, lines[i].constData());
        if (i > 0)
            QVERIFY(lines[i].startsWith(' '));
    }
    QCOMPARE(unfold(header), "To: " + items.join(", ") + "\r\n");
    QCOMPARE(smtp::foldList("To", {"a@example.org"}), QByteArray("To: a@example.org\r\n"));

    // Long encoded display names: the first word may not fit after "Reply-To:" and must move to the next
    // line.
    const QByteArray name = encodePhrase(QStringLiteral("Zoë Ålander-Øverby ").repeated(8), false);
    const QList<QByteArray> named{name + " <zoe@example.org>", name + " <zoe2@example.org>"};
    const QByteArray replyTo = smtp::foldList("Reply-To", named);
    for (const QByteArray &line : crlfLines(replyTo))
        QVERIFY2(line.size() <= 78, line.constData());
    QCOMPARE(unfold(replyTo), "Reply-To: " + named.join(", ") + "\r\n");
    QCOMPARE(decode2047(name), QStringLiteral("Zoë Ålander-Øverby ").repeated(8).simplified());
}

void TestEncoding::rfc2231_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QList<QByteArray>>("expected");  // empty: only check the round trip and the shape
    using L = QList<QByteArray>;
    QTest::newRow("ascii") << "report.pdf" << L{"filename=\"report.pdf\""};
    QTest::newRow("ascii with spaces")
        << "Quarterly report 2026.pdf" << L{"filename=\"Quarterly report 2026.pdf\""};
    QTest::newRow("ascii quote") << "say \"hi\".txt" << L{R"(filename="say \"hi\".txt")"};
    QTest::newRow("ascii backslash") << "a\\b.txt" << L{R"(filename="a\\b.txt")"};
    // RFC 2231 §4's shape: charset'language'value, with specials percent-encoded.
    QTest::newRow("non-ASCII") << "Grüße.txt" << L{"filename*=utf-8''Gr%C3%BC%C3%9Fe.txt"};
    QTest::newRow("percent-encoded specials")
        << "100% ü'*(x).txt" << L{"filename*=utf-8''100%25%20%C3%BC%27%2A%28x%29.txt"};
    QTest::newRow("control char") << QStringLiteral("a\x01"
                                                    "b")
                                  << L{"filename*=utf-8''a%01b"};
    QTest::newRow("long ascii") << QString(100, QLatin1Char('n')) + ".txt" << L{};
    QTest::newRow("long CJK") << QString(60, QChar(0x65E5)) + ".pdf" << L{};
    QTest::newRow("long emoji") << QString::fromUcs4(U"\U0001F4CE").repeated(40) << L{};
}

void TestEncoding::rfc2231()
{
    QFETCH(QString, value);
    QFETCH(QList<QByteArray>, expected);
    const QList<QByteArray> items = rfc2231Parameter("filename", value);
    if (!expected.isEmpty())
        QCOMPARE(items, expected);
    QCOMPARE(decode2231(items, "filename"), value);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray &item = items[i];
        QVERIFY2(item.size() <= 76, item.constData());  // fits on a folded line after "; " or a leading space
        for (char c : item)
            QVERIFY(uchar(c) >= 0x20 && uchar(c) < 0x7f);
        if (items.size() > 1)
            QVERIFY(item.startsWith("filename*" + QByteArray::number(i) + "*="));
    }
    if (items.size() > 1)
        QVERIFY(items[0].startsWith("filename*0*=utf-8''"));
}

void TestEncoding::rfc2231Long()
{
    // Continuation sections (RFC 2231 §3): a percent-escape is never cut between two sections.
    const QString value = QString(50, QChar(0xFC)) + QStringLiteral(".txt");
    const QList<QByteArray> items = rfc2231Parameter("filename", value);
    QVERIFY(items.size() >= 3);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray v = items[i].mid(items[i].indexOf('=') + 1);
        const qsizetype lastPct = v.lastIndexOf('%');
        QVERIFY(lastPct < 0 || lastPct + 2 < v.size());
        QVERIFY(isValidUtf8(QByteArray::fromPercentEncoding(i == 0 ? v.mid(7) : v)));
    }
    QCOMPARE(decode2231(items, "filename"), value);
}

void TestEncoding::qp_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("Hello world\r\n") << QByteArray("Hello world\r\n");
    QTest::newRow("equals") << QByteArray("a=b\r\n") << QByteArray("a=3Db\r\n");
    QTest::newRow("trailing space") << QByteArray("end \r\n") << QByteArray("end=20\r\n");
    QTest::newRow("trailing tab") << QByteArray("end\t\r\n") << QByteArray("end=09\r\n");
    QTest::newRow("trailing space, last line") << QByteArray("end ") << QByteArray("end=20");
    QTest::newRow("inner space kept") << QByteArray("a b\tc\r\n") << QByteArray("a b\tc\r\n");
    QTest::newRow("leading dot") << QByteArray(".\r\n.hidden\r\nx.y\r\n")
                                 << QByteArray("=2E\r\n=2Ehidden\r\nx.y\r\n");
    QTest::newRow("utf-8") << QStringLiteral("Grüße\r\n").toUtf8() << QByteArray("Gr=C3=BC=C3=9Fe\r\n");
    QTest::newRow("u umlaut") << QStringLiteral("ü").toUtf8() << QByteArray("=C3=BC");
    QTest::newRow("empty lines") << QByteArray("\r\n\r\n") << QByteArray("\r\n\r\n");
    QTest::newRow("NUL and DEL") << QByteArray("a\0b\x7f\r\n", 6) << QByteArray("a=00b=7F\r\n");
    QTest::newRow("bare CR") << QByteArray("a\rb\r\n") << QByteArray("a=0Db\r\n");
}

void TestEncoding::qp()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QByteArray got = quotedPrintable(input);
    QCOMPARE(got, expected);
    QCOMPARE(qpDecode(got), input);
}

void TestEncoding::qpLongLines()
{
    // RFC 2045 §6.7 rule 5: soft line breaks keep every encoded line within 76 characters.
    for (const QByteArray &input :
         {QByteArray(1200, 'a') + "\r\n", QByteArray("ü=. ").repeated(300), QByteArray(75, 'x') + " \r\n",
          QByteArray(74, 'x') + "=\r\n", QByteArray(200, '.'), QByteArray(76, 'y')}) {
        const QByteArray qp = quotedPrintable(input);
        QVERIFY(onlyCrlf(qp));
        for (const QByteArray &line : crlfLines(qp)) {
            QVERIFY2(line.size() <= 76, line.constData());
            QVERIFY(!line.startsWith('.'));
            QVERIFY(!line.endsWith(' ') && !line.endsWith('\t'));
        }
        QCOMPARE(qpDecode(qp), input);
    }
}

void TestEncoding::qpRandom()
{
    QRandomGenerator g(20260125);
    for (int round = 0; round < 300; ++round) {
        const QByteArray input = randomBytes(g, int(g.bounded(1, 2000)), round % 2 == 0);
        const QByteArray qp = quotedPrintable(input);
        QVERIFY(onlyCrlf(qp));
        for (char c : qp)
            QVERIFY(c == '\r' || c == '\n' || (c >= 0x20 && c < 0x7f) || c == '\t');
        for (const QByteArray &line : crlfLines(qp)) {
            QVERIFY2(line.size() <= 76, line.constData());
            QVERIFY(!line.startsWith('.'));
            QVERIFY(!line.endsWith(' ') && !line.endsWith('\t'));
        }
        QVERIFY2(qpDecode(qp) == input, qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

void TestEncoding::base64()
{
    QRandomGenerator g(42);
    for (int n = 0; n <= 300; ++n) {
        const QByteArray raw = randomBytes(g, n, false);
        const QByteArray b64 = base64Lines(raw);
        QCOMPARE(b64.size(), base64LinesSize(n));
        QVERIFY(onlyCrlf(b64));
        QVERIFY(b64.isEmpty() || b64.endsWith("\r\n"));
        const QList<QByteArray> lines = crlfLines(b64);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QVERIFY(lines[i].size() <= 76);
            if (i + 1 < lines.size())
                QCOMPARE(lines[i].size(), 76);
        }
        QCOMPARE(QByteArray::fromBase64(QByteArray(b64).replace("\r\n", "")), raw);
    }
    QCOMPARE(base64LinesSize(20 * 1024 * 1024), base64Lines(QByteArray(20 * 1024 * 1024, 'x')).size());
    // Encoding piece by piece (57-byte multiples) gives the same bytes as all at once.
    const QByteArray raw = randomBytes(g, 57 * 10 + 13, false);
    QByteArray pieces = base64Lines(raw.left(57 * 4));
    pieces += base64Lines(raw.mid(57 * 4));
    QCOMPARE(pieces, base64Lines(raw));
}

void TestEncoding::lineEndings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("no line end") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("CRLF kept") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("bare LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("bare CR") << QByteArray("a\rb\r") << QByteArray("a\r\nb\r\n");
    QTest::newRow("LF CR") << QByteArray("a\n\rb") << QByteArray("a\r\n\r\nb");
    QTest::newRow("CR CR LF") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb");
    QTest::newRow("blank lines") << QByteArray("\r\n\n\r") << QByteArray("\r\n\r\n\r\n");
    QTest::newRow("mixed") << QByteArray("x\r\ny\nz\rw\r\n") << QByteArray("x\r\ny\r\nz\r\nw\r\n");
    QTest::newRow("lone CR") << QByteArray("\r") << QByteArray("\r\n");
}

void TestEncoding::lineEndings()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    // Every two-piece split, so a CR at the end of one chunk followed by LF at the start of the next is
    // covered.
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        LineEndingNormalizer n;
        // One statement per call: the order of evaluation of the operands of + is unspecified.
        QByteArray out = n.push(input.left(cut));
        out += n.push(input.mid(cut));
        out += n.finish();
        QVERIFY2(out == expected, qPrintable(QStringLiteral("split at %1").arg(cut)));
    }
    // One byte at a time, with empty pushes in between.
    LineEndingNormalizer n;
    QByteArray out;
    for (char c : input) {
        out += n.push(QByteArray(1, c));
        out += n.push(QByteArray());
    }
    out += n.finish();
    QCOMPARE(out, expected);
    QVERIFY(onlyCrlf(out));
}

void TestEncoding::toCrlf()
{
    QCOMPARE(smtp::toCrlf(QStringLiteral("a\nb\rc\r\nü")), QStringLiteral("a\r\nb\r\nc\r\nü").toUtf8());
    QCOMPARE(smtp::toCrlf(QString()), QByteArray());
}

void TestEncoding::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty content") << QByteArray() << QByteArray(".\r\n");
    QTest::newRow("one line") << QByteArray("hello\r\n") << QByteArray("hello\r\n.\r\n");
    QTest::newRow("no final CRLF") << QByteArray("hello") << QByteArray("hello\r\n.\r\n");
    QTest::newRow("only CRLF") << QByteArray("\r\n") << QByteArray("\r\n.\r\n");
    QTest::newRow("lone dot") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("leading dot") << QByteArray(".hidden\r\n") << QByteArray("..hidden\r\n.\r\n");
    QTest::newRow("two dots") << QByteArray("..\r\n") << QByteArray("...\r\n.\r\n");
    QTest::newRow("dot inside line") << QByteArray("a.b\r\nc. \r\n") << QByteArray("a.b\r\nc. \r\n.\r\n");
    QTest::newRow("dot at end, no CRLF") << QByteArray("x\r\n.") << QByteArray("x\r\n..\r\n.\r\n");
    QTest::newRow("end marker lookalike")
        << QByteArray("a\r\n.\r\n.\r\n") << QByteArray("a\r\n..\r\n..\r\n.\r\n");
    QTest::newRow("consecutive dot lines")
        << QByteArray(".a\r\n.b\r\n..c\r\n") << QByteArray("..a\r\n..b\r\n...c\r\n.\r\n");
}

void TestEncoding::dotStuffing()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    // Every split: a '.' at the start of a chunk that continues a line is left alone, one that starts a line
    // gets doubled.
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        DotStuffer d;
        QByteArray out = d.push(input.left(cut));
        out += d.push(input.mid(cut));
        out += d.finish();
        QVERIFY2(out == expected,
                 qPrintable(QStringLiteral("split at %1: %2").arg(cut).arg(QString::fromLatin1(out))));
    }
    DotStuffer d;
    QByteArray out;
    for (char c : input)
        out += d.push(QByteArray(1, c));
    out += d.finish();
    QCOMPARE(out, expected);
}

void TestEncoding::dotStuffingEmptyChunks()
{
    DotStuffer d;
    QByteArray out;
    for (const QByteArray &piece : {QByteArray(), QByteArray("abc"), QByteArray(), QByteArray(".def\r\n"),
                                    QByteArray(), QByteArray(".x\r\n")})
        out += d.push(piece);
    out += d.finish();
    QCOMPARE(out, QByteArray("abc.def\r\n..x\r\n.\r\n"));
    DotStuffer e;
    QCOMPARE(e.push({}), QByteArray());
    QCOMPARE(e.finish(), QByteArray(".\r\n"));
}

void TestEncoding::date_data()
{
    QTest::addColumn<QDateTime>("dt");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("RFC example shape") << QDateTime(QDate(2026, 11, 25), QTime(13, 34, 13), QTimeZone(3600))
                                       << QByteArray("Wed, 25 Nov 2026 13:34:13 +0100");
    QTest::newRow("UTC") << QDateTime(QDate(2026, 1, 5), QTime(0, 0, 7), QTimeZone::utc())
                         << QByteArray("Mon, 05 Jan 2026 00:00:07 +0000");
    QTest::newRow("negative half hour")
        << QDateTime(QDate(2025, 7, 1), QTime(23, 59, 59), QTimeZone(-(3 * 3600 + 1800)))
        << QByteArray("Tue, 01 Jul 2025 23:59:59 -0330");
    QTest::newRow("positive 5:45") << QDateTime(QDate(2024, 2, 29), QTime(12, 0),
                                                QTimeZone(5 * 3600 + 45 * 60))
                                   << QByteArray("Thu, 29 Feb 2024 12:00:00 +0545");
}

void TestEncoding::date()
{
    QFETCH(QDateTime, dt);
    QFETCH(QByteArray, expected);
    QCOMPARE(rfc5322Date(dt), expected);
}

void TestEncoding::dateIgnoresLocale()
{
    // Day and month names are the RFC 5322 §3.3 English ones whatever the user's language.
    const QLocale old;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray now = rfc5322Date(QDateTime::currentDateTime());
    const QByteArray fixed = rfc5322Date(QDateTime(QDate(2026, 3, 3), QTime(9, 5, 1), QTimeZone(7200)));
    QLocale::setDefault(old);
    QCOMPARE(fixed, QByteArray("Tue, 03 Mar 2026 09:05:01 +0200"));
    static const QRegularExpression re(QStringLiteral(
        R"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} )"
        R"(\d\d:\d\d:\d\d [+-]\d{4}$)"));
    QVERIFY2(re.match(QString::fromLatin1(now)).hasMatch(), now.constData());
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
