#include "previewdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

PreviewDialog::PreviewDialog(const smtp::WirePreview &preview, const QList<smtp::Finding> &findings,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("previewDialog"));
    setWindowTitle(tr("Preview: the message as it will go out"));
    auto *layout = new QVBoxLayout(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *envelope = new QTreeWidget(this);
    envelope->setObjectName(QStringLiteral("previewEnvelope"));
    envelope->setAccessibleName(tr("Envelope"));
    envelope->setAccessibleDescription(
        tr("The commands that tell the server who sends and who receives; a recipient in no header is Bcc"));
    envelope->setHeaderLabels({tr("Envelope"), tr("Header")});
    envelope->setRootIsDecorated(false);
    envelope->setFont(mono);
    new QTreeWidgetItem(envelope, {QString::fromUtf8(preview.mailLine), tr("From")});
    for (const smtp::EnvelopeEntry &e : preview.recipients)
        new QTreeWidgetItem(envelope, {QString::fromUtf8(e.rcptLine), smtp::roleName(e.role)});
    for (const smtp::Mailbox &m : preview.notInEnvelope)
        new QTreeWidgetItem(envelope, {m.address(), tr("named in the header, sent no copy")});
    envelope->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *headers = new QPlainTextEdit(this);
    headers->setObjectName(QStringLiteral("previewHeaders"));
    headers->setAccessibleName(tr("Header section"));
    headers->setAccessibleDescription(tr("The header section exactly as it goes out"));
    headers->setReadOnly(true);
    headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    headers->setFont(mono);
    headers->setPlainText(QString::fromUtf8(preview.headerSection));

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(envelope);
    top->addWidget(headers);
    top->setStretchFactor(1, 2);

    auto *mime = new QTreeWidget(this);
    mime->setObjectName(QStringLiteral("previewMime"));
    mime->setAccessibleName(tr("MIME structure"));
    mime->setHeaderLabels({tr("Part"), tr("Encoding"), tr("Size"), tr("File name")});
    QList<QTreeWidgetItem *> parents;
    for (const smtp::MimePart &p : preview.parts) {
        QString type = QString::fromLatin1(p.contentType);
        if (!p.charset.isEmpty())
            type += QStringLiteral("; charset=") + QString::fromLatin1(p.charset);
        const QString size = p.decodedSize >= 0 ? tr("%1 bytes (%2 decoded)").arg(p.size).arg(p.decodedSize)
                                                : tr("%1 bytes").arg(p.size);
        const QStringList columns{type, QString::fromLatin1(p.transferEncoding), size, p.fileName};
        while (parents.size() > p.depth)
            parents.removeLast();
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(mime, columns)
                                       : new QTreeWidgetItem(parents.last(), columns);
        parents << item;
    }
    mime->expandAll();
    mime->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_lint = new QTreeWidget(this);
    m_lint->setObjectName(QStringLiteral("previewLint"));
    m_lint->setAccessibleName(tr("Lint"));
    m_lint->setAccessibleDescription(tr("What may go wrong with this message, and what to change"));
    m_lint->setHeaderLabels({tr("Severity"), tr("Topic"), tr("Finding"), tr("What to change")});
    m_lint->setRootIsDecorated(false);
    m_lint->setWordWrap(true);
    addFindings(findings);

    auto *size = new QLabel(tr("Size: %1 bytes. Nothing has been sent.").arg(preview.size), this);
    size->setObjectName(QStringLiteral("previewSize"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(mime);
    split->addWidget(m_lint);
    layout->addWidget(split);
    layout->addWidget(size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 640);
}

void PreviewDialog::addFindings(const QList<smtp::Finding> &findings)
{
    if (!findings.isEmpty() && m_nothing) {
        delete m_nothing;
        m_nothing = nullptr;
    }
    for (const smtp::Finding &f : findings)
        new QTreeWidgetItem(m_lint, {smtp::severityWord(f.severity), f.topic, f.what, f.fix});
    if (m_lint->topLevelItemCount() == 0)
        m_nothing = new QTreeWidgetItem(m_lint, {smtp::severityWord(smtp::Finding::Severity::Ok), QString(),
                                                 tr("Nothing to change."), QString()});
}

}  // namespace ui
