// Accessibility, checked over every window and dialog that opens without a network: each interactive control
// has an accessible name a screen reader can read (not empty, not its object name), each menu action has a
// keyboard way to trigger it (a shortcut, or mnemonics all the way from the menu bar, none shared in one
// menu), the log's colours come with a word and an icon, and the window fits its screen (run a second time
// at QT_SCALE_FACTOR=2 by ctest). The checker first proves it catches what it claims to.
#include "accountsdialog.h"
#include "appcontext.h"
#include "certificatedialog.h"
#include "composerwindow.h"
#include "contactsdialog.h"
#include "helpdialog.h"
#include "logpane.h"
#include "mergedialog.h"
#include "outboxview.h"
#include "passwordprompt.h"
#include "resultpanel.h"
#include "sentview.h"
#include "transcriptmodel.h"
#include "uitest.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSslCertificate>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace ui;

namespace {

// A control someone operates (or reads by moving the focus to it).
bool isInteractive(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))  // Qt's own parts (scroll bars, dock buttons)
        return false;
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w))
        return w->focusPolicy() != Qt::NoFocus;
    return false;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(), w->window()->objectName());
}

// OK, Cancel, Close of a button box: Qt's own words, which say all there is to say.
bool isStandardButton(const QWidget *w)
{
    const auto *b = qobject_cast<const QPushButton *>(w);
    const auto *box = b ? qobject_cast<const QDialogButtonBox *>(b->parentWidget()) : nullptr;
    return box && box->standardButton(const_cast<QPushButton *>(b)) != QDialogButtonBox::NoButton;
}

bool hasBuddyLabel(const QWidget *w)
{
    const QList<QLabel *> labels = w->window()->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        if (l->buddy() == w && !l->text().trimmed().isEmpty())
            return true;
    return false;
}

// Every interactive control under root (hidden ones too: they show later) whose accessible name, as the
// accessibility interface gives it to a screen reader, is missing or only its object name.
QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        // The tabs of a tab widget are named by their own text.
        if (auto *bar = qobject_cast<QTabBar *>(w); bar && qobject_cast<QTabWidget *>(bar->parentWidget())) {
            for (int i = 0; i < bar->count(); ++i)
                if (bar->tabText(i).trimmed().isEmpty())
                    problems << QStringLiteral("tab %1 of %2 has no text").arg(i).arg(describe(bar));
            continue;
        }
        // The scroll buttons of a tab bar are Qt's own.
        if (qobject_cast<QTabBar *>(w->parentWidget()))
            continue;
        // A combo box's own line edit and the popup views of completers are parts of another control.
        if (qobject_cast<QComboBox *>(w->parentWidget()) || (w != root && w->window() != root->window()))
            continue;
        // A button Tab never reaches needs a key of its own (tool bar buttons are their menu actions).
        if (auto *b = qobject_cast<QAbstractButton *>(w);
            b && b->focusPolicy() == Qt::NoFocus && b->shortcut().isEmpty()
            && !b->objectName().startsWith(QLatin1String("qt_"))
            && !qobject_cast<QToolBar *>(b->parentWidget()) && !qobject_cast<QLineEdit *>(b->parentWidget()))
            problems << QStringLiteral("%1 cannot be reached from the keyboard").arg(describe(w));
        if (!isInteractive(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        const QString description = iface ? iface->text(QAccessible::Description).trimmed() : QString();
        // On Linux a combo box reads out its current item as its name, and its label through a relation:
        // what names it is its accessible name or its buddy label.
        if (qobject_cast<QComboBox *>(w) && w->accessibleName().isEmpty() && !hasBuddyLabel(w))
            problems << QStringLiteral("%1 has no accessible name and no label").arg(describe(w));
        else if (name.isEmpty())
            problems << QStringLiteral("%1 has no accessible name").arg(describe(w));
        else if (!w->objectName().isEmpty()
                 && (name.compare(w->objectName(), Qt::CaseInsensitive) == 0
                     || w->accessibleName().trimmed().compare(w->objectName(), Qt::CaseInsensitive) == 0))
            problems << QStringLiteral("%1 is named only by its object name").arg(describe(w));
        else if (description.isEmpty() && !isStandardButton(w))
            problems << QStringLiteral("%1 (\"%2\") has no accessible description").arg(describe(w), name);
    }
    return problems;
}

