#include "helpdialog.h"

#include "outcome.h"
#include "screenfit.h"
#include "statuscodes.h"
#include "transcriptmodel.h"
#include "util.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

using smtp::ReplyClass;

// A menu or action text as read: the & of a mnemonic gone ("&&" is a literal ampersand).
static QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

static QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

static QString para(const QString &text)
{
    return QStringLiteral("<p>%1</p>\n").arg(esc(text));
}

// A paragraph whose %1, %2... are names of the window's own menu items or controls, shown in bold.
static QString paraNaming(const QString &text, const QStringList &names)
{
    QString html = esc(text);
    for (const QString &n : names)
        html = html.arg(QStringLiteral("<b>%1</b>").arg(esc(n)));
    return QStringLiteral("<p>%1</p>\n").arg(html);
}

static QString heading(const QString &anchor, const QString &title)
{
    return QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>\n").arg(anchor, esc(title));
}

static QUrl classIconUrl(ReplyClass c)
{
    return QUrl(QStringLiteral("stamp-icon:class-%1").arg(int(c)));
}

static const ReplyClass kClasses[] = {ReplyClass::Success, ReplyClass::Intermediate, ReplyClass::Temporary,
                                      ReplyClass::Permanent};

namespace {
struct Section
{
    const char *anchor;
    QString title;
};
}  // namespace

static QList<Section> sections()
{
    return {
        {"window", HelpDialog::tr("The window")},
        {"writing", HelpDialog::tr("Formatting, spelling and signatures")},
        {"options", HelpDialog::tr("Templates and message options")},
        {"sending", HelpDialog::tr("How sending works")},
        {"log", HelpDialog::tr("The protocol log")},
        {"classes", HelpDialog::tr("Reply classes")},
        {"outbox", HelpDialog::tr("The outbox and drafts")},
        {"sent", HelpDialog::tr("Sent messages")},
        {"contacts", HelpDialog::tr("Contacts and groups")},
        {"merge", HelpDialog::tr("Mail merge")},
        {"accounts", HelpDialog::tr("Accounts and certificates")},
        {"shortcuts", HelpDialog::tr("Keyboard shortcuts")},
        {"exitcodes", HelpDialog::tr("Exit codes of stamp send")},
    };
}

// Actions with keys, menu by menu in the order the menus show them; then those that live on a part of
// the window (the log's Copy) rather than in a menu.
static void collectMenu(const QMenu *menu, const QString &where, QList<HelpDialog::Shortcut> &out,
                        QList<const QAction *> &seen)
{
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            collectMenu(a->menu(), HelpDialog::tr("%1 › %2").arg(where, plainText(a->menu()->title())), out,
                        seen);
            continue;
        }
        seen.append(a);
        if (a->shortcuts().isEmpty() || !a->isVisible())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        out.append({where, plainText(a->text()), keys.join(HelpDialog::tr(" or "))});
    }
}

// Where a menu item is, as the window's menus show it ("Tools › Contacts…"), found by the object name of its
// action or of its submenu; empty when the window has no such item. Read from the window, so the manual names
// the items the menus really have, in the language they are shown in.
static bool findInMenu(const QMenu *menu, const QAction *target, const QString &where, QString *path)
{
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString here = HelpDialog::tr("%1 › %2").arg(where, plainText(a->text()));
        if (a == target) {
            *path = here;
            return true;
        }
        if (a->menu() && findInMenu(a->menu(), target, here, path))
            return true;
    }
    return false;
}

QString HelpDialog::menuPath(const QMainWindow *window, const QString &objectName)
{
    if (!window)
        return {};
    const QAction *target = window->findChild<QAction *>(objectName);
    if (!target)
        if (const QMenu *menu = window->findChild<QMenu *>(objectName))
            target = menu->menuAction();
    if (!target)
        return {};
    for (const QAction *top : window->menuBar()->actions()) {
        QString path;
        if (top->menu() && top->isVisible() && findInMenu(top->menu(), target, plainText(top->text()), &path))
            return path;
    }
    return {};
}

