#include "command.h"

#include "linesafe.h"
#include "outcome.h"

#include <algorithm>
#include <cstdio>

namespace cli {

Command::Command(QString path) : m_path(std::move(path)) {}

Command::~Command() = default;

void Command::setArguments(const QString &syntax, const QString &helpText, int min, int max)
{
    m_syntax = syntax;
    m_argumentHelp = helpText;
    m_min = min;
    m_max = max;
}

void Command::prepare(QCommandLineParser &parser)
{
    // Our own help option: addHelpOption() would add --help-all and -? with Qt's generic options.
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")});
    parser.setApplicationDescription(description());
    addOptions(parser);
    if (!m_syntax.isEmpty())
        parser.addPositionalArgument(m_syntax, m_argumentHelp, m_syntax);
}

QString Command::helpText()
{
    QCommandLineParser parser;
    prepare(parser);
    // QCommandLineParser starts with "Usage: <program> [options]" and knows no command words: the first line
    // is ours, the rest (description, options, arguments) is the parser's.
    QString text = parser.helpText();
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    text.remove(0, newline < 0 ? text.size() : newline);
    const QString usage = m_syntax.isEmpty() ? tr("stamp %1 [options]").arg(m_path)
                                             : tr("stamp %1 [options] %2").arg(m_path, m_syntax);
    return usage + text;
}

int Command::usageError(const QString &message) const
{
    printErr(tr("stamp: %1\nTry 'stamp %2 --help'.").arg(message, m_path) + QLatin1Char('\n'));
    return smtp::exitcode::Usage;
}

int Command::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    prepare(parser);
    // The parser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("stamp")} + arguments)) {
        // Qt names an unknown option without its dashes ("Unknown option 'bogus'."): say it as it was typed.
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty())
            return usageError(
                tr("unknown option '%1%2'")
                    .arg(unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"),
                         unknown.first()));
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText());
        return 0;
    }
    for (const QString &option : parser.optionNames()) {
        if (m_multiLine.contains(option))
            continue;
        for (const QString &value : parser.values(option))
            if (smtp::hasLineBreakOrNul(value))
                return usageError(tr("--%1: the value contains a line break or NUL character; it must be one "
                                     "line")
                                      .arg(option));
    }
    const QStringList positional = parser.positionalArguments();
    for (const QString &value : positional)
        if (smtp::hasLineBreakOrNul(value))
            return usageError(tr("the argument \"%1\" contains a line break or NUL character").arg(value));
    if (positional.size() > m_max)
        return usageError(m_max == 0 ? tr("unexpected argument '%1'").arg(positional.value(m_max))
                                     : tr("unexpected argument '%1' (%2 takes %3)")
                                           .arg(positional.value(m_max), m_path, m_syntax));
    if (positional.size() < m_min)
        return usageError(tr("missing %1").arg(m_syntax));
    return run(parser);
}

int CommandGroup::execute(const QStringList &arguments)
{
    const QString word = arguments.value(0);
    if (word.isEmpty() || word == QLatin1String("--help") || word == QLatin1String("-h")
        || word == QLatin1String("help")) {
        if (word.isEmpty()) {
            printErr(helpText());
            return smtp::exitcode::Usage;
        }
        printOut(helpText());
        return 0;
    }
    QList<QPair<QString, QString>> list;
    for (const auto &c : m_commands) {
        const QString sub = c->path().section(QLatin1Char(' '), -1);
        if (sub == word)
            return c->execute(arguments.mid(1));
        list.append({sub, c->summary()});
    }
    return unknownCommand(word, path(), list);
}

QString CommandGroup::helpText()
{
    QList<QPair<QString, QString>> list;
    for (const auto &c : m_commands)
        list.append({c->path().section(QLatin1Char(' '), -1), c->summary()});
    return tr("stamp %1 COMMAND [options]").arg(path()) + QLatin1Char('\n') + description()
           + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n') + commandList(list)
           + QLatin1Char('\n') + tr("Run 'stamp %1 COMMAND --help' for the options of each.").arg(path())
           + QLatin1Char('\n');
}

int editDistance(const QString &a, const QString &b)
{
    const QString s = a.toCaseFolded(), t = b.toCaseFolded();
    const qsizetype n = s.size(), m = t.size();
    // Three rows suffice for the optimal-string-alignment recurrence.
    std::vector<int> twoBack(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = s[i - 1] == t[j - 1] ? 0 : 1;
            int d = std::min(
                {previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1])
                d = std::min(d, twoBack[size_t(j - 2)] + 1);
            current[size_t(j)] = d;
        }
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return previous[size_t(m)];
}

QString nearestWord(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = INT_MAX;
    for (const QString &c : candidates) {
        // Close means a slip of the fingers: one edit in a short word, two in a longer one.
        const int allowed = c.size() <= 4 ? 1 : 2;
        const int d = editDistance(word, c);
        if (d <= allowed && d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    if (best.isEmpty() && word.size() >= 2) {
        // The start of exactly one command ("acc" for "account").
        QStringList starting;
        for (const QString &c : candidates)
            if (c.startsWith(word, Qt::CaseInsensitive))
                starting << c;
        if (starting.size() == 1)
            best = starting.first();
    }
    return best;
}

QString commandList(const QList<QPair<QString, QString>> &commands)
{
    qsizetype width = 0;
    for (const auto &c : commands)
        width = std::max(width, c.first.size());
    QString text;
    for (const auto &c : commands)
        text += QStringLiteral("  ") + c.first.leftJustified(width + 3) + c.second + QLatin1Char('\n');
    return text;
}

QString unknownCommandText(const QString &word, const QString &where,
                           const QList<QPair<QString, QString>> &commands)
{
    QStringList names;
    for (const auto &c : commands)
        names << c.first;
    const QString nearest = nearestWord(word, names);
    const QString prefix = where.isEmpty() ? QStringLiteral("stamp") : QStringLiteral("stamp ") + where;
    QString text =
        nearest.isEmpty()
            ? QCoreApplication::translate("stamp", "stamp: unknown command '%1'").arg(word)
            : QCoreApplication::translate("stamp", "stamp: unknown command '%1' (did you mean '%2'?)")
                  .arg(word, nearest);
    text += QLatin1Char('\n') + QCoreApplication::translate("stamp", "The commands of %1 are:").arg(prefix)
            + QLatin1Char('\n') + commandList(commands)
            + QCoreApplication::translate("stamp", "Try '%1 --help'.").arg(prefix) + QLatin1Char('\n');
    return text;
}

int unknownCommand(const QString &word, const QString &where, const QList<QPair<QString, QString>> &commands)
{
    printErr(unknownCommandText(word, where, commands));
    return smtp::exitcode::Usage;
}

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
}

}  // namespace cli