// Menu actions that no key reaches: no shortcut that works anywhere in the window, and no mnemonic path
// from the menu bar (the menu's own mnemonic, then the action's, not shared with another entry).
void checkMenu(const QMenu *menu, const QString &path, bool reachable, QStringList &problems)
{
    QHash<QString, QString> letters;
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString text = a->menu() ? a->menu()->title() : a->text();
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        const QString where = path + QStringLiteral(" › ") + text;
        if (!mnemonic.isEmpty()) {
            const QString key = mnemonic.toString();
            if (letters.contains(key))
                problems << QStringLiteral("%1 shares its mnemonic with %2").arg(where, letters.value(key));
            letters.insert(key, text);
        }
        if (a->menu()) {
            checkMenu(a->menu(), where, reachable && !mnemonic.isEmpty(), problems);
            continue;
        }
        bool shortcut = false;
        for (const QKeySequence &k : a->shortcuts())
            shortcut = shortcut || !k.isEmpty();
        shortcut = shortcut && a->shortcutContext() != Qt::WidgetShortcut;
        if (!shortcut && !(reachable && !mnemonic.isEmpty()))
            problems << QStringLiteral("%1 has no shortcut and no mnemonic path").arg(where);
    }
}

QStringList unreachableActions(QMainWindow *window)
{
    QStringList problems;
    QHash<QString, QString> letters;
    QList<const QAction *> inMenus;
    for (const QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        const QString title = top->menu()->title();
        const QKeySequence mnemonic = QKeySequence::mnemonic(title);
        if (mnemonic.isEmpty())
            problems << QStringLiteral("menu %1 has no mnemonic").arg(title);
        else if (letters.contains(mnemonic.toString()))
            problems << QStringLiteral("menu %1 shares its mnemonic with %2")
                            .arg(title, letters.value(mnemonic.toString()));
        letters.insert(mnemonic.toString(), title);
        checkMenu(top->menu(), title, !mnemonic.isEmpty(), problems);
        const QList<QAction *> all = top->menu()->findChildren<QAction *>();
        for (const QAction *a : all)
            inMenus << a;
        for (const QAction *a : top->menu()->actions())
            inMenus << a;
    }
    // What the tool bar offers must be in a menu too (a tool bar is not in the tab order) or have keys.
    const QList<QToolBar *> bars = window->findChildren<QToolBar *>();
    for (const QToolBar *bar : bars)
        for (const QAction *a : bar->actions())
            if (!a->isSeparator() && a->shortcut().isEmpty() && !inMenus.contains(a)) {
                bool found = false;
                for (const QAction *top : window->menuBar()->actions())
                    found = found || (top->menu() && top->menu()->actions().contains(a));
                if (!found)
                    problems << QStringLiteral("tool bar action %1 has no keyboard way").arg(a->text());
            }
    return problems;
}

// Alt+letter keys used twice in one window (labels with buddies, buttons, check boxes, group boxes): the key
// then only cycles between them.
QStringList sharedMnemonics(QWidget *window)
{
    QStringList problems;
    QHash<QString, QString> keys;
    const auto add = [&](const QString &text) {
        const QKeySequence k = QKeySequence::mnemonic(text);
        if (k.isEmpty())
            return;
        if (keys.contains(k.toString()))
            problems << QStringLiteral("%1 in %2: \"%3\" and \"%4\"")
                            .arg(k.toString(QKeySequence::NativeText), window->objectName(),
                                 keys.value(k.toString()), text);
        else
            keys.insert(k.toString(), text);
    };
    // The menu bar's titles and Alt+letter shortcuts take their keys in the same window.
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (const QAction *top : main->menuBar()->actions())
            if (top->menu())
                add(top->menu()->title());
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *a : actions)
        for (const QKeySequence &k : a->shortcuts())
            if (k.count() == 1 && k[0].keyboardModifiers() == Qt::AltModifier
                && a->shortcutContext() != Qt::WidgetShortcut)
                add(QLatin1Char('&') + QKeySequence(k[0].key()).toString());
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (const QWidget *w : all) {
        // A hidden control (another tab, a page not shown) takes no key.
        if (w->window() != window || qobject_cast<const QToolBar *>(w->parentWidget())
            || !w->isVisibleTo(window))
            continue;
        if (const auto *l = qobject_cast<const QLabel *>(w); l && l->buddy())
            add(l->text());
        else if (const auto *b = qobject_cast<const QAbstractButton *>(w))
            add(b->text());
        else if (const auto *g = qobject_cast<const QGroupBox *>(w); g && g->isCheckable())
            add(g->title());
    }
    return problems;
}

