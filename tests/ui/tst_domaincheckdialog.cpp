// Tools > Check Domain: the dialog refuses what is not a domain, selector or server before looking anything
// up; inside the DNS world (tests/integration/domain/world.py sets STAMP_DOMAIN_WORLD) it checks a real
// domain and shows each finding with its severity in a word.
#include "domaincheckdialog.h"
#include "uitest.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>

class TestDomainCheckDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prefilledFromTheAccount();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void checksInTheWorld();
};

void TestDomainCheckDialog::prefilledFromTheAccount()
{
    ui::DomainCheckDialog d("example.org", "smtp.example.org", 465, smtp::Security::ImplicitTls);
    QCOMPARE(d.findChild<QLineEdit *>("domainEdit")->text(), QString("example.org"));
    QCOMPARE(d.findChild<QLineEdit *>("serverEdit")->text(), QString("smtp.example.org:465"));
}

void TestDomainCheckDialog::badInputIsRefused_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("selectors");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << "Give a domain name";
    QTest::newRow("address") << "ann@example.org"
                             << ""
                             << ""
                             << "Give a domain name";
    QTest::newRow("one label") << "localhost"
                               << ""
                               << ""
                               << "Give a domain name";
    QTest::newRow("selector") << "example.org"
                              << "s1 bad/one"
                              << ""
                              << "bad/one";
    QTest::newRow("server") << "example.org"
                            << ""
                            << "smtp example org"
                            << "HOST or HOST:PORT";
    QTest::newRow("port") << "example.org"
                          << ""
                          << "smtp.example.org:99999"
                          << "HOST or HOST:PORT";
}

void TestDomainCheckDialog::badInputIsRefused()
{
    QFETCH(QString, domain);
    QFETCH(QString, selectors);
    QFETCH(QString, server);
    QFETCH(QString, words);
    ui::DomainCheckDialog d({}, {}, 587, smtp::Security::StartTls);
    d.findChild<QLineEdit *>("domainEdit")->setText(domain);
    d.findChild<QLineEdit *>("selectorsEdit")->setText(selectors);
    d.findChild<QLineEdit *>("serverEdit")->setText(server);
    auto *button = d.findChild<QPushButton *>("checkButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(d.findChild<QLabel *>("domainCheckStatus")->text().contains(words),
             qPrintable(d.findChild<QLabel *>("domainCheckStatus")->text()));
    QVERIFY(button->isEnabled());  // nothing started
}

void TestDomainCheckDialog::checksInTheWorld()
{
    if (qEnvironmentVariable("STAMP_DOMAIN_WORLD") != QLatin1String("1"))
        QSKIP("needs the DNS world of tests/integration/domain (run there as integration_domain)");
    ui::DomainCheckDialog d("good.test", "smtp.good.test", 587, smtp::Security::StartTls);
    d.findChild<QLineEdit *>("selectorsEdit")->setText("s1");
    auto *button = d.findChild<QPushButton *>("checkButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());  // running, the window not waiting
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 60000);
    const QString status = d.findChild<QLabel *>("domainCheckStatus")->text();
    const QString result = d.findChild<QTextBrowser *>("domainCheckResult")->toPlainText();
    QVERIFY2(status.contains("Nothing wrong found"), qPrintable(status + "\n" + result));
    QVERIFY(result.contains("[ok] DKIM s1"));
    QVERIFY(result.contains("[ok] Server"));
    // A domain with problems says so, with what to do.
    d.findChild<QLineEdit *>("domainEdit")->setText("plusall.test");
    d.findChild<QLineEdit *>("selectorsEdit")->clear();
    d.findChild<QLineEdit *>("serverEdit")->clear();
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 60000);
    const QString bad = d.findChild<QTextBrowser *>("domainCheckResult")->toPlainText();
    QVERIFY2(bad.contains("[problem] SPF") && bad.contains("What to do:"), qPrintable(bad));
}

STAMP_UI_TEST_MAIN(TestDomainCheckDialog)
#include "tst_domaincheckdialog.moc"
