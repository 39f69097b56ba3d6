// The window in another language (issue 11): the composer, its menus and its dialogs opened with Stamp's
// translation for STAMP_TEST_LANGUAGE (de, fr or es; ctest runs one entry per language) show no English left
// (only proper names and protocol words may stay as they are) and no label or button cut short at the
// window's default size. "English left" is found by building the same window twice, once untranslated and
// once translated, and comparing each text at the same place: a text that stayed the same and still has a
// word that is not a name or a protocol word is a string someone forgot to translate (or to mark with tr).
#include "accountsdialog.h"
#include "appcontext.h"
#include "composerwindow.h"
#include "consoledialog.h"
#include "contactsdialog.h"
#include "firststartdialog.h"
#include "helpdialog.h"
#include "mergedialog.h"
#include "outboxview.h"
#include "practicedialog.h"
#include "sentview.h"
#include "uitest.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextDocument>
#include <QTranslator>

using namespace ui;

namespace {

// One text a user reads, and where it is (the same place in the untranslated and the translated window).
struct Shown
{
    QString where;
    QString text;
};

void add(QList<Shown> *out, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        out->append({where, text});
}

QString place(const QObject *o)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(o->metaObject()->className()), o->objectName());
}

void collectMenu(QList<Shown> *out, QMenu *menu, const QString &path)
{
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        QAction *a = actions.at(i);
        if (a->isSeparator())
            continue;
        const QString where = QStringLiteral("%1 > action %2").arg(path).arg(i);
        add(out, where + QStringLiteral(" text"), a->text());
        add(out, where + QStringLiteral(" status tip"), a->statusTip());
        if (a->menu())
            collectMenu(out, a->menu(), where);
    }
}

