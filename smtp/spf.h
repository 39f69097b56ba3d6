#pragma once

#include "dnscache.h"
#include "finding.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace smtp::spf {

// RFC 7208 §2.6.
enum class Result
{
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
};
QString resultName(Result r);  // the RFC's word: "pass", "softfail", "permerror"...
// What a receiver does with that result for this sender, in plain words.
QString resultMeaning(Result r);

// One mechanism or modifier of a record (RFC 7208 §4.6.1, §5, §6).
struct Term
{
    enum class Kind
    {
        All,
        Include,
        A,
        Mx,
        Ptr,
        Ip4,
        Ip6,
        Exists,
        Redirect,  // modifier
        Exp,       // modifier
        Other,     // an unknown modifier: ignored (§6)
    };
    Kind kind = Kind::All;
    QChar qualifier = QLatin1Char('+');  // + - ~ ?, for mechanisms
    QString domainSpec;                  // include, a, mx, ptr, exists, redirect, exp (may hold macros)
    QHostAddress network;                // ip4, ip6
    int cidr4 = -1, cidr6 = -1;          // a, mx, ip4 (cidr4), ip6 (cidr6); -1 = the full length
    QString text;                        // the term as written
    bool isMechanism() const { return kind != Kind::Redirect && kind != Kind::Exp && kind != Kind::Other; }
    // The terms counted against the limit of 10 (§4.6.4).
    bool queriesDns() const;
};

struct Record
{
    QList<Term> terms;
    QString error;  // a syntax error in words (the record is then a permerror, §4.6); empty when it parsed
    const Term *modifier(Term::Kind kind) const;
    const Term *all() const;  // the "all" mechanism, if any
};

// Whether a TXT string is an SPF record: "v=spf1" alone or followed by a space (§4.5).
bool isSpfRecord(const QString &txt);
Record parse(const QString &txt);

// §7: the values macros expand to.
struct MacroContext
{
    QString sender;  // MAIL FROM (or postmaster@HELO when empty)
    QString domain;  // the current domain (%{d})
    QHostAddress ip;
    QString helo;
};
// Expands a macro-string; false with *error set for a malformed one. `inExp` allows c, r, t (§7.2).
bool expand(const QString &spec, const MacroContext &ctx, QString *out, QString *error, bool inExp = false);

// A check_host() run (§4) on the DNS data of a cache. When an answer it needs is not in the cache, it stops
// with complete = false and names that query: fetch it, add it to the cache, and run again (the run is
// pure, so it takes the same path up to there). With a null ip, nothing address-based matches: the run
// walks every term an unlisted address would, which is the count of DNS lookups a receiver makes for a
// forger (the number a record must keep at 10 or below).
struct Evaluation
{
    Result result = Result::None;
    bool complete = true;
    DnsQuery needed;          // when !complete
    int lookups = 0;          // terms that queried DNS (§4.6.4: at most 10)
    int voidLookups = 0;      // of those, answers with no record or no name (at most 2)
    QString matched;          // the mechanism that decided, as written, with the domain whose record holds it
    QList<Finding> findings;  // what is wrong on the way: syntax, several records, loops, limits
    QStringList trace;        // each domain's record as it was read, in order
};
Evaluation evaluate(const DnsCache &cache, const QHostAddress &ip, const QString &domain,
                    const QString &sender = {}, const QString &helo = {});

// What the top-level record itself says, in words with what to change: how "all" ends it (+all, ?all,
// ~all, -all, none), ptr, terms after all.
QList<Finding> review(const Record &record, const QString &domain);

constexpr int LookupLimit = 10;
constexpr int VoidLookupLimit = 2;

}  // namespace smtp::spf
