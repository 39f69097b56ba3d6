// Spelling in the composer (ui/spellchecker, ui/spellhighlighter, ui/spelling): misspelt words underlined in
// the body as it is typed, suggestions, Add to Dictionary and Ignore from the context menu, the language per
// message from Options › Spelling, in English and German, with Debian's Hunspell dictionaries.
#include "appcontext.h"
#include "composerwindow.h"
#include "richeditor.h"
#include "spellchecker.h"
#include "spellhighlighter.h"
#include "spelling.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using namespace ui;

namespace {

constexpr int LoadTimeoutMs = 30'000;  // a dictionary takes ~100 ms to read; far longer on a loaded machine

store::Account account(const QString &name)
{
    store::Account a;
    a.name = name;
    a.displayName = QStringLiteral("Ann Example");
    a.address = QStringLiteral("ann@example.org");
    a.host = QStringLiteral("127.0.0.1");
    a.port = 1;
    a.security = smtp::Security::None;
    return a;
}

using Ranges = QList<QPair<int, int>>;  // start and length in the document

// What the layout underlines as misspelt, in document positions.
Ranges underlined(const QTextDocument *doc)
{
    Ranges ranges;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                ranges.append({b.position() + r.start, r.length});
    return ranges;
}

Ranges rangeOf(const QString &text, const QString &word)
{
    const int at = int(text.indexOf(word));
    return at < 0 ? Ranges{} : Ranges{{at, int(word.size())}};
}

void chooseMode(QWidget *w, RichEditor::Mode mode)
{
    auto *box = w->findChild<QComboBox *>(QStringLiteral("textFormatBox"));
    const int index = box->findData(int(mode));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

QStringList suggestionsIn(const QMenu *menu)
{
    QStringList list;
    for (const QAction *a : menu->actions())
        if (a->objectName() == QLatin1String("spellingSuggestionAction"))
            list << a->data().toString();
    return list;
}

QAction *actionIn(const QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

// The suggestions come from a worker thread: wait until they took the place of "Looking for suggestions…".
#define WAIT_FOR_SUGGESTIONS(menu)                                                                           \
    QTRY_VERIFY(!actionIn((menu), QStringLiteral("lookingForSuggestionsAction")))

}  // namespace

class TestSpelling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dictionariesFound();
    void checkableWords_data();
    void checkableWords();
    void englishMisspellingUnderlined();
    void germanMisspellingUnderlined();
    void contextMenuFromARightClick();
    void addToDictionaryPersists();
    void ignoreForThisMessage();
    void addressesUrlsCapsAndQuotesSkipped();
    void markdownCodeSkipped();
    void formattedTextChecked();
    void switchingLanguageRechecks();
    void turnedOff();

private:
    ComposerWindow *newWindow();
    // Chooses the language in Options › Spelling and waits for its dictionary; false (and QSKIP) when
    // missing.
    bool chooseLanguage(ComposerWindow *w, const QString &language);
    void type(QWidget *editor, const QString &text);
    AppContext *m_ctx = nullptr;
    QString m_dir;
    QList<QPointer<ComposerWindow>> m_windows;
};

void TestSpelling::init()
{
    QTemporaryDir dir(QDir::homePath() + QStringLiteral("/case-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    m_ctx = new AppContext(m_dir + QStringLiteral("/stamp.conf"), m_dir + QStringLiteral("/mail"),
                           m_dir + QStringLiteral("/stamp-ui.conf"));
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("test"))));
    QVERIFY(m_ctx->accounts()->save(account(QStringLiteral("second"))));
}

void TestSpelling::cleanup()
{
    for (const QPointer<ComposerWindow> &w : std::as_const(m_windows))
        delete w.data();
    m_windows.clear();
    delete m_ctx;
    m_ctx = nullptr;
    // The personal word lists are per user, not per case.
    QDir(QFileInfo(SpellChecker::personalWordsFile(QStringLiteral("en_US"))).absolutePath())
        .removeRecursively();
}

ComposerWindow *TestSpelling::newWindow()
{
    auto *w = new ComposerWindow(m_ctx);
    m_windows << w;
    w->selectAccount(QStringLiteral("test"));
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w))
        qWarning("window not active");
    return w;
}

