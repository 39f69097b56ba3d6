// Accounts in the window: the first account made becomes the default, "Make default" is off for the
// default, and accounts added by `stamp account add` (another process, the real binary) while the window
// runs appear in From and in the accounts list at once, keeping what was selected.
#include "accountsdialog.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "uitest.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace ui;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QStringList listed(QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

QStringList fromNames(QComboBox *from)
{
    QStringList out;
    for (int i = 0; i < from->count(); ++i)
        out << from->itemData(i).toString();
    return out;
}

}  // namespace

class TestAccountSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstAccountMadeInTheWindowIsTheDefault();
    void accountsAddedByTheCliAppear();

private:
    void runStamp(const QStringList &args);
    void addInDialog(AccountsDialog *d, const QString &name, const QString &address);
    AppContext *m_ctx = nullptr;
    QPointer<ComposerWindow> m_window;
};

void TestAccountSync::init()
{
    // The default places under this HOME: the same the binary uses.
    QFile::remove(store::AccountStore::defaultFileName());
    m_ctx = new AppContext;
}

void TestAccountSync::cleanup()
{
    delete m_window.data();
    delete m_ctx;
    m_ctx = nullptr;
}

void TestAccountSync::runStamp(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral(STAMP_BINARY), args);
    QVERIFY2(p.waitForFinished(30000), qPrintable(p.errorString()));
    QCOMPARE(p.exitCode(), 0);
}

void TestAccountSync::addInDialog(AccountsDialog *d, const QString &name, const QString &address)
{
    QTest::mouseClick(child<QPushButton>(d, "accountAdd"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(d, "accountName"), name);
    QTest::keyClicks(child<QLineEdit>(d, "addressEdit"), address);
    QTest::keyClicks(child<QLineEdit>(d, "hostEdit"), QStringLiteral("smtp.example.org"));
    QTest::mouseClick(child<QPushButton>(d, "accountSave"), Qt::LeftButton);
}

void TestAccountSync::firstAccountMadeInTheWindowIsTheDefault()
{
    m_window = new ComposerWindow(m_ctx);
    m_window->show();
    AccountsDialog *d = m_window->openAccounts();
    addInDialog(d, QStringLiteral("work"), QStringLiteral("ann@work.example"));
    QCOMPARE(m_ctx->accounts()->defaultAccountName(), QStringLiteral("work"));
    // Written down, not only the first by name: a second one sorting before it does not take over.
    QVERIFY(QSettings(store::AccountStore::defaultFileName(), QSettings::IniFormat)
                .value(QStringLiteral("defaultAccount"))
                .toString()
            == QStringLiteral("work"));
    auto *makeDefault = child<QPushButton>(d, "accountDefault");
    QVERIFY(!makeDefault->isEnabled());  // it is the default already
    addInDialog(d, QStringLiteral("home"), QStringLiteral("ann@home.example"));
    QCOMPARE(m_ctx->accounts()->defaultAccountName(), QStringLiteral("work"));
    auto *list = child<QListWidget>(d, "accountList");
    QCOMPARE(listed(list), (QStringList{QStringLiteral("home"), QStringLiteral("work (default)")}));
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("home"));
    QVERIFY(makeDefault->isEnabled());
    QTest::mouseClick(makeDefault, Qt::LeftButton);
    QCOMPARE(m_ctx->accounts()->defaultAccountName(), QStringLiteral("home"));
    QVERIFY(!makeDefault->isEnabled());
    QCOMPARE(listed(list), (QStringList{QStringLiteral("home (default)"), QStringLiteral("work")}));
    list->setCurrentRow(1);
    QVERIFY(makeDefault->isEnabled());
    // A new window takes the default.
    ComposerWindow other(m_ctx);
    QCOMPARE(other.currentAccount()->name, QStringLiteral("home"));
    d->close();
}

void TestAccountSync::accountsAddedByTheCliAppear()
{
    QVERIFY(m_ctx->accounts()->save([] {
        store::Account a;
        a.name = QStringLiteral("work");
        a.address = QStringLiteral("ann@work.example");
        a.host = QStringLiteral("smtp.example.org");
        return a;
    }()));
    m_window = new ComposerWindow(m_ctx);
    m_window->show();
    auto *from = child<QComboBox>(m_window.data(), "fromCombo");
    QCOMPARE(fromNames(from), QStringList{QStringLiteral("work")});
    AccountsDialog *d = m_window->openAccounts();
    auto *list = child<QListWidget>(d, "accountList");
    // Something typed in the open form must survive the reload.
    QTest::keyClicks(child<QLineEdit>(d, "hostEdit"), QStringLiteral(".tld"));
    QVERIFY(d->isDirty());

    // Another process, the way a user would do it in a terminal. "aaa" sorts first: the selection and the
    // default must not jump to it.
    runStamp({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("aaa"),
              QStringLiteral("--from"), QStringLiteral("bob@example.org"), QStringLiteral("--server"),
              QStringLiteral("127.0.0.1:2525"), QStringLiteral("--security"), QStringLiteral("none")});
    QTRY_COMPARE(fromNames(from), (QStringList{QStringLiteral("aaa"), QStringLiteral("work")}));
    QCOMPARE(from->currentData().toString(), QStringLiteral("work"));
    QTRY_COMPARE(listed(list), (QStringList{QStringLiteral("aaa"), QStringLiteral("work (default)")}));
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("work"));
    QCOMPARE(child<QLineEdit>(d, "hostEdit")->text(), QStringLiteral("smtp.example.org.tld"));
    QVERIFY(d->isDirty());

    // Removed in the terminal: gone from From too, the selection falls back to what is left.
    runStamp({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("aaa")});
    QTRY_COMPARE(fromNames(from), QStringList{QStringLiteral("work")});
    QTRY_COMPARE(listed(list), QStringList{QStringLiteral("work (default)")});
    d->close();
}

STAMP_UI_TEST_MAIN(TestAccountSync)
#include "tst_accountsync.moc"
