#include "composerwindow.h"

#include "accountsdialog.h"
#include "appcontext.h"
#include "attachmentlist.h"
#include "attachmentreminder.h"
#include "certificatedialog.h"
#include "consoledialog.h"
#include "contactcompletion.h"
#include "contactsdialog.h"
#include "domaincheckdialog.h"
#include "draftstaging.h"
#include "helpdialog.h"
#include "logpane.h"
#include "mailhtml.h"
#include "mailto.h"
#include "mergedialog.h"
#include "message.h"
#include "outboxview.h"
#include "passwordprompt.h"
#include "practicedialog.h"
#include "recipientfield.h"
#include "resultpanel.h"
#include "richeditor.h"
#include "screenfit.h"
#include "sendservice.h"
#include "sentview.h"
#include "spellhighlighter.h"
#include "spelling.h"
#include "submission.h"
#include "templates.h"
#include "transcriptmodel.h"
#include "util.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

using Category = smtp::Outcome::Category;
using Folder = store::MailStore::Folder;

// RFC 3676 §4.3: "-- " on a line of its own starts the signature, so mail readers can recognise it. A
// signature that already starts with that line (or with "--", the same line with its space lost) keeps
// its own instead of getting a second one.
static QString signatureBlock(const QString &signature)
{
    if (signature.trimmed().isEmpty())
        return {};
    QString text = signature;
    if (text.startsWith(QLatin1Char('\n')) && text.trimmed().startsWith(QLatin1String("--")))
        text = text.mid(text.indexOf(QLatin1String("--")));  // blank lines before the separator
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    const QString first = eol < 0 ? text : text.left(eol);
    if (first == QLatin1String("-- ") || first == QLatin1String("--") || first == QLatin1String("-- \r"))
        return QStringLiteral("\n\n-- ") + (eol < 0 ? QString() : text.mid(eol));
    return QStringLiteral("\n\n-- \n") + signature;
}

// The identity's plain signature: its own, else the plain rendition of its formatted one.
static QString plainSignature(const store::Account &a)
{
    if (!a.signature.trimmed().isEmpty() || a.signatureHtml.trimmed().isEmpty())
        return a.signature;
    QTextDocument doc;
    doc.setHtml(a.signatureHtml);
    return format::plainText(doc);
}

// Appends the formatted signature to a document in blocks of their own, with no formatting carried over from
// the text before: a blank line, "-- " (its plain rendition in the text/plain part is then the RFC 3676
// separator), and the formatted signature, or the plain one when the identity has no formatted one.
static void appendFormattedSignature(QTextDocument *doc, const store::Account &a)
{
    QTextCursor c(doc);
    c.movePosition(QTextCursor::End);
    c.beginEditBlock();
    c.insertBlock(QTextBlockFormat(), QTextCharFormat());
    if (a.signatureHtml.trimmed().isEmpty()) {
        c.insertText(signatureBlock(a.signature).mid(1), QTextCharFormat());
    } else {
        const QTextDocumentFragment fragment = QTextDocumentFragment::fromHtml(a.signatureHtml);
        c.insertBlock(QTextBlockFormat(), QTextCharFormat());
        if (fragment.toPlainText().section(QLatin1Char('\n'), 0, 0).trimmed() != QLatin1String("--")) {
            c.insertText(QStringLiteral("-- "), QTextCharFormat());
            c.insertBlock(QTextBlockFormat(), QTextCharFormat());
        }
        c.insertFragment(fragment);
    }
    c.endEditBlock();
}

static bool hasSignature(const store::Account *a)
{
    return a && (!a->signature.trimmed().isEmpty() || !a->signatureHtml.trimmed().isEmpty());
}

// What tells one inserted signature from another: the text for plain and Markdown, the source for formatted.
static QString signatureKey(const store::Account *a, RichEditor::Mode mode)
{
    if (!hasSignature(a))
        return {};
    if (mode != RichEditor::Mode::Formatted)
        return signatureBlock(plainSignature(*a));
    return a->signatureHtml.trimmed().isEmpty() ? QLatin1String("text:") + signatureBlock(a->signature)
                                                : QLatin1String("html:") + a->signatureHtml;
}

// The characters the signature adds at the end of the editor's text (QTextDocument::toPlainText).
static QString signatureText(const store::Account *a, RichEditor::Mode mode)
{
    if (!hasSignature(a))
        return {};
    if (mode != RichEditor::Mode::Formatted)
        return signatureBlock(plainSignature(*a));
    QTextDocument scratch;
    appendFormattedSignature(&scratch, *a);
    return scratch.toPlainText();
}

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !AttachmentList::localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = AttachmentList::localFiles(source);
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

