#include "outboxview.h"

#include "advice.h"
#include "editrecipientsdialog.h"
#include "outboxqueue.h"
#include "util.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

using Status = store::MailItem::Status;
using Folder = store::MailStore::Folder;

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QTreeWidget *makeList(QWidget *parent, const QString &name, const QString &accessible,
                      const QString &description, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setAccessibleDescription(description);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->header()->setStretchLastSection(true);
    return list;
}
}  // namespace

OutboxView::OutboxView(store::MailStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("outboxView"));
    setAccessibleName(tr("Outbox and drafts"));
    m_outbox = makeList(this, QStringLiteral("outboxList"), tr("Outbox"),
                        tr("Messages not sent yet: waiting, being sent, or failed with the reason"),
                        {tr("Subject"), tr("To"), tr("Status"), tr("Reason"), tr("Last attempt"),
                         tr("Next try"), tr("Attempts")});
    m_drafts = makeList(this, QStringLiteral("draftList"), tr("Drafts"),
                        tr("Messages saved while being written"), {tr("Subject"), tr("To"), tr("Saved")});
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("outboxTabs"));
    m_tabs->addTab(m_outbox, tr("Outbox"));
    m_tabs->addTab(m_drafts, tr("Drafts"));

    m_open = new QPushButton(tr("Open"), this);  // Alt+O is the To field's
    m_open->setObjectName(QStringLiteral("outboxOpen"));
    m_open->setAccessibleName(tr("Open the message to edit and send it"));
    m_open->setAccessibleDescription(tr("Opens the selected message in a composer window"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("outboxDelete"));
    m_delete->setAccessibleName(tr("Delete the message"));
    m_sendAgain = new QPushButton(tr("Send again"), this);
    m_sendAgain->setObjectName(QStringLiteral("outboxSendAgain"));
    m_sendAgain->setAccessibleName(tr("Send the selected message again now"));
    m_sendAgain->setAccessibleDescription(
        tr("Starts a new series of attempts for the selected message, now"));
    m_sendAll = new QPushButton(tr("Send all"), this);
    m_sendAll->setObjectName(QStringLiteral("outboxSendAll"));
    m_sendAll->setAccessibleName(tr("Send every message in the outbox now"));
    m_sendAll->setAccessibleDescription(tr("Tries every waiting message now instead of at its next time"));
    m_delete->setAccessibleDescription(tr("Deletes the selected message; it is not sent"));
    m_editRecipients = new QPushButton(tr("Edit recipients…"), this);
    m_editRecipients->setObjectName(QStringLiteral("outboxEditRecipients"));
    m_editRecipients->setAccessibleName(tr("Correct the recipients the message was not delivered to"));
    m_editRecipients->setAccessibleDescription(
        tr("For a partly sent message: change the addresses the server refused, then send to them again"));
    // Two rows: in one, five buttons made the panel ~460 px wide at least, and beside the composer's own
    // minimum that pushed an 800 px window wider (the panel cut off at 800x600).
    auto *sending = new QHBoxLayout;
    sending->addStretch(1);
    sending->addWidget(m_editRecipients);
    sending->addWidget(m_sendAgain);
    sending->addWidget(m_sendAll);
    auto *item = new QHBoxLayout;
    item->addStretch(1);
    item->addWidget(m_open);
    item->addWidget(m_delete);
    auto *buttons = new QVBoxLayout;
    buttons->addLayout(sending);
    buttons->addLayout(item);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    for (QTreeWidget *list : {m_outbox, m_drafts}) {
        connect(list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
        connect(list, &QTreeWidget::currentItemChanged, this, &OutboxView::updateButtons);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &OutboxView::updateButtons);
    connect(m_sendAgain, &QPushButton::clicked, this, &OutboxView::sendAgainCurrent);
    connect(m_sendAll, &QPushButton::clicked, this, &OutboxView::sendAll);
    connect(m_editRecipients, &QPushButton::clicked, this, &OutboxView::editRecipientsCurrent);
    connect(m_open, &QPushButton::clicked, this, &OutboxView::openCurrent);
    connect(m_delete, &QPushButton::clicked, this, &OutboxView::deleteCurrent);
    connect(m_store, &store::MailStore::changed, this, [this](Folder folder) {
        if (folder != Folder::Sent)
            refresh();
    });
    refresh();
}

QString OutboxView::statusText(const store::MailItem &item)
{
    switch (item.status) {
    case Status::Draft:
        return tr("draft");
    case Status::Queued:
        return store::OutboxQueue::stateText(item);
    case Status::Sending:
        return item.sendingPid == QCoreApplication::applicationPid() ? tr("sending…")
                                                                     : tr("being sent by another Stamp");
    case Status::Failed:
        return tr("not sent");
    case Status::Sent:
        return tr("sent");
    case Status::Waiting:
    case Status::PartlySent:
        return store::OutboxQueue::stateText(item);
    }
    return {};
}

void OutboxView::refresh()
{
    const auto fill = [](QTreeWidget *list, const QList<store::MailItem> &items,
                         const std::function<void(QTreeWidgetItem *, const store::MailItem &)> &row) {
        const QString current =
            list->currentItem() ? list->currentItem()->data(0, IdRole).toString() : QString();
        list->clear();
        for (const store::MailItem &m : items) {
            auto *item = new QTreeWidgetItem(list);
            item->setData(0, IdRole, m.id);
            item->setText(SubjectColumn, m.subject.isEmpty() ? tr("(no subject)") : m.subject);
            item->setText(ToColumn, m.to);
            row(item, m);
            if (m.id == current)
                list->setCurrentItem(item);
        }
    };
    fill(m_outbox, m_store->outbox(), [](QTreeWidgetItem *item, const store::MailItem &m) {
        item->setText(StatusColumn, statusText(m));
        QString reason = m.failureReason;
        if (!m.failureReply.isEmpty())
            reason += QStringLiteral(" (%1)").arg(m.failureReply);
        item->setText(ReasonColumn, reason);
        // The advice in the window's words (advice.h): the stored one is the engine's, written for `stamp
        // send`, and may name a command-line flag.
        QString advice = m.failureAdvice;
        if (!advice.isEmpty()) {
            smtp::Outcome o;
            o.category = m.failureCategory.value_or(smtp::Outcome::Category::LocalError);
            o.summary = m.failureReason;
            o.advice = m.failureAdvice;
            o.reply = replyFromSummary(m.failureReply);
            advice = windowAdvice(o, AdviceContext()).advice;
        }
        item->setToolTip(ReasonColumn, advice.isEmpty() ? reason : reason + QStringLiteral("\n") + advice);
        if (m.status == Status::Failed || m.status == Status::PartlySent)
            item->setForeground(StatusColumn, QColor(0xd9, 0x2d, 0x20));
        if (m.lastAttempt.isValid())
            item->setText(DateColumn, QLocale().toString(m.lastAttempt.toLocalTime(), QLocale::ShortFormat));
        if (m.dueAt.isValid() && store::OutboxQueue::isPending(m))
            item->setText(NextTryColumn, QLocale().toString(m.dueAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(AttemptsColumn, tr("%1 of %2").arg(m.attempts).arg(m.maxAttempts));
        if (m.status == Status::PartlySent) {
            QStringList refused;
            for (const store::RecipientRecord &r : m.recipients)
                refused << QStringLiteral("%1: %2").arg(r.address, r.reply);
            item->setToolTip(StatusColumn, refused.join(QLatin1Char('\n')));
        }
    });
    fill(m_drafts, m_store->drafts(), [](QTreeWidgetItem *item, const store::MailItem &m) {
        item->setText(StatusColumn, QLocale().toString(m.updated.toLocalTime(), QLocale::ShortFormat));
    });
    m_tabs->setTabText(0, m_outbox->topLevelItemCount() ? tr("Outbox (%1)").arg(m_outbox->topLevelItemCount())
                                                        : tr("Outbox"));
    m_tabs->setTabText(1, m_drafts->topLevelItemCount() ? tr("Drafts (%1)").arg(m_drafts->topLevelItemCount())
                                                        : tr("Drafts"));
    updateButtons();
}

void OutboxView::setController(store::SendController *controller)
{
    m_controller = controller;
    // Changes made by the queue's own attempts and by other Stamp processes.
    connect(controller->queue(), &store::OutboxQueue::changed, this, &OutboxView::refresh,
            Qt::UniqueConnection);
    connect(controller, &store::SendController::started, this, &OutboxView::refresh, Qt::UniqueConnection);
    updateButtons();
}

void OutboxView::updateButtons()
{
    const bool any = currentList()->currentItem() != nullptr;
    m_open->setEnabled(any);
    m_delete->setEnabled(any);
    const bool outbox = currentList() == m_outbox;
    m_sendAgain->setVisible(outbox);
    m_sendAll->setVisible(outbox);
    bool canSendAgain = false;
    bool partly = false;
    if (outbox && any) {
        const QString id = m_outbox->currentItem()->data(0, IdRole).toString();
        const std::optional<store::MailItem> item = m_store->loadOutbox(id);
        const bool idle =
            item && item->status != Status::Sending && !(m_controller && m_controller->isBusy(id));
        canSendAgain = m_controller && idle;
        partly = idle && item->status == Status::PartlySent;
    }
    m_sendAgain->setEnabled(canSendAgain);
    // Partly sent: "Send again" goes only to the recipients still to do, and says so.
    m_sendAgain->setText(partly ? tr("Send to these recipients again") : tr("Send again"));
    m_editRecipients->setVisible(outbox);
    m_editRecipients->setEnabled(partly);
    m_sendAll->setEnabled(m_controller && m_outbox->topLevelItemCount() > 0);
}

void OutboxView::sendAgainCurrent()
{
    if (!m_controller || !m_outbox->currentItem())
        return;
    QString error;
    if (!m_controller->sendNow(m_outbox->currentItem()->data(0, IdRole).toString(), &error))
        tellUser(window(), QStringLiteral("sendAgainFailed"), QMessageBox::Information, tr("Not sent again"),
                 error);
    refresh();
}

void OutboxView::editRecipientsCurrent()
{
    if (!m_outbox->currentItem())
        return;
    const std::optional<store::MailItem> item =
        m_store->loadOutbox(m_outbox->currentItem()->data(0, IdRole).toString());
    if (!item || item->status != Status::PartlySent)
        return;
    // Window-modal and shown with open(): no nested event loop, the queue keeps running meanwhile.
    auto *dialog = new EditRecipientsDialog(*item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!m_store->correctRecipients(dialog->itemId(), dialog->mailboxes(), &error))
            tellUser(window(), QStringLiteral("editRecipientsFailed"), QMessageBox::Warning,
                     tr("Recipients not changed"), error);
        refresh();
        showItem(dialog->itemId());
    });
    dialog->open();
}

void OutboxView::sendAll()
{
    if (!m_controller)
        return;
    if (m_controller->sendAll() == 0)
        tellUser(window(), QStringLiteral("sendAllNothing"), QMessageBox::Information, tr("Nothing sent"),
                 tr("Every message in the outbox is being sent already, or may have been delivered: open "
                    "those to send them again one by one."));
    refresh();
}

void OutboxView::showItem(const QString &id)
{
    m_tabs->setCurrentWidget(m_outbox);
    for (int i = 0; i < m_outbox->topLevelItemCount(); ++i) {
        if (m_outbox->topLevelItem(i)->data(0, IdRole).toString() == id)
            m_outbox->setCurrentItem(m_outbox->topLevelItem(i));
    }
}

QTreeWidget *OutboxView::currentList() const
{
    return m_tabs->currentWidget() == m_drafts ? m_drafts : m_outbox;
}

void OutboxView::openCurrent()
{
    QTreeWidget *list = currentList();
    if (!list->currentItem())
        return;
    Q_EMIT openRequested(list == m_drafts ? Folder::Drafts : Folder::Outbox,
                         list->currentItem()->data(0, IdRole).toString());
}

void OutboxView::deleteCurrent()
{
    QTreeWidget *list = currentList();
    if (!list->currentItem())
        return;
    const QString id = list->currentItem()->data(0, IdRole).toString();
    const bool draft = list == m_drafts;
    if (!draft) {
        const std::optional<store::MailItem> item = m_store->loadOutbox(id);
        if (item && item->status == Status::Sending) {
            tellUser(window(), QStringLiteral("deleteWhileSending"), QMessageBox::Information,
                     tr("Being sent"), tr("This message is being sent right now. Stop it first."));
            return;
        }
    }
    askUser(window(), QStringLiteral("confirmDelete"), QMessageBox::Question, tr("Delete message"),
            tr("Delete “%1”? It cannot be brought back.").arg(list->currentItem()->text(SubjectColumn)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            [this, id, draft](QMessageBox::StandardButton b) {
                if (b != QMessageBox::Yes)
                    return;
                QString error;
                const bool ok =
                    draft ? m_store->removeDraft(id, &error) : m_store->removeFromOutbox(id, &error);
                if (!ok)
                    tellUser(window(), QStringLiteral("deleteFailed"), QMessageBox::Warning,
                             tr("Not deleted"), error);
                refresh();
            });
}

}  // namespace ui
