#include "saslprep.h"

#include <QCoreApplication>
#include <cstdlib>
#include <stringprep.h>

namespace smtp {

std::optional<QString> saslPrep(const QString &text, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    // libidn takes NUL-terminated strings; U+0000 is prohibited anyway (RFC 4013 §2.3, RFC 3454 C.2.1).
    int rc = utf8.contains('\0') ? int(STRINGPREP_CONTAINS_PROHIBITED) : int(STRINGPREP_OK);
    char *out = nullptr;
    if (rc == STRINGPREP_OK)
        rc = stringprep_profile(utf8.constData(), &out, "SASLprep", Stringprep_profile_flags(0));
    if (rc == STRINGPREP_OK && out) {
        const QString prepared = QString::fromUtf8(out);
        std::free(out);
        return prepared;
    }
    std::free(out);
    switch (rc) {
    case STRINGPREP_CONTAINS_PROHIBITED:
        *error = QCoreApplication::translate(
            "smtp::saslPrep", "it contains a character that SASLprep (RFC 4013) forbids, such as a "
                              "control character");
        break;
    case STRINGPREP_BIDI_BOTH_L_AND_RAL:
    case STRINGPREP_BIDI_LEADTRAIL_NOT_RAL:
    case STRINGPREP_BIDI_CONTAINS_PROHIBITED:
        *error = QCoreApplication::translate(
            "smtp::saslPrep", "it mixes right-to-left and left-to-right text in a way that SASLprep "
                              "(RFC 4013 §6) forbids");
        break;
    default:
        *error = QCoreApplication::translate("smtp::saslPrep",
                                             "SASLprep (RFC 4013) could not prepare it (error %1)")
                     .arg(rc);
    }
    return std::nullopt;
}

}  // namespace smtp
