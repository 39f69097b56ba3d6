#include "richeditor.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

RichEditor::RichEditor(QPlainTextEdit *plainEditor, QWidget *parent) : QWidget(parent), m_plain(plainEditor)
{
    setObjectName(QStringLiteral("richEditor"));
    m_rich = new QTextEdit(this);
    m_rich->setObjectName(QStringLiteral("formattedEdit"));
    m_rich->setAccessibleName(tr("Formatted message text"));
    m_rich->setAccessibleDescription(
        tr("The message with formatting; the toolbar above sets bold, lists, links and headings"));
    m_rich->setAcceptRichText(true);
    m_rich->setTabChangesFocus(true);

    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("textFormatBox"));
    m_modeBox->setAccessibleName(tr("Text format"));
    m_modeBox->addItem(tr("Plain text"), int(Mode::Plain));
    m_modeBox->addItem(tr("Formatted"), int(Mode::Formatted));
    m_modeBox->addItem(tr("Markdown"), int(Mode::Markdown));
    m_modeBox->setToolTip(tr("Plain text is read the same everywhere; formatted text and Markdown are sent "
                             "as HTML with a plain text copy"));
    connect(m_modeBox, &QComboBox::activated, this,
            [this](int index) { setMode(Mode(m_modeBox->itemData(index).toInt())); });

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("formatToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bold = addFormatAction(QStringLiteral("boldAction"), tr("Bold"), QKeySequence::Bold);
    m_italic = addFormatAction(QStringLiteral("italicAction"), tr("Italic"), QKeySequence::Italic);
    m_monospace = addFormatAction(QStringLiteral("monospaceAction"), tr("Monospace"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    for (QAction *a : {m_bold, m_italic, m_monospace}) {
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, a] { toggleCharFormat(a); });
    }
    m_toolBar->addSeparator();
    const struct
    {
        const char *name;
        QString text;
        int level;
    } headings[] = {{"heading1Action", tr("Heading 1"), 1},
                    {"heading2Action", tr("Heading 2"), 2},
                    {"heading3Action", tr("Heading 3"), 3},
                    {"paragraphAction", tr("Paragraph"), 0}};
    for (const auto &h : headings) {
        QAction *a = addFormatAction(QString::fromLatin1(h.name), h.text,
                                     QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + h.level)));
        const int level = h.level;
        connect(a, &QAction::triggered, this, [this, level] { setHeading(level); });
    }
    m_toolBar->addSeparator();
    connect(addFormatAction(QStringLiteral("bulletListAction"), tr("List"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8)),
            &QAction::triggered, this, [this] { toggleList(false); });
    connect(addFormatAction(QStringLiteral("numberedListAction"), tr("Numbered List"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7)),
            &QAction::triggered, this, [this] { toggleList(true); });
    connect(addFormatAction(QStringLiteral("quoteAction"), tr("Quote"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9)),
            &QAction::triggered, this, &RichEditor::toggleQuote);
    connect(addFormatAction(QStringLiteral("linkAction"), tr("Link…"), QKeySequence(Qt::CTRL | Qt::Key_K)),
            &QAction::triggered, this, &RichEditor::askLink);

    // The plain editor stays the composer's; it is only moved into this widget's stack.
    m_stack = new QStackedWidget(this);
    if (m_plain)
        m_stack->addWidget(m_plain);
    m_stack->addWidget(m_rich);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_modeBox);
    bar->addWidget(m_toolBar, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_rich, &QTextEdit::textChanged, this, &RichEditor::syncPlain);
    connect(m_rich, &QTextEdit::currentCharFormatChanged, this, &RichEditor::updateActions);
    connect(m_rich, &QTextEdit::cursorPositionChanged, this, &RichEditor::updateActions);
    updateActions();
    if (!m_plain) {
        m_mode = Mode::Formatted;
        m_modeBox->hide();
        m_stack->setCurrentWidget(m_rich);
    }
}