// Every text of a window in a fixed order: the widgets in creation order, then the menus.
QList<Shown> collect(QWidget *top)
{
    QList<Shown> out;
    add(&out, QStringLiteral("window title"), top->windowTitle());
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (int i = 0; i < widgets.size(); ++i) {
        QWidget *w = widgets.at(i);
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QString where = QStringLiteral("#%1 %2").arg(i).arg(place(w));
        add(&out, where + QStringLiteral(" accessible name"), w->accessibleName());
        add(&out, where + QStringLiteral(" accessible description"), w->accessibleDescription());
        add(&out, where + QStringLiteral(" tool tip"), w->toolTip());
        add(&out, where + QStringLiteral(" what's this"), w->whatsThis());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(&out, where + QStringLiteral(" text"), l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(&out, where + QStringLiteral(" text"), b->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(&out, where + QStringLiteral(" title"), g->title());
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            add(&out, where + QStringLiteral(" placeholder"), e->placeholderText());
        else if (auto *c = qobject_cast<QComboBox *>(w))
            for (int k = 0; k < c->count(); ++k)
                add(&out, where + QStringLiteral(" item %1").arg(k), c->itemText(k));
        else if (auto *t = qobject_cast<QTabWidget *>(w))
            for (int k = 0; k < t->count(); ++k)
                add(&out, where + QStringLiteral(" tab %1").arg(k), t->tabText(k));
    }
    if (auto *mw = qobject_cast<QMainWindow *>(top)) {
        const QList<QAction *> menus = mw->menuBar()->actions();
        for (int i = 0; i < menus.size(); ++i) {
            add(&out, QStringLiteral("menu %1").arg(i), menus.at(i)->text());
            if (menus.at(i)->menu())
                collectMenu(&out, menus.at(i)->menu(), QStringLiteral("menu %1").arg(i));
        }
    }
    return out;
}

// Words that are the same in every language: names, protocol words, file formats, and the test's own data.
bool isUniversal(const QString &word, const QSet<QString> &alsoHere)
{
    static const QSet<QString> names = {
        QStringLiteral("stamp"),      QStringLiteral("smtp"),      QStringLiteral("tls"),
        QStringLiteral("starttls"),   QStringLiteral("ssl"),       QStringLiteral("auth"),
        QStringLiteral("oauth"),      QStringLiteral("ehlo"),      QStringLiteral("helo"),
        QStringLiteral("mail"),       QStringLiteral("from"),      QStringLiteral("rcpt"),
        QStringLiteral("data"),       QStringLiteral("bdat"),      QStringLiteral("quit"),
        QStringLiteral("rset"),       QStringLiteral("noop"),      QStringLiteral("vrfy"),
        QStringLiteral("expn"),       QStringLiteral("dsn"),       QStringLiteral("spf"),
        QStringLiteral("dkim"),       QStringLiteral("dmarc"),     QStringLiteral("mta"),
        QStringLiteral("sts"),        QStringLiteral("mx"),        QStringLiteral("dns"),
        QStringLiteral("html"),       QStringLiteral("markdown"),  QStringLiteral("mime"),
        QStringLiteral("utf"),        QStringLiteral("crlf"),      QStringLiteral("gmail"),
        QStringLiteral("google"),     QStringLiteral("microsoft"), QStringLiteral("outlook"),
        QStringLiteral("bcc"),        QStringLiteral("cc"),        QStringLiteral("pem"),
        QStringLiteral("sha"),        QStringLiteral("vcard"),     QStringLiteral("csv"),
        QStringLiteral("hunspell"),   QStringLiteral("qt"),        QStringLiteral("ok"),
        QStringLiteral("id"),         QStringLiteral("ipv"),       QStringLiteral("url"),
        QStringLiteral("pipelining"), QStringLiteral("chunking"),  QStringLiteral("smtputf"),
        QStringLiteral("bitmime"),    QStringLiteral("size"),      QStringLiteral("swaks"),
        QStringLiteral("ctrl"),       QStringLiteral("shift"),     QStringLiteral("alt"),
        QStringLiteral("esc"),        QStringLiteral("pgup"),      QStringLiteral("pgdown"),
        QStringLiteral("eml"),        QStringLiteral("spam"),      QStringLiteral("login"),
        QStringLiteral("plain"),      QStringLiteral("cram"),      QStringLiteral("md"),
        QStringLiteral("scram"),      QStringLiteral("xoauth"),    QStringLiteral("oauthbearer"),
    };
    const QString w = word.toLower();
    return names.contains(w) || alsoHere.contains(w);
}

// The words of a text once markup, addresses, URLs, placeholders, shortcuts and numbers are taken out.
QStringList words(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    static const QRegularExpression noise(
        QStringLiteral(
            R"((\S+@\S+)|(\b[a-z][a-z0-9+.-]*://\S+)|(\b[\w-]+(\.[\w-]+)+\b)|(%L?n|%L?\d+)|(--?[a-z][a-z0-9-]*))"),
        QRegularExpression::CaseInsensitiveOption);
    // An accelerator's & is inside its word ("P&ort" is "Port"); "&&" is a literal ampersand.
    text.replace(QLatin1String("&&"), QLatin1String(" "));
    text.remove(QLatin1Char('&'));
    text.replace(noise, QStringLiteral(" "));
    static const QRegularExpression word(QStringLiteral(R"(\p{L}{2,})"));
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

// Words a language shares with English: a text made only of these may rightly stay as it is.
QSet<QString> sharedWords(const QString &language)
{
    if (language == QLatin1String("de"))
        return {QStringLiteral("name"),    QStringLiteral("server"), QStringLiteral("port"),
                QStringLiteral("details"), QStringLiteral("status"), QStringLiteral("text"),
                QStringLiteral("start"),   QStringLiteral("test"),   QStringLiteral("account"),
                QStringLiteral("info"),    QStringLiteral("e"),      QStringLiteral("format"),
                QStringLiteral("link")};
    if (language == QLatin1String("fr"))
        return {QStringLiteral("message"),   QStringLiteral("messages"), QStringLiteral("serveur"),
                QStringLiteral("port"),      QStringLiteral("test"),     QStringLiteral("description"),
                QStringLiteral("options"),   QStringLiteral("format"),   QStringLiteral("date"),
                QStringLiteral("texte"),     QStringLiteral("info"),     QStringLiteral("contact"),
                QStringLiteral("client"),    QStringLiteral("note"),     QStringLiteral("console"),
                QStringLiteral("signature"), QStringLiteral("contacts"), QStringLiteral("conversation")};
    if (language == QLatin1String("es"))
        return {QStringLiteral("error"), QStringLiteral("no"),      QStringLiteral("total"),
                QStringLiteral("port"),  QStringLiteral("formato"), QStringLiteral("general"),
                QStringLiteral("info"),  QStringLiteral("email"),   QStringLiteral("manual")};
    return {};
}

// A language's own name, as the spelling menu lists the dictionaries ("Deutsch (Deutschland)", "Français"):
// a proper name, written the same in every language.
bool isAutonym(QString text)
{
    static const QSet<QString> names = [] {
        QSet<QString> out;
        const QList<QLocale> all =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : all) {
            const QString name = l.nativeLanguageName().toLower();
            out << name << name + QStringLiteral(" (") + l.nativeTerritoryName().toLower() + QLatin1Char(')');
        }
        return out;
    }();
    text.remove(QLatin1Char('&'));
    return names.contains(text.trimmed().toLower());
}

// The texts that stayed English: the same in both windows, with a word that is not universal.
QStringList englishLeft(const QList<Shown> &english, const QList<Shown> &translated, const QString &language,
                        const QSet<QString> &data)
{
    QHash<QString, QString> before;
    for (const Shown &s : english)
        before.insert(s.where, s.text);
    QSet<QString> allowed = sharedWords(language);
    allowed.unite(data);
    QStringList problems;
    for (const Shown &s : translated) {
        if (before.value(s.where) != s.text || isAutonym(s.text))
            continue;
        QStringList left;
        const QStringList ws = words(s.text);
        for (const QString &w : ws)
            if (!isUniversal(w, allowed))
                left << w;
        if (!left.isEmpty())
            problems << QStringLiteral("%1: \"%2\" is still English (%3)")
                            .arg(s.where, s.text.left(120), left.join(QLatin1Char(' ')));
    }
    return problems;
}

// Labels and buttons narrower than their text needs (a word cut off) in a shown window.
QStringList clipped(QWidget *top)
{
    QStringList problems;
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(top) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QString text;
        if (auto *l = qobject_cast<QLabel *>(w)) {
            if (l->wordWrap() || l->text().isEmpty() || !l->pixmap().isNull())
                continue;
            text = l->text();
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            if (b->text().isEmpty())
                continue;
            text = b->text();
        } else {
            continue;
        }
        const int need = w->sizeHint().width();
        if (w->width() + 1 < need)
            problems << QStringLiteral("%1 in %2: \"%3\" is %4 px wide but needs %5")
                            .arg(place(w), top->objectName(), text.left(80))
                            .arg(w->width())
                            .arg(need);
    }
    return problems;
}

void settle(QWidget *w)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        qWarning("window not exposed");
    QCoreApplication::processEvents();
}

}  // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkerCatchesWhatItClaims();
    void composerHasNoEnglishLeft();
    void dialogsHaveNoEnglishLeft_data();
    void dialogsHaveNoEnglishLeft();
    void nothingIsClipped_data();
    void nothingIsClipped();
    void cleanupTestCase();

