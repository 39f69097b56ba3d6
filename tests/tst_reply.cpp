// Unit tests for the reply parser (RFC 5321 §4.2, RFC 3463 enhanced codes), explainReply and EHLO
// capabilities.

#include "capabilities.h"
#include "reply.h"

#include <QTest>

using namespace smtp;

Q_DECLARE_METATYPE(smtp::ReplyParser::Error)

namespace {

// "code|enhanced|line1|line2...": one string per reply, so a whole parse compares in one QCOMPARE.
QString render(const Reply &r)
{
    QString s = QString::number(r.code) + QLatin1Char('|') + QString::fromLatin1(r.enhanced);
    for (const QByteArray &l : r.lines)
        s += QLatin1Char('|') + QString::fromUtf8(l);
    return s;
}

struct ParseResult
{
    QStringList replies;
    ReplyParser::Error error = ReplyParser::Error::None;
};

// Drains every complete reply; bounded by the number of replies a parser can possibly hold.
QStringList drain(ReplyParser &p)
{
    QStringList out;
    for (int guard = 0; guard < 100000; ++guard) {
        const std::optional<Reply> r = p.next();
        if (!r)
            break;
        out << render(*r);
    }
    return out;
}

ParseResult parseWhole(const QByteArray &bytes)
{
    ReplyParser p;
    p.feed(bytes);
    ParseResult res;
    res.replies = drain(p);
    res.error = p.error();
    return res;
}

Reply replyFrom(const QByteArray &wire)
{
    ReplyParser p;
    p.feed(wire);
    const std::optional<Reply> r = p.next();
    return r ? *r : Reply();
}

// A stream that exercises every shape at once, for the split tests.
const QByteArray kStream = "220 mx.example.org ESMTP ready\r\n"
                           "250-mx.example.org greets you\r\n"
                           "250-PIPELINING\r\n"
                           "250-SIZE 10240000\r\n"
                           "250 8BITMIME\r\n"
                           "250 2.1.0 Sender ok\r\n"
                           "550-5.1.1 The mailbox\r\n"
                           "550 5.1.1 does not exist\r\n"
                           "354\r\n"
                           "250 \r\n"
                           "421 4.4.2 Timeout\r\n";

}  // namespace

class TestReply : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void splitAtEveryPosition();
    void oneByteAtATime();
    void bareLfEndsALine();
    void loneCrIsText();
    void bareLfBounded();
    void errorIsSticky();
    void longLine();
    void longLineInOneRead();
    void maxLineLengthAccepted();
    void tooManyLines_data();
    void tooManyLines();
    void resetClearsError();
    void textAndSummary();
    void explain_data();
    void explain();
    void capabilities();
    void capabilitiesFromLfReply();
    void capabilitiesAuthForms_data();
    void capabilitiesAuthForms();
    void capabilitiesSize_data();
    void capabilitiesSize();
    void capabilitiesDescribe();
};

