#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// The one place that builds the command lines a session writes (RFC 5321 §4.1.1, with the parameters of
// RFC 1870 SIZE, RFC 6152 BODY, RFC 6531 SMTPUTF8, RFC 3461 DSN and RFC 4954 AUTH). Every builder refuses CR,
// LF, NUL and anything outside its parameter's grammar, so no value can write a second command: a refused
// value gives an empty line and a reason in words (*why), which the CLI and the window show as they are.
// Lines are returned without the final CRLF; the session adds it.
namespace smtp::commandline {

// --- Validators, for the CLI and the window as much as for the session -------------------------------------

// The EHLO/HELO argument: a Domain (RFC 5321 §4.1.2; a Unicode name is allowed and sent as A-labels) or an
// address literal (§4.1.3): [192.0.2.1], [IPv6:2001:db8::1] or a General-address-literal [tag:dcontent].
bool validEhloArgument(const QString &value, QString *why);

// RFC 3461 §4.1 NOTIFY: NEVER alone, or a set of SUCCESS, FAILURE and DELAY; case-insensitive, no repeats,
// nothing else. "never,success", "success,success" and "bogus" are refused.
struct DsnNotify
{
    bool never = false;
    bool success = false;
    bool failure = false;
    bool delay = false;
    QByteArray wire() const;  // "NEVER" or e.g. "SUCCESS,FAILURE", in that fixed order
};
std::optional<DsnNotify> parseDsnNotify(const QString &value, QString *why);

// RFC 3461 §4.3 RET: FULL or HDRS, case-insensitive. Returns the upper-case form, or empty with *why.
QByteArray parseDsnRet(const QString &value, QString *why);

// RFC 3461 §4.4 ENVID: printable US-ASCII (32..126) before encoding, at most 100 characters as xtext.
bool validEnvid(const QString &value, QString *why);

// An AUTH identity (user name, authorization identity): anything but CR, LF and NUL, not empty.
bool validAuthIdentity(const QString &value, QString *why);

// RFC 3461 §4 xtext: "+" and "=" and anything outside 33..126 as "+HH".
QByteArray xtext(const QByteArray &raw);
// RFC 6533 §3 utf-8-addr-xtext: QCHAR as it is, everything else (non-ASCII, "+", "=", "\", controls,
// space) as \x{HEX} of its code point.
QByteArray utf8AddrXtext(const QString &address);

// --- Builders ----------------------------------------------------------------------------------------------

QByteArray ehlo(const QString &argument, QString *why);
QByteArray helo(const QString &argument, QString *why);
QByteArray startTls();
QByteArray data();
QByteArray rset();
QByteArray quit();
QByteArray bdat(qint64 size, bool last);

struct MailParams
{
    QByteArray path;   // the reverse-path without angle brackets (Mailbox::envelope()); may be empty (<>)
    qint64 size = -1;  // SIZE=, when >= 0 (RFC 1870)
    bool eightBit = false;  // BODY=8BITMIME (RFC 6152)
    bool smtpUtf8 = false;  // SMTPUTF8 (RFC 6531); also what allows non-ASCII bytes in the path
    QByteArray ret;         // RET=, FULL or HDRS, when set
    QString envid;          // ENVID=, xtext-encoded here, when set
};
QByteArray mailFrom(const MailParams &params, QString *why);

// What MAIL FROM declares for a message the server can take (RFC 6531 §3.4, RFC 6152 §2): SMTPUTF8 when an
// envelope address or the content (raw UTF-8 headers, RFC 6532) needs it; BODY=8BITMIME when the body is
// 8-bit, or when the headers are and the server offers 8BITMIME. The session and the wire preview both ask
// here.
struct MailDeclaration
{
    bool smtpUtf8 = false;
    bool eightBit = false;
};
MailDeclaration declare(bool envelopeUtf8, bool contentUtf8, bool headersUtf8, bool bodyEightBit,
                        bool offersEightBitMime);

struct RcptParams
{
    QByteArray path;        // the forward-path without angle brackets
    bool smtpUtf8 = false;  // the transaction uses SMTPUTF8: non-ASCII bytes allowed in the path
    std::optional<DsnNotify> notify;
    QString orcpt;  // ORCPT=, when set: the address as given; rfc822 for ASCII, utf-8 otherwise
};
QByteArray rcptTo(const RcptParams &params, QString *why);

// "AUTH MECH" or "AUTH MECH initial-response" (RFC 4954 §4); the response is already base64 ("=" when
// empty). A mechanism name is 1-20 of A-Z 0-9 - _ (RFC 4422 §3.1).
QByteArray auth(const QByteArray &mechanism, const QByteArray &initialResponse, QString *why);
// One SASL response line: base64 (an empty line for an empty response), or nullopt with *why.
std::optional<QByteArray> saslResponse(const QByteArray &base64, QString *why);
// The line that cancels a SASL exchange (RFC 4954 §4).
QByteArray saslCancel();

// --- Lines typed by hand in the console (smtp/consolesession.h) -------------------------------------------

// RFC 5321 §4.5.3.1.4: a command line is at most 512 octets with its CRLF; §4.5.3.1.6: a text line 1000.
constexpr int MaxCommandLine = 510;
constexpr int MaxTextLine = 998;
// A command line as typed: not empty, no CR, LF or NUL, at most MaxCommandLine octets in UTF-8. Returns
// its bytes, or empty with *why.
QByteArray typedCommand(const QString &typed, QString *why);
// One line of message content typed after 354: no CR, LF or NUL, at most MaxTextLine octets in UTF-8
// before dot-stuffing; may be empty. Returns its bytes (not yet stuffed), or nullopt with *why.
std::optional<QByteArray> typedContentLine(const QString &typed, QString *why);

}  // namespace smtp::commandline