private:
    void translate(bool on);
    QWidget *open(const QString &which);
    QString m_language;
    QString m_dir;
    AppContext *m_ctx = nullptr;
    QList<QTranslator *> m_translators;
    QSet<QString> m_data;
};

void TestLanguages::initTestCase()
{
    m_language = qEnvironmentVariable("STAMP_TEST_LANGUAGE", QStringLiteral("de"));
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/stamp_%1.qm").arg(m_language)),
             "the translation is not embedded");
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/lang-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
    store::Account a;
    a.name = QStringLiteral("Zeta");
    a.displayName = QStringLiteral("Zeta Quux");
    a.address = QStringLiteral("zeta@example.org");
    a.host = QStringLiteral("smtp.example.org");
    a.port = 587;
    a.security = smtp::Security::StartTls;
    a.user = QStringLiteral("zeta");
    QVERIFY(m_ctx->accounts()->save(a));
    m_data = {QStringLiteral("zeta"), QStringLiteral("quux")};
}

void TestLanguages::cleanupTestCase()
{
    translate(false);
    delete m_ctx;
}

void TestLanguages::translate(bool on)
{
    uitest::removeLanguage(&m_translators);
    if (!on)
        return;
    m_translators = uitest::installLanguage(m_language);
    QVERIFY2(!m_translators.isEmpty(), "the translation is not embedded");
}

QWidget *TestLanguages::open(const QString &which)
{
    QWidget *w = nullptr;
    if (which == QLatin1String("composer"))
        w = new ComposerWindow(m_ctx);
    else if (which == QLatin1String("accounts"))
        w = new AccountsDialog(m_ctx);
    else if (which == QLatin1String("outbox"))
        w = new OutboxView(m_ctx->mail());
    else if (which == QLatin1String("sent"))
        w = new SentView(m_ctx->mail());
    else if (which == QLatin1String("contacts"))
        w = new ContactsDialog(m_ctx);
    else if (which == QLatin1String("merge")) {
        // The window's message as the template (its account is the sender of every row).
        w = new MergeDialog(m_ctx, [] {
            store::MailItem item;
            item.account = QStringLiteral("Zeta");
            item.to = QStringLiteral("{{email}}");
            item.subject = QStringLiteral("Hello {{name}}");
            item.body = QStringLiteral("Dear {{name}},\n");
            return item;
        });
    } else if (which == QLatin1String("console"))
        w = new ConsoleDialog;
    else if (which == QLatin1String("practice"))
        w = new PracticeDialog;
    else if (which == QLatin1String("firststart"))
        w = new FirstStartDialog(m_ctx);
    else if (which == QLatin1String("help")) {
        // The manual lists the window's shortcuts, so it is opened for a composer (which goes with it).
        auto *owner = new ComposerWindow(m_ctx);
        w = new HelpDialog(owner);
        connect(w, &QObject::destroyed, owner, &QObject::deleteLater);
    }
    if (w)
        settle(w);
    return w;
}

