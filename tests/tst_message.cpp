// Unit tests for turning a Message into RFC 5322 + MIME bytes (MimeMessageSource) and for sending a prepared
// .eml file (EmlFileSource): headers, Bcc privacy, transfer encodings, attachments, exact sizes, bounded
// reads.

#include "message.h"
#include "mimereaders.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace smtp;
using testutil::decode2047;

namespace {

struct Part
{
    QList<QPair<QByteArray, QByteArray>> headers;  // lower-case name, unfolded value
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first == name)
                return h.second;
        return {};
    }
    int count(const QByteArray &name) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += h.first == name;
        return n;
    }
};

// A minimal RFC 5322 split: header section up to the first empty line, unfolded (RFC 5322 §2.2.3).
Part parsePart(const QByteArray &bytes)
{
    Part p;
    qsizetype end = bytes.indexOf("\r\n\r\n");
    QByteArray head = end < 0 ? bytes : bytes.left(end + 2);
    p.body = end < 0 ? QByteArray() : bytes.mid(end + 4);
    head.replace("\r\n ", " ").replace("\r\n\t", "\t");
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        p.headers.append({l.left(colon).trimmed().toLower(), l.mid(colon + 1).trimmed()});
    }
    return p;
}

// Splits "a; b=\"x;y\"; c" at the semicolons outside quoted strings.
QList<QByteArray> splitParams(const QByteArray &value)
{
    QList<QByteArray> out{QByteArray()};
    bool inQuotes = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (inQuotes && c == '\\' && i + 1 < value.size()) {
            out.last() += c;
            out.last() += value[++i];
            continue;
        }
        if (c == '"')
            inQuotes = !inQuotes;
        if (c == ';' && !inQuotes)
            out << QByteArray();
        else
            out.last() += c;
    }
    return out;
}

// The value of a MIME parameter (RFC 2045 §5.1), plain or quoted, or RFC 2231 sections joined and decoded.
QString param(const QByteArray &headerValue, const QByteArray &name)
{
    QMap<int, QByteArray> sections;
    bool extended = false;
    for (QByteArray item : splitParams(headerValue)) {
        item = item.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = item.left(eq).trimmed().toLower();
        QByteArray value = item.mid(eq + 1).trimmed();
        if (key == name) {
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2) {
                value = value.mid(1, value.size() - 2);
                QByteArray unq;
                for (qsizetype i = 0; i < value.size(); ++i) {
                    if (value[i] == '"')  // RFC 5322 §3.2.4: a quote inside must be escaped
                        return QStringLiteral("<unescaped quote in %1>").arg(QString::fromUtf8(value));
                    unq += value[i] == '\\' && i + 1 < value.size() ? value[++i] : value[i];
                }
                return QString::fromUtf8(unq);
            }
            return QString::fromUtf8(value);
        }
        // RFC 2231: name*= (one extended section), name*N= or name*N*= (numbered sections).
        if (!key.startsWith(name + '*'))
            continue;
        QByteArray rest = key.mid(name.size() + 1);
        if (rest.endsWith('*') || rest.isEmpty()) {
            extended = true;
            if (!rest.isEmpty())
                rest.chop(1);
        }
        sections.insert(rest.isEmpty() ? 0 : rest.toInt(), value);
    }
    if (sections.isEmpty())
        return {};
    QByteArray joined;
    for (const QByteArray &s : std::as_const(sections))
        joined += s;
    if (extended) {
        const qsizetype q = joined.indexOf('\'', joined.indexOf('\'') + 1);
        joined = QByteArray::fromPercentEncoding(joined.mid(q + 1));
    }
    return QString::fromUtf8(joined);
}

QByteArray qpDecode(const QByteArray &qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp[i] != '=') {
            out += qp[i];
        } else if (qp.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else {
            out += QByteArray::fromHex(qp.mid(i + 1, 2));
            i += 2;
        }
    }
    return out;
}

// The parts of a multipart body between "--boundary" delimiters (RFC 2046 §5.1.1), preamble and epilogue
// dropped.
QList<Part> splitMultipart(const QByteArray &body, const QByteArray &boundary)
{
    QList<Part> parts;
    const QByteArray delimiter = "\r\n--" + boundary;
    QByteArray b = "\r\n" + body;
    qsizetype pos = b.indexOf(delimiter);
    for (int guard = 0; pos >= 0 && guard < 100; ++guard) {
        qsizetype start = pos + delimiter.size();
        if (b.mid(start, 2) == "--")
            break;
        start = b.indexOf("\r\n", start) + 2;
        const qsizetype next = b.indexOf(delimiter, start);
        if (next < 0)
            break;
        parts << parsePart(b.mid(start, next - start));
        pos = next;
    }
    return parts;
}

// Bytes as they would go out: CRLF only, no line over 998 octets (RFC 5322 §2.1.1).
QString wellFormed(const QByteArray &b)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (b[i] == '\r' && (i + 1 >= b.size() || b[i + 1] != '\n'))
            return QStringLiteral("bare CR at %1").arg(i);
        if (b[i] == '\n') {
            if (i == 0 || b[i - 1] != '\r')
                return QStringLiteral("bare LF at %1").arg(i);
            if (i - 1 - lineStart > 998)
                return QStringLiteral("line of %1 octets at %2").arg(i - 1 - lineStart).arg(lineStart);
            lineStart = i + 1;
        }
        if (b[i] == '\0')
            return QStringLiteral("NUL at %1").arg(i);
    }
    if (b.size() - lineStart > 998)
        return QStringLiteral("last line too long");
    return {};
}

// Reads a source to the end in pieces of maxBytes; bounded so that a source that never ends fails the test.
QByteArray readAll(MessageSource &source, qint64 maxBytes, QString *error, qint64 *largestPiece = nullptr)
{
    QByteArray out;
    qint64 largest = 0;
    for (qint64 guard = 0; !source.atEnd() && guard < 10'000'000; ++guard) {
        const QByteArray piece = source.read(maxBytes, error);
        if (!error->isEmpty())
            break;
        if (piece.isEmpty() && !source.atEnd()) {
            *error = QStringLiteral("read() returned nothing before the end");
            break;
        }
        largest = qMax<qint64>(largest, piece.size());
        out += piece;
    }
    if (largestPiece)
        *largestPiece = largest;
    return out;
}

