#pragma once

#include <QObject>
#include <QPointer>
#include <QTextCursor>

class QAction;
class QActionGroup;
class QMenu;
class QPlainTextEdit;
class QPoint;
class QWidget;

namespace ui {

class RichEditor;
class SpellChecker;
class SpellHighlighter;

// Spelling in the composer: underlines in the message text (the plain/Markdown editor or the formatted one,
// whichever is shown), suggestions, "Add to Dictionary" and "Ignore" in the text's context menu, and the
// Options › Spelling menu (Check Spelling on or off, the language of this message).
//
// The language is the one last chosen for the account (kept in the window settings file), else the system
// locale's, else American English, else the first installed. With no dictionary installed the menu says so
// and nothing is checked.
class Spelling : public QObject
{
    Q_OBJECT
public:
    // Nothing is checked until setAccount() picks the language. The menu is a child of parent.
    Spelling(RichEditor *editor, QPlainTextEdit *plain, const QString &settingsFile, QWidget *parent);

    QMenu *menu() const { return m_menu; }
    SpellChecker *checker() const { return m_checker; }
    bool isAvailable() const { return m_available; }
    bool isEnabled() const;
    void setEnabled(bool on);  // remembered for every window
    QString language() const { return m_language; }
    // The user's choice for this message; remembered for the current account.
    void setLanguage(const QString &language);
    // A new sender: its remembered language.
    void setAccount(const QString &account);

    // What a right click at pos (in the viewport of editor, the plain or the formatted text) shows: on an
    // underlined word up to five suggestions (each replaces the word as one undo step), Add to Dictionary
    // and Ignore, then the editor's own entries. The suggestions are found on a worker thread: the menu
    // opens at once with "Looking for suggestions…" in their place. The caller owns the menu.
    QMenu *contextMenu(QWidget *editor, const QPoint &pos);
    // The underlined word at a position, selected; a cursor without selection when there is none.
    static QTextCursor misspeltWordAt(const QTextCursor &at);

    // Once per run, when no dictionary is installed: the sentence that says so (empty afterwards).
    QString takeNotice();

Q_SIGNALS:
    // Something the user should read in the status bar (a dictionary that cannot be read, a word not saved).
    void notice(const QString &message);

private:
    void applyLanguage(const QString &language);
    void updateHighlighters();
    void installContextMenu(QWidget *editor);

    RichEditor *m_editor;
    QString m_settingsFile;
    SpellChecker *m_checker;
    QPointer<SpellHighlighter> m_plainHighlighter, m_richHighlighter;
    QMenu *m_menu;
    QAction *m_checkAction;
    QActionGroup *m_languages;
    QString m_account;
    QString m_language;
    bool m_available = false;
};

}  // namespace ui