store::Account account(const QString &name)
{
    store::Account a;
    a.name = name;
    a.displayName = QStringLiteral("Ann Example");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = 2525;
    a.user = QStringLiteral("ann");
    a.security = smtp::Security::None;
    return a;
}

}  // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checkerCatchesWhatItClaims();
    void composerControlsAreNamed();
    void dialogsAreNamed();
    void menuActionsHaveKeyboardWays();
    void fieldLabelsHaveBuddies();
    void mnemonicsAreNotShared();
    void logColoursComeWithWords();
    void helpListsTheWindowsOwnShortcuts();
    void helpHasEverySectionAndExitCode();
    void helpSectionsNameTheMenuItems();
    void aboutSaysVersionAndLicence();
    void windowFitsItsScreen();

private:
    ComposerWindow *newWindow();
    AppContext *m_ctx = nullptr;
    QString m_dir;
    QPointer<ComposerWindow> m_window;
};

// Run again by ctest once per language (STAMP_TEST_LANGUAGE=de, fr, es): names, keyboard ways and shared
// Alt keys are checked on the translated windows, where the translation decides them.
void TestAccessibility::initTestCase()
{
    const QString language = qEnvironmentVariable("STAMP_TEST_LANGUAGE");
    if (language.isEmpty())
        return;
    // Installed for the whole run (the test's process ends with it).
    QVERIFY2(!uitest::installLanguage(language).isEmpty(), "the translation is not embedded");
}

void TestAccessibility::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/a11y-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("test"))));
}

void TestAccessibility::cleanup()
{
    delete m_window.data();
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *w : all)
        if (qobject_cast<QDialog *>(w) || qobject_cast<QMainWindow *>(w))
            w->deleteLater();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete m_ctx;
    m_ctx = nullptr;
}

ComposerWindow *TestAccessibility::newWindow()
{
    m_window = new ComposerWindow(m_ctx);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        qWarning("window not exposed");
    return m_window;
}

