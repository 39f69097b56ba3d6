#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

class QMainWindow;
class QMenu;
class QTextBrowser;
class QTreeWidget;

namespace ui {

// The manual: a table of contents beside a QTextBrowser. The page's frame and style sheet are a Qt resource
// (:/help/manual.html); every sentence in it comes from tr() here, so it is translated like the rest. The
// keyboard shortcuts are read from the window's own actions each time the page is built, so they cannot go
// stale, and the exit codes are those of smtp::exitcode.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    // One row of the shortcut table: the menu (or the part of the window) it is in, the command, the keys.
    struct Shortcut
    {
        QString where;
        QString what;
        QString keys;
    };

    // `window` is the window whose actions the shortcut table lists.
    explicit HelpDialog(QMainWindow *window, QWidget *parent = nullptr);

    // Rebuilds the page from the window's current actions and scrolls to a section by its anchor
    // ("window", "writing", "options", "sending", "log", "classes", "outbox", "sent", "contacts", "merge",
    // "accounts", "shortcuts", "exitcodes").
    void showSection(const QString &anchor);
    QStringList sectionAnchors() const;
    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }

    static QList<Shortcut> shortcuts(const QMainWindow *window);
    // Where a menu item of `window` is, as its menus show it ("Tools › Contacts…"), found by the object name
    // of its action or submenu; empty when the window has none. The manual names menu items only this way.
    static QString menuPath(const QMainWindow *window, const QString &objectName);
    // The whole page, as the browser shows it.
    static QString pageHtml(const QMainWindow *window);

private:
    void rebuild();

    QPointer<QMainWindow> m_window;
    QTreeWidget *m_contents;
    QTextBrowser *m_browser;
};

// The Help menu's entries (Manual, Keyboard Shortcuts, Exit Codes, About), added to `menu` of `window`.
void addHelpActions(QMainWindow *window, QMenu *menu);
// The About box: version, what Stamp is, the licence (GPL-3.0-or-later, as packaging/copyright says).
void showAbout(QWidget *parent);
QString aboutText();

}  // namespace ui
