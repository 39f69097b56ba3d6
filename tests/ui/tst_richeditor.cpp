// The composer's text formats (ui/richeditor): switching between plain, formatted and Markdown, the toolbar
// and its shortcuts, what a formatted message becomes on the wire, priority and read receipt from the
// Options menu, and the forgotten-attachment question (ui/attachmentreminder). Driven by object names.
#include "../fakeserver.h"
#include "../mimereaders.h"
#include "appcontext.h"
#include "attachmentlist.h"
#include "attachmentreminder.h"
#include "composerwindow.h"
#include "richeditor.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolBar>
#include <QUrl>
#include <functional>

using namespace ui;

namespace {

store::Account account(quint16 port, const QString &textFormat = {})
{
    store::Account a;
    a.name = QStringLiteral("test");
    a.displayName = QStringLiteral("Ann Example");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = smtp::Security::None;
    a.textFormat = textFormat;
    return a;
}

const QStringList sendOne{QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),
                          QStringLiteral("S: 250 fake"), QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
                          QStringLiteral("S: 250 ok"),   QStringLiteral("C: RCPT TO:<bob@example.org>*"),
                          QStringLiteral("S: 250 ok"),   QStringLiteral("C: DATA"),
                          QStringLiteral("S: 354 go"),   QStringLiteral("D:"),
                          QStringLiteral("S: 250 ok"),   QStringLiteral("C: QUIT"),
                          QStringLiteral("S: 221 bye"),  QStringLiteral("X")};

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void chooseMode(QWidget *w, RichEditor::Mode mode)
{
    auto *box = child<QComboBox>(w, "textFormatBox");
    const int index = box->findData(int(mode));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

// Two identities: work with a formatted signature beside its plain one, home with a plain one only.
const QString workHtml =
    QStringLiteral("<p><strong>Ann</strong> at <a href=\"https://work.example/\">work</a></p>");

QString lastBlockText(QTextEdit *e)
{
    return e->document()->lastBlock().text();
}

// The character format at the start of the text "find" in the editor.
QTextCharFormat formatAt(QTextEdit *e, const QString &find)
{
    const QTextCursor found = e->document()->find(find);
    QTextCursor c(e->document());
    c.setPosition(found.selectionStart() + 1);
    return c.charFormat();
}

}  // namespace

class TestRichEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void modeSwitchConverts();
    void toolbarAndShortcuts();
    void plainAndBackKeepsTheFormatting();
    void formattedMessageOnTheWire();
    void accountChoosesTheMode();
    void signatureFollowsIdentityAndFormat();
    void formattedSignatureInBothParts();
    void signatureImageGoesInline();
    void mentionsAttachment_data();
    void mentionsAttachment();
    void forgottenAttachmentAsks_data();
    void forgottenAttachmentAsks();
    void templateSavedAndStartedFrom();

private:
    ComposerWindow *newWindow();
    void sendHelloBob(FakeServer &server, const QString &name, QJsonObject *read);
    AppContext *m_ctx = nullptr;
    QString m_dir;
    QList<QPointer<ComposerWindow>> m_windows;
};

void TestRichEditor::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/case-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
}

void TestRichEditor::cleanup()
{
    for (const QPointer<ComposerWindow> &w : std::as_const(m_windows))
        delete w.data();
    m_windows.clear();
    delete m_ctx;
    m_ctx = nullptr;
}

ComposerWindow *TestRichEditor::newWindow()
{
    auto *w = new ComposerWindow(m_ctx);
    m_windows << w;
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w))
        qWarning("window not active");
    return w;
}

