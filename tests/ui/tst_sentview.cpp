// The Sent view: the list (date, recipients, subject) read through the store, search by recipient and
// subject, the read-only view of the .eml as it went out (headers decoded with the engine's address parser,
// text, attachments, the transcript kept beside it), and "Edit as new".
#include "../fakeserver.h"
#include "appcontext.h"
#include "attachmentlist.h"
#include "composerwindow.h"
#include "emlreader.h"
#include "sentview.h"
#include "uitest.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>

using namespace ui;
using Category = smtp::Outcome::Category;

namespace {

QStringList greeting()
{
    return {QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO *"),
            QStringLiteral("S: 250-fake.example"), QStringLiteral("S: 250 8BITMIME")};
}

store::Account account(quint16 port)
{
    store::Account a;
    a.name = QStringLiteral("test");
    a.displayName = QStringLiteral("Ann Example");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = smtp::Security::None;
    return a;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

}  // namespace

class TestSentView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readsWhatTheBuilderWrote();
    void decodesHeadersAndParts();
    void listsAndSearches();
    void opensReadOnlyWithTranscript();
    void sentButtonBringsItsTabToTheFront();
    void editAsNewFillsAComposer();

private:
    // Puts a message in Sent the way a send does: enqueue, then moveToSent with the bytes as sent.
    QString addSent(const store::MailItem &item, const QByteArray &eml, store::MailStore *through = nullptr);
    QByteArray build(const store::MailItem &item, const QStringList &files = {});
    ComposerWindow *newWindow();
    AppContext *m_ctx = nullptr;
    QString m_dir;
    QList<QPointer<ComposerWindow>> m_windows;
};

void TestSentView::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/sent-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
}

void TestSentView::cleanup()
{
    for (const QPointer<ComposerWindow> &w : std::as_const(m_windows))
        delete w.data();
    m_windows.clear();
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *w : all) {
        if (qobject_cast<ComposerWindow *>(w) || qobject_cast<SentMessageDialog *>(w))
            delete w;
    }
    delete m_ctx;
    m_ctx = nullptr;
}

ComposerWindow *TestSentView::newWindow()
{
    auto *w = new ComposerWindow(m_ctx);
    m_windows << w;
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w))
        qWarning("window not active");
    return w;
}

QByteArray TestSentView::build(const store::MailItem &item, const QStringList &files)
{
    store::MailItem copy = item;
    copy.attachments = files;
    smtp::Message m;
    QString error;
    if (!copy.toMessage(&m, &error))
        qWarning("%s", qPrintable(error));
    m.messageId = "test." + item.subject.toUtf8().toHex() + "@example.org";
    const QByteArray bytes = smtp::MimeMessageSource::render(m, {false, false}, &error);
    if (bytes.isEmpty())
        qWarning("%s", qPrintable(error));
    return bytes;
}

QString TestSentView::addSent(const store::MailItem &item, const QByteArray &eml, store::MailStore *through)
{
    store::MailStore *mail = through ? through : m_ctx->mail();
    const QString id = mail->enqueue(item);
    smtp::Outcome o;
    o.category = Category::Sent;
    o.summary = QStringLiteral("Sent.");
    QString ignored;
    for (const smtp::Mailbox &mb :
         smtp::parseMailboxList(item.to + QStringLiteral(", ") + item.cc, &ignored)) {
        smtp::RecipientResult r;
        r.address = mb.address();
        r.accepted = true;
        r.reply.code = 250;
        r.reply.enhanced = "2.1.5";
        r.reply.lines = {"Ok"};
        o.recipients << r;
    }
    if (!mail->moveToSent(id, o, eml))
        return {};
    return id;
}

