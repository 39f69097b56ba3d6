#include "mergedialog.h"

#include "appcontext.h"
#include "lint.h"
#include "message.h"
#include "previewdialog.h"
#include "screenfit.h"
#include "sendservice.h"
#include "uisettings.h"
#include "util.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

using Category = smtp::Outcome::Category;
using RowState = store::MergeRun::RowState;

namespace {

constexpr int RowRole = Qt::UserRole + 1;

bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("ui::MergeDialog", "Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *bytes = f.readAll();
    return true;
}

QString rowLabel(const store::merge::Row &row)
{
    return QCoreApplication::translate("ui::MergeDialog", "Row %1 (line %2)").arg(row.number).arg(row.line);
}

// The window's message as the merge's template: what it will send, in a stable form for the merge's id (the
// same message and CSV give the same id, so running it again resumes).
QByteArray templateKey(const store::MailItem &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("to"), t.to);
    o.insert(QStringLiteral("cc"), t.cc);
    o.insert(QStringLiteral("bcc"), t.bcc);
    o.insert(QStringLiteral("replyTo"), t.replyTo);
    o.insert(QStringLiteral("subject"), t.subject);
    o.insert(QStringLiteral("body"), t.body);
    o.insert(QStringLiteral("html"), t.html);
    o.insert(QStringLiteral("from"), t.from);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace

MergeDialog::MergeDialog(AppContext *app, MessageSource windowMessage, QWidget *parent)
    : QDialog(parent), m_app(app), m_source(std::move(windowMessage)),
      m_run(new store::MergeRun(app->mail(), this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Mail Merge"));
    m_run->setTakeBackOnStop(true);

    // The template and the rows.
    m_useWindow = new QRadioButton(tr("Use the &message in this window"), this);
    m_useWindow->setObjectName(QStringLiteral("mergeUseWindow"));
    m_useWindow->setAccessibleName(tr("Use the message in this window as the template"));
    m_useWindow->setAccessibleDescription(
        tr("Its To, Cc, Bcc, Subject and text, with {{placeholders}}; From is the window's"));
    m_useWindow->setChecked(true);
    m_useFile = new QRadioButton(tr("Template &file:"), this);
    m_useFile->setObjectName(QStringLiteral("mergeUseFile"));
    m_useFile->setAccessibleName(tr("Use a template file"));
    m_useFile->setAccessibleDescription(tr("The file named beside it; From is still the window's"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_useWindow);
    group->addButton(m_useFile);
    m_templatePath = new QLineEdit(this);
    m_templatePath->setObjectName(QStringLiteral("mergeTemplatePath"));
    m_templatePath->setAccessibleName(tr("Template file"));
    m_templatePath->setAccessibleDescription(
        tr("A Stamp template, or a text file: header lines, an empty line, the text"));
    m_templateBrowse = new QPushButton(tr("&Browse…"), this);
    m_templateBrowse->setObjectName(QStringLiteral("mergeTemplateBrowse"));
    m_templateBrowse->setAccessibleName(tr("Choose the template file"));
    m_templateBrowse->setAccessibleDescription(tr("Opens a file chooser"));
    m_templateBrowse->setAutoDefault(false);
    m_csvPath = new QLineEdit(this);
    m_csvPath->setObjectName(QStringLiteral("mergeCsvPath"));
    m_csvPath->setAccessibleName(tr("CSV file"));
    m_csvPath->setAccessibleDescription(tr("UTF-8; the first line names the columns"));
    auto *csvLabel = new QLabel(tr("CSV f&ile:"), this);
    csvLabel->setBuddy(m_csvPath);
    auto *csvBrowse = new QPushButton(tr("Br&owse…"), this);
    csvBrowse->setObjectName(QStringLiteral("mergeCsvBrowse"));
    csvBrowse->setAccessibleName(tr("Choose the CSV file"));
    csvBrowse->setAccessibleDescription(tr("Opens a file chooser"));
    csvBrowse->setAutoDefault(false);
    auto *sources = new QGridLayout;
    sources->addWidget(m_useWindow, 0, 0, 1, 3);
    sources->addWidget(m_useFile, 1, 0);
    sources->addWidget(m_templatePath, 1, 1);
    sources->addWidget(m_templateBrowse, 1, 2);
    sources->addWidget(csvLabel, 2, 0);
    sources->addWidget(m_csvPath, 2, 1);
    sources->addWidget(csvBrowse, 2, 2);

    // What is wrong, before anything is sent.
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("mergeProblems"));
    m_problems->setAccessibleName(tr("Problems found before sending"));
    m_problems->setAccessibleDescription(tr(
        "Placeholders with no column, CSV errors, and each row that cannot be sent, with its row and line"));
    m_problems->setReadOnly(true);
    m_problems->setTabChangesFocus(true);
    m_problems->setMaximumHeight(90);
    auto *problemsLabel = new QLabel(tr("&Problems:"), this);
    problemsLabel->setBuddy(m_problems);

    // The rows, each with what it will do or did.
    m_rows = new QTreeWidget(this);
    m_rows->setObjectName(QStringLiteral("mergeRows"));
    m_rows->setAccessibleName(tr("Rows of the merge"));
    m_rows->setAccessibleDescription(
        tr("Each row's recipient, subject and result; the selected row is previewed"));
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels({tr("Row"), tr("Line"), tr("To"), tr("Subject"), tr("State")});
    m_rows->header()->setSectionResizeMode(RowColumn, QHeaderView::ResizeToContents);
    m_rows->header()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_rows->header()->resizeSection(ToColumn, 220);
    m_rows->header()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    auto *rowsLabel = new QLabel(tr("Ro&ws:"), this);
    rowsLabel->setBuddy(m_rows);

    // One row's message as it will go.
    m_row = new QSpinBox(this);
    m_row->setObjectName(QStringLiteral("mergePreviewRow"));
    m_row->setAccessibleName(tr("Row to preview"));
    m_row->setAccessibleDescription(tr("1 is the first row after the CSV file's header"));
    m_row->setRange(0, 0);
    auto *rowLabelWidget = new QLabel(tr("Preview of &row:"), this);
    rowLabelWidget->setBuddy(m_row);
    m_details = new QPushButton(tr("Message &Details…"), this);
    m_details->setObjectName(QStringLiteral("mergeDetails"));
    m_details->setAccessibleName(tr("Show this row's envelope, header section and MIME structure"));
    m_details->setAccessibleDescription(tr("The preview of any message, with what may go wrong"));
    m_details->setAutoDefault(false);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_preview->setAccessibleName(tr("The row's message as it will be sent"));
    m_preview->setAccessibleDescription(tr("Its From, To, Subject and text, with the row's values"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    auto *previewTop = new QHBoxLayout;
    previewTop->addWidget(rowLabelWidget);
    previewTop->addWidget(m_row);
    previewTop->addStretch();
    previewTop->addWidget(m_details);

    // Rate, progress and the buttons.
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("mergeRate"));
    m_rate->setAccessibleName(tr("Messages per minute"));
    m_rate->setAccessibleDescription(tr("0: no limit"));
    m_rate->setRange(0, 100000);
    m_rate->setSpecialValueText(tr("No limit"));
    m_rate->setSuffix(tr(" per minute"));
    auto *rateLabel = new QLabel(tr("Rate &limit:"), this);
    rateLabel->setBuddy(m_rate);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("mergeProgress"));
    m_progress->setAccessibleName(tr("Merge progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mergeStatus"));
    m_status->setAccessibleName(tr("Merge status"));
    m_status->setWordWrap(true);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("mergeSend"));
    m_send->setAccessibleName(tr("Send the merge"));
    m_send->setAccessibleDescription(
        tr("Each row through the outbox, over one connection; rows sent by an earlier run are skipped"));
    m_send->setAutoDefault(false);
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("mergeStop"));
    m_stop->setAccessibleName(tr("Stop the merge"));
    m_stop->setAccessibleDescription(tr("The row being sent ends; the rows not yet tried are not sent"));
    m_stop->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close the mail merge"));
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(rateLabel);
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sources);
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problems);
    layout->addWidget(rowsLabel);
    layout->addWidget(m_rows, 1);
    layout->addLayout(previewTop);
    layout->addWidget(m_preview, 1);
    layout->addLayout(rateRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(fitToScreen(this, QSize(760, 640)));  // 960×540 at 200%: smaller there

    connect(m_useWindow, &QRadioButton::toggled, this, [this] { reload(); });
    connect(m_templateBrowse, &QPushButton::clicked, this, &MergeDialog::chooseTemplate);
    connect(csvBrowse, &QPushButton::clicked, this, &MergeDialog::chooseCsv);
    connect(m_templatePath, &QLineEdit::editingFinished, this, [this] {
        if (m_useFile->isChecked())
            reload();
    });
    connect(m_csvPath, &QLineEdit::editingFinished, this, &MergeDialog::reload);
    connect(m_row, &QSpinBox::valueChanged, this, &MergeDialog::updatePreview);
    connect(m_rows, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_row->setValue(item->data(RowColumn, RowRole).toInt());
    });
    connect(m_details, &QPushButton::clicked, this, &MergeDialog::showDetails);
    connect(m_send, &QPushButton::clicked, this, &MergeDialog::send);
    connect(m_stop, &QPushButton::clicked, this, &MergeDialog::stop);
    connect(m_run, &store::MergeRun::transcript, this, &MergeDialog::transcript);
    connect(m_run, &store::MergeRun::tlsReport, this, &MergeDialog::tlsReport);
    connect(m_run, &store::MergeRun::rowStarted, this, [this](int rowNumber, const QString &) {
        if (QTreeWidgetItem *item = itemOfRow(rowNumber))
            item->setText(StateColumn, tr("sending…"));
    });
    connect(m_run, &store::MergeRun::rowFinished, this,
            [this](int rowNumber, const QString &, const smtp::Outcome &outcome, bool busy) {
                Q_EMIT rowTimings(outcome.timings);
                onRowFinished(rowNumber, outcome, busy);
            });
    connect(m_run, &store::MergeRun::finished, this, &MergeDialog::onFinished);
    reload();
}

