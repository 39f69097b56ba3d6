#pragma once

#include "mailhtml.h"
#include "mailstore.h"

#include <QWidget>

class QAction;
class QComboBox;
class QPlainTextEdit;
class QStackedWidget;
class QTextEdit;
class QToolBar;

namespace ui {

// The message text in one of three forms: plain text (the composer's own editor, given to the constructor),
// formatted (a QTextEdit with a small toolbar: bold, italics, headings, lists, quote, monospace, link), or
// Markdown (typed in the plain editor, sent as HTML with the Markdown as the text alternative).
//
// While formatted, the plain editor is kept filled with the plain alternative, so everything that reads the
// text (autosave, the size estimate, the forgotten-attachment check) sees what the recipient's plain part
// will say.
//
// Without a plain editor (nullptr) it is formatted text only, with no choice of mode: the account form edits
// the formatted signature with it.
class RichEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Plain,
        Formatted,
        Markdown
    };
    Q_ENUM(Mode)

    RichEditor(QPlainTextEdit *plainEditor, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Switches, converting what is written: plain to formatted keeps the text; Markdown to formatted shows
    // what it means; formatted to Markdown writes it as Markdown; formatted to plain keeps the plain text.
    void setMode(Mode mode);
    QTextEdit *formattedEditor() const { return m_rich; }

    // The stored names of the modes ("plain", "formatted", "markdown"), as MailItem::textFormat and the
    // account's default keep them; an unknown name is Plain.
    static QString modeKey(Mode mode);
    static Mode modeFromKey(const QString &key);

    // What the message sends: body, html and inlineImages of the item (html empty for plain text).
    void fill(store::MailItem *item, const QByteArray &cidDomain) const;
    // Shows an item saved by fill(): its mode, and for formatted text its HTML (images from their files).
    void load(const store::MailItem &item);

Q_SIGNALS:
    // Before a switch converts the text (the composer takes its signature out here), and after it.
    void modeAboutToChange(ui::RichEditor::Mode from, ui::RichEditor::Mode to);
    void modeChanged(ui::RichEditor::Mode mode);

private:
    QPlainTextEdit *m_plain;
    QTextEdit *m_rich;
    QStackedWidget *m_stack;
    QComboBox *m_modeBox;
    QToolBar *m_toolBar;
    QAction *m_bold, *m_italic, *m_monospace;
    Mode m_mode = Mode::Plain;
    bool m_syncing = false;
    // The text the formatted document became when the editor left formatted mode (null: none, or since read
    // anew); while the text is still that, the formatted document comes back as it was.
    QString m_leftFormatted;

    QAction *addFormatAction(const QString &objectName, const QString &text, const QKeySequence &shortcut);
    void syncPlain();
    void updateActions();
    void toggleCharFormat(QAction *action);
    void setHeading(int level);
    void toggleList(bool numbered);
    void toggleQuote();
    void askLink();
};

}  // namespace ui
