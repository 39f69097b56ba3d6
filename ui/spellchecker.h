#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace ui {

// One installed Hunspell dictionary: a language code ("en_US", "de_DE", "fr") and its two files.
struct SpellDictionary
{
    QString language;
    QString affPath;
    QString dicPath;
};

// Hunspell behind a small interface: which dictionaries are installed, is a word right, what might have
// been meant, and the user's own words ("Add to Dictionary"), kept per language in a plain text file under
// the user's data folder (QStandardPaths::AppDataLocation/spelling/LANGUAGE.txt, one word a line).
//
// A dictionary takes about 100 ms to read, so setLanguage() reads it on a worker thread; until it is
// there every word counts as right and changed() says when to check again. Loaded dictionaries are shared by
// all windows of the process. Suggestions are looked for on a worker thread too (suggestLater). Everything
// else runs on the GUI thread.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    // Where dictionaries are looked for: $DICPATH (Hunspell's own variable), then hunspell/ and myspell/dicts
    // in the XDG data folders (~/.local/share, /usr/local/share, /usr/share), then /usr/share/hunspell.
    static QStringList searchPaths();
    // The installed dictionaries, one per file (Debian's es_AR … es_VE are links to es_ES and count once,
    // by the name of the file they point to), sorted by their name in menus.
    static QList<SpellDictionary> installedDictionaries();
    // "English (United States)", "Deutsch (Deutschland)", "Français": the language in its own words.
    static QString displayName(const QString &language);
    // The installed language for a locale name ("de_AT" → "de_DE", "en" → "en_US"): the same code, else the
    // same language; empty when there is none.
    static QString bestLanguage(const QString &wanted, const QList<SpellDictionary> &installed);
    // The file the words added for this language are kept in.
    static QString personalWordsFile(const QString &language);

    QString language() const { return m_language; }
    // Starts reading the dictionary (or takes the one another window has read). Returns false when no
    // dictionary of that language is installed.
    bool setLanguage(const QString &language);
    // The dictionary of language() is read and words are checked against it.
    bool isReady() const { return m_dictionary != nullptr; }

    // True when not ready, for words the dictionary's character set cannot write, for the user's own words
    // and for ignored ones.
    bool isCorrect(const QString &word) const;
    // Up to max words that might have been meant, found on a worker thread (a long word takes Hunspell a
    // few hundred ms); done runs on the GUI thread, and only while context exists. An empty list when the
    // checker is not ready or the word cannot be written in the dictionary's character set.
    void suggestLater(const QString &word, int max, QObject *context,
                      std::function<void(const QStringList &)> done) const;
    // Adds to the personal word list of language() (saved at once); every checker of that language hears it.
    bool addToPersonal(const QString &word, QString *error = nullptr);
    // Counts the word as right in this checker only (this window) until the checker goes.
    void ignore(const QString &word);
    QStringList personalWords() const { return m_personal.values(); }

Q_SIGNALS:
    // A dictionary arrived or the words that count as right changed: check the text again.
    void changed();
    // The dictionary could not be read (a sentence for the user).
    void loadFailed(const QString &message);

public:
    struct Loaded;  // a read dictionary and its character set (spellchecker.cpp)

private:
    void adopt(const std::shared_ptr<Loaded> &loaded);
    void startLoading();
    void reloadPersonal();
    static QString normalized(const QString &word);

    QString m_language;
    std::shared_ptr<Loaded> m_dictionary;
    QThread *m_loader = nullptr;
    QSet<QString> m_personal, m_ignored;
};

}  // namespace ui