QAction *RichEditor::addFormatAction(const QString &objectName, const QString &text,
                                     const QKeySequence &shortcut)
{
    QAction *a = m_toolBar->addAction(text);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    // The shortcuts act in the formatted editor only: in plain text, Ctrl+B and the like stay free.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(shortcut.isEmpty() ? text
                                     : tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    m_rich->addAction(a);
    return a;
}

QString RichEditor::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Formatted:
        return QStringLiteral("formatted");
    case Mode::Markdown:
        return QStringLiteral("markdown");
    case Mode::Plain:
        break;
    }
    return QStringLiteral("plain");
}

RichEditor::Mode RichEditor::modeFromKey(const QString &key)
{
    if (key == QLatin1String("formatted"))
        return Mode::Formatted;
    if (key == QLatin1String("markdown"))
        return Mode::Markdown;
    return Mode::Plain;
}

void RichEditor::setMode(Mode mode)
{
    if (!m_plain)
        return;  // formatted only
    if (mode != m_mode) {
        Q_EMIT modeAboutToChange(m_mode, mode);
        const bool focus = m_stack->currentWidget()->hasFocus();
        if (mode == Mode::Formatted) {
            // Back to formatted text with the text left as it was made from it: the formatted document
            // was kept, formatting and all (plain text cannot hold bold, links or images). Changed since,
            // the text is read anew.
            const bool untouched = !m_leftFormatted.isNull() && m_plain->toPlainText() == m_leftFormatted;
            m_syncing = true;
            if (untouched) {
                // kept as it was
            } else if (m_mode == Mode::Markdown) {
                m_rich->document()->setMarkdown(m_plain->toPlainText(), QTextDocument::MarkdownDialectGitHub);
            } else {
                // QTextEdit::setPlainText keeps the cursor's character format: italics at the cursor would
                // make the whole text italic.
                m_rich->setCurrentCharFormat(QTextCharFormat());
                m_rich->setPlainText(m_plain->toPlainText());
            }
            m_syncing = false;
            m_leftFormatted.clear();
        } else if (m_mode == Mode::Formatted) {
            m_plain->setPlainText(mode == Mode::Markdown
                                      ? m_rich->document()->toMarkdown(QTextDocument::MarkdownDialectGitHub)
                                      : format::plainText(*m_rich->document()));
            m_leftFormatted = m_plain->toPlainText();
        } else {
            m_leftFormatted.clear();  // plain and Markdown read the same text differently: read anew
        }
        m_mode = mode;
        syncPlain();  // formatted: the plain editor shows the plain alternative from now on
        m_stack->setCurrentWidget(mode == Mode::Formatted ? static_cast<QWidget *>(m_rich) : m_plain);
        if (focus)
            m_stack->currentWidget()->setFocus();
    }
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    m_toolBar->setVisible(mode == Mode::Formatted);
    Q_EMIT modeChanged(mode);
}

void RichEditor::syncPlain()
{
    if (m_syncing || m_mode != Mode::Formatted || !m_plain)
        return;
    const QString plain = format::plainText(*m_rich->document());
    if (plain != m_plain->toPlainText())
        m_plain->setPlainText(plain);
}

void RichEditor::fill(store::MailItem *item, const QByteArray &cidDomain) const
{
    item->textFormat = modeKey(m_mode);
    item->html.clear();
    item->inlineImages.clear();
    format::MailBody body;
    if (m_mode == Mode::Markdown && m_plain)
        body = format::fromMarkdown(m_plain->toPlainText(), QString(), cidDomain);
    else if (m_mode == Mode::Formatted)
        body = format::fromDocument(*m_rich->document(), QString(), cidDomain);
    else
        return;
    item->body = body.plain;
    item->html = body.html;
    item->inlineImages = body.images;
}

void RichEditor::load(const store::MailItem &item)
{
    if (!m_plain)
        return;
    const Mode mode = modeFromKey(item.textFormat);
    m_leftFormatted.clear();
    m_mode = Mode::Plain;  // the plain editor holds item.body already
    if (mode == Mode::Formatted && !item.html.isEmpty()) {
        // The images by their files again, so that the editor shows them.
        const QString html = format::withImageFiles(item.html, item.inlineImages);
        m_syncing = true;
        m_rich->setHtml(html);
        m_syncing = false;
        m_mode = Mode::Formatted;
        m_stack->setCurrentWidget(m_rich);
        setMode(Mode::Formatted);
        return;
    }
    setMode(mode);
}

