#include "resultpanel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>

namespace ui {

using Category = smtp::Outcome::Category;

ResultPanel::ResultPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("resultPanel"));
    setAccessibleName(tr("Result of sending"));
    setFrameShape(QFrame::StyledPanel);

    m_icon = new QLabel(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_headline->setFont(f);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("resultAdvice"));
    m_reply = new QLabel(this);
    m_reply->setObjectName(QStringLiteral("resultReply"));
    for (QLabel *l : {m_headline, m_summary, m_advice, m_reply}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }

    m_actions = new QWidget(this);
    m_actions->setObjectName(QStringLiteral("resultActions"));
    m_actionLayout = new QHBoxLayout(m_actions);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    m_actionLayout->addStretch(1);
    m_actions->hide();

    m_recipients = new QTreeWidget(this);
    m_recipients->setObjectName(QStringLiteral("resultRecipients"));
    m_recipients->setAccessibleName(tr("Result for each recipient"));
    m_recipients->setAccessibleDescription(
        tr("Each recipient, whether the server accepted it, and its reply"));
    m_recipients->setHeaderLabels({tr("Recipient"), tr("Result"), tr("Server reply"), tr("What it means")});
    m_recipients->setRootIsDecorated(false);
    m_recipients->setUniformRowHeights(true);
    m_recipients->setWordWrap(false);
    m_recipients->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recipients->header()->setStretchLastSection(true);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("resultClose"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Hide the result"));
    close->setAccessibleName(tr("Hide the result"));
    connect(close, &QToolButton::clicked, this, &ResultPanel::closeRequested);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    grid->addWidget(m_headline, 0, 1);
    grid->addWidget(close, 0, 2, Qt::AlignTop | Qt::AlignRight);
    grid->addWidget(m_summary, 1, 1, 1, 2);
    grid->addWidget(m_reply, 2, 1, 1, 2);
    grid->addWidget(m_advice, 3, 1, 1, 2);
    grid->addWidget(m_actions, 4, 1, 1, 2);
    grid->addWidget(m_recipients, 5, 0, 1, 3);
    grid->setColumnStretch(1, 1);
}

QString ResultPanel::headlineFor(Category category)
{
    switch (category) {
    case Category::Sent:
        return tr("Sent");
    case Category::PartlySent:
        return tr("Sent, but not to every recipient");
    case Category::TemporaryFailure:
        return tr("Not sent yet: the server asked to try later");
    case Category::PermanentFailure:
        return tr("Not sent: the server refused the message");
    case Category::ConnectionFailed:
        return tr("Not sent: no connection to the server");
    case Category::TlsFailed:
        return tr("Not sent: the connection could not be secured");
    case Category::AuthFailed:
        return tr("Not sent: login failed");
    case Category::Timeout:
        return tr("Not sent: the server stopped answering");
    case Category::Cancelled:
        return tr("Not sent: you stopped it");
    case Category::MayHaveBeenDelivered:
        return tr("Perhaps sent: the server did not confirm");
    case Category::LocalError:
        return tr("Not sent: the message could not be prepared");
    case Category::ProtocolError:
        return tr("Not sent: the server broke the SMTP protocol");
    }
    return {};
}

QString ResultPanel::headline() const
{
    return m_headline->text();
}

QString ResultPanel::adviceText() const
{
    return m_advice->isVisibleTo(this) ? m_advice->text() : QString();
}

void ResultPanel::showRunning(const QString &subject)
{
    m_outcome = {};
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(32));
    m_headline->setText(tr("Sending “%1”…").arg(subject.isEmpty() ? tr("(no subject)") : subject));
    m_summary->setText(tr("The message is in the outbox; it stays there until the server has accepted it."));
    m_reply->hide();
    m_advice->hide();
    m_adviceId.clear();
    m_actions->hide();
    m_recipients->clear();
    m_recipients->hide();
    show();
}