void TestReply::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("replies");
    QTest::addColumn<ReplyParser::Error>("error");
    using E = ReplyParser::Error;

    QTest::newRow("single line") << QByteArray("250 OK\r\n") << QStringList{"250||OK"} << E::None;
    QTest::newRow("multiline") << QByteArray("250-mx.example.org\r\n250-PIPELINING\r\n250 SIZE 1000\r\n")
                               << QStringList{"250||mx.example.org|PIPELINING|SIZE 1000"} << E::None;
    QTest::newRow("code only") << QByteArray("250\r\n") << QStringList{"250||"} << E::None;
    QTest::newRow("code and space") << QByteArray("250 \r\n") << QStringList{"250||"} << E::None;
    QTest::newRow("multiline, empty continuation")
        << QByteArray("250-\r\n250 x\r\n") << QStringList{"250|||x"} << E::None;
    QTest::newRow("enhanced taken off")
        << QByteArray("250 2.1.5 Recipient ok\r\n") << QStringList{"250|2.1.5|Recipient ok"} << E::None;
    QTest::newRow("enhanced, no text") << QByteArray("250 2.0.0\r\n") << QStringList{"250|2.0.0|"} << E::None;
    QTest::newRow("enhanced, three-digit parts")
        << QByteArray("550 5.123.456 x\r\n") << QStringList{"550|5.123.456|x"} << E::None;
    QTest::newRow("enhanced on every line")
        << QByteArray("550-5.1.1 The mailbox\r\n550 5.1.1 does not exist\r\n")
        << QStringList{"550|5.1.1|The mailbox|does not exist"} << E::None;
    // RFC 3463 §2: the class must match the reply's first digit; otherwise it is just text.
    QTest::newRow("enhanced class mismatch kept")
        << QByteArray("250 5.1.1 odd\r\n") << QStringList{"250||5.1.1 odd"} << E::None;
    QTest::newRow("two parts only kept")
        << QByteArray("250 2.1 text\r\n") << QStringList{"250||2.1 text"} << E::None;
    QTest::newRow("four-digit part kept")
        << QByteArray("250 2.1234.5 text\r\n") << QStringList{"250||2.1234.5 text"} << E::None;
    QTest::newRow("letters glued kept")
        << QByteArray("250 2.1.5x text\r\n") << QStringList{"250||2.1.5x text"} << E::None;
    QTest::newRow("several replies in one read")
        << QByteArray("250 2.1.0 ok\r\n250 2.1.5 ok\r\n354 go ahead\r\n")
        << QStringList{"250|2.1.0|ok", "250|2.1.5|ok", "354||go ahead"} << E::None;
    QTest::newRow("incomplete last reply held back")
        << QByteArray("250 a\r\n250-b\r\n250 c") << QStringList{"250||a"} << E::None;
    QTest::newRow("non-ASCII text") << QByteArray("250 Grüße\r\n")
                                    << QStringList{QStringLiteral("250||Grüße")} << E::None;

    QTest::newRow("letters") << QByteArray("abc\r\n") << QStringList{} << E::Malformed;
    QTest::newRow("two digits") << QByteArray("25\r\n") << QStringList{} << E::Malformed;
    QTest::newRow("no separator") << QByteArray("250x\r\n") << QStringList{} << E::Malformed;
    QTest::newRow("600") << QByteArray("600 x\r\n") << QStringList{} << E::Malformed;
    QTest::newRow("199") << QByteArray("199 x\r\n") << QStringList{} << E::Malformed;
    QTest::newRow("empty line") << QByteArray("\r\n") << QStringList{} << E::Malformed;
    QTest::newRow("mixed codes") << QByteArray("250-a\r\n251 b\r\n") << QStringList{} << E::Malformed;
    QTest::newRow("good then bad") << QByteArray("250 ok\r\nhello\r\n250 ok\r\n") << QStringList{"250||ok"}
                                   << E::Malformed;
}

void TestReply::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, replies);
    QFETCH(ReplyParser::Error, error);
    const ParseResult res = parseWhole(input);
    QCOMPARE(res.replies, replies);
    QCOMPARE(res.error, error);
    if (error != ReplyParser::Error::None) {
        ReplyParser p;
        p.feed(input);
        drain(p);
        QVERIFY(!p.errorString().isEmpty());
    }
}

void TestReply::splitAtEveryPosition()
{
    const ParseResult whole = parseWhole(kStream);
    QCOMPARE(whole.error, ReplyParser::Error::None);
    QCOMPARE(whole.replies.size(), 7);
    QCOMPARE(whole.replies.at(1),
             QStringLiteral("250||mx.example.org greets you|PIPELINING|SIZE 10240000|8BITMIME"));
    for (qsizetype cut = 0; cut <= kStream.size(); ++cut) {
        ReplyParser p;
        p.feed(kStream.left(cut));
        QStringList got = drain(p);
        p.feed(kStream.mid(cut));
        got += drain(p);
        QCOMPARE(p.error(), ReplyParser::Error::None);
        QVERIFY2(got == whole.replies, qPrintable(QStringLiteral("split at %1").arg(cut)));
        QVERIFY(!p.hasPendingBytes());
    }
}

