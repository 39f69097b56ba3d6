// The Accounts dialog: an account added through the form, its password in the keychain (or, with none,
// for this session only and nowhere on disk), a connection test showing what the server offers, removal
// taking the password with it, and an untrusted certificate pinned only when the user says so.
// Runs twice: with a private GNOME Keyring (with-keyring.sh) and with no D-Bus at all (without-keyring.sh).
#include "../fakeserver.h"
#include "accountsdialog.h"
#include "appcontext.h"
#include "certificatedialog.h"
#include "logpane.h"
#include "passwordprompt.h"
#include "transcriptmodel.h"

#include "uitest.h"
#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QUrl>

using namespace ui;
using Category = smtp::Outcome::Category;

namespace {

bool keyringAvailable()
{
    return qgetenv("STAMP_TEST_KEYRING") == "available";
}

// Reads a password the way the window does, waiting for the keychain's answer.
store::SecretStore::Result readSecret(AppContext *ctx, const QString &account, QString *password)
{
    store::SecretStore::Result result;
    bool done = false;
    QObject context;
    ctx->secrets()->readPassword(account, &context,
                                 [&](const QString &p, const store::SecretStore::Result &r) {
                                     *password = p;
                                     result = r;
                                     done = true;
                                 });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.error = store::SecretStore::Error::Other;
    return result;
}

store::Account plainAccount(const QString &name, quint16 port)
{
    store::Account a;
    a.name = name;
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = smtp::Security::None;
    a.user = QStringLiteral("ann");
    a.auth = smtp::AuthMethod::Plain;
    a.allowPlaintextAuth = true;
    return a;
}

}  // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addAccountThroughTheForm();
    void testConnectionShowsCapabilities();
    void removeTakesThePassword();
    void untrustedCertificateIsPinnedOnlyOnRequest();

private:
    AppContext *m_ctx = nullptr;
    QString m_dir;
};

void TestAccountsDialog::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/case-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
}

void TestAccountsDialog::cleanup()
{
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *w : all) {
        if (qobject_cast<AccountsDialog *>(w))
            delete w;
    }
    // Let keychain jobs finish before their store goes.
    QVERIFY(QTest::qWaitFor([this] { return m_ctx->secrets()->pendingJobs() == 0; }, 30000));
    delete m_ctx;
    m_ctx = nullptr;
}

void TestAccountsDialog::addAccountThroughTheForm()
{
    const QString secret = uitest::testSecret();
    AccountsDialog d(m_ctx);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.findChild<QListWidget *>(QStringLiteral("accountList"))->count(), 0);
    auto *name = d.findChild<QLineEdit *>(QStringLiteral("accountName"));
    QVERIFY(!name->isReadOnly());
    QTest::keyClicks(name, QStringLiteral("work"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("displayNameEdit")),
                     QStringLiteral("Ann Example"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("addressEdit")),
                     QStringLiteral("ann@example.org"));
    QTest::keyClicks(d.findChild<QPlainTextEdit *>(QStringLiteral("signatureEdit")), QStringLiteral("Ann"));
    // The formatted signature: Ctrl+B in its own editor, as in the composer.
    auto *html = d.findChild<QTextEdit *>(QStringLiteral("signatureHtmlEdit"));
    html->setFocus();
    QTest::keyClick(html, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(html, QStringLiteral("Ann"));
    QTest::keyClick(html, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(html, QStringLiteral(" Example"));
    // ... and a logo below, kept by its file (each message makes it an inline part of its own).
    QTemporaryDir images;
    const QString logo = images.filePath(QStringLiteral("logo.png"));
    QImage pixels(8, 8, QImage::Format_RGB32);
    pixels.fill(Qt::red);
    QVERIFY(pixels.save(logo));
    QTest::keyClick(html, Qt::Key_Return);
    html->textCursor().insertImage(logo);
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("hostEdit")), QStringLiteral("127.0.0.1"));

    auto *security = d.findChild<QComboBox *>(QStringLiteral("securityCombo"));
    auto *warning = d.findChild<QLabel *>(QStringLiteral("securityWarning"));
    auto *port = d.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    QVERIFY(!warning->isVisible());
    QTest::keyClick(security, Qt::Key_End);  // "None — unencrypted"
    QCOMPARE(security->currentData().toInt(), int(smtp::Security::None));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("anyone")));
    QTest::keyClick(security, Qt::Key_Home);  // STARTTLS again: the warning goes
    QVERIFY(!warning->isVisible());
    QTest::keyClick(security, Qt::Key_Down);  // TLS: the usual port follows
    QCOMPARE(port->value(), 465);
    QTest::keyClick(security, Qt::Key_End);
    QCOMPARE(port->value(), 587);
    port->setFocus();
    QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(port, QStringLiteral("2525"));
    QCOMPARE(port->value(), 2525);

    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("userEdit")), QStringLiteral("ann"));
    auto *plaintext = d.findChild<QCheckBox *>(QStringLiteral("plaintextAuthCheck"));
    QVERIFY(plaintext->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("refuse")));
    QTest::mouseClick(plaintext, Qt::LeftButton);
    QVERIFY(warning->text().contains(QStringLiteral("clear text")));
    auto *auth = d.findChild<QComboBox *>(QStringLiteral("authCombo"));
    auth->setCurrentIndex(auth->findData(int(smtp::AuthMethod::Plain)));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("accountPasswordEdit")), secret);
    QVERIFY(d.isDirty());

    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("accountSave")), Qt::LeftButton);
    const std::optional<store::Account> saved = m_ctx->accounts()->find(QStringLiteral("work"));
    QVERIFY(saved);
    QCOMPARE(saved->displayName, QStringLiteral("Ann Example"));
    QCOMPARE(saved->address, QStringLiteral("ann@example.org"));
    QCOMPARE(saved->signature, QStringLiteral("Ann"));
    // Kept as mail HTML (format/mailhtml), not Qt's own.
    QVERIFY2(saved->signatureHtml.contains(QStringLiteral("<p><strong>Ann</strong> Example</p>")),
             qPrintable(saved->signatureHtml));
    QVERIFY(!saved->signatureHtml.contains(QStringLiteral("qrichtext")));
    QVERIFY2(saved->signatureHtml.contains(QUrl::fromLocalFile(logo).toString()),
             qPrintable(saved->signatureHtml));
    QVERIFY(!saved->signatureHtml.contains(QStringLiteral("cid:")));
    QCOMPARE(saved->port, quint16(2525));
    QCOMPARE(saved->security, smtp::Security::None);
    QCOMPARE(saved->user, QStringLiteral("ann"));
    QCOMPARE(saved->auth, smtp::AuthMethod::Plain);
    QVERIFY(saved->allowPlaintextAuth);
    QVERIFY(!d.isDirty());
    QVERIFY(name->isReadOnly());  // the name is a key: fixed once saved
    QCOMPARE(d.findChild<QListWidget *>(QStringLiteral("accountList"))->count(), 1);

    if (keyringAvailable()) {
        QTRY_COMPARE_WITH_TIMEOUT(m_ctx->secrets()->pendingJobs(), 0, 30000);
        QString stored;
        QVERIFY(readSecret(m_ctx, QStringLiteral("work"), &stored).ok());
        QCOMPARE(stored, secret);
        QVERIFY(!m_ctx->hasSessionPassword(QStringLiteral("work")));
    } else {
        // No keychain: the user is told, and the password lives in memory for this run only.
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = uitest::findVisible<QMessageBox>(QStringLiteral("passwordNotSaved"))),
                                 30000);
        QVERIFY(box->text().contains(QStringLiteral("keychain")));
        uitest::press(box, QMessageBox::Ok);
        QCOMPARE(m_ctx->sessionPassword(QStringLiteral("work")), secret);
    }
    QFile settings(m_ctx->accounts()->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(secret.toUtf8()));
}