void RichEditor::updateActions()
{
    const QTextCharFormat f = m_rich->currentCharFormat();
    m_bold->setChecked(f.fontWeight() > QFont::Medium);
    m_italic->setChecked(f.fontItalic());
    m_monospace->setChecked(f.fontFixedPitch());
}

void RichEditor::toggleCharFormat(QAction *action)
{
    QTextCharFormat f;
    if (action == m_bold) {
        f.setFontWeight(action->isChecked() ? QFont::Bold : QFont::Normal);
    } else if (action == m_italic) {
        f.setFontItalic(action->isChecked());
    } else {
        f.setFontFixedPitch(action->isChecked());
        f.setFontFamilies(QStringList{action->isChecked()
                                          ? QFontDatabase::systemFont(QFontDatabase::FixedFont).family()
                                          : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()});
    }
    m_rich->mergeCurrentCharFormat(f);
    m_rich->setFocus();
}

void RichEditor::setHeading(int level)
{
    QTextCursor c = m_rich->textCursor();
    QTextBlockFormat b = c.blockFormat();
    b.setHeadingLevel(level);
    c.setBlockFormat(b);
    // Headings are shown larger and bold; the sizes follow QTextDocument's own Markdown reader.
    QTextCharFormat f;
    static const int sizes[] = {0, 3, 2, 1};
    f.setProperty(QTextFormat::FontSizeAdjustment, level > 0 && level <= 3 ? sizes[level] : 0);
    f.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    c.select(QTextCursor::BlockUnderCursor);
    c.mergeCharFormat(f);
    m_rich->setFocus();
}

void RichEditor::toggleList(bool numbered)
{
    QTextCursor c = m_rich->textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList *list = c.currentList(); list && list->format().style() == style) {
        list->remove(c.block());
        QTextBlockFormat b = c.blockFormat();
        b.setIndent(0);
        c.setBlockFormat(b);
    } else {
        QTextListFormat f;
        f.setStyle(style);
        c.createList(f);
    }
    m_rich->setFocus();
}

void RichEditor::toggleQuote()
{
    QTextCursor c = m_rich->textCursor();
    QTextBlockFormat b = c.blockFormat();
    const bool quoted = b.intProperty(QTextFormat::BlockQuoteLevel) > 0;
    b.setProperty(QTextFormat::BlockQuoteLevel, quoted ? 0 : 1);
    b.setLeftMargin(quoted ? 0 : 24);  // shown indented, as a mail reader shows it
    c.setBlockFormat(b);
    m_rich->setFocus();
}

void RichEditor::askLink()
{
    // Not QInputDialog::getText: that would run a nested event loop while a send may be going on.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("linkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Link"));
    dialog->setLabelText(tr("Address the selected text links to:"));
    dialog->setTextValue(m_rich->currentCharFormat().anchorHref());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QUrl url = QUrl::fromUserInput(text.trimmed());
        QTextCursor c = m_rich->textCursor();
        if (!c.hasSelection())
            c.select(QTextCursor::WordUnderCursor);
        QTextCharFormat f;
        if (text.trimmed().isEmpty() || !url.isValid()) {
            f.setAnchor(false);
            f.setAnchorHref(QString());
            f.setFontUnderline(false);
            f.clearForeground();
        } else {
            const QString href = url.toString(QUrl::FullyEncoded);
            if (!c.hasSelection())
                c.insertText(href);
            if (!c.hasSelection())
                c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(href.size()));
            f.setAnchor(true);
            f.setAnchorHref(href);
            f.setFontUnderline(true);
            f.setForeground(palette().link());
        }
        c.mergeCharFormat(f);
        m_rich->setFocus();
    });
    dialog->open();
}

}  // namespace ui