void TestReply::oneByteAtATime()
{
    // A reply must come out exactly when the LF that ends its last line arrives, and not one byte earlier.
    QList<qsizetype> expectedEnds;
    {
        qsizetype pos = 0;
        const QList<QByteArray> lines = kStream.split('\n');
        for (const QByteArray &l : lines) {
            if (l.isEmpty())
                continue;
            pos += l.size() + 1;
            if (l.size() > 3 && l[3] == ' ')
                expectedEnds << pos;
            else if (l.size() == 4)  // "354\r"
                expectedEnds << pos;
        }
    }
    QCOMPARE(expectedEnds.size(), 7);

    ReplyParser p;
    QStringList got;
    QList<qsizetype> ends;
    for (qsizetype i = 0; i < kStream.size(); ++i) {
        p.feed(kStream.mid(i, 1));
        const QStringList now = drain(p);
        QVERIFY(now.size() <= 1);
        if (!now.isEmpty())
            ends << i + 1;
        got += now;
    }
    QCOMPARE(got, parseWhole(kStream).replies);
    QCOMPARE(ends, expectedEnds);
    QCOMPARE(p.error(), ReplyParser::Error::None);
}

void TestReply::bareLfEndsALine()
{
    // A server that ends its replies in a bare LF is read line by line, not waited on until the timeout.
    ReplyParser p;
    p.feed("250 ok\n");
    const std::optional<Reply> r = p.next();
    QVERIFY(r);
    QCOMPARE(render(*r), QStringLiteral("250||ok"));
    QVERIFY(!p.hasPendingBytes());
    p.feed("250-2.0.0 more\n250 2.0.0 done\r\n");
    const std::optional<Reply> r2 = p.next();
    QVERIFY(r2);
    QCOMPARE(render(*r2), QStringLiteral("250|2.0.0|more|done"));
    QCOMPARE(p.error(), ReplyParser::Error::None);

    // Every stream of kStream's shape, in LF form and in a mix of CRLF and LF, gives the same replies, at
    // every split point (a CR LF pair split across two reads included).
    QByteArray lf = kStream;
    lf.replace("\r\n", "\n");
    QByteArray mixed;
    int i = 0;
    for (const QByteArray &line : kStream.split('\n'))
        if (!line.isEmpty())
            mixed += line.chopped(1) + (i++ % 2 ? "\n" : "\r\n");
    const QStringList want = parseWhole(kStream).replies;
    for (const QByteArray &stream : {lf, mixed}) {
        QCOMPARE(parseWhole(stream).replies, want);
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            ReplyParser q;
            q.feed(stream.left(cut));
            QStringList got = drain(q);
            q.feed(stream.mid(cut));
            got += drain(q);
            QCOMPARE(q.error(), ReplyParser::Error::None);
            QVERIFY2(got == want, qPrintable(QStringLiteral("split at %1 of %2")
                                                 .arg(cut)
                                                 .arg(QString::fromLatin1(stream.toPercentEncoding()))));
            QVERIFY(!q.hasPendingBytes());
        }
    }

    // A CR split from its LF: nothing comes out on the CR, the reply comes out on the LF, with no CR in its
    // text.
    ReplyParser s;
    s.feed("250 ok\r");
    QVERIFY(!s.next());
    QVERIFY(s.hasPendingBytes());
    s.feed("\n");
    const std::optional<Reply> r3 = s.next();
    QVERIFY(r3);
    QCOMPARE(r3->lines, QList<QByteArray>{"ok"});
}

