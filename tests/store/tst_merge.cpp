// Mail merge (issue 13): the CSV reader, the {{placeholder}} templates, and the rows sent through the outbox
// over one connection by BatchSubmission against the scripted fake server.
#include "../fakeserver.h"
#include "batchsubmission.h"
#include "csvreader.h"
#include "mergejob.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace store;
using Category = smtp::Outcome::Category;

namespace {

const QStringList greeting{
    QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO client.example"),
    QStringLiteral("S: 250-fake.example"),       QStringLiteral("S: 250-PIPELINING"),
    QStringLiteral("S: 250 8BITMIME"),
};
const QStringList goodbye{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X")};

// One row's transaction, pipelined (MAIL, RCPT and DATA in one group), ending with the server's final reply.
QStringList row(const QString &address, const QString &finalReply = QStringLiteral("250 2.0.0 queued"))
{
    return {QStringLiteral("C: MAIL FROM:<ann@example.org>"),
            QStringLiteral("C: RCPT TO:<%1>").arg(address),
            QStringLiteral("C: DATA"),
            QStringLiteral("S: 250 2.1.0 Ok"),
            QStringLiteral("S: 250 2.1.5 Ok"),
            QStringLiteral("S: 354 go ahead"),
            QStringLiteral("D:"),
            QStringLiteral("S: ") + finalReply};
}

smtp::SessionOptions options(quint16 port)
{
    smtp::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.security = smtp::Security::None;
    o.ehloName = QStringLiteral("client.example");
    o.timeouts = smtp::Timeouts::uniform(10000);
    return o;
}

const QByteArray templateBytes = "To: {{name}} <{{email}}>\n"
                                 "Subject: Hello {{name}}\n"
                                 "\n"
                                 "Dear {{ name }},\n"
                                 "your code is {{code}}.\n";

MailItem templ()
{
    MailItem t;
    QString error;
    if (!merge::readTemplate(templateBytes, &t, &error))
        qFatal("%s", qPrintable(error));
    t.account = QStringLiteral("work");
    t.from = QStringLiteral("Ann <ann@example.org>");
    return t;
}

CsvTable csv(const QByteArray &text)
{
    CsvTable t;
    QString error;
    if (!readCsv(text, &t, &error))
        qFatal("%s", qPrintable(error));
    return t;
}

// Queues each row as `stamp merge` does; returns the ids in row order.
QStringList enqueueRows(MailStore &store, const QList<merge::Row> &rows, const QString &mergeId)
{
    QStringList ids;
    for (const merge::Row &r : rows) {
        MailItem m = r.item;
        m.mergeId = mergeId;
        m.mergeRow = r.number;
        ids << store.enqueue(m);
    }
    return ids;
}

}  // namespace

class TestMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void csvFields();
    void csvBomAndLineEndings();
    void csvErrorsNameTheLine_data();
    void csvErrorsNameTheLine();
    void templateText();
    void substitution();
    void rowErrorsBeforeSending();
    void mergeIdFollowsContent();
    void rowsOnOneConnection();
    void temporaryFailureKeepsRowQueued();
    void rateKeepsOneConnection();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMerge::csvFields()
{
    CsvTable t;
    QString error;
    QVERIFY2(readCsv("name,email,note\n"
                     "Ann,ann@example.org,plain\n"
                     "\"Smith, Bob\",bob@example.org,\"said \"\"hi\"\"\"\n"
                     "Cy,cy@example.org,\"two\nlines, and a comma\"\n"
                     "Dee,dee@example.org,\n",
                     &t, &error),
             qPrintable(error));
    QCOMPARE(t.header, (QStringList{"name", "email", "note"}));
    QCOMPARE(t.rows.size(), 4);
    QCOMPARE(t.rows[1], (QStringList{"Smith, Bob", "bob@example.org", "said \"hi\""}));
    QCOMPARE(t.rows[2][2], QStringLiteral("two\nlines, and a comma"));
    QCOMPARE(t.rows[3][2], QString());
    // Each row's first line, for the errors of later checks: the third row spans lines 4 and 5.
    QCOMPARE(t.lines, (QList<int>{2, 3, 4, 6}));
    QCOMPARE(t.column(QStringLiteral("email")), 1);
}

void TestMerge::csvBomAndLineEndings()
{
    CsvTable t;
    QString error;
    QVERIFY2(
        readCsv("\xEF\xBB\xBFname,email\r\n\r\nJürgen,j@example.org\r\n\"Zoë\",z@example.org", &t, &error),
        qPrintable(error));
    QCOMPARE(t.header, (QStringList{"name", "email"}));
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.rows[0][0], QStringLiteral("Jürgen"));
    QCOMPARE(t.rows[1], (QStringList{QStringLiteral("Zoë"), "z@example.org"}));
    QCOMPARE(t.lines, (QList<int>{3, 4}));
}

