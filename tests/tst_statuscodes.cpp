// The RFC 3463 enhanced status code registry (as IANA keeps it), the reply explainer and the transcript
// explainer that says, for each line, where it is in the SMTP state machine.
#include "explain.h"
#include "reply.h"
#include "statuscodes.h"

#include <QSet>
#include <QTest>

using namespace smtp;

class TestStatusCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryIsComplete();
    void everyEntryHasNameDescriptionReference();
    void everyRegisteredCodeIsExplainedInEachClass();
    void unknownCodesFallBackBySubjectThenClass();
    void malformedCodesAreNotExplained();
    void replyClasses();
    void basicCodes();
    void replyExplainedWithStage_data();
    void replyExplainedWithStage();
    void commandsExplained();
    void transcriptStagesFollowPipelining();
    void extensionsExplained();
    void dataRefusalAfterRecipientsRefused();
};

// Every code in IANA's registry (updated 2024-12-06), written out by hand from it: the table in
// statuscodes.cpp must hold exactly these.
static const QStringList ianaCodes = {
    "X.0.0",  "X.1.0",  "X.1.1",  "X.1.2",  "X.1.3",  "X.1.4",  "X.1.5",  "X.1.6",  "X.1.7",
    "X.1.8",  "X.1.9",  "X.1.10", "X.2.0",  "X.2.1",  "X.2.2",  "X.2.3",  "X.2.4",  "X.3.0",
    "X.3.1",  "X.3.2",  "X.3.3",  "X.3.4",  "X.3.5",  "X.3.6",  "X.4.0",  "X.4.1",  "X.4.2",
    "X.4.3",  "X.4.4",  "X.4.5",  "X.4.6",  "X.4.7",  "X.5.0",  "X.5.1",  "X.5.2",  "X.5.3",
    "X.5.4",  "X.5.5",  "X.5.6",  "X.6.0",  "X.6.1",  "X.6.2",  "X.6.3",  "X.6.4",  "X.6.5",
    "X.6.6",  "X.6.7",  "X.6.8",  "X.6.9",  "X.6.10", "X.7.0",  "X.7.1",  "X.7.2",  "X.7.3",
    "X.7.4",  "X.7.5",  "X.7.6",  "X.7.7",  "X.7.8",  "X.7.9",  "X.7.10", "X.7.11", "X.7.12",
    "X.7.13", "X.7.14", "X.7.15", "X.7.16", "X.7.17", "X.7.18", "X.7.19", "X.7.20", "X.7.21",
    "X.7.22", "X.7.23", "X.7.24", "X.7.25", "X.7.26", "X.7.27", "X.7.28", "X.7.29", "X.7.30",
};

