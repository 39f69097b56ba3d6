#include "statuscodes.h"

#include <QCoreApplication>

#include <algorithm>

namespace smtp {

namespace {

constexpr const char *Ctx = "smtp::StatusCodes";
// Table texts are marked with QT_TRANSLATE_NOOP written out: lupdate does not expand macros.

QString trs(const char *s)
{
    return QCoreApplication::translate(Ctx, s);
}

// IANA's registry as of its 2024-12-06 update: subject codes first (detail -1), then each detail code.
// Names are the registry's; descriptions are Stamp's own plain words.
const QList<EnhancedStatus> registry = {
    {0, -1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Other or Undefined Status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "there is no further information about what kind of problem it is"),
     "RFC 3463", "245"},
    {1, -1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Addressing Status"),
     QT_TRANSLATE_NOOP(
         "smtp::StatusCodes",
         "something about the sender's or a recipient's address; usually the sender can correct it"),
     "RFC 3463", "245"},
    {2, -1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mailbox Status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "something about the recipient's mailbox, which its owner controls"),
     "RFC 3463", "245"},
    {3, -1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mail System Status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about the receiving mail system as a whole"),
     "RFC 3463", "245"},
    {4, -1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Network and Routing Status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about the network or the route to the destination"),
     "RFC 3463", "245"},
    {5, -1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mail Delivery Protocol Status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about the SMTP conversation itself"), "RFC 3463",
     "245"},
    {6, -1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Message Content or Media Status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about the message's content or format"), "RFC 3463",
     "245"},
    {7, -1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Security or Policy Status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "something about security, authentication or the receiver's policy"),
     "RFC 3463", "245"},

    {0, 0, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Other undefined Status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the server gives no detail beyond the class of the reply"),
     "RFC 3463", "245"},
    {1, 0, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Other address status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about an address, with no more detail"), "RFC 3463",
     "245"},
    {1, 1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Bad destination mailbox address"),
     QT_TRANSLATE_NOOP(
         "smtp::StatusCodes",
         "the recipient's mailbox does not exist at that domain: the part before the @ is wrong"),
     "RFC 3463", "5"},
    {1, 2, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Bad destination system address"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the recipient's domain does not exist or does not accept mail"),
     "RFC 3463", "45"},
    {1, 3, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Bad destination mailbox address syntax"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the recipient's address is not written correctly"), "RFC 3463",
     "5"},
    {1, 4, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Destination mailbox address ambiguous"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the recipient's address matches more than one mailbox"),
     "RFC 3463", "45"},
    {1, 5, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Destination address valid"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the recipient address is valid and accepted"), "RFC 3463", "2"},
    {1, 6, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Destination mailbox has moved, No forwarding address"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the mailbox used to exist but has moved and left no forwarding address"),
     "RFC 3463", "5"},
    {1, 7, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Bad sender's mailbox address syntax"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the sender's address is not written correctly"), "RFC 3463",
     "5"},
    {1, 8, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Bad sender's system address"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the sender's domain does not exist or cannot receive replies"),
     "RFC 3463", "45"},
    {1, 9, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Message relayed to non-compliant mailer"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the message was handed on to a system that cannot report delivery further"),
     "RFC 3886", "25"},
    {1, 10, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Recipient address has null MX"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the recipient's domain says in DNS (a null MX) that it accepts no mail at all"),
     "RFC 7505", "5"},
    {2, 0, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Other or undefined mailbox status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about the recipient's mailbox, with no more detail"),
     "RFC 3463", "245"},
    {2, 1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mailbox disabled, not accepting messages"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the mailbox exists but does not take messages now"), "RFC 3463",
     "45"},
    {2, 2, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mailbox full"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the recipient's mailbox is over its quota"), "RFC 3463", "45"},
    {2, 3, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Message length exceeds administrative limit"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message is larger than this mailbox accepts"), "RFC 3463",
     "5"},
    {2, 4, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mailing list expansion problem"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the address is a mailing list that could not be expanded"),
     "RFC 3463", "245"},
    {3, 0, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Other or undefined mail system status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about the receiving mail system, with no more detail"),
     "RFC 3463", "245"},
    {3, 1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mail system full"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the receiving system has run out of storage"), "RFC 3463", "45"},
    {3, 2, QT_TRANSLATE_NOOP("smtp::StatusCodes", "System not accepting network messages"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the receiving system does not take mail now, for example while shutting down"),
     "RFC 3463", "45"},
    {3, 3, QT_TRANSLATE_NOOP("smtp::StatusCodes", "System not capable of selected features"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the receiving system cannot do what the message asks for"),
     "RFC 3463", "45"},
    {3, 4, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Message too big for system"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message is larger than the whole system accepts"),
     "RFC 3463", "5"},
    {3, 5, QT_TRANSLATE_NOOP("smtp::StatusCodes", "System incorrectly configured"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the receiving system is set up wrongly for this message"),
     "RFC 3463", "45"},
    {3, 6, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Requested priority was changed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the message was accepted, but with a different priority than asked for"),
     "RFC 6710", "2"},
    {4, 0, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Other or undefined network or routing status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about the network or routing, with no more detail"),
     "RFC 3463", "245"},
    {4, 1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "No answer from host"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the next server did not answer the connection"), "RFC 3463",
     "4"},
    {4, 2, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Bad connection"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the connection was dropped before the transaction was done"),
     "RFC 3463", "4"},
    {4, 3, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Directory server failure"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "a directory service, such as DNS, could not be reached or failed"),
     "RFC 3463", "4"},
    {4, 4, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Unable to route"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the mail system could not find where to take the message next"),
     "RFC 3463", "45"},
    {4, 5, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mail system congestion"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the mail system is too busy to take the message now"),
     "RFC 3463", "4"},
    {4, 6, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Routing loop detected"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message went round in a loop between servers"), "RFC 3463",
     "4"},
    {4, 7, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Delivery time expired"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message waited too long and delivery was given up"),
     "RFC 3463", "45"},
    {5, 0, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Other or undefined protocol status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about the SMTP conversation, with no more detail"),
     "RFC 3463", "245"},
    {5, 1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Invalid command"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the command is not known, or not allowed at this point"),
     "RFC 3463", "5"},
    {5, 2, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Syntax error"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the command could not be read"), "RFC 3463", "5"},
    {5, 3, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Too many recipients"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message has more recipients than the server takes at once"),
     "RFC 3463", "45"},
    {5, 4, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Invalid command arguments"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the command was understood but its arguments were not valid"),
     "RFC 3463", "5"},
    {5, 5, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Wrong protocol version"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the two sides could not agree on a protocol version"),
     "RFC 3463", "45"},
    {5, 6, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Authentication Exchange line is too long"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "a line of the login exchange was longer than the server accepts"),
     "RFC 4954", "5"},
    {6, 0, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Other or undefined media error"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "something about the content, with no more detail"), "RFC 3463",
     "245"},
    {6, 1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Media not supported"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "a kind of content in the message is not supported on the way"),
     "RFC 3463", "5"},
    {6, 2, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Conversion required and prohibited"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the content would have to be converted, but the message forbids it"),
     "RFC 3463", "5"},
    {6, 3, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Conversion required but not supported"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the content would have to be converted, and the server cannot do it"),
     "RFC 3463", "45"},
    {6, 4, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Conversion with loss performed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the content was converted for delivery and something was lost"),
     "RFC 3463", "25"},
    {6, 5, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Conversion Failed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "a conversion of the content was needed and failed"), "RFC 3463",
     "45"},
    {6, 6, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Message content not available"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the content the message refers to could not be fetched"),
     "RFC 4468", "5"},
    {6, 7,
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "Non-ASCII addresses not permitted for that sender/recipient"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "an address has non-ASCII characters, which this server or mailbox does not allow"),
     "RFC 6531", "5"},
    {6, 8,
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "UTF-8 string reply is required, but not permitted by the SMTP client"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the server would have to answer in UTF-8, which the client did not allow"),
     "RFC 6531", "5"},
    {6, 9,
     QT_TRANSLATE_NOOP(
         "smtp::StatusCodes",
         "UTF-8 header message cannot be transferred to one or more recipients, so the message must be "
         "rejected"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the message has UTF-8 headers, and the way to a recipient cannot carry them"),
     "RFC 6531", "5"},
    {6, 10,
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "UTF-8 string reply is required, but not permitted by the SMTP client"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the same as X.6.8; the registry keeps this duplicate as deprecated"),
     "RFC 6531", "5", true},
    {7, 0, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Other or undefined security status"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "something about security or policy, with no more detail (often a login or a filter)"),
     "RFC 3463", "245"},
    {7, 1, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Delivery not authorized, message refused"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the sender is not authorised to send this: a filter or policy refused it"),
     "RFC 3463", "45"},
    {7, 2, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mailing list expansion prohibited"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the sender is not allowed to send to this mailing list"),
     "RFC 3463", "5"},
    {7, 3, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Security conversion required but not possible"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the message would have to change its security format, and that is not possible"),
     "RFC 3463", "5"},
    {7, 4, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Security features not supported"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message asks for security features the way cannot support"),
     "RFC 3463", "5"},
    {7, 5, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Cryptographic failure"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "a key needed to check or decrypt the message was missing or bad"),
     "RFC 3463", "45"},
    {7, 6, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Cryptographic algorithm not supported"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the message uses a cryptographic algorithm the server does not support"),
     "RFC 3463", "5"},
    {7, 7, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Message integrity failure"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the message could not be checked because it was damaged or altered"),
     "RFC 3463", "245"},
    {7, 8, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Authentication credentials invalid"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the user name or password was not accepted"), "RFC 4954", "5"},
    {7, 9, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Authentication mechanism is too weak"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "this login method is weaker than the server allows for this user"),
     "RFC 4954", "5"},
    {7, 10, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Encryption Needed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the connection must be encrypted (TLS) before this login method can be used"),
     "RFC 5248", "5"},
    {7, 11,
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "Encryption required for requested authentication mechanism"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "this login method may only be used over an encrypted connection"),
     "RFC 4954", "5"},
    {7, 12, QT_TRANSLATE_NOOP("smtp::StatusCodes", "A password transition is needed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the account must log in once with a plain password before this method works"),
     "RFC 4954", "4"},
    {7, 13, QT_TRANSLATE_NOOP("smtp::StatusCodes", "User Account Disabled"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the account is disabled; only its administrator can enable it"),
     "RFC 5248", "5"},
    {7, 14, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Trust relationship required"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the server needs a configured trust with another server to fetch the content"),
     "RFC 5248", "5"},
    {7, 15, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Priority Level is too low"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message's priority is below what the server takes now"),
     "RFC 6710", "45"},
    {7, 16, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Message is too big for the specified priority"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message is too large for the priority it asks for"),
     "RFC 6710", "45"},
    {7, 17, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mailbox owner has changed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the recipient's mailbox has had a new owner since the date the message required"),
     "RFC 7293", "5"},
    {7, 18, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Domain owner has changed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the recipient's domain has had a new owner since the date the message required"),
     "RFC 7293", "5"},
    {7, 19, QT_TRANSLATE_NOOP("smtp::StatusCodes", "RRVS test cannot be completed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the server cannot tell whether the mailbox changed owner since the required date"),
     "RFC 7293", "5"},
    {7, 20, QT_TRANSLATE_NOOP("smtp::StatusCodes", "No passing DKIM signature found"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message carries no DKIM signature that checks out"),
     "RFC 7372", "5"},
    {7, 21, QT_TRANSLATE_NOOP("smtp::StatusCodes", "No acceptable DKIM signature found"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the message has valid DKIM signatures, but none the receiver accepts"),
     "RFC 7372", "5"},
    {7, 22, QT_TRANSLATE_NOOP("smtp::StatusCodes", "No valid author-matched DKIM signature found"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "no valid DKIM signature belongs to the domain in the From address"),
     "RFC 7372", "5"},
    {7, 23, QT_TRANSLATE_NOOP("smtp::StatusCodes", "SPF validation failed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the sender's domain does not list this sending server in its SPF record"),
     "RFC 7372", "5"},
    {7, 24, QT_TRANSLATE_NOOP("smtp::StatusCodes", "SPF validation error"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "checking the sender's SPF record failed with an error"),
     "RFC 7372", "45"},
    {7, 25, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Reverse DNS validation failed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the sending server's IP address has no matching reverse DNS name"),
     "RFC 7372", "5"},
    {7, 26, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Multiple authentication checks failed"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the message failed more than one check (SPF, DKIM, DMARC or others)"),
     "RFC 7372", "5"},
    {7, 27, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Sender address has null MX"),
     QT_TRANSLATE_NOOP(
         "smtp::StatusCodes",
         "the sender's domain says in DNS (a null MX) that it receives no mail, so replies could not arrive"),
     "RFC 7505", "5"},
    {7, 28, QT_TRANSLATE_NOOP("smtp::StatusCodes", "Mail flood detected"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes", "the message looks like part of a flood of similar messages"),
     "draft-levine-mailbomb-header", "45"},
    {7, 29, QT_TRANSLATE_NOOP("smtp::StatusCodes", "ARC validation failure"),
     QT_TRANSLATE_NOOP("smtp::StatusCodes",
                       "the message's ARC chain, which forwarders add, did not check out"),
     "RFC 8617", "45"},
    {7, 30, QT_TRANSLATE_NOOP("smtp::StatusCodes", "REQUIRETLS support required"),
     QT_TRANSLATE_NOOP(
         "smtp::StatusCodes",
         "the message asked for REQUIRETLS, and the next server on the way does not support it"),
     "RFC 8689", "5"},
};

}  // namespace