MergeDialog::~MergeDialog()
{
    // A run still going records its row in flight and takes the rows never tried back out of the outbox; told
    // to no one, as the dialog (and perhaps the window) are going.
    disconnect(m_run, nullptr, nullptr, nullptr);
    delete m_run;
    if (!m_heldBack.isEmpty())
        sendController(m_app)->holdBack(m_heldBack, false);
}

bool MergeDialog::event(QEvent *event)
{
    // Back from editing the message in the window: the rows and the preview follow it.
    // The results of a run stay until the user changes a choice or sends again.
    if (event->type() == QEvent::WindowActivate && !m_run->isRunning() && !m_starting && !m_showingResults)
        reload();
    return QDialog::event(event);
}

void MergeDialog::closeEvent(QCloseEvent *event)
{
    // Closing while sending stops the merge, and the dialog closes once the row in flight is recorded:
    // nothing goes on out of sight.
    if (m_run->isRunning()) {
        m_closeWhenStopped = true;
        stop();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

bool MergeDialog::isRunning() const
{
    return m_run->isRunning();
}

void MergeDialog::setCsvFile(const QString &path)
{
    m_csvPath->setText(path);
    reload();
}

void MergeDialog::setTemplateFile(const QString &path)
{
    m_templatePath->setText(path);
    const bool file = !path.isEmpty();
    if ((file ? m_useFile : m_useWindow)->isChecked())
        reload();
    else
        (file ? m_useFile : m_useWindow)->setChecked(true);  // reloads
}

void MergeDialog::setRate(int perMinute)
{
    m_rate->setValue(perMinute);
}

void MergeDialog::chooseTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Template"), m_templatePath->text(),
                                                      tr("Templates (*.json *.txt *.eml);;All files (*)"));
    if (!path.isEmpty())
        setTemplateFile(path);
}

