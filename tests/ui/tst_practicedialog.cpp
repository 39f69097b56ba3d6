// Tools → Practice server: the dialog starts the real practice server, shows what an account needs to reach
// it, lists a message a client sends, refuses a mistyped fault, and stops. The client is asynchronous: the
// dialog and the server share this thread, as in the window.
#include "inbox.h"
#include "practicedialog.h"
#include "server.h"
#include "uitest.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTcpSocket>
#include <QTreeWidget>

class TestPracticeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startReceiveStop();
    void mistypedFaultIsRefused();
    void earlierMessagesAreListed();
};

namespace {
template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}
}  // namespace

void TestPracticeDialog::startReceiveStop()
{
    QWidget window;
    ui::PracticeDialog *dialog = ui::PracticeDialog::showFor(&window);
    QCOMPARE(ui::PracticeDialog::showFor(&window), dialog);  // one dialog per window
    auto *status = child<QLabel>(dialog, "practiceStatus");
    auto *settings = child<QLabel>(dialog, "practiceSettings");
    child<QSpinBox>(dialog, "practicePort")->setValue(0);
    child<QLineEdit>(dialog, "practiceFaults")->setText(QStringLiteral("slow=10ms"));
    QTest::mouseClick(child<QPushButton>(dialog, "practiceStartStop"), Qt::LeftButton);
    QVERIFY2(dialog->isRunning(), qPrintable(status->text()));
    const QRegularExpression running(
        QStringLiteral("Running on 127\\.0\\.0\\.1:(\\d+), with the faults slow=10ms"));
    const auto m = running.match(status->text());
    QVERIFY2(m.hasMatch(), qPrintable(status->text()));
    const quint16 port = m.captured(1).toUShort();
    QVERIFY(settings->text().contains(QStringLiteral("port %1, security STARTTLS").arg(port)));
    QVERIFY(settings->text().contains(QStringLiteral("ca.pem")));
    QVERIFY(settings->text().contains(QStringLiteral("user name demo, password practice")));

    QTcpSocket client;
    QByteArray heard;
    connect(&client, &QTcpSocket::readyRead, this, [&] { heard += client.readAll(); });
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_VERIFY_WITH_TIMEOUT(heard.startsWith("220 "), 10000);
    client.write(
        "EHLO client.example\r\nMAIL FROM:<ann@example.org>\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(heard.contains("354 "), 10000);
    client.write("Subject: hello\r\n\r\nHi\r\n.\r\n");
    auto *messages = child<QTreeWidget>(dialog, "practiceMessages");
    QTRY_COMPARE_WITH_TIMEOUT(messages->topLevelItemCount(), 1, 10000);
    QCOMPARE(messages->topLevelItem(0)->text(1), QStringLiteral("<ann@example.org>"));
    QCOMPARE(messages->topLevelItem(0)->text(2), QStringLiteral("<bob@example.org>"));
    QVERIFY(messages->topLevelItem(0)->data(0, Qt::UserRole).toString().endsWith(QStringLiteral(".eml")));

    // Stop: the connected client is told 421 and the dialog goes back to "Not running".
    QTest::mouseClick(child<QPushButton>(dialog, "practiceStartStop"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(heard.contains("421 4.3.2"), 10000);
    QCOMPARE(status->text(), QStringLiteral("Not running."));
    QVERIFY(settings->text().isEmpty());
}

void TestPracticeDialog::mistypedFaultIsRefused()
{
    QWidget window;
    ui::PracticeDialog *dialog = ui::PracticeDialog::showFor(&window);
    child<QSpinBox>(dialog, "practicePort")->setValue(0);
    child<QLineEdit>(dialog, "practiceFaults")->setText(QStringLiteral("greylist 421-at=later"));
    QTest::mouseClick(child<QPushButton>(dialog, "practiceStartStop"), Qt::LeftButton);
    QVERIFY(!dialog->isRunning());
    QVERIFY2(child<QLabel>(dialog, "practiceStatus")->text().contains(QStringLiteral("421-at needs a stage")),
             qPrintable(child<QLabel>(dialog, "practiceStatus")->text()));
}

STAMP_UI_TEST_MAIN(TestPracticeDialog)
void TestPracticeDialog::earlierMessagesAreListed()
{
    // A message kept by an earlier run (the window's server, or `stamp practice`) is in the folder: the
    // dialog lists it when it opens, before any server runs.
    practice::Inbox inbox(practice::Server::messagesFolder(practice::Server::defaultFolder()));
    QString error;
    QVERIFY2(inbox.open(&error), qPrintable(error));
    practice::Envelope envelope;
    envelope.mailFrom = "<earlier@example.org>";
    envelope.recipients = {{"<carol@example.org>", QByteArray()}, {"<dan@example.org>", QByteArray()}};
    practice::ReceivedMessage kept;
    QVERIFY2(inbox.keep(envelope, "Subject: earlier\r\n\r\nHi\r\n", &kept, &error), qPrintable(error));

    QWidget window;
    ui::PracticeDialog *dialog = ui::PracticeDialog::showFor(&window);
    auto *messages = child<QTreeWidget>(dialog, "practiceMessages");
    QVERIFY(messages->topLevelItemCount() >= 1);
    const QTreeWidgetItem *last = messages->topLevelItem(messages->topLevelItemCount() - 1);
    QCOMPARE(last->text(0), QString::number(kept.number));
    QCOMPARE(last->text(1), QStringLiteral("<earlier@example.org>"));
    QCOMPARE(last->text(2), QStringLiteral("<carol@example.org>, <dan@example.org>"));
    QCOMPARE(last->data(0, Qt::UserRole).toString(), kept.emlPath);
    QVERIFY(!dialog->isRunning());
}

#include "tst_practicedialog.moc"