ReplyClass replyClassOf(int code)
{
    if (code < 200 || code > 599)
        return ReplyClass::Invalid;
    switch (code / 100) {
    case 2:
        return ReplyClass::Success;
    case 3:
        return ReplyClass::Intermediate;
    case 4:
        return ReplyClass::Temporary;
    default:
        return ReplyClass::Permanent;
    }
}

QString replyClassName(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Success:
        return QCoreApplication::translate("smtp::StatusCodes", "success");
    case ReplyClass::Intermediate:
        return QCoreApplication::translate("smtp::StatusCodes", "intermediate");
    case ReplyClass::Temporary:
        return QCoreApplication::translate("smtp::StatusCodes", "temporary failure");
    case ReplyClass::Permanent:
        return QCoreApplication::translate("smtp::StatusCodes", "permanent failure");
    case ReplyClass::Invalid:
        break;
    }
    return QCoreApplication::translate("smtp::StatusCodes", "not a valid reply");
}

QString replyClassMeaning(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Success:
        return QCoreApplication::translate("smtp::StatusCodes", "2xx: success, the command was accepted");
    case ReplyClass::Intermediate:
        return QCoreApplication::translate(
            "smtp::StatusCodes",
            "3xx: intermediate, the server is waiting for more (the message after DATA, or the next step of "
            "a login)");
    case ReplyClass::Temporary:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "4xx: temporary failure; the same thing may work later");
    case ReplyClass::Permanent:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "5xx: permanent failure; sending the same again will fail again");
    case ReplyClass::Invalid:
        break;
    }
    return QCoreApplication::translate("smtp::StatusCodes", "not a valid SMTP reply code");
}

