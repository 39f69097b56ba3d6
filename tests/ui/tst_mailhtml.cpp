// format/mailhtml: Markdown and formatted documents to the HTML a mail reader gets (no Qt-specific markup,
// balanced elements, local images as Content-IDs) and to a plain alternative readable on its own.

#include "emlreader.h"
#include "mailhtml.h"
#include "message.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace format;

namespace {

// Why the HTML is not clean mail HTML, or an empty string: Qt's markers, styles other than the few the
// converter writes, and elements that are not closed in order.
QString uncleanReason(const QString &html)
{
    if (html.contains(QLatin1String("qrichtext")))
        return QStringLiteral("qrichtext");
    if (html.contains(QLatin1String("-qt-")))
        return QStringLiteral("-qt- property");
    if (html.contains(QLatin1String("<span")))
        return QStringLiteral("span");
    static const QRegularExpression style(QStringLiteral("style=\"([^\"]*)\""));
    static const QStringList allowed{
        QStringLiteral("margin:0 0 0 0.8ex;border-left:2px solid #ccc;padding-left:1ex"),
        QStringLiteral("font-family:monospace"), QStringLiteral("border-collapse:collapse")};
    for (auto it = style.globalMatch(html); it.hasNext();) {
        const QString s = it.next().captured(1);
        if (!allowed.contains(s))
            return QStringLiteral("style %1").arg(s);
    }
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9]+)[^>]*>"));
    static const QStringList empty{QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img"),
                                   QStringLiteral("meta")};
    QStringList open;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(2).toLower();
        if (empty.contains(name))
            continue;
        if (m.captured(1).isEmpty())
            open << name;
        else if (open.isEmpty() || open.takeLast() != name)
            return QStringLiteral("</%1> closes something else").arg(name);
    }
    if (!open.isEmpty())
        return QStringLiteral("<%1> not closed").arg(open.last());
    return {};
}

}  // namespace

class TestMailHtml : public QObject
{
    Q_OBJECT
private slots:
    void markdown_data();
    void markdown();
    void markdownImages();
    void document();
    void plainAlternative_data();
    void plainAlternative();
    void readBackByStampsReader_data();
    void readBackByStampsReader();
};

void TestMailHtml::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("fragments");
    QTest::newRow("bold, italics") << "**bold** and *it*"
                                   << QStringList{"<p><strong>bold</strong> and <em>it</em></p>"};
    QTest::newRow("headings") << "# Title\n\n### Small\n\ntext"
                              << QStringList{"<h1>Title</h1>", "<h3>Small</h3>", "<p>text</p>"};
    QTest::newRow("bullet list") << "- a\n- b\n" << QStringList{"<ul>\n<li>a</li>\n<li>b</li></ul>"};
    QTest::newRow("numbered list") << "1. one\n2. two\n"
                                   << QStringList{"<ol>\n<li>one</li>\n<li>two</li></ol>"};
    QTest::newRow("nested list") << "- a\n  - b\n- c\n"
                                 << QStringList{"<ul>\n<li>a<ul>\n<li>b</li></ul>\n</li>\n<li>c</li></ul>"};
    QTest::newRow("link") << "see [the site](https://example.org/?a=1&b=2)"
                          << QStringList{"<a href=\"https://example.org/?a=1&amp;b=2\">the site</a>"};
    QTest::newRow("quote") << "> quoted\n\nafter"
                           << QStringList{"<blockquote style=", "<p>quoted</p>\n</blockquote>",
                                          "<p>after</p>"};
    QTest::newRow("inline code") << "call `f(x)` now" << QStringList{"<code>f(x)</code>"};
    QTest::newRow("code block") << "```\nif (a < b)\n  return;\n```\n"
                                << QStringList{
                                       "<pre style=\"font-family:monospace\">if (a &lt; b)\n  return;</pre>"};
    QTest::newRow("strikethrough") << "~~gone~~" << QStringList{"<s>gone</s>"};
    QTest::newRow("escaping") << "Tom & <b>Jerry</b>" << QStringList{"Tom &amp; "};
    QTest::newRow("rule") << "above\n\n---\n\nbelow" << QStringList{"<hr>"};
    QTest::newRow("table") << "| a | b |\n|---|---|\n| 1 | 2 |\n"
                           << QStringList{"<table", "<td>1</td><td>2</td>"};
    QTest::newRow("task list") << "- [x] done\n- [ ] open\n" << QStringList{"&#9745; done", "&#9744; open"};
}

