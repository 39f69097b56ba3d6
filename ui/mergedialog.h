#pragma once

#include "mailstore.h"
#include "mergerun.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace ui {

class AppContext;

// Tools → Mail Merge… (issue 13): one message per row of a CSV file, from the message in the window (its To,
// Cc, Bcc, Subject and body with {{placeholders}}; From is the window's) or a template file. Every problem is
// listed before anything is sent (placeholders with no column, CSV errors, each row's error with its row and
// line); each row's message can be previewed as it will go; a rate limit; Send runs the merge through the
// store (store::MergeRun: the outbox, one connection, the same code path as `stamp merge`) without blocking
// the window, and each row shows its result as it comes. Stop keeps the rows not yet tried out of the outbox;
// running the same template and CSV again (Resume) skips the rows already sent.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        LineColumn,
        ToColumn,
        SubjectColumn,
        StateColumn
    };

    // windowMessage: the window's message as it is now (its From and account are the sender of every row);
    // asked again whenever the dialog reads its inputs again (a choice changed, the dialog activated, Send),
    // so what is previewed and sent is what the window shows.
    using MessageSource = std::function<store::MailItem()>;
    MergeDialog(AppContext *app, MessageSource windowMessage, QWidget *parent = nullptr);
    ~MergeDialog() override;

    // Reads the chosen template and CSV again and checks every row (what the file choosers do).
    void reload();
    void setCsvFile(const QString &path);
    void setTemplateFile(const QString &path);  // empty: the window's message
    void setRate(int perMinute);
    void showRow(int rowNumber);  // the preview's row (1 = the first after the header)
    void send();
    void stop();
    bool isRunning() const;

    QTreeWidget *rowList() const { return m_rows; }
    QPlainTextEdit *problems() const { return m_problems; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *status() const { return m_status; }
    store::MergeRun *run() const { return m_run; }

Q_SIGNALS:
    // The SMTP conversation, for the window's log pane.
    void transcript(const smtp::TranscriptEvent &event);
    // The connection's TLS report (certificate, protocol, cipher), for the log pane as a send shows it.
    void tlsReport(const smtp::TlsReport &report);
    // Each row's own stage timings (envelope, content, final reply) once its message is done, for the log
    // pane's timings row under that message.
    void rowTimings(const smtp::StageTimings &timings);
    void mergeFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void chooseTemplate();
    void chooseCsv();
    void fillRows();
    void updatePreview();
    void updateButtons();
    void showDetails();
    void onRowFinished(int rowNumber, const smtp::Outcome &outcome, bool busy);
    void onFinished();
    QTreeWidgetItem *itemOfRow(int rowNumber) const;

    AppContext *m_app;
    MessageSource m_source;
    store::MailItem m_windowMessage;
    store::MergeRun *m_run;
    bool m_loaded = false;
    bool m_showingResults = false;
    bool m_closeWhenStopped = false;
    bool m_starting = false;  // Send pressed, the password not yet given  // a run's per-row results are
                              // shown (kept until a choice changes)
    QRadioButton *m_useWindow;
    QRadioButton *m_useFile;
    QLineEdit *m_templatePath;
    QPushButton *m_templateBrowse;
    QLineEdit *m_csvPath;
    QPlainTextEdit *m_problems;
    QTreeWidget *m_rows;
    QSpinBox *m_row;
    QPlainTextEdit *m_preview;
    QPushButton *m_details;
    QSpinBox *m_rate;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_close;
    QStringList m_heldBack;  // outbox ids the window's queue leaves to this merge while it runs
    int m_toSend = 0, m_done = 0, m_sent = 0, m_refused = 0, m_waiting = 0;
};

}  // namespace ui