void TestReply::loneCrIsText()
{
    // Only LF ends a line: a CR alone stays in the text, as it always did, so "250 ok\r250 again\r\n" is one
    // line.
    ReplyParser q;
    q.feed("250 ok\r250 again\r\n");
    const std::optional<Reply> r = q.next();
    QVERIFY(r);
    QCOMPARE(r->lines, QList<QByteArray>{"ok\r250 again"});
    QVERIFY(!q.next());
    QCOMPARE(q.error(), ReplyParser::Error::None);
    // CR CR LF: the last CR belongs to the line end, the first one to the text.
    ReplyParser c;
    c.feed("250 ok\r\r\n");
    QCOMPARE(c.next()->lines, QList<QByteArray>{"ok\r"});
}

void TestReply::bareLfBounded()
{
    // The same bounds hold for LF lines: MaxLineLength bytes of text are fine, one more is not, whether the
    // line ends in LF or CRLF.
    const QByteArray line = "250 " + QByteArray(ReplyParser::MaxLineLength - 4, 'z');
    for (const QByteArray &eol : {QByteArray("\n"), QByteArray("\r\n")}) {
        ReplyParser ok;
        ok.feed(line + eol);
        QVERIFY(ok.next());
        ReplyParser bad;
        bad.feed(line + "z" + eol);
        QVERIFY(!bad.next());
        QCOMPARE(bad.error(), ReplyParser::Error::LineTooLong);
    }
    // An unterminated line is refused once it cannot be valid any more, without waiting for its end.
    ReplyParser flood;
    flood.feed("250 " + QByteArray(ReplyParser::MaxLineLength, 'x'));
    QVERIFY(!flood.next());
    QCOMPARE(flood.error(), ReplyParser::Error::LineTooLong);
    // Too many lines in LF form.
    QByteArray wire;
    for (int i = 0; i < ReplyParser::MaxLines; ++i)
        wire += "250-line\n";
    wire += "250 last\n";
    ReplyParser many;
    many.feed(wire);
    QVERIFY(!many.next());
    QCOMPARE(many.error(), ReplyParser::Error::TooManyLines);
    // And a line that is not a reply is still refused at once.
    ReplyParser junk;
    junk.feed("HTTP/1.1 400 Bad Request\n");
    QVERIFY(!junk.next());
    QCOMPARE(junk.error(), ReplyParser::Error::Malformed);
}

void TestReply::errorIsSticky()
{
    ReplyParser p;
    p.feed("xyz\r\n");
    QVERIFY(!p.next());
    QCOMPARE(p.error(), ReplyParser::Error::Malformed);
    p.feed("250 ok\r\n");
    QVERIFY(!p.next());
    QCOMPARE(p.error(), ReplyParser::Error::Malformed);
}

void TestReply::longLine()
{
    // A 100 KB line arriving in 1 KB reads, handled the way the session does (next() after each read): the
    // error must show up as soon as the line cannot be valid any more, not after the whole line was held.
    const QByteArray chunk(1024, 'x');
    ReplyParser p;
    p.feed("250-");
    qsizetype fed = 4;
    bool failed = false;
    for (int i = 0; i < 100 && !failed; ++i) {
        p.feed(chunk);
        fed += chunk.size();
        QVERIFY(!p.next());
        failed = p.error() != ReplyParser::Error::None;
    }
    QVERIFY(failed);
    QCOMPARE(p.error(), ReplyParser::Error::LineTooLong);
    QVERIFY2(fed <= ReplyParser::MaxLineLength + 2 * chunk.size(), qPrintable(QString::number(fed)));
    // Once failed, nothing more is taken in or handed out.
    for (int i = 0; i < 10; ++i)
        p.feed(chunk);
    p.feed("\r\n250 ok\r\n");
    QVERIFY(!p.next());
    QCOMPARE(p.error(), ReplyParser::Error::LineTooLong);
    QVERIFY(p.errorString().contains(QString::number(ReplyParser::MaxLineLength)));
}