void TestMerge::csvErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"four\n5,6\n")
                                    << "Line 3 of the CSV file: a quoted field is never closed";
    QTest::newRow("quote inside field")
        << QByteArray("a,b\n1,x\"y\n") << "Line 2 of the CSV file: a quote inside a field";
    QTest::newRow("text after quote")
        << QByteArray("a,b\n\"1\"x,2\n") << "Line 2 of the CSV file: text after the closing quote";
    QTest::newRow("too few fields") << QByteArray("a,b\n1,2\n3\n") << "Line 3 of the CSV file: 1 field";
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2,3\n") << "Line 2 of the CSV file: 3 field";
    QTest::newRow("empty name") << QByteArray("a,,c\n")
                                << "Line 1 of the CSV file: column 2 of the header has no name";
    QTest::newRow("repeated name") << QByteArray("a,b,a\n")
                                   << "Line 1 of the CSV file: the column name \"a\" is there twice";
    QTest::newRow("not UTF-8") << QByteArray("a,b\n\xE9t\xE9,2\n") << "The CSV file is not UTF-8 text";
    QTest::newRow("empty") << QByteArray("\n\n") << "The CSV file is empty";
}

void TestMerge::csvErrorsNameTheLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    CsvTable t;
    QString error;
    QVERIFY(!readCsv(text, &t, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestMerge::templateText()
{
    const MailItem t = templ();
    QCOMPARE(t.to, QStringLiteral("{{name}} <{{email}}>"));
    QCOMPARE(t.subject, QStringLiteral("Hello {{name}}"));
    QCOMPARE(t.body, QStringLiteral("Dear {{ name }},\nyour code is {{code}}.\n"));
    MailItem bad;
    QString error;
    QVERIFY(!merge::readTemplate("To: {{email}}\nX-Evil: 1\n\nbody", &bad, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Line 2 of the template")), qPrintable(error));
    QVERIFY(!merge::readTemplate("To: {{email}}\nSubject: hi", &bad, &error));  // no body
    // A Stamp template (File > Save as Template) is read as such.
    QVERIFY(merge::readTemplate(QJsonDocument(mailItemToJson(t)).toJson(), &bad, &error));
    QCOMPARE(bad.subject, t.subject);
}

void TestMerge::substitution()
{
    const QHash<QString, QString> v{{"name", "Ann & Co <x>"}, {"code", "42"}};
    QCOMPARE(merge::placeholders(QStringLiteral("{{name}}, {{ code }} {{name}} {{}} {{ }} {x}")),
             (QStringList{"name", "code"}));
    QCOMPARE(merge::substitute(QStringLiteral("Hi {{name}}: {{ code }}"), v),
             QStringLiteral("Hi Ann & Co <x>: 42"));
    QCOMPARE(merge::substitute(QStringLiteral("<p>{{name}}</p>"), v, true),
             QStringLiteral("<p>Ann &amp; Co &lt;x&gt;</p>"));
    QCOMPARE(merge::substitute(QStringLiteral("{{ not closed"), v), QStringLiteral("{{ not closed"));
}

void TestMerge::rowErrorsBeforeSending()
{
    const CsvTable table = csv("name,email,code\n"
                               "Ann,ann@example.org,1\n"
                               "\"Bob\nBcc: victim@example.org\",bob@example.org,2\n"
                               "Cy,,3\n"
                               "Dee,not an address,4\n"
                               "Eve,eve@example.org,\"line\nbreaks are fine in the body\"\n");
    QVERIFY(merge::unknownPlaceholders(templ(), table).isEmpty());
    QCOMPARE(merge::unknownPlaceholders(templ(), csv("name,code\nAnn,1\n")), QStringList{"email"});
    const QList<merge::Row> rows = merge::expand(templ(), table);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[0].error, QString());
    QCOMPARE(rows[0].item.to, QStringLiteral("Ann <ann@example.org>"));
    QCOMPARE(rows[0].item.subject, QStringLiteral("Hello Ann"));
    QCOMPARE(rows[0].item.body, QStringLiteral("Dear Ann,\nyour code is 1.\n"));
    // A line break in a value used in a header: refused, never folded into the header.
    QVERIFY2(rows[1].error.contains(QStringLiteral("line break")), qPrintable(rows[1].error));
    QCOMPARE(rows[1].line, 3);
    QVERIFY2(!rows[2].error.isEmpty(), "an empty address is an error for its row");
    QVERIFY2(!rows[3].error.isEmpty(), "an address that does not parse is an error for its row");
    QCOMPARE(rows[2].line, 5);
    QCOMPARE(rows[4].error, QString());
    QCOMPARE(rows[4].item.body,
             QStringLiteral("Dear Eve,\nyour code is line\nbreaks are fine in the body.\n"));
    // No recipient at all.
    MailItem noTo = templ();
    noTo.to = QStringLiteral("{{email}}");
    QVERIFY(!merge::expand(noTo, csv("name,email,code\nAnn,,1\n")).first().error.isEmpty());
}

void TestMerge::mergeIdFollowsContent()
{
    const QString a = merge::mergeId(templateBytes, "name,email,code\nAnn,a@x.org,1\n");
    QCOMPARE(merge::mergeId(templateBytes, "name,email,code\nAnn,a@x.org,1\n"), a);
    QVERIFY(merge::mergeId(templateBytes, "name,email,code\nAnn,a@x.org,2\n") != a);
    // The boundary between the two files counts: moving bytes from one to the other is another merge.
    QVERIFY(merge::mergeId("ab", "c") != merge::mergeId("a", "bc"));
}

void TestMerge::rowsOnOneConnection()
{
    FakeServer server(greeting + row("ann@example.org") + row("bob@example.org") + row("cy@example.org")
                      + goodbye);
    MailStore store(m_dir->path());
    const QList<merge::Row> rows =
        merge::expand(templ(), csv("name,email,code\nAnn,ann@example.org,1\nBob,bob@example.org,2\n"
                                   "Cy,cy@example.org,3\n"));
    const QStringList ids = enqueueRows(store, rows, QStringLiteral("m1"));
    BatchSubmission batch(&store, ids, options(server.port()));
    QSignalSpy items(&batch, &BatchSubmission::itemFinished);
    QSignalSpy finished(&batch, &BatchSubmission::finished);
    batch.start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.connections(), 1);
    QCOMPARE(batch.connections(), 1);
    QCOMPARE(items.count(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(items[i][0].toString(), ids[i]);
        QCOMPARE(items[i][1].value<smtp::Outcome>().category, Category::Sent);
    }
    // Each its own message: its own greeting, Message-ID, and a Sent record naming the merge and its row.
    QCOMPARE(server.data().size(), 3);
    QVERIFY(server.data()[1].contains("Dear Bob,"));
    QVERIFY(server.data()[1].contains("Subject: Hello Bob"));
    QVERIFY(!server.data()[1].contains("Dear Ann"));
    QVERIFY(store.outbox().isEmpty());
    const QList<MailItem> sent = store.sent();
    QCOMPARE(sent.size(), 3);
    QSet<QByteArray> messageIds;
    QSet<int> mergeRows;
    for (const MailItem &m : sent) {
        QCOMPARE(m.mergeId, QStringLiteral("m1"));
        messageIds << m.messageId;
        mergeRows << m.mergeRow;
    }
    QCOMPARE(messageIds.size(), 3);
    QCOMPARE(mergeRows, (QSet<int>{1, 2, 3}));
}

void TestMerge::temporaryFailureKeepsRowQueued()
{
    FakeServer server(greeting + row("ann@example.org")
                      + row("bob@example.org", QStringLiteral("451 4.3.0 try again later"))
                      + QStringList{QStringLiteral("C: RSET"), QStringLiteral("S: 250 2.0.0 Ok")}
                      + row("cy@example.org") + goodbye);
    MailStore store(m_dir->path());
    const QList<merge::Row> rows =
        merge::expand(templ(), csv("name,email,code\nAnn,ann@example.org,1\nBob,bob@example.org,2\n"
                                   "Cy,cy@example.org,3\n"));
    const QStringList ids = enqueueRows(store, rows, QStringLiteral("m2"));
    {
        BatchSubmission batch(&store, ids, options(server.port()));
        QSignalSpy items(&batch, &BatchSubmission::itemFinished);
        QSignalSpy finished(&batch, &BatchSubmission::finished);
        batch.start();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QCOMPARE(items.count(), 3);
        QCOMPARE(items[1][1].value<smtp::Outcome>().category, Category::TemporaryFailure);
        QCOMPARE(items[2][1].value<smtp::Outcome>().category, Category::Sent);  // the next row still went
    }
    // The refused row stays in the outbox, waiting for a retry, with the server's reply.
    const QList<MailItem> left = store.outbox();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, ids[1]);
    QCOMPARE(left.first().status, MailItem::Status::Waiting);
    QCOMPARE(left.first().mergeRow, 2);
    QVERIFY(left.first().failureReply.startsWith(QStringLiteral("451")));
    QCOMPARE(store.sent().size(), 2);

    // Resumed: only that row goes, with the same Message-ID as the first attempt.
    FakeServer again(greeting + row("bob@example.org") + goodbye);
    BatchSubmission resume(&store, {left.first().id}, options(again.port()));
    QSignalSpy finished(&resume, &BatchSubmission::finished);
    resume.start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    QVERIFY2(again.errors().isEmpty(), qPrintable(again.errors().join(QLatin1Char('\n'))));
    QCOMPARE(again.data().size(), 1);
    QVERIFY(again.data().first().contains("<" + left.first().messageId + ">"));
    QVERIFY(store.outbox().isEmpty());
    QCOMPARE(store.sent().size(), 3);

    // And a batch given a row already sent sends nothing for it.
    BatchSubmission twice(&store, {ids[0]}, options(again.port()));
    QSignalSpy items(&twice, &BatchSubmission::itemFinished);
    QSignalSpy done(&twice, &BatchSubmission::finished);
    twice.start();
    QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 10000));
    QCOMPARE(items.count(), 1);
    QVERIFY(items.first()[2].toBool());  // busy: nothing done
    QCOMPARE(twice.connections(), 0);
}

void TestMerge::rateKeepsOneConnection()
{
    // 600 a minute: 100 ms between messages, a short wait, so one connection held open between them.
    FakeServer server(greeting + row("ann@example.org") + row("bob@example.org") + goodbye);
    MailStore store(m_dir->path());
    const QStringList ids = enqueueRows(
        store, merge::expand(templ(), csv("name,email,code\nAnn,ann@example.org,1\nBob,bob@example.org,2\n")),
        QStringLiteral("m3"));
    BatchSubmission batch(&store, ids, options(server.port()), 100);
    QSignalSpy started(&batch, &BatchSubmission::itemStarted);
    QSignalSpy finished(&batch, &BatchSubmission::finished);
    QElapsedTimer t;
    t.start();
    QList<qint64> starts;
    connect(&batch, &BatchSubmission::itemStarted, this, [&] { starts << t.elapsed(); });
    batch.start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.connections(), 1);
    QCOMPARE(starts.size(), 2);
    // Not a timing claim: the second start may not come before its turn (the lower bound is what the
    // rate promises; how much later is the machine's business).
    QVERIFY2(starts[1] - starts[0] >= 99, qPrintable(QString::number(starts[1] - starts[0])));
    QCOMPARE(store.sent().size(), 2);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