void TestSentView::readsWhatTheBuilderWrote()
{
    // Round trip through the engine's own builder: names with commas and non-ASCII, a UTF-8 subject, a
    // quoted-printable text and a base64 attachment with a non-ASCII name (RFC 2231).
    QFile f(m_dir + QStringLiteral("/Bericht Übersicht.bin"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray blob;
    for (int i = 0; i < 10000; ++i)
        blob += char(i * 7);
    f.write(blob);
    f.close();
    store::MailItem item;
    item.account = QStringLiteral("test");
    item.from = QStringLiteral("Ann Example <ann@example.org>");
    item.to = QStringLiteral("\"Doe, Jöhn\" <john@example.org>, bob@example.org");
    item.cc = QStringLiteral("Zoë Ünicode <zoe@example.org>");
    item.replyTo = QStringLiteral("Team <team@example.org>");
    item.subject =
        QStringLiteral("Grüße aus Köln — a long subject that will be folded over more than one line");
    item.body =
        QStringLiteral("Hallo Jöhn,\n\nline with trailing = sign and a very long line that quoted-printable "
                       "has to break softly somewhere in the middle of it, surely.\n-- \nAnn");
    const QByteArray eml = build(item, {f.fileName()});
    QVERIFY(!eml.isEmpty());
    QFile out(m_dir + QStringLiteral("/m.eml"));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(eml);
    out.close();

    EmlMessage m;
    QString error;
    QVERIFY2(readEml(out.fileName(), &m, &error), qPrintable(error));
    QCOMPARE(mailboxesText(m.from), QStringLiteral("Ann Example <ann@example.org>"));
    QCOMPARE(m.to.size(), 2);
    QCOMPARE(m.to[0].displayName, QStringLiteral("Doe, Jöhn"));
    QCOMPARE(m.to[0].address(), QStringLiteral("john@example.org"));
    QCOMPARE(m.to[1].address(), QStringLiteral("bob@example.org"));
    QCOMPARE(m.cc.size(), 1);
    QCOMPARE(m.cc[0].displayName, QStringLiteral("Zoë Ünicode"));
    QCOMPARE(mailboxesText(m.replyTo), QStringLiteral("Team <team@example.org>"));
    QCOMPARE(m.subject, item.subject);
    QCOMPARE(m.text, item.body);
    QVERIFY(m.date.isValid());
    QVERIFY(m.messageId.startsWith("test."));
    QCOMPARE(m.attachments.size(), 1);
    QCOMPARE(m.attachments[0].fileName, QStringLiteral("Bericht Übersicht.bin"));
    QCOMPARE(m.attachments[0].size, qint64(blob.size()));

    // Unreadable: a clear error, nothing half-read.
    QVERIFY(!readEml(m_dir + QStringLiteral("/missing.eml"), &m, &error));
    QVERIFY(error.contains(QStringLiteral("missing.eml")));
}

void TestSentView::decodesHeadersAndParts()
{
    // Written by another program: folded headers, Q and B words in other charsets, an encoded name holding
    // a comma (it must not split the list), a nested multipart/alternative, a base64 text part.
    const QByteArray eml = "From: =?ISO-8859-1?Q?Andr=E9_M=FCller?= <andre@example.org>\r\n"
                           "To: =?UTF-8?B?RG9lLCBKb2hu?= <john@example.org>,\r\n"
                           " carol@example.org\r\n"
                           "Subject: =?UTF-8?Q?Caf=C3=A9?=\r\n"
                           "  =?UTF-8?Q?_au_lait?= and more\r\n"
                           "Date: Tue, 01 Dec 2026 10:00:00 +0100\r\n"
                           "Message-ID: <abc@example.org>\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: multipart/mixed;\r\n boundary=\"outer\"\r\n"
                           "\r\n"
                           "preamble\r\n"
                           "--outer\r\n"
                           "Content-Type: multipart/alternative; boundary=inner\r\n"
                           "\r\n"
                           "--inner\r\n"
                           "Content-Type: text/plain; charset=utf-8\r\n"
                           "Content-Transfer-Encoding: base64\r\n"
                           "\r\n"
                           + QByteArray("Grüße\nzweite Zeile").toBase64()
                           + "\r\n"
                             "--inner\r\n"
                             "Content-Type: text/html\r\n"
                             "\r\n"
                             "<p>html</p>\r\n"
                             "--inner--\r\n"
                             "--outer\r\n"
                             "Content-Type: application/pdf\r\n"
                             "Content-Disposition: attachment; filename*=utf-8''R%C3%A9sum%C3%A9.pdf\r\n"
                             "Content-Transfer-Encoding: base64\r\n"
                             "\r\n"
                           + QByteArray(300, 'x').toBase64()
                           + "\r\n"
                             "--outer--\r\n"
                             "epilogue\r\n";
    QFile out(m_dir + QStringLiteral("/other.eml"));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(eml);
    out.close();
    EmlMessage m;
    QString error;
    QVERIFY2(readEml(out.fileName(), &m, &error), qPrintable(error));
    QCOMPARE(mailboxesText(m.from), QStringLiteral("André Müller <andre@example.org>"));
    QCOMPARE(m.to.size(), 2);
    QCOMPARE(m.to[0].displayName, QStringLiteral("Doe, John"));
    QCOMPARE(m.to[1].address(), QStringLiteral("carol@example.org"));
    QCOMPARE(m.subject, QStringLiteral("Café au lait and more"));
    QCOMPARE(m.messageId, QByteArray("abc@example.org"));
    QCOMPARE(m.text, QStringLiteral("Grüße\nzweite Zeile"));
    // The HTML alternative is not an attachment; the PDF is.
    QCOMPARE(m.html, QStringLiteral("<p>html</p>"));
    QCOMPARE(m.attachments.size(), 1);
    QCOMPARE(m.attachments[0].fileName, QStringLiteral("Résumé.pdf"));
    QCOMPARE(m.attachments[0].size, qint64(300));
}

void TestSentView::listsAndSearches()
{
    QVERIFY(m_ctx->accounts()->save(account(1)));
    store::MailItem a;
    a.account = QStringLiteral("test");
    a.from = QStringLiteral("Ann Example <ann@example.org>");
    a.to = QStringLiteral("Dora Explorer <dora@example.org>");
    a.subject = QStringLiteral("Maps for Tuesday");
    a.body = QStringLiteral("Here.");
    QVERIFY(!addSent(a, build(a)).isEmpty());
    store::MailItem b = a;
    b.to = QStringLiteral("bob@example.org");
    b.cc = QStringLiteral("Carol <carol@example.org>");
    b.bcc = QStringLiteral("secret@example.org");
    b.subject = QStringLiteral("Invoice 42");
    QVERIFY(!addSent(b, build(b)).isEmpty());

    ComposerWindow *w = newWindow();
    QTest::keyClick(w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);  // View > Sent Messages
    QVERIFY(w->sentDock()->isVisible());
    QTreeWidget *list = w->sentView()->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    // Newest first: b.
    QCOMPARE(list->topLevelItem(0)->text(SentView::SubjectColumn), QStringLiteral("Invoice 42"));
    QVERIFY(list->topLevelItem(0)->text(SentView::ToColumn).contains(QStringLiteral("bob@example.org")));
    QVERIFY(list->topLevelItem(0)->text(SentView::ToColumn).contains(QStringLiteral("carol@example.org")));
    QVERIFY(!list->topLevelItem(0)->text(SentView::DateColumn).isEmpty());
    QCOMPARE(list->topLevelItem(1)->text(SentView::ToColumn),
             QStringLiteral("Dora Explorer <dora@example.org>"));

    const auto visible = [list] {
        QStringList subjects;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (!list->topLevelItem(i)->isHidden())
                subjects << list->topLevelItem(i)->text(SentView::SubjectColumn);
        }
        return subjects;
    };
    QLineEdit *search = w->sentView()->searchEdit();
    QCOMPARE(search->objectName(), QStringLiteral("sentSearch"));
    QTest::keyClicks(search, QStringLiteral("DORA"));  // a display name, any case
    QCOMPARE(visible(), QStringList{QStringLiteral("Maps for Tuesday")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("carol@"));  // a Cc address
    QCOMPARE(visible(), QStringList{QStringLiteral("Invoice 42")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("secret"));  // Bcc is the user's own copy: found too
    QCOMPARE(visible(), QStringList{QStringLiteral("Invoice 42")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("tuesday maps"));  // every word, in any order
    QCOMPARE(visible(), QStringList{QStringLiteral("Maps for Tuesday")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nobody"));
    QVERIFY(visible().isEmpty());
    QVERIFY(!child<QPushButton>(w->sentView(), "sentOpen")->isEnabled());
    search->clear();
    QCOMPARE(visible().size(), 2);

    // Sent by this process: listed at once.
    store::MailItem c = a;
    c.subject = QStringLiteral("Third");
    QVERIFY(!addSent(c, build(c)).isEmpty());
    QCOMPARE(list->topLevelItemCount(), 3);
    // Sent by another process (`stamp send --account`: another store object on the same folders): listed
    // when the view is shown again.
    store::MailStore other(m_ctx->mail()->root());
    c.subject = QStringLiteral("Fourth");
    QVERIFY(!addSent(c, build(c), &other).isEmpty());
    QCOMPARE(list->topLevelItemCount(), 3);
    w->sentDock()->hide();
    w->sentDock()->show();
    QCOMPARE(list->topLevelItemCount(), 4);
    QCOMPARE(list->topLevelItem(0)->text(SentView::SubjectColumn), QStringLiteral("Fourth"));
}

void TestSentView::sentButtonBringsItsTabToTheFront()
{
    ComposerWindow *w = newWindow();
    auto *outboxAction = w->findChild<QAction *>(QStringLiteral("outboxToggle"));
    auto *sentAction = w->findChild<QAction *>(QStringLiteral("sentToggle"));
    QVERIFY(outboxAction && sentAction);
    const auto inFront = [](QDockWidget *d) { return d->isVisible() && !d->visibleRegion().isEmpty(); };
    // Both open, the outbox in front: the Sent button brings Sent forward (it used to hide it).
    sentAction->trigger();
    outboxAction->trigger();
    QTRY_VERIFY(inFront(w->outboxDock()));
    QVERIFY(!inFront(w->sentDock()));
    sentAction->trigger();
    QTRY_VERIFY(inFront(w->sentDock()));
    QVERIFY(sentAction->isChecked());
    QVERIFY(!outboxAction->isChecked());
    // In front already: the button closes it.
    sentAction->trigger();
    QTRY_VERIFY(w->sentDock()->isHidden());
    QVERIFY(!sentAction->isChecked());
    QTRY_VERIFY(inFront(w->outboxDock()));
}

void TestSentView::opensReadOnlyWithTranscript()
{
    QVERIFY(m_ctx->accounts()->save(account(1)));
    QFile f(m_dir + QStringLiteral("/notes.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("some notes\n");
    f.close();
    store::MailItem item;
    item.account = QStringLiteral("test");
    item.from = QStringLiteral("Ann Example <ann@example.org>");
    item.to = QStringLiteral("Bob Example <bob@example.org>");
    item.bcc = QStringLiteral("hidden@example.org");
    item.subject = QStringLiteral("Notes");
    item.body = QStringLiteral("See attached.");
    item.attachments = {f.fileName()};
    const QString withLog = addSent(item, build(item, {f.fileName()}));
    QVERIFY(!withLog.isEmpty());
    // The outbox keeps the transcript beside the item, named like it with .log.
    const QString logPath = SentMessageDialog::transcriptPath(m_ctx->mail(), withLog);
    QCOMPARE(logPath, m_ctx->mail()->folderPath(store::MailStore::Folder::Sent) + QLatin1Char('/') + withLog
                          + QStringLiteral(".log"));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("S: 220 fake.example ESMTP\nC: EHLO client\nC: AUTH PLAIN ****\nS: 250 2.0.0 queued\n");
    log.close();
    store::MailItem other = item;
    other.subject = QStringLiteral("No log");
    other.attachments.clear();
    const QString noLog = addSent(other, build(other));

    SentView view(m_ctx->mail());
    SentMessageDialog *d = view.openItem(withLog);
    QVERIFY(d && d->isVisible());
    QCOMPARE(child<QLabel>(d, "sentFrom")->text(), QStringLiteral("Ann Example <ann@example.org>"));
    QCOMPARE(child<QLabel>(d, "sentTo")->text(), QStringLiteral("Bob Example <bob@example.org>"));
    QCOMPARE(child<QLabel>(d, "sentBcc")->text(), QStringLiteral("hidden@example.org"));
    QCOMPARE(child<QLabel>(d, "sentSubject")->text(), QStringLiteral("Notes"));
    auto *body = child<QPlainTextEdit>(d, "sentBody");
    QVERIFY(body->isReadOnly());
    QCOMPARE(body->toPlainText(), QStringLiteral("See attached."));
    auto *files = child<QTreeWidget>(d, "sentAttachments");
    QCOMPARE(files->topLevelItemCount(), 1);
    QCOMPARE(files->topLevelItem(0)->text(0), QStringLiteral("notes.txt"));
    auto *replies = child<QTreeWidget>(d, "sentReplies");
    QCOMPARE(replies->topLevelItemCount(), 1);
    QCOMPARE(replies->topLevelItem(0)->text(2), QStringLiteral("250 2.1.5 Ok"));
    auto *transcript = child<QPlainTextEdit>(d, "sentTranscript");
    QVERIFY(transcript->toPlainText().contains(QStringLiteral("C: AUTH PLAIN ****")));
    auto *tabs = child<QTabWidget>(d, "sentTabs");
    QVERIFY(tabs->isTabEnabled(tabs->indexOf(transcript)));
    d->close();

    SentMessageDialog *d2 = view.openItem(noLog);
    QVERIFY(d2);
    auto *tabs2 = child<QTabWidget>(d2, "sentTabs");
    QVERIFY(!tabs2->isTabEnabled(tabs2->indexOf(child<QPlainTextEdit>(d2, "sentTranscript"))));
    d2->close();

    // Gone meanwhile: said, not crashed.
    QVERIFY(m_ctx->mail()->removeSent(noLog));
    QVERIFY(!view.openItem(noLog));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = uitest::findVisible<QMessageBox>(QStringLiteral("sentItemGone"))));
    box->close();
}

void TestSentView::editAsNewFillsAComposer()
{
    FakeServer server(
        greeting()
        + QStringList{QStringLiteral("C: MAIL FROM:<ann@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<dora@example.org>*"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D:"),
                      QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"),
                      QStringLiteral("X")});
    QVERIFY(m_ctx->accounts()->save(account(server.port())));
    store::MailItem item;
    item.account = QStringLiteral("test");
    item.from = QStringLiteral("Ann Example <ann@example.org>");
    item.to = QStringLiteral("Dora Explorer <dora@example.org>");
    item.replyTo = QStringLiteral("team@example.org");
    item.subject = QStringLiteral("Again");
    item.body = QStringLiteral("Same text.");
    item.attachments = {m_dir + QStringLiteral("/gone.txt")};
    // The outbox copies attachments when a message is queued (issue 9): the file exists then, and is gone
    // by the time the Sent message is edited as new.
    QFile gone(item.attachments.first());
    QVERIFY(gone.open(QIODevice::WriteOnly));
    gone.write("was here\n");
    gone.close();
    const QString id = addSent(item, build(item));
    QVERIFY(!id.isEmpty());
    QVERIFY(QFile::remove(item.attachments.first()));
    const QByteArray firstId = "test." + item.subject.toUtf8().toHex() + "@example.org";

    ComposerWindow *w = newWindow();
    w->sentDock()->show();
    QTreeWidget *list = w->sentView()->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(w->sentView(), "sentEditAsNew"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(w, "toEdit")->text(), QStringLiteral("Dora Explorer <dora@example.org>"));
    QCOMPARE(child<QLineEdit>(w, "replyToEdit")->text(), QStringLiteral("team@example.org"));
    QVERIFY(child<QLineEdit>(w, "replyToEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(w, "subjectEdit")->text(), QStringLiteral("Again"));
    QVERIFY(child<QPlainTextEdit>(w, "bodyEdit")->toPlainText().startsWith(QStringLiteral("Same text.")));
    QCOMPARE(w->attachmentList()->missingFiles(), QStringList{m_dir + QStringLiteral("/gone.txt")});
    QVERIFY(w->outboxId().isEmpty());
    w->attachmentList()->clearFiles();

    // The same from the read-only view, into a second window because this one has content now.
    SentMessageDialog *d = w->sentView()->openItem(id);
    QVERIFY(d);
    QTest::mouseClick(child<QPushButton>(d, "sentMessageEditAsNew"), Qt::LeftButton);
    ComposerWindow *second = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget *t : QApplication::topLevelWidgets()) {
            auto *c = qobject_cast<ComposerWindow *>(t);
            if (c && c != w && c->isVisible())
                second = c;
        }
        return second != nullptr;
    }());
    m_windows << second;
    QCOMPARE(child<QLineEdit>(second, "subjectEdit")->text(), QStringLiteral("Again"));

    // Sent from the first window: a new message, with a Message-ID of its own.
    QSignalSpy finished(w, &ComposerWindow::sendFinished);
    w->send();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::Sent);
    QCOMPARE(m_ctx->mail()->sent().size(), 2);
    QVERIFY(!server.data().isEmpty());
    QVERIFY(!server.data().first().contains(firstId));
    QVERIFY(server.data().first().contains("Reply-To: team@example.org"));
}

STAMP_UI_TEST_MAIN(TestSentView)
#include "tst_sentview.moc"