const QList<EnhancedStatus> &enhancedStatusRegistry()
{
    return registry;
}

QString enhancedClassName(int klass)
{
    switch (klass) {
    case 2:
        return QCoreApplication::translate("smtp::StatusCodes", "Success");
    case 4:
        return QCoreApplication::translate("smtp::StatusCodes", "Persistent Transient Failure");
    case 5:
        return QCoreApplication::translate("smtp::StatusCodes", "Permanent Failure");
    }
    return {};
}

EnhancedCode EnhancedCode::parse(const QByteArray &text)
{
    // RFC 3463 §2: class "." subject "." detail; subject and detail are 1 to 3 digits.
    const QList<QByteArray> parts = text.split('.');
    EnhancedCode c;
    if (parts.size() != 3 || parts[0].size() != 1)
        return c;
    for (const QByteArray &p : parts)
        if (p.isEmpty() || p.size() > 3
            || !std::all_of(p.begin(), p.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
            return c;
    const int k = parts[0].toInt();
    if (k != 2 && k != 4 && k != 5)
        return c;
    c.klass = k;
    c.subject = parts[1].toInt();
    c.detail = parts[2].toInt();
    return c;
}

EnhancedExplanation explainEnhancedCode(const QByteArray &code)
{
    EnhancedExplanation out;
    out.code = QString::fromLatin1(code);
    const EnhancedCode c = EnhancedCode::parse(code);
    if (!c.valid())
        return out;
    const EnhancedStatus *subject = nullptr;
    for (const EnhancedStatus &e : registry) {
        if (e.subject != c.subject)
            continue;
        if (e.detail == -1)
            subject = &e;
        else if (e.detail == c.detail) {
            out.name = trs(e.name);
            out.meaning = trs(e.description);
            out.reference = QString::fromLatin1(e.reference);
            out.known = true;
        }
    }
    if (subject)
        out.subjectName = trs(subject->name);
    if (out.known)
        return out;
    // Unregistered detail (Microsoft's 5.7.139, for one): the subject still says what area it is about.
    if (subject) {
        out.name = QCoreApplication::translate("smtp::StatusCodes", "%1, detail %2 (not in the registry)")
                       .arg(out.subjectName)
                       .arg(c.detail);
        out.meaning = trs(subject->description);
        out.reference = QString::fromLatin1(subject->reference);
    } else {
        out.name = QCoreApplication::translate("smtp::StatusCodes", "%1, subject %2 (not in the registry)")
                       .arg(enhancedClassName(c.klass))
                       .arg(c.subject);
        out.meaning = replyClassMeaning(c.klass == 2   ? ReplyClass::Success
                                        : c.klass == 4 ? ReplyClass::Temporary
                                                       : ReplyClass::Permanent);
    }
    return out;
}

QString basicCodeMeaning(int code)
{
    switch (code) {
    case 211:
        return QCoreApplication::translate("smtp::StatusCodes", "system status");
    case 214:
        return QCoreApplication::translate("smtp::StatusCodes", "help text for a person");
    case 220:
        return QCoreApplication::translate("smtp::StatusCodes", "the server is ready");
    case 221:
        return QCoreApplication::translate("smtp::StatusCodes", "the server is closing the connection");
    case 235:
        return QCoreApplication::translate("smtp::StatusCodes", "login accepted");
    case 250:
        return QCoreApplication::translate("smtp::StatusCodes", "done: the requested action was completed");
    case 251:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "the recipient is not local; the server will forward the message");
    case 252:
        return QCoreApplication::translate(
            "smtp::StatusCodes",
            "cannot check the recipient, but will accept the message and try to deliver it");
    case 334:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "the server asks for the next step of the login");
    case 354:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "send the message now, ending with a line holding only a dot");
    case 421:
        return QCoreApplication::translate("smtp::StatusCodes", "the server is shutting the connection down");
    case 432:
        return QCoreApplication::translate("smtp::StatusCodes", "a password transition is needed");
    case 450:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "the mailbox is unavailable for now (busy or blocked)");
    case 451:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "the server had a local error; try again later");
    case 452:
        return QCoreApplication::translate(
            "smtp::StatusCodes", "the server is short of storage, or there are too many recipients");
    case 454:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "TLS or authentication is temporarily unavailable");
    case 455:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "the server cannot take these parameters now");
    case 500:
        return QCoreApplication::translate("smtp::StatusCodes", "the command was not recognised");
    case 501:
        return QCoreApplication::translate("smtp::StatusCodes", "the arguments were not accepted");
    case 502:
        return QCoreApplication::translate("smtp::StatusCodes", "the command is not implemented");
    case 503:
        return QCoreApplication::translate("smtp::StatusCodes", "the commands came in the wrong order");
    case 504:
        return QCoreApplication::translate("smtp::StatusCodes", "this parameter is not implemented");
    case 521:
        return QCoreApplication::translate("smtp::StatusCodes", "this host does not accept mail");
    case 523:
        return QCoreApplication::translate("smtp::StatusCodes", "encryption is needed first");
    case 530:
        return QCoreApplication::translate("smtp::StatusCodes", "authentication is required");
    case 534:
        return QCoreApplication::translate("smtp::StatusCodes", "this authentication mechanism is too weak");
    case 535:
        return QCoreApplication::translate("smtp::StatusCodes", "the user name or password was not accepted");
    case 538:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "encryption is required for this authentication mechanism");
    case 550:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "the mailbox is unavailable or the message was refused by policy");
    case 551:
        return QCoreApplication::translate("smtp::StatusCodes", "the user is not local");
    case 552:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "the message exceeds the storage allocation or size limit");
    case 553:
        return QCoreApplication::translate("smtp::StatusCodes", "the mailbox name is not allowed");
    case 554:
        return QCoreApplication::translate("smtp::StatusCodes", "the transaction failed");
    case 555:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "the MAIL FROM or RCPT TO parameters were not recognised");
    case 556:
        return QCoreApplication::translate("smtp::StatusCodes",
                                           "the recipient's domain does not accept mail");
    }
    return {};
}

}  // namespace smtp
