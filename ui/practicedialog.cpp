#include "practicedialog.h"

#include "server.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

PracticeDialog::PracticeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("practiceDialog"));
    setWindowTitle(tr("Practice Server"));
    auto *intro = new QLabel(tr("A real SMTP server on 127.0.0.1, inside Stamp, to learn SMTP and try Stamp "
                                "without an account. Faults make it fail the way real servers do."),
                             this);
    intro->setWordWrap(true);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("practicePort"));
    m_port->setRange(0, 65535);
    m_port->setValue(2525);
    m_port->setSpecialValueText(tr("any free port"));
    m_faults = new QLineEdit(this);
    m_faults->setObjectName(QStringLiteral("practiceFaults"));
    m_faults->setPlaceholderText(tr("none; for example: greylist slow=500ms"));
    m_faults->setToolTip(practice::Faults::listText());
    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(QStringLiteral("practiceStartStop"));
    connect(m_startStop, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });
    auto *form = new QFormLayout;
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Faults:"), m_faults);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("practiceStatus"));
    m_status->setWordWrap(true);
    m_settings = new QLabel(this);
    m_settings->setObjectName(QStringLiteral("practiceSettings"));
    m_settings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_settings->setWordWrap(true);

    m_messages = new QTreeWidget(this);
    m_messages->setObjectName(QStringLiteral("practiceMessages"));
    m_messages->setRootIsDecorated(false);
    m_messages->setHeaderLabels({tr("No."), tr("From"), tr("To"), tr("Size"), tr("Received")});
    m_messages->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_messages, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(0, Qt::UserRole).toString()));
    });
    m_openFolder = new QPushButton(tr("Open the &Messages Folder"), this);
    m_openFolder->setObjectName(QStringLiteral("practiceOpenFolder"));
    connect(m_openFolder, &QPushButton::clicked, this, [] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(practice::Server::messagesFolder(practice::Server::defaultFolder())));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_startStop, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_settings);
    layout->addWidget(new QLabel(tr("Messages received (double-click to open):"), this));
    layout->addWidget(m_messages, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_openFolder);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(640, 480);
    // What earlier runs received (this window's or `stamp practice`'s) is listed too: it is still in the
    // folder.
    for (const practice::ReceivedMessage &m :
         practice::Inbox::readFolder(practice::Server::messagesFolder(practice::Server::defaultFolder())))
        addMessage(m);
    showState();
}

PracticeDialog::~PracticeDialog() = default;

PracticeDialog *PracticeDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<PracticeDialog *>(QStringLiteral("practiceDialog"));
    if (!dialog)
        dialog = new PracticeDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void PracticeDialog::start()
{
    if (m_server || m_stopping)
        return;
    practice::Server::Settings settings;
    settings.port = quint16(m_port->value());
    settings.folder = practice::Server::defaultFolder();
    for (const QString &f : m_faults->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString error;
        if (!settings.faults.add(f, &error)) {
            m_status->setText(tr("Not started: %1.").arg(error));
            return;
        }
    }
    auto *server = new practice::Server(settings, this);
    QString error;
    if (!server->start(&error)) {
        delete server;
        m_status->setText(tr("The practice server cannot start: %1.").arg(error));
        return;
    }
    m_server = server;
    connect(server->inbox(), &practice::Inbox::received, this, &PracticeDialog::addMessage);
    connect(server, &practice::Server::failed, this,
            [this](const QString &why) { m_status->setText(tr("Problem: %1.").arg(why)); });
    connect(server, &practice::Server::stopped, this, [this] {
        if (m_server)
            m_server->deleteLater();
        m_server = nullptr;
        m_stopping = false;
        showState();
    });
    showState();
}

void PracticeDialog::stop()
{
    if (!m_server || m_stopping)
        return;
    m_stopping = true;
    showState();
    m_server->stop();  // stopped() follows once the clients are told
}

void PracticeDialog::addMessage(const practice::ReceivedMessage &m)
{
    QStringList to;
    for (const auto &r : m.envelope.recipients)
        to << QString::fromUtf8(r.first);
    auto *item =
        new QTreeWidgetItem(m_messages, {QString::number(m.number), QString::fromUtf8(m.envelope.mailFrom),
                                         to.join(QStringLiteral(", ")), QLocale().formattedDataSize(m.size),
                                         QLocale().toString(m.received.toLocalTime(), QLocale::ShortFormat)});
    item->setData(0, Qt::UserRole, m.emlPath);
    m_messages->scrollToItem(item);
}

void PracticeDialog::showState()
{
    m_port->setEnabled(!m_server);
    m_faults->setEnabled(!m_server);
    m_startStop->setEnabled(!m_stopping);
    m_startStop->setText(m_server ? tr("&Stop") : tr("&Start"));
    if (!m_server) {
        m_status->setText(m_stopping ? tr("Stopping…") : tr("Not running."));
        m_settings->clear();
        return;
    }
    const QStringList faults = m_server->settings().faults.names();
    m_status->setText(m_stopping ? tr("Stopping…")
                      : faults.isEmpty()
                          ? tr("Running on 127.0.0.1:%1, with no faults.").arg(m_server->port())
                          : tr("Running on 127.0.0.1:%1, with the faults %2.")
                                .arg(m_server->port())
                                .arg(faults.join(QStringLiteral(", "))));
    m_settings->setText(
        tr("Account settings: server 127.0.0.1, port %1, security STARTTLS, CA file %2; "
           "user name %3, password %4 (the login is optional).")
            .arg(m_server->port())
            .arg(m_server->caFile(), m_server->settings().user, m_server->settings().password));
}

}  // namespace ui