void TestRichEditor::modeSwitchConverts()
{
    QVERIFY(m_ctx->accounts()->save(account(1)));
    ComposerWindow *w = newWindow();
    auto *plain = child<QPlainTextEdit>(w, "bodyEdit");
    auto *rich = child<QTextEdit>(w, "formattedEdit");
    auto *bar = child<QToolBar>(w, "formatToolBar");
    auto *editor = child<RichEditor>(w, "richEditor");
    QCOMPARE(editor->mode(), RichEditor::Mode::Plain);  // the default
    QVERIFY(plain->isVisible() && !rich->isVisible() && !bar->isVisible());

    plain->setPlainText(QStringLiteral("# Notes\n\nThis is **important** and `code`.\n\n- one\n- two"));
    chooseMode(w, RichEditor::Mode::Markdown);
    QVERIFY(plain->isVisible() && !bar->isVisible());
    QCOMPARE(plain->toPlainText(),
             QStringLiteral("# Notes\n\nThis is **important** and `code`.\n\n- one\n- two"));

    chooseMode(w, RichEditor::Mode::Formatted);
    QCOMPARE(editor->mode(), RichEditor::Mode::Formatted);
    QVERIFY(rich->isVisible() && !plain->isVisible() && bar->isVisible());
    QTextBlock heading = rich->document()->begin();
    QCOMPARE(heading.text(), QStringLiteral("Notes"));
    QCOMPARE(heading.blockFormat().headingLevel(), 1);
    QVERIFY(rich->document()->findBlockByNumber(2).textList());
    // The plain editor follows with the plain alternative, for autosave and the attachment check.
    QVERIFY2(plain->toPlainText().contains(QLatin1String("This is *important* and code.")),
             qPrintable(plain->toPlainText()));

    chooseMode(w, RichEditor::Mode::Markdown);
    QVERIFY(plain->toPlainText().contains(QLatin1String("**important**")));
    QVERIFY(plain->toPlainText().contains(QLatin1String("# Notes")));

    chooseMode(w, RichEditor::Mode::Formatted);
    chooseMode(w, RichEditor::Mode::Plain);
    QVERIFY(plain->isVisible() && !bar->isVisible());
    QVERIFY(plain->toPlainText().startsWith(QLatin1String("Notes\n=====")));
}

void TestRichEditor::plainAndBackKeepsTheFormatting()
{
    // A look at the plain text and back must not cost the bold, the italics or the link; a change made in
    // plain text is read anew, without the formatting of wherever the cursor was.
    QVERIFY(m_ctx->accounts()->save(account(1)));
    ComposerWindow *w = newWindow();
    auto *plain = child<QPlainTextEdit>(w, "bodyEdit");
    auto *rich = child<QTextEdit>(w, "formattedEdit");
    chooseMode(w, RichEditor::Mode::Formatted);
    rich->setHtml(
        QStringLiteral("<p>One <b>bold</b> and <i>slanted</i> word, <a href=\"https://example.org\">a "
                       "link</a>.</p>"));
    QTextCursor end(rich->document());
    end.movePosition(QTextCursor::End);
    rich->setTextCursor(end);  // the cursor sits after the link
    const QString html = rich->document()->toHtml();
    for (const RichEditor::Mode away : {RichEditor::Mode::Plain, RichEditor::Mode::Markdown}) {
        chooseMode(w, away);
        chooseMode(w, RichEditor::Mode::Formatted);
        QCOMPARE(rich->document()->toHtml(), html);
    }

    chooseMode(w, RichEditor::Mode::Plain);
    plain->setPlainText(plain->toPlainText() + QStringLiteral("\nA new line."));
    chooseMode(w, RichEditor::Mode::Formatted);
    QVERIFY(rich->toPlainText().endsWith(QLatin1String("A new line.")));
    for (QTextBlock b = rich->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            QVERIFY2(!f.fontItalic() && !f.isAnchor() && f.fontWeight() <= QFont::Normal,
                     qPrintable(it.fragment().text()));
        }
}

