#include "sentview.h"

#include "address.h"
#include "util.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

using Folder = store::MailStore::Folder;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
// A transcript is a few kilobytes; a runaway one is shown only in part.
constexpr qint64 MaxTranscript = 4 * 1024 * 1024;

QString recipientsText(const store::MailItem &item)
{
    QStringList parts;
    for (const QString &field : {item.to, item.cc, item.bcc}) {
        if (!field.trimmed().isEmpty())
            parts << field.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}
}  // namespace

SentView::SentView(store::MailStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("sentView"));
    setAccessibleName(tr("Sent messages"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("sentSearch"));
    m_search->setAccessibleName(tr("Search sent messages"));
    m_search->setAccessibleDescription(
        tr("Show only the messages whose recipients or subject contain this text"));
    m_search->setPlaceholderText(tr("Search by recipient or subject"));
    m_search->setClearButtonEnabled(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("sentList"));
    m_list->setAccessibleName(tr("Sent messages"));
    m_list->setAccessibleDescription(
        tr("The messages the server accepted, newest first, with date, recipients and subject"));
    m_list->setHeaderLabels({tr("Sent"), tr("To"), tr("Subject")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_list->header()->resizeSection(ToColumn, 240);  // room for "Name <address>" before the subject

    m_open = new QPushButton(tr("Open"), this);  // Alt+O is the To field's
    m_open->setObjectName(QStringLiteral("sentOpen"));
    m_open->setAccessibleName(tr("Open the sent message"));
    m_open->setAccessibleDescription(tr("Shows the selected message as it was sent, read-only"));
    m_editAsNew = new QPushButton(tr("Edit &as New"), this);  // Alt+E opens the Edit menu
    m_editAsNew->setObjectName(QStringLiteral("sentEditAsNew"));
    m_editAsNew->setAccessibleName(tr("Write a new message from this one"));
    m_editAsNew->setAccessibleDescription(
        tr("Opens a new message with the recipients, subject, text and attachments of the selected one"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_editAsNew);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &SentView::applyFilter);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (!currentId().isEmpty())
            openItem(currentId());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const bool any = !currentId().isEmpty();
        m_open->setEnabled(any);
        m_editAsNew->setEnabled(any);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            openItem(currentId());
    });
    connect(m_editAsNew, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT editAsNewRequested(currentId());
    });
    connect(m_store, &store::MailStore::changed, this, [this](Folder folder) {
        if (folder == Folder::Sent)
            refresh();
    });
    refresh();
}

void SentView::showEvent(QShowEvent *event)
{
    // Messages sent by `stamp send --account` meanwhile.
    refresh();
    QWidget::showEvent(event);
}

