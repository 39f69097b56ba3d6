#pragma once

#include "emlreader.h"
#include "mailstore.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ui {

// The Sent folder: date, recipients and subject of each message, newest first, filtered by what is typed in
// the search field (recipients and subject). Opening one shows it read-only; "Edit as new" hands it to a
// composer.
class SentView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        ToColumn,
        SubjectColumn
    };
    explicit SentView(store::MailStore *store, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    void refresh();
    // Opens the read-only view of this item (also what double-click and Open do).
    class SentMessageDialog *openItem(const QString &id);
    // True when the item matches the search words: every word is in a recipient (To, Cc, Bcc, as typed or
    // as parsed) or in the subject, ignoring case.
    static bool matches(const store::MailItem &item, const QString &search);

Q_SIGNALS:
    void editAsNewRequested(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    QString currentId() const;

    store::MailStore *m_store;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QPushButton *m_open, *m_editAsNew;
    QList<store::MailItem> m_items;
};

// One sent message, read-only: headers, text and attached files from the .eml as it went out, how each
// recipient's server answered, and the protocol transcript kept beside it (sent/<id>.log), if there is one.
class SentMessageDialog : public QDialog
{
    Q_OBJECT
public:
    SentMessageDialog(store::MailStore *store, const QString &id, QWidget *parent = nullptr);
    QString id() const { return m_id; }
    bool isLoaded() const { return m_loaded; }
    // Where the transcript of this item is looked for.
    static QString transcriptPath(store::MailStore *store, const QString &id);

Q_SIGNALS:
    void editAsNewRequested(const QString &id);

private:
    QString m_id;
    bool m_loaded = false;
};

}  // namespace ui
