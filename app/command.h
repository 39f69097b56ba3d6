#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

namespace cli {

// One `stamp` command, on the model of KeePassXC's src/cli/Command (shared/STYLE.md item 19). The base owns
// the parser: it answers --help (the usage line names the command: "stamp account add [options] NAME"),
// refuses unknown options and a wrong number of arguments as usage errors (exit 2, with the reason and a
// pointer to --help), so that run() starts with what it needs. A subclass declares its options and
// arguments and does its one job.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::Command)
public:
    virtual ~Command();

    // The words after "stamp" that name the command ("send", "account add").
    QString path() const { return m_path; }
    // One translated line for the list of a command group (`stamp account --help`); the top-level commands
    // have theirs in the table of commands.cpp.
    virtual QString summary() const { return {}; }
    // Runs with the arguments that follow the command's words. Returns the process exit code.
    virtual int execute(const QStringList &arguments);
    virtual QString helpText();

    // "stamp: MESSAGE" and "Try 'stamp PATH --help'." on stderr; returns exitcode::Usage.
    int usageError(const QString &message) const;

protected:
    explicit Command(QString path);

    // What the command takes. The description is printed under the usage line of --help.
    virtual QString description() const { return summary(); }
    virtual void addOptions(QCommandLineParser &) {}
    // The positional arguments as the usage line shows them ("NAME") and how many are allowed.
    void setArguments(const QString &syntax, const QString &helpText, int min, int max);
    // Every option value is one line (no CR, LF or NUL) unless named here: most of them end up in a header
    // or a command line, so a line break is refused for all at one place, before run().
    void allowLineBreaks(const QStringList &options) { m_multiLine = options; }
    virtual int run(const QCommandLineParser &parser) = 0;

private:
    void prepare(QCommandLineParser &parser);

    QString m_path;
    QString m_syntax, m_argumentHelp;
    int m_min = 0, m_max = 0;
    QStringList m_multiLine;
};

// A command made of subcommands (`stamp account add|edit|list|remove`). `stamp account` alone or with --help
// lists them; a word that is none of them is refused like an unknown top-level command.
class CommandGroup : public Command
{
    Q_DECLARE_TR_FUNCTIONS(cli::CommandGroup)
public:
    int execute(const QStringList &arguments) override;
    QString helpText() override;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

protected:
    explicit CommandGroup(QString path) : Command(std::move(path)) {}
    void add(std::unique_ptr<Command> command) { m_commands.push_back(std::move(command)); }
    int run(const QCommandLineParser &) override { return 0; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

// Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbours counts once, so "sned"
// is one step from "send"), case-insensitive.
int editDistance(const QString &a, const QString &b);
// The candidate a mistyped word most likely meant, or an empty string when none is close.
QString nearestWord(const QString &word, const QStringList &candidates);

// The error for a word that names no command: "unknown command 'sned' (did you mean 'send'?)", then the
// commands with their summaries, then how to get help. `where` is the command path ("" at the top level).
QString unknownCommandText(const QString &word, const QString &where,
                           const QList<QPair<QString, QString>> &commands);
// Prints that text; returns exitcode::Usage.
int unknownCommand(const QString &word, const QString &where, const QList<QPair<QString, QString>> &commands);
// The "  name   summary" lines of a command list.
QString commandList(const QList<QPair<QString, QString>> &commands);

// stdout and stderr in the locale's encoding.
void printOut(const QString &text);
void printErr(const QString &text);

}  // namespace cli