void MergeDialog::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CSV File"), m_csvPath->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setCsvFile(path);
}

void MergeDialog::reload()
{
    if (m_run->isRunning() || m_starting)
        return;
    m_showingResults = false;
    const int shown = m_row->value();
    if (m_source)
        m_windowMessage = m_source();
    m_templatePath->setEnabled(m_useFile->isChecked());
    m_templateBrowse->setEnabled(m_useFile->isChecked());
    m_loaded = false;
    QStringList problems;
    QString error;
    const QString csvPath = m_csvPath->text().trimmed();
    if (csvPath.isEmpty()) {
        problems << tr(
            "Choose a CSV file: its first line names the columns, each other line is one message.");
    } else if (m_useFile->isChecked() && m_templatePath->text().trimmed().isEmpty()) {
        problems << tr("Choose a template file, or use the message in this window.");
    } else {
        QByteArray csv, templ;
        if (!readFile(csvPath, &csv, &error)
            || (m_useFile->isChecked() && !readFile(m_templatePath->text().trimmed(), &templ, &error))) {
            problems << error;
        } else {
            const bool ok = m_useFile->isChecked()
                                ? m_run->load(templ, csv, &error)
                                : m_run->load(m_windowMessage, templateKey(m_windowMessage), csv, &error);
            if (!ok) {
                problems << error;
            } else {
                m_run->setSender(m_windowMessage.account, m_windowMessage.from);
                m_run->plan();
                m_loaded = true;
                if (m_windowMessage.account.isEmpty())
                    problems << tr("Choose an account in From first (Tools → Accounts): the merge is sent "
                                   "through it.");
                for (const store::MergeRun::PlannedRow &p : m_run->rows())
                    if (p.state == RowState::Invalid)
                        problems << tr("%1: not sent: %2").arg(rowLabel(p.row), p.row.error);
                    else if (p.state == RowState::Held)
                        problems << tr("%1: not sent again: %2 (send it from the outbox once you have "
                                       "checked)")
                                        .arg(rowLabel(p.row), p.reason);
                if (m_run->rows().isEmpty())
                    problems << tr("The CSV file has a header but no rows: nothing to send.");
            }
        }
    }
    m_problems->setPlainText(problems.isEmpty() ? tr("No problems found.")
                                                : problems.join(QLatin1Char('\n')));
    fillRows();
    if (shown > 0 && shown <= m_row->maximum())
        showRow(shown);
    updateButtons();
}

