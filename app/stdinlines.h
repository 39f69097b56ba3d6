#pragma once

#include <QObject>
#include <QString>

namespace cli {

// The lines of standard input, read by a thread of their own and handed to the main thread's event loop as
// signals, so the main thread never blocks on a terminal or a pipe. The thread reads std::cin, as
// --password-stdin does (app/cliutil.cpp), so the lines after the password come whole even when that read
// buffered them. A trailing CR (a CRLF file) is removed; a CR, LF or NUL anywhere else stays, for the
// console to refuse.
class StdinLines : public QObject
{
    Q_OBJECT
public:
    // The one reader of this process, started on the first call. Connect before the event loop runs: lines
    // arrive only from it. The object lives until the process ends (the thread may still be blocked in a
    // read of a terminal when main() returns).
    static StdinLines *instance();

Q_SIGNALS:
    void lineRead(const QString &line);
    void ended();

private:
    StdinLines() = default;
};

}  // namespace cli
