#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace practice {

// Where a `421-at` fault closes the connection (RFC 5321 §3.8: 421 may be sent in reply to any command).
enum class Stage
{
    None,
    Greeting,
    Ehlo,
    Mail,
    Rcpt,
    Data,
    End
};

// The faults the practice server injects, each teaching one failure a real server produces (in the manner of
// MailHog's Jim and Mailpit's chaos). Parsed from `--fault NAME[=VALUE]`; the table in faults.cpp names and
// explains each one for `stamp practice --list`.
struct Faults
{
    Q_DECLARE_TR_FUNCTIONS(practice::Faults)
public:
    bool greylist = false;        // 451 4.7.1 the first time a (client, sender, recipient) triplet is seen
    int recipientLimit = -1;      // 452 4.5.3 after this many recipients in one transaction
    qint64 messageLimit = -1;     // 552 5.3.4 for a message larger than this
    Stage closeAt = Stage::None;  // 421 4.3.2 and close at this stage
    bool dropAfterDot = false;    // read the whole message, then close without a reply
    bool selfSigned = false;      // a certificate no one vouches for
    bool expired = false;         // a certificate past its notAfter date
    bool stripStartTls = false;   // STARTTLS not advertised, and refused
    int slowMs = 0;               // delay before every reply
    bool wrongPassword = false;   // 535 5.7.8 for every login
    bool authRequired = false;    // 530 5.7.0 for MAIL before a login

    // Adds one `--fault` value. Returns false with *error set for an unknown name or a bad value.
    bool add(const QString &spec, QString *error);
    // The active faults as `--fault` values, for the start-up banner.
    QStringList names() const;

    struct Description
    {
        const char *syntax;       // "452-after=N"
        const char *explanation;  // QT_TRANSLATE_NOOP("practice::Faults", ...)
    };
    static const QList<Description> &table();
    // The text of `stamp practice --list`.
    static QString listText();
};

// "500ms", "2s", "1.5s" or "250" (milliseconds). Returns -1 for anything else.
int parseDuration(const QString &text);
// The names of the stages as `421-at` takes them.
QString stageName(Stage stage);

}  // namespace practice