bool SentView::matches(const store::MailItem &item, const QString &search)
{
    const QStringList words = search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    // As typed, and as the engine parses it (so "bob@example.org" finds "Bob <BOB@example.org>").
    QString hay = recipientsText(item) + QLatin1Char('\n') + item.subject;
    for (const QString &field : {item.to, item.cc, item.bcc}) {
        QString ignored;
        for (const smtp::Mailbox &m : smtp::parseMailboxList(field, &ignored))
            hay += QLatin1Char('\n') + m.displayName + QLatin1Char(' ') + m.address();
    }
    for (const store::RecipientRecord &r : item.recipients)
        hay += QLatin1Char('\n') + r.address;
    for (const QString &w : words) {
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void SentView::refresh()
{
    const QString keep = currentId();
    m_items = m_store->sent();
    m_list->clear();
    for (const store::MailItem &item : std::as_const(m_items)) {
        auto *row = new QTreeWidgetItem(m_list);
        const QDateTime when = item.sentAt.isValid() ? item.sentAt : item.updated;
        row->setText(DateColumn, QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
        row->setData(DateColumn, Qt::UserRole, when);
        row->setText(ToColumn, recipientsText(item));
        row->setToolTip(ToColumn, recipientsText(item));
        row->setText(SubjectColumn, item.subject.isEmpty() ? tr("(no subject)") : item.subject);
        row->setData(DateColumn, IdRole, item.id);
        if (item.id == keep)
            m_list->setCurrentItem(row);
    }
    applyFilter();
    const bool any = !currentId().isEmpty();
    m_open->setEnabled(any);
    m_editAsNew->setEnabled(any);
}

void SentView::applyFilter()
{
    const QString search = m_search->text();
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_items.size(); ++i)
        m_list->topLevelItem(i)->setHidden(!matches(m_items.at(i), search));
    if (m_list->currentItem() && m_list->currentItem()->isHidden())
        m_list->setCurrentItem(nullptr);
}

QString SentView::currentId() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    return row && !row->isHidden() ? row->data(DateColumn, IdRole).toString() : QString();
}

SentMessageDialog *SentView::openItem(const QString &id)
{
    auto *dialog = new SentMessageDialog(m_store, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isLoaded()) {
        delete dialog;
        tellUser(this, QStringLiteral("sentItemGone"), QMessageBox::Information, tr("Message not found"),
                 tr("This message is no longer in the Sent folder."));
        refresh();
        return nullptr;
    }
    connect(dialog, &SentMessageDialog::editAsNewRequested, this, &SentView::editAsNewRequested);
    dialog->show();
    return dialog;
}

// ---- one message -----------------------------------------------------------------------------------------

QString SentMessageDialog::transcriptPath(store::MailStore *store, const QString &id)
{
    return store->folderPath(Folder::Sent) + QLatin1Char('/') + id + QStringLiteral(".log");
}

SentMessageDialog::SentMessageDialog(store::MailStore *store, const QString &id, QWidget *parent)
    : QDialog(parent), m_id(id)
{
    setObjectName(QStringLiteral("sentMessage"));
    const std::optional<store::MailItem> item = store->loadSent(id);
    if (!item)
        return;
    m_loaded = true;
    setWindowTitle(tr("Sent: %1").arg(item->subject.isEmpty() ? tr("(no subject)") : item->subject));
    setAccessibleName(windowTitle());

    // The .eml is what the recipients got; the item is the user's own copy (with Bcc and the replies).
    EmlMessage eml;
    QString emlError;
    const bool haveEml = readEml(store->sentEmlPath(id), &eml, &emlError);

    const auto label = [this](const QString &name, const QString &text) {
        auto *l = new QLabel(text, this);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return l;
    };
    auto *form = new QFormLayout;
    const QString from = haveEml && !eml.from.isEmpty() ? mailboxesText(eml.from) : item->from;
    form->addRow(tr("From:"), label(QStringLiteral("sentFrom"), from));
    form->addRow(tr("To:"), label(QStringLiteral("sentTo"), haveEml ? mailboxesText(eml.to) : item->to));
    const QString cc = haveEml ? mailboxesText(eml.cc) : item->cc;
    if (!cc.isEmpty())
        form->addRow(tr("Cc:"), label(QStringLiteral("sentCc"), cc));
    if (!item->bcc.trimmed().isEmpty())
        form->addRow(tr("Bcc:"), label(QStringLiteral("sentBcc"), item->bcc));
    const QString replyTo = haveEml ? mailboxesText(eml.replyTo) : item->replyTo;
    if (!replyTo.isEmpty())
        form->addRow(tr("Reply-To:"), label(QStringLiteral("sentReplyTo"), replyTo));
    form->addRow(tr("Subject:"), label(QStringLiteral("sentSubject"), haveEml ? eml.subject : item->subject));
    const QDateTime when = item->sentAt.isValid() ? item->sentAt : eml.date;
    form->addRow(tr("Sent:"), label(QStringLiteral("sentDate"),
                                    QLocale().toString(when.toLocalTime(), QLocale::LongFormat)));
    if (!eml.messageId.isEmpty())
        form->addRow(tr("Message-ID:"),
                     label(QStringLiteral("sentMessageId"), QString::fromLatin1(eml.messageId)));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("sentTabs"));

    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("sentBody"));
    text->setAccessibleName(tr("Message text"));
    text->setAccessibleDescription(tr("The text of the sent message, read-only"));
    text->setReadOnly(true);
    if (haveEml)
        text->setPlainText(eml.textCut ? eml.text + QStringLiteral("\n\n")
                                             + tr("[The rest of the text is not shown: it is too long.]")
                                       : eml.text);
    else
        text->setPlainText(tr("The message as sent cannot be shown: %1\n\nYour copy of the text:\n\n%2")
                               .arg(emlError, item->body));
    tabs->addTab(text, tr("Text"));

    auto *attachments = new QTreeWidget(this);
    attachments->setObjectName(QStringLiteral("sentAttachments"));
    attachments->setAccessibleName(tr("Attached files"));
    attachments->setAccessibleDescription(tr("The files sent with the message"));
    attachments->setHeaderLabels({tr("File"), tr("Size"), tr("Type")});
    attachments->setRootIsDecorated(false);
    for (const EmlMessage::Part &p : std::as_const(eml.attachments)) {
        auto *row = new QTreeWidgetItem(attachments);
        row->setText(0, p.fileName.isEmpty() ? tr("(no name)") : p.fileName);
        row->setText(1, formatSize(p.size));
        row->setText(2, QString::fromLatin1(p.mimeType));
    }
    attachments->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tabs->addTab(attachments, eml.attachments.isEmpty() ? tr("No attachments")
                                                        : tr("Attachments (%1)").arg(eml.attachments.size()));
    tabs->setTabEnabled(1, !eml.attachments.isEmpty());

    auto *replies = new QTreeWidget(this);
    replies->setObjectName(QStringLiteral("sentReplies"));
    replies->setAccessibleName(tr("How each recipient's server answered"));
    replies->setAccessibleDescription(tr("Each recipient with the server's reply to it"));
    replies->setHeaderLabels({tr("Recipient"), tr("Result"), tr("Server reply")});
    replies->setRootIsDecorated(false);
    for (const store::RecipientRecord &r : item->recipients) {
        auto *row = new QTreeWidgetItem(replies);
        row->setText(0, r.address);
        row->setText(1, r.accepted ? tr("accepted") : tr("refused"));
        row->setText(2, r.reply);
    }
    tabs->addTab(replies, tr("Recipients"));

    // Kept beside the item by the outbox (secrets already masked where the events were made).
    QFile log(transcriptPath(store, id));
    auto *transcript = new QPlainTextEdit(this);
    transcript->setObjectName(QStringLiteral("sentTranscript"));
    transcript->setAccessibleName(tr("Protocol transcript"));
    transcript->setAccessibleDescription(tr("The conversation with the server when the message was sent"));
    transcript->setReadOnly(true);
    transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    transcript->setFont(mono);
    if (log.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = log.read(MaxTranscript);
        transcript->setPlainText(QString::fromUtf8(bytes));
        tabs->addTab(transcript, tr("Protocol log"));
    } else {
        transcript->setPlainText(tr("No protocol transcript was kept for this message."));
        tabs->addTab(transcript, tr("Protocol log"));
        tabs->setTabEnabled(tabs->count() - 1, false);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *editAsNew = buttons->addButton(tr("&Edit as New"), QDialogButtonBox::ActionRole);
    editAsNew->setObjectName(QStringLiteral("sentMessageEditAsNew"));
    editAsNew->setAccessibleDescription(
        tr("Opens a new message with the recipients, subject, text and attachments of this one"));
    connect(editAsNew, &QPushButton::clicked, this, [this] {
        Q_EMIT editAsNewRequested(m_id);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}

}  // namespace ui