void TestReply::longLineInOneRead()
{
    // The same line delivered in one read, terminated: still refused, and a reply before it still comes out.
    ReplyParser p;
    p.feed("250 first\r\n250 " + QByteArray(100 * 1024, 'y') + "\r\n");
    const std::optional<Reply> first = p.next();
    QVERIFY(first);
    QCOMPARE(first->lines.value(0), QByteArray("first"));
    QVERIFY(!p.next());
    QCOMPARE(p.error(), ReplyParser::Error::LineTooLong);
}

void TestReply::maxLineLengthAccepted()
{
    // Exactly MaxLineLength bytes before CRLF is fine, fed whole and fed one byte at a time.
    const QByteArray line = "250 " + QByteArray(ReplyParser::MaxLineLength - 4, 'z');
    QCOMPARE(line.size(), ReplyParser::MaxLineLength);
    ReplyParser p;
    p.feed(line + "\r\n");
    QVERIFY(p.next());
    QCOMPARE(p.error(), ReplyParser::Error::None);

    ReplyParser q;
    for (char c : line + "\r\n") {
        q.feed(QByteArray(1, c));
        if (q.next())
            break;
        QCOMPARE(q.error(), ReplyParser::Error::None);
    }
    QCOMPARE(q.error(), ReplyParser::Error::None);

    ReplyParser r;
    r.feed(line + "z\r\n");
    QVERIFY(!r.next());
    QCOMPARE(r.error(), ReplyParser::Error::LineTooLong);
}

void TestReply::tooManyLines_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<bool>("ok");
    QTest::newRow("MaxLines") << ReplyParser::MaxLines << true;
    QTest::newRow("MaxLines + 1") << ReplyParser::MaxLines + 1 << false;
    QTest::newRow("5000") << 5000 << false;
}

void TestReply::tooManyLines()
{
    QFETCH(int, lines);
    QFETCH(bool, ok);
    QByteArray wire;
    for (int i = 0; i < lines - 1; ++i)
        wire += "250-line " + QByteArray::number(i) + "\r\n";
    wire += "250 last\r\n";
    ReplyParser p;
    p.feed(wire);
    const std::optional<Reply> r = p.next();
    if (ok) {
        QVERIFY(r);
        QCOMPARE(r->lines.size(), lines);
        QCOMPARE(p.error(), ReplyParser::Error::None);
    } else {
        QVERIFY(!r);
        QCOMPARE(p.error(), ReplyParser::Error::TooManyLines);
        QVERIFY(!p.errorString().isEmpty());
    }
}

void TestReply::resetClearsError()
{
    ReplyParser p;
    p.feed("250-partial\r\n25");
    QVERIFY(!p.next());
    QVERIFY(p.hasPendingBytes());
    p.reset();
    QVERIFY(!p.hasPendingBytes());
    p.feed("nonsense\r\n");
    QVERIFY(!p.next());
    QCOMPARE(p.error(), ReplyParser::Error::Malformed);
    p.reset();
    QCOMPARE(p.error(), ReplyParser::Error::None);
    QVERIFY(p.errorString().isEmpty());
    p.feed("220 hi\r\n");
    const std::optional<Reply> r = p.next();
    QVERIFY(r);
    QCOMPARE(r->code, 220);
}

void TestReply::textAndSummary()
{
    const Reply r = replyFrom("550-5.1.1 The mailbox\r\n550 5.1.1  does not exist \r\n");
    QCOMPARE(r.code, 550);
    QCOMPARE(r.klass(), 5);
    QVERIFY(r.isPermanent() && r.isValid() && !r.isPositive() && !r.isTransient() && !r.isIntermediate());
    QCOMPARE(r.text(), QStringLiteral("The mailbox does not exist"));
    QCOMPARE(r.summary(), QStringLiteral("550 5.1.1 The mailbox does not exist"));

    const Reply bare = replyFrom("354\r\n");
    QVERIFY(bare.isIntermediate());
    QCOMPARE(bare.text(), QString());
    QCOMPARE(bare.summary(), QStringLiteral("354"));

    QVERIFY(replyFrom("421 4.4.2 bye\r\n").isTransient());
    QVERIFY(replyFrom("250 ok\r\n").isPositive());
    QVERIFY(!Reply().isValid());
}