void TestRichEditor::toolbarAndShortcuts()
{
    QVERIFY(m_ctx->accounts()->save(account(1)));
    ComposerWindow *w = newWindow();
    chooseMode(w, RichEditor::Mode::Formatted);
    auto *rich = child<QTextEdit>(w, "formattedEdit");
    rich->setFocus();
    QTest::keyClicks(rich, QStringLiteral("plain "));
    QTest::keyClick(rich, Qt::Key_B, Qt::ControlModifier);  // bold on
    QTest::keyClicks(rich, QStringLiteral("strong"));
    QTest::keyClick(rich, Qt::Key_B, Qt::ControlModifier);  // bold off
    QTest::keyClicks(rich, QStringLiteral(" end"));
    QTest::keyClick(rich, Qt::Key_Return);
    child<QAction>(w, "bulletListAction")->trigger();
    QTest::keyClicks(rich, QStringLiteral("item"));
    QTest::keyClick(rich, Qt::Key_Return);
    child<QAction>(w, "bulletListAction")->trigger();  // the list ends
    child<QAction>(w, "quoteAction")->trigger();
    QTest::keyClicks(rich, QStringLiteral("quoted"));

    const format::MailBody body = format::fromDocument(*rich->document(), QString(), "example.org");
    QVERIFY2(body.html.contains(QLatin1String("<p>plain <strong>strong</strong> end</p>")),
             qPrintable(body.html));
    QVERIFY(body.html.contains(QLatin1String("<ul>\n<li>item</li></ul>")));
    QVERIFY(body.html.contains(QLatin1String("<p>quoted</p>\n</blockquote>")));
    QCOMPARE(child<QPlainTextEdit>(w, "bodyEdit")->toPlainText(),
             QStringLiteral("plain *strong* end\n- item\n> quoted\n"));

    // In plain text the same keys type nothing bold: the shortcuts belong to the formatted editor.
    chooseMode(w, RichEditor::Mode::Plain);
    auto *plain = child<QPlainTextEdit>(w, "bodyEdit");
    plain->setFocus();
    const QString before = plain->toPlainText();
    QTest::keyClick(plain, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(plain->toPlainText(), before);
}

void TestRichEditor::formattedMessageOnTheWire()
{
    FakeServer server(sendOne);
    QVERIFY(m_ctx->accounts()->save(account(server.port())));
    ComposerWindow *w = newWindow();
    QTest::keyClicks(child<QLineEdit>(w, "toEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), QStringLiteral("Formatted"));
    chooseMode(w, RichEditor::Mode::Markdown);
    auto *plain = child<QPlainTextEdit>(w, "bodyEdit");
    plain->setPlainText(QStringLiteral("Hello **Bob**"));
    child<QAction>(w, "priorityHighAction")->trigger();
    child<QAction>(w, "readReceiptAction")->trigger();
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(server.data().size(), 1, 20000);
    const QByteArray data = server.data().first();
    QVERIFY2(data.contains("Content-Type: multipart/alternative"), data.constData());
    QVERIFY(data.contains("Content-Type: text/html; charset=UTF-8"));
    QVERIFY(data.contains("<strong>Bob</strong>"));
    QVERIFY(data.contains("\r\nHello **Bob**\r\n"));
    QVERIFY(data.contains("\r\nImportance: high\r\n"));
    QVERIFY(data.contains("\r\nX-Priority: 1 (Highest)\r\n"));
    QVERIFY(data.contains("\r\nDisposition-Notification-To: Ann Example <ann@example.org>\r\n"));
}

void TestRichEditor::accountChoosesTheMode()
{
    QVERIFY(m_ctx->accounts()->save(account(1, QStringLiteral("markdown"))));
    ComposerWindow *w = newWindow();
    QCOMPARE(child<RichEditor>(w, "richEditor")->mode(), RichEditor::Mode::Markdown);
    QCOMPARE(child<QComboBox>(w, "textFormatBox")->currentData().toInt(), int(RichEditor::Mode::Markdown));
}

void TestRichEditor::signatureFollowsIdentityAndFormat()
{
    store::Account work = account(1);
    work.name = QStringLiteral("work");
    work.signature = QStringLiteral("Ann at work");
    work.signatureHtml = workHtml;
    store::Account home = account(1);
    home.name = QStringLiteral("home");
    home.signature = QStringLiteral("Ann at home");
    QVERIFY(m_ctx->accounts()->save(work));
    QVERIFY(m_ctx->accounts()->save(home));
    QVERIFY(m_ctx->accounts()->setDefaultAccount(QStringLiteral("work")));
    ComposerWindow *w = newWindow();
    auto *from = child<QComboBox>(w, "fromCombo");
    auto *plain = child<QPlainTextEdit>(w, "bodyEdit");
    auto *rich = child<QTextEdit>(w, "formattedEdit");

    // Plain text: the plain signature after the RFC 3676 separator; the user types above it.
    QCOMPARE(plain->toPlainText(), QStringLiteral("\n\n-- \nAnn at work"));
    plain->setFocus();
    QTest::keyClicks(plain, QStringLiteral("Dear all"));
    QCOMPARE(plain->toPlainText(), QStringLiteral("Dear all\n\n-- \nAnn at work"));

    // Formatted: the formatted one instead, bold and link kept; the text/plain mirror shows its rendition.
    chooseMode(w, RichEditor::Mode::Formatted);
    QCOMPARE(rich->toPlainText(), QStringLiteral("Dear all\n\n-- \nAnn at work"));
    QVERIFY(formatAt(rich, QStringLiteral("Ann")).fontWeight() > QFont::Medium);
    QCOMPARE(formatAt(rich, QStringLiteral("work")).anchorHref(), QStringLiteral("https://work.example/"));
    QVERIFY(formatAt(rich, QStringLiteral("Dear")).fontWeight() <= QFont::Medium);
    QCOMPARE(plain->toPlainText(),
             QStringLiteral("Dear all\n\n-- \n*Ann* at work <https://work.example/>\n"));

    // Typing in the formatted text, then another identity: only the signature changes.
    QTextCursor c = rich->textCursor();
    c.movePosition(QTextCursor::Start);
    rich->setTextCursor(c);
    rich->setFocus();
    QTest::keyClicks(rich, QStringLiteral("Hi. "));
    from->setCurrentIndex(from->findData(QStringLiteral("home")));
    QCOMPARE(rich->toPlainText(), QStringLiteral("Hi. Dear all\n\n-- \nAnn at home"));
    QVERIFY(formatAt(rich, QStringLiteral("Ann")).fontWeight()
            <= QFont::Medium);                   // home has no formatted one
    QCOMPARE(rich->textCursor().position(), 4);  // still where the user typed
    from->setCurrentIndex(from->findData(QStringLiteral("work")));
    QCOMPARE(rich->toPlainText(), QStringLiteral("Hi. Dear all\n\n-- \nAnn at work"));
    QVERIFY(formatAt(rich, QStringLiteral("Ann")).fontWeight() > QFont::Medium);

    // Back to plain text: the plain signature, not the rendition of the formatted one.
    chooseMode(w, RichEditor::Mode::Plain);
    QCOMPARE(plain->toPlainText(), QStringLiteral("Hi. Dear all\n\n-- \nAnn at work"));
    // Markdown carries the plain one too.
    chooseMode(w, RichEditor::Mode::Markdown);
    QCOMPARE(plain->toPlainText(), QStringLiteral("Hi. Dear all\n\n-- \nAnn at work"));
    chooseMode(w, RichEditor::Mode::Plain);
    from->setCurrentIndex(from->findData(QStringLiteral("home")));
    QCOMPARE(plain->toPlainText(), QStringLiteral("Hi. Dear all\n\n-- \nAnn at home"));

    // A signature the user changed is theirs: neither a format change nor an identity replaces it.
    plain->moveCursor(QTextCursor::End);
    QTest::keyClicks(plain, QStringLiteral("!"));
    chooseMode(w, RichEditor::Mode::Formatted);
    QCOMPARE(lastBlockText(rich), QStringLiteral("Ann at home!"));
    from->setCurrentIndex(from->findData(QStringLiteral("work")));
    QCOMPARE(rich->toPlainText(), QStringLiteral("Hi. Dear all\n\n-- \nAnn at home!"));
    QCOMPARE(rich->toPlainText().count(QStringLiteral("-- ")), 1);
}

// A new window with the saved account in formatted mode sends "Hello Bob" above its signature to the fake
// server; *read is the message as Python's email package reads it (no defects).
void TestRichEditor::sendHelloBob(FakeServer &server, const QString &name, QJsonObject *read)
{
    ComposerWindow *w = newWindow();
    QCOMPARE(child<RichEditor>(w, "richEditor")->mode(), RichEditor::Mode::Formatted);
    QTest::keyClicks(child<QLineEdit>(w, "toEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), name);
    auto *rich = child<QTextEdit>(w, "formattedEdit");
    rich->moveCursor(QTextCursor::Start);
    rich->setFocus();
    QTest::keyClicks(rich, QStringLiteral("Hello Bob"));
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(server.data().size(), 1, 20000);
    const QString file = m_dir + QLatin1Char('/') + name + QStringLiteral(".eml");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(server.data().first());
    f.close();
    *read = testutil::readWithPython(file);
    QVERIFY(!read->isEmpty());
    QCOMPARE(read->value(QStringLiteral("defects")).toArray().size(), 0);
}

// A formatted message carries the formatted signature in its HTML part and the signature's plain rendition
// after "-- " in its text/plain part, as Python's email package reads them.
void TestRichEditor::formattedSignatureInBothParts()
{
    FakeServer server(sendOne);
    store::Account a = account(server.port(), QStringLiteral("formatted"));
    a.signature = QStringLiteral("Ann at work");
    a.signatureHtml = workHtml;
    QVERIFY(m_ctx->accounts()->save(a));
    QJsonObject read;
    sendHelloBob(server, QStringLiteral("signed"), &read);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(read.value(QStringLiteral("bodyPlain")).toString().trimmed(),
             QStringLiteral("Hello Bob\n\n-- \n*Ann* at work <https://work.example/>"));
    const QString html = read.value(QStringLiteral("bodyHtml")).toString();
    QVERIFY2(html.contains(QStringLiteral("<p>Hello Bob</p>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<p>-- </p>\n<p><strong>Ann</strong> at "
                                          "<a href=\"https://work.example/\">work</a></p>")),
             qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("qrichtext")) && !html.contains(QStringLiteral("-qt-")),
             qPrintable(html));
}

// A formatted signature keeps its image by its file; each message it goes into carries the image as an inline
// part (multipart/related) whose Content-ID the HTML names.
void TestRichEditor::signatureImageGoesInline()
{
    const QString logo = m_dir + QStringLiteral("/logo.png");
    QImage pixels(8, 8, QImage::Format_RGB32);
    pixels.fill(Qt::blue);
    QVERIFY(pixels.save(logo));
    FakeServer server(sendOne);
    store::Account a = account(server.port(), QStringLiteral("formatted"));
    a.signatureHtml = QStringLiteral("<p><strong>Ann</strong></p>\n<p><img src=\"%1\" alt=\"Our logo\"></p>")
                          .arg(QUrl::fromLocalFile(logo).toString());
    QVERIFY(m_ctx->accounts()->save(a));
    QJsonObject read;
    sendHelloBob(server, QStringLiteral("logo"), &read);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(read.value(QStringLiteral("bodyPlain")).toString().trimmed(),
             QStringLiteral("Hello Bob\n\n-- \n*Ann*\n[Our logo]"));
    // The image part: found anywhere in the tree, under a multipart/related, with its Content-ID.
    QString cid, relatedType;
    std::function<void(const QJsonObject &, const QString &)> walk = [&](const QJsonObject &node,
                                                                         const QString &parent) {
        if (node.value(QStringLiteral("type")).toString() == QLatin1String("image/png")) {
            cid = node.value(QStringLiteral("cid")).toString();
            relatedType = parent;
            QCOMPARE(node.value(QStringLiteral("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(
                                             [&] {
                                                 QFile png(logo);
                                                 return png.open(QIODevice::ReadOnly) ? png.readAll()
                                                                                      : QByteArray();
                                             }(),
                                             QCryptographicHash::Sha256)
                                             .toHex()));
        }
        for (const QJsonValue &p : node.value(QStringLiteral("parts")).toArray())
            walk(p.toObject(), node.value(QStringLiteral("type")).toString());
    };
    walk(read.value(QStringLiteral("tree")).toObject(), QString());
    QCOMPARE(relatedType, QStringLiteral("multipart/related"));
    QVERIFY2(cid.startsWith(QLatin1Char('<')) && cid.endsWith(QLatin1Char('>')), qPrintable(cid));
    const QString html = read.value(QStringLiteral("bodyHtml")).toString();
    QVERIFY2(html.contains(QStringLiteral("src=\"cid:") + cid.mid(1, cid.size() - 2) + QLatin1Char('"')),
             qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("file:")), qPrintable(html));
}

void TestRichEditor::mentionsAttachment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mentions");
    QTest::newRow("en attached") << "The report is attached." << true;
    QTest::newRow("en attachment") << "See the Attachment for details" << true;
    QTest::newRow("en enclosed") << "Please find enclosed the invoice" << true;
    QTest::newRow("de Anhang") << "Die Rechnung findest du im Anhang." << true;
    QTest::newRow("de angehängt") << "Ich habe die Datei angehängt" << true;
    QTest::newRow("de anbei") << "Anbei das Protokoll" << true;
    QTest::newRow("fr pièce jointe") << "Voir la pièce jointe" << true;
    QTest::newRow("fr ci-joint") << "Ci-joint le document" << true;
    QTest::newRow("es adjunto") << "Te envío adjunto el archivo" << true;
    QTest::newRow("es adjunta") << "la factura adjunta" << true;
    QTest::newRow("nothing") << "See you tomorrow at the station." << false;
    QTest::newRow("attack is no attachment") << "The attack was repelled." << false;
    QTest::newRow("only in a quote") << "Thanks!\n> I have attached the slides\n> Ann" << false;
}

void TestRichEditor::mentionsAttachment()
{
    QFETCH(QString, text);
    QFETCH(bool, mentions);
    QCOMPARE(ui::mentionsAttachment(text), mentions);
}

void TestRichEditor::forgottenAttachmentAsks_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("attach");
    QTest::addColumn<bool>("asks");
    QTest::newRow("said, nothing attached") << "the file is attached" << false << true;
    QTest::newRow("German, nothing attached") << "Anbei die Datei" << false << true;
    QTest::newRow("said and attached") << "the file is attached" << true << false;
}

void TestRichEditor::forgottenAttachmentAsks()
{
    QFETCH(QString, body);
    QFETCH(bool, attach);
    QFETCH(bool, asks);
    FakeServer server(sendOne);
    QVERIFY(m_ctx->accounts()->save(account(server.port())));
    ComposerWindow *w = newWindow();
    QTest::keyClicks(child<QLineEdit>(w, "toEdit"), QStringLiteral("bob@example.org"));
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), QStringLiteral("File"));
    child<QPlainTextEdit>(w, "bodyEdit")->setPlainText(body);
    if (attach) {
        const QString path = m_dir + QStringLiteral("/file.txt");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("x") == 1);
        f.close();
        w->attachFiles({path});
    }
    w->send();
    if (asks) {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = uitest::findVisible<QMessageBox>(QStringLiteral("attachmentWarning"))));
        QCOMPARE(server.connections(), 0);
        QVERIFY(m_ctx->mail()->outbox().isEmpty());
        uitest::press(box, QMessageBox::Yes);  // sent anyway
    } else {
        QVERIFY(!uitest::findVisible<QMessageBox>(QStringLiteral("attachmentWarning")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.data().size(), 1, 20000);
}

void TestRichEditor::templateSavedAndStartedFrom()
{
    QVERIFY(m_ctx->accounts()->save(account(1)));
    ComposerWindow *w = newWindow();
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), QStringLiteral("Weekly report"));
    chooseMode(w, RichEditor::Mode::Markdown);
    child<QPlainTextEdit>(w, "bodyEdit")->setPlainText(QStringLiteral("## Done\n\n- \n\n## Next\n"));
    child<QAction>(w, "priorityLowAction")->trigger();
    child<QAction>(w, "saveTemplateAction")->trigger();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = uitest::findVisible<QInputDialog>(QStringLiteral("templateNameDialog"))));
    QCOMPARE(dialog->textValue(), QStringLiteral("Weekly report"));
    dialog->setTextValue(QStringLiteral("Weekly / report"));  // any name is a safe file name
    dialog->accept();
    QTRY_VERIFY(QFile::exists(m_dir + QStringLiteral("/mail/templates/Weekly %2F report.json")));

    ComposerWindow *fresh = newWindow();
    auto *menu = child<QMenu>(fresh, "templateMenu");
    Q_EMIT menu->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *a : menu->actions())
        if (a->text() == QLatin1String("Weekly / report"))
            entry = a;
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(child<QLineEdit>(fresh, "subjectEdit")->text(), QStringLiteral("Weekly report"));
    QCOMPARE(child<QPlainTextEdit>(fresh, "bodyEdit")->toPlainText(),
             QStringLiteral("## Done\n\n- \n\n## Next\n"));
    QCOMPARE(child<RichEditor>(fresh, "richEditor")->mode(), RichEditor::Mode::Markdown);
    QVERIFY(child<QAction>(fresh, "priorityLowAction")->isChecked());
}

STAMP_UI_TEST_MAIN(TestRichEditor)
#include "tst_richeditor.moc"