bool TestSpelling::chooseLanguage(ComposerWindow *w, const QString &language)
{
    auto *action = w->findChild<QAction *>(QStringLiteral("spellingLanguage_") + language);
    if (!action)
        return false;
    action->trigger();
    return w->spelling()->language() == language;
}

// Typed key by key, as a user does: each change goes through the highlighter.
void TestSpelling::type(QWidget *editor, const QString &text)
{
    editor->setFocus();
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(editor, char(c.unicode()));
        } else {  // QTest::keyClick knows ASCII only; a key that types the letter, as an input method sends
                  // it
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(editor, &press);
        }
    }
}

#define CHOOSE_LANGUAGE(w, lang)                                                                             \
    do {                                                                                                     \
        if (!chooseLanguage(w, QString::fromLatin1(lang)))                                                   \
            QSKIP("the Hunspell dictionary " lang " is not installed (scripts/test installs it)");           \
        QTRY_VERIFY_WITH_TIMEOUT(w->spelling()->checker()->isReady(), LoadTimeoutMs);                        \
        QCOMPARE(w->spelling()->checker()->language(), QString::fromLatin1(lang));                           \
    } while (false)

void TestSpelling::dictionariesFound()
{
    const QList<SpellDictionary> installed = SpellChecker::installedDictionaries();
    QStringList languages;
    for (const SpellDictionary &d : installed)
        languages << d.language;
    if (!languages.contains(QLatin1String("en_US")))
        QSKIP("hunspell-en-us is not installed (scripts/test installs it)");
    // Debian's links (de_AT → de_DE, es_AR → es_ES) count once, by the file's own name.
    QCOMPARE(languages.count(QLatin1String("en_US")), 1);
    if (languages.contains(QLatin1String("de_DE")))
        QVERIFY(!languages.contains(QLatin1String("de_LU")));
    QCOMPARE(SpellChecker::bestLanguage(QStringLiteral("en_US.UTF-8"), installed), QStringLiteral("en_US"));
    QCOMPARE(SpellChecker::bestLanguage(QStringLiteral("en"), installed), QStringLiteral("en_US"));
    QCOMPARE(SpellChecker::bestLanguage(QStringLiteral("xx_YY"), installed), QString());
    if (languages.contains(QLatin1String("de_DE"))) {
        QCOMPARE(SpellChecker::bestLanguage(QStringLiteral("de_AT"), installed), QStringLiteral("de_DE"));
        QCOMPARE(SpellChecker::displayName(QStringLiteral("de_DE")), QStringLiteral("Deutsch (Deutschland)"));
    }
    // DICPATH comes first.
    qputenv("DICPATH", "/nonexistent-a:/nonexistent-b");
    QCOMPARE(SpellChecker::searchPaths().mid(0, 2),
             QStringList({QStringLiteral("/nonexistent-a"), QStringLiteral("/nonexistent-b")}));
    qunsetenv("DICPATH");
}

void TestSpelling::checkableWords_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("markdown");
    QTest::addColumn<QStringList>("words");
    const auto list = [](const char *words) {
        return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("plain") << "This is a test." << false << list("This is test");
    QTest::newRow("apostrophe inside") << "I don't know" << false << list("don't know");
    QTest::newRow("typographic apostrophe") << "we’re here" << false << list("we’re here");
    QTest::newRow("umlauts") << "Die Straße ist schön" << false << list("Die Straße ist schön");
    QTest::newRow("address") << "write to ann.example@mail.example.org now" << false << list("write to now");
    QTest::newRow("url") << "see https://example.org/some/pathh and www.example.com too" << false
                         << list("see and too");
    QTest::newRow("digits, caps, underscores, camel")
        << "NASA v2 3rd snake_case iPhone QTextEdit word" << false << list("word");
    QTest::newRow("code span in Markdown") << "use `git comit` or ``x`y`` now" << true << list("use or now");
    QTest::newRow("code span in plain text") << "use `git comit`" << false << list("use git comit");
    QTest::newRow("link target in Markdown")
        << "[the text](relative/pathh) end" << true << list("the text end");
}

void TestSpelling::checkableWords()
{
    QFETCH(QString, line);
    QFETCH(bool, markdown);
    QFETCH(QStringList, words);
    QStringList got;
    for (const SpellHighlighter::Word &w : SpellHighlighter::checkableWords(line, markdown))
        got << line.mid(w.start, w.length);
    QCOMPARE(got, words);
}