ComposerWindow::ComposerWindow(AppContext *app, QWidget *parent) : QMainWindow(parent), m_app(app)
{
    setObjectName(QStringLiteral("composerWindow"));
    setAccessibleName(tr("Compose message"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    buildLayout();
    buildActions();
    // `stamp account add` in a terminal while the window runs shows in From and in Accounts at once.
    m_app->accounts()->watchForChanges();

    m_autosave.setSingleShot(true);
    connect(&m_autosave, &QTimer::timeout, this, &ComposerWindow::autosave);

    reloadAccounts();
    connect(m_app->accounts(), &store::AccountStore::accountsChanged, this, &ComposerWindow::reloadAccounts);
    connect(m_from, &QComboBox::currentIndexChanged, this, &ComposerWindow::onAccountChanged);
    onAccountChanged();
    m_dirty = false;
    if (const QString notice = m_spelling->takeNotice(); !notice.isEmpty())
        statusBar()->showMessage(notice, 30000);  // once per run: no dictionary, nothing underlined

    for (RecipientField *f : {m_to, m_cc, m_bcc, m_replyTo})
        connect(f, &RecipientField::changed, this, &ComposerWindow::onEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::onEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerWindow::onEdited);
    connect(m_body, &BodyEdit::filesDropped, this, &ComposerWindow::attachFiles);
    connect(m_attachments, &AttachmentList::filesChanged, this, &ComposerWindow::onEdited);
    connect(m_attachments, &AttachmentList::filesChanged, this, &ComposerWindow::updateAttachmentSummary);
    // Large attachments get their draft copy on a worker thread first; the autosave waits for it.
    m_staging = new store::DraftStaging(m_app->mail(), this);
    connect(m_attachments, &AttachmentList::filesChanged, this,
            [this] { m_staging->stage(m_attachments->paths()); });
    connect(m_staging, &store::DraftStaging::stagingDone, this, &ComposerWindow::autosave);
    connect(m_attachments, &AttachmentList::refused, this, [this](const QStringList &problems) {
        tellUser(this, QStringLiteral("attachRefused"), QMessageBox::Warning, tr("Not attached"),
                 problems.join(QLatin1Char('\n')));
    });
    connect(m_outbox, &OutboxView::openRequested, this, &ComposerWindow::openItem);
    connect(m_sentView, &SentView::editAsNewRequested, this, &ComposerWindow::editSentAsNew);
    // A delivered message leaves the editor; a failed one stays there to be fixed, with its result.
    connect(this, &ComposerWindow::sendFinished, this,
            [this](const smtp::Outcome &o) { m_resultIsAboutEditor = !o.delivered(); });
    connectController();
    m_outbox->setController(sendController(m_app));
    connect(sendController(m_app)->queue(), &store::OutboxQueue::changed, this,
            &ComposerWindow::updateOutboxCount);
    updateOutboxCount();
    // Once per run, in the first window: messages left waiting from before are not a surprise later.
    store::SendController *controller = sendController(m_app);
    if (!controller->property("startNoticeShown").toBool()) {
        controller->setProperty("startNoticeShown", true);
        const int waiting = controller->queue()->waitingCount();
        if (waiting > 0) {
            statusBar()->showMessage(
                tr("%n message(s) waiting in the outbox: due ones are sent now, the others at their time.",
                   "", waiting),
                15000);
        }
    }

    const QByteArray geometry = m_app->settings()->windowState(QStringLiteral("composerGeometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(fitToScreen(this, QSize(1000, 760)));
    const QByteArray state = m_app->settings()->windowState(QStringLiteral("composerState"));
    if (!state.isEmpty())
        restoreState(state);

    clearMessage();
    updateTitle();
    updateActions();
    m_to->setFocus();
}

ComposerWindow::~ComposerWindow()
{
    // A mail merge still sending records its row in flight and takes the rest back out of the outbox: done
    // while the window is whole, as the outbox tells the window (its count) when it changes.
    qDeleteAll(findChildren<MergeDialog *>(QString(), Qt::FindDirectChildrenOnly));
}

void ComposerWindow::buildLayout()
{
    m_editor = new QWidget(this);
    m_editor->setObjectName(QStringLiteral("editor"));

    m_from = new QComboBox(m_editor);
    m_from->setObjectName(QStringLiteral("fromCombo"));
    m_from->setAccessibleName(tr("From"));
    m_from->setAccessibleDescription(tr("The account and identity the message is sent from"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setMinimumContentsLength(30);
    auto *accountsButton = new QToolButton(m_editor);
    accountsButton->setObjectName(QStringLiteral("accountsButton"));
    accountsButton->setText(tr("Accounts…"));
    accountsButton->setAccessibleName(tr("Edit accounts"));
    accountsButton->setAccessibleDescription(tr("Opens the accounts: servers, logins and identities"));
    connect(accountsButton, &QToolButton::clicked, this, &ComposerWindow::openAccounts);

    m_to = new RecipientField(QStringLiteral("to"), tr("To"), m_editor);
    m_cc = new RecipientField(QStringLiteral("cc"), tr("Cc"), m_editor);
    m_bcc = new RecipientField(QStringLiteral("bcc"), tr("Bcc"), m_editor);
    m_bcc->edit()->setPlaceholderText(tr("hidden recipients: they receive it, the others do not see them"));
    m_replyTo = new RecipientField(QStringLiteral("replyTo"), tr("Reply-To"), m_editor);
    m_replyTo->edit()->setPlaceholderText(tr("where replies should go, if not to the sender"));
    // Completion from the address book; a group becomes group syntax in To and Cc when it is sent as a
    // group, and its members everywhere else (Bcc never names them in a header).
    m_app->adoptRecentAddresses();
    auto *completion = new ContactCompletionModel(m_app->contacts(), this);
    for (RecipientField *f : {m_to, m_cc, m_bcc, m_replyTo}) {
        const bool groupSyntax = f == m_to || f == m_cc;
        f->edit()->setCompletionModel(completion, groupSyntax);
        f->edit()->installEventFilter(this);
        f->edit()->setGroupText([this, groupSyntax](const QString &group, GroupForm form) {
            return groupFieldText(*m_app->contacts(), group, groupSyntax, form);
        });
    }
    m_subject = new QLineEdit(m_editor);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setAccessibleDescription(tr("What the message is about, in one line"));
    m_subject->installEventFilter(this);

    auto *header = new QGridLayout;
    header->setColumnStretch(1, 1);
    header->setVerticalSpacing(4);
    auto addRow = [&](int row, const QString &label, QWidget *buddy, QWidget *field,
                      QWidget *extra = nullptr) -> QLabel * {
        auto *l = new QLabel(label, m_editor);
        l->setBuddy(buddy);
        l->setAlignment(Qt::AlignRight | Qt::AlignTop);
        l->setContentsMargins(0, 4, 0, 0);
        header->addWidget(l, row, 0);
        if (extra) {
            auto *h = new QHBoxLayout;
            h->addWidget(field, 1);
            h->addWidget(extra);
            header->addLayout(h, row, 1);
        } else {
            header->addWidget(field, row, 1);
        }
        return l;
    };
    addRow(0, tr("F&rom:"), m_from, m_from, accountsButton);
    addRow(1, tr("T&o:"), m_to->edit(), m_to);
    addRow(2, tr("&Cc:"), m_cc->edit(), m_cc);
    addRow(3, tr("&Bcc:"), m_bcc->edit(), m_bcc);
    m_replyToLabel = addRow(4, tr("Rep&ly-To:"), m_replyTo->edit(), m_replyTo);
    m_replyToLabel->setObjectName(QStringLiteral("replyToLabel"));
    m_replyToLabel->hide();
    m_replyTo->hide();
    addRow(5, tr("&Subject:"), m_subject, m_subject);

    m_body = new BodyEdit(m_editor);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setAccessibleDescription(
        tr("The text of the message; files dropped or pasted here are attached"));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setPlaceholderText(tr("Write your message here. Drop or paste files to attach them."));

    m_attachments = new AttachmentList(m_editor);
    m_attachmentSummary = new QLabel(m_editor);
    m_attachmentSummary->setObjectName(QStringLiteral("attachmentSummary"));
    auto *removeAttachment = new QToolButton(m_editor);
    removeAttachment->setObjectName(QStringLiteral("removeAttachment"));
    removeAttachment->setText(tr("Remove"));
    removeAttachment->setToolTip(tr("Remove the selected attachments (Delete)"));
    removeAttachment->setAccessibleName(tr("Remove the selected attachments"));
    connect(removeAttachment, &QToolButton::clicked, m_attachments, &AttachmentList::removeSelected);
    auto *addAttachment = new QToolButton(m_editor);
    addAttachment->setObjectName(QStringLiteral("addAttachment"));
    addAttachment->setText(tr("Add…"));
    addAttachment->setAccessibleName(tr("Attach files"));
    addAttachment->setAccessibleDescription(tr("Chooses files to attach to the message"));
    connect(addAttachment, &QToolButton::clicked, this, &ComposerWindow::chooseAttachments);
    m_attachmentPane = new QWidget(m_editor);
    m_attachmentPane->setObjectName(QStringLiteral("attachmentPane"));
    auto *paneLayout = new QVBoxLayout(m_attachmentPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    auto *paneHeader = new QHBoxLayout;
    paneHeader->addWidget(m_attachmentSummary, 1);
    paneHeader->addWidget(addAttachment);
    paneHeader->addWidget(removeAttachment);
    paneLayout->addLayout(paneHeader);
    paneLayout->addWidget(m_attachments);
    m_attachmentPane->hide();

    auto *split = new QSplitter(Qt::Vertical, m_editor);
    split->setObjectName(QStringLiteral("bodySplitter"));
    m_rich = new RichEditor(m_body, m_editor);
    connect(m_rich, &RichEditor::modeAboutToChange, this, &ComposerWindow::signatureBeforeModeChange);
    connect(m_rich, &RichEditor::modeChanged, this, &ComposerWindow::signatureAfterModeChange);
    m_spelling = new Spelling(m_rich, m_body, m_app->settings()->fileName(), this);
    connect(m_spelling, &Spelling::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    split->addWidget(m_rich);
    split->addWidget(m_attachmentPane);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(header);
    editorLayout->addWidget(split, 1);

    m_sendingBar = new QWidget(this);
    m_sendingBar->setObjectName(QStringLiteral("sendingBar"));
    m_sendingLabel = new QLabel(m_sendingBar);
    m_sendingLabel->setObjectName(QStringLiteral("sendingLabel"));
    m_progress = new QProgressBar(m_sendingBar);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setAccessibleName(tr("Sending progress"));
    m_progress->setAccessibleDescription(tr("How much of the message has gone to the server"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_cancelButton = new QPushButton(tr("Stop sending"), m_sendingBar);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Stop sending"));
    m_cancelButton->setAccessibleDescription(tr("Stops this attempt; the message stays in the outbox"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ComposerWindow::cancelSend);
    auto *barLayout = new QHBoxLayout(m_sendingBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_sendingLabel);
    barLayout->addWidget(m_progress, 1);
    barLayout->addWidget(m_cancelButton);
    m_sendingBar->hide();

    m_result = new ResultPanel(this);
    m_result->hide();
    connect(m_result, &ResultPanel::closeRequested, m_result, &QWidget::hide);
    m_result->setContextProvider([this] { return adviceContext(); });
    connect(m_result, &ResultPanel::actionRequested, this, &ComposerWindow::onAdviceAction);
    connect(m_result, &ResultPanel::swaksRequested, this, &ComposerWindow::copySwaksCommand);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_sendingBar);
    layout->addWidget(m_result);
    setCentralWidget(central);

    m_log = new LogPane(this);
    m_logDock = new QDockWidget(tr("Protocol log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_outbox = new OutboxView(m_app->mail(), this);
    m_outboxDock = new QDockWidget(tr("Outbox"), this);
    m_outboxDock->setObjectName(QStringLiteral("outboxDock"));
    m_outboxDock->setWidget(m_outbox);
    addDockWidget(Qt::RightDockWidgetArea, m_outboxDock);
    m_outboxDock->hide();

    m_sentView = new SentView(m_app->mail(), this);
    m_sentDock = new QDockWidget(tr("Sent"), this);
    m_sentDock->setObjectName(QStringLiteral("sentDock"));
    m_sentDock->setWidget(m_sentView);
    addDockWidget(Qt::RightDockWidgetArea, m_sentDock);
    tabifyDockWidget(m_outboxDock, m_sentDock);
    m_sentDock->hide();

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    statusBar()->addPermanentWidget(m_serverLabel);
    m_outboxCount = new QToolButton(this);
    m_outboxCount->setObjectName(QStringLiteral("outboxCount"));
    m_outboxCount->setAutoRaise(true);
    m_outboxCount->setAccessibleDescription(
        tr("Opens the outbox, where messages wait to be sent or sent again"));
    m_outboxCount->setVisible(false);
    connect(m_outboxCount, &QToolButton::clicked, this, [this] { showDock(m_outboxDock); });
    statusBar()->addPermanentWidget(m_outboxCount);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoSendButton"));
    m_undoButton->setAccessibleDescription(tr("The message goes back into the editor, unsent"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setAccessibleName(tr("Take the message back from the outbox before it is sent"));
    m_undoButton->setVisible(false);
    connect(m_undoButton, &QToolButton::clicked, this, &ComposerWindow::undoScheduled);
    statusBar()->addPermanentWidget(m_undoButton);

    setTabOrder(m_from, accountsButton);
    setTabOrder(accountsButton, m_to->edit());
    setTabOrder(m_to->edit(), m_cc->edit());
    setTabOrder(m_cc->edit(), m_bcc->edit());
    setTabOrder(m_bcc->edit(), m_replyTo->edit());
    setTabOrder(m_replyTo->edit(), m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_attachments);
    setTabOrder(m_attachments, addAttachment);
    setTabOrder(addAttachment, removeAttachment);
}

void ComposerWindow::buildActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                             QStyle::StandardPixmap fallback, const char *themeIcon) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        if (themeIcon)
            a->setIcon(QIcon::fromTheme(QLatin1String(themeIcon), style()->standardIcon(fallback)));
        return a;
    };

    m_sendAction = make(QStringLiteral("sendAction"), tr("&Send"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                        QStyle::SP_ArrowForward, "mail-send");
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setToolTip(tr("Send the message (Ctrl+Return)"));
    connect(m_sendAction, &QAction::triggered, this, &ComposerWindow::send);
    auto *sendLaterAction = make(QStringLiteral("sendLaterAction"), tr("Send &Later…"), QKeySequence(),
                                 QStyle::SP_ArrowForward, nullptr);
    sendLaterAction->setToolTip(tr("Put the message in the outbox to be sent at a time you choose"));
    connect(sendLaterAction, &QAction::triggered, this, &ComposerWindow::chooseSendLater);
    // Not bare Escape: that closes popups and dialogs, and must never stop a send by accident.
    m_cancelAction = make(QStringLiteral("cancelSendAction"), tr("S&top Sending"),
                          QKeySequence(Qt::CTRL | Qt::Key_Period), QStyle::SP_BrowserStop, "process-stop");
    m_cancelAction->setToolTip(tr("Stop sending (Ctrl+.)"));
    connect(m_cancelAction, &QAction::triggered, this, &ComposerWindow::cancelSend);
    m_attachAction = make(QStringLiteral("attachAction"), tr("&Attach Files…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QStyle::SP_FileDialogNewFolder,
                          "mail-attachment");
    m_attachAction->setToolTip(tr("Attach files (Ctrl+Shift+A)"));
    connect(m_attachAction, &QAction::triggered, this, &ComposerWindow::chooseAttachments);
    m_saveAction = make(QStringLiteral("saveDraftAction"), tr("Save &Draft"), QKeySequence::Save,
                        QStyle::SP_DialogSaveButton, "document-save");
    m_saveAction->setToolTip(tr("Save as a draft (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (saveDraftNow())
            statusBar()->showMessage(tr("Draft saved."), 4000);
    });
    auto *newAction = make(QStringLiteral("newAction"), tr("&New Message"), QKeySequence::New,
                           QStyle::SP_FileIcon, "mail-message-new");
    connect(newAction, &QAction::triggered, this, &ComposerWindow::newWindow);
    auto *closeAction = make(QStringLiteral("closeAction"), tr("&Close"), QKeySequence::Close,
                             QStyle::SP_DialogCloseButton, nullptr);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    auto *quitAction = make(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                            QStyle::SP_DialogCloseButton, nullptr);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);
    m_accountsAction =
        make(QStringLiteral("accountsAction"), tr("&Accounts…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
             QStyle::SP_DirHomeIcon, "preferences-system");
    connect(m_accountsAction, &QAction::triggered, this, &ComposerWindow::openAccounts);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction);
    file->addAction(m_sendAction);
    file->addAction(sendLaterAction);
    file->addAction(m_cancelAction);
    file->addAction(m_attachAction);
    file->addAction(m_saveAction);
    addPreviewActions(file);  // Preview, Copy as swaks Command (composerpreview.cpp)
    // Templates (issue 13): kept beside the drafts, started from as a new message.
    QAction *saveTemplate = file->addAction(tr("Save as &Template…"));
    saveTemplate->setObjectName(QStringLiteral("saveTemplateAction"));
    connect(saveTemplate, &QAction::triggered, this, [this] {
        // open(), not getText(): no nested event loop while a send may be running.
        auto *dialog = new QInputDialog(this);
        dialog->setObjectName(QStringLiteral("templateNameDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Save as Template"));
        dialog->setLabelText(tr("Name of the template:"));
        dialog->setTextValue(m_subject->text());
        connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
            QString error;
            if (!store::Templates(m_app->mail()->root()).save(name, currentItem(), &error))
                tellUser(this, QStringLiteral("templateNotSaved"), QMessageBox::Warning, tr("Not saved"),
                         error);
        });
        dialog->open();
    });
    QMenu *templates = file->addMenu(tr("New From Te&mplate"));
    templates->setObjectName(QStringLiteral("templateMenu"));
    connect(templates, &QMenu::aboutToShow, this, [this, templates] {
        templates->clear();
        const store::Templates store(m_app->mail()->root());
        const QStringList names = store.names();
        if (names.isEmpty())
            templates->addAction(tr("(No templates yet)"))->setEnabled(false);
        for (const QString &name : names)
            connect(templates->addAction(name), &QAction::triggered, this, [this, name] {
                const std::optional<store::MailItem> item =
                    store::Templates(m_app->mail()->root()).load(name);
                if (!item)
                    return;
                clearMessage();
                setFields(*item);
                onEdited();
            });
    });
    file->addSeparator();
    file->addAction(closeAction);
    file->addAction(quitAction);

    // Edit actions go to whichever text field has the focus.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    const auto forward = [this, edit](const QString &text, QKeySequence::StandardKey key, const char *slot) {
        auto *a = edit->addAction(text);
        a->setShortcut(key);
        // The focused field handles the key itself; the menu entry is for finding it and for the mouse.
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, [slot] {
            if (QWidget *w = QApplication::focusWidget())
                QMetaObject::invokeMethod(w, slot);
        });
    };
    forward(tr("&Undo"), QKeySequence::Undo, "undo");
    forward(tr("&Redo"), QKeySequence::Redo, "redo");
    edit->addSeparator();
    forward(tr("Cu&t"), QKeySequence::Cut, "cut");
    forward(tr("&Copy"), QKeySequence::Copy, "copy");
    forward(tr("&Paste"), QKeySequence::Paste, "paste");
    forward(tr("Select &All"), QKeySequence::SelectAll, "selectAll");

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *logToggle = m_logDock->toggleViewAction();
    logToggle->setObjectName(QStringLiteral("logToggle"));
    logToggle->setText(tr("Protocol &Log"));
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    logToggle->setIcon(QIcon::fromTheme(QStringLiteral("utilities-terminal"),
                                        style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    view->addAction(logToggle);
    QAction *outboxToggle = frontDockAction(m_outboxDock);
    outboxToggle->setObjectName(QStringLiteral("outboxToggle"));
    outboxToggle->setText(tr("&Outbox and Drafts"));
    outboxToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    outboxToggle->setIcon(
        QIcon::fromTheme(QStringLiteral("mail-folder-outbox"), style()->standardIcon(QStyle::SP_DirIcon)));
    view->addAction(outboxToggle);
    QAction *sentToggle = frontDockAction(m_sentDock);
    sentToggle->setObjectName(QStringLiteral("sentToggle"));
    sentToggle->setText(tr("S&ent Messages"));
    sentToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    sentToggle->setIcon(
        QIcon::fromTheme(QStringLiteral("mail-folder-sent"), style()->standardIcon(QStyle::SP_DirIcon)));
    view->addAction(sentToggle);
    auto *searchLog = view->addAction(tr("&Search the Log"));
    searchLog->setObjectName(QStringLiteral("searchLogAction"));
    searchLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(searchLog, &QAction::triggered, this, [this] {
        m_logDock->show();
        if (auto *search = m_log->findChild<QLineEdit *>(QStringLiteral("logSearch")))
            search->setFocus();
    });
    auto *focusBody = view->addAction(tr("Go to the &Message Text"));
    focusBody->setObjectName(QStringLiteral("focusBodyAction"));
    // Alt and the letter the (translated) text underlines: the key shown is the key that works, in every
    // language, and it takes no letter another control of the window already has.
    focusBody->setShortcut(QKeySequence::mnemonic(focusBody->text()));
    connect(focusBody, &QAction::triggered, m_body, qOverload<>(&QWidget::setFocus));
    auto *focusAttachments = view->addAction(tr("Go to the Attachme&nts"));
    focusAttachments->setObjectName(QStringLiteral("focusAttachmentsAction"));
    focusAttachments->setShortcut(QKeySequence::mnemonic(focusAttachments->text()));
    connect(focusAttachments, &QAction::triggered, this, [this] {
        if (m_attachmentPane->isVisible())
            m_attachments->setFocus();
    });

    // Options of this message, as `stamp send --reply-to`, `--dsn-notify` and `--dsn-ret` have them.
    QMenu *options = menuBar()->addMenu(tr("O&ptions"));
    options->setObjectName(QStringLiteral("optionsMenu"));
    m_replyToAction = options->addAction(tr("&Reply-To Field"));
    m_replyToAction->setObjectName(QStringLiteral("replyToAction"));
    m_replyToAction->setCheckable(true);
    connect(m_replyToAction, &QAction::toggled, this, [this](bool on) {
        m_replyToLabel->setVisible(on);
        m_replyTo->setVisible(on);
        if (on && !m_loading)
            m_replyTo->edit()->setFocus();
    });
    // Per message (issue 13): RFC 2156 Importance and X-Priority, and an RFC 8098 read receipt.
    QMenu *priority = options->addMenu(tr("&Priority"));
    priority->setObjectName(QStringLiteral("priorityMenu"));
    m_priorityHigh = priority->addAction(tr("&High"));
    m_priorityHigh->setObjectName(QStringLiteral("priorityHighAction"));
    QAction *normal = priority->addAction(tr("&Normal"));
    normal->setObjectName(QStringLiteral("priorityNormalAction"));
    m_priorityLow = priority->addAction(tr("&Low"));
    m_priorityLow->setObjectName(QStringLiteral("priorityLowAction"));
    auto *priorities = new QActionGroup(this);
    for (QAction *a : {m_priorityHigh, normal, m_priorityLow}) {
        a->setCheckable(true);
        priorities->addAction(a);
    }
    normal->setChecked(true);
    m_readReceipt = options->addAction(tr("Ask for a Read Receip&t"));
    m_readReceipt->setObjectName(QStringLiteral("readReceiptAction"));
    m_readReceipt->setCheckable(true);
    m_readReceipt->setToolTip(tr("Ask the recipient's mail program to confirm that the message was opened "
                                 "(many do not, or ask the recipient first)"));
    QMenu *dsn = options->addMenu(tr("&Delivery Receipts"));
    dsn->setObjectName(QStringLiteral("dsnMenu"));
    dsn->setToolTip(tr("Ask the mail servers on the way to report back (only when the server offers DSN)"));
    const auto check = [dsn](const QString &name, const QString &text) {
        QAction *a = dsn->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        return a;
    };
    m_dsnSuccess = check(QStringLiteral("dsnSuccessAction"), tr("When &Delivered"));
    m_dsnFailure = check(QStringLiteral("dsnFailureAction"), tr("When Delivery &Fails"));
    m_dsnDelay = check(QStringLiteral("dsnDelayAction"), tr("When Delivery Is De&layed"));
    dsn->addSeparator();
    m_dsnRetFull = check(QStringLiteral("dsnRetFullAction"), tr("Report With the &Whole Message"));
    m_dsnRetHeaders = check(QStringLiteral("dsnRetHeadersAction"), tr("Report With the &Headers Only"));
    auto *ret = new QActionGroup(this);
    ret->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    ret->addAction(m_dsnRetFull);
    ret->addAction(m_dsnRetHeaders);
    // Undo send (issue 9): Send waits a few seconds, with Undo in the status bar; off by default. Kept in
    // UiSettings, so every window (and the next start) uses the same choice.
    QMenu *undoMenu = options->addMenu(tr("&Undo Send"));
    undoMenu->setObjectName(QStringLiteral("undoSendMenu"));
    undoMenu->setToolTip(
        tr("Wait a few seconds after Send, so Undo in the status bar can take the message back"));
    auto *undoDelays = new QActionGroup(this);
    for (const int seconds : {0, 5, 10, 20, 30}) {
        QAction *a = undoMenu->addAction(seconds == 0 ? tr("&Off: Send at Once")
                                                      : tr("Wait &%n Second(s)", "", seconds));
        a->setObjectName(seconds == 0 ? QStringLiteral("undoDelayOffAction")
                                      : QStringLiteral("undoDelay%1Action").arg(seconds));
        a->setData(seconds);
        a->setCheckable(true);
        undoDelays->addAction(a);
        connect(a, &QAction::triggered, this,
                [this, seconds] { m_app->settings()->setUndoSendDelaySeconds(seconds); });
    }
    const auto showUndoDelay = [this, undoDelays](int seconds) {
        m_undoDelayMs = qint64(seconds) * 1000;
        bool matched = false;
        for (QAction *a : undoDelays->actions()) {
            a->setChecked(a->data().toInt() == seconds);
            matched = matched || a->isChecked();
        }
        if (!matched)  // a value set in the file by hand: none of the menu's choices is checked
            for (QAction *a : undoDelays->actions())
                a->setChecked(false);
    };
    showUndoDelay(m_app->settings()->undoSendDelaySeconds());
    connect(m_app->settings(), &UiSettings::undoSendDelayChanged, this, showUndoDelay);
    options->addMenu(m_spelling->menu());  // Check Spelling, the language of this message

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_accountsAction);
    tools->addAction(tr("&Practice Server…"), this, [this] { PracticeDialog::showFor(this); })
        ->setObjectName(QStringLiteral("practiceAction"));
    // Tools > Check Domain, filled from the current account (issue 12).
    QAction *checkDomain = tools->addAction(tr("Check &Domain…"));
    checkDomain->setObjectName(QStringLiteral("checkDomainAction"));
    connect(checkDomain, &QAction::triggered, this, [this] {
        store::Account account;
        for (const store::Account &a : m_app->accounts()->accounts())
            if (a.name == m_from->currentData().toString())
                account = a;
        auto *dialog = new DomainCheckDialog(account.address.section(QLatin1Char('@'), -1), account.host,
                                             account.port, account.security, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    // Tools > Contacts: the address book (issue 13).
    QAction *contacts = tools->addAction(tr("C&ontacts…"));
    contacts->setObjectName(QStringLiteral("contactsAction"));
    connect(contacts, &QAction::triggered, this, [this] { ContactsDialog::showFor(m_app, this); });
    // Tools > Mail Merge: this message as the template, one message per row of a CSV file (issue 13).
    QAction *merge = tools->addAction(tr("&Mail Merge…"));
    merge->setObjectName(QStringLiteral("mailMergeAction"));
    connect(merge, &QAction::triggered, this, [this] { openMailMerge(); });
    // Tools > Console: SMTP by hand over the current account's session (issue 12).
    QAction *console = tools->addAction(tr("&Console…"));
    console->setObjectName(QStringLiteral("consoleAction"));
    connect(console, &QAction::triggered, this, [this] {
        if (const std::optional<store::Account> a = currentAccount())
            ConsoleDialog::openFor(m_app, *a, this);
        else
            QMessageBox::information(this, tr("Console"),
                                     tr("Choose an account in From first (Tools → Accounts)."));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    addHelpActions(this, help);  // the manual, shortcuts, exit codes and About: helpdialog.cpp

    auto *toolbar = addToolBar(tr("Message"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_sendAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    toolbar->addAction(m_attachAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    toolbar->addAction(logToggle);
    toolbar->addAction(outboxToggle);
    toolbar->addAction(sentToggle);
}

// ---- accounts and identity -------------------------------------------------------------------------------

void ComposerWindow::reloadAccounts()
{
    const QString current = m_from->currentData().toString();
    const QList<store::Account> accounts = m_app->accounts()->accounts();
    const QString preferred = current.isEmpty() ? m_app->accounts()->defaultAccountName() : current;
    const bool wasLoading = m_loading;
    m_loading = true;
    const QSignalBlocker block(m_from);
    m_from->clear();
    for (const store::Account &a : accounts) {
        m_from->addItem(QStringLiteral("%1  —  %2").arg(a.fromText(), a.name), a.name);
        m_from->setItemData(
            m_from->count() - 1,
            QStringLiteral("%1:%2 (%3)").arg(a.host).arg(a.port).arg(smtp::securityName(a.security)),
            Qt::ToolTipRole);
    }
    if (accounts.isEmpty())
        m_from->addItem(tr("No account yet — open Accounts… to add one"), QString());
    const int index = m_from->findData(preferred);
    m_from->setCurrentIndex(index >= 0 ? index : 0);
    m_loading = wasLoading;
    if (m_from->currentData().toString() != current)
        onAccountChanged();
    else if (const std::optional<store::Account> a = currentAccount())
        m_serverLabel->setText(tr("Server: %1:%2").arg(a->host).arg(a->port));
}

std::optional<store::Account> ComposerWindow::currentAccount() const
{
    const QString name = m_from->currentData().toString();
    if (name.isEmpty())
        return std::nullopt;
    return m_app->accounts()->find(name);
}

void ComposerWindow::selectAccount(const QString &name)
{
    const int index = m_from->findData(name);
    if (index >= 0)
        m_from->setCurrentIndex(index);
}

void ComposerWindow::onAccountChanged()
{
    const std::optional<store::Account> a = currentAccount();
    m_serverLabel->setText(a ? tr("Server: %1:%2").arg(a->host).arg(a->port) : QString());
    applySignature(a ? &*a : nullptr);
    m_previousAccount = a ? a->name : QString();
    m_spelling->setAccount(m_previousAccount);  // the language last chosen for this account
    updateAttachmentSummary();
}

QTextDocument *ComposerWindow::signatureDocument() const
{
    return m_rich->mode() == RichEditor::Mode::Formatted ? m_rich->formattedEditor()->document()
                                                         : m_body->document();
}

bool ComposerWindow::takeSignatureOut()
{
    if (m_signatureTheirs)
        return false;
    if (m_signatureBlock.isEmpty())
        return true;
    QTextDocument *doc = signatureDocument();
    const QString text = doc->toPlainText();
    // Only a signature the user left as it was; an edited one is theirs now.
    if (!text.endsWith(m_signatureBlock))
        return false;
    QTextCursor cursor(doc);
    cursor.setPosition(int(text.size() - m_signatureBlock.size()));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_signatureBlock.clear();
    m_signatureKey.clear();
    return true;
}

void ComposerWindow::putSignatureIn(const store::Account *account)
{
    const RichEditor::Mode mode = m_rich->mode();
    const QString key = signatureKey(account, mode);
    if (key.isEmpty())
        return;
    QTextDocument *doc = signatureDocument();
    const qsizetype before = doc->toPlainText().size();
    if (mode == RichEditor::Mode::Formatted) {
        appendFormattedSignature(doc, *account);
    } else {
        // Text that ends a line already (formatted text turned plain does) needs one line break less
        // for the blank line before the separator.
        QTextCursor cursor(doc);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(doc->toPlainText().endsWith(QLatin1Char('\n')) ? key.mid(1) : key);
    }
    m_signatureBlock = doc->toPlainText().mid(before);
    m_signatureKey = key;
}

void ComposerWindow::applySignature(const store::Account *account)
{
    if (signatureKey(account, m_rich->mode()) == m_signatureKey)
        return;
    const bool formatted = m_rich->mode() == RichEditor::Mode::Formatted;
    const int keep =
        formatted ? m_rich->formattedEditor()->textCursor().position() : m_body->textCursor().position();
    if (!takeSignatureOut())
        return;
    putSignatureIn(account);
    // The cursor stays where the user was typing, never inside the signature.
    const int end = int(signatureDocument()->toPlainText().size() - m_signatureBlock.size());
    if (formatted) {
        QTextCursor c = m_rich->formattedEditor()->textCursor();
        c.setPosition(std::min(keep, end));
        m_rich->formattedEditor()->setTextCursor(c);
    } else {
        QTextCursor c = m_body->textCursor();
        c.setPosition(std::min(keep, end));
        m_body->setTextCursor(c);
    }
}

void ComposerWindow::signatureBeforeModeChange(RichEditor::Mode from, RichEditor::Mode to)
{
    m_signatureMoves = false;
    // Plain text and Markdown both carry the plain signature; loading a message sets it up afterwards.
    if (m_loading || (from != RichEditor::Mode::Formatted && to != RichEditor::Mode::Formatted))
        return;
    m_signatureMoves = !m_signatureBlock.isEmpty() && takeSignatureOut();
    if (!m_signatureMoves && !m_signatureBlock.isEmpty())
        m_signatureTheirs = true;  // edited: the user's from now on, in whatever form the text takes
    m_signatureBlock.clear();
    m_signatureKey.clear();
}

void ComposerWindow::signatureAfterModeChange()
{
    if (!m_signatureMoves)
        return;
    m_signatureMoves = false;
    const std::optional<store::Account> a = currentAccount();
    putSignatureIn(a ? &*a : nullptr);
}

void ComposerWindow::recogniseSignature()
{
    const std::optional<store::Account> a = currentAccount();
    const QString text = signatureText(a ? &*a : nullptr, m_rich->mode());
    const bool there = !text.isEmpty() && signatureDocument()->toPlainText().endsWith(text);
    m_signatureTheirs = false;
    m_signatureBlock = there ? text : QString();
    m_signatureKey = there ? signatureKey(&*a, m_rich->mode()) : QString();
}

// ---- content ---------------------------------------------------------------------------------------------

bool ComposerWindow::hasContent() const
{
    if (!m_to->text().trimmed().isEmpty() || !m_cc->text().trimmed().isEmpty()
        || !m_bcc->text().trimmed().isEmpty() || !m_subject->text().trimmed().isEmpty()
        || m_attachments->topLevelItemCount() > 0)
        return true;
    QString body = signatureDocument()->toPlainText();
    if (!m_signatureBlock.isEmpty() && body.endsWith(m_signatureBlock))
        body.chop(m_signatureBlock.size());
    return !body.trimmed().isEmpty();
}

MergeDialog *ComposerWindow::openMailMerge()
{
    // One merge dialog per window: a merge still running is shown again rather than a second one started.
    // A closed one is on its way out (deleted on close): a new one is made.
    MergeDialog *d = nullptr;
    for (MergeDialog *m :
         findChildren<MergeDialog *>(QStringLiteral("mergeDialog"), Qt::FindDirectChildrenOnly))
        if (m->isVisible())
            d = m;
    if (!d) {
        d = new MergeDialog(
            m_app, [this] { return currentItem(); }, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        // The merge's SMTP conversation in the log pane, as for any send.
        connect(d, &MergeDialog::transcript, m_log, &LogPane::append);
        connect(d, &MergeDialog::tlsReport, m_log, &LogPane::appendTlsReport);
        connect(d, &MergeDialog::rowTimings, m_log, &LogPane::appendTimings);
    }
    d->show();
    d->raise();
    d->activateWindow();
    return d;
}

store::MailItem ComposerWindow::currentItem() const
{
    store::MailItem item;
    const std::optional<store::Account> a = currentAccount();
    item.account = a ? a->name : QString();
    item.from = a ? a->fromText() : QString();
    item.to = m_to->text().trimmed();
    item.cc = m_cc->text().trimmed();
    item.bcc = m_bcc->text().trimmed();
    item.replyTo = m_replyTo->text().trimmed();
    const smtp::DsnOptions dsn = dsnOptions();
    item.dsnNotify = dsn.notify;
    item.dsnRet = dsn.ret;
    item.subject = m_subject->text();
    item.body = m_body->toPlainText();
    QString why;
    const smtp::Mailbox from = smtp::parseMailbox(item.from, &why);
    m_rich->fill(&item, from.isNull() ? QByteArray() : smtp::domainToAce(from.domain));
    item.priority = m_priorityHigh->isChecked()  ? smtp::Priority::High
                    : m_priorityLow->isChecked() ? smtp::Priority::Low
                                                 : smtp::Priority::Normal;
    item.readReceipt = m_readReceipt->isChecked();
    item.attachments = m_attachments->paths();
    return item;
}

qint64 ComposerWindow::estimatedSize() const
{
    // The message as it will go out, measured by the builder that sends it (attachments are measured, not
    // read; without 8BITMIME, the larger case). A guess used to be shown, three times the real size of a
    // short message.
    smtp::Message message;
    QString error;
    if (currentItem().toMessage(&message, &error)) {
        smtp::MimeMessageSource source(message);
        if (source.prepare(smtp::EncodingOptions{}).isEmpty())
            return source.size();
    }
    // Until it can be built (no sender yet, a file gone): headers and MIME structure, the body
    // (quoted-printable grows text a little), and base64 attachments (4 bytes for every 3, plus a CRLF every
    // 76 characters).
    qint64 size = 700 + qint64(m_body->toPlainText().toUtf8().size()) * 11 / 10;
    const qint64 files = m_attachments->totalSize();
    size += (files + 2) / 3 * 4 * 78 / 76 + 400 * m_attachments->topLevelItemCount();
    return size;
}

void ComposerWindow::setFields(const store::MailItem &item)
{
    m_loading = true;
    if (!item.account.isEmpty())
        selectAccount(item.account);
    m_to->setText(item.to);
    m_cc->setText(item.cc);
    m_bcc->setText(item.bcc);
    m_replyTo->setText(item.replyTo);
    if (!item.replyTo.trimmed().isEmpty())
        m_replyToAction->setChecked(true);
    m_subject->setText(item.subject);
    m_body->setPlainText(item.body);
    m_rich->load(item);
    (item.priority == smtp::Priority::High  ? m_priorityHigh
     : item.priority == smtp::Priority::Low ? m_priorityLow
                                            : findChild<QAction *>(QStringLiteral("priorityNormalAction")))
        ->setChecked(true);
    m_readReceipt->setChecked(item.readReceipt);
    // Other content in the editor: a result shown for what was there before is not about it.
    m_result->hide();
    m_resultIsAboutEditor = false;
    recogniseSignature();
    m_attachments->setFiles(item.attachments);
    m_loading = false;
    m_body->moveCursor(QTextCursor::Start);
    m_body->document()->clearUndoRedoStacks();
    updateAttachmentSummary();
    updateTitle();
}

void ComposerWindow::clearMessage()
{
    m_loading = true;
    m_to->setText(QString());
    m_cc->setText(QString());
    m_bcc->setText(QString());
    m_replyTo->setText(QString());
    m_subject->clear();
    m_body->clear();
    m_rich->formattedEditor()->clear();
    m_rich->setMode(RichEditor::Mode::Plain);
    findChild<QAction *>(QStringLiteral("priorityNormalAction"))->setChecked(true);
    m_readReceipt->setChecked(false);
    m_signatureBlock.clear();
    m_signatureKey.clear();
    m_signatureTheirs = false;
    m_attachments->clearFiles();
    const std::optional<store::Account> a = currentAccount();
    // New messages are written as the account prefers (plain unless the user chose otherwise), with the
    // signature in that form.
    m_rich->setMode(RichEditor::modeFromKey(a ? a->textFormat : QString()));
    applySignature(a ? &*a : nullptr);
    m_body->moveCursor(QTextCursor::Start);
    m_body->document()->clearUndoRedoStacks();
    m_loading = false;
    m_draftId.clear();
    m_outboxId.clear();
    m_dirty = false;
    m_contentInOutbox = false;
    m_autosave.stop();
    updateAttachmentSummary();
    updateTitle();
}

void ComposerWindow::applyMailto(const MailtoFields &fields)
{
    m_result->hide();
    m_to->setText(fields.to.join(QStringLiteral(", ")));
    m_cc->setText(fields.cc.join(QStringLiteral(", ")));
    m_bcc->setText(fields.bcc.join(QStringLiteral(", ")));
    m_subject->setText(fields.subject);
    if (!fields.body.isEmpty()) {
        QTextCursor c(m_body->document());
        c.movePosition(QTextCursor::Start);
        c.insertText(fields.body);
    }
    m_body->moveCursor(QTextCursor::Start);
    if (fields.to.isEmpty())
        m_to->setFocus();
    else if (m_subject->text().isEmpty())
        m_subject->setFocus();
    else
        m_body->setFocus();
    onEdited();
}

bool ComposerWindow::loadDraft(const QString &id)
{
    const std::optional<store::MailItem> item = m_app->mail()->loadDraft(id);
    if (!item)
        return false;
    clearMessage();
    setFields(*item);
    m_draftId = id;
    m_dirty = false;
    statusBar()->showMessage(tr("Draft restored (saved %1).")
                                 .arg(QLocale().toString(item->updated.toLocalTime(), QLocale::ShortFormat)),
                             8000);
    return true;
}

bool ComposerWindow::loadOutboxItem(const QString &id)
{
    const std::optional<store::MailItem> item = m_app->mail()->loadOutbox(id);
    if (!item)
        return false;
    clearMessage();
    setFields(*item);
    m_outboxId = id;
    m_contentInOutbox = true;
    m_dirty = false;
    if (item->status == store::MailItem::Status::Failed) {
        smtp::Outcome o;
        o.category = item->failureCategory.value_or(Category::LocalError);
        o.summary = item->failureReason;
        o.advice = item->failureAdvice;
        o.reply = replyFromSummary(item->failureReply);
        m_result->showOutcome(o, item->subject);
        m_resultIsAboutEditor = true;
        if (!item->failureReply.isEmpty())
            statusBar()->showMessage(tr("Last attempt: the server said %1").arg(item->failureReply), 10000);
    }
    return true;
}

bool ComposerWindow::restoreLatestDraft()
{
    const QList<store::MailItem> drafts = m_app->mail()->drafts();
    for (const store::MailItem &d : drafts) {
        if (windowShowing(d.id))
            continue;
        return loadDraft(d.id);
    }
    return false;
}

ComposerWindow *ComposerWindow::windowShowing(const QString &id)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        auto *c = qobject_cast<ComposerWindow *>(w);
        if (c && c->isVisible() && (c->m_draftId == id || c->m_outboxId == id))
            return c;
    }
    return nullptr;
}

void ComposerWindow::openItem(Folder folder, const QString &id)
{
    if (ComposerWindow *w = windowShowing(id)) {
        w->show();
        w->raise();
        w->activateWindow();
        return;
    }
    if (folder == Folder::Outbox) {
        const std::optional<store::MailItem> item = m_app->mail()->loadOutbox(id);
        if (item && item->status == store::MailItem::Status::Sending) {
            tellUser(this, QStringLiteral("itemBeingSent"), QMessageBox::Information, tr("Being sent"),
                     tr("This message is being sent right now; wait for the result."));
            return;
        }
    }
    ComposerWindow *target = (hasContent() || m_sending) ? newWindow() : this;
    const bool ok = folder == Folder::Drafts ? target->loadDraft(id) : target->loadOutboxItem(id);
    if (!ok)
        tellUser(this, QStringLiteral("itemGone"), QMessageBox::Information, tr("Message not found"),
                 tr("This message is no longer there: it may have been sent or deleted meanwhile."));
}

bool ComposerWindow::loadSentAsNew(const QString &id)
{
    std::optional<store::MailItem> item = m_app->mail()->loadSent(id);
    if (!item)
        return false;
    clearMessage();
    // A new message: none of the sent one's identity (id, Message-ID, dates, replies) comes along.
    store::MailItem fresh;
    fresh.account = m_app->accounts()->contains(item->account) ? item->account : QString();
    fresh.to = item->to;
    fresh.cc = item->cc;
    fresh.bcc = item->bcc;
    fresh.replyTo = item->replyTo;
    fresh.subject = item->subject;
    fresh.body = item->body;
    fresh.attachments = item->attachments;
    setFields(fresh);
    m_dirty = false;
    onEdited();  // a draft of its own from now on
    const QStringList missing = m_attachments->missingFiles();
    if (!missing.isEmpty())
        statusBar()->showMessage(
            tr("Some attached files are no longer there; they are marked in the list: %1")
                .arg(missing.join(QStringLiteral(", "))),
            10000);
    return true;
}

ComposerWindow *ComposerWindow::editSentAsNew(const QString &id)
{
    ComposerWindow *target = (hasContent() || m_sending) ? newWindow() : this;
    if (!target->loadSentAsNew(id)) {
        tellUser(this, QStringLiteral("itemGone"), QMessageBox::Information, tr("Message not found"),
                 tr("This message is no longer in the Sent folder."));
        return nullptr;
    }
    target->show();
    target->raise();
    target->activateWindow();
    return target;
}

AdviceContext ComposerWindow::adviceContext() const
{
    const std::optional<store::Account> a = currentAccount();
    return a ? adviceContextFor(m_app, *a) : AdviceContext();
}

void ComposerWindow::onAdviceAction(AdviceAction action)
{
    std::optional<store::Account> account = currentAccount();
    if (!account || m_sending)
        return;
    const QString id = m_outboxId;
    const auto sendAgain = [this, id](const store::Account &a) {
        // The same outbox item, tried again now (the controller does the requeue and the attempt).
        QString error;
        if (!id.isEmpty() && sendController(m_app)->sendNow(id, &error)) {
            m_outboxId = id;
            setSending(true, tr("Connecting to %1…").arg(a.host));
            m_result->showRunning(m_sendingSubject);
            return;
        }
        tellUser(this, QStringLiteral("requeueFailed"), QMessageBox::Warning, tr("Not sent"),
                 error.isEmpty() ? tr("This message is no longer in the outbox.") : error);
    };
    switch (action) {
    case AdviceAction::UseStartTls: {
        // The server offered STARTTLS on this very port (RFC 3207): keep the port, change the security.
        account->security = smtp::Security::StartTls;
        account->allowPlaintextAuth = false;
        QString error;
        if (!m_app->accounts()->save(*account, &error)) {
            tellUser(this, QStringLiteral("accountNotSaved"), QMessageBox::Warning, tr("Not saved"), error);
            return;
        }
        sendAgain(*account);
        return;
    }
    case AdviceAction::EnterPassword: {
        m_app->forgetSessionPassword(account->name);
        auto *prompt = new PasswordPrompt(
            *account, tr("The server did not accept the password. Enter it again to send the message."),
            this);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        prompt->setWindowModality(Qt::WindowModal);
        connect(prompt, &QDialog::accepted, this, [this, prompt, a = *account, sendAgain] {
            // For this run only; Accounts keeps it in the keychain.
            m_app->setSessionPassword(a.name, prompt->password());
            sendAgain(a);
        });
        prompt->open();
        return;
    }
    case AdviceAction::OpenAccount:
        openAccounts()->selectAccount(account->name);
        return;
    case AdviceAction::SignIn:
        openAccounts()->showSignIn(account->name, m_result->adviceProvider());
        return;
    }
}

smtp::DsnOptions ComposerWindow::dsnOptions() const
{
    // RFC 3461 §4.1: NOTIFY is NEVER or a list of SUCCESS, FAILURE, DELAY; §4.3: RET is FULL or HDRS.
    smtp::DsnOptions dsn;
    QList<QByteArray> notify;
    if (m_dsnSuccess->isChecked())
        notify << "SUCCESS";
    if (m_dsnFailure->isChecked())
        notify << "FAILURE";
    if (m_dsnDelay->isChecked())
        notify << "DELAY";
    dsn.notify = notify.join(',');
    if (m_dsnRetFull->isChecked())
        dsn.ret = "FULL";
    else if (m_dsnRetHeaders->isChecked())
        dsn.ret = "HDRS";
    return dsn;
}

void ComposerWindow::setDsnOptions(const smtp::DsnOptions &dsn)
{
    const QList<QByteArray> notify = dsn.notify.toUpper().split(',');
    m_dsnSuccess->setChecked(notify.contains("SUCCESS"));
    m_dsnFailure->setChecked(notify.contains("FAILURE"));
    m_dsnDelay->setChecked(notify.contains("DELAY"));
    m_dsnRetFull->setChecked(dsn.ret.toUpper() == "FULL");
    m_dsnRetHeaders->setChecked(dsn.ret.toUpper() == "HDRS");
}

ComposerWindow *ComposerWindow::newWindow()
{
    auto *w = new ComposerWindow(m_app);
    w->setAttribute(Qt::WA_DeleteOnClose);
    if (const std::optional<store::Account> a = currentAccount())
        w->selectAccount(a->name);
    w->m_dirty = false;
    w->show();
    return w;
}

void ComposerWindow::onEdited()
{
    if (m_loading || SpellHighlighter::rechecking())  // underlines redrawn: no letter changed
        return;
    // The first keystroke of the next message closes the result of the last one.
    if (!m_resultIsAboutEditor && !m_sending && m_result->isVisible())
        m_result->hide();
    m_contentInOutbox = false;
    if (!m_dirty) {
        m_dirty = true;
        m_dirtySince.start();
    }
    updateTitle();
    // Debounced, but never put off for longer than AutosaveMaxDelayMs while the user keeps typing.
    const qint64 waited = m_dirtySince.elapsed();
    m_autosave.start(int(std::clamp<qint64>(AutosaveMaxDelayMs - waited, 0, AutosaveDelayMs)));
}

void ComposerWindow::autosave()
{
    if (m_sending || !m_dirty || (m_staging && m_staging->isStaging()))  // stagingDone() comes back here
        return;
    saveDraftNow();
}

bool ComposerWindow::saveDraftNow()
{
    m_autosave.stop();
    if (m_sending)
        return false;
    if (!hasContent()) {
        // Everything was deleted: so is the draft.
        if (!m_draftId.isEmpty())
            m_app->mail()->removeDraft(m_draftId);
        m_draftId.clear();
        m_dirty = false;
        updateTitle();
        return true;
    }
    store::MailItem item = currentItem();
    item.id = m_draftId;
    QString error;
    const QString id = m_app->mail()->saveDraft(item, &error);
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("The draft could not be saved: %1").arg(error));
        return false;
    }
    m_draftId = id;
    m_dirty = false;
    statusBar()->showMessage(
        tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), 5000);
    updateTitle();
    Q_EMIT draftSaved(id);
    return true;
}

// ---- attachments -----------------------------------------------------------------------------------------

void ComposerWindow::attachFiles(const QStringList &paths)
{
    if (m_sending)
        return;
    m_attachments->addFiles(paths);
}

void ComposerWindow::chooseAttachments()
{
    if (m_sending)
        return;
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setObjectName(QStringLiteral("attachDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &ComposerWindow::attachFiles);
    dialog->open();
}

void ComposerWindow::updateAttachmentSummary()
{
    const int n = m_attachments->topLevelItemCount();
    m_attachmentPane->setVisible(n > 0);
    if (n == 0) {
        m_attachmentSummary->clear();
        return;
    }
    const QString total = formatSize(m_attachments->totalSize());
    const qint64 size = estimatedSize();  // builds the message: once
    const QString onWire = formatSize(size);
    QString text = n == 1
                       ? tr("1 attachment, %1 — about %2 when sent").arg(total, onWire)
                       : tr("%1 attachments, %2 — about %3 when sent").arg(QString::number(n), total, onWire);
    const std::optional<store::Account> a = currentAccount();
    const qint64 max = a ? m_app->settings()->serverMaxSize(a->name) : 0;
    if (max > 0 && size > max)
        text += QLatin1String("  ") + tr("⚠ larger than the %1 the server accepts").arg(formatSize(max));
    m_attachmentSummary->setText(text);
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subject->text().trimmed();
    QString title = subject.isEmpty() ? tr("New message") : subject;
    if (m_sending)
        title = tr("Sending: %1").arg(title);
    setWindowTitle(QStringLiteral("%1%2 — Stamp").arg(title, m_dirty ? QStringLiteral(" *") : QString()));
}

void ComposerWindow::updateActions()
{
    m_sendAction->setEnabled(!m_sending);
    m_attachAction->setEnabled(!m_sending);
    m_saveAction->setEnabled(!m_sending);
    m_cancelAction->setEnabled(m_sending);
    m_cancelAction->setVisible(m_sending);
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_sending && !AttachmentList::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ComposerWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_sending && !AttachmentList::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = AttachmentList::localFiles(event->mimeData());
    if (m_sending || files.isEmpty())
        return;
    attachFiles(files);
    event->acceptProposedAction();
}

bool ComposerWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped on a one-line field are attachments, not text to type into it.
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *e = static_cast<QDragMoveEvent *>(event);
        if (!AttachmentList::localFiles(e->mimeData()).isEmpty()) {
            e->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *e = static_cast<QDropEvent *>(event);
        const QStringList files = AttachmentList::localFiles(e->mimeData());
        if (!files.isEmpty()) {
            attachFiles(files);
            e->acceptProposedAction();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool ComposerWindow::event(QEvent *event)
{
    // Accounts may have been changed by `stamp account` in a terminal meanwhile.
    if (event->type() == QEvent::WindowActivate && !m_sending)
        reloadAccounts();
    return QMainWindow::event(event);
}

// ---- sending ---------------------------------------------------------------------------------------------

void ComposerWindow::send()
{
    m_dueAt = QDateTime();
    validateAndSend();
}

void ComposerWindow::sendLater(const QDateTime &when)
{
    m_dueAt = when;
    validateAndSend();
}

void ComposerWindow::chooseSendLater()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("sendLaterDialog"));
    dialog->setWindowTitle(tr("Send later"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *when = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), dialog);
    when->setObjectName(QStringLiteral("sendLaterTime"));
    when->setAccessibleName(tr("Send at"));
    when->setCalendarPopup(true);
    when->setMinimumDateTime(QDateTime::currentDateTime());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Send this message at:"), dialog));
    layout->addWidget(when);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, when] { sendLater(when->dateTime()); });
    dialog->open();
}

void ComposerWindow::undoScheduled()
{
    const QString id = m_scheduledId;
    m_scheduledId.clear();
    m_undoButton->hide();
    const std::optional<store::MailItem> item = sendController(m_app)->undo(id);
    if (!item) {
        statusBar()->showMessage(tr("Too late to take it back: the message is being sent or was sent."),
                                 8000);
        return;
    }
    if (m_sending && id == m_outboxId) {
        // Undo send: the message is still in this window's fields; it becomes a draft again.
        setSending(false);
        m_outboxId.clear();
        m_contentInOutbox = false;
        onEdited();
        if (m_closeWhenDone) {  // "stop and close" during the delay: kept as a draft
            saveDraftNow();
            forceClose();
            return;
        }
        statusBar()->showMessage(tr("Taken back from the outbox: nothing was sent."), 8000);
        return;
    }
    ComposerWindow *target = hasContent() ? newWindow() : this;
    target->setFields(*item);
    target->onEdited();  // a draft again, saved as such
    target->statusBar()->showMessage(tr("Taken back from the outbox: nothing was sent."), 8000);
}

void ComposerWindow::validateAndSend()
{
    if (m_sending)
        return;
    const std::optional<store::Account> account = currentAccount();
    if (!account) {
        tellUser(this, QStringLiteral("noAccount"), QMessageBox::Information, tr("No account"),
                 tr("Stamp needs an account to send from: add one with the server's details."));
        openAccounts();
        return;
    }
    // Addresses: the same parser as the envelope, so nothing accepted here fails later.
    int recipients = 0;
    for (RecipientField *f : {m_to, m_cc, m_bcc}) {
        f->edit()->expandTypedGroups();  // a group's name typed just before Send
        QString error;
        recipients += int(f->mailboxes(&error).size());
        if (!error.isEmpty()) {
            f->validateNow();
            f->edit()->setFocus();
            tellUser(this, QStringLiteral("badAddress"), QMessageBox::Warning, tr("Address not valid"),
                     tr("Nothing was sent. %1").arg(error));
            return;
        }
    }
    // Reply-To is checked with the same parser, but it is no recipient.
    if (QString error; (m_replyTo->mailboxes(&error), !error.isEmpty())) {
        m_replyToAction->setChecked(true);
        m_replyTo->validateNow();
        m_replyTo->edit()->setFocus();
        tellUser(this, QStringLiteral("badAddress"), QMessageBox::Warning, tr("Address not valid"),
                 tr("Nothing was sent. %1").arg(error));
        return;
    }
    if (recipients == 0) {
        m_to->edit()->setFocus();
        tellUser(this, QStringLiteral("noRecipients"), QMessageBox::Warning, tr("No recipient"),
                 tr("Nothing was sent: add at least one recipient in To, Cc or Bcc."));
        return;
    }
    const QStringList missing = m_attachments->missingFiles();
    if (!missing.isEmpty()) {
        m_attachments->setFiles(m_attachments->paths());  // mark them as missing in the list
        tellUser(this, QStringLiteral("missingAttachment"), QMessageBox::Warning, tr("Attachment missing"),
                 tr("Nothing was sent: these attached files are no longer there (or cannot be read):\n%1\n\n"
                    "Remove them from the list, or attach them again.")
                     .arg(missing.join(QLatin1Char('\n'))));
        return;
    }
    // Said to be attached, but nothing is: ask before it goes (the plain text also stands for formatted
    // text and Markdown, see RichEditor).
    if (m_attachments->paths().isEmpty() && mentionsAttachment(m_body->toPlainText())) {
        // Three answers: attach now, send as it is, or go back to the text (Cancel and Escape: nothing
        // opens).
        QMessageBox *box =
            askUser(this, QStringLiteral("attachmentWarning"), QMessageBox::Question, tr("Nothing attached"),
                    tr("The message mentions an attachment, but nothing is attached."),
                    QMessageBox::Open | QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Open,
                    [this, account](QMessageBox::StandardButton b) {
                        if (b == QMessageBox::Yes)
                            askSubjectThenSend(*account);
                        else if (b == QMessageBox::Open)
                            chooseAttachments();
                        else
                            m_body->setFocus();
                    });
        box->button(QMessageBox::Open)->setText(tr("&Attach Files…"));
        box->button(QMessageBox::Yes)->setText(tr("&Send Without"));
        box->setInformativeText(tr("Attach the files now, or send the message without them."));
        return;
    }
    askSubjectThenSend(*account);
}

void ComposerWindow::askSubjectThenSend(const store::Account &account)
{
    if (m_subject->text().trimmed().isEmpty()) {
        askUser(this, QStringLiteral("noSubject"), QMessageBox::Question, tr("No subject"),
                tr("This message has no subject. Send it anyway?"), QMessageBox::Yes | QMessageBox::Cancel,
                QMessageBox::Cancel, [this, account](QMessageBox::StandardButton b) {
                    if (b == QMessageBox::Yes)
                        checkThenSend(account);
                    else
                        m_subject->setFocus();
                });
        return;
    }
    checkThenSend(account);
}

void ComposerWindow::checkThenSend(const store::Account &account)
{
    // RFC 1870: a server that announced SIZE will refuse anything larger; say so before trying.
    const qint64 max = m_app->settings()->serverMaxSize(account.name);
    const qint64 size = estimatedSize();
    if (max > 0 && size > max) {
        askUser(this, QStringLiteral("sizeWarning"), QMessageBox::Warning, tr("Message too large"),
                tr("This message will be about %1, but %2 said it accepts at most %3. It will most likely be "
                   "refused. Send it anyway?")
                    .arg(formatSize(size), account.host, formatSize(max)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                [this, account](QMessageBox::StandardButton b) {
                    if (b == QMessageBox::Yes)
                        enqueueAndSend(account);
                });
        return;
    }
    enqueueAndSend(account);
}

void ComposerWindow::enqueueAndSend(const store::Account &account)
{
    if (m_sending)
        return;
    // The outbox first: from here on the message survives a crash, whatever happens to the connection.
    // Building it streams every attachment into the outbox copy; that runs on a worker thread (a 250 MB
    // file takes seconds), with the editor locked and the bar busy meanwhile.
    const store::MailItem item = currentItem();
    const QDateTime dueAt = std::exchange(m_dueAt, QDateTime());
    // Undo send: the same queue, due a few seconds from now; Undo takes it back until the attempt starts.
    const bool undoable = !dueAt.isValid() && m_undoDelayMs > 0;
    m_enqueuing = true;
    m_cancelWhenEnqueued = false;
    m_autosave.stop();
    m_sendingSubject = item.subject;
    setSending(true, tr("Putting the message in the outbox…"));
    m_progress->setRange(0, 0);  // busy: how long depends on the disk, not on the server
    sendController(m_app)->submitInBackground(
        item, dueAt, undoable ? m_undoDelayMs : 0, this,
        [this, item, dueAt, undoable, host = account.host](const QString &id, const QString &error) {
            m_enqueuing = false;
            m_progress->setRange(0, 1000);
            if (id.isEmpty()) {
                setSending(false);
                tellUser(
                    this, QStringLiteral("enqueueFailed"), QMessageBox::Critical, tr("Not sent"),
                    tr("Nothing was sent: the message could not be written to the outbox. %1").arg(error));
                return;
            }
            onEnqueued(id, item, dueAt, undoable, host);
        });
}

void ComposerWindow::onEnqueued(const QString &id, const store::MailItem &item, const QDateTime &dueAt,
                                bool undoable, const QString &host)
{
    // The edited copy replaces the one that failed before, and the draft is not needed any more.
    if (!m_outboxId.isEmpty() && m_outboxId != id)
        m_app->mail()->removeFromOutbox(m_outboxId);
    if (!m_draftId.isEmpty())
        m_app->mail()->removeDraft(m_draftId);
    m_draftId.clear();
    m_outboxId = id;
    m_dirty = false;
    m_contentInOutbox = true;
    m_autosave.stop();
    m_sentRecipients.clear();
    for (const QString &field : {item.to, item.cc, item.bcc}) {
        QString ignored;
        m_sentRecipients += smtp::parseMailboxList(field, &ignored);
    }
    if (m_cancelWhenEnqueued) {
        // Stop (or close) pressed while the message was being written: taken back before any attempt.
        m_scheduledId = id;
        undoScheduled();
        return;
    }
    if (dueAt.isValid() && dueAt > QDateTime::currentDateTime()) {
        // Send later: safe in the outbox until its time; the window is free for the next message.
        setSending(false);
        clearMessage();
        m_scheduledId = id;
        m_undoButton->show();
        statusBar()->showMessage(
            tr("In the outbox, to be sent at %1.").arg(QLocale().toString(dueAt, QLocale::ShortFormat)));
        return;
    }
    if (undoable) {
        m_scheduledId = id;
        m_undoButton->show();
        setSending(true,
                   tr("Sending in %n second(s): Undo takes it back.", "", int((m_undoDelayMs + 999) / 1000)));
        m_result->showRunning(m_sendingSubject);
        return;
    }
    // The attempt starts right after this (SendController), with its own status lines.
    setSending(true, tr("Connecting to %1…").arg(host));
    m_result->showRunning(m_sendingSubject);
}

void ComposerWindow::connectController()
{
    store::SendController *controller = sendController(m_app);
    // Only this window's message: the controller also sends retries and other windows' messages.
    connect(controller, &store::SendController::statusText, this,
            [this](const QString &id, const QString &text) {
                if (m_sending && id == m_outboxId)
                    m_sendingLabel->setText(text);
            });
    connect(controller, &store::SendController::transcript, this,
            [this](const QString &id, const smtp::TranscriptEvent &e) {
                if (id == m_outboxId)
                    m_log->append(e);
            });
    connect(controller, &store::SendController::tlsReport, this,
            [this](const QString &id, const smtp::TlsReport &r) {
                if (id == m_outboxId)
                    m_log->appendTlsReport(r);
            });
    connect(controller, &store::SendController::progress, this,
            [this](const QString &id, qint64 sent, qint64 total) {
                if (!m_sending || id != m_outboxId || total <= 0)
                    return;
                m_progress->setValue(int(std::min<qint64>(1000, sent * 1000 / total)));
                m_progress->setFormat(QStringLiteral("%1 / %2").arg(formatSize(sent), formatSize(total)));
            });
    connect(controller, &store::SendController::capabilitiesKnown, this,
            [this](const QString &, const QString &account, const smtp::Capabilities &caps) {
                m_app->settings()->setServerMaxSize(account, caps.maxSize());
                // Whether the plain connection offered STARTTLS, for the advice (RFC 3207 §4.2: the list
                // after the handshake no longer has it, so only a list with it, or a plain session, counts).
                if (caps.has("STARTTLS"))
                    m_app->settings()->setServerOffersStartTls(account, true);
            });
    connect(controller, &store::SendController::started, this, [this](const QString &id) {
        if (id == m_scheduledId) {  // its time came: no more Undo
            m_scheduledId.clear();
            m_undoButton->hide();
        }
    });
    connect(controller, &store::SendController::finished, this,
            [this](const QString &id, const smtp::Outcome &outcome, bool busy) {
                if (id == m_outboxId)
                    m_log->appendTimings(outcome.timings);
                if (m_sending && id == m_outboxId)
                    onSendFinished(outcome);
                else if (!m_sending && id == m_outboxId && !busy)
                    onOutboxSentIt(outcome);
            });
}

void ComposerWindow::updateOutboxCount()
{
    const int waiting = sendController(m_app)->queue()->waitingCount();
    m_outboxCount->setVisible(waiting > 0);
    m_outboxCount->setText(tr("Outbox: %n waiting", "", waiting));
    m_outboxCount->setAccessibleName(tr("%n message(s) waiting in the outbox: show them", "", waiting));
}

int ComposerWindow::pendingInOutbox() const
{
    int n = 0;
    const QList<store::MailItem> items = m_app->mail()->outbox();
    for (const store::MailItem &m : items)
        if (store::OutboxQueue::isPending(m) || sendController(m_app)->isBusy(m.id))
            ++n;
    return n;
}

void ComposerWindow::cancelSend()
{
    if (m_sending && m_enqueuing) {
        m_cancelWhenEnqueued = true;  // taken back as soon as it is written (onEnqueued)
        m_sendingLabel->setText(tr("Stopping…"));
        return;
    }
    if (!m_sending || m_outboxId.isEmpty())
        return;
    if (m_outboxId == m_scheduledId && !sendController(m_app)->isBusy(m_outboxId))
        undoScheduled();  // still in its undo delay: nothing has gone out
    else
        sendController(m_app)->cancel(m_outboxId);
}

void ComposerWindow::setSending(bool sending, const QString &status)
{
    m_sending = sending;
    m_editor->setEnabled(!sending);
    m_sendingBar->setVisible(sending);
    if (sending) {
        m_sendingLabel->setText(status);
        if (status.isEmpty() || !sendController(m_app)->submission(m_outboxId)) {
            m_progress->setValue(0);
            m_progress->setFormat(QString());
        }
    }
    updateActions();
    updateTitle();
}

void ComposerWindow::onSendFinished(const smtp::Outcome &outcome)
{
    m_log->model()->flush();
    setSending(false);
    m_result->showOutcome(outcome, m_sendingSubject);
    const std::optional<store::Account> account = currentAccount();
    if (outcome.delivered()) {
        // Who the server took joins the address book (with the name typed), for completion next time.
        QList<smtp::Mailbox> accepted;
        for (const smtp::RecipientResult &r : outcome.recipients) {
            if (!r.accepted)
                continue;
            for (const smtp::Mailbox &m : std::as_const(m_sentRecipients))
                if (m.address().compare(r.address, Qt::CaseInsensitive) == 0 && !accepted.contains(m))
                    accepted << m;
        }
        QString contactsError;
        if (!m_app->contacts()->rememberRecipients(accepted.isEmpty() ? m_sentRecipients : accepted,
                                                   &contactsError))
            statusBar()->showMessage(contactsError, 8000);
        clearMessage();
        statusBar()->showMessage(tr("Sent. A copy is in the Sent folder."), 8000);
        m_to->setFocus();
    } else {
        // The status bar says what the result panel's headline says: "perhaps sent" is no "not sent", and a
        // message the outbox will try again by itself is not one to edit and send again.
        const std::optional<store::MailItem> queued = m_app->mail()->loadOutbox(m_outboxId);
        const bool retried = queued && store::OutboxQueue::isPending(*queued);
        const QString nextTry = retried ? store::OutboxQueue::nextTryText(*queued) : QString();
        QString status;
        if (outcome.category == Category::MayHaveBeenDelivered)
            status =
                tr("Perhaps sent: the server did not confirm. The message stays in the outbox; check with a "
                   "recipient before sending it again.");
        else if (!nextTry.isEmpty())
            status = tr("Not sent yet: the outbox tries again by itself (%1); nothing to do meanwhile.")
                         .arg(nextTry);
        else if (retried)
            status = tr("Not sent yet: the outbox tries again by itself; nothing to do meanwhile.");
        else
            status = tr("Not sent: the message stays in the outbox. Edit it and send again when ready.");
        statusBar()->showMessage(status, 10000);
        m_outbox->showItem(m_outboxId);
    }
    Q_EMIT sendFinished(outcome);
    if (m_closeWhenDone) {
        forceClose();
        return;
    }
    if (outcome.category == Category::TlsFailed && !outcome.sslErrors.isEmpty()
        && !outcome.certificateChain.isEmpty() && account)
        offerCertificate(m_outboxId, *account, outcome);
}

// The outbox tried again, on its own, the message this window still shows (it stayed here after a failed
// send). Once delivered, a Send here would make a second copy with a new Message-ID: the window takes the
// result as its own when it still shows exactly what was queued, and otherwise lets go of the item, keeping
// the changes made since (they were not sent).
void ComposerWindow::onOutboxSentIt(const smtp::Outcome &outcome)
{
    if (!outcome.delivered()) {
        if (m_contentInOutbox)
            m_result->showOutcome(outcome, m_sendingSubject);  // the latest word on what is shown
        return;
    }
    if (m_contentInOutbox) {
        onSendFinished(outcome);
        statusBar()->showMessage(tr("Sent from the outbox. A copy is in the Sent folder."), 8000);
        return;
    }
    m_outboxId.clear();
    m_result->showOutcome(outcome, m_sendingSubject);
    statusBar()->showMessage(tr("The outbox sent the message as it was queued; the changes made here since "
                                "were not sent, and Send would send them as a new message."),
                             12000);
}

void ComposerWindow::offerCertificate(const QString &id, const store::Account &account,
                                      const smtp::Outcome &outcome)
{
    auto *dialog =
        new CertificateDialog(outcome.certificateChain, outcome.sslErrors, account.host, account.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name = account.name] {
        std::optional<store::Account> a = m_app->accounts()->find(name);
        if (!a)
            return;
        a->pinnedSha256 = dialog->fingerprint();
        QString error;
        if (!m_app->accounts()->save(*a, &error)) {
            tellUser(this, QStringLiteral("pinNotSaved"), QMessageBox::Warning, tr("Not saved"), error);
            return;
        }
        // Try again with the certificate trusted, as the same outbox item.
        if (sendController(m_app)->sendNow(id, &error)) {
            m_outboxId = id;
            setSending(true, tr("Connecting to %1…").arg(a->host));
            m_result->showRunning(m_sendingSubject);
        } else {
            tellUser(this, QStringLiteral("requeueFailed"), QMessageBox::Warning, tr("Not sent"), error);
        }
    });
    dialog->open();
}

void ComposerWindow::showDock(QDockWidget *dock)
{
    dock->show();
    dock->raise();  // the front tab, when it shares its place with another panel
}

QAction *ComposerWindow::frontDockAction(QDockWidget *dock)
{
    // Not QDockWidget::toggleViewAction(): for a panel behind another's tab, that one is checked, and a
    // click hides the panel the user asked to see. This one brings it to the front, and hides it only
    // when it is in front already; checked while it is seen.
    auto *action = new QAction(this);
    action->setCheckable(true);
    connect(dock, &QDockWidget::visibilityChanged, action, &QAction::setChecked);
    connect(action, &QAction::triggered, this, [this, dock, action] {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty()) {
            dock->close();
            action->setChecked(false);
        } else {
            showDock(dock);
            action->setChecked(true);
        }
    });
    return action;
}

AccountsDialog *ComposerWindow::openAccounts()
{
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(m_app, this);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
        if (const std::optional<store::Account> a = currentAccount())
            m_accountsDialog->selectAccount(a->name);
    }
    m_accountsDialog->show();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
    return m_accountsDialog;
}

// ---- closing ---------------------------------------------------------------------------------------------

void ComposerWindow::forceClose()
{
    m_forceClose = true;
    close();
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (!m_forceClose) {
        if (m_sending) {
            event->ignore();
            askUser(this, QStringLiteral("closeWhileSending"), QMessageBox::Question, tr("Still sending"),
                    tr("The message is still being sent. Stop sending and close? It stays in the outbox."),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                    [this](QMessageBox::StandardButton b) {
                        if (b != QMessageBox::Yes)
                            return;
                        m_closeWhenDone = true;
                        cancelSend();
                    });
            return;
        }
        if (hasContent() && !m_contentInOutbox) {
            event->ignore();
            askUser(this, QStringLiteral("closeUnsaved"), QMessageBox::Question, tr("Unsent message"),
                    tr("This message has not been sent. Keep it as a draft?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
                    [this](QMessageBox::StandardButton b) {
                        if (b == QMessageBox::Save) {
                            if (!saveDraftNow())
                                return;
                        } else if (b == QMessageBox::Discard) {
                            if (!m_draftId.isEmpty())
                                m_app->mail()->removeDraft(m_draftId);
                            m_draftId.clear();
                        } else {
                            return;
                        }
                        forceClose();
                    });
            return;
        }
    }
    if (!m_forceClose && !m_quitConfirmed) {
        // The last window: the queue stops with it, so say what is still waiting to go.
        int others = 0;
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows)
            if (w != this && qobject_cast<ComposerWindow *>(w) && w->isVisible())
                ++others;
        const int pending = others == 0 ? pendingInOutbox() : 0;
        if (pending > 0) {
            event->ignore();
            askUser(
                this, QStringLiteral("quitWithWaiting"), QMessageBox::Question, tr("Messages waiting"),
                tr("%n message(s) in the outbox are still waiting to be sent. They are sent the next time "
                   "Stamp runs. Quit anyway?",
                   "", pending),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                [this](QMessageBox::StandardButton b) {
                    if (b != QMessageBox::Yes)
                        return;
                    m_quitConfirmed = true;
                    close();
                });
            return;
        }
    }
    m_autosave.stop();
    m_app->settings()->setWindowState(QStringLiteral("composerGeometry"), saveGeometry());
    m_app->settings()->setWindowState(QStringLiteral("composerState"), saveState());
    if (m_accountsDialog)
        m_accountsDialog->close();
    event->accept();
}

}  // namespace ui