void TestReply::explain_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<QStringList>("contains");

    QTest::newRow("250 2.1.5") << 250 << QByteArray("2.1.5")
                               << QStringList{"2xx", "success", "2.1.5", "recipient address is valid"};
    QTest::newRow("250 plain") << 250 << QByteArray() << QStringList{"done", "success"};
    QTest::newRow("354") << 354 << QByteArray() << QStringList{"3xx", "dot"};
    QTest::newRow("421 4.4.2") << 421 << QByteArray("4.4.2")
                               << QStringList{"4xx", "temporary", "shutting", "4.4.2",
                                              "connection was dropped"};
    QTest::newRow("535 5.7.8") << 535 << QByteArray("5.7.8")
                               << QStringList{"5xx", "permanent", "user name or password", "5.7.8"};
    QTest::newRow("550 5.1.1") << 550 << QByteArray("5.1.1")
                               << QStringList{"5xx", "permanent", "mailbox", "5.1.1", "does not exist"};
    QTest::newRow("550 5.7.1") << 550 << QByteArray("5.7.1") << QStringList{"5.7.1", "not authorised"};
    QTest::newRow("unknown code") << 299 << QByteArray() << QStringList{"2xx"};
    QTest::newRow("invalid") << 999 << QByteArray() << QStringList{"not a valid"};
}

void TestReply::explain()
{
    QFETCH(int, code);
    QFETCH(QByteArray, enhanced);
    QFETCH(QStringList, contains);
    const QString e = explainReply(code, enhanced);
    for (const QString &c : contains)
        QVERIFY2(e.contains(c, Qt::CaseInsensitive), qPrintable(e + QStringLiteral(" lacks ") + c));
}

void TestReply::capabilities()
{
    const Reply r = replyFrom("250-mx.example.org Hello client.example [192.0.2.1]\r\n"
                              "250-pipelining\r\n"
                              "250-Chunking\r\n"
                              "250-8BITMIME\r\n"
                              "250-SMTPUTF8\r\n"
                              "250-STARTTLS\r\n"
                              "250-DSN\r\n"
                              "250-ENHANCEDSTATUSCODES\r\n"
                              "250 SIZE 35882577\r\n");
    const Capabilities caps = Capabilities::fromEhlo(r);
    QVERIFY(caps.esmtp);
    QCOMPARE(caps.greeting, QStringLiteral("mx.example.org Hello client.example [192.0.2.1]"));
    for (const char *k :
         {"PIPELINING", "CHUNKING", "8BITMIME", "SMTPUTF8", "STARTTLS", "DSN", "ENHANCEDSTATUSCODES"})
        QVERIFY2(caps.has(k), k);
    QVERIFY(!caps.has("AUTH"));
    QVERIFY(!caps.has("BINARYMIME"));
    QVERIFY(caps.authMechanisms().isEmpty());
    QVERIFY(caps.hasSize());
    QCOMPARE(caps.maxSize(), qint64(35882577));
    // The greeting line is not an extension.
    QVERIFY(!caps.has("MX.EXAMPLE.ORG"));
}

void TestReply::capabilitiesFromLfReply()
{
    // A multiline EHLO answer in LF form gives the same capabilities as in CRLF form.
    const QByteArray crlf = "250-mx.example.org Hello\r\n250-PIPELINING\r\n250-AUTH PLAIN SCRAM-SHA-256\r\n"
                            "250-CHUNKING\r\n250 SIZE 1000\r\n";
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    const Capabilities a = Capabilities::fromEhlo(replyFrom(crlf));
    const Capabilities b = Capabilities::fromEhlo(replyFrom(lf));
    QCOMPARE(b.greeting, QStringLiteral("mx.example.org Hello"));
    QCOMPARE(b.extensions, a.extensions);
    QCOMPARE(b.authMechanisms(), (QList<QByteArray>{"PLAIN", "SCRAM-SHA-256"}));
    QCOMPARE(b.maxSize(), qint64(1000));
    QVERIFY(b.has("CHUNKING"));
}

