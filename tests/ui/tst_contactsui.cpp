// The address book in the composer (issue 13): completion offers contacts with their display names, matched
// on name or address, and groups; a group becomes its members, or RFC 5322 group syntax in To and Cc when it
// is sent as a group, and that reaches the built message (header and envelope) with Bcc groups naming no one;
// what older versions remembered moves into the address book; Tools > Contacts imports and exports vCard.
#include "appcontext.h"
#include "composerwindow.h"
#include "contactsdialog.h"
#include "mailstore.h"
#include "recipientfield.h"
#include "uitest.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ui;

class TestContactsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QTemporaryDir dir(QDir::homePath() + QStringLiteral("/contacts-XXXXXX"));
        dir.setAutoRemove(false);
        m_dir = dir.path();
        m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                               m_dir + QStringLiteral("/stamp-ui.conf"));
        QString error;
        QVERIFY(!m_ctx->contacts()
                     ->saveContact({{}, QStringLiteral("Ann Lee"), {QStringLiteral("ann@example.org")}, {}},
                                   &error)
                     .isEmpty());
        QVERIFY(!m_ctx->contacts()
                     ->saveContact({{}, QStringLiteral("Lee, Bob"), {QStringLiteral("bob@example.org")}, {}},
                                   &error)
                     .isEmpty());
        QVERIFY(m_ctx->contacts()->saveGroup(
            {QStringLiteral("Team"),
             {QStringLiteral("ann@example.org"), QStringLiteral("cyd@example.org")},
             false},
            {}, &error));
    }
    void cleanup()
    {
        delete m_window.data();
        delete m_ctx;
        m_ctx = nullptr;
    }

    void completesWithDisplayNamesOnNameOrAddress()
    {
        AddressEdit *to = edit("toEdit");
        QTest::keyClicks(to, QStringLiteral("lee"));
        QAbstractItemView *popup = to->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(to->completer()->completionCount(), 2);
        // Found by the address as well; the name that needs quotes is quoted.
        to->clear();
        QTest::keyClicks(to, QStringLiteral("bob@"));
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(to->completer()->completionCount(), 1);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(to->text(), QStringLiteral("\"Lee, Bob\" <bob@example.org>, "));
        QString error;
        const QList<smtp::Mailbox> parsed = field("toField")->mailboxes(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.first().displayName, QStringLiteral("Lee, Bob"));
    }

    void groupChosenBecomesItsMembers()
    {
        AddressEdit *to = edit("toEdit");
        QTest::keyClicks(to, QStringLiteral("tea"));
        QAbstractItemView *popup = to->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        // As saved, and the other way for this message.
        QCOMPARE(to->completer()->completionCount(), 2);
        QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Team (group of 2)"));
        QCOMPARE(popup->model()->index(1, 0).data().toString(),
                 QStringLiteral("Team as a named group in To and Cc (group of 2)"));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(to->text(), QStringLiteral("Ann Lee <ann@example.org>, cyd@example.org, "));
    }

    // A group saved as members sent once as a named group, and one saved as a named group spelled out once;
    // Bcc offers neither (it never names a group).
    void groupTheOtherWayForOneMessage()
    {
        AddressEdit *to = edit("toEdit");
        QTest::keyClicks(to, QStringLiteral("tea"));
        QAbstractItemView *popup = to->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        choose(popup, 1);
        QTRY_COMPARE(to->text(), QStringLiteral("Team: Ann Lee <ann@example.org>, cyd@example.org;, "));
        QVERIFY(field("toField")->validateNow());
        // The address book is unchanged: still members by default.
        QCOMPARE(m_ctx->contacts()->group(QStringLiteral("Team"))->sendAsGroup, false);

        QVERIFY(saveTeamAsNamedGroup());
        AddressEdit *cc = edit("ccEdit");
        QTest::keyClicks(cc, QStringLiteral("tea"));
        popup = cc->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTRY_COMPARE(cc->completer()->completionCount(), 2);
        QCOMPARE(popup->model()->index(1, 0).data().toString(),
                 QStringLiteral("Team, its members one by one (2)"));
        choose(popup, 1);
        QTRY_COMPARE(cc->text(), QStringLiteral("Ann Lee <ann@example.org>, cyd@example.org, "));

        AddressEdit *bcc = edit("bccEdit");
        bcc->completer()->setCompletionPrefix(QStringLiteral("tea"));
        QCOMPARE(bcc->completer()->completionCount(), 1);
    }

    void groupSyntaxReachesTheMessageAndBccNamesNoOne()
    {
        QVERIFY(saveTeamAsNamedGroup());
        QString error;
        AddressEdit *to = edit("toEdit");
        QTest::keyClicks(to, QStringLiteral("tea"));
        QAbstractItemView *popup = to->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(to->text(), QStringLiteral("Team: Ann Lee <ann@example.org>, cyd@example.org;, "));
        QVERIFY(field("toField")->validateNow());
        // The same group typed by name in Bcc, then left: only its members, never group syntax.
        AddressEdit *bcc = edit("bccEdit");
        bcc->setText(QStringLiteral("team"));
        Q_EMIT bcc->editingFinished();  // the field is left (Bcc may be folded away in this window)
        QTRY_COMPARE(bcc->text(), QStringLiteral("Ann Lee <ann@example.org>, cyd@example.org"));

        // What the composer hands the outbox: MailItem -> Message -> the builder.
        store::MailItem item;
        item.from = QStringLiteral("Me <me@example.org>");
        item.to = to->text() + QStringLiteral("bob@example.org");
        item.bcc = QStringLiteral("Team: dee@example.org;");  // group syntax typed into Bcc by hand
        item.subject = QStringLiteral("Hi");
        item.body = QStringLiteral("Hello");
        smtp::Message message;
        QVERIFY2(item.toMessage(&message, &error), qPrintable(error));
        const QByteArray eml = smtp::MimeMessageSource::render(message, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(eml.contains("To: bob@example.org, Team: Ann Lee <ann@example.org>, cyd@example.org;\r\n"),
                 eml.constData());
        QVERIFY(!eml.contains("dee@"));
        QStringList envelope;
        for (const smtp::Mailbox &m : message.recipients())
            envelope << m.address();
        QCOMPARE(envelope,
                 (QStringList{"bob@example.org", "ann@example.org", "cyd@example.org", "dee@example.org"}));
        // And through the outbox, which keeps the envelope with the stored message.
        item.account = QStringLiteral("test");
        const QString id = m_ctx->mail()->enqueue(item, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(m_ctx->mail()->loadOutbox(id)->envelopeTo, envelope);
        QFile stored(m_ctx->mail()->outboxEmlPath(id));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray bytes = stored.readAll();
        QVERIFY(bytes.contains("Team: Ann Lee <ann@example.org>, cyd@example.org;"));
        QVERIFY(!bytes.contains("dee@"));
    }

    void oldCompletionMemoryMovesIntoTheBook()
    {
        m_ctx->settings()->rememberAddresses(
            {QStringLiteral("Dora Explorer <dora@example.org>"), QStringLiteral("ann@example.org")});
        edit("toEdit");  // a window adopts it
        QVERIFY(m_ctx->settings()->recentAddresses().isEmpty());
        const std::optional<store::Contact> dora =
            m_ctx->contacts()->findByAddress(QStringLiteral("dora@example.org"));
        QVERIFY(dora);
        QCOMPARE(dora->name, QStringLiteral("Dora Explorer"));
        QCOMPARE(m_ctx->contacts()->contacts().size(), 3);  // ann was known already
    }

    void dialogImportsSearchesAndExports()
    {
        edit("toEdit");
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("contactsAction"));
        QVERIFY(action);
        action->trigger();
        ContactsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = uitest::findVisible<ContactsDialog>(QStringLiteral("contactsDialog"))));
        QCOMPARE(dialog->list()->topLevelItemCount(), 3);
        const QString in = m_dir + QStringLiteral("/in.vcf");
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\r\nEMAIL;TYPE=pref:eve@example.org\r\nEND:VCARD\r\n");
        f.close();
        QString message;
        QVERIFY2(dialog->importFile(in, &message), qPrintable(message));
        QCOMPARE(message, QStringLiteral("1 contact(s) added, 0 updated, 0 group(s) read."));
        QCOMPARE(dialog->list()->topLevelItemCount(), 4);
        // A broken file: the line named, nothing imported.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCARD\r\nFN:Fay\r\nEMAIL:fay@example.org\r\nEMAIL:fay@\r\nEND:VCARD\r\n");
        f.close();
        QVERIFY(!dialog->importFile(in, &message));
        QVERIFY2(message.contains(QLatin1String("Line 4")), qPrintable(message));
        QVERIFY(!m_ctx->contacts()->findByAddress(QStringLiteral("fay@example.org")));
        // Search by address.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactsSearch")),
                         QStringLiteral("eve@"));
        int shown = 0;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
            shown += dialog->list()->topLevelItem(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
        const QString out = m_dir + QStringLiteral("/out.vcf");
        QVERIFY2(dialog->exportFile(out, &message), qPrintable(message));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray vcf = exported.readAll();
        QVERIFY(vcf.contains("FN:Lee\\, Bob\r\n"));
        QVERIFY(vcf.contains("MEMBER:mailto:cyd@example.org\r\n"));
        QCOMPARE(vcf.count("BEGIN:VCARD"), 4);
    }

