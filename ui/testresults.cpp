#include "testresults.h"

#include "advice.h"
#include "appcontext.h"
#include "certificatedialog.h"
#include "connectiontest.h"
#include "logpane.h"
#include "transcriptmodel.h"
#include "util.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>

namespace ui {

TestResults::TestResults(AppContext *app, QWidget *parent) : QTabWidget(parent), m_app(app)
{
    setObjectName(QStringLiteral("testResults"));
    m_result = new QLabel(tr("Not tested yet."), this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_capabilities = new QPlainTextEdit(this);
    m_capabilities->setObjectName(QStringLiteral("testCapabilities"));
    m_capabilities->setAccessibleName(tr("Server capabilities"));
    m_tls = new QPlainTextEdit(this);
    m_tls->setObjectName(QStringLiteral("testTls"));
    m_tls->setAccessibleName(tr("Encryption details"));
    for (QPlainTextEdit *e : {m_capabilities, m_tls}) {
        e->setReadOnly(true);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_log = new LogPane(this);
    m_log->setObjectName(QStringLiteral("testLog"));
    m_log->model()->setPurpose(smtp::Purpose::Probe);  // a test sends no MAIL: its replies say so
    auto *resultScroll = new QScrollArea(this);
    resultScroll->setWidget(m_result);
    resultScroll->setWidgetResizable(true);
    addTab(resultScroll, tr("Result"));
    addTab(m_capabilities, tr("Capabilities"));
    addTab(m_tls, tr("Encryption"));
    addTab(m_log, tr("Log"));
}

void TestResults::setStatus(const QString &text)
{
    m_result->setText(text);
    setCurrentIndex(0);
}

void TestResults::cancel()
{
    if (m_test)
        m_test->cancel();
}

bool TestResults::isRunning() const
{
    return m_test && m_test->isRunning();
}

bool TestResults::run(const store::Account &account, const QString &password, smtp::TokenProvider *tokens,
                      QString *error)
{
    // A fresh test each time: what an earlier one still says (a late reply, a cancel) never reaches this
    // page. deleteLater: run() may be called from a handler of the earlier test's finished().
    if (m_test) {
        m_test->disconnect();
        m_test->cancel();
        m_test->deleteLater();
    }
    auto *test = new store::ConnectionTest(this);
    m_test = test;
    m_account = account;
    m_capabilities->clear();
    m_tls->clear();
    m_log->clear();
    connect(test, &store::ConnectionTest::transcript, m_log, &LogPane::append);
    connect(test, &store::ConnectionTest::tlsReportReady, m_log, &LogPane::appendTlsReport);
    connect(test, &store::ConnectionTest::capabilitiesKnown, this,
            [this](const smtp::Capabilities &caps, bool encrypted) {
                QStringList lines;
                lines << (encrypted ? tr("Offered inside the encrypted connection:")
                                    : tr("Offered on the unencrypted connection:"));
                lines << caps.greeting;
                lines << caps.describe();
                lines << QString();
                lines << (caps.maxSize() > 0
                              ? tr("Largest message accepted (SIZE): %1").arg(formatSize(caps.maxSize()))
                              : tr("Largest message accepted: not announced"));
                QStringList mechs;
                for (const QByteArray &m : caps.authMechanisms())
                    mechs << QString::fromLatin1(m);
                lines << (mechs.isEmpty() ? tr("Login methods (AUTH): none offered")
                                          : tr("Login methods (AUTH): %1").arg(mechs.join(QLatin1Char(' '))));
                m_capabilities->setPlainText(lines.join(QLatin1Char('\n')));
                if (m_app->accounts()->contains(m_account.name))
                    m_app->settings()->setServerMaxSize(m_account.name, caps.maxSize());
            });
    connect(test, &store::ConnectionTest::finished, this, &TestResults::onFinished);
    if (!test->start(account, password, tokens, error)) {
        test->deleteLater();
        m_test = nullptr;
        return false;
    }
    m_result->setText(tr("Connecting to %1:%2…").arg(account.host).arg(account.port));
    setCurrentWidget(m_log);
    return true;
}

void TestResults::onFinished(const smtp::Outcome &outcome)
{
    m_log->appendTimings(outcome.timings);
    const smtp::TlsInfo &tls = m_test->tlsInfo();
    QStringList lines;
    if (tls.protocol.isEmpty()) {
        lines << tr("The connection was not encrypted.");
    } else {
        lines << tr("Protocol: %1").arg(tls.protocol) << tr("Cipher: %1").arg(tls.cipher)
              << tr("Certificate SHA-256: %1")
                     .arg(CertificateDialog::formatFingerprint(tls.fingerprint.toLatin1()));
        for (const QSslCertificate &c : tls.chain())
            lines << QString() << tr("Issued to: %1").arg(CertificateDialog::describeName(c, false))
                  << tr("Issued by: %1").arg(CertificateDialog::describeName(c, true))
                  << tr("Valid until: %1")
                         .arg(QLocale().toString(c.expiryDate().toLocalTime(), QLocale::ShortFormat));
    }
    m_tls->setPlainText(lines.join(QLatin1Char('\n')));
    // The engine's advice in the window's words (it may name `stamp send` flags), as the result panel has it.
    AdviceContext context = adviceContextFor(m_app, m_account);
    context.starttlsOffered = m_test->starttlsOffered();
    const WindowAdvice advice = windowAdvice(outcome, context);
    // A connection test has no message: the session's own "sent" means everything up to QUIT worked.
    const bool ok = outcome.category == smtp::Outcome::Category::Sent;
    QString text = ok ? tr("<b>The connection works.</b> Stamp connected, logged in where needed, and said "
                           "goodbye.")
                      : tr("<b>The connection test failed.</b>");
    text += QStringLiteral("<br>") + outcome.summary.toHtmlEscaped();
    if (outcome.reply.isValid())
        text +=
            QStringLiteral("<br>")
            + tr("Server said: %1 — %2")
                  .arg(outcome.reply.summary().toHtmlEscaped(), replyMeaning(outcome.reply).toHtmlEscaped());
    if (!advice.advice.isEmpty())
        text += QStringLiteral("<br>") + tr("What to do: %1").arg(advice.advice.toHtmlEscaped());
    m_result->setText(text);
    m_result->setProperty("adviceId", advice.id);
    setCurrentIndex(0);
    Q_EMIT finished(outcome);
}

}  // namespace ui