QList<HelpDialog::Shortcut> HelpDialog::shortcuts(const QMainWindow *window)
{
    QList<Shortcut> out;
    if (!window)
        return out;
    QList<const QAction *> seen;
    const QMenuBar *bar = window->menuBar();
    for (const QAction *top : bar->actions()) {
        const QMenu *menu = top->menu();
        if (!menu || !top->isVisible())
            continue;
        const QString title = plainText(menu->title());
        const QKeySequence opener = QKeySequence::mnemonic(menu->title());
        if (!opener.isEmpty())
            out.append({title, tr("Open the %1 menu").arg(title), opener.toString(QKeySequence::NativeText)});
        collectMenu(menu, title, out, seen);
    }
    const QList<QAction *> all = window->findChildren<QAction *>();
    for (const QAction *a : all) {
        if (seen.contains(a) || a->shortcuts().isEmpty() || a->menu())
            continue;
        const auto *owner = qobject_cast<const QWidget *>(a->parent());
        if (!owner || owner == window || owner->window() != window)
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const QString where =
            owner->accessibleName().isEmpty() ? window->windowTitle() : owner->accessibleName();
        out.append({where, plainText(a->text()), keys.join(tr(" or "))});
    }
    return out;
}

static QString exitCodeRows()
{
    namespace ec = smtp::exitcode;
    const QList<std::pair<int, QString>> codes = {
        {ec::Sent, HelpDialog::tr("sent")},
        {ec::Usage, HelpDialog::tr("usage error")},
        {ec::Connection, HelpDialog::tr("could not connect, the connection broke before the message was "
                                        "complete, or the server broke the protocol")},
        {ec::Tls, HelpDialog::tr("TLS failure: STARTTLS not offered or refused, certificate not trusted, "
                                 "handshake failed")},
        {ec::Auth,
         HelpDialog::tr("authentication failed (or refused to send a password without encryption)")},
        {ec::Temporary, HelpDialog::tr("temporary failure (4xx): try again later")},
        {ec::Permanent,
         HelpDialog::tr("permanent failure (5xx), or the message is larger than the server's SIZE")},
        {ec::Partly, HelpDialog::tr("partly sent: some recipients were refused (each is listed with the "
                                    "server's reply)")},
        {ec::MayHaveBeenDelivered,
         HelpDialog::tr("may have been delivered: the connection was lost after the end of the message")},
        {ec::Timeout, HelpDialog::tr("timeout")},
        {ec::Local, HelpDialog::tr("local error: unreadable attachment or message file, no keychain")},
        {ec::Cancelled, HelpDialog::tr("cancelled")},
    };
    QString rows;
    for (const auto &[code, meaning] : codes)
        rows +=
            QStringLiteral("<tr><td class=\"code\">%1</td><td>%2</td></tr>\n").arg(code).arg(esc(meaning));
    return rows;
}

static QString classMeaning(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Success:
        return HelpDialog::tr("2xx: the command worked.");
    case ReplyClass::Intermediate:
        return HelpDialog::tr(
            "3xx: the server waits for more, such as the message after DATA or the next step "
            "of a login.");
    case ReplyClass::Temporary:
        return HelpDialog::tr(
            "4xx: not now. Nothing was accepted by this command; trying again later may work.");
    case ReplyClass::Permanent:
        return HelpDialog::tr("5xx: refused. Sending the same again will fail the same way.");
    case ReplyClass::Invalid:
        break;
    }
    return {};
}

