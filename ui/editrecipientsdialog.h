#pragma once

#include "mailstore.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ui {

// "Edit recipients" of a partly sent message (issue 9): one line per recipient still to do, with the reply
// the server gave for it, to correct a mistyped address (or empty a line to leave that recipient out).
// Each line is checked as it is typed with the one address parser (smtp::parseMailbox); Save stays disabled
// while one is wrong. The dialog only collects: OutboxView hands mailboxes() to MailStore::correctRecipients.
class EditRecipientsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditRecipientsDialog(const store::MailItem &item, QWidget *parent = nullptr);

    QString itemId() const { return m_id; }
    // The lines as typed, trimmed; empty lines left out.
    QStringList mailboxes() const;
    QList<QLineEdit *> edits() const { return m_edits; }
    // The first problem, in words, or empty when every line is an address that can be sent to.
    QString problem() const;

private:
    void check();

    QString m_id;
    QList<QLineEdit *> m_edits;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

}  // namespace ui
