// Formatted messages (smtp/mimebody.h): multipart/alternative, multipart/related with Content-IDs, both
// inside multipart/mixed, and the per-message headers (priority, read receipt). Every message is read back by
// Python's email package (tests/scripts/mimetree.py), a parser that is not Stamp's own.

#include "message.h"
#include "mimereaders.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace smtp;

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray b(size, Qt::Uninitialized);
    for (char &c : b)
        c = char(gen.bounded(256));
    return b;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Message baseMessage()
{
    Message m;
    m.from = Mailbox{QStringLiteral("Änne Absender"), QStringLiteral("anne"), QStringLiteral("example.org")};
    m.to = {Mailbox{QString(), QStringLiteral("bob"), QStringLiteral("example.net")}};
    m.subject = QStringLiteral("Formatted");
    return m;
}

// The bytes as the session would send them, read in pieces of pieceSize; checks that no piece is much larger
// than asked (a file is never read whole) and that the size announced is the size produced.
QByteArray readInPieces(const Message &m, const EncodingOptions &options, qint64 pieceSize)
{
    MimeMessageSource source(m);
    const QString why = source.prepare(options);
    if (!why.isEmpty()) {
        qWarning("prepare: %s", qPrintable(why));
        return {};
    }
    QByteArray out;
    QString error;
    for (int guard = 0; !source.atEnd() && guard < 1'000'000; ++guard) {
        const QByteArray piece = source.read(pieceSize, &error);
        if (!error.isEmpty() || piece.size() > qMax<qint64>(pieceSize, 78)) {
            qWarning("read: %s (piece of %lld)", qPrintable(error), qint64(piece.size()));
            return {};
        }
        out += piece;
    }
    if (qint64(out.size()) != source.size()) {
        qWarning("size %lld announced, %lld produced", source.size(), qint64(out.size()));
        return {};
    }
    return out;
}

}  // namespace

class TestHtmlMessage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void alternative_data();
    void alternative();
    void relatedInsideMixed();
    void plainStaysSinglePart();
    void perMessageHeaders_data();
    void perMessageHeaders();
    void refused_data();
    void refused();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Python's reading of the message, as JSON.
    QJsonObject pythonRead(const QByteArray &eml);
};

void TestHtmlMessage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/python3")),
             "python3 is needed to read the messages back");
}

QJsonObject TestHtmlMessage::pythonRead(const QByteArray &eml)
{
    static int n = 0;
    const QString file = path(QStringLiteral("m%1.eml").arg(++n));
    if (!writeFile(file, eml))
        return {};
    return testutil::readWithPython(file);
}

void TestHtmlMessage::alternative_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("eightBit");
    QTest::newRow("ascii") << "Hello *world*\n\nSecond paragraph."
                           << "<p>Hello <strong>world</strong></p>\n<p>Second paragraph.</p>" << false;
    QTest::newRow("umlauts, quoted-printable") << "Grüße aus Köln – “quoted”"
                                               << "<p>Grüße aus <em>Köln</em> – “quoted”</p>" << false;
    QTest::newRow("umlauts, 8bit") << "Grüße aus Köln"
                                   << "<p>Grüße aus <em>Köln</em></p>" << true;
    // An HTML line longer than SMTP allows (RFC 5321 §4.5.3.1.6) must still arrive whole.
    QTest::newRow("long html line") << "short"
                                    << "<p>" + QString(3000, QLatin1Char('x')) + "</p>" << true;
    QTest::newRow("lines starting with dots and From") << ".\nFrom here\n..two"
                                                       << "<pre>.\nFrom here\n..two</pre>" << false;
}