bool isAscii(const QByteArray &b)
{
    for (char c : b)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

Mailbox mb(const QString &text)
{
    QString error;
    const Mailbox m = parseMailbox(text, &error);
    if (m.isNull())
        qFatal("bad test address %s: %s", qPrintable(text), qPrintable(error));
    return m;
}

Message baseMessage()
{
    Message m;
    m.from = mb(QStringLiteral("Alice Example <alice@example.org>"));
    m.to = {mb(QStringLiteral("Bob <bob@example.org>"))};
    m.cc = {mb(QStringLiteral("carol@example.org"))};
    m.bcc = {mb(QStringLiteral("Secret Sam <sam.hidden@example.net>"))};
    m.subject = QStringLiteral("Quarterly report");
    m.body = QStringLiteral("Hello Bob,\n\nsee attached.\n");
    m.date = QDateTime(QDate(2026, 1, 25), QTime(10, 30, 0), QTimeZone(3600));
    m.messageId = "test.1@example.org";
    return m;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator g(seed);
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char(g.bounded(256));
    return b;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

class TestMessage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textOnly_data();
    void textOnly();
    void headers();
    void bccNeverInOutput_data();
    void bccNeverInOutput();
    void onlyBcc();
    void nonAsciiHeaders();
    void utf8Headers();
    void validate_data();
    void validate();
    void twoAttachments();
    void attachmentNames_data();
    void attachmentNames();
    void sizeMatchesRead_data();
    void sizeMatchesRead();
    void bigAttachmentReadsStayBounded();
    void bigBodyReadsStayBounded();
    void fileShrinksAfterPrepare();
    void generatedIdAndDate();
    void eml_data();
    void eml();
    void emlRecipients();
    void emlErrors();
    void emlHeaderErrors_data();
    void emlHeaderErrors();
    void emlHeaderSectionBound();
    void emlContent_data();
    void emlContent();
    void emlSender_data();
    void emlSender();
    void emlRecipientsOfResentMessage();
    void emlBccInsideAttachedMessageKept();
    void emlChangedWhileSending();
    void emlManyRecipients();
    void utf8HeadersOnlyWhenAddressesNeedThem();
    void envelopeCannotCarryControlCharacters();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestMessage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMessage::textOnly_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("eightBitMime");
    QTest::addColumn<QByteArray>("cte");

    QTest::newRow("ASCII") << "Hello\nWorld\n" << false << QByteArray("7bit");
    QTest::newRow("ASCII, 8BITMIME offered") << "Hello\r\nWorld" << true << QByteArray("7bit");
    QTest::newRow("UTF-8") << "Grüße aus Köln\n" << false << QByteArray("quoted-printable");
    QTest::newRow("UTF-8, 8BITMIME") << "Grüße aus Köln\n" << true << QByteArray("8bit");
    QTest::newRow("1200-char ASCII line")
        << QString(1200, QLatin1Char('a')) << false << QByteArray("quoted-printable");
    QTest::newRow("1200-char line, 8BITMIME")
        << QString(1200, QLatin1Char('b')) << true << QByteArray("quoted-printable");
    QTest::newRow("dots and equals") << ".\n.x\na=b\n" << false << QByteArray("7bit");
    QTest::newRow("empty body") << "" << false << QByteArray("7bit");
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + "b" << true << QByteArray("quoted-printable");
}

void TestMessage::textOnly()
{
    QFETCH(QString, body);
    QFETCH(bool, eightBitMime);
    QFETCH(QByteArray, cte);
    Message m = baseMessage();
    m.body = body;
    MimeMessageSource source(m);
    QCOMPARE(source.prepare({eightBitMime, false}), QString());
    QString error;
    const QByteArray out = readAll(source, 1000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(qint64(out.size()), source.size());
    QCOMPARE(wellFormed(out), QString());
    QCOMPARE(source.needsEightBit(), cte == "8bit");

    const Part p = parsePart(out);
    QCOMPARE(p.header("content-transfer-encoding"), cte);
    QVERIFY(p.header("content-type").startsWith("text/plain"));
    QCOMPARE(param(p.header("content-type"), "charset").toLower(), QStringLiteral("utf-8"));
    QByteArray expected = toCrlf(body);
    if (!expected.isEmpty() && !expected.endsWith("\r\n"))
        expected += "\r\n";
    QCOMPARE(cte == "quoted-printable" ? qpDecode(p.body) : p.body, expected);
    if (cte != "8bit") {
        for (char c : p.body)
            QVERIFY(uchar(c) < 0x80);
    }
}

void TestMessage::headers()
{
    MimeMessageSource source(baseMessage());
    QCOMPARE(source.prepare({}), QString());
    QString error;
    const QByteArray out = readAll(source, 64 * 1024, &error);
    QVERIFY(error.isEmpty());
    const Part p = parsePart(out);
    QCOMPARE(p.header("date"), QByteArray("Sun, 25 Jan 2026 10:30:00 +0100"));
    QCOMPARE(p.header("from"), QByteArray("Alice Example <alice@example.org>"));
    QCOMPARE(p.header("to"), QByteArray("Bob <bob@example.org>"));
    QCOMPARE(p.header("cc"), QByteArray("carol@example.org"));
    QCOMPARE(p.header("subject"), QByteArray("Quarterly report"));
    QCOMPARE(p.header("message-id"), QByteArray("<test.1@example.org>"));
    QCOMPARE(p.header("mime-version"), QByteArray("1.0"));
    for (const char *h :
         {"date", "from", "to", "cc", "subject", "message-id", "mime-version", "content-type"})
        QVERIFY2(p.count(h) == 1, h);  // RFC 5322 §3.6: each at most once
    QCOMPARE(p.count("reply-to"), 0);
    // The transcript's header block is the message's own.
    QVERIFY(out.startsWith(source.headerBlock()));
    QVERIFY(source.headerBlock().endsWith("\r\n"));
    QVERIFY(!source.headerBlock().endsWith("\r\n\r\n"));
    QVERIFY(!source.needsSmtpUtf8());

    Message r = baseMessage();
    r.replyTo = {mb(QStringLiteral("Help Desk <help@example.org>"))};
    const QByteArray withReplyTo = MimeMessageSource::render(r, {}, &error);
    QCOMPARE(parsePart(withReplyTo).header("reply-to"), QByteArray("Help Desk <help@example.org>"));
}

void TestMessage::bccNeverInOutput_data()
{
    QTest::addColumn<bool>("withAttachment");
    QTest::newRow("text only") << false;
    QTest::newRow("multipart") << true;
}

void TestMessage::bccNeverInOutput()
{
    QFETCH(bool, withAttachment);
    Message m = baseMessage();
    m.bcc << mb(QStringLiteral("other.blind@example.com"));
    if (withAttachment) {
        QVERIFY(writeFile(path(QStringLiteral("bcc.txt")), "attachment\n"));
        m.attachments = {{path(QStringLiteral("bcc.txt")), {}, {}}};
    }
    QString error;
    const QByteArray out = MimeMessageSource::render(m, {true, false}, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    QVERIFY(!out.contains("sam.hidden"));
    QVERIFY(!out.contains("Secret Sam"));
    QVERIFY(!out.contains("other.blind"));
    QCOMPARE(parsePart(out).count("bcc"), 0);
    QVERIFY(!out.toLower().contains("\nbcc:"));
    // The blind copies are still recipients: only the envelope carries them.
    QCOMPARE(m.recipients().size(), 4);
}

void TestMessage::onlyBcc()
{
    Message m = baseMessage();
    m.to.clear();
    m.cc.clear();
    QCOMPARE(m.validate(), QString());
    QString error;
    const QByteArray out = MimeMessageSource::render(m, {}, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    const Part p = parsePart(out);
    QCOMPARE(p.header("to"), QByteArray("undisclosed-recipients:;"));
    QCOMPARE(p.count("to"), 1);
    QCOMPARE(p.count("cc"), 0);
    QVERIFY(!out.contains("sam.hidden"));

    // Only Cc: no To header is invented.
    m.cc = {mb(QStringLiteral("carol@example.org"))};
    const Part q = parsePart(MimeMessageSource::render(m, {}, &error));
    QCOMPARE(q.count("to"), 0);
    QCOMPARE(q.header("cc"), QByteArray("carol@example.org"));
}

void TestMessage::nonAsciiHeaders()
{
    Message m = baseMessage();
    m.from = mb(QStringLiteral("Jürgen Groß <juergen@bücher.example>"));
    m.to = {mb(QStringLiteral("山田 太郎 <taro@example.jp>")),
            mb(QStringLiteral("\"Doe, John\" <john@example.org>"))};
    m.subject = QStringLiteral("Grüße – 会議の資料 🎉 ").repeated(6).trimmed();
    QString error;
    const QByteArray out = MimeMessageSource::render(m, {}, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    QCOMPARE(wellFormed(out), QString());
    const QByteArray headerSection = out.left(out.indexOf("\r\n\r\n") + 2);
    for (char c : headerSection)
        QVERIFY(uchar(c) < 0x80);  // no SMTPUTF8: headers are ASCII
    // Header lines stay within 78 characters where the words allow (RFC 5322 §2.1.1).
    for (const QByteArray &line : headerSection.split('\n'))
        QVERIFY2(line.size() <= 79, line.constData());
    const Part p = parsePart(out);
    QCOMPARE(decode2047(p.header("subject")), m.subject);
    QCOMPARE(decode2047(p.header("from")), QStringLiteral("Jürgen Groß <juergen@xn--bcher-kva.example>"));
    QCOMPARE(decode2047(p.header("to")),
             QStringLiteral("山田 太郎 <taro@example.jp>, \"Doe, John\" <john@example.org>"));
    QVERIFY(p.header("message-id").endsWith("@example.org>"));
}

void TestMessage::utf8Headers()
{
    // With SMTPUTF8 (RFC 6532) the headers carry UTF-8 as it is, and a non-ASCII local part can be written.
    Message m = baseMessage();
    m.from = mb(QStringLiteral("Jürgen <jürgen@bücher.example>"));
    m.subject = QStringLiteral("Grüße");
    MimeMessageSource source(m);
    QVERIFY(source.needsSmtpUtf8());
    QCOMPARE(source.prepare({true, true}), QString());
    QString error;
    const QByteArray out = readAll(source, 4096, &error);
    const Part p = parsePart(out);
    QCOMPARE(p.header("subject"), QStringLiteral("Grüße").toUtf8());
    QCOMPARE(p.header("from"), QStringLiteral("\"Jürgen\" <jürgen@bücher.example>").toUtf8());
    QCOMPARE(wellFormed(out), QString());

    // Without SMTPUTF8 such an address cannot be written in a header: refused, never "Jürgen <>".
    MimeMessageSource ascii(m);
    QVERIFY(!ascii.prepare({true, false}).isEmpty());

    // A Reply-To alone is enough to need it.
    Message r = baseMessage();
    r.replyTo = {mb(QStringLiteral("désolé@example.org"))};
    MimeMessageSource replyTo(r);
    QVERIFY(replyTo.needsSmtpUtf8());
    QVERIFY(replyTo.prepare({}).contains(QStringLiteral("désolé@example.org")));
    QCOMPARE(replyTo.prepare({false, true}), QString());

    // A Bcc never reaches a header, so it does not stop the message from being written.
    Message b = baseMessage();
    b.bcc = {mb(QStringLiteral("désolé@example.org"))};
    QVERIFY(!MimeMessageSource::render(b, {}, &error).isEmpty());
}

void TestMessage::validate_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::newRow("CR in subject") << "subjectCR";
    QTest::newRow("LF in subject") << "subjectLF";
    QTest::newRow("NUL in subject") << "subjectNUL";
    QTest::newRow("CR in From name") << "fromName";
    QTest::newRow("LF in To name") << "toName";
    QTest::newRow("LF in Cc local part") << "ccLocal";
    QTest::newRow("CR in Bcc domain") << "bccDomain";
    QTest::newRow("LF in Reply-To name") << "replyToName";
    QTest::newRow("missing attachment") << "missingAttachment";
    QTest::newRow("attachment is a folder") << "folderAttachment";
    QTest::newRow("LF in attachment name") << "attachmentName";
    QTest::newRow("no sender") << "noFrom";
    QTest::newRow("no recipient") << "noRecipient";
}

void TestMessage::validate()
{
    QFETCH(QString, breakage);
    Message m = baseMessage();
    QCOMPARE(m.validate(), QString());
    // Addresses with line breaks cannot come out of parseMailbox; build them by hand, as a bug elsewhere
    // might.
    Mailbox evil = mb(QStringLiteral("x@example.org"));
    if (breakage == QLatin1String("subjectCR"))
        m.subject = QStringLiteral("Hi\rBcc: victim@example.org");
    else if (breakage == QLatin1String("subjectLF"))
        m.subject = QStringLiteral("Hi\nBcc: victim@example.org");
    else if (breakage == QLatin1String("subjectNUL"))
        m.subject = QStringLiteral("Hi") + QChar(0);
    else if (breakage == QLatin1String("fromName"))
        m.from.displayName = QStringLiteral("Alice\r\nBcc: victim@example.org");
    else if (breakage == QLatin1String("toName"))
        m.to[0].displayName = QStringLiteral("Bob\nX-Evil: 1");
    else if (breakage == QLatin1String("ccLocal"))
        m.cc[0].localPart = QStringLiteral("carol\nx");
    else if (breakage == QLatin1String("bccDomain"))
        m.bcc[0].domain = QStringLiteral("example.net\r");
    else if (breakage == QLatin1String("replyToName")) {
        evil.displayName = QStringLiteral("a\nb");
        m.replyTo = {evil};
    } else if (breakage == QLatin1String("missingAttachment"))
        m.attachments = {{path(QStringLiteral("does-not-exist.pdf")), {}, {}}};
    else if (breakage == QLatin1String("folderAttachment"))
        m.attachments = {{m_dir.path(), {}, {}}};
    else if (breakage == QLatin1String("attachmentName")) {
        QVERIFY(writeFile(path(QStringLiteral("ok.txt")), "x"));
        m.attachments = {{path(QStringLiteral("ok.txt")), QStringLiteral("a\nContent-Type: text/html"), {}}};
    } else if (breakage == QLatin1String("noFrom"))
        m.from = Mailbox();
    else if (breakage == QLatin1String("noRecipient")) {
        m.to.clear();
        m.cc.clear();
        m.bcc.clear();
    }
    const QString why = m.validate();
    QVERIFY(!why.isEmpty());
    MimeMessageSource source(m);
    QCOMPARE(source.prepare({}), why);
    QString error;
    QVERIFY(MimeMessageSource::render(m, {}, &error).isEmpty());
    QCOMPARE(error, why);
}

void TestMessage::twoAttachments()
{
    const QByteArray pdf = randomBytes(10'000, 1);
    const QByteArray text = QStringLiteral("Zeile 1\nZeile 2 – ü\n").toUtf8();
    QVERIFY(writeFile(path(QStringLiteral("report.pdf")), pdf));
    QVERIFY(writeFile(path(QStringLiteral("notes.txt")), text));
    Message m = baseMessage();
    m.attachments = {
        {path(QStringLiteral("report.pdf")), {}, {}},
        {path(QStringLiteral("notes.txt")), QStringLiteral("Prüfbericht für Köln.txt"), "text/plain"}};
    MimeMessageSource source(m);
    QCOMPARE(source.prepare({}), QString());
    QString error;
    const QByteArray out = readAll(source, 1000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(qint64(out.size()), source.size());
    QCOMPARE(wellFormed(out), QString());

    const Part top = parsePart(out);
    QVERIFY(top.header("content-type").startsWith("multipart/mixed"));
    QCOMPARE(top.count("content-transfer-encoding"), 0);
    QCOMPARE(top.header("mime-version"), QByteArray("1.0"));
    const QByteArray boundary = param(top.header("content-type"), "boundary").toLatin1();
    QVERIFY(!boundary.isEmpty());
    QVERIFY(boundary.size() <= 70);  // RFC 2046 §5.1.1
    QVERIFY(out.endsWith("--" + boundary + "--\r\n"));
    QVERIFY(!pdf.toBase64().contains(boundary));

    const QList<Part> parts = splitMultipart(top.body, boundary);
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts[0].header("content-type").startsWith("text/plain"));
    QCOMPARE(parts[0].body, toCrlf(m.body));

    QCOMPARE(parts[1].header("content-transfer-encoding"), QByteArray("base64"));
    QVERIFY(parts[1].header("content-type").startsWith("application/pdf"));
    QVERIFY(parts[1].header("content-disposition").startsWith("attachment"));
    QCOMPARE(param(parts[1].header("content-disposition"), "filename"), QStringLiteral("report.pdf"));
    QCOMPARE(param(parts[1].header("content-type"), "name"), QStringLiteral("report.pdf"));
    QCOMPARE(QByteArray::fromBase64(QByteArray(parts[1].body).replace("\r\n", "")), pdf);
    for (const QByteArray &line : parts[1].body.split('\n'))
        QVERIFY(line.size() <= 77);  // 76 + CR

    QCOMPARE(parts[2].header("content-transfer-encoding"), QByteArray("base64"));
    QVERIFY(parts[2].header("content-type").startsWith("text/plain"));
    QCOMPARE(param(parts[2].header("content-disposition"), "filename"),
             QStringLiteral("Prüfbericht für Köln.txt"));
    QCOMPARE(decode2047(param(parts[2].header("content-type"), "name").toLatin1()),
             QStringLiteral("Prüfbericht für Köln.txt"));
    QCOMPARE(QByteArray::fromBase64(QByteArray(parts[2].body).replace("\r\n", "")), text);

    // render() gives the same bytes apart from the random boundary.
    const QByteArray rendered = MimeMessageSource::render(m, {}, &error);
    const QByteArray otherBoundary = param(parsePart(rendered).header("content-type"), "boundary").toLatin1();
    QCOMPARE(QByteArray(rendered).replace(otherBoundary, boundary), out);
}

void TestMessage::attachmentNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << "a.txt";
    QTest::newRow("spaces") << "Quarterly report 2026 final.txt";
    QTest::newRow("quote and backslash") << "say \"hi\" \\ there.txt";
    QTest::newRow("long ASCII") << QString(150, QLatin1Char('n')) + ".txt";
    QTest::newRow("long ASCII with quote")
        << "long \"quoted\" name " + QString(80, QLatin1Char('q')) + ".txt";
    QTest::newRow("non-ASCII") << "résumé.pdf";
    QTest::newRow("long CJK") << QString(100, QChar(0x8CC7)) + ".pdf";
    QTest::newRow("emoji") << QString::fromUcs4(U"\U0001F4CE").repeated(60) + ".bin";
    QTest::newRow("semicolon and equals") << "a;b=c.txt";
    QTest::newRow("percent and star") << "100% *done*.txt";
    QTest::newRow("encoded word lookalike") << "=?UTF-8?B?QQ==?=.txt";
}

void TestMessage::attachmentNames()
{
    // Whatever the name, the headers stay well-formed and a reader gets the exact name back.
    QFETCH(QString, name);
    QVERIFY(writeFile(path(QStringLiteral("named.bin")), "payload"));
    Message m = baseMessage();
    m.attachments = {{path(QStringLiteral("named.bin")), name, "application/octet-stream"}};
    QString error;
    const QByteArray out = MimeMessageSource::render(m, {}, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    QCOMPARE(wellFormed(out), QString());
    const Part top = parsePart(out);
    const QList<Part> parts =
        splitMultipart(top.body, param(top.header("content-type"), "boundary").toLatin1());
    QCOMPARE(parts.size(), 2);
    const Part &att = parts[1];
    QCOMPARE(param(att.header("content-disposition"), "filename"), name);
    const QString typeName = param(att.header("content-type"), "name");
    QVERIFY2(typeName == name || decode2047(typeName.toLatin1()) == name, qPrintable(typeName));
    QCOMPARE(QByteArray::fromBase64(att.body), QByteArray("payload"));
    QCOMPARE(att.count("content-type"), 1);
    QCOMPARE(att.count("content-disposition"), 1);
    const QByteArray head = out.mid(out.indexOf("Content-Type: application/octet-stream"));
    for (QByteArray line : head.left(head.indexOf("\r\n\r\n") + 2).split('\n')) {
        line.chop(1);  // CR
        for (char c : line)
            QVERIFY(uchar(c) < 0x80);
        // Within 78 characters (RFC 5322 §2.1.1) unless the line is one unbreakable token.
        QVERIFY2(line.size() <= 78 || !line.trimmed().contains(' '), line.constData());
        QVERIFY(line.size() <= 998);
    }
}

void TestMessage::sizeMatchesRead_data()
{
    QTest::addColumn<qint64>("readSize");
    QTest::newRow("1") << qint64(1);
    QTest::newRow("57") << qint64(57);
    QTest::newRow("77") << qint64(77);
    QTest::newRow("1000") << qint64(1000);
    QTest::newRow("64 KiB") << qint64(64 * 1024);
}

void TestMessage::sizeMatchesRead()
{
    QFETCH(qint64, readSize);
    // Attachment sizes around the 57-byte base64 line boundary, an empty one, and a non-ASCII body.
    Message m = baseMessage();
    m.body = QStringLiteral("Grüße\n").repeated(500);
    int i = 0;
    for (int size : {0, 1, 56, 57, 58, 114, 1000, 70'000}) {
        const QString p = path(QStringLiteral("size-%1.bin").arg(i++));
        QVERIFY(writeFile(p, randomBytes(size, quint32(size))));
        m.attachments.append({p, {}, {}});
    }
    for (bool eightBit : {false, true}) {
        MimeMessageSource source(m);
        QCOMPARE(source.prepare({eightBit, false}), QString());
        QString error;
        qint64 largest = 0;
        const QByteArray out = readAll(source, readSize, &error, &largest);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(qint64(out.size()), source.size());
        QVERIFY(source.atEnd());
        QCOMPARE(source.read(readSize, &error), QByteArray());
        QCOMPARE(wellFormed(out), QString());
        QVERIFY2(largest <= qMax<qint64>(readSize, 78), qPrintable(QString::number(largest)));
        const Part top = parsePart(out);
        const QList<Part> parts =
            splitMultipart(top.body, param(top.header("content-type"), "boundary").toLatin1());
        QCOMPARE(parts.size(), 1 + m.attachments.size());
        for (qsizetype a = 0; a < m.attachments.size(); ++a) {
            QFile f(m.attachments[a].path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(QByteArray::fromBase64(parts[a + 1].body), f.readAll());
        }
    }
}

void TestMessage::bigAttachmentReadsStayBounded()
{
    // A 20 MB attachment read in 64 KiB pieces: no piece much larger than asked, so memory stays bounded.
    const qint64 size = 20 * 1024 * 1024;
    const QString p = path(QStringLiteral("big.bin"));
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block = randomBytes(1024 * 1024, 7);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(f.write(block), qint64(block.size()));
    }
    Message m = baseMessage();
    m.attachments = {{p, {}, {}}};
    MimeMessageSource source(m);
    QCOMPARE(source.prepare({}), QString());
    QVERIFY(source.size() > size * 4 / 3);
    const qint64 ask = 64 * 1024;
    qint64 total = 0, largest = 0;
    QString error;
    QByteArray tail;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int guard = 0; !source.atEnd() && guard < 100'000; ++guard) {
        const QByteArray piece = source.read(ask, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!piece.isEmpty());
        largest = qMax<qint64>(largest, piece.size());
        total += piece.size();
        tail = (tail + piece).right(200);
    }
    QVERIFY(source.atEnd());
    QCOMPARE(total, source.size());
    QVERIFY2(largest <= ask + 100, qPrintable(QString::number(largest)));
    QVERIFY(tail.endsWith("--\r\n"));
}

void TestMessage::bigBodyReadsStayBounded()
{
    Message m = baseMessage();
    m.body = QStringLiteral("A line of plain text that goes on for a while.\n").repeated(60'000);  // ~2.8 MB
    for (bool withAttachment : {false, true}) {
        if (withAttachment) {
            QVERIFY(writeFile(path(QStringLiteral("small.txt")), "small"));
            m.attachments = {{path(QStringLiteral("small.txt")), {}, {}}};
        }
        MimeMessageSource source(m);
        QCOMPARE(source.prepare({}), QString());
        QString error;
        qint64 largest = 0;
        const QByteArray out = readAll(source, 64 * 1024, &error, &largest);
        QVERIFY(error.isEmpty());
        QCOMPARE(qint64(out.size()), source.size());
        QVERIFY2(largest <= 64 * 1024 + 100, qPrintable(QString::number(largest)));
    }
}

void TestMessage::fileShrinksAfterPrepare()
{
    const QString p = path(QStringLiteral("shrinks.bin"));
    QVERIFY(writeFile(p, randomBytes(300'000, 3)));
    Message m = baseMessage();
    m.attachments = {{p, {}, {}}};
    for (qint64 newSize : {qint64(150'000), qint64(0), qint64(299'999)}) {
        QVERIFY(writeFile(p, randomBytes(300'000, 3)));
        MimeMessageSource source(m);
        QCOMPARE(source.prepare({}), QString());
        const qint64 promised = source.size();
        QVERIFY(QFile::resize(p, newSize));
        QString error;
        const QByteArray out = readAll(source, 64 * 1024, &error);
        QVERIFY2(!error.isEmpty(), "a shorter file must be reported, never sent short");
        QVERIFY(error.contains(QLatin1String("shrinks.bin")));
        QVERIFY(qint64(out.size()) < promised);
        QVERIFY(!source.atEnd());
    }
}

void TestMessage::generatedIdAndDate()
{
    Message m = baseMessage();
    m.messageId.clear();
    m.date = QDateTime();
    QString error;
    const Part a = parsePart(MimeMessageSource::render(m, {}, &error));
    const Part b = parsePart(MimeMessageSource::render(m, {}, &error));
    static const QRegularExpression id(QStringLiteral(R"(^<[A-Za-z0-9.]+@example\.org>$)"));
    QVERIFY2(id.match(QString::fromLatin1(a.header("message-id"))).hasMatch(),
             a.header("message-id").constData());
    QVERIFY(a.header("message-id") != b.header("message-id"));
    static const QRegularExpression date(
        QStringLiteral(R"(^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$)"));
    QVERIFY(date.match(QString::fromLatin1(a.header("date"))).hasMatch());
    QVERIFY(generateMessageId(Mailbox()).endsWith("@stamp.invalid"));
    QVERIFY(generateMessageId(mb(QStringLiteral("a@bücher.example"))).endsWith("@xn--bcher-kva.example"));
    QVERIFY(generateMessageId(mb(QStringLiteral("a@[192.0.2.1]"))).endsWith("@stamp.invalid"));
}

void TestMessage::eml_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("eightBit");

    QTest::newRow("LF only, Bcc with continuation") << QByteArray("From: Alice <alice@example.org>\n"
                                                                  "To: bob@example.org\n"
                                                                  "Bcc: hidden1@example.net,\n"
                                                                  "  hidden2@example.net\n"
                                                                  "Subject: test\n"
                                                                  "\n"
                                                                  "Body line\n"
                                                                  "Bcc: body-bcc@example.org\n"
                                                                  ".\n")
                                                    << QByteArray("From: Alice <alice@example.org>\r\n"
                                                                  "To: bob@example.org\r\n"
                                                                  "Subject: test\r\n"
                                                                  "\r\n"
                                                                  "Body line\r\n"
                                                                  "Bcc: body-bcc@example.org\r\n"
                                                                  ".\r\n")
                                                    << false;
    QTest::newRow("CRLF, lower-case bcc, tab continuation")
        << QByteArray("bcc: x@example.net,\r\n\ty@example.net\r\nFrom: a@example.org\r\n\r\nhi\r\n")
        << QByteArray("From: a@example.org\r\n\r\nhi\r\n") << false;
    QTest::newRow("bare CR") << QByteArray("From: a@example.org\rTo: b@example.org\r\rbody\r")
                             << QByteArray("From: a@example.org\r\nTo: b@example.org\r\n\r\nbody\r\n")
                             << false;
    QTest::newRow("no final newline") << QByteArray("From: a@example.org\n\nbody without end")
                                      << QByteArray("From: a@example.org\r\n\r\nbody without end") << false;
    QTest::newRow("headers only, no final newline")
        << QByteArray("From: a@example.org\nBcc: z@example.net\nSubject: x")
        << QByteArray("From: a@example.org\r\nSubject: x") << false;
    QTest::newRow("headers only, Bcc last") << QByteArray("From: a@example.org\nBcc: z@example.net")
                                            << QByteArray("From: a@example.org\r\n") << false;
    QTest::newRow("8-bit body") << QStringLiteral("From: a@example.org\n\nGrüße\n").toUtf8()
                                << QStringLiteral("From: a@example.org\r\n\r\nGrüße\r\n").toUtf8() << true;
    QTest::newRow("Bcc-like header name kept")
        << QByteArray("X-Bcc-Note: keep\nFrom: a@example.org\n\nx\n")
        << QByteArray("X-Bcc-Note: keep\r\nFrom: a@example.org\r\n\r\nx\r\n") << false;
}

void TestMessage::eml()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, expected);
    QFETCH(bool, eightBit);
    const QString p = path(QStringLiteral("message.eml"));
    QVERIFY(writeFile(p, file));
    for (qint64 readSize : {qint64(1), qint64(7), qint64(57), qint64(1000), qint64(64 * 1024)}) {
        EmlFileSource source(p);
        // 8-bit content needs a server that offers 8BITMIME (RFC 6152): refused without, in words.
        QCOMPARE(source.prepare({}).isEmpty(), !eightBit);
        QCOMPARE(source.prepare({true, false}), QString());
        QCOMPARE(source.needsEightBit(), eightBit);
        QString error;
        const QByteArray out = readAll(source, readSize, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(out, expected);
        QCOMPARE(qint64(out.size()), source.size());
        QVERIFY(!source.headerBlock().toLower().contains("bcc:"));
        // Prepared twice (as the command line does to read the headers first): the same again.
        QCOMPARE(source.prepare({true, false}), QString());
        QCOMPARE(readAll(source, readSize, &error), expected);
    }
}

void TestMessage::emlRecipients()
{
    const QString p = path(QStringLiteral("recipients.eml"));
    QVERIFY(writeFile(p, "From: \"Doe, Alice\" <alice@example.org>\n"
                         "To: Bob <bob@example.org>,\n"
                         " \"Roe, Carol\" <carol@example.org>\n"
                         "Cc: dave@example.org\n"
                         "Bcc: hidden1@example.net,\n"
                         "\thidden2@example.net\n"
                         "Subject: Bcc: not a header\n"
                         "\n"
                         "To: body@example.org\n"
                         "Bcc: body-bcc@example.org\n"));
    EmlFileSource source(p);
    QCOMPARE(source.prepare({}), QString());
    QStringList got;
    for (const Mailbox &m : source.headerRecipients())
        got << m.address();
    QCOMPARE(got, (QStringList{"bob@example.org", "carol@example.org", "dave@example.org",
                               "hidden1@example.net", "hidden2@example.net"}));
    QCOMPARE(source.headerFrom().address(), QStringLiteral("alice@example.org"));
    QCOMPARE(source.headerFrom().displayName, QStringLiteral("Doe, Alice"));
    QString error;
    const QByteArray out = readAll(source, 100, &error);
    QVERIFY(!out.contains("hidden1") && !out.contains("hidden2"));
    QVERIFY(out.contains("\r\nBcc: body-bcc@example.org\r\n"));
    QVERIFY(out.contains("Subject: Bcc: not a header\r\n"));
    QCOMPARE(qint64(out.size()), source.size());
    QCOMPARE(wellFormed(out), QString());
}

void TestMessage::emlErrors()
{
    EmlFileSource missing(path(QStringLiteral("no-such.eml")));
    QVERIFY(!missing.prepare({}).isEmpty());
    QVERIFY(writeFile(path(QStringLiteral("empty.eml")), QByteArray()));
    EmlFileSource empty(path(QStringLiteral("empty.eml")));
    QVERIFY(!empty.prepare({}).isEmpty());
}

void TestMessage::emlHeaderErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("named");

    QTest::newRow("To with a missing comma")
        << QByteArray("From: a@example.org\nTo: b@example.org c@example.org\n\nx\n") << "To field";
    QTest::newRow("Bcc with a bad domain")
        << QByteArray("From: a@example.org\nBcc: b@ex_ample.org\n\nx\n") << "ex_ample.org";
    QTest::newRow("obsolete spacing, Cc unclosed")
        << QByteArray("From: a@example.org\nCc  : \"b <b@example.org>\n\nx\n") << "Cc field";
    QTest::newRow("Resent-To broken")
        << QByteArray("Resent-To: <b@example.org\nFrom: a@example.org\n\nx\n") << "Resent-To field";
    QTest::newRow("From broken") << QByteArray("From: a@\nTo: b@example.org\n\nx\n") << "From field";
    QTest::newRow("mbox From_ line") << QByteArray(
        "From a@example.org Mon Dec  1 10:00:00 2026\nTo: b@example.org\n\nx\n")
                                     << "not a header field";
    QTest::newRow("line without colon")
        << QByteArray("To: b@example.org\nwhat is this\nBcc: h@example.org\n\nx\n") << "Line 2";
    QTest::newRow("space in field name") << QByteArray("To: b@example.org\nX Bad: 1\n\nx\n") << "X Bad";
    QTest::newRow("empty field name") << QByteArray("To: b@example.org\n: 1\n\nx\n") << "Line 2";
    QTest::newRow("folded first line") << QByteArray("\tTo: b@example.org\n\nx\n") << "folded";
    QTest::newRow("8-bit header not UTF-8")
        << QByteArray("To: b@example.org\nSubject: Gr\xfc\xdf\n\nx\n") << "UTF-8";
    QTest::newRow("NUL in To") << QByteArray("To: b@exa\0mple.org\n\nx\n", 22) << "NUL";
}

// A header field Stamp reads that does not parse, or a line that is no field, is an error in words: never a
// recipient dropped, never a guess at where the header ends.
void TestMessage::emlHeaderErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, named);
    const QString p = path(QStringLiteral("broken.eml"));
    QVERIFY(writeFile(p, file));
    EmlFileSource source(p);
    const QString why = source.readHeaders();
    QVERIFY2(why.contains(named), qPrintable(why));
    QCOMPARE(source.prepare({true, true}), why);
}

// The header section is read whole up to a bound; over it, the message is refused, so that a Bcc past the
// bound can never be sent as if it were body.
void TestMessage::emlHeaderSectionBound()
{
    const qint64 bound = EmlFileSource::MaxHeaderSection;
    auto section = [](qint64 size) {  // exactly size bytes, the Bcc last
        const QByteArray bcc = "Bcc: h@example.org\r\n";
        QByteArray h = "From: a@example.org\r\nTo: b@example.org\r\n";
        while (h.size() + 300 < size)
            h += "X-Filler: " + QByteArray(68, 'f') + "\r\n";
        h += "X-Last: " + QByteArray(size - h.size() - bcc.size() - 10, 'l') + "\r\n";
        return h + bcc;
    };
    QCOMPARE(section(bound).size(), bound);
    for (const QByteArray &file : {section(bound) + "\r\nbody\r\n", section(bound)}) {
        QVERIFY(writeFile(path(QStringLiteral("bound.eml")), file));
        EmlFileSource source(path(QStringLiteral("bound.eml")));
        QCOMPARE(source.prepare({}), QString());
        QCOMPARE(source.headerRecipients().size(), 2);
        QString error;
        const QByteArray out = readAll(source, 64 * 1024, &error);
        QVERIFY(!out.contains("h@example.org"));
        QCOMPARE(qint64(out.size()), source.size());
    }
    // One byte over, with a body, without one, and with no empty line at all before a long body: refused.
    const QByteArray over = section(bound + 1);
    for (const QByteArray &file : {over + "\r\nbody\r\n", over, over + QByteArray(3 << 20, 'x')}) {
        QVERIFY(writeFile(path(QStringLiteral("over.eml")), file));
        EmlFileSource source(path(QStringLiteral("over.eml")));
        const QString why = source.readHeaders();
        QVERIFY2(why.contains(QString::number(bound)), qPrintable(why));
        QCOMPARE(source.prepare({true, true}), why);
    }
}

void TestMessage::emlContent_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("eightBitMime");  // what the server offers
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<QString>("refused");  // a word of the reason, or empty when it goes
    QTest::addColumn<bool>("needsEightBit");
    QTest::addColumn<bool>("needsSmtpUtf8");

    const QByteArray ascii = "From: a@example.org\nTo: b@example.org\n\nhello\n";
    const QByteArray body8 = QStringLiteral("From: a@example.org\n\nGrüße\n").toUtf8();
    const QByteArray head8 =
        QStringLiteral("From: Jürgen <a@example.org>\nSubject: Grüße\n\nhello\n").toUtf8();
    const QByteArray both8 = QStringLiteral("From: jürgen@example.org\n\nGrüße\n").toUtf8();
    const QByteArray nestedHead8 = QStringLiteral("From: a@example.org\nContent-Type: message/rfc822\n\n"
                                                  "From: Jürgen <j@example.org>\n\nhi\n")
                                       .toUtf8();
    QTest::newRow("ASCII, nothing offered") << ascii << false << false << "" << false << false;
    QTest::newRow("ASCII, all offered") << ascii << true << true << "" << false << false;
    // The empty line is found however much the LF-to-CRLF repair grows the first piece read.
    QTest::newRow("LF only, big body")
        << "From: a@example.org\nTo: b@example.org\n\n" + QByteArray("x\n").repeated(100000) << false << false
        << "" << false << false;
    QTest::newRow("8-bit body, no 8BITMIME") << body8 << false << true << "8BITMIME" << false << false;
    QTest::newRow("8-bit body, 8BITMIME") << body8 << true << false << "" << true << false;
    QTest::newRow("UTF-8 header, no SMTPUTF8") << head8 << true << false << "SMTPUTF8" << false << true;
    QTest::newRow("UTF-8 header, SMTPUTF8") << head8 << true << true << "" << false << true;
    QTest::newRow("UTF-8 header and body") << both8 << true << true << "" << true << true;
    QTest::newRow("UTF-8 header and body, neither") << both8 << false << false << "SMTPUTF8" << true << true;
    QTest::newRow("8-bit in an attached message's header is body")
        << nestedHead8 << true << false << "" << true << false;
    QTest::newRow("NUL in the body") << QByteArray("From: a@example.org\n\nnul \0 here\n", 32) << true << true
                                     << "BINARYMIME" << false << false;
    QTest::newRow("NUL in a header") << QByteArray("From: a@example.org\nSubject: \0\n\nx\n", 34) << true
                                     << true << "NUL" << false << false;
    QTest::newRow("998-octet line") << "From: a@example.org\n\n" + QByteArray(998, 'x') + "\n"
                                    << false << false << "" << false << false;
    QTest::newRow("999-octet line") << "From: a@example.org\n\n" + QByteArray(999, 'x') + "\n"
                                    << true << true << "998" << false << false;
    QTest::newRow("999-octet last line, no newline")
        << "From: a@example.org\n\nshort\n" + QByteArray(999, 'x') << true << true << "Line 4" << false
        << false;
    QTest::newRow("999-octet header line") << "Subject: " + QByteArray(990, 's') + "\n\nx\n"
                                           << true << true << "Line 1" << false << false;
    QTest::newRow("long 8-bit line, bare CR endings")
        << "From: a@example.org\r\r" + QByteArray(500, 'x') + "\xc3\xa4" + QByteArray(497, 'y') + "\r" << true
        << true << "998" << false << false;
}

// RFC 6532 (UTF-8 headers need SMTPUTF8), RFC 6152 (an 8-bit body needs 8BITMIME, and neither NUL nor lines
// over 998 octets can be declared so): prepare() says in words what the server lacks; after it,
// needsEightBit() and needsSmtpUtf8() give BODY=8BITMIME and SMTPUTF8.
void TestMessage::emlContent()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, eightBitMime);
    QFETCH(bool, smtpUtf8);
    QFETCH(QString, refused);
    QFETCH(bool, needsEightBit);
    QFETCH(bool, needsSmtpUtf8);
    const QString p = path(QStringLiteral("content.eml"));
    QVERIFY(writeFile(p, file));
    EmlFileSource source(p);
    const QString why = source.prepare({eightBitMime, smtpUtf8});
    if (refused.isEmpty()) {
        QCOMPARE(why, QString());
        QCOMPARE(source.needsEightBit(), needsEightBit);
        QCOMPARE(source.needsSmtpUtf8(), needsSmtpUtf8);
        QString error;
        QCOMPARE(qint64(readAll(source, 333, &error).size()), source.size());
        QCOMPARE(error, QString());
    } else {
        QVERIFY2(why.contains(refused), qPrintable(why));
        QVERIFY(why.contains(p));
    }
    // Offered everything, only what SMTP cannot carry at all is refused.
    EmlFileSource all(p);
    QCOMPARE(all.prepare({true, true}).isEmpty(), refused.isEmpty() || refused == QLatin1String("8BITMIME")
                                                      || refused == QLatin1String("SMTPUTF8"));
}

void TestMessage::emlSender_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("sender");  // empty: none the headers can give

    QTest::newRow("From") << QByteArray("From: Ann <a@example.org>\n") << "a@example.org";
    QTest::newRow("From with comment") << QByteArray("From: a@example.org (Ann)\n") << "a@example.org";
    QTest::newRow("Sender wins") << QByteArray("From: a@example.org\nSender: s@example.org\n")
                                 << "s@example.org";
    QTest::newRow("two authors, no Sender") << QByteArray("From: a@example.org, b@example.org\n") << "";
    QTest::newRow("two authors, Sender")
        << QByteArray("From: a@example.org, b@example.org\nSender : s@example.org\n") << "s@example.org";
    QTest::newRow("group in From") << QByteArray("From: Team: a@example.org;\n") << "a@example.org";
    QTest::newRow("no From") << QByteArray("To: b@example.org\n") << "";
    QTest::newRow("resent: Resent-From")
        << QByteArray("Resent-From: r@example.org\nResent-To: n@example.org\n"
                      "From: a@example.org\n")
        << "r@example.org";
    QTest::newRow("resent: Resent-Sender")
        << QByteArray("Resent-Sender: rs@example.org\nResent-From: r@example.org\nResent-To: n@example.org\n"
                      "From: a@example.org\nSender: s@example.org\n")
        << "rs@example.org";
}

void TestMessage::emlSender()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, sender);
    const QString p = path(QStringLiteral("sender.eml"));
    QVERIFY(writeFile(p, headers + "\nbody\n"));
    EmlFileSource source(p);
    QCOMPARE(source.readHeaders(), QString());
    QString error;
    const Mailbox m = source.headerFrom(&error);
    QCOMPARE(error, QString());
    QCOMPARE(m.isNull() ? QString() : m.address(), sender);
}

// RFC 5322 §3.6.6: the newest resent block (the first run of Resent- fields) gives the recipients; the
// original To and Cc and older blocks do not. Every Resent-Bcc is removed.
void TestMessage::emlRecipientsOfResentMessage()
{
    const QString p = path(QStringLiteral("resent.eml"));
    QVERIFY(writeFile(p, "Received: from a by b; Mon, 1 Dec 2026 10:00:00 +0000\n"
                         "Resent-Date: Mon, 1 Dec 2026 10:00:00 +0000\n"
                         "Resent-From: r@example.org\n"
                         "Resent-To: Team: n1@example.org, n2@example.org;\n"
                         "Resent-Cc: n3@example.org\n"
                         "Resent-Bcc: secret@example.org,\n secret2@example.org\n"
                         "Received: from c by d; Sun, 30 Nov 2026 10:00:00 +0000\n"
                         "Resent-From: old@example.org\n"
                         "Resent-To: older@example.org\n"
                         "RESENT-BCC: oldsecret@example.org\n"
                         "From: a@example.org\nTo: original@example.org\nBcc: originalbcc@example.org\n"
                         "\nbody\n"));
    EmlFileSource source(p);
    QCOMPARE(source.prepare({}), QString());
    QStringList got;
    for (const Mailbox &m : source.headerRecipients())
        got << m.address();
    QCOMPARE(got, (QStringList{"n1@example.org", "n2@example.org", "n3@example.org", "secret@example.org",
                               "secret2@example.org"}));
    QString error;
    const QByteArray out = readAll(source, 100, &error);
    for (const char *hidden : {"secret@", "secret2@", "oldsecret@", "originalbcc@", "esent-Bcc", "ESENT-BCC"})
        QVERIFY2(!out.contains(hidden), hidden);
    QVERIFY(out.contains("Resent-To: Team: n1@example.org, n2@example.org;\r\n"));
    QVERIFY(out.contains("Resent-To: older@example.org\r\n"));
    QCOMPARE(wellFormed(out), QString());
}

// A message attached as message/rfc822 is body: its Bcc is the attached message's own, and stays.
void TestMessage::emlBccInsideAttachedMessageKept()
{
    const QString p = path(QStringLiteral("forward.eml"));
    const QByteArray inner = "From: x@example.org\r\nBcc: inner@example.org\r\n\r\ninner body\r\n";
    QVERIFY(writeFile(p, "From: a@example.org\r\nTo: b@example.org\r\nBcc: outer@example.org\r\n"
                         "Content-Type: message/rfc822\r\n\r\n"
                             + inner));
    EmlFileSource source(p);
    QCOMPARE(source.prepare({}), QString());
    QString error;
    const QByteArray out = readAll(source, 50, &error);
    QVERIFY(!out.contains("outer@example.org"));
    QVERIFY(out.endsWith("\r\n\r\n" + inner));
    QCOMPARE(source.headerRecipients().size(), 2);
}

// The size was measured: a file that grows or shrinks afterwards is never sent short or long.
void TestMessage::emlChangedWhileSending()
{
    const QString p = path(QStringLiteral("changing.eml"));
    const QByteArray head = "From: a@example.org\n\n";
    for (const qsizetype after : {300 * 1024, 100 * 1024}) {
        const QByteArray line = QByteArray(75, 'x') + '\n';
        QVERIFY(writeFile(p, head + line.repeated(200 * 1024 / line.size())));
        EmlFileSource source(p);
        QCOMPARE(source.prepare({}), QString());
        QVERIFY(writeFile(p, head + line.repeated(after / line.size())));
        QString error;
        readAll(source, 4096, &error);
        QVERIFY2(error.contains(QLatin1String("changed")), qPrintable(error));
    }
}

// A header section near the bound full of recipients is read in linear time, each recipient once.
void TestMessage::emlManyRecipients()
{
    QByteArray to = "To: ";
    for (int i = 0; i < 40000; ++i)
        to += "r" + QByteArray::number(i) + "@example.org,\n ";
    const QString p = path(QStringLiteral("many.eml"));
    QVERIFY(writeFile(p, "From: a@example.org\n" + to
                             + "r0@EXAMPLE.org\nBcc: G: r1@example.org, z@example.org;\n\nx\n"));
    EmlFileSource source(p);
    QCOMPARE(source.readHeaders(), QString());
    const QList<Mailbox> list = source.headerRecipients();
    QCOMPARE(list.size(), 40001);
    QCOMPARE(list.last().address(), QStringLiteral("z@example.org"));
}

// MimeMessageSource chooses what needs nothing the server lacks: RFC 2047 words, unless its own addresses
// need SMTPUTF8 and the server offers it.
void TestMessage::utf8HeadersOnlyWhenAddressesNeedThem()
{
    Message m = baseMessage();
    m.from = mb(QStringLiteral("Jürgen <j@example.org>"));
    m.subject = QStringLiteral("Grüße");
    MimeMessageSource source(m);
    QCOMPARE(source.prepare({true, true}), QString());
    QVERIFY(!source.needsSmtpUtf8());
    QVERIFY(isAscii(source.headerBlock()));
    QCOMPARE(decode2047(parsePart(source.headerBlock()).header("subject")), QStringLiteral("Grüße"));

    m.to = {mb(QStringLiteral("jörg@example.org"))};
    MimeMessageSource needs(m);
    QCOMPARE(needs.prepare({true, true}), QString());
    QVERIFY(needs.needsSmtpUtf8());
    QVERIFY(needs.headerBlock().contains(QStringLiteral("jörg@example.org").toUtf8()));
    MimeMessageSource lacks(m);
    QVERIFY(lacks.prepare({true, false}).contains(QStringLiteral("jörg@example.org")));
}

// RFC 5321 §4.1.2: a local part with a TAB or another control character (which a header may hold, quoted) has
// no envelope form; a Message with one is refused before any connection.
void TestMessage::envelopeCannotCarryControlCharacters()
{
    for (const QChar c : {QChar(0x09), QChar(0x01), QChar(0x1f), QChar(0x7f)}) {
        for (int where = 0; where < 3; ++where) {
            Message m = baseMessage();
            Mailbox bad;
            bad.localPart = QStringLiteral("a") + c + QStringLiteral("b");
            bad.domain = QStringLiteral("example.org");
            if (where == 0)
                m.from = bad;
            else if (where == 1)
                m.to = {bad};
            else
                m.bcc = {bad};
            const QString why = m.validate();
            QVERIFY2(why.contains(QStringLiteral("U+")), qPrintable(why));
            MimeMessageSource source(m);
            QCOMPARE(source.prepare({true, true}), why);
        }
    }
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