void TestAccessibility::checkerCatchesWhatItClaims()
{
    QMainWindow w;
    w.setObjectName(QStringLiteral("probe"));
    auto *central = new QWidget(&w);
    auto *unnamed = new QLineEdit(central);
    unnamed->setObjectName(QStringLiteral("unnamedEdit"));
    auto *byObjectName = new QComboBox(central);
    byObjectName->setObjectName(QStringLiteral("probeCombo"));
    byObjectName->setAccessibleName(QStringLiteral("probeCombo"));
    auto *named = new QLineEdit(central);
    named->setObjectName(QStringLiteral("namedEdit"));
    named->setAccessibleName(QStringLiteral("Subject"));
    named->setAccessibleDescription(QStringLiteral("What it is about"));
    auto *undescribed = new QLineEdit(central);
    undescribed->setObjectName(QStringLiteral("undescribedEdit"));
    undescribed->setAccessibleName(QStringLiteral("Topic"));
    auto *unlabelledCombo = new QComboBox(central);  // reads its current item, which is not its name
    unlabelledCombo->setObjectName(QStringLiteral("unlabelledCombo"));
    unlabelledCombo->addItem(QStringLiteral("First"));
    unlabelledCombo->setToolTip(QStringLiteral("Pick one"));
    auto *mouseOnly = new QToolButton(central);
    mouseOnly->setObjectName(QStringLiteral("mouseOnlyButton"));
    mouseOnly->setAccessibleName(QStringLiteral("Hide"));
    mouseOnly->setFocusPolicy(Qt::NoFocus);
    auto *tipped = new QPushButton(QStringLiteral("&Go"), central);  // a tool tip is a description too
    tipped->setObjectName(QStringLiteral("tippedButton"));
    tipped->setToolTip(QStringLiteral("Starts it"));
    auto *buddied = new QLineEdit(central);
    buddied->setObjectName(QStringLiteral("buddiedEdit"));
    auto *label = new QLabel(QStringLiteral("&Where:"), central);
    label->setBuddy(buddied);
    buddied->setToolTip(QStringLiteral("The place"));
    w.setCentralWidget(central);
    const QStringList found = unnamedControls(&w);
    QCOMPARE(found.size(), 5);
    QVERIFY(found.filter(QStringLiteral("mouseOnlyButton\" in probe cannot be reached")).size() == 1);
    QVERIFY(found.filter(QStringLiteral("unnamedEdit")).size() == 1);
    QVERIFY(found.filter(QStringLiteral("probeCombo\" in probe is named only by its object name")).size()
            == 1);
    QVERIFY(found.filter(QStringLiteral("undescribedEdit")).size() == 1);
    QVERIFY(found.filter(QStringLiteral("unlabelledCombo")).size() == 1);

    QMenu *menu = w.menuBar()->addMenu(QStringLiteral("&File"));
    menu->addAction(QStringLiteral("&Open"));
    menu->addAction(QStringLiteral("No key"));
    menu->addAction(QStringLiteral("&Other"));  // shares O with Open
    menu->addAction(QStringLiteral("Keyed"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *widgetOnly = menu->addAction(QStringLiteral("Focus only"));
    widgetOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    widgetOnly->setShortcutContext(Qt::WidgetShortcut);
    QMenu *unreachable = w.menuBar()->addMenu(QStringLiteral("Tools"));  // no mnemonic: nothing in it counts
    unreachable->addAction(QStringLiteral("&Run"));
    w.addToolBar(QStringLiteral("bar"))->addAction(QStringLiteral("Loose"));
    const QStringList keys = unreachableActions(&w);
    QVERIFY2(keys.filter(QStringLiteral("No key")).size() == 1, qPrintable(keys.join(QLatin1Char('\n'))));
    QVERIFY(keys.filter(QStringLiteral("shares its mnemonic")).size() == 1);
    QVERIFY(keys.filter(QStringLiteral("Focus only")).size() == 1);
    QVERIFY(keys.filter(QStringLiteral("menu Tools has no mnemonic")).size() == 1);
    QVERIFY(keys.filter(QStringLiteral("&Run")).size() == 1);
    QVERIFY(keys.filter(QStringLiteral("Loose")).size() == 1);
    QVERIFY(keys.filter(QStringLiteral("Keyed")).isEmpty());
    QCOMPARE(keys.size(), 6);
}

void TestAccessibility::composerControlsAreNamed()
{
    ComposerWindow *w = newWindow();
    w->outboxDock()->show();
    w->sentDock()->show();
    // A result with its buttons, as after a failed send.
    smtp::Outcome o;
    o.category = smtp::Outcome::Category::TemporaryFailure;
    o.summary = QStringLiteral("The server said to try later.");
    o.reply.code = 451;
    o.reply.lines = {"try later"};
    smtp::RecipientResult r;
    r.address = QStringLiteral("bob@example.org");
    r.reply = o.reply;
    o.recipients << r;
    w->resultPanel()->showOutcome(o, QStringLiteral("Hello"));
    w->attachFiles({QStringLiteral(STAMP_TEST_DATA "/ca.pem")});
    const QStringList problems = unnamedControls(w);
    STAMP_VERIFY_NONE(problems);
}

void TestAccessibility::dialogsAreNamed()
{
    ComposerWindow *w = newWindow();
    QStringList problems;

    AccountsDialog *accounts = w->openAccounts();
    QVERIFY(accounts);
    problems << unnamedControls(accounts);

    QFile pem(QStringLiteral(STAMP_TEST_DATA "/selfsigned.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem.readAll());
    QVERIFY(!chain.isEmpty());
    CertificateDialog cert(chain, {QSslError(QSslError::SelfSignedCertificate, chain.first())},
                           QStringLiteral("mail.example.org"), QStringLiteral("test"), w);
    problems << unnamedControls(&cert);

    PasswordPrompt prompt(account(QStringLiteral("test")), QStringLiteral("No keychain."), w);
    problems << unnamedControls(&prompt);

    HelpDialog help(w, w);
    problems << unnamedControls(&help);

    // Tools > Contacts, with an entry selected, and its two forms.
    QString contactError;
    QVERIFY(!m_ctx->contacts()
                 ->saveContact({{}, QStringLiteral("Ann"), {QStringLiteral("ann@example.org")}, {}},
                               &contactError)
                 .isEmpty());
    ContactsDialog *contacts = ContactsDialog::showFor(m_ctx, w);
    contacts->list()->setCurrentItem(contacts->list()->topLevelItem(0));
    problems << unnamedControls(contacts);
    for (const char *form : {"addContactButton", "addGroupButton"}) {
        contacts->findChild<QPushButton *>(QLatin1String(form))->click();
        QDialog *f = nullptr;
        QTRY_VERIFY((f = uitest::findVisible<QDialog>(QLatin1String(
                         qstrcmp(form, "addContactButton") == 0 ? "contactForm" : "groupForm"))));
        problems << unnamedControls(f) << sharedMnemonics(f);
        f->close();
    }

    // Tools > Mail Merge.
    MergeDialog *merge = w->openMailMerge();
    QVERIFY(merge);
    problems << unnamedControls(merge);

    // A sent message, opened read-only.
    store::MailItem item;
    item.account = QStringLiteral("test");
    item.from = QStringLiteral("ann@example.org");
    item.to = QStringLiteral("bob@example.org");
    item.subject = QStringLiteral("Hello");
    item.body = QStringLiteral("Text");
    const QString id = m_ctx->mail()->enqueue(item);
    smtp::Outcome sent;
    sent.category = smtp::Outcome::Category::Sent;
    QVERIFY(m_ctx->mail()->moveToSent(
        id, sent, "From: ann@example.org\r\nTo: bob@example.org\r\nSubject: Hello\r\n\r\nText\r\n"));
    w->sentView()->refresh();
    SentMessageDialog *message = w->sentView()->openItem(id);
    QVERIFY(message);
    problems << unnamedControls(message);

    QAction *about = w->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = uitest::findVisible<QMessageBox>(QStringLiteral("aboutBox"))));
    problems << unnamedControls(box);
    STAMP_VERIFY_NONE(problems);
}

void TestAccessibility::menuActionsHaveKeyboardWays()
{
    ComposerWindow *w = newWindow();
    const QStringList problems = unreachableActions(w);
    STAMP_VERIFY_NONE(problems);
    // The manual opens from the keyboard.
    QTest::keyClick(w, Qt::Key_F1);
    QTRY_VERIFY(uitest::findVisible<HelpDialog>(QStringLiteral("helpDialog")));
}

void TestAccessibility::fieldLabelsHaveBuddies()
{
    // A label with a mnemonic that leads nowhere is a key that does nothing; one without a buddy next to a
    // field leaves the field unnamed for a screen reader that reads labels.
    ComposerWindow *w = newWindow();
    AccountsDialog *accounts = w->openAccounts();
    QVERIFY(accounts);
    QStringList problems;
    MergeDialog *merge = w->openMailMerge();
    QVERIFY(merge);
    for (QWidget *root :
         {static_cast<QWidget *>(w), static_cast<QWidget *>(accounts), static_cast<QWidget *>(merge)}) {
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        for (const QLabel *l : labels)
            if (!QKeySequence::mnemonic(l->text()).isEmpty() && !l->buddy())
                problems << QStringLiteral("label \"%1\" in %2 has a mnemonic but no buddy")
                                .arg(l->text(), root->objectName());
    }
    STAMP_VERIFY_NONE(problems);
}

void TestAccessibility::mnemonicsAreNotShared()
{
    ComposerWindow *w = newWindow();
    QStringList problems = sharedMnemonics(w);
    HelpDialog help(w, w);
    problems << sharedMnemonics(&help);
    PasswordPrompt prompt(account(QStringLiteral("test")), QStringLiteral("No keychain."), w);
    problems << sharedMnemonics(&prompt);
    problems << sharedMnemonics(ContactsDialog::showFor(m_ctx, w));
    problems << sharedMnemonics(w->openMailMerge());
    STAMP_VERIFY_NONE(problems);
    // The accounts dialog's pages are tabs: only the shown tab's controls take keys, beside the dialog's own
    // buttons, so each tab is checked as it is shown.
    AccountsDialog *accounts = w->openAccounts();
    QVERIFY(accounts);
    const QList<QTabWidget *> tabs = accounts->findChildren<QTabWidget *>();
    QVERIFY(!tabs.isEmpty());
    for (QTabWidget *t : tabs)
        for (int i = 0; i < t->count(); ++i) {
            t->setCurrentIndex(i);
            QCoreApplication::processEvents();
            problems << sharedMnemonics(accounts);
        }
    problems.removeDuplicates();
    STAMP_VERIFY_NONE(problems);
}

void TestAccessibility::logColoursComeWithWords()
{
    LogPane pane;
    using K = smtp::TranscriptEvent::Kind;
    const auto ev = [](K kind, const QString &text, int code = 0) {
        smtp::TranscriptEvent e;
        e.time = QDateTime::currentDateTime();
        e.kind = kind;
        e.text = text;
        e.code = code;
        return e;
    };
    pane.append(ev(K::Info, QStringLiteral("Connecting to mail.example.org port 587")));
    pane.append(ev(K::Server, QStringLiteral("220 ready"), 220));
    pane.append(ev(K::Client, QStringLiteral("EHLO client.example")));
    pane.append(ev(K::Server, QStringLiteral("250 ok"), 250));
    pane.append(ev(K::Tls, QStringLiteral("TLS established")));
    pane.append(ev(K::Server, QStringLiteral("354 go ahead"), 354));
    pane.append(ev(K::Data, QStringLiteral("[message content: 12 bytes]")));
    pane.append(ev(K::Server, QStringLiteral("451 later"), 451));
    pane.append(ev(K::Server, QStringLiteral("550 no"), 550));
    pane.append(ev(K::Server, QStringLiteral("xyz garbage"), 0));
    pane.append(ev(K::Error, QStringLiteral("The connection broke.")));
    const TranscriptModel *m = pane.model();
    QTRY_VERIFY(m->rowCount() >= 11);
    int coloured = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->isHeader(r))
            continue;
        const K kind = K(m->data(m->index(r, 0), TranscriptModel::KindRole).toInt());
        for (int c = 0; c < TranscriptModel::ColumnCount; ++c) {
            if (!m->data(m->index(r, c), Qt::ForegroundRole).isValid())
                continue;
            ++coloured;
            // The direction is always written out; a reply or a problem also says its class in a word.
            QVERIFY(!m->data(m->index(r, TranscriptModel::DirectionColumn)).toString().isEmpty());
            if (kind == K::Server || kind == K::Error) {
                const QModelIndex status = m->index(r, TranscriptModel::StatusColumn);
                QVERIFY2(!status.data().toString().isEmpty(), qPrintable(m->event(r).text));
                const int cls = m->data(m->index(r, 0), TranscriptModel::ClassRole).toInt();
                if (kind == K::Error || cls != int(smtp::ReplyClass::Invalid))
                    QVERIFY2(!status.data(Qt::DecorationRole).value<QIcon>().isNull(),
                             qPrintable(m->event(r).text));
            }
        }
    }
    QVERIFY(coloured > 0);
    // Different classes read differently: the words alone tell them apart.
    QStringList words;
    for (smtp::ReplyClass c : {smtp::ReplyClass::Success, smtp::ReplyClass::Intermediate,
                               smtp::ReplyClass::Temporary, smtp::ReplyClass::Permanent})
        words << TranscriptModel::statusWord(c);
    words.removeDuplicates();
    QCOMPARE(words.size(), 4);
}

