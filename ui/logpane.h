#pragma once

#include "transcript.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace ui {

class TranscriptModel;

// The protocol log: every line Stamp sent and the server answered, TLS details, notes and errors, coloured
// by direction, searchable, copyable, savable. Secrets never reach it: the engine masks them where the events
// are made, and this pane only ever shows TranscriptEvent::text.
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
    void clear();
    void setFilterText(const QString &text);
    // The selected rows (all visible rows when none is selected), one line each, to the clipboard.
    void copySelection();
    // Every row (not only the visible ones) as text. Returns false and sets *error when it cannot write.
    bool saveToFile(const QString &path, QString *error);
    void saveAs();

private:
    void updateStatus();

    TranscriptModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_search;
    QLabel *m_status;
    bool m_stickToBottom = true;
};

}  // namespace ui