private:
    // Team (as init() saves it) saved again as a named group.
    bool saveTeamAsNamedGroup()
    {
        QString error;
        return m_ctx->contacts()->saveGroup(
            {QStringLiteral("Team"),
             {QStringLiteral("ann@example.org"), QStringLiteral("cyd@example.org")},
             true},
            QStringLiteral("Team"), &error);
    }
    // Takes the completion list's entry in this row, by keyboard.
    static void choose(QAbstractItemView *popup, int row)
    {
        for (int i = 0; i <= row; ++i)
            QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
    }
    AppContext *m_ctx = nullptr;
    QString m_dir;
    QPointer<ComposerWindow> m_window;

    ComposerWindow *window()
    {
        if (!m_window) {
            m_window = new ComposerWindow(m_ctx);
            m_window->show();
            [&] { QVERIFY(QTest::qWaitForWindowExposed(m_window)); }();
        }
        return m_window;
    }
    AddressEdit *edit(const char *name)
    {
        auto *e = window()->findChild<AddressEdit *>(QLatin1String(name));
        if (e)
            e->setFocus();
        return e;
    }
    RecipientField *field(const char *name)
    {
        return window()->findChild<RecipientField *>(QLatin1String(name));
    }
};

QTEST_MAIN(TestContactsUi)
#include "tst_contactsui.moc"