void TestStatusCodes::registryIsComplete()
{
    QStringList have;
    QSet<int> subjects;
    for (const EnhancedStatus &e : enhancedStatusRegistry()) {
        if (e.detail < 0)
            subjects.insert(e.subject);
        else
            have << QStringLiteral("X.%1.%2").arg(e.subject).arg(e.detail);
    }
    QCOMPARE(have, ianaCodes);
    QCOMPARE(subjects, (QSet<int>{0, 1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(enhancedClassName(2), QStringLiteral("Success"));
    QCOMPARE(enhancedClassName(4), QStringLiteral("Persistent Transient Failure"));
    QCOMPARE(enhancedClassName(5), QStringLiteral("Permanent Failure"));
    QVERIFY(enhancedClassName(3).isEmpty());
}

void TestStatusCodes::everyEntryHasNameDescriptionReference()
{
    QSet<QString> seen;
    for (const EnhancedStatus &e : enhancedStatusRegistry()) {
        const QString key = QStringLiteral("%1.%2").arg(e.subject).arg(e.detail);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY2(e.name && *e.name, qPrintable(key));
        QVERIFY2(e.description && qstrlen(e.description) > 10, qPrintable(key));
        QVERIFY2(QByteArray(e.reference).startsWith("RFC ") || QByteArray(e.reference).startsWith("draft-"),
                 qPrintable(key));
        QVERIFY2(e.classes && *e.classes, qPrintable(key));
        for (const char *c = e.classes; *c; ++c)
            QVERIFY2(*c == '2' || *c == '4' || *c == '5', qPrintable(key));
    }
    // A few names as the registry spells them, and their references.
    const auto find = [](int s, int d) {
        for (const EnhancedStatus &e : enhancedStatusRegistry())
            if (e.subject == s && e.detail == d)
                return e;
        return EnhancedStatus{-1, -1, "", "", "", ""};
    };
    QCOMPARE(QByteArray(find(1, 1).name), QByteArray("Bad destination mailbox address"));
    QCOMPARE(QByteArray(find(7, 8).reference), QByteArray("RFC 4954"));
    QCOMPARE(QByteArray(find(7, 23).name), QByteArray("SPF validation failed"));
    QCOMPARE(QByteArray(find(7, 30).reference), QByteArray("RFC 8689"));
    QCOMPARE(QByteArray(find(1, 10).reference), QByteArray("RFC 7505"));
    QVERIFY(find(6, 10).deprecated);
}

void TestStatusCodes::everyRegisteredCodeIsExplainedInEachClass()
{
    int checked = 0;
    for (const EnhancedStatus &e : enhancedStatusRegistry()) {
        if (e.detail < 0)
            continue;
        for (const char *c = e.classes; *c; ++c) {
            const QByteArray code =
                QByteArray(1, *c) + '.' + QByteArray::number(e.subject) + '.' + QByteArray::number(e.detail);
            const EnhancedExplanation x = explainEnhancedCode(code);
            QVERIFY2(x.known, code.constData());
            QCOMPARE(x.name, QString::fromUtf8(e.name));
            QCOMPARE(x.meaning, QString::fromUtf8(e.description));
            QVERIFY2(!x.subjectName.isEmpty(), code.constData());
            QCOMPARE(x.reference, QString::fromLatin1(e.reference));
            // And the whole reply explanation names it.
            const int basic = *c == '2' ? 250 : *c == '4' ? 450 : 550;
            const QString words = explainReply(basic, code);
            QVERIFY2(words.contains(QString::fromLatin1(code)) && words.contains(x.name), qPrintable(words));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestStatusCodes::unknownCodesFallBackBySubjectThenClass()
{
    // Microsoft's 5.7.139 is not in the registry: its subject still says what it is about.
    const EnhancedExplanation ms = explainEnhancedCode("5.7.139");
    QVERIFY(!ms.known);
    QCOMPARE(ms.subjectName, QStringLiteral("Security or Policy Status"));
    QVERIFY2(ms.name.contains(QLatin1String("Security or Policy Status"))
                 && ms.name.contains(QLatin1String("139")),
             qPrintable(ms.name));
    QVERIFY(ms.meaning.contains(QLatin1String("security")));
    const EnhancedExplanation addr = explainEnhancedCode("4.1.99");
    QVERIFY(!addr.known);
    QCOMPARE(addr.subjectName, QStringLiteral("Addressing Status"));
    // Unknown subject: only the class speaks.
    const EnhancedExplanation sub = explainEnhancedCode("5.9.1");
    QVERIFY(!sub.known);
    QVERIFY(sub.subjectName.isEmpty());
    QVERIFY2(sub.name.contains(QLatin1String("Permanent Failure")), qPrintable(sub.name));
    QVERIFY(sub.meaning.contains(QLatin1String("permanent")));
    QVERIFY(explainEnhancedCode("2.8.0").meaning.contains(QLatin1String("success")));
}

void TestStatusCodes::malformedCodesAreNotExplained()
{
    for (const char *bad :
         {"", "5", "5.1", "3.1.1", "6.0.0", "5.a.1", "5.1.1.1", "5.1234.1", "5..1", "55.1.1"}) {
        QVERIFY2(!EnhancedCode::parse(bad).valid(), bad);
        QVERIFY2(explainEnhancedCode(bad).name.isEmpty(), bad);
    }
    QVERIFY(EnhancedCode::parse("5.123.456").valid());
    // A malformed enhanced code does not break the reply's explanation.
    QVERIFY(explainReply(550, "5.x.1").contains(QLatin1String("5xx")));
}

void TestStatusCodes::replyClasses()
{
    QCOMPARE(replyClassOf(250), ReplyClass::Success);
    QCOMPARE(replyClassOf(354), ReplyClass::Intermediate);
    QCOMPARE(replyClassOf(334), ReplyClass::Intermediate);
    QCOMPARE(replyClassOf(451), ReplyClass::Temporary);
    QCOMPARE(replyClassOf(550), ReplyClass::Permanent);
    QCOMPARE(replyClassOf(199), ReplyClass::Invalid);
    QCOMPARE(replyClassOf(600), ReplyClass::Invalid);
    QSet<QString> names;
    for (ReplyClass c : {ReplyClass::Invalid, ReplyClass::Success, ReplyClass::Intermediate,
                         ReplyClass::Temporary, ReplyClass::Permanent}) {
        names.insert(replyClassName(c));
        QVERIFY(!replyClassMeaning(c).isEmpty());
    }
    QCOMPARE(names.size(), 5);
}

void TestStatusCodes::basicCodes()
{
    // RFC 5321 §4.2.3 lists these; RFC 4954 adds 235, 334, 432, 454, 500 (again), 530, 534, 535, 538; RFC
    // 7504 521, 556.
    for (int c : {211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 432, 450, 451, 452, 454, 455,
                  500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556})
        QVERIFY2(!basicCodeMeaning(c).isEmpty(), qPrintable(QString::number(c)));
    QVERIFY(basicCodeMeaning(299).isEmpty());
}

void TestStatusCodes::replyExplainedWithStage_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<int>("stage");
    QTest::addColumn<QStringList>("contains");
    QTest::newRow("354 to DATA") << 354 << QByteArray() << int(Stage::Data)
                                 << QStringList{"intermediate", "Go ahead", "dot", "not 250"};
    QTest::newRow("250 to the dot") << 250 << QByteArray("2.0.0") << int(Stage::Content)
                                    << QStringList{"success", "Sent", "responsibility"};
    QTest::newRow("451 to the dot") << 451 << QByteArray("4.3.0") << int(Stage::Content)
                                    << QStringList{"temporary", "Not sent yet", "try again"};
    QTest::newRow("550 to RCPT") << 550 << QByteArray("5.1.1") << int(Stage::Rcpt)
                                 << QStringList{"permanent", "5.1.1", "Bad destination mailbox address",
                                                "recipient is refused"};
    QTest::newRow("334 to AUTH") << 334 << QByteArray() << int(Stage::Auth)
                                 << QStringList{"next step of the login"};
    QTest::newRow("235") << 235 << QByteArray("2.7.0") << int(Stage::Auth)
                         << QStringList{"Logged in", "MAIL FROM"};
    QTest::newRow("220 to STARTTLS") << 220 << QByteArray("2.0.0") << int(Stage::StartTls)
                                     << QStringList{"TLS handshake"};
    QTest::newRow("421 anywhere") << 421 << QByteArray("4.7.0") << int(Stage::Rcpt)
                                  << QStringList{"closing", "try again later"};
}

void TestStatusCodes::replyExplainedWithStage()
{
    QFETCH(int, code);
    QFETCH(QByteArray, enhanced);
    QFETCH(int, stage);
    QFETCH(QStringList, contains);
    const QString e = explainReply(code, enhanced, Stage(stage));
    for (const QString &c : contains)
        QVERIFY2(e.contains(c, Qt::CaseInsensitive), qPrintable(e + QStringLiteral(" lacks ") + c));
    // Without a stage, no guess about what comes next.
    QVERIFY(!explainReply(550, "5.1.1").contains(QLatin1String("Next:")));
}

void TestStatusCodes::commandsExplained()
{
    LineContext again;
    again.stage = Stage::Ehlo;
    again.afterStartTls = true;
    QVERIFY(explainCommand(QStringLiteral("EHLO host")).contains(QLatin1String("extensions")));
    QVERIFY(explainCommand(QStringLiteral("EHLO host"), again).contains(QLatin1String("RFC 3207")));
    QVERIFY(explainCommand(QStringLiteral("MAIL FROM:<a@example.org>")).contains(QLatin1String("envelope")));
    QVERIFY(explainCommand(QStringLiteral("RCPT TO:<b@example.org>")).contains(QLatin1String("Bcc")));
    const QString data = explainCommand(QStringLiteral("DATA"));
    QVERIFY(data.contains(QLatin1String("354")) && data.contains(QLatin1String("not 250")));
    QVERIFY(explainCommand(QStringLiteral("BDAT 1200 LAST")).contains(QLatin1String("RFC 3030")));
    QVERIFY(explainCommand(QStringLiteral("BDAT 1200")).contains(QLatin1String("more follow")));
    QVERIFY(explainCommand(QStringLiteral("AUTH PLAIN ****")).contains(QLatin1String("PLAIN")));
    QVERIFY(explainCommand(QStringLiteral("QUIT")).contains(QLatin1String("221")));
    QVERIFY(explainCommand(QStringLiteral("STARTTLS")).contains(QLatin1String("encrypted")));
    QVERIFY(explainCommand(QStringLiteral(". (end of message, 12 bytes sent)"))
                .contains(QLatin1String("CRLF.CRLF")));
    for (const char *c : {"RSET", "NOOP", "VRFY bob", "EXPN list", "HELP", "HELO host"})
        QVERIFY2(!explainCommand(QString::fromLatin1(c)).isEmpty(), c);
    QVERIFY(explainCommand(QStringLiteral("XYZZY")).isEmpty());
}

static TranscriptEvent ev(TranscriptEvent::Kind k, const QString &text)
{
    TranscriptEvent e;
    e.kind = k;
    e.text = text;
    if (k == TranscriptEvent::Kind::Server) {
        e.code = text.left(3).toInt();
        const QString rest = text.mid(4);
        if (rest.size() > 5 && rest.at(1) == QLatin1Char('.'))
            e.enhanced = rest.section(QLatin1Char(' '), 0, 0).toLatin1();
    }
    return e;
}

void TestStatusCodes::transcriptStagesFollowPipelining()
{
    using K = TranscriptEvent::Kind;
    const struct
    {
        K kind;
        const char *text;
        Stage stage;
    } script[] = {
        {K::Info, "Connecting to mail.example.org port 587 (STARTTLS required)", Stage::Connect},
        {K::Server, "220 mail.example.org ESMTP", Stage::Greeting},
        {K::Client, "EHLO client", Stage::Ehlo},
        {K::Server, "250-mail.example.org", Stage::Ehlo},
        {K::Server, "250-PIPELINING", Stage::Ehlo},
        {K::Server, "250 STARTTLS", Stage::Ehlo},
        {K::Client, "STARTTLS", Stage::StartTls},
        {K::Server, "220 2.0.0 Ready to start TLS", Stage::StartTls},
        {K::Tls, "TLS established: TLSv1.3, cipher TLS_AES_256_GCM_SHA384", Stage::Tls},
        {K::Client, "EHLO client", Stage::Ehlo},
        {K::Server, "250-mail.example.org", Stage::Ehlo},
        {K::Server, "250 AUTH PLAIN", Stage::Ehlo},
        {K::Client, "AUTH LOGIN", Stage::Auth},
        {K::Server, "334 VXNlcm5hbWU6", Stage::Auth},
        {K::Client, "**** (user name)", Stage::Auth},
        {K::Server, "334 UGFzc3dvcmQ6", Stage::Auth},
        {K::Client, "**** (password)", Stage::Auth},
        {K::Server, "235 2.7.0 Authentication successful", Stage::Auth},
        // Pipelined (RFC 2920): the replies come back in the order of the commands.
        {K::Client, "MAIL FROM:<ann@example.org>", Stage::Mail},
        {K::Client, "RCPT TO:<bob@example.org>", Stage::Rcpt},
        {K::Client, "RCPT TO:<nobody@example.org>", Stage::Rcpt},
        {K::Client, "DATA", Stage::Data},
        {K::Server, "250 2.1.0 Ok", Stage::Mail},
        {K::Server, "250 2.1.5 Ok", Stage::Rcpt},
        {K::Server, "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown", Stage::Rcpt},
        {K::Server, "354 End data with <CR><LF>.<CR><LF>", Stage::Data},
        {K::Data, "From: ann@example.org\n[message content: 120 bytes in total]", Stage::Content},
        {K::Client, ". (end of message, 120 bytes sent)", Stage::Content},
        {K::Server, "250 2.0.0 Ok: queued as 12345", Stage::Content},
        {K::Client, "QUIT", Stage::Quit},
        {K::Server, "221 2.0.0 Bye", Stage::Quit},
    };
    TranscriptExplainer x;
    int ehlo = 0;
    for (const auto &s : script) {
        const TranscriptEvent e = ev(s.kind, QString::fromLatin1(s.text));
        const LineContext ctx = x.observe(e);
        QVERIFY2(ctx.stage == s.stage, s.text);
        const QString words = TranscriptExplainer::explain(e, ctx);
        if (s.kind != K::Info || ctx.stage == Stage::Connect)
            QVERIFY2(!words.isEmpty(), s.text);
        if (s.kind == K::Client && s.stage == Stage::Ehlo) {
            ++ehlo;
            QCOMPARE(ctx.afterStartTls, ehlo == 2);
            QCOMPARE(words.contains(QLatin1String("again")), ehlo == 2);
        }
        if (QByteArray(s.text).startsWith("550"))
            QVERIFY2(words.contains(QLatin1String("does not exist")), qPrintable(words));  // its diagnosis
        if (QByteArray(s.text).startsWith("354"))
            QVERIFY2(words.contains(QLatin1String("Go ahead")), qPrintable(words));
        if (QByteArray(s.text) == "250 2.0.0 Ok: queued as 12345")
            QVERIFY2(words.contains(QLatin1String("Sent")), qPrintable(words));
    }
    // A later EHLO (typed in the console) is just an EHLO: only the first one over TLS is "EHLO again".
    const TranscriptEvent typed = ev(K::Client, QStringLiteral("EHLO typed.example"));
    const LineContext typedCtx = x.observe(typed);
    QVERIFY(!typedCtx.afterStartTls);
    QVERIFY(!TranscriptExplainer::explain(typed, typedCtx).contains(QLatin1String("again")));
    // A new connection starts afresh: nothing pending from the last one.
    QCOMPARE(x.observe(ev(K::Info, QStringLiteral("Connecting to b.example port 465 (implicit TLS)"))).stage,
             Stage::Connect);
    QCOMPARE(x.observe(ev(K::Server, QStringLiteral("220 ready"))).stage, Stage::Greeting);
    QVERIFY(!x.annotate(ev(K::Client, QStringLiteral("EHLO c"))).contains(QLatin1String("again")));
    // What `stamp send --explain` writes: the line as the transcript has it, its meaning below.
    const TranscriptEvent quit = ev(K::Client, QStringLiteral("QUIT"));
    const QString line = x.annotatedLine(quit);
    QVERIFY(line.startsWith(quit.format() + QStringLiteral("\n    = QUIT")));
    QCOMPARE(x.annotatedLine(ev(K::Info, QStringLiteral("Logged in as ann"))),
             ev(K::Info, QStringLiteral("Logged in as ann")).format());
}

void TestStatusCodes::extensionsExplained()
{
    for (const char *l :
         {"250-PIPELINING", "250-SIZE 35882577", "250-8BITMIME", "250-SMTPUTF8", "250-CHUNKING",
          "250-AUTH PLAIN LOGIN", "250-AUTH=LOGIN", "250 ENHANCEDSTATUSCODES", "250-DSN", "250 STARTTLS"})
        QVERIFY2(!explainExtension(QString::fromLatin1(l)).isEmpty(), l);
    QVERIFY(explainExtension(QStringLiteral("250-XFOO")).isEmpty());
}

void TestStatusCodes::dataRefusalAfterRecipientsRefused()
{
    // Greylisting through a pipelined group: each RCPT refused for now, then DATA's "no valid recipients".
    // That 554 only repeats the RCPT replies: it must not read as "will fail again" beside a temporary
    // verdict.
    using K = TranscriptEvent::Kind;
    const auto dataReplyWords = [](const QList<QByteArray> &rcptReplies) {
        TranscriptExplainer x;
        x.observe(ev(K::Client, QStringLiteral("MAIL FROM:<ann@example.org>")));
        for (int i = 0; i < rcptReplies.size(); ++i)
            x.observe(ev(K::Client, QStringLiteral("RCPT TO:<r%1@example.org>").arg(i)));
        x.observe(ev(K::Client, QStringLiteral("DATA")));
        x.observe(ev(K::Server, QStringLiteral("250 2.1.0 Ok")));
        for (const QByteArray &r : rcptReplies)
            x.observe(ev(K::Server, QString::fromLatin1(r)));
        const TranscriptEvent refusal = ev(K::Server, QStringLiteral("554 5.5.1 Error: no valid recipients"));
        const LineContext ctx = x.observe(refusal);
        return TranscriptExplainer::explain(refusal, ctx);
    };
    const QString greylisted = dataReplyWords({"451 4.7.1 Greylisted", "451 4.7.1 Greylisted"});
    QVERIFY2(greylisted.contains(QLatin1String("only says that again")), qPrintable(greylisted));
    QVERIFY2(greylisted.contains(QLatin1String("tries again later")), qPrintable(greylisted));
    QVERIFY2(!greylisted.contains(QLatin1String("fail again")), qPrintable(greylisted));
    const QString unknown = dataReplyWords({"550 5.1.1 No such user", "550 5.1.1 No such user"});
    QVERIFY2(unknown.contains(QLatin1String("only says that again")), qPrintable(unknown));
    QVERIFY2(!unknown.contains(QLatin1String("tries again later")), qPrintable(unknown));
    // With a recipient accepted the refusal is the server's own word on the content.
    const QString own = dataReplyWords({"250 2.1.5 Ok", "451 4.7.1 Greylisted"});
    QVERIFY2(!own.contains(QLatin1String("only says that again")), qPrintable(own));
}

QTEST_GUILESS_MAIN(TestStatusCodes)
#include "tst_statuscodes.moc"