void MergeDialog::fillRows()
{
    m_rows->clear();
    m_toSend = 0;
    if (!m_loaded) {
        m_row->setRange(0, 0);
        updatePreview();
        return;
    }
    for (const store::MergeRun::PlannedRow &p : m_run->rows()) {
        auto *item = new QTreeWidgetItem(
            m_rows,
            {QString::number(p.row.number), QString::number(p.row.line), p.row.item.to, p.row.item.subject,
             p.state == RowState::Invalid ? p.row.error : store::MergeRun::stateText(p.state)});
        item->setData(RowColumn, RowRole, p.row.number);
        if (p.state == RowState::New || p.state == RowState::Queued)
            ++m_toSend;
    }
    const int rows = int(m_run->rows().size());
    m_row->setRange(rows > 0 ? 1 : 0, rows);
    const int earlier = m_run->count(RowState::AlreadySent);
    m_send->setText(earlier > 0 ? tr("Res&ume") : tr("&Send"));
    m_status->setText(
        earlier > 0
            ? tr("%n row(s) sent by an earlier run of this merge: they are not sent again.", nullptr, earlier)
            : tr("%n message(s) to send.", nullptr, m_toSend));
    updatePreview();
}

QTreeWidgetItem *MergeDialog::itemOfRow(int rowNumber) const
{
    for (int i = 0; i < m_rows->topLevelItemCount(); ++i)
        if (m_rows->topLevelItem(i)->data(RowColumn, RowRole).toInt() == rowNumber)
            return m_rows->topLevelItem(i);
    return nullptr;
}

