#include "outboxview.h"

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
                        {tr("Subject"), tr("To"), tr("Status"), tr("Reason"), tr("Last attempt")});
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
    m_delete->setAccessibleDescription(tr("Deletes the selected message; it is not sent"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    for (QTreeWidget *list : {m_outbox, m_drafts}) {
        connect(list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
        connect(list, &QTreeWidget::currentItemChanged, this, [this] {
            const bool any = currentList()->currentItem() != nullptr;
            m_open->setEnabled(any);
            m_delete->setEnabled(any);
        });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const bool any = currentList()->currentItem() != nullptr;
        m_open->setEnabled(any);
        m_delete->setEnabled(any);
    });
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
        return item.attempts > 0 ? tr("waiting to be sent again") : tr("waiting to be sent");
    case Status::Sending:
        return item.sendingPid == QCoreApplication::applicationPid() ? tr("sending…")
                                                                     : tr("being sent by another Stamp");
    case Status::Failed:
        return tr("not sent");
    case Status::Sent:
        return tr("sent");
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
        item->setToolTip(ReasonColumn, m.failureAdvice.isEmpty()
                                           ? reason
                                           : reason + QStringLiteral("\n") + m.failureAdvice);
        if (m.status == Status::Failed)
            item->setForeground(StatusColumn, QColor(0xd9, 0x2d, 0x20));
        if (m.lastAttempt.isValid())
            item->setText(DateColumn, QLocale().toString(m.lastAttempt.toLocalTime(), QLocale::ShortFormat));
    });
    fill(m_drafts, m_store->drafts(), [](QTreeWidgetItem *item, const store::MailItem &m) {
        item->setText(StatusColumn, QLocale().toString(m.updated.toLocalTime(), QLocale::ShortFormat));
    });
    m_tabs->setTabText(0, m_outbox->topLevelItemCount() ? tr("Outbox (%1)").arg(m_outbox->topLevelItemCount())
                                                        : tr("Outbox"));
    m_tabs->setTabText(1, m_drafts->topLevelItemCount() ? tr("Drafts (%1)").arg(m_drafts->topLevelItemCount())
                                                        : tr("Drafts"));
    const bool any = currentList()->currentItem() != nullptr;
    m_open->setEnabled(any);
    m_delete->setEnabled(any);
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
