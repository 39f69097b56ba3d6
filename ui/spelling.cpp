#include "spelling.h"

#include "richeditor.h"
#include "spellchecker.h"
#include "spellhighlighter.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

namespace ui {

namespace {

const QString EnabledKey = QStringLiteral("spelling/enabled");

// Account names may hold characters QSettings treats specially in keys; percent-encode them.
QString languageKey(const QString &account)
{
    if (account.isEmpty())
        return QStringLiteral("spelling/language");
    return QStringLiteral("spelling/languages/%1")
        .arg(QString::fromLatin1(account.toUtf8().toPercentEncoding()));
}

// A mnemonic for each language entry, none used twice in the menu.
QString withMnemonic(const QString &text, QSet<QChar> &used)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i).toUpper();
        if (escaped.at(i).isLetter() && c.unicode() < 0x80 && !used.contains(c)) {
            used.insert(c);
            return escaped.left(i) + QLatin1Char('&') + escaped.mid(i);
        }
    }
    return escaped;
}

}  // namespace

Spelling::Spelling(RichEditor *editor, QPlainTextEdit *plain, const QString &settingsFile, QWidget *parent)
    : QObject(parent), m_editor(editor), m_settingsFile(settingsFile)
{
    m_checker = new SpellChecker(this);
    // Children of their documents: they go with them (a highlighter let go after its editor would touch it).
    m_plainHighlighter = new SpellHighlighter(plain->document(), m_checker);
    m_richHighlighter = new SpellHighlighter(editor->formattedEditor()->document(), m_checker);
    connect(m_checker, &SpellChecker::loadFailed, this, &Spelling::notice);

    const QList<SpellDictionary> installed = SpellChecker::installedDictionaries();
    m_available = !installed.isEmpty();

    m_menu = new QMenu(tr("&Spelling"), parent);
    m_menu->setObjectName(QStringLiteral("spellingMenu"));
    m_menu->setToolTipsVisible(true);
    m_checkAction = m_menu->addAction(tr("&Check Spelling"));
    m_checkAction->setObjectName(QStringLiteral("checkSpellingAction"));
    m_checkAction->setCheckable(true);
    m_checkAction->setStatusTip(tr("Underline misspelt words in the message text"));
    m_checkAction->setToolTip(m_checkAction->statusTip());
    m_menu->addSeparator();
    m_languages = new QActionGroup(this);
    QSet<QChar> used{QLatin1Char('C')};
    for (const SpellDictionary &d : installed) {
        QAction *a = m_menu->addAction(withMnemonic(SpellChecker::displayName(d.language), used));
        a->setObjectName(QStringLiteral("spellingLanguage_") + d.language);
        a->setData(d.language);
        a->setCheckable(true);
        a->setStatusTip(
            tr("Check the spelling of this message in %1").arg(SpellChecker::displayName(d.language)));
        a->setToolTip(a->statusTip());
        m_languages->addAction(a);
    }
    if (!m_available) {
        QAction *none = m_menu->addAction(tr("&No Dictionary Installed"));
        none->setObjectName(QStringLiteral("noDictionaryAction"));
        none->setEnabled(false);
        none->setToolTip(tr("Install a Hunspell dictionary (such as the package hunspell-en-us) and start "
                            "Stamp again to check spelling"));
        m_checkAction->setEnabled(false);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *a) { setLanguage(a->data().toString()); });

    m_checkAction->setChecked(m_available && isEnabled());
    connect(m_checkAction, &QAction::toggled, this, &Spelling::setEnabled);
    connect(m_editor, &RichEditor::modeChanged, this, &Spelling::updateHighlighters);
    installContextMenu(plain);
    installContextMenu(editor->formattedEditor());
}

bool Spelling::isEnabled() const
{
    return m_available && QSettings(m_settingsFile, QSettings::IniFormat).value(EnabledKey, true).toBool();
}

void Spelling::setEnabled(bool on)
{
    if (!m_available)
        return;
    QSettings(m_settingsFile, QSettings::IniFormat).setValue(EnabledKey, on);
    m_checkAction->setChecked(on);
    applyLanguage(m_language);
    updateHighlighters();
}

void Spelling::setLanguage(const QString &language)
{
    applyLanguage(language);
    QSettings(m_settingsFile, QSettings::IniFormat).setValue(languageKey(m_account), m_language);
}

void Spelling::setAccount(const QString &account)
{
    m_account = account;
    const QList<SpellDictionary> installed = SpellChecker::installedDictionaries();
    const QString saved =
        QSettings(m_settingsFile, QSettings::IniFormat).value(languageKey(account)).toString();
    QString language = SpellChecker::bestLanguage(saved, installed);
    if (saved.isEmpty() || language != saved)
        language = SpellChecker::bestLanguage(QLocale::system().name(), installed);
    if (language.isEmpty())
        language = SpellChecker::bestLanguage(QStringLiteral("en_US"), installed);
    if (language.isEmpty() && !installed.isEmpty())
        language = installed.constFirst().language;
    applyLanguage(language);
}

