#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace smtp {

// CR, LF and NUL end or cut a command line or a header field whatever its grammar says, so a value bound for
// one is refused when it holds any of them (RFC 5321 §2.3.8, RFC 5322 §2.2). This is that one rule, for the
// engine's builders, the message headers, the command line's options, the account fields and merge values.
bool hasLineBreakOrNul(QStringView text);
bool hasLineBreakOrNul(QByteArrayView bytes);

}  // namespace smtp