void ResultPanel::showOutcome(const smtp::Outcome &outcome, const QString &subject)
{
    m_outcome = outcome;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    if (outcome.category == Category::Sent)
        icon = QStyle::SP_DialogApplyButton;
    else if (outcome.category == Category::PartlySent || outcome.category == Category::MayHaveBeenDelivered
             || outcome.category == Category::Cancelled || outcome.category == Category::TemporaryFailure)
        icon = QStyle::SP_MessageBoxWarning;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(32));
    const WindowAdvice advice = windowAdvice(outcome, m_context ? m_context() : AdviceContext());
    m_adviceId = advice.id;
    m_adviceProvider = advice.provider;
    m_headline->setText(tr("%1 — “%2”")
                            .arg(advice.headline.isEmpty() ? headlineFor(outcome.category) : advice.headline,
                                 subject.isEmpty() ? tr("(no subject)") : subject));
    m_summary->setText(outcome.summary);
    m_summary->setVisible(!outcome.summary.isEmpty());
    if (outcome.reply.isValid()) {
        m_reply->setText(tr("Server said: %1\n%2").arg(outcome.reply.summary(), replyMeaning(outcome.reply)));
        m_reply->show();
    } else {
        m_reply->hide();
    }
    m_advice->setText(advice.advice.isEmpty() ? QString() : tr("What to do: %1").arg(advice.advice));
    m_advice->setVisible(!advice.advice.isEmpty());
    while (m_actionLayout->count() > 1) {
        QLayoutItem *old = m_actionLayout->takeAt(0);
        delete old->widget();
        delete old;
    }
    for (const AdviceAction action : advice.actions) {
        auto *b = new QPushButton(adviceActionText(action, advice.provider), m_actions);
        b->setObjectName(adviceActionName(action));
        b->setAccessibleName(b->text());
        m_actionLayout->insertWidget(m_actionLayout->count() - 1, b);
        connect(b, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(action); });
    }
    // A failure can be tried again by hand, outside Stamp (issue 12).
    const bool failed = outcome.category != Category::Sent && outcome.category != Category::Cancelled;
    if (failed) {
        auto *b = new QPushButton(tr("Copy as s&waks Command"), m_actions);
        b->setObjectName(QStringLiteral("resultCopySwaks"));
        b->setAccessibleName(tr("Copy as swaks command"));
        b->setToolTip(
            tr("Copy a swaks command line that sends this message the same way, to try it by hand"));
        m_actionLayout->insertWidget(m_actionLayout->count() - 1, b);
        connect(b, &QPushButton::clicked, this, &ResultPanel::swaksRequested);
    }
    m_actions->setVisible(!advice.actions.isEmpty() || failed);

    m_recipients->clear();
    for (const smtp::RecipientResult &r : outcome.recipients) {
        auto *item = new QTreeWidgetItem(m_recipients);
        item->setText(RecipientColumn, r.address);
        const bool tried = r.reply.isValid();
        // A 4xx is no refusal: that recipient is simply not done yet (RFC 5321 §4.2.1).
        item->setText(StatusColumn, r.accepted              ? tr("accepted")
                                    : r.reply.isTransient() ? tr("not yet")
                                    : tried                 ? tr("refused")
                                    : outcome.category == smtp::Outcome::Category::MayHaveBeenDelivered
                                        ? tr("no answer")
                                        : tr("not tried"));
        item->setForeground(StatusColumn, r.accepted ? QColor(0x2e, 0x9d, 0x3a) : QColor(0xd9, 0x2d, 0x20));
        item->setText(ReplyColumn, tried ? r.reply.summary() : QString());
        const QString meaning = tried ? replyMeaning(r.reply) : QString();
        item->setText(MeaningColumn, meaning);
        item->setToolTip(MeaningColumn, meaning);
        item->setToolTip(ReplyColumn, tried ? r.reply.text() : QString());
    }
    m_recipients->setVisible(!outcome.recipients.isEmpty());
    // As tall as its rows, up to six, where the window has room; more scroll. At least one row: a fixed
    // height made the window's minimum grow with the recipients, so a send pushed the window taller.
    const int rows = std::min<int>(6, int(outcome.recipients.size()));
    const int rowHeight =
        m_recipients->sizeHintForRow(0) > 0 ? m_recipients->sizeHintForRow(0) : fontMetrics().height() + 4;
    const int frame = m_recipients->header()->sizeHint().height() + 2 * m_recipients->frameWidth() + 2;
    m_recipients->setMinimumHeight(frame + rowHeight);
    m_recipients->setMaximumHeight(frame + rows * rowHeight);
    show();
}

}  // namespace ui
