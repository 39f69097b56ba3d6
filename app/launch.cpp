#include "launch.h"

#include <QFileInfo>

namespace cli {

namespace {

QList<QPair<QString, QString>> summaries(const std::vector<CommandEntry> &table)
{
    QList<QPair<QString, QString>> list;
    for (const CommandEntry &c : table)
        list.append({QString::fromLatin1(c.name), QCoreApplication::translate("stamp", c.summary)});
    return list;
}

bool isMailto(const QString &argument)
{
    return argument.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

// A word that can only have been meant as a command: no path separator, no file extension.
bool looksLikeCommand(const QString &argument)
{
    return !argument.isEmpty() && !argument.contains(QLatin1Char('/'))
           && !argument.contains(QLatin1Char('.'));
}

Launch refuse(const QString &message)
{
    Launch l;
    l.error = message + QLatin1Char('\n') + QCoreApplication::translate("stamp", "Try 'stamp --help'.")
              + QLatin1Char('\n');
    return l;
}

}  // namespace

Launch decide(const QStringList &arguments, const std::vector<CommandEntry> &table)
{
    Launch l;
    const QString first = arguments.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || (first == QLatin1String("help") && arguments.size() == 1)) {
        l.kind = Launch::Kind::Help;
        return l;
    }
    if (first == QLatin1String("--version")) {
        l.kind = Launch::Kind::Version;
        return l;
    }
    // `stamp help send` is `stamp send --help`.
    const bool help = first == QLatin1String("help");
    const QString name = help ? arguments.value(1) : first;
    for (const CommandEntry &c : table) {
        if (name == QLatin1String(c.name)) {
            l.kind = Launch::Kind::Command;
            l.command = &c;
            l.arguments = help ? QStringList{QStringLiteral("--help")} : arguments.mid(1);
            return l;
        }
    }
    if (help) {
        l.error = unknownCommandText(name, QString(), summaries(table));
        return l;
    }

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (isMailto(a)) {
            if (!l.mailto.isEmpty())
                return refuse(
                    QCoreApplication::translate("stamp", "stamp: give one mailto: link, not several"));
            l.mailto = a;
            continue;
        }
        if (a.startsWith(QLatin1Char('-'))) {
            // An option with no command before it: `stamp --to x` is `stamp send --to x` forgotten.
            return refuse(QCoreApplication::translate(
                              "stamp", "stamp: unknown option '%1': the options belong to a command, as in "
                                       "'stamp send %1'")
                              .arg(a));
        }
        const QFileInfo file(a);
        if (!file.exists()) {
            if (i == 0 && looksLikeCommand(a)) {
                l.error = unknownCommandText(a, QString(), summaries(table));
                return l;
            }
            // Neither a command nor a file: the same answer as for a mistyped command, with the commands.
            l.error =
                QCoreApplication::translate("stamp", "stamp: cannot attach '%1': there is no such file")
                    .arg(a)
                + QLatin1Char('\n')
                + QCoreApplication::translate("stamp", "The commands of %1 are:").arg(QStringLiteral("stamp"))
                + QLatin1Char('\n') + commandList(summaries(table))
                + QCoreApplication::translate("stamp", "Try '%1 --help'.").arg(QStringLiteral("stamp"))
                + QLatin1Char('\n');
            return l;
        }
        if (file.isDir())
            return refuse(
                QCoreApplication::translate("stamp", "stamp: cannot attach '%1': it is a folder, not a file")
                    .arg(a));
        if (!file.isReadable())
            return refuse(
                QCoreApplication::translate("stamp", "stamp: cannot attach '%1': the file cannot be read")
                    .arg(a));
        l.files << file.absoluteFilePath();
    }
    l.kind = Launch::Kind::Window;
    return l;
}

QString topHelp(const std::vector<CommandEntry> &table)
{
    return QCoreApplication::translate("stamp", "stamp [mailto:URI] [FILE...]\n"
                                                "stamp COMMAND [options]\n"
                                                "\n"
                                                "Without a command, Stamp opens the composer window: filled "
                                                "in from a mailto: link (RFC 6068), "
                                                "with the files attached.\n"
                                                "\n"
                                                "Commands:\n")
           + commandList(summaries(table))
           + QCoreApplication::translate("stamp",
                                         "\n"
                                         "Options:\n"
                                         "  -h, --help   Show this help and exit.\n"
                                         "  --version    Show the version and exit.\n"
                                         "\n"
                                         "Run 'stamp COMMAND --help' for the options of a command.\n");
}

bool displayAvailable()
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    // QT_QPA_PLATFORM is a list of candidates ("wayland;xcb"), each with optional ":options". Platforms that
    // draw into memory, a VNC server or the framebuffer need no display server.
    static const QStringList headless{QStringLiteral("offscreen"),   QStringLiteral("minimal"),
                                      QStringLiteral("minimalegl"),  QStringLiteral("vnc"),
                                      QStringLiteral("linuxfb"),     QStringLiteral("eglfs"),
                                      QStringLiteral("vkkhrdisplay")};
    const QStringList platforms =
        qEnvironmentVariable("QT_QPA_PLATFORM").split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &p : platforms)
        if (headless.contains(p.section(QLatin1Char(':'), 0, 0).trimmed().toLower()))
            return true;
    return false;
}

QString noDisplayMessage()
{
    return QCoreApplication::translate(
        "stamp", "stamp: the window needs a graphical session, and none was found (DISPLAY and "
                 "WAYLAND_DISPLAY are not set).\n"
                 "To send without a window, use 'stamp send' (see 'stamp send --help').\n");
}

}  // namespace cli