void TestSpelling::englishMisspellingUnderlined()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "en_US");
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    const QString text = QStringLiteral("This is a speling mistake");
    type(body, text);
    QCOMPARE(body->toPlainText(), text);
    QTRY_COMPARE(underlined(body->document()), rangeOf(text, QStringLiteral("speling")));

    // The context menu on the word: suggestions first, "spelling" among them.
    QTextCursor c(body->document());
    c.setPosition(int(text.indexOf(QLatin1String("speling"))) + 3);
    const QPoint pos = body->cursorRect(c).center();
    std::unique_ptr<QMenu> menu(w->spelling()->contextMenu(body, pos));
    QCOMPARE(menu->objectName(), QStringLiteral("spellingContextMenu"));
    // It opens at once, before Hunspell has looked; the suggestions then take that line's place.
    QVERIFY(actionIn(menu.get(), QStringLiteral("lookingForSuggestionsAction")));
    WAIT_FOR_SUGGESTIONS(menu.get());
    const QStringList suggestions = suggestionsIn(menu.get());
    QVERIFY2(suggestions.contains(QLatin1String("spelling")), qPrintable(suggestions.join(QLatin1Char(','))));
    QVERIFY(suggestions.size() <= 5);
    QCOMPARE(menu->actions().constFirst()->objectName(), QStringLiteral("spellingSuggestionAction"));
    QVERIFY(actionIn(menu.get(), QStringLiteral("addToDictionaryAction")));
    QVERIFY(actionIn(menu.get(), QStringLiteral("ignoreWordAction")));
    // The editor's own entries are still there.
    QVERIFY(menu->actions().size() > suggestions.size() + 3);

    // Choosing it replaces the word, as one undo step, and the underline goes.
    for (QAction *a : menu->actions())
        if (a->data().toString() == QLatin1String("spelling"))
            a->trigger();
    QCOMPARE(body->toPlainText(), QStringLiteral("This is a spelling mistake"));
    QTRY_COMPARE(underlined(body->document()), Ranges{});
    body->undo();
    QCOMPARE(body->toPlainText(), text);
    QTRY_COMPARE(underlined(body->document()), rangeOf(text, QStringLiteral("speling")));

    // A right click elsewhere: no spelling entries.
    c.setPosition(1);
    std::unique_ptr<QMenu> other(w->spelling()->contextMenu(body, body->cursorRect(c).center()));
    QVERIFY(suggestionsIn(other.get()).isEmpty());
    QVERIFY(!actionIn(other.get(), QStringLiteral("addToDictionaryAction")));
}

void TestSpelling::germanMisspellingUnderlined()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "de_DE");
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    const QString text = QStringLiteral("Das ist ein Rechtschreibfeheler. Die Straße ist schön, oder nicht?");
    type(body, text);
    QCOMPARE(body->toPlainText(), text);
    QTRY_COMPARE(underlined(body->document()), rangeOf(text, QStringLiteral("Rechtschreibfeheler")));

    QTextCursor c(body->document());
    c.setPosition(int(text.indexOf(QLatin1String("feheler"))));
    std::unique_ptr<QMenu> menu(w->spelling()->contextMenu(body, body->cursorRect(c).center()));
    WAIT_FOR_SUGGESTIONS(menu.get());
    const QStringList suggestions = suggestionsIn(menu.get());
    QVERIFY2(suggestions.contains(QStringLiteral("Rechtschreibfehler")),
             qPrintable(suggestions.join(QLatin1Char(','))));
    // The German words are right in German, and wrong in English: the language is really switched.
    QVERIFY(w->spelling()->checker()->isCorrect(QStringLiteral("Straße")));
    CHOOSE_LANGUAGE(w, "en_US");
    QVERIFY(!w->spelling()->checker()->isCorrect(QStringLiteral("Straße")));
}

