#pragma once

#include <QList>
#include <QPointer>
#include <QSyntaxHighlighter>

namespace ui {

class SpellChecker;

// Underlines misspelt words (QTextCharFormat::SpellCheckUnderline, red) in one document. The formats are
// the layout's own (QTextLayout::formats()), so they are never saved, sent or undone.
//
// Not checked: quoted lines ("> …"), e-mail addresses, URLs, words with digits or underscores, ALL-CAPS
// words and words with capitals inside (iPhone, QTextEdit); in Markdown also code spans, fenced and
// indented code blocks, and link targets.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    struct Word
    {
        int start = 0;
        int length = 0;
    };

    SpellHighlighter(QTextDocument *document, SpellChecker *checker);

    // Markdown: also skips code and link targets. Changing it checks again.
    void setMarkdown(bool markdown);
    bool isMarkdown() const { return m_markdown; }
    // Off: no underlines (the document is let go); on: checks the whole document again.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // The words of one line to check, by QTextBoundaryFinder (Unicode word boundaries, so "don't" is one
    // word), without what is listed above (fenced code spans several lines: highlightBlock skips those).
    static QList<Word> checkableWords(const QString &line, bool markdown);

    // True while underlines are being redrawn (a dictionary arrived, the language changed): the document then
    // says its contents changed although no letter did, and the composer must not count that as an edit.
    static bool rechecking();

protected:
    void highlightBlock(const QString &text) override;

private:
    void recheck();

    QPointer<SpellChecker> m_checker;
    QPointer<QTextDocument> m_document;
    bool m_markdown = false;
    bool m_active = true;
};

}  // namespace ui