void TestHtmlMessage::alternative()
{
    QFETCH(QString, body);
    QFETCH(QString, html);
    QFETCH(bool, eightBit);
    Message m = baseMessage();
    m.body = body;
    m.html = html;
    EncodingOptions options;
    options.eightBitMime = eightBit;
    const QByteArray eml = readInPieces(m, options, 100);
    QVERIFY(!eml.isEmpty());

    const QJsonObject r = pythonRead(eml);
    QVERIFY(!r.isEmpty());
    QCOMPARE(r[QStringLiteral("defects")].toArray(), QJsonArray());
    const QJsonObject tree = r[QStringLiteral("tree")].toObject();
    QCOMPARE(tree[QStringLiteral("type")].toString(), QStringLiteral("multipart/alternative"));
    const QJsonArray parts = tree[QStringLiteral("parts")].toArray();
    QCOMPARE(parts.size(), 2);
    // RFC 2046 §5.1.4: the plainest first, the preferred last.
    QCOMPARE(parts[0][QStringLiteral("type")].toString(), QStringLiteral("text/plain"));
    QCOMPARE(parts[1][QStringLiteral("type")].toString(), QStringLiteral("text/html"));
    QCOMPARE(parts[0][QStringLiteral("text")].toString(), body + QLatin1Char('\n'));
    QCOMPARE(parts[1][QStringLiteral("text")].toString(), html + QLatin1Char('\n'));
    QCOMPARE(r[QStringLiteral("bodyPlain")].toString(), body + QLatin1Char('\n'));
    QCOMPARE(r[QStringLiteral("bodyHtml")].toString(), html + QLatin1Char('\n'));
    QCOMPARE(parts[0][QStringLiteral("params")][QStringLiteral("charset")].toString(),
             QStringLiteral("UTF-8"));
    QCOMPARE(parts[1][QStringLiteral("params")][QStringLiteral("charset")].toString(),
             QStringLiteral("UTF-8"));
    // No line the transport could not carry.
    for (const QByteArray &line : eml.split('\n'))
        QVERIFY(line.size() <= 999);
    if (!eightBit)
        for (char c : eml)
            QVERIFY(uchar(c) < 0x80);
}

