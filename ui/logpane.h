#pragma once

#include "stagetimer.h"
#include "tlsreport.h"
#include "transcript.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QTreeView;

namespace ui {

class TranscriptModel;
class LogFilter;

// The protocol log: every line Stamp sent and the server answered, TLS details, notes and errors, each with
// its meaning in plain words beside it; server lines marked by reply class in a word and an icon (not colour
// alone); each connection under a title with its time, server and outcome, foldable, holding its TLS report
// and its time per stage; a detail view that shows the selected line in full, wrapped. Filters by direction,
// by class and "problems only", with search on top; copyable, savable. Secrets never reach it: the engine
// masks them where the events are made, and this pane only ever shows TranscriptEvent::text.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);

    TranscriptModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Rows the search leaves visible.
    int visibleRowCount() const;

    void append(const smtp::TranscriptEvent &event);
    // The current session's TLS report and its time per stage, as rows of its group (store::Submission
    // forwards them from the engine).
    void appendTlsReport(const smtp::TlsReport &report);
    void appendTimings(const smtp::StageTimings &timings);
    // Folds a session (1, 2, ...) under its title, or unfolds it; the user does it with a double-click or
    // Enter on the title.
    void setSessionCollapsed(int session, bool collapsed);
    bool isSessionCollapsed(int session) const;
    void clear();
    void setFilterText(const QString &text);
    // -1 for every direction, else an smtp::TranscriptEvent::Kind.
    void setDirectionFilter(int kind);
    // -1 for every line, else an smtp::ReplyClass: only server replies of that class.
    void setClassFilter(int replyClass);
    // Only 4xx/5xx replies and errors (with the session titles).
    void setProblemsOnly(bool on);
    // The detail view: the current line in full, with its explanation.
    QPlainTextEdit *detailView() const { return m_detail; }
    // The selected rows (all visible rows when none is selected), one line each, to the clipboard.
    void copySelection();
    // Every row (not only the visible ones) as text. Returns false and sets *error when it cannot write.
    bool saveToFile(const QString &path, QString *error);
    void saveAs();

private:
    void updateStatus();
    void showDetail();

    TranscriptModel *m_model;
    LogFilter *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_search;
    QComboBox *m_direction;
    QComboBox *m_class;
    QCheckBox *m_problems;
    QPlainTextEdit *m_detail;
    QLabel *m_status;
    bool m_stickToBottom = true;
};

}  // namespace ui