void TestAccessibility::helpListsTheWindowsOwnShortcuts()
{
    ComposerWindow *w = newWindow();
    const QString page = HelpDialog::pageHtml(w);
    // Every shortcut of every action in the window's menus is in the table, with its keys.
    int checked = 0;
    const QList<QAction *> actions = w->findChildren<QAction *>();
    for (const QAction *a : actions) {
        if (a->shortcut().isEmpty() || !a->isVisible())
            continue;
        const QString keys = a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped();
        QVERIFY2(page.contains(keys), qPrintable(keys));
        ++checked;
    }
    QVERIFY(checked >= 10);
    QVERIFY(page.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    // Read from the actions, not written down: a shortcut changed at run time shows when the page is built.
    QAction *send = w->findChild<QAction *>(QStringLiteral("sendAction"));
    QVERIFY(send);
    send->setShortcuts({QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z)});
    const QString changed = HelpDialog::pageHtml(w);
    QVERIFY(
        changed.contains(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z).toString(QKeySequence::NativeText)));
    const QList<HelpDialog::Shortcut> rows = HelpDialog::shortcuts(w);
    // The row names the action and its menu as the window shows them (translated, without the & marks).
    const QAction *file = w->menuBar()->actions().value(0);  // File, the first menu
    const auto plain = [](QString t) { return t.remove(QRegularExpression(QStringLiteral("&(?!&)"))); };
    const QString what = plain(send->text());
    QVERIFY(file);
    const QString where = plain(file->text());
    bool found = false;
    for (const HelpDialog::Shortcut &s : rows)
        found = found || (s.what == what && s.where == where);
    QVERIFY(found);
}

