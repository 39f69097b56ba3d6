// The protocol log: bounded, batched, explained line by line, grouped by session, filtered, searchable,
// savable.
#include "logpane.h"
#include "reply.h"
#include "stagetimer.h"
#include "statuscodes.h"
#include "tlsreport.h"
#include "transcriptmodel.h"
#include "uitest.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTreeView>

using smtp::TranscriptEvent;
using ui::LogPane;
using ui::TranscriptModel;

static TranscriptEvent ev(TranscriptEvent::Kind kind, const QString &text, int code = 0,
                          const QByteArray &enh = {})
{
    TranscriptEvent e;
    e.time = QDateTime::currentDateTime();
    e.kind = kind;
    e.text = text;
    e.code = code;
    e.enhanced = enh;
    return e;
}

class TestLogPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstOf100kStaysBoundedAndBatched();
    void steadyStreamDropsOldest();
    void serverLineTooltipExplainsCode();
    void directionsHaveDistinctColours();
    void searchFilters();
    void saveWritesEveryLine();
    void copyTakesSelectionOrAll();
    void clearEmpties();
    void everyLineExplainedBesideIt();
    void repliesMarkedByClassNotColourAlone();
    void sessionsAreTitledWithTimeServerOutcome();
    void filtersByDirectionClassProblems();
    void detailViewShowsLongLineInFull();
    void tlsReportAndTimingsInTheSessionGroup();
    void sessionsFoldUnderTheirTitle();
};

// A whole conversation as smtp::Session writes it: two sessions, the first sends, the second fails.
static QList<TranscriptEvent> conversation()
{
    using K = TranscriptEvent::Kind;
    QList<TranscriptEvent> l;
    const auto s = [&](const char *text) {
        const QString t = QString::fromUtf8(text);
        QByteArray enh;
        if (t.size() > 9 && t.at(5) == QLatin1Char('.'))
            enh = t.mid(4).section(QLatin1Char(' '), 0, 0).toLatin1();
        l << ev(K::Server, t, t.left(3).toInt(), enh);
    };
    const auto c = [&](const char *text) { l << ev(K::Client, QString::fromUtf8(text)); };
    l << ev(K::Info, QStringLiteral("Connecting to mail.example.org port 587 (STARTTLS required)"));
    s("220 mail.example.org ESMTP");
    c("EHLO client.example");
    s("250-mail.example.org");
    s("250-PIPELINING");
    s("250 STARTTLS");
    c("STARTTLS");
    s("220 2.0.0 Ready to start TLS");
    l << ev(K::Tls, QStringLiteral("TLS established: TLSv1.3, cipher TLS_AES_256_GCM_SHA384"));
    c("EHLO client.example");
    s("250-mail.example.org");
    s("250 AUTH PLAIN");
    c("AUTH PLAIN ****");
    s("235 2.7.0 Authentication successful");
    c("MAIL FROM:<ann@example.org>");
    c("RCPT TO:<bob@example.org>");
    c("RCPT TO:<carol@example.org>");
    c("DATA");
    s("250 2.1.0 Ok");
    s("250 2.1.5 Ok");
    s("451 4.7.1 <carol@example.org>: Recipient address rejected: Greylisted");
    s("354 End data with <CR><LF>.<CR><LF>");
    l << ev(
        K::Data,
        QStringLiteral("From: ann@example.org\nTo: bob@example.org\n[message content: 120 bytes in total]"));
    c(". (end of message, 120 bytes sent)");
    s("250 2.0.0 Ok: queued as 4711");
    c("QUIT");
    s("221 2.0.0 Bye");
    l << ev(K::Info, QStringLiteral("Connection closed"));
    l << ev(K::Info, QStringLiteral("Connecting to smtp.office365.com port 587 (STARTTLS required)"));
    s("220 smtp.office365.com ready");
    c("AUTH LOGIN");
    s("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.");
    l << ev(K::Error, QStringLiteral("The server refused the login."));
    return l;
}

static int rowOf(const TranscriptModel &m, const QString &text, int from = 0)
{
    for (int r = from; r < m.rowCount(); ++r)
        if (!m.isHeader(r) && m.event(r).text == text)
            return r;
    return -1;
}

