#pragma once

#include "finding.h"
#include "preview.h"

#include <QDialog>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ui {

// "Preview" (issue 12): the message as it will go out, read-only: the envelope beside the header section
// (each RCPT marked To, Cc or Bcc), the exact header section in a monospace font, the MIME tree, and lint.
// Findings that arrive later (the From domain's DNS lookups) are added with addFindings().
class PreviewDialog : public QDialog
{
    Q_OBJECT
public:
    PreviewDialog(const smtp::WirePreview &preview, const QList<smtp::Finding> &findings,
                  QWidget *parent = nullptr);
    void addFindings(const QList<smtp::Finding> &findings);

private:
    QTreeWidget *m_lint;
    QTreeWidgetItem *m_nothing = nullptr;  // "Nothing to change", while nothing was found
};

}  // namespace ui