QString HelpDialog::pageHtml(const QMainWindow *window)
{
    QString body;
    const QList<Section> all = sections();
    const auto section = [&](const char *anchor) {
        for (const Section &s : all)
            if (qstrcmp(s.anchor, anchor) == 0)
                body += heading(QLatin1String(s.anchor), s.title);
    };
    // A paragraph naming menu items of the window (by object name), left out when the window lacks one.
    const auto naming = [&](const QString &text, std::initializer_list<const char *> items) {
        QStringList names;
        for (const char *item : items)
            names << menuPath(window, QLatin1String(item));
        if (!names.contains(QString()))
            body += paraNaming(text, names);
    };

    body += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Stamp manual")));
    body += para(tr("Stamp writes a message and sends it through your mail provider's submission server, "
                    "and shows the whole conversation with the server as it happens."));

    section("window");
    body +=
        para(tr("The composer fills the middle of the window. From picks the account and identity the "
                "message is sent from. To, Cc and Bcc take one or more addresses separated by commas; each "
                "address is checked as you type, and a problem is written under the field. Subject and the "
                "message text follow. The Reply-To field appears when you turn it on in the Options menu."));
    body +=
        para(tr("Attach files with Attach Files, by dragging them onto the window or by pasting them. The "
                "list under the text shows each file and the total size, with a warning when the message "
                "is larger than the server accepts."));
    body +=
        para(tr("The protocol log, the outbox and the Sent messages are panels you show and hide from the "
                "View menu. They can be moved, stacked as tabs or floated as windows of their own. The "
                "status bar shows the server the chosen account sends through."));

    section("writing");
    if (const auto *format =
            window ? window->findChild<QComboBox *>(QStringLiteral("textFormatBox")) : nullptr;
        format && format->count() == 3)
        body +=
            paraNaming(tr("Text format, above the message text, chooses how you write: %1, %2 or %3. Plain "
                          "text reads the same in every mail program. Formatted text has a toolbar for "
                          "bold, italic, monospace, headings, lists, quotes and links (their keys are "
                          "under Keyboard shortcuts); Markdown is plain text with marks such as *italic* "
                          "and **bold**. Both are sent as HTML with a plain text copy."),
                       {format->itemText(0), format->itemText(1), format->itemText(2)});
    body += para(tr("Misspelt words are underlined as you type. Right-click one for suggestions, Add to "
                    "Dictionary or Ignore. Quoted lines, addresses and links are not checked."));
    naming(tr("%1 turns checking on or off and chooses the language of this message; Stamp remembers the "
              "language for each account. Nothing is underlined until a dictionary is installed (Debian's "
              "hunspell "
              "packages, such as hunspell-de-de)."),
           {"spellingMenu"});
    naming(tr("Each identity's signature is set in %1: Signature for plain text and Markdown, With "
              "formatting for formatted messages (the plain one is used when there is none). It is added at "
              "the end of a new message below a line \"-- \", and swapped when you change From or the text "
              "format, unless you have edited it."),
           {"accountsAction"});

    section("options");
    naming(tr("%1 keeps the message as it is, with its recipients, subject, text and attachments, under a "
              "name; the same name again replaces it. %2 starts a new message from one. A template can also "
              "be the message of a mail merge."),
           {"saveTemplateAction", "templateMenu"});
    naming(tr("%1 sets the message's importance: high, normal or low. Many mail programs show high with a "
              "flag."),
           {"priorityMenu"});
    naming(tr("%1 asks the recipient's mail program to confirm that the message was opened. Many do not, or "
              "ask the recipient first, so a missing confirmation proves nothing."),
           {"readReceiptAction"});
    body +=
        para(tr("Before sending, Stamp asks when the text says something is attached (attached, enclosed, "
                "Anhang, pièce jointe, adjunto…) but nothing is: send it anyway, or cancel and choose the "
                "files. It also asks before sending a message without a subject."));

    section("sending");
    body +=
        para(tr("Send first writes the message to the outbox, then sends it in the background: the window "
                "stays usable, and nothing is lost if Stamp or the connection stops."));
    body +=
        para(tr("Stamp connects to the account's server, turns on encryption (STARTTLS, or TLS from the "
                "start), logs in when the account has a user name, then gives the sender, each recipient "
                "and the message. A progress bar shows how much has gone out; Stop Sending ends the attempt "
                "and the message stays in the outbox."));
    body += para(tr("When it is done, the result panel says what happened in one sentence, lists every "
                    "recipient with the server's answer, and offers what to do next, such as trying again or "
                    "editing the account. When the server refuses some recipients, the others still get the "
                    "message and the refused ones are listed."));
    body += para(tr("Delivery receipts, in the Options menu, ask the servers on the way to report back; they "
                    "are requested only when the server offers DSN."));

    section("log");
    body +=
        para(tr("The protocol log shows every line exchanged with the server as it happens: the time, the "
                "direction (client, server, TLS, data, info or problem), the reply class in a word and an "
                "icon, the line itself, and beside it what the line means in plain words."));
    body += para(tr("Each connection begins with a title row giving its time, server and outcome. Select a "
                    "line to read it in full below the list, with the diagnosis and the fix for a failure."));
    body +=
        para(tr("The search field, the direction and class filters and Problems only narrow the list; Copy, "
                "Save and Clear act on the log. Passwords and other login secrets are masked before they "
                "reach the log, so they never appear in it or in a saved file."));

    section("classes");
    body +=
        para(tr("Every server reply starts with a three-digit code whose first digit is its class (RFC 5321, "
                "section 4.2.1). The log shows the class as a word and an icon, and colours the line too: "
                "the colour only repeats what the word says."));
    body += QStringLiteral("<table class=\"classes\">\n<tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(esc(tr("Word in the log")), esc(tr("Class")), esc(tr("Meaning")));
    for (ReplyClass c : kClasses)
        body += QStringLiteral("<tr><td><img src=\"%1\" width=\"16\" height=\"16\"></td><td><b>%2</b></td>"
                               "<td>%3</td><td>%4</td></tr>\n")
                    .arg(classIconUrl(c).toString(), esc(TranscriptModel::statusWord(c)),
                         esc(smtp::replyClassName(c)), esc(classMeaning(c)));
    body += QStringLiteral("</table>\n");
    body += para(tr("A line marked “problem” is something that went wrong on this side, such as a connection "
                    "that broke or a certificate that could not be verified."));

    section("outbox");
    body += para(tr("The outbox holds every message not sent yet: waiting, being sent, or failed with the "
                    "reason. Open one to edit it and send it again; Delete removes it."));
    body +=
        para(tr("Drafts are saved while you type and restored after a crash; the Drafts tab lists them."));

    section("sent");
    body +=
        para(tr("Sent messages lists each message the server accepted, newest first, with its date, "
                "recipients and subject; the search field filters the list. Open shows the message, the "
                "server's answer for each recipient and the protocol transcript; Edit as New starts a new "
                "message from it. Each sent message is also kept as an .eml file."));

    section("contacts");
    naming(tr("%1 opens the address book: contacts with a name and one or more addresses, and groups of "
              "addresses. Search by name or address; add, edit, delete, import and export with the buttons "
              "beside the list (Enter edits, Delete removes)."),
           {"contactsAction"});
    body += para(tr("Stamp fills the book as you send: each recipient the server accepted is added, with the "
                    "name you typed, and the ones used lately come first."));
    body +=
        para(tr("To, Cc, Bcc and Reply-To complete from the book as you type any part of a name or address, "
                "and show each address with its name: Ann Lee <ann@example.org>. A group is offered by its "
                "name; choose it, or type its name alone, and it becomes its members' addresses."));
    body +=
        para(tr("A group with Send as a named group in To and Cc ticked stays one name in To or Cc, "
                "written as Team: ann@example.org, bob@example.org; and every member gets the message. In "
                "Bcc a group is always just its members, so no header names a Bcc recipient."));
    body +=
        para(tr("Import vCard reads vCard 3.0 and 4.0 files, as Thunderbird, Evolution or Google export "
                "them; only names, addresses and groups are kept. A file with an error imports nothing and "
                "says which line. Export vCard writes vCard 4.0. The same from the command line: stamp "
                "contacts list, stamp contacts import FILE, stamp contacts export FILE."));

    section("merge");
    naming(tr("%1 sends one message per row of a table. Choose a template, the message with {{placeholders}} "
              "such as {{name}}, and a CSV file whose first line names them. Check the preview of each row "
              "before anything is sent, and set a rate limit if your provider allows only so many messages a "
              "minute."),
           {"mailMergeAction"});
    body +=
        para(tr("Every row is checked first, and each message goes to the outbox with its merge and row. "
                "Running the same merge again sends only the rows not sent yet, so no one gets it twice; a "
                "row that failed for good or may have been delivered is listed and not sent again."));
    naming(tr("From the command line: stamp merge --account NAME --template FILE --csv FILE. The template is "
              "one saved with %1, or a text file with To, Cc, Bcc, Reply-To and Subject lines, an empty line "
              "and the body; {{name}} in it stands for the value of the column name. --rate N/min (or N/h) "
              "limits the pace, --dry-run shows each row's message and "
              "connects to nothing, --resume ID goes on with a merge whose files have changed, --transcript "
              "FILE writes the protocol log, and --quiet prints only the rows not sent."),
           {"saveTemplateAction"});
    body +=
        para(tr("stamp merge ends with the exit codes of stamp send: 0 when every row was sent, 8 when some "
                "were not, otherwise the code of the first row not sent. A row that cannot be sent as it is "
                "(no recipient, a bad address, a line break in a header field) is reported and left out; "
                "a file that cannot be read, or a placeholder with no column, stops the merge with 11 "
                "before anything is sent."));

    section("accounts");
    body +=
        para(tr("Accounts, in the Tools menu, hold the servers you send through: server, port and security, "
                "user name, login method and password. Passwords are kept in the system keychain, never "
                "in a file. Test connection shows what the server offers without sending anything."));
    body +=
        para(tr("When a server's certificate cannot be verified, Stamp stops and shows the certificate and "
                "every reason. You can cancel, or trust that one certificate for that account; a different "
                "certificate later asks again."));

    section("shortcuts");
    body +=
        para(tr("Tab moves through the fields in order. Alt with the underlined letter of a field's label "
                "moves to that field, and Alt with the underlined letter of a menu opens it."));
    body += QStringLiteral("<table class=\"keys\">\n<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(esc(tr("Keys")), esc(tr("Command")), esc(tr("Where")));
    for (const Shortcut &s : shortcuts(window))
        body += QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(esc(s.keys), esc(s.what), esc(s.where));
    body += QStringLiteral("</table>\n");

    section("exitcodes");
    body += para(tr("stamp send, the command for scripts, ends with one of these exit codes:"));
    body += QStringLiteral("<table class=\"codes\">\n<tr><th>%1</th><th>%2</th></tr>\n%3</table>\n")
                .arg(esc(tr("Code")), esc(tr("Meaning")), exitCodeRows());

    QFile frame(QStringLiteral(":/help/manual.html"));
    QString page = frame.open(QIODevice::ReadOnly) ? QString::fromUtf8(frame.readAll()) : QString();
    if (!page.contains(QLatin1String("@CONTENT@")))
        page = QStringLiteral("<html><body>@CONTENT@</body></html>");
    return page.replace(QLatin1String("@CONTENT@"), body);
}

HelpDialog::HelpDialog(QMainWindow *window, QWidget *parent) : QDialog(parent), m_window(window)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Stamp Manual"));
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("How to use Stamp, its keyboard shortcuts and the exit codes of stamp send"));
    setWindowIcon(appIcon());

    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setAccessibleDescription(tr("The sections of the manual: choose one to read it"));
    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(false);
    for (const Section &s : sections()) {
        auto *item = new QTreeWidgetItem(m_contents, {s.title});
        item->setData(0, Qt::UserRole, QString::fromLatin1(s.anchor));
    }

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Manual"));
    m_browser->setAccessibleDescription(tr("The text of the manual"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("helpClose"));
    close->setAccessibleDescription(tr("Close the manual"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_contents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_browser->scrollToAnchor(item->data(0, Qt::UserRole).toString());
    });

    resize(fitToScreen(this, QSize(900, 640)));
    rebuild();
}

QStringList HelpDialog::sectionAnchors() const
{
    QStringList out;
    for (const Section &s : sections())
        out << QString::fromLatin1(s.anchor);
    return out;
}

void HelpDialog::rebuild()
{
    QTextDocument *doc = m_browser->document();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto addIcons = [&] {
        for (ReplyClass c : kClasses)
            doc->addResource(QTextDocument::ImageResource, classIconUrl(c),
                             TranscriptModel::statusIcon(c).pixmap(size, size));
    };
    addIcons();
    m_browser->setHtml(pageHtml(m_window));
    addIcons();  // in case setting the page dropped them
}

void HelpDialog::showSection(const QString &anchor)
{
    rebuild();  // the window's actions may have changed since the page was built
    const QStringList anchors = sectionAnchors();
    const int index = anchors.indexOf(anchor);
    if (index >= 0) {
        const QSignalBlocker block(m_contents);
        m_contents->setCurrentItem(m_contents->topLevelItem(index));
    }
    m_browser->scrollToAnchor(anchor);
}

static void openHelp(QMainWindow *window, const QString &anchor)
{
    auto *dialog = window->findChild<HelpDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new HelpDialog(window, window);
        dialog->setWindowFlag(Qt::Window);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->showSection(anchor);
}

void addHelpActions(QMainWindow *window, QMenu *menu)
{
    QAction *manual = menu->addAction(HelpDialog::tr("&Manual"));
    manual->setObjectName(QStringLiteral("helpManualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    QObject::connect(manual, &QAction::triggered, window,
                     [window] { openHelp(window, QStringLiteral("window")); });
    QAction *keys = menu->addAction(HelpDialog::tr("&Keyboard Shortcuts"));
    keys->setObjectName(QStringLiteral("helpShortcutsAction"));
    QObject::connect(keys, &QAction::triggered, window,
                     [window] { openHelp(window, QStringLiteral("shortcuts")); });
    QAction *codes = menu->addAction(HelpDialog::tr("&Exit Codes of stamp send"));
    codes->setObjectName(QStringLiteral("helpExitCodesAction"));
    QObject::connect(codes, &QAction::triggered, window,
                     [window] { openHelp(window, QStringLiteral("exitcodes")); });
    menu->addSeparator();
    QAction *about = menu->addAction(HelpDialog::tr("&About Stamp"));
    about->setObjectName(QStringLiteral("aboutAction"));
    QObject::connect(about, &QAction::triggered, window, [window] { showAbout(window); });
}

QString aboutText()
{
    return HelpDialog::tr(
               "<h3>Stamp %1</h3>"
               "<p>A desktop mail composer and SMTP sender that shows the conversation with the "
               "server as it happens.</p>"
               "<p>Copyright 2026 The Stamp developers.</p>"
               "<p>Stamp is free software: you can redistribute it and/or modify it under the terms "
               "of the GNU General Public License as published by the Free Software Foundation, "
               "either version 3 of the License, or (at your option) any later version "
               "(GPL-3.0-or-later). It comes without any warranty.</p>"
               "<p>Built with Qt %2.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()));
}

void showAbout(QWidget *parent)
{
    QMessageBox *box = tellUser(parent, QStringLiteral("aboutBox"), QMessageBox::Information,
                                HelpDialog::tr("About Stamp"), aboutText());
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(appIcon().pixmap(64, 64));
}

}  // namespace ui
