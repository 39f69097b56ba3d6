#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace practice {
class Server;
struct ReceivedMessage;
}  // namespace practice

namespace ui {

// Tools → Practice server: starts and stops the practice SMTP server (practice/, the same as `stamp
// practice`) inside the window, shows the settings an account needs to reach it (server, STARTTLS, CA file,
// demo login) and lists the messages it receives; double-clicking one opens the kept .eml. The server runs in
// this thread's event loop like any socket: nothing here waits on the network.
class PracticeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PracticeDialog(QWidget *parent = nullptr);
    ~PracticeDialog() override;
    // The one dialog of that window, made on first use.
    static PracticeDialog *showFor(QWidget *window);
    bool isRunning() const { return m_server != nullptr; }

public Q_SLOTS:
    void start();
    void stop();

private:
    void addMessage(const practice::ReceivedMessage &m);
    void showState();

    QSpinBox *m_port;
    QLineEdit *m_faults;
    QPushButton *m_startStop;
    QLabel *m_status;
    QLabel *m_settings;
    QTreeWidget *m_messages;
    QPushButton *m_openFolder;
    practice::Server *m_server = nullptr;
    bool m_stopping = false;
};

}  // namespace ui
