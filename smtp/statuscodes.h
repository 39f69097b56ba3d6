#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace smtp {

// The reply classes of RFC 5321 §4.2.1 (first digit of the reply code), which also decide what Stamp does.
enum class ReplyClass
{
    Invalid,
    Success,
    Intermediate,
    Temporary,
    Permanent
};
ReplyClass replyClassOf(int code);
// "success", "intermediate", "temporary failure", "permanent failure": one word or two, translated.
QString replyClassName(ReplyClass c);
// One sentence on what a reply of this class means.
QString replyClassMeaning(ReplyClass c);

// One entry of IANA's "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes" registry (RFC 3463,
// RFC 5248 §2.3). Text is untranslated source text; the accessors below translate it.
struct EnhancedStatus
{
    int subject = -1;         // X.n.*
    int detail = -1;          // X.*.n, or -1 for a subject entry
    const char *name;         // the registry's own name for the code
    const char *description;  // what it means, in plain words (ours, not the registry's)
    const char *reference;    // the RFC (or document) that registered it
    const char *classes;      // the classes the registry lists it for: "2", "45", "245"
    bool deprecated = false;
};

// The whole registry: subject codes (X.n, detail -1) and detail codes (X.n.n), in registry order.
const QList<EnhancedStatus> &enhancedStatusRegistry();
// The class entries (2.X.X, 4.X.X, 5.X.X) with their registry names.
QString enhancedClassName(int klass);

// A parsed "c.s.d" code; valid() when it is well formed (class 2, 4 or 5, up to 3 digits each, RFC 3463 §2).
struct EnhancedCode
{
    int klass = 0, subject = -1, detail = -1;
    static EnhancedCode parse(const QByteArray &text);
    bool valid() const { return klass != 0; }
};

// What an enhanced code is, in words. For a code not in the registry the subject speaks for it ("an
// addressing problem, detail 99 is not registered"), and for an unknown subject only the class does.
struct EnhancedExplanation
{
    QString code;         // as given, "5.7.139"
    QString name;         // the registry name, translated ("Bad destination mailbox address")
    QString meaning;      // plain words
    QString subjectName;  // "Addressing Status"
    QString reference;    // "RFC 3463"
    bool known = false;   // the exact detail code is registered
};
EnhancedExplanation explainEnhancedCode(const QByteArray &code);

// The basic reply code (RFC 5321 §4.2.2, §4.2.3; 530/534/535/538 of RFC 4954; 521/556 of RFC 7504):
// what the server says, translated, or empty when the code is not one of the defined ones.
QString basicCodeMeaning(int code);

}  // namespace smtp