void TestLanguages::checkerCatchesWhatItClaims()
{
    QList<Shown> en{{QStringLiteral("a"), QStringLiteral("Send the message")},
                    {QStringLiteral("b"), QStringLiteral("SMTP")},
                    {QStringLiteral("c"), QStringLiteral("Server")},
                    {QStringLiteral("d"), QStringLiteral("&Send to %1 <ann@example.org>")}};
    QList<Shown> tr{{QStringLiteral("a"), QStringLiteral("Send the message")},
                    {QStringLiteral("b"), QStringLiteral("SMTP")},
                    {QStringLiteral("c"), QStringLiteral("Server")},
                    {QStringLiteral("d"), QStringLiteral("&Send to %1 <ann@example.org>")}};
    const QStringList found = englishLeft(en, tr, QStringLiteral("de"), {});
    QCOMPARE(found.size(), 2);  // "Send the message" and "Send to": not a name, not shared with German
    QVERIFY(found.at(0).startsWith(QLatin1String("a:")));
    QVERIFY(found.at(1).startsWith(QLatin1String("d:")));

    QWidget w;
    w.setObjectName(QStringLiteral("probe"));
    auto *label = new QLabel(QStringLiteral("A label much longer than its room"), &w);
    label->setObjectName(QStringLiteral("narrowLabel"));
    label->setFixedWidth(20);
    auto *fits = new QLabel(QStringLiteral("Fits"), &w);
    fits->move(0, 40);
    fits->resize(fits->sizeHint());
    settle(&w);
    const QStringList cut = clipped(&w);
    QCOMPARE(cut.size(), 1);
    QVERIFY(cut.at(0).contains(QLatin1String("narrowLabel")));
}

void TestLanguages::composerHasNoEnglishLeft()
{
    translate(false);
    QWidget *english = open(QStringLiteral("composer"));
    const QList<Shown> before = collect(english);
    delete english;
    translate(true);
    QWidget *translated = open(QStringLiteral("composer"));
    const QList<Shown> after = collect(translated);
    delete translated;
    QVERIFY(before.size() > 50);  // the walk reached the window's controls and menus
    const QStringList problems = englishLeft(before, after, m_language, m_data);
    STAMP_VERIFY_NONE(problems);
}

void TestLanguages::dialogsHaveNoEnglishLeft_data()
{
    QTest::addColumn<QString>("which");
    for (const char *w :
         {"accounts", "outbox", "sent", "help", "contacts", "merge", "console", "practice", "firststart"})
        QTest::newRow(w) << QString::fromLatin1(w);
}

void TestLanguages::dialogsHaveNoEnglishLeft()
{
    QFETCH(QString, which);
    translate(false);
    QWidget *english = open(which);
    QVERIFY(english);
    const QList<Shown> before = collect(english);
    delete english;
    translate(true);
    QWidget *translated = open(which);
    const QList<Shown> after = collect(translated);
    delete translated;
    // The walk reached the dialog's controls.
    QVERIFY2(before.size() >= 5, qPrintable(QString::number(before.size())));
    const QStringList problems = englishLeft(before, after, m_language, m_data);
    STAMP_VERIFY_NONE(problems);
}

void TestLanguages::nothingIsClipped_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("translated");
    for (const char *w : {"composer", "accounts", "outbox", "sent", "help", "contacts", "merge", "console",
                          "practice", "firststart"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 english").arg(QLatin1String(w))))
            << QString::fromLatin1(w) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 translated").arg(QLatin1String(w))))
            << QString::fromLatin1(w) << true;
    }
}

void TestLanguages::nothingIsClipped()
{
    QFETCH(QString, which);
    QFETCH(bool, translated);
    translate(translated);
    QWidget *w = open(which);
    QVERIFY(w);
    const QStringList problems = clipped(w);
    delete w;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    STAMP_VERIFY_NONE(problems);
}

STAMP_UI_TEST_MAIN(TestLanguages)
#include "tst_languages.moc"