void TestAccessibility::helpHasEverySectionAndExitCode()
{
    ComposerWindow *w = newWindow();
    QAction *codes = w->findChild<QAction *>(QStringLiteral("helpExitCodesAction"));
    QVERIFY(codes);
    codes->trigger();
    HelpDialog *help = nullptr;
    QTRY_VERIFY((help = uitest::findVisible<HelpDialog>(QStringLiteral("helpDialog"))));
    QCOMPARE(help->contents()->topLevelItemCount(), help->sectionAnchors().size());
    QCOMPARE(help->contents()->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("exitcodes"));
    const QString html = help->browser()->toHtml();
    for (const QString &anchor : help->sectionAnchors())
        QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(anchor)), qPrintable(anchor));
    const QString text = help->browser()->toPlainText();
    for (int code : {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("(^|\\n)%1\\s").arg(code))),
                 qPrintable(QString::number(code)));
    // The reply-class icons are in the page, not broken images.
    for (smtp::ReplyClass c : {smtp::ReplyClass::Success, smtp::ReplyClass::Permanent}) {
        const QVariant image = help->browser()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("stamp-icon:class-%1").arg(int(c))));
        QVERIFY(image.isValid());
    }
    // Choosing a section from the contents scrolls the text there.
    QTest::keyClick(help->contents(), Qt::Key_Home);
    QCOMPARE(help->contents()->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("window"));
    // Opened again, the same dialog comes forward instead of a second one.
    w->findChild<QAction *>(QStringLiteral("helpManualAction"))->trigger();
    QCOMPARE(w->findChildren<HelpDialog *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
}