void MergeDialog::showRow(int rowNumber)
{
    m_row->setValue(rowNumber);
    updatePreview();
}

void MergeDialog::updatePreview()
{
    const int n = m_row->value();
    m_details->setEnabled(false);
    if (!m_loaded || n < 1 || n > m_run->rows().size()) {
        m_preview->clear();
        return;
    }
    const store::MergeRun::PlannedRow &p = m_run->rows()[n - 1];
    const store::MailItem &m = p.row.item;
    QStringList text;
    text << tr("From: %1").arg(m.from);
    text << tr("To: %1").arg(m.to);
    if (!m.cc.isEmpty())
        text << tr("Cc: %1").arg(m.cc);
    if (!m.bcc.isEmpty())
        text << tr("Bcc: %1").arg(m.bcc);
    if (!m.replyTo.isEmpty())
        text << tr("Reply-To: %1").arg(m.replyTo);
    text << tr("Subject: %1").arg(m.subject);
    text << QString() << m.body;
    if (p.state == RowState::Invalid)
        text.prepend(tr("Not sent: %1").arg(p.row.error) + QLatin1Char('\n'));
    m_preview->setPlainText(text.join(QLatin1Char('\n')));
    m_details->setEnabled(p.state != RowState::Invalid);
    if (QTreeWidgetItem *item = itemOfRow(n); item && m_rows->currentItem() != item)
        m_rows->setCurrentItem(item);
}

