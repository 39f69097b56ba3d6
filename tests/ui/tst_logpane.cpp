// The protocol log: bounded, batched, searchable, savable.
#include "logpane.h"
#include "reply.h"
#include "transcriptmodel.h"
#include "uitest.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
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
};

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
    // The direction column is searched too.
    pane.setFilterText(QStringLiteral("server"));
    QCOMPARE(pane.visibleRowCount(), 2);
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

STAMP_UI_TEST_MAIN(TestLogPane)
#include "tst_logpane.moc"