void TestLogPane::everyLineExplainedBesideIt()
{
    TranscriptModel model;
    for (const TranscriptEvent &e : conversation())
        model.append(e);
    model.flush();
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.isHeader(r))
            continue;
        const auto kind =
            TranscriptEvent::Kind(model.data(model.index(r, 0), TranscriptModel::KindRole).toInt());
        const QString words = model.data(model.index(r, TranscriptModel::ExplanationColumn)).toString();
        if (kind == TranscriptEvent::Kind::Client || kind == TranscriptEvent::Kind::Server)
            QVERIFY2(!words.isEmpty(), qPrintable(model.event(r).text));
    }
    const auto words = [&](const QString &text, int from = 0) {
        const int r = rowOf(model, text, from);
        return model.data(model.index(r, TranscriptModel::ExplanationColumn)).toString();
    };
    QVERIFY(words(QStringLiteral("354 End data with <CR><LF>.<CR><LF>")).contains(QLatin1String("Go ahead")));
    QVERIFY(words(QStringLiteral("DATA")).contains(QLatin1String("not 250")));
    QVERIFY(!words(QStringLiteral("EHLO client.example")).contains(QLatin1String("again")));
    const int second = rowOf(model, QStringLiteral("EHLO client.example")) + 1;
    QVERIFY(words(QStringLiteral("EHLO client.example"), second).contains(QLatin1String("RFC 3207")));
    QVERIFY(words(QStringLiteral("250-PIPELINING")).contains(QLatin1String("RFC 2920")));
    QVERIFY(words(QStringLiteral("RCPT TO:<bob@example.org>")).contains(QLatin1String("envelope")));
    const QString grey =
        words(QStringLiteral("451 4.7.1 <carol@example.org>: Recipient address rejected: Greylisted"));
    QVERIFY2(grey.contains(QLatin1String("greylisting")) && grey.contains(QLatin1String("try again later")),
             qPrintable(grey));
    QVERIFY(words(QStringLiteral("250 2.0.0 Ok: queued as 4711")).contains(QLatin1String("Sent")));
    const QString ms = words(QStringLiteral(
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."));
    QVERIFY2(ms.contains(QLatin1String("Sign in with Microsoft")), qPrintable(ms));
    // Shown without hovering, and in the tooltip too.
    QCOMPARE(model
                 .data(model.index(rowOf(model, QStringLiteral("DATA")), TranscriptModel::ExplanationColumn),
                       Qt::ToolTipRole)
                 .toString(),
             words(QStringLiteral("DATA")));
}

void TestLogPane::repliesMarkedByClassNotColourAlone()
{
    TranscriptModel model;
    const QList<TranscriptEvent> events{
        ev(TranscriptEvent::Kind::Server, QStringLiteral("250 ok"), 250),
        ev(TranscriptEvent::Kind::Server, QStringLiteral("354 go ahead"), 354),
        ev(TranscriptEvent::Kind::Server, QStringLiteral("451 later"), 451, "4.3.0"),
        ev(TranscriptEvent::Kind::Server, QStringLiteral("550 no"), 550, "5.1.1")};
    for (const TranscriptEvent &e : events)
        model.append(e);
    model.flush();
    using smtp::ReplyClass;
    const ReplyClass classes[] = {ReplyClass::Success, ReplyClass::Intermediate, ReplyClass::Temporary,
                                  ReplyClass::Permanent};
    QSet<QRgb> colours;
    QSet<QString> words;
    for (int r = 0; r < 4; ++r) {
        const QModelIndex status = model.index(r, TranscriptModel::StatusColumn);
        QCOMPARE(status.data().toString(), TranscriptModel::statusWord(classes[r]));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(status.data(TranscriptModel::ClassRole).toInt(), int(classes[r]));
        QCOMPARE(status.data(TranscriptModel::ProblemRole).toBool(), r >= 2);
        words.insert(status.data().toString());
        colours.insert(
            model.index(r, TranscriptModel::TextColumn).data(Qt::ForegroundRole).value<QColor>().rgb());
    }
    QCOMPARE(words.size(), 4);
    QCOMPARE(colours.size(), 4);  // 550 and 451 are no longer drawn in the green of a success
}

void TestLogPane::sessionsAreTitledWithTimeServerOutcome()
{
    LogPane pane;
    TranscriptModel *model = pane.model();
    QList<TranscriptEvent> events = conversation();
    // The first part only: the outcome is not known yet.
    const qsizetype half = 10;
    for (qsizetype i = 0; i < half; ++i)
        pane.append(events[i]);
    model->flush();
    QVERIFY(model->isHeader(0));
    QCOMPARE(model->data(model->index(0, 0), TranscriptModel::HeaderRole).toBool(), true);
    const QString running = model->data(model->index(0, TranscriptModel::ExplanationColumn)).toString();
    QVERIFY2(running.contains(QLatin1String("mail.example.org port 587"))
                 && running.contains(QLatin1String("in progress")),
             qPrintable(running));
    QVERIFY(running.contains(events[0].time.toString(QStringLiteral("hh:mm:ss"))));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    for (qsizetype i = half; i < events.size(); ++i)
        pane.append(events[i]);
    model->flush();
    QVERIFY(!changed.isEmpty());
    const QString sent = model->data(model->index(0, TranscriptModel::ExplanationColumn)).toString();
    QCOMPARE(model->data(model->index(0, TranscriptModel::TextColumn)).toString(),
             QStringLiteral("mail.example.org port 587"));
    QCOMPARE(model->data(model->index(0, TranscriptModel::StatusColumn)).toString(),
             QStringLiteral("partly"));
    QVERIFY2(sent.contains(QLatin1String("sent")), qPrintable(sent));
    // The second session has its own title, after the first's last line.
    int second = -1;
    for (int r = 1; r < model->rowCount(); ++r)
        if (model->isHeader(r))
            second = r;
    QVERIFY(second > 0);
    QCOMPARE(model->event(second - 1).text, QStringLiteral("Connection closed"));
    const QString failed = model->data(model->index(second, TranscriptModel::ExplanationColumn)).toString();
    QCOMPARE(model->data(model->index(second, TranscriptModel::StatusColumn)).toString(),
             QStringLiteral("failed"));
    QVERIFY2(failed.contains(QLatin1String("smtp.office365.com")) && failed.contains(QLatin1String("failed"))
                 && failed.contains(QLatin1String("535")),
             qPrintable(failed));
    QCOMPARE(model->data(model->index(second + 1, 0), TranscriptModel::SessionRole).toInt(), 2);
    QCOMPARE(model->data(model->index(1, 0), TranscriptModel::SessionRole).toInt(), 1);
    // Titles are not part of the saved transcript.
    QVERIFY(!model->toText().contains(QLatin1String("Session 1")));
    QString expected;
    for (const TranscriptEvent &e : std::as_const(events))
        expected += e.format() + QLatin1Char('\n');
    QCOMPARE(model->toText(), expected);
}

void TestLogPane::filtersByDirectionClassProblems()
{
    LogPane pane;
    const QList<TranscriptEvent> events = conversation();
    for (const TranscriptEvent &e : events)
        pane.append(e);
    pane.model()->flush();
    const int all = pane.visibleRowCount();
    QCOMPARE(all, events.size() + 2);  // two titles
    auto count = [&](auto pred) {
        int n = 0;
        for (const TranscriptEvent &e : events)
            n += pred(e);
        return n;
    };
    using K = TranscriptEvent::Kind;
    auto *direction = pane.findChild<QComboBox *>(QStringLiteral("logDirection"));
    auto *klass = pane.findChild<QComboBox *>(QStringLiteral("logClass"));
    auto *problems = pane.findChild<QCheckBox *>(QStringLiteral("logProblems"));
    QVERIFY(direction && klass && problems);
    direction->setCurrentIndex(direction->findData(int(K::Client)));
    QCOMPARE(pane.visibleRowCount(), count([](const TranscriptEvent &e) { return e.kind == K::Client; }) + 2);
    direction->setCurrentIndex(0);
    klass->setCurrentIndex(klass->findData(int(smtp::ReplyClass::Permanent)));
    QCOMPARE(pane.visibleRowCount(), 1 + 2);  // the 535
    klass->setCurrentIndex(0);
    problems->setChecked(true);
    // The 451, the 535 and the error.
    QCOMPARE(pane.visibleRowCount(), 3 + 2);
    // Search stays, on top of the filters: it also finds words of the explanation.
    pane.setFilterText(QStringLiteral("greylist"));
    QCOMPARE(pane.visibleRowCount(), 2);  // the 451, and the title of its session, which names it
    problems->setChecked(false);
    pane.setFilterText(QStringLiteral("Bcc"));  // only in the explanation of RCPT lines
    QCOMPARE(pane.visibleRowCount(), 2);
    pane.setFilterText(QString());
    QCOMPARE(pane.visibleRowCount(), all);
    // New lines obey the filters as they arrive.
    pane.setProblemsOnly(true);
    pane.append(ev(K::Server, QStringLiteral("250 ok"), 250));
    pane.append(ev(K::Server, QStringLiteral("554 5.7.1 Relay access denied"), 554, "5.7.1"));
    pane.model()->flush();
    QCOMPARE(pane.visibleRowCount(), 3 + 2 + 1);
}

void TestLogPane::detailViewShowsLongLineInFull()
{
    LogPane pane;
    pane.resize(800, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QString longText =
        QStringLiteral("550 5.7.1 ") + QString(3000, QLatin1Char('x')) + QStringLiteral(" END");
    pane.append(ev(TranscriptEvent::Kind::Client, QStringLiteral("RCPT TO:<x@example.org>")));
    pane.append(ev(TranscriptEvent::Kind::Server, longText, 550, "5.7.1"));
    pane.append(ev(TranscriptEvent::Kind::Data,
                   QStringLiteral("From: a@example.org\nSubject: hi\n[message content: 9 bytes in total]")));
    pane.model()->flush();
    QPlainTextEdit *detail = pane.detailView();
    QVERIFY(detail && detail->isVisible());
    pane.view()->setCurrentIndex(pane.view()->model()->index(1, TranscriptModel::TextColumn));
    QVERIFY(detail->toPlainText().contains(longText));
    QVERIFY(detail->toPlainText().contains(smtp::explainReply(550, "5.7.1")));
    // A header block is shown on its lines, not joined.
    pane.view()->setCurrentIndex(pane.view()->model()->index(2, TranscriptModel::TextColumn));
    QVERIFY(detail->toPlainText().contains(QLatin1String("From: a@example.org\nSubject: hi")));
}

void TestLogPane::burstOf100kStaysBoundedAndBatched()
{
    LogPane pane;
    pane.resize(800, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    TranscriptModel *model = pane.model();
    QCOMPARE(model->capacity(), TranscriptModel::DefaultCapacity);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100'000; ++i)
        pane.append(ev(i % 2 ? TranscriptEvent::Kind::Server : TranscriptEvent::Kind::Client,
                       QStringLiteral("line %1").arg(i), i % 2 ? 250 : 0));
    const qint64 appendMs = timer.elapsed();
    // Appending only queues: nothing has reached the views yet.
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE(model->rowCount(), TranscriptModel::DefaultCapacity);
    const qint64 totalMs = timer.elapsed();
    qInfo("100,000 events: queued in %lld ms, shown in %lld ms", appendMs, totalMs);
    QCOMPARE(model->pendingCount(), 0);
    // One notification for the whole burst, not one per event.
    QCOMPARE(inserted.count() + reset.count(), 1);
    QCOMPARE(model->data(model->index(0, TranscriptModel::TextColumn)).toString(),
             QStringLiteral("line 50000"));
    QCOMPARE(model->data(model->index(model->rowCount() - 1, TranscriptModel::TextColumn)).toString(),
             QStringLiteral("line 99999"));
    QCOMPARE(model->droppedCount(), 50'000);
    // A generous bound: the point is that the window is not frozen for long.
    QVERIFY2(totalMs < 5000, qPrintable(QStringLiteral("took %1 ms").arg(totalMs)));

    // And the event loop keeps turning while more arrive.
    for (int i = 0; i < 1000; ++i)
        pane.append(ev(TranscriptEvent::Kind::Info, QStringLiteral("more %1").arg(i)));
    QTRY_COMPARE(model->data(model->index(model->rowCount() - 1, TranscriptModel::TextColumn)).toString(),
                 QStringLiteral("more 999"));
    QCOMPARE(model->rowCount(), TranscriptModel::DefaultCapacity);
}

void TestLogPane::steadyStreamDropsOldest()
{
    TranscriptModel model;
    model.setCapacity(100);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int batch = 0; batch < 5; ++batch) {
        for (int i = 0; i < 50; ++i)
            model.append(ev(TranscriptEvent::Kind::Info, QString::number(batch * 50 + i)));
        model.flush();
        QVERIFY(model.rowCount() <= 100);
    }
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.event(0).text, QStringLiteral("150"));
    QCOMPARE(model.event(99).text, QStringLiteral("249"));
    QCOMPARE(model.droppedCount(), 150);
    QCOMPARE(removed.count(), 3);
    // Shrinking keeps the newest.
    model.setCapacity(10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.event(0).text, QStringLiteral("240"));
}

void TestLogPane::serverLineTooltipExplainsCode()
{
    TranscriptModel model;
    model.append(ev(TranscriptEvent::Kind::Server, QStringLiteral("550 5.1.1 no such user"), 550, "5.1.1"));
    model.append(ev(TranscriptEvent::Kind::Client, QStringLiteral("RCPT TO:<x@example.org>")));
    model.flush();
    const QString tip = model.data(model.index(0, TranscriptModel::TextColumn), Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(smtp::explainReply(550, "5.1.1")));
    QVERIFY(tip.startsWith(QStringLiteral("550 5.1.1")));
    QVERIFY(!model.data(model.index(1, TranscriptModel::DirectionColumn), Qt::ToolTipRole).isValid());
    QCOMPARE(model.data(model.index(0, TranscriptModel::DirectionColumn)).toString(),
             QStringLiteral("server"));
    QCOMPARE(model.data(model.index(1, TranscriptModel::DirectionColumn)).toString(),
             QStringLiteral("client"));
}

void TestLogPane::directionsHaveDistinctColours()
{
    using K = TranscriptEvent::Kind;
    const QList<K> kinds{K::Info, K::Client, K::Server, K::Tls, K::Data, K::Error};
    QSet<QRgb> colours;
    for (K k : kinds)
        colours.insert(TranscriptModel::colorFor(k).rgb());
    QCOMPARE(colours.size(), kinds.size());
    TranscriptModel model;
    model.append(ev(K::Error, QStringLiteral("boom")));
    model.flush();
    QCOMPARE(model.data(model.index(0, TranscriptModel::TextColumn), Qt::ForegroundRole).value<QColor>(),
             TranscriptModel::colorFor(K::Error));
}

void TestLogPane::searchFilters()
{
    LogPane pane;
    pane.append(ev(TranscriptEvent::Kind::Client, QStringLiteral("EHLO host")));
    pane.append(ev(TranscriptEvent::Kind::Server, QStringLiteral("250-SIZE 1000"), 250));
    pane.append(ev(TranscriptEvent::Kind::Server, QStringLiteral("250 AUTH PLAIN"), 250));
    pane.model()->flush();
    QCOMPARE(pane.visibleRowCount(), 3);
    auto *search = pane.findChild<QLineEdit *>(QStringLiteral("logSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("ehlo"));
    QCOMPARE(pane.visibleRowCount(), 1);
    pane.setFilterText(QStringLiteral("auth plain"));
    QCOMPARE(pane.visibleRowCount(), 1);
    // The direction column is searched too.
    pane.setFilterText(QStringLiteral("client"));
    QCOMPARE(pane.visibleRowCount(), 1);
    pane.setFilterText(QString());
    QCOMPARE(pane.visibleRowCount(), 3);
}

void TestLogPane::saveWritesEveryLine()
{
    LogPane pane;
    QList<TranscriptEvent> events{ev(TranscriptEvent::Kind::Info, QStringLiteral("Connecting")),
                                  ev(TranscriptEvent::Kind::Server, QStringLiteral("220 ready"), 220)};
    for (const TranscriptEvent &e : events)
        pane.append(e);
    pane.setFilterText(QStringLiteral("ready"));  // saving ignores the search
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QString error;
    QVERIFY2(pane.saveToFile(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()),
             events[0].format() + QLatin1Char('\n') + events[1].format() + QLatin1Char('\n'));
    QVERIFY(!pane.saveToFile(dir.filePath(QStringLiteral("no/such/dir/log.txt")), &error));
    QVERIFY(!error.isEmpty());
}

void TestLogPane::copyTakesSelectionOrAll()
{
    LogPane pane;
    const auto a = ev(TranscriptEvent::Kind::Client, QStringLiteral("MAIL FROM:<a@example.org>"));
    const auto b = ev(TranscriptEvent::Kind::Server, QStringLiteral("250 ok"), 250);
    pane.append(a);
    pane.append(b);
    pane.model()->flush();
    pane.copySelection();
    QCOMPARE(QApplication::clipboard()->text(),
             a.format() + QLatin1Char('\n') + b.format() + QLatin1Char('\n'));
    pane.view()->selectionModel()->select(pane.view()->model()->index(1, 0),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    pane.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), b.format() + QLatin1Char('\n'));
}

void TestLogPane::clearEmpties()
{
    LogPane pane;
    for (int i = 0; i < 10; ++i)
        pane.append(ev(TranscriptEvent::Kind::Info, QString::number(i)));
    pane.model()->flush();
    pane.append(ev(TranscriptEvent::Kind::Info, QStringLiteral("pending")));
    pane.clear();
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.model()->pendingCount(), 0);
    pane.model()->flush();  // what was pending went with the rest
    QCOMPARE(pane.model()->rowCount(), 0);
}

static smtp::TlsReport reportFor(const QString &certificate, const QString &host)
{
    smtp::TlsCheckInput in;
    in.host = host;
    in.protocol = QStringLiteral("TLSv1.3");
    for (const QSslCertificate &c :
         QSslCertificate::fromPath(QStringLiteral(STAMP_TEST_DATA "/") + certificate))
        in.chain << smtp::CertificateInfo::from(c);
    in.accepted = true;
    smtp::TlsReport r = smtp::TlsReport::fromInput(in);
    r.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    r.ephemeralKey = QStringLiteral("EC 253 bits");
    return r;
}

void TestLogPane::tlsReportAndTimingsInTheSessionGroup()
{
    LogPane pane;
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    TranscriptModel *model = pane.model();
    const QList<TranscriptEvent> events = conversation();
    // The report comes right after "TLS established", as the engine sends it.
    int afterTls = 0;
    for (int i = 0; i < events.size(); ++i) {
        pane.append(events[i]);
        if (events[i].text.startsWith(QLatin1String("TLS established"))) {
            pane.appendTlsReport(reportFor(QStringLiteral("server.pem"), QStringLiteral("localhost")));
            afterTls = i;
        }
        if (events[i].text == QLatin1String("Connection closed")) {
            smtp::StageTimer t;
            t.start();
            t.enterAt(smtp::TimedStage::Connect, 0);
            t.enterAt(smtp::TimedStage::Greeting, 30);
            t.enterAt(smtp::TimedStage::Ehlo, 40);
            t.enterAt(smtp::TimedStage::None, 45);
            t.stopAt(50);
            pane.appendTimings(t.timings());
        }
    }
    // The second session fails its handshake: a report with failed checks.
    pane.appendTlsReport(reportFor(QStringLiteral("wronghost.pem"), QStringLiteral("localhost")));
    model->flush();
    QCOMPARE(pane.visibleRowCount(), events.size() + 2 + 3);  // two titles, two reports, one timings row

    int tlsRow = -1, timingsRow = -1, failedRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->reportOf(r) == TranscriptModel::Report::Tls)
            (tlsRow < 0 ? tlsRow : failedRow) = r;
        if (model->reportOf(r) == TranscriptModel::Report::Timings)
            timingsRow = r;
    }
    QVERIFY(tlsRow > 0 && timingsRow > tlsRow && failedRow > timingsRow);
    // In its session's group, right after the handshake's line.
    QCOMPARE(model->event(tlsRow - 1).text, events[afterTls].text);
    QCOMPARE(model->sessionOf(tlsRow), 1);
    QCOMPARE(model->sessionOf(timingsRow), 1);
    QCOMPARE(model->sessionOf(failedRow), 2);
    // A word and an icon for the checks, not colour alone; the line sums it up, the detail view has it all.
    QCOMPARE(model->data(model->index(tlsRow, TranscriptModel::StatusColumn)).toString(),
             QStringLiteral("passed"));
    QCOMPARE(model->data(model->index(failedRow, TranscriptModel::StatusColumn)).toString(),
             QStringLiteral("failed"));
    QVERIFY(!model->data(model->index(tlsRow, TranscriptModel::StatusColumn), Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    const QString summary = model->data(model->index(tlsRow, TranscriptModel::TextColumn)).toString();
    QVERIFY2(summary.contains(QLatin1String("TLSv1.3")) && summary.contains(QLatin1String("checks passed")),
             qPrintable(summary));
    QVERIFY(!model->data(model->index(tlsRow, TranscriptModel::ExplanationColumn)).toString().isEmpty());
    QVERIFY(!model->isProblem(tlsRow));
    QVERIFY(model->isProblem(failedRow));
    QTreeView *view = pane.view();
    // With no filter the view shows the model's rows as they are.
    view->setCurrentIndex(view->model()->index(tlsRow, TranscriptModel::TextColumn));
    const QString detail = pane.detailView()->toPlainText();
    for (const char *part :
         {"TLS: TLSv1.3, cipher TLS_AES_256_GCM_SHA384", "Key exchange:", "EC 253 bits",
          "Certificate 1:", "valid ", "names: ", "localhost", "[pass] The certificate covers"})
        QVERIFY2(detail.contains(QLatin1String(part)),
                 qPrintable(QLatin1String(part) + QLatin1Char('\n') + detail));
    view->setCurrentIndex(view->model()->index(timingsRow, TranscriptModel::TextColumn));
    QVERIFY2(pane.detailView()->toPlainText().contains(QLatin1String("connect: 30 ms")),
             qPrintable(pane.detailView()->toPlainText()));
    QVERIFY(model->event(timingsRow).text.contains(QLatin1String("greeting 10 ms")));
    QCOMPARE(model->data(model->index(timingsRow, TranscriptModel::DirectionColumn)).toString(),
             QStringLiteral("timing"));
    // Problems only keeps the failed report; the TLS direction shows both reports with the handshake line.
    pane.setProblemsOnly(true);
    QCOMPARE(pane.visibleRowCount(), 3 + 1 + 2);  // the 451, the 535, the error, the failed report, titles
    pane.setProblemsOnly(false);
    pane.setDirectionFilter(int(TranscriptEvent::Kind::Tls));
    QCOMPARE(pane.visibleRowCount(), 1 + 2 + 2);
    pane.setDirectionFilter(-1);
}

void TestLogPane::sessionsFoldUnderTheirTitle()
{
    LogPane pane;
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QList<TranscriptEvent> events = conversation();
    for (const TranscriptEvent &e : events)
        pane.append(e);
    pane.model()->flush();
    const int all = pane.visibleRowCount();
    int secondSize = 0;
    for (int r = 0; r < pane.model()->rowCount(); ++r)
        secondSize += !pane.model()->isHeader(r) && pane.model()->sessionOf(r) == 2;
    QVERIFY(secondSize > 0);
    // Enter on the first title folds its session: its title stays, its lines go.
    QTreeView *view = pane.view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, TranscriptModel::TextColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(pane.isSessionCollapsed(1));
    QCOMPARE(pane.visibleRowCount(), 1 + 1 + secondSize);
    QVERIFY(view->model()->index(0, 0).data(TranscriptModel::CollapsedRole).toBool());
    QVERIFY(!view->model()
                 ->index(0, TranscriptModel::DirectionColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    // New lines of the other session still come; the folded one stays folded with filters on top.
    pane.append(ev(TranscriptEvent::Kind::Client, QStringLiteral("QUIT")));
    pane.model()->flush();
    QCOMPARE(pane.visibleRowCount(), 1 + 1 + secondSize + 1);
    pane.setProblemsOnly(true);
    QCOMPARE(pane.visibleRowCount(), 2 + 2);  // both titles, the 535 and the error of the second session
    pane.setProblemsOnly(false);
    // Enter again unfolds it.
    view->setCurrentIndex(view->model()->index(0, TranscriptModel::TextColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!pane.isSessionCollapsed(1));
    QCOMPARE(pane.visibleRowCount(), all + 1);
    // The detail view wraps a long line rather than cutting it.
    QCOMPARE(pane.detailView()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
}

STAMP_UI_TEST_MAIN(TestLogPane)
#include "tst_logpane.moc"
