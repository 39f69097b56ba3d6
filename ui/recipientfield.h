#pragma once

#include "address.h"
#include "contactcompletion.h"

#include <QLineEdit>
#include <QTimer>
#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QCompleter;
class QLabel;

namespace ui {

// A line edit for several comma-separated mailboxes that completes the one being typed (the text after the
// last comma) from the address book (ContactCompletionModel: contacts with their names, and groups, which
// become the text groupText() gives).
class AddressEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit AddressEdit(QWidget *parent = nullptr);
    // namedGroups: whether the field offers a group as a named group (To and Cc); elsewhere only the entries
    // that give members are shown.
    void setCompletionModel(QAbstractItemModel *model, bool namedGroups = true);
    QCompleter *completer() const { return m_completer; }
    // What a group's name becomes in this field (its members, or group syntax); empty: not a group.
    void setGroupText(std::function<QString(const QString &group, GroupForm form)> groupText)
    {
        m_groupText = std::move(groupText);
    }
    QString groupText(const QString &group, GroupForm form = GroupForm::AsSaved) const
    {
        return m_groupText ? m_groupText(group, form) : QString();
    }
    // Entries that are a group's name, typed without an address, become the group's text. True when any did.
    bool expandTypedGroups();
    // The text without the entry the cursor is in (the one being typed), for checks while typing.
    QString textBesideCurrentEntry() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    // Keys typed while the suggestions are open (the list has the keyboard): seen before QCompleter's own
    // filter, which would pass an Alt key on to the line as a letter and drop Return without a choice.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filterPopupKeys();
    void updateCompletion();
    void insertCompletion(const QString &completion);
    void insertChosen(const QModelIndex &index);
    // Where the mailbox under the cursor starts: just after the last comma outside quotes and angle brackets.
    qsizetype segmentStart() const;

    QCompleter *m_completer;
    std::function<QString(const QString &, GroupForm)> m_groupText;
};

// One recipient row (To, Cc or Bcc): the edit, and under it, in words, what is wrong with what was typed.
// Checked shortly after each keystroke and when the field is left, with smtp::parseMailboxList, the same
// parser that builds the envelope, so what is accepted here is what gets sent.
class RecipientField : public QWidget
{
    Q_OBJECT
public:
    // `name` is the object-name stem: "to" gives "toEdit" and "toError".
    RecipientField(const QString &name, const QString &accessibleName, QWidget *parent = nullptr);

    AddressEdit *edit() const { return m_edit; }
    QLabel *errorLabel() const { return m_error; }
    QString text() const { return m_edit->text(); }
    void setText(const QString &text);
    // The parsed mailboxes; empty (and *error set) when something is wrong.
    QList<smtp::Mailbox> mailboxes(QString *error = nullptr) const;
    // Checks now and shows or hides the error. Returns true when the field is empty or valid.
    bool validateNow();
    // The check after a pause in typing: the entry being typed is left alone until the cursor leaves it
    // ("ann@" is not an error yet), so the line under the field does not come and go with each pause.
    void validateTyped();
    QString errorText() const;

Q_SIGNALS:
    void changed();

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    bool showCheck(const QString &text);

    AddressEdit *m_edit;
    QLabel *m_error;
    QTimer m_debounce;
};

}  // namespace ui