namespace {

// The plain text of one section of the manual's page: from its anchor to the next heading.
QString sectionText(const QString &page, const QString &anchor)
{
    const int start = page.indexOf(QStringLiteral("name=\"%1\"").arg(anchor));
    if (start < 0)
        return {};
    const int end = page.indexOf(QLatin1String("<h2>"), start);
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<h2><a ") + page.mid(start, end < 0 ? -1 : end - start));
    return doc.toPlainText();
}

// Where an action is in the window's menus, walked here from the menu bar: the menu titles and the action's
// text as the window shows them (without & marks), joined the way the manual joins them.
bool pathTo(const QMenu *menu, const QAction *target, const QString &where, QString *path)
{
    const auto plain = [](QString t) { return t.remove(QRegularExpression(QStringLiteral("&(?!&)"))); };
    for (const QAction *a : menu->actions()) {
        const QString here = HelpDialog::tr("%1 › %2").arg(where, plain(a->text()));
        if (a == target) {
            *path = here;
            return true;
        }
        if (a->menu() && pathTo(a->menu(), target, here, path))
            return true;
    }
    return false;
}

QString pathTo(const QMainWindow *w, const QAction *target)
{
    for (const QAction *top : w->menuBar()->actions()) {
        QString path;
        if (top->menu()
            && pathTo(top->menu(), target, top->text().remove(QRegularExpression(QStringLiteral("&(?!&)"))),
                      &path))
            return path;
    }
    return {};
}

}  // namespace

// The sections on writing, templates and options, contacts and mail merge name the menu items they are about
// as the window's menus have them (read from its actions, in the language shown), so the manual cannot fall
// behind the menus: an item renamed or moved is renamed or moved in the manual too.
void TestAccessibility::helpSectionsNameTheMenuItems()
{
    ComposerWindow *w = newWindow();
    const struct
    {
        const char *anchor;
        QStringList items;  // object names of actions or of submenus
    } sections[] = {
        {"writing", {QStringLiteral("spellingMenu"), QStringLiteral("accountsAction")}},
        {"options",
         {QStringLiteral("saveTemplateAction"), QStringLiteral("templateMenu"),
          QStringLiteral("priorityMenu"), QStringLiteral("readReceiptAction")}},
        {"contacts", {QStringLiteral("contactsAction")}},
        {"merge", {QStringLiteral("saveTemplateAction")}},
    };
    const QString page = HelpDialog::pageHtml(w);
    HelpDialog help(w, w);
    for (const auto &section : sections) {
        const QString anchor = QLatin1String(section.anchor);
        QVERIFY2(help.sectionAnchors().contains(anchor), section.anchor);
        const QString text = sectionText(page, anchor);
        QVERIFY2(text.size() > 200, section.anchor);
        for (const QString &name : section.items) {
            const QAction *a = w->findChild<QAction *>(name);
            if (!a)
                if (const QMenu *menu = w->findChild<QMenu *>(name))
                    a = menu->menuAction();
            QVERIFY2(a, qPrintable(name));
            const QString path = pathTo(w, a);
            QVERIFY2(!path.isEmpty(), qPrintable(name));
            QVERIFY2(text.contains(path), qPrintable(anchor + QLatin1String(": ") + path));
        }
    }
    // The formats the editor offers are named as its Text format box names them.
    const auto *format = w->findChild<QComboBox *>(QStringLiteral("textFormatBox"));
    QVERIFY(format);
    for (int i = 0; i < format->count(); ++i)
        QVERIFY2(sectionText(page, QStringLiteral("writing")).contains(format->itemText(i)),
                 qPrintable(format->itemText(i)));
    // The Mail Merge dialog is named in its section, by the path to Tools › Mail Merge….
    const QAction *mergeAction = w->findChild<QAction *>(QStringLiteral("mailMergeAction"));
    QVERIFY(mergeAction);
    QVERIFY(sectionText(page, QStringLiteral("merge")).contains(pathTo(w, mergeAction)));
    // The command line is given as app/mergecommand.cpp reads it.
    const QString merge = sectionText(page, QStringLiteral("merge"));
    for (const char *option :
         {"stamp merge", "--account", "--template", "--csv", "--rate", "--dry-run", "--resume", "{{"})
        QVERIFY2(merge.contains(QLatin1String(option)), option);
    // Read from the actions, not written down: renamed at run time, the manual follows.
    QAction *contacts = w->findChild<QAction *>(QStringLiteral("contactsAction"));
    const QString before = pathTo(w, contacts);
    contacts->setText(QStringLiteral("Addr&ess Book Renamed…"));
    const QString after = sectionText(HelpDialog::pageHtml(w), QStringLiteral("contacts"));
    QVERIFY(after.contains(QStringLiteral("Address Book Renamed…")));
    QVERIFY(!after.contains(before));
    // A menu item the window does not have is not described as if it were there.
    QVERIFY(HelpDialog::menuPath(w, QStringLiteral("noSuchAction")).isEmpty());
}