void TestAccountsDialog::testConnectionShowsCapabilities()
{
    const QString secret = uitest::testSecret();
    const QByteArray saslPlain = QByteArray(1, '\0') + "ann" + QByteArray(1, '\0') + secret.toUtf8();
    FakeServer server({QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO *"),
                       QStringLiteral("S: 250-fake.example"), QStringLiteral("S: 250-SIZE 2048000"),
                       QStringLiteral("S: 250-8BITMIME"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
                       QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(saslPlain.toBase64()),
                       QStringLiteral("S: 235 2.7.0 Authentication successful"), QStringLiteral("C: QUIT"),
                       QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("X")});
    QVERIFY(m_ctx->accounts()->save(plainAccount(QStringLiteral("conn"), server.port())));
    AccountsDialog d(m_ctx);
    d.show();
    d.selectAccount(QStringLiteral("conn"));
    QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(), QStringLiteral("127.0.0.1"));
    QSignalSpy finished(&d, &AccountsDialog::testFinished);
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("testConnection")), Qt::LeftButton);

    // Nothing in the keychain for it (or no keychain): asked for this session.
    PasswordPrompt *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((prompt = uitest::findVisible<PasswordPrompt>(QStringLiteral("passwordPrompt"))),
                             30000);
    QTest::keyClicks(prompt->passwordEdit(), secret);
    QTest::mouseClick(prompt->findChild<QPushButton *>(QStringLiteral("passwordOk")), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::Sent);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("testResult"))
                ->text()
                .contains(QStringLiteral("connection works")));
    const QString caps = d.findChild<QPlainTextEdit *>(QStringLiteral("testCapabilities"))->toPlainText();
    QVERIFY(caps.contains(QStringLiteral("SIZE")));
    QVERIFY(caps.contains(QStringLiteral("PLAIN LOGIN")));
    QVERIFY(d.findChild<QPlainTextEdit *>(QStringLiteral("testTls"))
                ->toPlainText()
                .contains(QStringLiteral("not encrypted")));
    QCOMPARE(m_ctx->settings()->serverMaxSize(QStringLiteral("conn")), 2048000);
    d.testLog()->model()->flush();
    const QString log = d.testLog()->model()->toText();
    QVERIFY(log.contains(QStringLiteral("EHLO")));
    QVERIFY(log.contains(QStringLiteral("221 2.0.0 Bye")));
    // A test is no send: after the login its log says the test ends there, not "MAIL FROM next".
    const TranscriptModel *model = d.testLog()->model();
    QStringList explanations;
    for (int row = 0; row < model->rowCount(); ++row)
        explanations << model->index(row, 0).data(TranscriptModel::ExplanationRole).toString();
    const QString all = explanations.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("the probe ends with QUIT and sends no MAIL")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("starts the message with MAIL FROM")));
    QVERIFY(!log.contains(secret));
    QVERIFY(!log.contains(QString::fromLatin1(saslPlain.toBase64())));
    QVERIFY(server.received().contains(saslPlain.toBase64()));
    QCOMPARE(m_ctx->sessionPassword(QStringLiteral("conn")), secret);
}

