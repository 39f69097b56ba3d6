#include "spellhighlighter.h"

#include "spellchecker.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QTextDocument>

namespace ui {

namespace {

enum BlockState
{
    Normal = 0,
    InFence = 1  // inside a Markdown ``` or ~~~ block
};

bool isFence(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

bool isQuoted(const QString &line)
{
    for (const QChar c : line) {
        if (c == QLatin1Char('>'))
            return true;
        if (!c.isSpace())
            return false;
    }
    return false;
}

struct Range
{
    int start, end;
};

void addMatches(const QRegularExpression &re, const QString &line, QList<Range> &skip)
{
    for (auto it = re.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        skip.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
}

int rechecks = 0;  // GUI thread only

}  // namespace

bool SpellHighlighter::rechecking()
{
    return rechecks > 0;
}

void SpellHighlighter::recheck()
{
    ++rechecks;
    rehighlight();
    --rechecks;
}

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker)
    : QSyntaxHighlighter(document), m_checker(checker), m_document(document)
{
    connect(checker, &SpellChecker::changed, this, [this] {
        if (m_active)
            recheck();
    });
}

void SpellHighlighter::setMarkdown(bool markdown)
{
    if (markdown == m_markdown)
        return;
    m_markdown = markdown;
    if (m_active)
        recheck();
}

void SpellHighlighter::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    // Letting the document go takes the underlines away; taking it again checks every block.
    ++rechecks;
    setDocument(active ? m_document.data() : nullptr);
    if (active)
        rehighlight();  // now, not later when nobody would know it is no edit
    --rechecks;
}

QList<SpellHighlighter::Word> SpellHighlighter::checkableWords(const QString &line, bool markdown)
{
    static const QRegularExpression url(
        QStringLiteral(R"((?:\b[A-Za-z][A-Za-z0-9+.-]*://|\bwww\.|\bmailto:)[^\s<>"]*)"));
    static const QRegularExpression address(QStringLiteral(R"([^\s<>()\[\]"',;:@]+@[^\s<>()\[\]"',;:@]+)"));
    static const QRegularExpression codeSpan(QStringLiteral("(`+).*?\\1"));
    static const QRegularExpression linkTarget(QStringLiteral(R"(\]\([^)]*\)|^\s*\[[^\]]*\]:.*$)"));
    QList<Range> skip;
    addMatches(url, line, skip);
    addMatches(address, line, skip);
    if (markdown) {
        addMatches(codeSpan, line, skip);
        addMatches(linkTarget, line, skip);
    }

    QList<Word> words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, line);
    int from = 0;
    for (int to = int(finder.toNextBoundary()); to > 0; from = to, to = int(finder.toNextBoundary())) {
        const QStringView word = QStringView(line).mid(from, to - from);
        int letters = 0, upper = 0, innerUpper = 0;
        bool other = false;  // digits, underscores
        for (qsizetype i = 0; i < word.size(); ++i) {
            const QChar c = word.at(i);
            if (c.isLetter()) {
                ++letters;
                if (c.isUpper()) {
                    ++upper;
                    if (i > 0)
                        ++innerUpper;
                }
            } else if (c.isDigit() || c == QLatin1Char('_')) {
                other = true;
            }
        }
        if (letters < 2 || other || upper == letters || innerUpper > 0)
            continue;
        const bool skipped = std::any_of(skip.cbegin(), skip.cend(),
                                         [&](const Range &r) { return from < r.end && to > r.start; });
        if (!skipped)
            words.append({from, to - from});
    }
    return words;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    const bool inFence = m_markdown && previousBlockState() == InFence;
    if (m_markdown && isFence(text)) {
        setCurrentBlockState(inFence ? Normal : InFence);
        return;
    }
    setCurrentBlockState(inFence ? InFence : Normal);
    if (inFence || !m_active || !m_checker || !m_checker->isReady() || isQuoted(text))
        return;
    // Markdown: four spaces or a tab at the start make a code block.
    if (m_markdown && (text.startsWith(QLatin1String("    ")) || text.startsWith(QLatin1Char('\t'))))
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(Qt::red);
    for (const Word &w : checkableWords(text, m_markdown))
        if (!m_checker->isCorrect(text.mid(w.start, w.length)))
            setFormat(w.start, w.length, misspelt);
}

}  // namespace ui
