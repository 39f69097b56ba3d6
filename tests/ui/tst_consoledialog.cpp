// Tools → Console (issue 12): the dialog set up over a scripted server, driven through its widgets: lines
// typed and sent, each reply shown with its explanation, DATA mode shown, a line with a CR refused, and Close
// sending QUIT before the window goes.
#include "../fakeserver.h"
#include "consoledialog.h"
#include "uitest.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

class TestConsoleDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typeDataAndClose();
    void closeWhileConnecting();
    void secondCloseDoesNotWaitForTheGoodbye();
};

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

smtp::SessionOptions options(quint16 port)
{
    smtp::SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.security = smtp::Security::None;
    o.ehloName = QStringLiteral("client.example");
    return o;
}

void type(QWidget *dialog, const QString &line)
{
    auto *input = child<QLineEdit>(dialog, "consoleInput");
    input->setText(line);
    QTest::mouseClick(child<QPushButton>(dialog, "consoleSend"), Qt::LeftButton);
}

}  // namespace

void TestConsoleDialog::typeDataAndClose()
{
    FakeServer server({
        QStringLiteral("S: 220 fake.example ESMTP"),
        QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250-fake.example"),
        QStringLiteral("S: 250 8BITMIME"),
        QStringLiteral("C: NOOP"),
        QStringLiteral("S: 250 2.0.0 OK"),
        QStringLiteral("C: MAIL FROM:<ann@example.org>"),
        QStringLiteral("S: 250 2.1.0 Ok"),
        QStringLiteral("C: RCPT TO:<bob@example.org>"),
        QStringLiteral("S: 250 2.1.5 Ok"),
        QStringLiteral("C: DATA"),
        QStringLiteral("S: 354 go ahead"),
        QStringLiteral("D:"),
        QStringLiteral("S: 250 2.0.0 queued as 42"),
        QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 2.0.0 bye"),
        QStringLiteral("X"),
    });
    QWidget window;
    auto *dialog = new ui::ConsoleDialog(&window);
    dialog->show();
    auto *mode = child<QLabel>(dialog, "consoleMode");
    auto *transcript = child<QPlainTextEdit>(dialog, "consoleTranscript");
    dialog->start(options(server.port()));
    QTRY_VERIFY_WITH_TIMEOUT(mode->text().startsWith(QLatin1String("Ready")), 10000);
    QVERIFY(child<QLineEdit>(dialog, "consoleInput")->isEnabled());

    type(dialog, QStringLiteral("NOOP"));
    QTRY_VERIFY_WITH_TIMEOUT(transcript->toPlainText().contains(QLatin1String("S: 250 2.0.0 OK")), 10000);
    // The reply with its explanation on the next line, as in the log.
    QVERIFY2(transcript->toPlainText().contains(QLatin1String("S: 250 2.0.0 OK\n    = ")),
             qPrintable(transcript->toPlainText()));
    QVERIFY(transcript->toPlainText().contains(QLatin1String("NOOP does nothing")));

    // A line with a CR inside is refused and nothing is written.
    const QByteArray before = server.received();
    type(dialog, QStringLiteral("RSET\rQUIT"));
    QTRY_VERIFY(transcript->toPlainText().contains(QLatin1String("!! Not sent:")));
    QCOMPARE(server.received(), before);

    type(dialog, QStringLiteral("MAIL FROM:<ann@example.org>"));
    QTRY_VERIFY_WITH_TIMEOUT(mode->text().startsWith(QLatin1String("Ready")), 10000);
    type(dialog, QStringLiteral("RCPT TO:<bob@example.org>"));
    QTRY_VERIFY_WITH_TIMEOUT(mode->text().startsWith(QLatin1String("Ready")), 10000);
    type(dialog, QStringLiteral("DATA"));
    QTRY_VERIFY_WITH_TIMEOUT(mode->text().startsWith(QLatin1String("DATA mode")), 10000);
    QCOMPARE(child<QLineEdit>(dialog, "consoleInput")->placeholderText(),
             QStringLiteral("a line of the message, or . to end it"));
    type(dialog, QStringLiteral("Subject: from the window"));
    type(dialog, QString());
    type(dialog, QStringLiteral(".leading dot"));
    type(dialog, QStringLiteral("."));
    QTRY_VERIFY_WITH_TIMEOUT(transcript->toPlainText().contains(QLatin1String("queued as 42")), 10000);
    QCOMPARE(server.data().value(0), QByteArray("Subject: from the window\r\n\r\n..leading dot\r\n.\r\n"));
    QVERIFY(mode->text().startsWith(QLatin1String("Ready")));

    // Close sends QUIT; the window goes once the server has answered.
    QPointer<ui::ConsoleDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "consoleClose"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QVERIFY(server.received().endsWith("QUIT\r\n"));
    QVERIFY(dialog->connection()->isFinished());
    QCOMPARE(dialog->connection()->outcome().category, smtp::Outcome::Category::Sent);
}

void TestConsoleDialog::closeWhileConnecting()
{
    // A server that never greets: Close ends the attempt at once, with nothing typed sent.
    FakeServer server(QStringList{});
    QWidget window;
    auto *dialog = new ui::ConsoleDialog(&window);
    dialog->show();
    dialog->start(options(server.port()));
    QVERIFY(child<QLabel>(dialog, "consoleMode")->text().startsWith(QLatin1String("Connecting")));
    type(dialog, QStringLiteral("NOOP"));  // waits for the session
    QTest::mouseClick(child<QPushButton>(dialog, "consoleClose"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QCOMPARE(dialog->connection()->outcome().category, smtp::Outcome::Category::Cancelled);
    QVERIFY(!server.received().contains("NOOP"));
}

void TestConsoleDialog::secondCloseDoesNotWaitForTheGoodbye()
{
    // The server never answers QUIT: the first Close waits for it, the second ends the session at once.
    FakeServer server({
        QStringLiteral("S: 220 fake.example ESMTP"),
        QStringLiteral("C: EHLO client.example"),
        QStringLiteral("S: 250 fake.example"),
        QStringLiteral("C: QUIT"),
    });
    QWidget window;
    auto *dialog = new ui::ConsoleDialog(&window);
    dialog->show();
    auto *mode = child<QLabel>(dialog, "consoleMode");
    dialog->start(options(server.port()));
    QTRY_VERIFY_WITH_TIMEOUT(mode->text().startsWith(QLatin1String("Ready")), 10000);
    auto *close = child<QPushButton>(dialog, "consoleClose");
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptDone(), 10000);
    QVERIFY(dialog->isVisible());
    QVERIFY(mode->text().startsWith(QLatin1String("Closing")));
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 2000);
    QVERIFY(dialog->connection()->isFinished());
}

STAMP_UI_TEST_MAIN(TestConsoleDialog)
#include "tst_consoledialog.moc"
