// `stamp send --eml` end to end: the real binary reads a prepared file against the scripted fake server. One
// row per header form of RFC 5322 §3.4 and §4.5.3; each checks the exact RCPT set (the script expects exactly
// those RCPT lines, in that order, then DATA) and that no Bcc or Resent-Bcc reaches the wire. What the server
// must offer for the content (SMTPUTF8, 8BITMIME) is tested on EmlFileSource::prepare() in tst_message.
#include "fakeserver.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestEml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recipientsFromHeaders_data();
    void recipientsFromHeaders();
    void flagsGiveTheEnvelope();
    void contentDecidesMailParameters_data();
    void contentDecidesMailParameters();
    void refusedBeforeConnecting_data();
    void refusedBeforeConnecting();
};

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out, err;
};

Result runStamp(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STAMP_BINARY), QStringList{QStringLiteral("send")} + args);
    p.closeWriteChannel();
    Result r;
    // The fake server lives in this process's event loop, so wait by spinning it, never by blocking.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000)) {
        p.kill();
        p.waitForFinished(1000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Greeting and EHLO, MAIL FROM, exactly these RCPTs, the content, QUIT: an RCPT more, less or other is a
// script mismatch.
QStringList transaction(const QStringList &rcpts)
{
    QStringList s{QStringLiteral("S: 220 fake"),
                  QStringLiteral("C: EHLO *"),
                  QStringLiteral("S: 250-fake"),
                  QStringLiteral("S: 250 8BITMIME"),
                  QStringLiteral("C: MAIL FROM:<ann@example.org>"),
                  QStringLiteral("S: 250 ok")};
    for (const QString &r : rcpts)
        s << QStringLiteral("C: RCPT TO:<%1>").arg(r) << QStringLiteral("S: 250 ok");
    s << QStringLiteral("C: DATA") << QStringLiteral("S: 354 go") << QStringLiteral("D:")
      << QStringLiteral("S: 250 queued") << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 bye")
      << QStringLiteral("X");
    return s;
}

// The top-level header section of what went out, unfolded, lower case.
QByteArray topHeaders(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    QByteArray h = (end < 0 ? data : data.left(end + 2)).toLower();
    return h.replace("\r\n ", " ").replace("\r\n\t", " ");
}

QString writeEml(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

QStringList baseArgs(quint16 port)
{
    return {QStringLiteral("--server"),   QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--security"), QStringLiteral("none"),
            QStringLiteral("--from"),     QStringLiteral("ann@example.org")};
}
}  // namespace

void TestEml::recipientsFromHeaders_data()
{
    QTest::addColumn<QByteArray>("headers");  // before "Subject: t\n\nbody\n"
    QTest::addColumn<QStringList>("rcpts");   // the exact envelope, in order
    QTest::addColumn<QStringList>("hidden");  // must not appear anywhere on the wire

    // RFC 5322 §3.4: groups.
    QTest::newRow("group") << QByteArray("To: Team: a@example.org, Bee <b@example.org>;\n")
                           << QStringList{"a@example.org", "b@example.org"} << QStringList();
    QTest::newRow("empty group and Bcc") << QByteArray("To: undisclosed-recipients:;\nBcc: h@example.org\n")
                                         << QStringList{"h@example.org"} << QStringList{"h@example.org"};
    QTest::newRow("two groups, a mailbox between")
        << QByteArray("To: A: a@example.org;, c@example.org, B: \"Bee\" <b@example.org>, d@example.org;\n")
        << QStringList{"a@example.org", "c@example.org", "b@example.org", "d@example.org"} << QStringList();
    QTest::newRow("group in Cc, empty members")
        << QByteArray("To: x@example.org\nCc: Friends: ,a@example.org,,b@example.org,;\n")
        << QStringList{"x@example.org", "a@example.org", "b@example.org"} << QStringList();
    // §3.2.2: comments and CFWS anywhere.
    QTest::newRow("comments") << QByteArray("To: a@example.org (Ann), (lead) b@example.org (Bee (nested))\n")
                              << QStringList{"a@example.org", "b@example.org"} << QStringList();
    QTest::newRow("comments inside the addr-spec")
        << QByteArray("To: Ann (x) <(y) a (z) @ (w) example.org (v)>, c@example.org\n")
        << QStringList{"a@example.org", "c@example.org"} << QStringList();
    QTest::newRow("quoted-pairs in comment and name")
        << QByteArray("To: c@example.org (Ann \\) Smith, \\(x), \"A \\\"B\\\", C\" <d@example.org>\n")
        << QStringList{"c@example.org", "d@example.org"} << QStringList();
    // §4.5: obsolete white space before the colon.
    QTest::newRow("obsolete spacing")
        << QByteArray("To : a@example.org\nCc\t:b@example.org\nBcc :  h@example.org\n")
        << QStringList{"a@example.org", "b@example.org", "h@example.org"} << QStringList{"h@example.org"};
    // §4.4: obs-mbox-list / obs-addr-list empty elements.
    QTest::newRow("empty elements") << QByteArray("To: ,a@example.org,, ,b@example.org,\n")
                                    << QStringList{"a@example.org", "b@example.org"} << QStringList();
    // §4.4: obs-route, dropped.
    QTest::newRow("route") << QByteArray("To: Ann <@relay.example,@other.example:a@example.org>\n")
                           << QStringList{"a@example.org"} << QStringList();
    QTest::newRow("route with empty hops") << QByteArray("To: <,@relay.example,,@b.example:a@example.org>\n")
                                           << QStringList{"a@example.org"} << QStringList();
    // §4.4: obs-local-part and obs-domain.
    QTest::newRow("obs-local-part, obs-domain")
        << QByteArray("To: john . doe @ example . org, \"q u\".x@example.org\n")
        << QStringList{"john.doe@example.org", "\"q u.x\"@example.org"} << QStringList();
    // §3.2.4: quoted display names with commas, semicolons and colons.
    QTest::newRow("quoted names") << QByteArray(
        "To: \"Doe, John\" <j@example.org>, \"Roe; Jane: x\" <r@example.org>\n")
                                  << QStringList{"j@example.org", "r@example.org"} << QStringList();
    QTest::newRow("quoted local part with comma")
        << QByteArray("To: \"a,b\"@example.org, c@example.org\n")
        << QStringList{"\"a,b\"@example.org", "c@example.org"} << QStringList();
    // §2.2.3: folded lines.
    QTest::newRow("folded") << QByteArray(
        "To: a@example.org,\n b@example.org,\n\tTeam:\n  c@example.org\n ;\n")
                            << QStringList{"a@example.org", "b@example.org", "c@example.org"}
                            << QStringList();
    QTest::newRow("folded inside a quoted name") << QByteArray("To: \"Doe,\n John\" <j@example.org>\n")
                                                 << QStringList{"j@example.org"} << QStringList();
    // RFC 2047 words in display names.
    QTest::newRow("RFC 2047 names") << QByteArray(
        "To: =?UTF-8?Q?J=C3=BCrgen=2C_M?= <j@example.org>, =?ISO-8859-1?B?SvxyZ2Vu?= <k@example.org>\n")
                                    << QStringList{"j@example.org", "k@example.org"} << QStringList();
    // Several fields (obs-to, §4.5.3), in the order of the file; duplicates once, the domain's case ignored.
    QTest::newRow("two To fields, a duplicate")
        << QByteArray("To: a@example.org\nCc: b@example.org\nTo: c@example.org, a@EXAMPLE.org\n")
        << QStringList{"a@example.org", "b@example.org", "c@example.org"} << QStringList();
    // §4.5.3 (obs-bcc): Bcc in any case, folded, with obsolete spacing; all of it gone from the wire.
    QTest::newRow("Bcc folded, mixed case")
        << QByteArray(
               "To: a@example.org\nbCC: Secret: h1@example.org,\n\th2@example.org;\nBCC\t : h3@example.org\n")
        << QStringList{"a@example.org", "h1@example.org", "h2@example.org", "h3@example.org"}
        << QStringList{"h1@example.org", "h2@example.org", "h3@example.org", "Secret"};
    QTest::newRow("empty Bcc") << QByteArray("To: a@example.org\nBcc:\n") << QStringList{"a@example.org"}
                               << QStringList();
    // §3.6.6: a resent message goes to the newest Resent- block's recipients; Resent-Bcc is removed.
    QTest::newRow("resent") << QByteArray(
        "Resent-From: r@example.org\nResent-To: new@example.org\n"
        "Resent-Bcc: secret@example.org\nResent-Date: Mon, 1 Dec 2026 10:00:00 +0000\n"
        "Received: from x by y; Mon, 1 Dec 2026 09:00:00 +0000\n"
        "Resent-From: old@example.org\nResent-To: older@example.org\n"
        "Resent-bcc : oldsecret@example.org\n"
        "To: original@example.org\n")
                            << QStringList{"new@example.org", "secret@example.org"}
                            << QStringList{"secret@example.org", "oldsecret@example.org"};
}

void TestEml::recipientsFromHeaders()
{
    QFETCH(QByteArray, headers);
    QFETCH(QStringList, rcpts);
    QFETCH(QStringList, hidden);
    QTemporaryDir dir;
    const QString path = writeEml(dir, "From: Ann <ann@example.org>\n" + headers + "Subject: t\n\nbody\n");
    QVERIFY(!path.isEmpty());
    FakeServer server(transaction(rcpts));
    const Result r = runStamp(baseArgs(server.port()) + QStringList{QStringLiteral("--eml"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(server.data().size(), 1);
    const QByteArray wire = server.data().first();
    const QByteArray top = topHeaders(wire);
    QVERIFY2(!top.contains("\r\nbcc") && !top.startsWith("bcc") && !top.contains("resent-bcc"),
             top.constData());
    for (const QString &h : hidden)
        QVERIFY2(!wire.contains(h.toUtf8()), qPrintable(h));
    QVERIFY(wire.contains("\r\nSubject: t\r\n\r\nbody\r\n"));
}

// With --to the flags give the envelope; the file's Bcc still never reaches the wire, and a Bcc inside an
// attached message (message/rfc822, which is body) is neither removed nor a recipient.
void TestEml::flagsGiveTheEnvelope()
{
    QTemporaryDir dir;
    const QByteArray inner =
        "From: x@example.org\r\nBcc: inner-bcc@example.org\r\nTo: inner@example.org\r\n\r\nhi\r\n";
    const QString path = writeEml(dir, "From: ann@example.org\nTo: a@example.org\nBcc: top@example.org\n"
                                       "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
                                       "--b\nContent-Type: text/plain\n\nsee attached\n"
                                       "--b\nContent-Type: message/rfc822\n\n"
                                           + inner + "--b--\n");
    {
        FakeServer server(transaction({QStringLiteral("a@example.org"), QStringLiteral("top@example.org")}));
        const Result r = runStamp(baseArgs(server.port()) + QStringList{QStringLiteral("--eml"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        const QByteArray wire = server.data().value(0);
        QVERIFY(!wire.contains("top@example.org"));
        QVERIFY(wire.contains(inner));
    }
    {
        FakeServer server(transaction({QStringLiteral("only@example.org")}));
        const Result r = runStamp(baseArgs(server.port())
                                  + QStringList{QStringLiteral("--to"), QStringLiteral("only@example.org"),
                                                QStringLiteral("--eml"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        const QByteArray wire = server.data().value(0);
        QVERIFY(!wire.contains("top@example.org"));
        QVERIFY(wire.contains(inner));
    }
}

void TestEml::contentDecidesMailParameters_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("body8");  // BODY=8BITMIME expected
    QTest::addColumn<bool>("utf8");   // SMTPUTF8 expected

    QTest::newRow("ASCII") << QByteArray("From: ann@example.org\nTo: bob@example.org\n\nhi\n") << false
                           << false;
    QTest::newRow("8-bit body")
        << QStringLiteral("From: ann@example.org\nTo: bob@example.org\n\nGrüße\n").toUtf8() << true << false;
    // The header octets are 8-bit content too: declared BODY=8BITMIME where offered (RFC 6152), besides
    // SMTPUTF8.
    QTest::newRow("UTF-8 header (RFC 6532)")
        << QStringLiteral("From: ann@example.org\nTo: Jürgen <bob@example.org>\nSubject: Grüße\n\nhi\n")
               .toUtf8()
        << true << true;
    QTest::newRow("UTF-8 header and body")
        << QStringLiteral("From: ann@example.org\nTo: Jürgen <bob@example.org>\n\nGrüße\n").toUtf8() << true
        << true;
}

// To a server that offers both, the MAIL command says what the content holds (RFC 6152, RFC 6531), no more.
void TestEml::contentDecidesMailParameters()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, body8);
    QFETCH(bool, utf8);
    QTemporaryDir dir;
    const QString path = writeEml(dir, file);
    FakeServer server({QStringLiteral("S: 220 fake"), QStringLiteral("C: EHLO *"),
                       QStringLiteral("S: 250-fake"), QStringLiteral("S: 250-8BITMIME"),
                       QStringLiteral("S: 250 SMTPUTF8"), QStringLiteral("C: MAIL FROM:<ann@example.org>*"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:<bob@example.org>"),
                       QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                       QStringLiteral("D:"), QStringLiteral("S: 250 queued"), QStringLiteral("C: QUIT"),
                       QStringLiteral("S: 221 bye"), QStringLiteral("X")});
    const Result r = runStamp(baseArgs(server.port()) + QStringList{QStringLiteral("--eml"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    const QByteArray received = server.received();
    const qsizetype at = received.indexOf("MAIL FROM:");
    const QByteArray mail = received.mid(at, received.indexOf("\r\n", at) - at);
    QCOMPARE(mail.contains(" BODY=8BITMIME"), body8);
    QCOMPARE(mail.contains(" SMTPUTF8"), utf8);
}

void TestEml::refusedBeforeConnecting_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("named");  // the error must say this

    QTest::newRow("To that does not parse")
        << QByteArray("From: ann@example.org\nTo: a@example.org b@example.org\n\nx\n")
        << QByteArray("To field");
    QTest::newRow("Cc with an unclosed quote")
        << QByteArray("From: ann@example.org\nCc: \"Doe <d@example.org>\n\nx\n") << QByteArray("Cc field");
    QTest::newRow("Bcc that does not parse")
        << QByteArray("From: ann@example.org\nTo: a@example.org\nBcc: h@\n\nx\n") << QByteArray("Bcc field");
    QTest::newRow("group inside a group")
        << QByteArray("From: ann@example.org\nTo: A: B: b@example.org;;\n\nx\n") << QByteArray("group");
    QTest::newRow("not a header line")
        << QByteArray("From ann@example.org Mon Dec  1 10:00:00 2026\nBcc: h@example.org\n\nx\n")
        << QByteArray("not a header field");
    QTest::newRow("folded first line") << QByteArray(" To: a@example.org\n\nx\n") << QByteArray("folded");
    QByteArray big = "From: ann@example.org\nTo: a@example.org\n";
    while (big.size() <= (1 << 20))
        big += "X-Filler: " + QByteArray(70, 'f') + '\n';
    QTest::newRow("header section over 1 MiB, Bcc after it") << big + "Bcc: h@example.org\n\nx\n"
                                                             << QByteArray("longer than 1048576 bytes");
    QTest::newRow("TAB in a quoted local part")
        << QByteArray("From: ann@example.org\nTo: \"a\tb\"@example.org\n\nx\n") << QByteArray("U+0009");
    QTest::newRow("DEL in a quoted local part") << QByteArray("From: ann@example.org\nTo: \"a\x7f"
                                                              "b\"@example.org\n\nx\n")
                                                << QByteArray("U+007F");
    QTest::newRow("resent without recipients")
        << QByteArray("Resent-From: r@example.org\nFrom: ann@example.org\nTo: a@example.org\n\nx\n")
        << QByteArray("Resent-To");
}

// A header section Stamp cannot read whole is refused with its reason (exit 11) before any connection.
void TestEml::refusedBeforeConnecting()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, named);
    QTemporaryDir dir;
    const QString path = writeEml(dir, file);
    QVERIFY(!path.isEmpty());
    FakeServer server(transaction({}));
    const Result r = runStamp(baseArgs(server.port()) + QStringList{QStringLiteral("--eml"), path});
    QCOMPARE(r.exitCode, 11);
    QVERIFY2(r.err.contains(named), r.err.constData());
    QCOMPARE(server.connections(), 0);
}

QTEST_GUILESS_MAIN(TestEml)
#include "tst_eml.moc"