void TestReply::capabilitiesAuthForms_data()
{
    QTest::addColumn<QByteArray>("ehlo");
    QTest::addColumn<QList<QByteArray>>("mechanisms");
    using L = QList<QByteArray>;
    QTest::newRow("one line") << QByteArray("250-hi\r\n250 AUTH PLAIN LOGIN CRAM-MD5\r\n")
                              << L{"PLAIN", "LOGIN", "CRAM-MD5"};
    QTest::newRow("lower case") << QByteArray("250-hi\r\n250 auth plain scram-sha-256\r\n")
                                << L{"PLAIN", "SCRAM-SHA-256"};
    QTest::newRow("old AUTH= form") << QByteArray("250-hi\r\n250 AUTH=LOGIN PLAIN\r\n")
                                    << L{"LOGIN", "PLAIN"};
    QTest::newRow("merged from two lines")
        << QByteArray("250-hi\r\n250-AUTH=LOGIN PLAIN\r\n250-SIZE\r\n250 AUTH LOGIN PLAIN CRAM-MD5\r\n")
        << L{"LOGIN", "PLAIN", "CRAM-MD5"};
    QTest::newRow("extra spaces") << QByteArray("250-hi\r\n250 AUTH   PLAIN    LOGIN  \r\n")
                                  << L{"PLAIN", "LOGIN"};
    QTest::newRow("none") << QByteArray("250-hi\r\n250 PIPELINING\r\n") << L{};
}

void TestReply::capabilitiesAuthForms()
{
    QFETCH(QByteArray, ehlo);
    QFETCH(QList<QByteArray>, mechanisms);
    const Capabilities caps = Capabilities::fromEhlo(replyFrom(ehlo));
    QCOMPARE(caps.authMechanisms(), mechanisms);
    QCOMPARE(caps.has("AUTH"), !mechanisms.isEmpty());
}

void TestReply::capabilitiesSize_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("has");
    QTest::addColumn<qint64>("max");
    QTest::newRow("with number") << QByteArray("SIZE 52428800") << true << qint64(52428800);
    QTest::newRow("no number") << QByteArray("SIZE") << true << qint64(0);
    QTest::newRow("zero") << QByteArray("SIZE 0") << true << qint64(0);
    QTest::newRow("garbage") << QByteArray("SIZE lots") << true << qint64(0);
    QTest::newRow("negative") << QByteArray("SIZE -5") << true << qint64(0);
    QTest::newRow("lower case") << QByteArray("size 1000") << true << qint64(1000);
    QTest::newRow("absent") << QByteArray("PIPELINING") << false << qint64(0);
}

void TestReply::capabilitiesSize()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, has);
    QFETCH(qint64, max);
    const Capabilities caps = Capabilities::fromEhlo(replyFrom("250-mx\r\n250 " + line + "\r\n"));
    QCOMPARE(caps.hasSize(), has);
    QCOMPARE(caps.maxSize(), max);
}

void TestReply::capabilitiesDescribe()
{
    const Capabilities caps =
        Capabilities::fromEhlo(replyFrom("250-mx\r\n250-SIZE 1000\r\n250 AUTH PLAIN LOGIN\r\n"));
    const QStringList d = caps.describe();
    QVERIFY(d.contains(QStringLiteral("SIZE 1000")));
    QVERIFY(d.contains(QStringLiteral("AUTH PLAIN LOGIN")));
    QCOMPARE(d.size(), 2);
}

QTEST_GUILESS_MAIN(TestReply)
#include "tst_reply.moc"