void TestHtmlMessage::relatedInsideMixed()
{
    const QByteArray png = randomBytes(40'000, 7), jpeg = randomBytes(3'001, 8), pdf = randomBytes(12'345, 9);
    QVERIFY(writeFile(path(QStringLiteral("logo.png")), png));
    QVERIFY(writeFile(path(QStringLiteral("photo.jpg")), jpeg));
    QVERIFY(writeFile(path(QStringLiteral("report.pdf")), pdf));
    Message m = baseMessage();
    m.body = QStringLiteral("See the logo and the photo.\n[image: logo.png]\n");
    const QByteArray logoId = generateContentId("example.org");
    const QByteArray photoId = generateContentId("example.org");
    QVERIFY(logoId != photoId);
    m.html = QStringLiteral("<p>See the logo <img src=\"cid:%1\" alt=\"logo\"> and the photo "
                            "<img src=\"cid:%2\" alt=\"photo\">.</p>")
                 .arg(QString::fromLatin1(logoId), QString::fromLatin1(photoId));
    m.inlineImages = {{path(QStringLiteral("logo.png")), logoId, "image/png", {}},
                      {path(QStringLiteral("photo.jpg")), photoId, {}, QStringLiteral("Foto für dich.jpg")}};
    m.attachments = {{path(QStringLiteral("report.pdf")), {}, {}}};
    const QByteArray eml = readInPieces(m, {}, 1000);
    QVERIFY(!eml.isEmpty());

    const QJsonObject r = pythonRead(eml);
    QVERIFY(!r.isEmpty());
    QCOMPARE(r[QStringLiteral("defects")].toArray(), QJsonArray());
    const QJsonObject mixed = r[QStringLiteral("tree")].toObject();
    QCOMPARE(mixed[QStringLiteral("type")].toString(), QStringLiteral("multipart/mixed"));
    const QJsonArray top = mixed[QStringLiteral("parts")].toArray();
    QCOMPARE(top.size(), 2);
    const QJsonObject alternative = top[0].toObject();
    QCOMPARE(alternative[QStringLiteral("type")].toString(), QStringLiteral("multipart/alternative"));
    const QJsonArray alt = alternative[QStringLiteral("parts")].toArray();
    QCOMPARE(alt.size(), 2);
    QCOMPARE(alt[0][QStringLiteral("type")].toString(), QStringLiteral("text/plain"));
    QCOMPARE(alt[0][QStringLiteral("text")].toString(), m.body);
    const QJsonObject related = alt[1].toObject();
    QCOMPARE(related[QStringLiteral("type")].toString(), QStringLiteral("multipart/related"));
    QCOMPARE(related[QStringLiteral("params")][QStringLiteral("type")].toString(),
             QStringLiteral("text/html"));
    const QJsonArray rel = related[QStringLiteral("parts")].toArray();
    QCOMPARE(rel.size(), 3);
    QCOMPARE(rel[0][QStringLiteral("type")].toString(), QStringLiteral("text/html"));
    const QString html = rel[0][QStringLiteral("text")].toString();
    QCOMPARE(html, m.html + QLatin1Char('\n'));

    // Every cid: URL in the HTML names exactly one image part of the related part (RFC 2392 §2), and that
    // part holds the file's bytes.
    QHash<QString, QJsonObject> byId;
    for (qsizetype i = 1; i < rel.size(); ++i) {
        const QString cid = rel[i][QStringLiteral("cid")].toString();
        QVERIFY2(cid.startsWith(QLatin1Char('<')) && cid.endsWith(QLatin1Char('>')), qPrintable(cid));
        QVERIFY(!byId.contains(cid.mid(1, cid.size() - 2)));
        byId.insert(cid.mid(1, cid.size() - 2), rel[i].toObject());
        QCOMPARE(rel[i][QStringLiteral("disposition")].toString(), QStringLiteral("inline"));
    }
    static const QRegularExpression cidUrl(QStringLiteral("src=\"cid:([^\"]+)\""));
    QStringList referenced;
    for (auto it = cidUrl.globalMatch(html); it.hasNext();)
        referenced << it.next().captured(1);
    QCOMPARE(referenced.size(), 2);
    const auto sha = [](const QByteArray &b) {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    };
    QVERIFY(byId.contains(referenced[0]) && byId.contains(referenced[1]));
    QCOMPARE(byId[referenced[0]][QStringLiteral("sha256")].toString(), sha(png));
    QCOMPARE(byId[referenced[0]][QStringLiteral("type")].toString(), QStringLiteral("image/png"));
    QCOMPARE(byId[referenced[1]][QStringLiteral("sha256")].toString(), sha(jpeg));
    QCOMPARE(byId[referenced[1]][QStringLiteral("type")].toString(), QStringLiteral("image/jpeg"));
    QCOMPARE(byId[referenced[1]][QStringLiteral("filename")].toString(), QStringLiteral("Foto für dich.jpg"));

    const QJsonObject attachment = top[1].toObject();
    QCOMPARE(attachment[QStringLiteral("disposition")].toString(), QStringLiteral("attachment"));
    QCOMPARE(attachment[QStringLiteral("filename")].toString(), QStringLiteral("report.pdf"));
    QCOMPARE(attachment[QStringLiteral("sha256")].toString(), sha(pdf));
    QCOMPARE(r[QStringLiteral("bodyPlain")].toString(), m.body);
    QCOMPARE(r[QStringLiteral("bodyHtml")].toString(), html);
    QCOMPARE(r[QStringLiteral("attachments")].toArray(), QJsonArray{QStringLiteral("report.pdf")});

    // render() (the copy for Sent) is the same message, apart from the random boundaries.
    QString error;
    const QByteArray rendered = MimeMessageSource::render(m, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pythonRead(rendered)[QStringLiteral("tree")].toObject(), mixed);
}

void TestHtmlMessage::plainStaysSinglePart()
{
    Message m = baseMessage();
    m.body = QStringLiteral("Just text.");
    const QJsonObject r = pythonRead(readInPieces(m, {}, 50));
    QCOMPARE(r[QStringLiteral("tree")][QStringLiteral("type")].toString(), QStringLiteral("text/plain"));
    QCOMPARE(r[QStringLiteral("bodyPlain")].toString(), QStringLiteral("Just text.\n"));
    QVERIFY(r[QStringLiteral("bodyHtml")].isNull());
    QVERIFY(!r[QStringLiteral("headers")].toObject().contains(QStringLiteral("importance")));
    QVERIFY(!r[QStringLiteral("headers")].toObject().contains(QStringLiteral("disposition-notification-to")));
}

void TestHtmlMessage::perMessageHeaders_data()
{
    QTest::addColumn<int>("priority");
    QTest::addColumn<bool>("receipt");
    QTest::addColumn<QString>("importance");
    QTest::addColumn<QString>("xPriority");
    QTest::newRow("high") << int(Priority::High) << false << "high"
                          << "1 (Highest)";
    QTest::newRow("low, receipt") << int(Priority::Low) << true << "low"
                                  << "5 (Lowest)";
    QTest::newRow("normal, receipt") << int(Priority::Normal) << true << ""
                                     << "";
}

void TestHtmlMessage::perMessageHeaders()
{
    QFETCH(int, priority);
    QFETCH(bool, receipt);
    QFETCH(QString, importance);
    QFETCH(QString, xPriority);
    Message m = baseMessage();
    m.body = QStringLiteral("text");
    m.html = QStringLiteral("<p>text</p>");
    m.priority = Priority(priority);
    m.readReceipt = receipt;
    const QJsonObject r = pythonRead(readInPieces(m, {}, 4096));
    const QJsonObject h = r[QStringLiteral("headers")].toObject();
    QCOMPARE(h.value(QStringLiteral("importance")).toString(), importance);
    QCOMPARE(h.value(QStringLiteral("x-priority")).toString(), xPriority);
    // RFC 8098 §2.1: the notification goes to the sender, named as in From.
    QCOMPARE(h.value(QStringLiteral("disposition-notification-to")).toString(),
             receipt ? h.value(QStringLiteral("from")).toString() : QString());
    if (receipt)
        QVERIFY(h.value(QStringLiteral("disposition-notification-to"))
                    .toString()
                    .contains(QLatin1String("anne@example.org")));
}

void TestHtmlMessage::refused_data()
{
    QTest::addColumn<QByteArray>("contentId");
    QTest::addColumn<bool>("withHtml");
    QTest::addColumn<bool>("twice");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("why");
    QTest::newRow("images without html") << QByteArray("a@b") << false << false << "img.png"
                                         << "no formatted text";
    QTest::newRow("empty id") << QByteArray() << true << false << "img.png"
                              << "Content-ID";
    QTest::newRow("no @") << QByteArray("logo") << true << false << "img.png"
                          << "Content-ID";
    QTest::newRow("angle brackets") << QByteArray("<a@b>") << true << false << "img.png"
                                    << "Content-ID";
    QTest::newRow("space") << QByteArray("a b@c") << true << false << "img.png"
                           << "Content-ID";
    QTest::newRow("line break") << QByteArray("a@b\r\nBcc: x@y") << true << false << "img.png"
                                << "Content-ID";
    QTest::newRow("two @") << QByteArray("a@b@c") << true << false << "img.png"
                           << "Content-ID";
    QTest::newRow("same id twice") << QByteArray("a@b") << true << true << "img.png"
                                   << "same Content-ID";
    QTest::newRow("missing file") << QByteArray("a@b") << true << false << "missing.png"
                                  << "cannot be read";
}

void TestHtmlMessage::refused()
{
    QFETCH(QByteArray, contentId);
    QFETCH(bool, withHtml);
    QFETCH(bool, twice);
    QFETCH(QString, file);
    QFETCH(QString, why);
    QVERIFY(writeFile(path(QStringLiteral("img.png")), "png"));
    Message m = baseMessage();
    m.body = QStringLiteral("text");
    if (withHtml)
        m.html = QStringLiteral("<p><img src=\"cid:a@b\"></p>");
    m.inlineImages = {{path(file), contentId, {}, {}}};
    if (twice)
        m.inlineImages << m.inlineImages.first();
    const QString error = m.validate();
    QVERIFY2(error.contains(why), qPrintable(error));
    MimeMessageSource source(m);
    QCOMPARE(source.prepare({}), error);
}

QTEST_GUILESS_MAIN(TestHtmlMessage)
#include "tst_htmlmessage.moc"
