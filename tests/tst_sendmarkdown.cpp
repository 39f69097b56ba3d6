// `stamp send --markdown-file`, `--priority` and `--read-receipt` end to end: the light `stamp` hands
// Markdown to stamp-desktop (QTextDocument needs Qt GUI), the fake server receives the message, and Python's
// email package reads it back (tests/scripts/mimetree.py).

#include "fakeserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out, err;
};

// Runs `stamp send` to its end, bounded, with a private HOME and no display; the fake server lives in this
// process's event loop, so the wait spins it.
Result runSend(const QStringList &args, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CONFIG_HOME",
                             "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STAMP_BINARY), QStringList{QStringLiteral("send")} + args);
    p.closeWriteChannel();
    Result r;
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 5000))
            qWarning("the process could not be stopped");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The DATA content as the message: without the final ".", dot-stuffing undone (RFC 5321 §4.5.2).
QByteArray unstuffed(QByteArray data)
{
    if (data.endsWith("\r\n.\r\n"))
        data.chop(3);
    QByteArray out;
    for (const QByteArray &line : data.split('\n'))
        out += (line.startsWith("..") ? line.mid(1) : line) + '\n';
    out.chop(1);
    return out;
}

}  // namespace

class TestSendMarkdown : public QObject
{
    Q_OBJECT
private slots:
    void markdownPriorityReceipt();
    void refused_data();
    void refused();

private:
    QTemporaryDir m_dir;
};

void TestSendMarkdown::markdownPriorityReceipt()
{
    QVERIFY(m_dir.isValid());
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(5000, 'x');
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("chart.png")), png));
    const QByteArray markdown = "# Report\n\nSales are **up**, see ![the chart](chart.png).\n\n"
                                "- one\n- two\n\n.a line starting with a dot\n";
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("report.md")), markdown));
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),
                       QStringLiteral("S: 250 fake"), QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.org>"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                       QStringLiteral("D:"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT"),
                       QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    const Result r =
        runSend({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                 QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
                 QStringLiteral("Ann <ann@example.org>"), QStringLiteral("--to"),
                 QStringLiteral("bob@example.org"), QStringLiteral("--subject"), QStringLiteral("Report"),
                 QStringLiteral("--markdown-file"), m_dir.filePath(QStringLiteral("report.md")),
                 QStringLiteral("--priority"), QStringLiteral("high"), QStringLiteral("--read-receipt")},
                m_dir.filePath(QStringLiteral("home")));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.err.contains("QFont"), r.err.constData());
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.data().size(), 1);

    const QString eml = m_dir.filePath(QStringLiteral("sent.eml"));
    QVERIFY(writeFile(eml, unstuffed(server.data().first())));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(STAMP_TEST_SCRIPTS "/mimetree.py"), eml});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonObject m = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(m[QStringLiteral("defects")].toArray(), QJsonArray());
    const QJsonObject h = m[QStringLiteral("headers")].toObject();
    QCOMPARE(h[QStringLiteral("importance")].toString(), QStringLiteral("high"));
    QCOMPARE(h[QStringLiteral("x-priority")].toString(), QStringLiteral("1 (Highest)"));
    QCOMPARE(h[QStringLiteral("disposition-notification-to")].toString(),
             QStringLiteral("Ann <ann@example.org>"));

    const QJsonObject tree = m[QStringLiteral("tree")].toObject();
    QCOMPARE(tree[QStringLiteral("type")].toString(), QStringLiteral("multipart/alternative"));
    const QJsonArray alt = tree[QStringLiteral("parts")].toArray();
    QCOMPARE(alt[0][QStringLiteral("text")].toString(),
             QString::fromUtf8(markdown));  // the Markdown as written
    QCOMPARE(alt[1][QStringLiteral("type")].toString(), QStringLiteral("multipart/related"));
    const QJsonArray rel = alt[1][QStringLiteral("parts")].toArray();
    QCOMPARE(rel.size(), 2);
    const QString html = rel[0][QStringLiteral("text")].toString();
    QVERIFY2(html.contains(QLatin1String("<h1>Report</h1>")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<strong>up</strong>")));
    QVERIFY(html.contains(QLatin1String("<li>one</li>")));
    QVERIFY(!html.contains(QLatin1String("qrichtext")) && !html.contains(QLatin1String("-qt-")));
    const QString cid = rel[1][QStringLiteral("cid")].toString();
    QVERIFY(cid.endsWith(QLatin1String("@example.org>")));
    QVERIFY(html.contains(QStringLiteral("src=\"cid:%1\"").arg(cid.mid(1, cid.size() - 2))));
    QCOMPARE(rel[1][QStringLiteral("size")].toInt(), png.size());
    QCOMPARE(rel[1][QStringLiteral("type")].toString(), QStringLiteral("image/png"));
}

void TestSendMarkdown::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    const QString md = m_dir.filePath(QStringLiteral("report.md"));
    const QStringList base{QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"),
                           QStringLiteral("--from"),   QStringLiteral("ann@example.org"),
                           QStringLiteral("--to"),     QStringLiteral("bob@example.org")};
    QTest::newRow("unknown priority")
        << base + QStringList{QStringLiteral("--priority"), QStringLiteral("urgent")} << 2
        << "--priority must be high, normal or low";
    QTest::newRow("markdown and body") << base
                                              + QStringList{QStringLiteral("--markdown-file"), md,
                                                            QStringLiteral("--body"), QStringLiteral("x")}
                                       << 2 << "not both";
    QTest::newRow("missing markdown file")
        << base + QStringList{QStringLiteral("--markdown-file"), m_dir.filePath(QStringLiteral("none.md"))}
        << 11 << "cannot read the Markdown file";
    QTest::newRow("eml with priority")
        << base
               + QStringList{QStringLiteral("--eml"), md, QStringLiteral("--priority"), QStringLiteral("low")}
        << 2 << "--priority";
    QTest::newRow("eml with read receipt")
        << base + QStringList{QStringLiteral("--eml"), md, QStringLiteral("--read-receipt")} << 2
        << "--read-receipt";
}

void TestSendMarkdown::refused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("report.md")), "# x\n"));
    const Result r = runSend(args, m_dir.filePath(QStringLiteral("home")));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
}

QTEST_GUILESS_MAIN(TestSendMarkdown)
#include "tst_sendmarkdown.moc"