void Spelling::applyLanguage(const QString &language)
{
    if (language.isEmpty())
        return;
    m_language = language;
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
    // The dictionary is read only while spelling is on.
    if (isEnabled())
        m_checker->setLanguage(language);
    updateHighlighters();
}

void Spelling::updateHighlighters()
{
    if (!m_plainHighlighter || !m_richHighlighter)
        return;
    const bool on = isEnabled();
    const RichEditor::Mode mode = m_editor->mode();
    // Only the editor that is shown is checked (the plain one is refilled on every change while formatted).
    m_plainHighlighter->setMarkdown(mode == RichEditor::Mode::Markdown);
    m_plainHighlighter->setActive(on && mode != RichEditor::Mode::Formatted);
    m_richHighlighter->setActive(on && mode == RichEditor::Mode::Formatted);
}

QString Spelling::takeNotice()
{
    static bool told = false;
    if (m_available || told)
        return {};
    told = true;
    return tr("No spelling dictionary is installed, so spelling is not checked. Install one (such as the "
              "package hunspell-en-us) and start Stamp again.");
}

void Spelling::installContextMenu(QWidget *editor)
{
    auto *area = qobject_cast<QAbstractScrollArea *>(editor);
    editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(editor, &QWidget::customContextMenuRequested, this, [this, editor, area](const QPoint &pos) {
        QMenu *menu = contextMenu(editor, pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(area->viewport()->mapToGlobal(pos));
    });
}

QTextCursor Spelling::misspeltWordAt(const QTextCursor &at)
{
    const QTextBlock block = at.block();
    if (!block.isValid() || !block.layout())
        return {};
    const int pos = at.positionInBlock();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline || pos < r.start
            || pos > r.start + r.length)
            continue;
        QTextCursor word(block);
        word.setPosition(block.position() + r.start);
        word.setPosition(block.position() + r.start + r.length, QTextCursor::KeepAnchor);
        return word;
    }
    return {};
}

QMenu *Spelling::contextMenu(QWidget *editor, const QPoint &pos)
{
    QMenu *menu = nullptr;
    QTextCursor at;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        menu = plain->createStandardContextMenu(pos);
        at = plain->cursorForPosition(pos);
    } else {
        auto *rich = qobject_cast<QTextEdit *>(editor);
        menu = rich->createStandardContextMenu(pos);
        at = rich->cursorForPosition(pos);
    }
    menu->setObjectName(QStringLiteral("spellingContextMenu"));
    const QTextCursor word = misspeltWordAt(at);
    if (!word.hasSelection())
        return menu;
    const QString text = word.selectedText();
    QList<QAction *> entries;
    // The menu opens at once; the suggestions take the place of this line when Hunspell has found them.
    auto *looking = new QAction(tr("Looking for suggestions…"), menu);
    looking->setObjectName(QStringLiteral("lookingForSuggestionsAction"));
    looking->setEnabled(false);
    entries << looking;
    m_checker->suggestLater(text, 5, looking, [menu, looking, word, text](const QStringList &suggestions) {
        QList<QAction *> found;
        for (const QString &s : suggestions) {
            auto *a = new QAction(QString(s).replace(QLatin1Char('&'), QLatin1String("&&")), menu);
            a->setObjectName(QStringLiteral("spellingSuggestionAction"));
            a->setData(s);
            a->setStatusTip(tr("Replace \"%1\" with \"%2\"").arg(text, s));
            connect(a, &QAction::triggered, a, [word, s] {
                QTextCursor c = word;
                c.beginEditBlock();  // one undo step
                c.insertText(s);
                c.endEditBlock();
            });
            found << a;
        }
        if (found.isEmpty()) {
            looking->setText(tr("No Suggestions"));
            looking->setObjectName(QStringLiteral("noSuggestionsAction"));
            return;
        }
        menu->insertActions(looking, found);
        menu->removeAction(looking);
        looking->deleteLater();
    });
    auto *add = new QAction(tr("&Add to Dictionary"), menu);
    add->setObjectName(QStringLiteral("addToDictionaryAction"));
    add->setStatusTip(tr("Count \"%1\" as right in %2 from now on")
                          .arg(text, SpellChecker::displayName(m_checker->language())));
    connect(add, &QAction::triggered, this, [this, text] {
        QString error;
        if (!m_checker->addToPersonal(text, &error))
            Q_EMIT notice(error);
    });
    auto *ignore = new QAction(tr("&Ignore"), menu);
    ignore->setObjectName(QStringLiteral("ignoreWordAction"));
    ignore->setStatusTip(tr("Count \"%1\" as right until this window is closed").arg(text));
    connect(ignore, &QAction::triggered, this, [this, text] { m_checker->ignore(text); });
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    entries << add << ignore << separator;
    menu->insertActions(menu->actions().value(0), entries);
    return menu;
}

}  // namespace ui