void TestMailHtml::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, fragments);
    const MailBody body = fromMarkdown(markdown, QString(), "example.org");
    QCOMPARE(uncleanReason(body.html), QString());
    for (const QString &f : fragments)
        QVERIFY2(body.html.contains(f), qPrintable(body.html));
    QCOMPARE(body.plain, markdown);  // the Markdown is the text alternative, as written
    QVERIFY(body.images.isEmpty());
    // The same document through Qt's own writer has what a mail reader should not get: the test would see it.
    QTextDocument qt;
    qt.setMarkdown(markdown);
    QVERIFY(!uncleanReason(qt.toHtml()).isEmpty());
}

void TestMailHtml::markdownImages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile png(dir.filePath(QStringLiteral("logo.png")));
    QVERIFY(png.open(QIODevice::WriteOnly) && png.write("\x89PNG") == 4);
    png.close();
    const MailBody body =
        fromMarkdown(QStringLiteral("![our logo](logo.png) twice ![again](logo.png) and "
                                    "![remote](https://example.org/x.png) and ![gone](missing.png)"),
                     dir.path(), "example.org");
    QCOMPARE(uncleanReason(body.html), QString());
    QCOMPARE(body.images.size(), 1);  // one part for the file shown twice
    QCOMPARE(body.images[0].path, QFileInfo(png).absoluteFilePath());
    QVERIFY(body.images[0].contentId.endsWith("@example.org"));
    const QString cid = QLatin1String("cid:") + QString::fromLatin1(body.images[0].contentId);
    QCOMPARE(body.html.count(QStringLiteral("src=\"%1\"").arg(cid)), 2);
    QVERIFY(body.html.contains(QLatin1String("alt=\"our logo\"")));
    QVERIFY(body.html.contains(QLatin1String("src=\"https://example.org/x.png\"")));
    QVERIFY(body.html.contains(QLatin1String("src=\"missing.png\"")));  // not a file: left alone
}

void TestMailHtml::document()
{
    // A document as the formatted editor makes it: char and block formats set through a cursor.
    QTextDocument doc;
    QTextCursor c(&doc);
    QTextBlockFormat heading;
    heading.setHeadingLevel(2);
    QTextCharFormat big;
    big.setFontWeight(QFont::Bold);
    big.setFontPointSize(18);
    c.setBlockFormat(heading);
    c.insertText(QStringLiteral("Agenda"), big);
    c.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(QStringLiteral("https://example.org"));
    link.setFontUnderline(true);
    link.setForeground(Qt::blue);
    c.insertText(QStringLiteral("Read "));
    c.insertText(QStringLiteral("this"), bold);
    c.insertText(QStringLiteral(" at "), QTextCharFormat());
    c.insertText(QStringLiteral("the site"), link);
    c.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDecimal);
    c.createList(list);
    c.insertText(QStringLiteral("first"));
    c.insertBlock();
    c.insertText(QStringLiteral("second"));
    QTextBlockFormat quote;
    quote.setProperty(QTextFormat::BlockQuoteLevel, 1);
    c.insertBlock(quote, QTextCharFormat());
    if (QTextList *inList = c.currentList())
        inList->remove(c.block());
    c.insertText(QStringLiteral("a quote"));

    const MailBody body = fromDocument(doc, QString(), "example.org");
    QCOMPARE(uncleanReason(body.html), QString());
    QVERIFY2(body.html.contains(QLatin1String("<h2>Agenda</h2>")), qPrintable(body.html));
    QVERIFY(body.html.contains(
        QLatin1String("<p>Read <strong>this</strong> at <a href=\"https://example.org\">the "
                      "site</a></p>")));
    QVERIFY(body.html.contains(QLatin1String("<ol>\n<li>first</li>\n<li>second</li></ol>")));
    QVERIFY(body.html.contains(QLatin1String("<p>a quote</p>\n</blockquote>")));
    QCOMPARE(body.plain, QStringLiteral("Agenda\n------\n\nRead *this* at the site <https://example.org>\n"
                                        "1. first\n2. second\n> a quote\n"));
    QVERIFY(!uncleanReason(doc.toHtml()).isEmpty());  // what Qt would have written
}