void TestSpelling::contextMenuFromARightClick()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "en_US");
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    type(body, QStringLiteral("a speling"));
    QTRY_COMPARE(underlined(body->document()), Ranges({{2, 7}}));
    QTextCursor c(body->document());
    c.setPosition(4);
    const QPoint pos = body->cursorRect(c).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, body->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(body->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = uitest::findTopLevel<QMenu>(QStringLiteral("spellingContextMenu"))) != nullptr);
    QTRY_VERIFY(suggestionsIn(menu).contains(QLatin1String("spelling")));  // filled in while it is open
    QPointer<QMenu> guard(menu);
    menu->close();
    QTRY_VERIFY(guard.isNull());  // deleted on close
}

void TestSpelling::addToDictionaryPersists()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "en_US");
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    const QString text = QStringLiteral("Our product Zorbleflap ships today");
    type(body, text);
    QTRY_COMPARE(underlined(body->document()), rangeOf(text, QStringLiteral("Zorbleflap")));
    // A second window already open hears of the word too.
    ComposerWindow *other = newWindow();
    CHOOSE_LANGUAGE(other, "en_US");
    auto *otherBody = other->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    type(otherBody, QStringLiteral("Zorbleflap"));
    QTRY_COMPARE(underlined(otherBody->document()), Ranges({{0, 10}}));

    QTextCursor c(body->document());
    c.setPosition(int(text.indexOf(QLatin1String("Zorbleflap"))) + 2);
    std::unique_ptr<QMenu> menu(w->spelling()->contextMenu(body, body->cursorRect(c).center()));
    QAction *add = actionIn(menu.get(), QStringLiteral("addToDictionaryAction"));
    QVERIFY(add);
    add->trigger();
    QTRY_COMPARE(underlined(body->document()), Ranges{});
    QTRY_COMPARE(underlined(otherBody->document()), Ranges{});
    QFile file(SpellChecker::personalWordsFile(QStringLiteral("en_US")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Zorbleflap\n"));
    file.close();

    // A new window (and the same file read afresh) knows the word.
    menu.reset();  // a child of the editor
    delete w;
    delete other;
    ComposerWindow *again = newWindow();
    QCOMPARE(again->spelling()->language(), QStringLiteral("en_US"));  // remembered for the account
    QTRY_VERIFY_WITH_TIMEOUT(again->spelling()->checker()->isReady(), LoadTimeoutMs);
    auto *againBody = again->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    const QString more = QStringLiteral("Zorbleflap and Zorbleflip");
    type(againBody, more);
    QTRY_COMPARE(underlined(againBody->document()), rangeOf(more, QStringLiteral("Zorbleflip")));
    // The German list is another one.
    CHOOSE_LANGUAGE(again, "de_DE");
    QTRY_VERIFY(
        underlined(againBody->document()).contains(rangeOf(more, QStringLiteral("Zorbleflap")).value(0)));
}

void TestSpelling::ignoreForThisMessage()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "en_US");
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    type(body, QStringLiteral("Qwertzu"));
    QTRY_COMPARE(underlined(body->document()), Ranges({{0, 7}}));
    std::unique_ptr<QMenu> menu(
        w->spelling()->contextMenu(body, body->cursorRect(QTextCursor(body->document())).center()));
    actionIn(menu.get(), QStringLiteral("ignoreWordAction"))->trigger();
    QTRY_COMPARE(underlined(body->document()), Ranges{});
    QVERIFY(!QFile::exists(SpellChecker::personalWordsFile(QStringLiteral("en_US"))));
    // Only in this window.
    ComposerWindow *other = newWindow();
    CHOOSE_LANGUAGE(other, "en_US");
    QVERIFY(!other->spelling()->checker()->isCorrect(QStringLiteral("Qwertzu")));
}

void TestSpelling::addressesUrlsCapsAndQuotesSkipped()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "en_US");
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    const QString text =
        QStringLiteral("Write to zorbleflap@example.org or see https://zorbleflap.example/qwpx "
                       "or www.qwpx.example, ZORBLE v2qwpx qw_px\n> quotted lyne from befor\n"
                       "but this qwpx is wrong");
    body->setPlainText(text);
    const int last = int(text.lastIndexOf(QLatin1String("qwpx")));
    QTRY_COMPARE(underlined(body->document()), Ranges({{last, 4}}));
}

