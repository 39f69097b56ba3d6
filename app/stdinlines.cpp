#include "stdinlines.h"

#include <QMetaObject>
#include <iostream>
#include <string>
#include <thread>

namespace cli {

StdinLines *StdinLines::instance()
{
    static StdinLines *const reader = [] {
        auto *r = new StdinLines;  // never deleted: the thread may outlive main() (see the header)
        std::thread([r] {
            std::string line;
            while (std::getline(std::cin, line)) {
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
                QMetaObject::invokeMethod(
                    r, [r, text] { Q_EMIT r->lineRead(text); }, Qt::QueuedConnection);
            }
            QMetaObject::invokeMethod(
                r, [r] { Q_EMIT r->ended(); }, Qt::QueuedConnection);
        }).detach();
        return r;
    }();
    return reader;
}

}  // namespace cli