void TestAccessibility::aboutSaysVersionAndLicence()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const QString text = aboutText();
    QVERIFY(text.contains(QLatin1String("9.8.7")));
    QVERIFY(text.contains(QLatin1String("GPL-3.0-or-later")));
    // The licence the package declares.
    QFile copyright(QStringLiteral(STAMP_SOURCE_DIR "/packaging/copyright"));
    QVERIFY(copyright.open(QIODevice::ReadOnly));
    QVERIFY(copyright.readAll().contains("License: GPL-3+"));
}

void TestAccessibility::windowFitsItsScreen()
{
    // Run at 100% and (by ctest) at 200% on a 1920×1080 screen: a fresh window fits the screen, and no label
    // or button in it is smaller than its text needs.
    ComposerWindow *w = newWindow();
    AccountsDialog *accounts = w->openAccounts();
    QVERIFY(accounts);
    HelpDialog *help = new HelpDialog(w, w);
    help->show();
    QVERIFY(QTest::qWaitForWindowExposed(help));
    MergeDialog *merge = w->openMailMerge();
    QVERIFY(QTest::qWaitForWindowExposed(merge));
    const auto offScreen = [](const QWidget *top) {
        const QRect screen = top->screen()->availableGeometry();
        if (top->frameGeometry().width() <= screen.width()
            && top->frameGeometry().height() <= screen.height())
            return QString();
        return QStringLiteral("%1 is %2×%3 on a screen of %4×%5 (scale %6)")
            .arg(top->objectName())
            .arg(top->frameGeometry().width())
            .arg(top->frameGeometry().height())
            .arg(screen.width())
            .arg(screen.height())
            .arg(top->devicePixelRatio());
    };
    QStringList clipped;
    for (const QWidget *top :
         {static_cast<QWidget *>(w), static_cast<QWidget *>(help), static_cast<QWidget *>(merge)})
        if (const QString why = offScreen(top); !why.isEmpty())
            clipped << why;
    const QString accountsOff = offScreen(accounts);
    QVERIFY2(accountsOff.isEmpty(), qPrintable(accountsOff));
    QList<QWidget *> all = w->findChildren<QWidget *>();
    all << accounts->findChildren<QWidget *>() << help->findChildren<QWidget *>()
        << merge->findChildren<QWidget *>();
    for (const QWidget *c : std::as_const(all)) {
        if (!c->isVisible() || c->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (!qobject_cast<const QLabel *>(c) && !qobject_cast<const QAbstractButton *>(c))
            continue;
        const QSize need = c->minimumSizeHint();
        if (c->width() < need.width() || c->height() < need.height())
            clipped << QStringLiteral("%1 is %2×%3, needs %4×%5")
                           .arg(describe(c))
                           .arg(c->width())
                           .arg(c->height())
                           .arg(need.width())
                           .arg(need.height());
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

STAMP_UI_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
