// The address book (issue 13): contacts.json beside the outbox, filled from sent recipients, changed by two
// processes without losing either change; vCard 4.0 out and 3.0/4.0 in (folding, escaping, quoted-printable,
// groups by KIND:group and CATEGORIES); a bad file imports nothing and names its line. And the message
// builder writing a group as RFC 5322 group syntax while the envelope holds every member.
#include "contacts.h"
#include "mailstore.h"
#include "message.h"
#include "vcard.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace store;

namespace {

smtp::Mailbox mailbox(const QString &text)
{
    QString error;
    const smtp::Mailbox m = smtp::parseMailbox(text, &error);
    [&] { QVERIFY2(!m.isNull(), qPrintable(error)); }();
    return m;
}

vcard::ReadResult readOk(const QByteArray &data)
{
    vcard::ReadResult r;
    QString error;
    const bool ok = vcard::read(data, &r, &error);
    [&] { QVERIFY2(ok, qPrintable(error)); }();
    return r;
}

QString readError(const QByteArray &data)
{
    vcard::ReadResult r;
    QString error;
    const bool ok = vcard::read(data, &r, &error);
    [&] { QVERIFY2(!ok, "a bad file was accepted"); }();
    return error;
}

// A Thunderbird/Evolution style 3.0 export: folded lines, escapes, TYPE=pref, CATEGORIES, quoted-printable
// in Latin-1, a card without an address, Apple's item1. prefix.
const QByteArray Thunderbird30 = "BEGIN:VCARD\r\n"
                                 "VERSION:3.0\r\n"
                                 "FN:Lee\\, Ann\r\n"
                                 "N:Lee;Ann;;;\r\n"
                                 "EMAIL;TYPE=INTERNET:ann.private@example.org\r\n"
                                 "EMAIL;TYPE=INTERNET,pref:ann@exam\r\n"
                                 " ple.org\r\n"
                                 "NOTE:first\\nsecond\\; third\r\n"
                                 "CATEGORIES:Team,Choir\r\n"
                                 "END:VCARD\r\n"
                                 "BEGIN:VCARD\r\n"
                                 "VERSION:2.1\r\n"
                                 "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FC=\r\n"
                                 "rgen\r\n"
                                 "item1.EMAIL;INTERNET:juergen@example.de\r\n"
                                 "CATEGORIES:Team\r\n"
                                 "END:VCARD\r\n"
                                 "BEGIN:VCARD\r\n"
                                 "VERSION:3.0\r\n"
                                 "FN:Only A Phone\r\n"
                                 "TEL:+49 30 1234\r\n"
                                 "END:VCARD\r\n";

}  // namespace

class TestContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rememberedRecipientsBecomeContacts()
    {
        QTemporaryDir dir;
        ContactStore book(dir.path());
        QString error;
        QVERIFY2(book.rememberRecipients({mailbox(QStringLiteral("Ann Lee <ann@example.org>")),
                                          mailbox(QStringLiteral("bob@example.org"))},
                                         &error),
                 qPrintable(error));
        // A bare address later does not drop the name; a name for a nameless contact is kept.
        QVERIFY(book.rememberRecipients({mailbox(QStringLiteral("ANN@example.org")),
                                         mailbox(QStringLiteral("Bob Stone <bob@example.org>"))},
                                        &error));
        QCOMPARE(QFileInfo(book.fileName()).absolutePath(), dir.path());
        const QList<Contact> all = book.contacts();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].typedForm(), QStringLiteral("Ann Lee <ann@example.org>"));
        QCOMPARE(all[1].typedForm(), QStringLiteral("Bob Stone <bob@example.org>"));
        QVERIFY(all[0].lastUsed.isValid());
    }

    void editAndRefuse()
    {
        QTemporaryDir dir;
        ContactStore book(dir.path());
        QString error;
        const QString id = book.saveContact({{},
                                             QStringLiteral("Lee, Ann"),
                                             {QStringLiteral("ann@example.org"), QStringLiteral("a@x.org")},
                                             {}},
                                            &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(book.contacts().first().typedForm(), QStringLiteral("\"Lee, Ann\" <ann@example.org>"));
        QCOMPARE(mailbox(book.contacts().first().typedForm()).displayName, QStringLiteral("Lee, Ann"));
        // Another contact with a known address, and a wrong address, are refused with the reason.
        QVERIFY(book.saveContact({{}, QStringLiteral("Other"), {QStringLiteral("A@x.org")}, {}}, &error)
                    .isEmpty());
        QVERIFY2(error.contains(QLatin1String("A@x.org")), qPrintable(error));
        QVERIFY(book.saveContact({{}, QStringLiteral("Bad"), {QStringLiteral("not an address")}, {}}, &error)
                    .isEmpty());
        QVERIFY2(error.contains(QLatin1String("not an address")), qPrintable(error));
        QVERIFY(book.saveContact({{}, QStringLiteral("Nobody"), {}, {}}, &error).isEmpty());
        QCOMPARE(book.contacts().size(), 1);
        // Edited in place by id, then removed.
        QCOMPARE(
            book.saveContact({id, QStringLiteral("Ann"), {QStringLiteral("ann@example.org")}, {}}, &error),
            id);
        QCOMPARE(book.contacts().first().addresses, QStringList{QStringLiteral("ann@example.org")});
        QVERIFY(
            book.saveGroup({QStringLiteral("Team"), {QStringLiteral("ann@example.org")}, true}, {}, &error));
        QVERIFY(!book.saveGroup({QStringLiteral("team"), {}, false}, {}, &error));  // same name
        QVERIFY(!book.saveGroup({QStringLiteral("a@b"), {}, false}, {}, &error));   // looks like an address
        QVERIFY(book.saveGroup({QStringLiteral("Team 2"), {QStringLiteral("ann@example.org")}, false},
                               QStringLiteral("Team"), &error));
        QCOMPARE(book.groups().size(), 1);
        QCOMPARE(book.groupMailboxes(book.groups().first()).first().displayName, QStringLiteral("Ann"));
        QVERIFY(book.removeContact(id, &error));
        QVERIFY(!book.removeContact(id, &error));
        QVERIFY(book.removeGroup(QStringLiteral("team 2"), &error));
        QVERIFY(book.contacts().isEmpty() && book.groups().isEmpty());
    }

    void membersMayBeAListOnOneLine()
    {
        // A pasted list, as an address field takes it, gives one member per address; a wrong one is named.
        QTemporaryDir dir;
        ContactStore book(dir.path());
        QString error;
        QVERIFY2(book.saveGroup({QStringLiteral("Team"),
                                 {QStringLiteral("ann@example.org, \"Stone, Bob\" <bob@example.org>"),
                                  QStringLiteral("carol@example.org"), QStringLiteral("ANN@example.org")},
                                 false},
                                {}, &error),
                 qPrintable(error));
        QCOMPARE(book.groups().first().members,
                 (QStringList{QStringLiteral("ann@example.org"), QStringLiteral("bob@example.org"),
                              QStringLiteral("carol@example.org")}));
        QVERIFY(!book.saveGroup(
            {QStringLiteral("Other"), {QStringLiteral("dan@example.org, not an address")}, false}, {},
            &error));
        QVERIFY2(error.contains(QLatin1String("not an address")), qPrintable(error));
        QVERIFY(!book.saveGroup({QStringLiteral("Empty"), {QStringLiteral(", ,")}, false}, {}, &error));
        QCOMPARE(book.groups().size(), 1);
        // A contact's addresses are read the same way.
        QVERIFY2(
            !book.saveContact({{}, QStringLiteral("Dan"), {QStringLiteral("dan@example.org, d@x.org")}, {}},
                              &error)
                 .isEmpty(),
            qPrintable(error));
        QCOMPARE(book.contacts().first().addresses,
                 (QStringList{QStringLiteral("dan@example.org"), QStringLiteral("d@x.org")}));
    }

    void twoProcessesKeepBothChangesAndReload()
    {
        QTemporaryDir dir;
        ContactStore window(dir.path()), cli(dir.path());
        window.watchForChanges();
        QSignalSpy changed(&window, &ContactStore::changed);
        QString error;
        QVERIFY(
            !window.saveContact({{}, QStringLiteral("Ann"), {QStringLiteral("ann@example.org")}, {}}, &error)
                 .isEmpty());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!cli.saveContact({{}, QStringLiteral("Bob"), {QStringLiteral("bob@example.org")}, {}}, &error)
                     .isEmpty());
        QVERIFY(changed.wait(5000));
        QCOMPARE(window.contacts().size(), 2);
    }

    void damagedFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        ContactStore book(dir.path());
        QFile f(book.fileName());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        QVERIFY(book.contacts().isEmpty());
        QVERIFY(book.lastError().contains(QLatin1String("damaged")));
        QString error;
        QVERIFY(!book.rememberRecipients({mailbox(QStringLiteral("a@example.org"))}, &error));
        QVERIFY(error.contains(QLatin1String("damaged")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{ not json"));
    }

    void reads30WithFoldingEscapingAndCategories()
    {
        const vcard::ReadResult r = readOk(Thunderbird30);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.book.contacts.size(), 2);
        QCOMPARE(r.book.contacts[0].name, QStringLiteral("Lee, Ann"));
        // TYPE=pref first, the folded address joined.
        QCOMPARE(r.book.contacts[0].addresses,
                 (QStringList{QStringLiteral("ann@example.org"), QStringLiteral("ann.private@example.org")}));
        QCOMPARE(r.book.contacts[1].name, QStringLiteral("Jürgen Müller"));
        QCOMPARE(r.book.groups.size(), 2);
        QCOMPARE(r.book.groups[0].name, QStringLiteral("Team"));
        QCOMPARE(r.book.groups[0].members,
                 (QStringList{QStringLiteral("ann@example.org"), QStringLiteral("juergen@example.de")}));
        QCOMPARE(r.book.groups[1].name, QStringLiteral("Choir"));
    }

    void reads40GroupsWithMembers()
    {
        const QByteArray v4 =
            "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:1111\nFN:Cyd\n"
            "EMAIL;PREF=2:cyd2@example.org\nEMAIL;TYPE=work;PREF=1:cyd@example.org\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:4.0\nKIND:group\nFN:Board\\; of \"Friends\"\n"
            "MEMBER:urn:uuid:1111\nMEMBER:mailto:dee%2Bx@example.org\nEND:VCARD\n";
        const vcard::ReadResult r = readOk(v4);
        QCOMPARE(r.book.contacts.size(), 1);
        QCOMPARE(r.book.contacts[0].addresses.first(), QStringLiteral("cyd@example.org"));
        QCOMPARE(r.book.groups.size(), 1);
        QCOMPARE(r.book.groups[0].name, QStringLiteral("Board; of \"Friends\""));
        QCOMPARE(r.book.groups[0].members,
                 (QStringList{QStringLiteral("cyd@example.org"), QStringLiteral("dee+x@example.org")}));
    }

    void roundTrip40()
    {
        ContactBook book;
        book.contacts << Contact{QStringLiteral("7d3c"),
                                 QStringLiteral("Lee, Ann; \\ the \"first\""),
                                 {QStringLiteral("ann@example.org"), QStringLiteral("ann2@example.org")},
                                 {}};
        book.contacts << Contact{{},
                                 QStringLiteral("Zoë Ünïcødé with a name long enough to need folding "
                                                "twice over in a vCard line of seventy-five octets"),
                                 {QStringLiteral("zoe@example.org")},
                                 {}};
        book.groups << ContactGroup{QStringLiteral("Team, North"),
                                    {QStringLiteral("ann@example.org"), QStringLiteral("zoe@example.org")},
                                    true};
        const QByteArray out = vcard::write(book);
        QVERIFY(out.contains("VERSION:4.0\r\n"));
        QVERIFY(out.contains("KIND:group\r\n"));
        QVERIFY(out.contains("FN:Lee\\, Ann\\; \\\\ the \"first\"\r\n"));
        QVERIFY(out.contains("MEMBER:mailto:ann@example.org\r\n"));
        for (const QByteArray &line : out.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData());      // 75 octets and the CR
            QVERIFY(QString::fromUtf8(line).toUtf8() == line);  // no UTF-8 sequence cut
        }
        const vcard::ReadResult back = readOk(out);
        QCOMPARE(back.book.contacts.size(), 2);
        QCOMPARE(back.book.contacts[0].name, book.contacts[0].name);
        QCOMPARE(back.book.contacts[0].addresses, book.contacts[0].addresses);
        QCOMPARE(back.book.contacts[1].name, book.contacts[1].name);
        QCOMPARE(back.book.groups.size(), 1);
        QCOMPARE(back.book.groups[0].name, book.groups[0].name);
        QCOMPARE(back.book.groups[0].members, book.groups[0].members);
        QVERIFY(back.book.groups[0].sendAsGroup);
    }

    void malformedFilesNameTheLineAndImportNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad address") << QByteArray(
            "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEMAIL:a@example.org\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:B\nEMAIL:b@@example.org\nEND:VCARD\n")
                                     << QStringLiteral("Line 9");
        QTest::newRow("no colon") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN A\nEND:VCARD\n")
                                  << QStringLiteral("Line 3");
        QTest::newRow("no end") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nEMAIL:a@example.org\n")
                                << QStringLiteral("Line 1");
        QTest::newRow("outside") << QByteArray("hello:world\n") << QStringLiteral("Line 1");
        QTest::newRow("unknown member")
            << QByteArray("BEGIN:VCARD\nVERSION:4.0\nKIND:group\nFN:G\nMEMBER:urn:uuid:nothere\nEND:VCARD\n")
            << QStringLiteral("Line 5");
        QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("no vCard");
        QTest::newRow("crlf smuggled")
            << QByteArray("BEGIN:VCARD\nFN:A\nEMAIL:a@example.org\\nBcc: x@y\nEND:VCARD\n")
            << QStringLiteral("Line 3");
    }

    void malformedFilesNameTheLineAndImportNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString error = readError(data);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void mergeIsAllOrNothing()
    {
        QTemporaryDir dir;
        ContactStore book(dir.path());
        QString error;
        QVERIFY(!book.saveContact({{}, {}, {QStringLiteral("ann@example.org")}, {}}, &error).isEmpty());
        const vcard::ReadResult r = readOk(Thunderbird30);
        int added = 0, updated = 0;
        QVERIFY2(book.merge(r.book, &error, &added, &updated), qPrintable(error));
        QCOMPARE(added, 1);
        QCOMPARE(updated, 1);  // ann got her name and second address
        QCOMPARE(book.contacts().size(), 2);
        QCOMPARE(book.contacts()[0].name, QStringLiteral("Lee, Ann"));
        QCOMPARE(book.contacts()[0].addresses.size(), 2);
        QCOMPARE(book.groups().size(), 2);
        // A book with a bad group changes nothing.
        ContactBook bad;
        bad.contacts << Contact{{}, QStringLiteral("New"), {QStringLiteral("new@example.org")}, {}};
        bad.groups << ContactGroup{QStringLiteral("G"), {QStringLiteral("broken@")}, false};
        QVERIFY(!book.merge(bad, &error));
        QCOMPARE(book.contacts().size(), 2);
    }

    // The one rule for group syntax: MailItem -> Message -> the builder's header; the envelope has all.
    void groupSyntaxInHeaderMembersInEnvelope()
    {
        MailItem item;
        item.from = QStringLiteral("Me <me@example.org>");
        item.to = QStringLiteral("solo@example.org, Team: Ann Lee <ann@example.org>, bob@example.org;");
        item.cc = QStringLiteral("\"Board, North\": cyd@example.org;");
        item.bcc = QStringLiteral("Hidden: h1@example.org, h2@example.org;");
        item.subject = QStringLiteral("Hi");
        item.body = QStringLiteral("Hello");
        smtp::Message m;
        QString error;
        QVERIFY2(item.toMessage(&m, &error), qPrintable(error));
        QCOMPARE(m.toGroups.size(), 1);
        QVERIFY(m.bcc.size() == 2);
        QStringList envelope;
        for (const smtp::Mailbox &r : m.recipients())
            envelope << r.address();
        QCOMPARE(envelope, (QStringList{"solo@example.org", "ann@example.org", "bob@example.org",
                                        "cyd@example.org", "h1@example.org", "h2@example.org"}));
        const QByteArray eml = smtp::MimeMessageSource::render(m, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(eml.contains("To: solo@example.org, Team: Ann Lee <ann@example.org>, bob@example.org;\r\n"),
                 eml.constData());
        QVERIFY(eml.contains("Cc: \"Board, North\": cyd@example.org;\r\n"));
        QVERIFY(!eml.contains("Hidden") && !eml.contains("h1@"));
        // Read back by the --eml reader, which knows group syntax: the same envelope.
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(eml);
        file.close();
        smtp::EmlFileSource source(file.fileName());
        QVERIFY(source.readHeaders().isEmpty());
        QStringList back;
        for (const smtp::Mailbox &r : source.headerRecipients())
            back << r.address();
        QCOMPARE(back, envelope.mid(0, 4));
    }
};

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