void TestAccountsDialog::removeTakesThePassword()
{
    QVERIFY(m_ctx->accounts()->save(plainAccount(QStringLiteral("old"), 25)));
    QVERIFY(m_ctx->accounts()->save(plainAccount(QStringLiteral("keep"), 25)));
    m_ctx->setSessionPassword(QStringLiteral("old"), QStringLiteral("x"));
    if (keyringAvailable()) {
        bool written = false;
        QObject context;
        m_ctx->secrets()->writePassword(QStringLiteral("old"), uitest::testSecret(), &context,
                                        [&](const store::SecretStore::Result &r) { written = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    }
    AccountsDialog d(m_ctx);
    d.show();
    d.selectAccount(QStringLiteral("old"));
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("accountRemove")), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = uitest::findVisible<QMessageBox>(QStringLiteral("confirmRemoveAccount"))));
    uitest::press(box, QMessageBox::Yes);
    QVERIFY(!m_ctx->accounts()->contains(QStringLiteral("old")));
    QVERIFY(m_ctx->accounts()->contains(QStringLiteral("keep")));
    QVERIFY(!m_ctx->hasSessionPassword(QStringLiteral("old")));
    QTRY_COMPARE_WITH_TIMEOUT(m_ctx->secrets()->pendingJobs(), 0, 30000);
    QString left;
    const store::SecretStore::Result r = readSecret(m_ctx, QStringLiteral("old"), &left);
    QVERIFY(!r.ok());
    QVERIFY(left.isEmpty());
    if (keyringAvailable())
        QCOMPARE(r.error, store::SecretStore::Error::NotFound);
    QVERIFY(!uitest::findVisible<QMessageBox>(QStringLiteral("secretNotRemoved")));
}

void TestAccountsDialog::untrustedCertificateIsPinnedOnlyOnRequest()
{
    FakeServer server(QStringList{QStringLiteral("IMPLICIT"), QStringLiteral("S: 220 fake.example ESMTP")});
    server.setCertificate(FakeServer::dataPath(QStringLiteral("selfsigned.pem")),
                          FakeServer::dataPath(QStringLiteral("selfsigned.key")));
    store::Account a = plainAccount(QStringLiteral("tls"), server.port());
    a.security = smtp::Security::ImplicitTls;
    a.user.clear();
    a.allowPlaintextAuth = false;
    QVERIFY(m_ctx->accounts()->save(a));
    AccountsDialog d(m_ctx);
    d.show();
    d.selectAccount(QStringLiteral("tls"));
    QSignalSpy finished(&d, &AccountsDialog::testFinished);
    d.testConnection();
    CertificateDialog *cert = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (cert = uitest::findVisible<CertificateDialog>(QStringLiteral("certificateDialog"))), 20000);
    QCOMPARE(finished.first().first().value<smtp::Outcome>().category, Category::TlsFailed);
    QVERIFY(m_ctx->accounts()->find(QStringLiteral("tls"))->pinnedSha256.isEmpty());
    QVERIFY(!cert->findChild<QLabel *>(QStringLiteral("certSubject"))->text().isEmpty());
    QVERIFY(!cert->findChild<QLabel *>(QStringLiteral("certValidity"))->text().isEmpty());
    // Every name it covers, IP addresses too (the test certificate has both).
    QCOMPARE(cert->findChild<QLabel *>(QStringLiteral("certNames"))->text(),
             QStringLiteral("localhost, 127.0.0.1"));
    const QByteArray fingerprint = cert->fingerprint();
    QTest::mouseClick(cert->findChild<QPushButton *>(QStringLiteral("certTrust")), Qt::LeftButton);
    QCOMPARE(m_ctx->accounts()->find(QStringLiteral("tls"))->pinnedSha256, fingerprint);
    QCOMPARE(d.findChild<QLabel *>(QStringLiteral("pinnedLabel"))->text(),
             CertificateDialog::formatFingerprint(fingerprint));
    // It tries again at once (this fake server takes one connection, so the retry is refused).
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    // Forget puts things back as they were.
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("pinnedForget")), Qt::LeftButton);
    QVERIFY(d.formAccount().pinnedSha256.isEmpty());
    QVERIFY(d.saveForm());
    QVERIFY(m_ctx->accounts()->find(QStringLiteral("tls"))->pinnedSha256.isEmpty());
}

STAMP_UI_TEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