void TestSpelling::markdownCodeSkipped()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "en_US");
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    const QString text =
        QStringLiteral("Run `qwpx --zorb` now.\n\n```\nqwpx zorbleflap\n```\n\n    qwpx indented\n\n"
                       "[a link](docs/qwpx) and zorbleflap");
    body->setPlainText(text);
    // Plain text: every one of them is a word.
    QTRY_COMPARE(underlined(body->document()).size(), 7);
    chooseMode(w, RichEditor::Mode::Markdown);
    const int last = int(text.lastIndexOf(QLatin1String("zorbleflap")));
    QTRY_COMPARE(underlined(body->document()), Ranges({{last, 10}}));
}

void TestSpelling::formattedTextChecked()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "en_US");
    chooseMode(w, RichEditor::Mode::Formatted);
    auto *rich = w->findChild<QTextEdit *>(QStringLiteral("formattedEdit"));
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    QVERIFY(rich->isVisible());
    type(rich, QStringLiteral("A bold speling"));
    QTRY_COMPARE(underlined(rich->document()), Ranges({{7, 7}}));
    QCOMPARE(underlined(body->document()), Ranges{});  // the hidden plain copy is not checked
    QTextCursor c(rich->document());
    c.setPosition(9);
    std::unique_ptr<QMenu> menu(w->spelling()->contextMenu(rich, rich->cursorRect(c).center()));
    WAIT_FOR_SUGGESTIONS(menu.get());
    for (QAction *a : menu->actions())
        if (a->data().toString() == QLatin1String("spelling"))
            a->trigger();
    QCOMPARE(rich->toPlainText(), QStringLiteral("A bold spelling"));
    QTRY_COMPARE(underlined(rich->document()), Ranges{});
    // The underline is the layout's, never part of what is sent.
    QVERIFY(!rich->toHtml().contains(QLatin1String("spellcheck")));
}

void TestSpelling::switchingLanguageRechecks()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "en_US");
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    const QString text = QStringLiteral("Das ist ein Rechtschreibfeheler");
    body->setPlainText(text);
    QTRY_VERIFY(underlined(body->document()).size() >= 3);  // ist, Rechtschreibfeheler and more in English
    QVERIFY(w->saveDraftNow());
    QVERIFY(!w->isDirty());
    CHOOSE_LANGUAGE(w, "de_DE");
    QTRY_COMPARE(underlined(body->document()), rangeOf(text, QStringLiteral("Rechtschreibfeheler")));
    // Redrawn underlines are no edit: nothing new to save.
    QVERIFY(!w->isDirty());

    // Remembered for the account: a new window starts in German; another account keeps its own.
    ComposerWindow *again = newWindow();
    QCOMPARE(again->spelling()->language(), QStringLiteral("de_DE"));
    again->selectAccount(QStringLiteral("second"));
    QVERIFY(again->spelling()->language() != QLatin1String("de_DE")
            || QLocale::system().name().startsWith(QLatin1String("de")));
    CHOOSE_LANGUAGE(again, "en_US");
    again->selectAccount(QStringLiteral("test"));
    QCOMPARE(again->spelling()->language(), QStringLiteral("de_DE"));
    again->selectAccount(QStringLiteral("second"));
    QCOMPARE(again->spelling()->language(), QStringLiteral("en_US"));
}

void TestSpelling::turnedOff()
{
    ComposerWindow *w = newWindow();
    CHOOSE_LANGUAGE(w, "en_US");
    auto *body = w->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    body->setPlainText(QStringLiteral("a speling"));
    QTRY_COMPARE(underlined(body->document()), Ranges({{2, 7}}));
    auto *check = w->findChild<QAction *>(QStringLiteral("checkSpellingAction"));
    QVERIFY(check && check->isChecked());
    check->trigger();
    QTRY_COMPARE(underlined(body->document()), Ranges{});
    std::unique_ptr<QMenu> menu(w->spelling()->contextMenu(body, QPoint(1, 1)));
    QVERIFY(suggestionsIn(menu.get()).isEmpty());
    // Off in every new window, until it is turned on again.
    ComposerWindow *again = newWindow();
    QVERIFY(!again->findChild<QAction *>(QStringLiteral("checkSpellingAction"))->isChecked());
    check->trigger();
    QTRY_COMPARE(underlined(body->document()), Ranges({{2, 7}}));
}

STAMP_UI_TEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