void MergeDialog::showDetails()
{
    const int n = m_row->value();
    if (!m_loaded || n < 1 || n > m_run->rows().size())
        return;
    smtp::Message message;
    QString error;
    if (!m_run->rows()[n - 1].row.item.toMessage(&message, &error)
        || !(error = message.validate()).isEmpty()) {
        tellUser(this, QStringLiteral("mergePreviewFailed"), QMessageBox::Warning, tr("No preview"),
                 tr("This row's message cannot be previewed: %1").arg(error));
        return;
    }
    smtp::ServerOffer offer;
    offer.maxSize = m_app->settings()->serverMaxSize(m_windowMessage.account);
    smtp::MimeMessageSource source(message);
    smtp::WirePreview preview;
    if (!smtp::previewMessage(&source, {message.from, message.recipients()}, offer, {}, &preview, &error)) {
        tellUser(this, QStringLiteral("mergePreviewFailed"), QMessageBox::Warning, tr("No preview"),
                 tr("This row's message cannot be previewed: %1").arg(error));
        return;
    }
    auto *dialog = new PreviewDialog(preview, smtp::lint(preview), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MergeDialog::updateButtons()
{
    const bool running = m_run->isRunning() || m_starting;
    m_send->setEnabled(!running && m_loaded && m_toSend > 0 && !m_windowMessage.account.isEmpty());
    m_stop->setEnabled(running);
    m_useWindow->setEnabled(!running);
    m_useFile->setEnabled(!running);
    m_templatePath->setEnabled(!running && m_useFile->isChecked());
    m_templateBrowse->setEnabled(!running && m_useFile->isChecked());
    m_csvPath->setEnabled(!running);
    m_rate->setEnabled(!running);
}

void MergeDialog::send()
{
    if (m_starting || m_run->isRunning())
        return;
    reload();  // the files and the window's message as they are now
    if (!m_loaded || m_toSend == 0)
        return;
    m_starting = true;
    const int perMinute = m_rate->value();
    m_run->setInterval(perMinute > 0 ? std::max<qint64>(1, 60'000 / perMinute) : 0);
    updateButtons();
    m_status->setText(tr("Getting the password…"));
    // The account's options and password as for any message (the keychain, or a prompt), then the run.
    store::MailItem probe = m_windowMessage;
    QPointer<MergeDialog> self(this);
    sendController(m_app)->obtainOptions(
        probe, this,
        [self](const std::optional<smtp::SessionOptions> &options, const smtp::Outcome &failure) {
            if (!self)
                return;
            self->m_starting = false;
            if (!options) {
                self->m_status->setText(failure.summary);
                self->updateButtons();
                return;
            }
            QString error;
            if (!self->m_run->start(*options, &error)) {
                self->m_status->setText(error);
                self->updateButtons();
                return;
            }
            // The window's queue leaves these rows to the merge while it runs.
            self->m_heldBack.clear();
            for (const store::MergeRun::PlannedRow &p : self->m_run->rows())
                if (p.state == RowState::New || p.state == RowState::Queued)
                    self->m_heldBack << p.outboxId;
            sendController(self->m_app)->holdBack(self->m_heldBack, true);
            self->m_done = self->m_sent = self->m_refused = self->m_waiting = 0;
            self->fillRows();
            self->m_progress->setRange(0, std::max(1, self->m_toSend));
            self->m_progress->setValue(0);
            const int toSend = self->m_toSend;
            self->m_status->setText(tr("Sending %n message(s)…", nullptr, toSend));
            self->updateButtons();
        });
}

void MergeDialog::stop()
{
    if (!m_run->isRunning())
        return;
    m_status->setText(tr("Stopping after the message being sent…"));
    m_run->stop();
}

void MergeDialog::onRowFinished(int rowNumber, const smtp::Outcome &outcome, bool busy)
{
    ++m_done;
    m_progress->setValue(std::min(m_done, m_progress->maximum()));
    QString text;
    if (busy) {
        text = tr("not sent by this merge: %1").arg(outcome.summary);
    } else {
        switch (outcome.category) {
        case Category::Sent:
            ++m_sent;
            text = tr("sent");
            break;
        case Category::TemporaryFailure:
            ++m_waiting;
            text = tr("not sent yet: %1 (left in the outbox for a retry)").arg(outcome.describe());
            break;
        default:
            ++m_refused;
            text = tr("not sent: %1").arg(outcome.describe());
            break;
        }
    }
    if (QTreeWidgetItem *item = itemOfRow(rowNumber)) {
        item->setText(StateColumn, text);
        item->setToolTip(StateColumn, text);
    }
    m_status->setText(tr("%1 of %n message(s) sent.", nullptr, m_toSend).arg(m_sent));
}

void MergeDialog::onFinished()
{
    sendController(m_app)->holdBack(m_heldBack, false);
    m_heldBack.clear();
    const int notTried = int(m_run->notStarted().size());
    for (const QString &id : m_run->notStarted())
        if (const store::MergeRun::PlannedRow *p = m_run->rowOf(id))
            if (QTreeWidgetItem *item = itemOfRow(p->row.number))
                item->setText(StateColumn, tr("not tried: Resume sends it"));
    QStringList summary;
    summary << tr("%1 of %n message(s) sent.", nullptr, m_toSend).arg(m_sent);
    if (m_refused > 0)
        summary << tr("%n refused.", nullptr, m_refused);
    if (m_waiting > 0)
        summary << tr("%n left in the outbox for a retry.", nullptr, m_waiting);
    if (notTried > 0)
        summary << tr("%n not tried: Resume sends them.", nullptr, notTried);
    m_status->setText(summary.join(QLatin1Char(' ')));
    m_send->setText(m_run->count(RowState::AlreadySent) + m_sent > 0 ? tr("Res&ume") : tr("&Send"));
    updateButtons();
    // The rows not tried are queued again by the next run; the rows sent are skipped.
    m_send->setEnabled(notTried > 0 || m_waiting > 0);
    m_showingResults = true;
    Q_EMIT mergeFinished();
    if (m_closeWhenStopped)
        close();
}

}  // namespace ui
