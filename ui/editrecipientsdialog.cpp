#include "editrecipientsdialog.h"

#include "address.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

EditRecipientsDialog::EditRecipientsDialog(const store::MailItem &item, QWidget *parent)
    : QDialog(parent), m_id(item.id)
{
    setObjectName(QStringLiteral("editRecipientsDialog"));
    setWindowTitle(tr("Edit Recipients"));
    auto *intro =
        new QLabel(tr("“%1” was delivered to the others. Correct the addresses it was not delivered "
                      "to, or empty a line to leave that recipient out; then send it to them again.")
                       .arg(item.subject.isEmpty() ? tr("(no subject)") : item.subject),
                   this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (int i = 0; i < item.envelopeTo.size(); ++i) {
        const QString address = item.envelopeTo.at(i);
        QString reply;
        for (const store::RecipientRecord &r : item.recipients)
            if (r.address.compare(address, Qt::CaseInsensitive) == 0)
                reply = r.reply;
        auto *edit = new QLineEdit(address, this);
        edit->setObjectName(QStringLiteral("recipientEdit%1").arg(i));
        edit->setAccessibleName(tr("Recipient %1").arg(i + 1));
        edit->setAccessibleDescription(tr("The corrected address; empty leaves this recipient out"));
        auto *replyLabel = new QLabel(reply.isEmpty() ? tr("The server did not answer for this recipient.")
                                                      : tr("Server said: %1").arg(reply),
                                      this);
        replyLabel->setObjectName(QStringLiteral("recipientReply%1").arg(i));
        replyLabel->setWordWrap(true);
        replyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *row = new QVBoxLayout;
        row->addWidget(edit);
        row->addWidget(replyLabel);
        form->addRow(tr("Recipient %1:").arg(i + 1), row);
        connect(edit, &QLineEdit::textChanged, this, &EditRecipientsDialog::check);
        m_edits << edit;
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("recipientsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d92d20"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("editRecipientsButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("editRecipientsSave"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    check();
}

QStringList EditRecipientsDialog::mailboxes() const
{
    QStringList out;
    for (const QLineEdit *e : m_edits)
        if (!e->text().trimmed().isEmpty())
            out << e->text().trimmed();
    return out;
}

QString EditRecipientsDialog::problem() const
{
    // The same checks MailStore::correctRecipients makes: smtp::parseMailbox, as for RCPT TO.
    for (const QLineEdit *e : m_edits) {
        const QString text = e->text().trimmed();
        if (text.isEmpty())
            continue;
        QString why;
        if (smtp::parseMailbox(text, &why).isNull())
            return tr("“%1”: %2").arg(text, why);
    }
    if (mailboxes().isEmpty())
        return tr("Give at least one recipient, or delete the message from the outbox.");
    return {};
}

void EditRecipientsDialog::check()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
}

}  // namespace ui