void TestMailHtml::plainAlternative_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");
    QTest::newRow("italic, underline") << "<p><i>soft</i> <u>under</u></p>"
                                       << "/soft/ _under_\n";
    QTest::newRow("bullets nested") << "<ul><li>a<ul><li>b</li></ul></li></ul>"
                                    << "- a\n  - b\n";
    QTest::newRow("mailto shown once") << "<p><a href=\"mailto:ann@example.org\">ann@example.org</a></p>"
                                       << "ann@example.org\n";
    QTest::newRow("line break") << "<p>one<br>two</p>"
                                << "one\ntwo\n";
}

void TestMailHtml::plainAlternative()
{
    QFETCH(QString, html);
    QFETCH(QString, plain);
    QTextDocument doc;
    doc.setHtml(html);
    QCOMPARE(plainText(doc), plain);
    QCOMPARE(uncleanReason(fromDocument(doc, QString(), "example.org").html), QString());
}

void TestMailHtml::readBackByStampsReader_data()
{
    QTest::addColumn<bool>("withAttachment");
    QTest::addColumn<bool>("eightBit");
    QTest::newRow("alternative and related") << false << false;
    QTest::newRow("inside mixed, 8bit") << true << true;
}

// The second parser: the Sent view's reader (ui/emlreader) finds the same text, HTML and Content-IDs.
void TestMailHtml::readBackByStampsReader()
{
    QFETCH(bool, withAttachment);
    QFETCH(bool, eightBit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile png(dir.filePath(QStringLiteral("logo.png")));
    QVERIFY(png.open(QIODevice::WriteOnly) && png.write(QByteArray(10000, '\x89')) == 10000);
    png.close();
    const QString markdown = QStringLiteral("# Grüße\n\nSee ![the logo](logo.png), **bold** and a "
                                            "[link](https://example.org).\n\n> quoted\n");
    const MailBody body = fromMarkdown(markdown, dir.path(), "example.org");
    smtp::Message m;
    m.from = smtp::Mailbox{QString(), QStringLiteral("ann"), QStringLiteral("example.org")};
    m.to = {smtp::Mailbox{QString(), QStringLiteral("bob"), QStringLiteral("example.org")}};
    m.subject = QStringLiteral("Formatted");
    m.body = body.plain;
    m.html = body.html;
    m.inlineImages = body.images;
    if (withAttachment) {
        QFile a(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(a.open(QIODevice::WriteOnly) && a.write("notes") == 5);
        a.close();
        m.attachments = {{a.fileName(), {}, {}}};
    }
    smtp::EncodingOptions options;
    options.eightBitMime = eightBit;
    QString error;
    const QByteArray eml = smtp::MimeMessageSource::render(m, options, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(dir.filePath(QStringLiteral("m.eml")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(eml) == eml.size());
    file.close();

    ui::EmlMessage read;
    QVERIFY2(ui::readEml(file.fileName(), &read, &error), qPrintable(error));
    QCOMPARE(read.text + QLatin1Char('\n'), markdown);
    QCOMPARE(read.html + QLatin1Char('\n'), body.html);
    QCOMPARE(read.attachments.size(), withAttachment ? 2 : 1);
    const ui::EmlMessage::Part image = read.attachments.first();
    QCOMPARE(image.size, 10000);
    QCOMPARE(image.mimeType, QByteArray("image/png"));
    QCOMPARE(image.contentId, body.images.first().contentId);
    QVERIFY(read.html.contains(QLatin1String("src=\"cid:") + QString::fromLatin1(image.contentId)
                               + QLatin1Char('"')));
    if (withAttachment) {
        QCOMPARE(read.attachments[1].fileName, QStringLiteral("notes.txt"));
        QVERIFY(read.attachments[1].contentId.isEmpty());
    }
}

QTEST_MAIN(TestMailHtml)
#include "tst_mailhtml.moc"
