#pragma once

#include "contacts.h"

#include <QByteArray>
#include <QString>

namespace store::vcard {

// vCard (RFC 6350) for the address book. No Debian package reads vCard for Qt 6, so this is a small one.
//
// read() takes vCard 4.0 and 3.0 (RFC 2426), and the 2.1 habits of older Thunderbird, Evolution and Google
// exports: lines folded with a space or tab (RFC 6350 §3.2), properties with a group prefix ("item1.EMAIL"),
// parameters with or without a name ("EMAIL;TYPE=work,pref", "EMAIL;INTERNET;PREF"), quoted parameter values,
// the escapes \\ \, \; \n, ENCODING=QUOTED-PRINTABLE with soft line breaks and CHARSET=. A card gives a
// contact from FN (else N), its EMAILs ordered by PREF (4.0) or TYPE=pref (3.0); KIND:group (and Apple's
// X-ADDRESSBOOKSERVER-KIND) with MEMBER:mailto: or MEMBER:urn:uuid: of another card gives a group; CATEGORIES
// put the card's addresses in groups of those names. Cards without an address are skipped and counted.
//
// Bad input (no BEGIN:VCARD, an END missing, a line that is no property, an address the address parser
// refuses, a member that names nothing) fails the whole file with *error naming the line: nothing is half
// imported.
struct ReadResult
{
    ContactBook book;
    int skipped = 0;  // cards with neither an address nor group members
};
bool read(const QByteArray &data, ReadResult *out, QString *error);

// vCard 4.0: one card per contact (UID, FN, an EMAIL per address, PREF=1 on the first) and one per group
// (KIND:group, FN, a MEMBER:mailto: per member, X-STAMP-SEND-AS-GROUP when set), CRLF, lines folded at 75
// octets without splitting a UTF-8 sequence.
QByteArray write(const ContactBook &book);

}  // namespace store::vcard
