#pragma once

#include <QString>
#include <optional>

namespace smtp {

// SASLprep (RFC 4013, the stringprep profile of RFC 3454) for user names and passwords sent by SCRAM
// (RFC 5802 §2.2), done by libidn's stringprep. The strings are treated as queries: unassigned code points
// are allowed (RFC 4013 §2.5 applies to stored strings). On failure, returns a null string and sets *error to
// a sentence saying why (it never contains the input, which may be a password).
std::optional<QString> saslPrep(const QString &text, QString *error);

}  // namespace smtp
