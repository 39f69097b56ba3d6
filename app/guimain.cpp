#include "guimain.h"

#include "appcontext.h"
#include "command.h"
#include "composerwindow.h"
#include "launch.h"
#include "outcome.h"
#include "startup.h"
#include "translations.h"
#include "util.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>
#include <cstdlib>

namespace {

QtMessageHandler previousHandler = nullptr;

// A display that is named but cannot be reached (DISPLAY=:9 with no X server) makes Qt's platform plugin
// fail with qFatal, which aborts with a core dump. While the QApplication is built, a fatal message ends the
// process with a usage error in words instead.
void platformFailure(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        if (previousHandler)
            previousHandler(type, context, message);
        return;
    }
    cli::printErr(message + QLatin1Char('\n')
                  + QCoreApplication::translate("stamp",
                                                "stamp: the window needs a graphical session, and none "
                                                "could be reached.\n"
                                                "To send without a window, use 'stamp send' (see "
                                                "'stamp send --help').\n"));
    std::_Exit(smtp::exitcode::Usage);
}

}  // namespace

int runGui(int argc, char *argv[], const QStringList &files)
{
    // stamp-desktop can be started by itself: the same check as the light front's, before Qt needs a display.
    if (!cli::displayAvailable()) {
        cli::printErr(cli::noDisplayMessage());
        return smtp::exitcode::Usage;
    }
    previousHandler = qInstallMessageHandler(platformFailure);
    QApplication app(argc, argv);
    qInstallMessageHandler(previousHandler);
    // The names decide where settings and mail are kept: the same as the command line's.
    QApplication::setApplicationName(QStringLiteral("stamp"));
    QApplication::setOrganizationName(QStringLiteral("Stamp"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stamp"));
    QApplication::setApplicationVersion(QStringLiteral(STAMP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.stamp_mail.Stamp"));  // resources/
    QApplication::setWindowIcon(ui::appIcon());

    installTranslators();

    ui::AppContext context;
    QStringList arguments = QApplication::arguments();
    arguments.removeFirst();
    ui::ComposerWindow *window = ui::openStartupWindow(&context, arguments);
    if (!files.isEmpty())
        window->attachFiles(files);
    // Test hook (docs/outboxui.md): STAMP_TEST_SEND_ON_START=1 presses Send once, as soon as the window has
    // saved its first draft, so tests/integration/window_crash.py can kill the window mid-send without
    // clicks.
    if (qEnvironmentVariableIntValue("STAMP_TEST_SEND_ON_START") == 1) {
        auto *once = new QObject(window);
        QObject::connect(window, &ui::ComposerWindow::draftSaved, once, [window, once] {
            once->deleteLater();  // only the first save
            QTimer::singleShot(0, window, &ui::ComposerWindow::send);
        });
    }
    return QApplication::exec();
}
