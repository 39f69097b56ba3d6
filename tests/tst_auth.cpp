// Unit tests for the SASL mechanisms, against the RFCs' own examples (RFC 4616, RFC 2195, RFC 7677), and for
// the rule that no transcript text ever shows a secret.

#include "auth.h"
#include "saslprep.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>

#include <QTest>

using namespace smtp;

Q_DECLARE_METATYPE(smtp::AuthMethod)

namespace {

const QString kPassword = QStringLiteral("s3cr3t-Pässwörd!");

Credentials creds(const QString &user = QStringLiteral("alice@example.org"),
                  const QString &password = kPassword)
{
    return {user, password, QStringLiteral("smtp.example.org"), 587};
}

// Every form in which a secret could leak into a transcript line.
QStringList secretForms(const Credentials &c)
{
    const QByteArray pw = c.password.toUtf8();
    const QByteArray plain = '\0' + c.user.toUtf8() + '\0' + pw;
    return {c.password,
            QString::fromLatin1(pw.toBase64()),
            QString::fromLatin1(pw.toBase64(QByteArray::OmitTrailingEquals)),
            QString::fromLatin1(plain.toBase64()),
            QString::fromLatin1(plain.toBase64(QByteArray::OmitTrailingEquals)),
            QString::fromLatin1(pw.toHex())};
}

void checkShown(const SaslMechanism::Step &step, const Credentials &c)
{
    for (const QString &secret : secretForms(c))
        QVERIFY2(!step.shown.contains(secret), qPrintable(step.shown));
}

// RFC 7677 §3.
const QByteArray kScramClientFirst = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
const QByteArray kScramServerFirst =
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const QByteArray kScramClientFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                     "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const QByteArray kScramServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

std::unique_ptr<SaslMechanism> rfc7677Scram()
{
    return createScramSha256WithNonce(creds(QStringLiteral("user"), QStringLiteral("pencil")),
                                      "rOprNGfwEbeRWgbNEkqO");
}

}  // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void plain();
    void plainNotRepeated();
    void plainWhenServerAsks();
    void login_data();
    void login();
    void cramMd5Rfc2195();
    void cramMd5SecondStepRefused();
    void scramRfc7677();
    void scramFinalViaAcceptFinal();
    void scramBadServer_data();
    void scramBadServer();
    void scramRandomNonce();
    void scramEscapesUser();
    void scramOptionalExtensionIgnored();
    void scramErrorInWords();
    void saslPrepRfc4013_data();
    void saslPrepRfc4013();
    void scramPreparesUserAndPassword();
    void scramNonAsciiPasswordProof();
    void scramRefusesUnpreparableCredentials_data();
    void scramRefusesUnpreparableCredentials();
    void oauth();
    void nothingShowsSecrets_data();
    void nothingShowsSecrets();
    void choose_data();
    void choose();
};

void TestAuth::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("plain") << "plain" << AuthMethod::Plain << QByteArray("PLAIN");
    QTest::newRow("LOGIN") << "LOGIN" << AuthMethod::Login << QByteArray("LOGIN");
    QTest::newRow("cram") << " Cram-MD5 " << AuthMethod::CramMd5 << QByteArray("CRAM-MD5");
    QTest::newRow("scram") << "scram-sha-256" << AuthMethod::ScramSha256 << QByteArray("SCRAM-SHA-256");
    QTest::newRow("xoauth2") << "xoauth2" << AuthMethod::XOAuth2 << QByteArray("XOAUTH2");
    QTest::newRow("oauthbearer") << "OAUTHBEARER" << AuthMethod::OAuthBearer << QByteArray("OAUTHBEARER");
    QTest::newRow("auto") << "auto" << AuthMethod::Auto << QByteArray("auto");
}

void TestAuth::names()
{
    QFETCH(QString, name);
    QFETCH(AuthMethod, method);
    QFETCH(QByteArray, wire);
    bool ok = false;
    QCOMPARE(authMethodFromName(name, &ok), method);
    QVERIFY(ok);
    QCOMPARE(authMethodName(method), wire);
    if (method != AuthMethod::Auto) {
        const auto m = createMechanism(method, creds());
        QVERIFY(m);
        QCOMPARE(m->name(), wire);
    } else {
        QVERIFY(!createMechanism(method, creds()));
    }
    authMethodFromName(QStringLiteral("digest-md5"), &ok);
    QVERIFY(!ok);
}

void TestAuth::plain()
{
    const auto m =
        createMechanism(AuthMethod::Plain, creds(QStringLiteral("tim"), QStringLiteral("tanstaaf")));
    QVERIFY(m->hasInitialResponse());
    const SaslMechanism::Step s = m->initialResponse();
    // RFC 4616 §2: message = [authzid] UTF8NUL authcid UTF8NUL passwd
    QCOMPARE(s.response, QByteArray("\0tim\0tanstaaf", 13));
    QVERIFY(s.error.isEmpty());
    QVERIFY(s.shown.contains(QLatin1String("tim")));
    QVERIFY(!s.shown.contains(QLatin1String("tanstaaf")));
    QVERIFY(m->serverVerified());

    const auto u =
        createMechanism(AuthMethod::Plain, creds(QStringLiteral("jürgen"), QStringLiteral("pä55")));
    QCOMPARE(u->initialResponse().response,
             '\0' + QStringLiteral("jürgen").toUtf8() + '\0' + QStringLiteral("pä55").toUtf8());
}

void TestAuth::plainNotRepeated()
{
    // A server that answers the initial response with another 334 does not get the password again.
    const auto m = createMechanism(AuthMethod::Plain, creds());
    m->initialResponse();
    const SaslMechanism::Step again = m->respond({});
    QVERIFY(!again.error.isEmpty());
    QVERIFY(again.response.isEmpty());
}

void TestAuth::plainWhenServerAsks()
{
    // RFC 4954 §4: without an initial response, the server sends an empty challenge and gets the credentials
    // once.
    const auto m = createMechanism(AuthMethod::Plain, creds(QStringLiteral("u"), QStringLiteral("p")));
    const SaslMechanism::Step first = m->respond({});
    QVERIFY(first.error.isEmpty());
    QCOMPARE(first.response, QByteArray("\0u\0p", 4));
    QVERIFY(!m->respond({}).error.isEmpty());
}

void TestAuth::login_data()
{
    QTest::addColumn<QList<QByteArray>>("challenges");
    QTest::addColumn<QList<QByteArray>>("responses");  // "!" for an error
    using L = QList<QByteArray>;
    QTest::newRow("usual") << L{"Username:", "Password:"} << L{"bob", "hunter2"};
    QTest::newRow("other words") << L{"Who are you?", "And the secret?"} << L{"bob", "hunter2"};
    QTest::newRow("lower case prompts") << L{"username:", "password:"} << L{"bob", "hunter2"};
    QTest::newRow("password first") << L{"Password:", "Username:"} << L{"hunter2", "bob"};
    QTest::newRow("too many steps") << L{"Username:", "Password:", "Password:"} << L{"bob", "hunter2", "!"};
    QTest::newRow("asked twice for the name")
        << L{"Username:", "Username:", "Username:"} << L{"bob", "hunter2", "!"};
}

void TestAuth::login()
{
    QFETCH(QList<QByteArray>, challenges);
    QFETCH(QList<QByteArray>, responses);
    const Credentials c = creds(QStringLiteral("bob"), QStringLiteral("hunter2"));
    const auto m = createMechanism(AuthMethod::Login, c);
    QVERIFY(!m->hasInitialResponse());
    for (qsizetype i = 0; i < challenges.size(); ++i) {
        const SaslMechanism::Step s = m->respond(challenges[i]);
        if (responses[i] == "!") {
            QVERIFY(!s.error.isEmpty());
            QVERIFY(s.response.isEmpty());
        } else {
            QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
            QCOMPARE(s.response, responses[i]);
        }
        checkShown(s, c);
    }
}

void TestAuth::cramMd5Rfc2195()
{
    // RFC 2195 §2's example.
    const Credentials c = creds(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    const auto m = createMechanism(AuthMethod::CramMd5, c);
    QVERIFY(!m->hasInitialResponse());
    const QByteArray challenge =
        QByteArray::fromBase64("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+");
    QCOMPARE(challenge, QByteArray("<1896.697170952@postoffice.reston.mci.net>"));
    const SaslMechanism::Step s = m->respond(challenge);
    QVERIFY(s.error.isEmpty());
    QCOMPARE(s.response, QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QCOMPARE(s.response.toBase64(), QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    QVERIFY(!s.shown.contains(QLatin1String("b913a602c7eda7a495b4e6e7334d3890")));
    checkShown(s, c);
}

void TestAuth::cramMd5SecondStepRefused()
{
    const auto m = createMechanism(AuthMethod::CramMd5, creds());
    QVERIFY(m->respond("<1.2@host>").error.isEmpty());
    const SaslMechanism::Step s = m->respond("<3.4@host>");
    QVERIFY(!s.error.isEmpty());
    QVERIFY(s.response.isEmpty());
}

void TestAuth::scramRfc7677()
{
    const auto m = rfc7677Scram();
    QVERIFY(m->hasInitialResponse());
    const SaslMechanism::Step first = m->initialResponse();
    QCOMPARE(first.response, kScramClientFirst);
    QVERIFY(!m->serverVerified());

    const SaslMechanism::Step final = m->respond(kScramServerFirst);
    QVERIFY2(final.error.isEmpty(), qPrintable(final.error));
    QCOMPARE(final.response, kScramClientFinal);
    QVERIFY(!final.shown.contains(QLatin1String("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ")));
    QVERIFY(!m->serverVerified());  // nothing proven yet

    // The server's proof comes as a 334 challenge; the client answers with an empty response (RFC 4954 §4).
    const SaslMechanism::Step ack = m->respond(kScramServerFinal);
    QVERIFY2(ack.error.isEmpty(), qPrintable(ack.error));
    QVERIFY(ack.response.isEmpty());
    QVERIFY(m->serverVerified());

    const SaslMechanism::Step extra = m->respond("more?");
    QVERIFY(!extra.error.isEmpty());
}

void TestAuth::scramFinalViaAcceptFinal()
{
    const auto m = rfc7677Scram();
    m->initialResponse();
    QVERIFY(m->respond(kScramServerFirst).error.isEmpty());
    QVERIFY(!m->serverVerified());
    QCOMPARE(m->acceptFinal(kScramServerFinal), QString());
    QVERIFY(m->serverVerified());
}

void TestAuth::scramBadServer_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("serverFinal");  // used only when serverFirst is accepted
    QTest::addColumn<bool>("firstRefused");

    QTest::newRow("wrong signature") << kScramServerFirst
                                     << QByteArray("v=7rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=") << false;
    QTest::newRow("missing signature") << kScramServerFirst << QByteArray("x=1") << false;
    QTest::newRow("empty final") << kScramServerFirst << QByteArray() << false;
    QTest::newRow("server error") << kScramServerFirst << QByteArray("e=invalid-proof") << false;
    QTest::newRow("signature not base64 of the right bytes")
        << kScramServerFirst << QByteArray("v=AAAA") << false;
    QTest::newRow("nonce not ours") << QByteArray(
        "r=XXXXNGfwEbeRWgbNEkqO%hvYD,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                                    << QByteArray() << true;
    QTest::newRow("nonce not extended")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqO,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096") << QByteArray() << true;
    QTest::newRow("no salt") << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,i=4096") << QByteArray() << true;
    QTest::newRow("no iterations") << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==")
                                   << QByteArray() << true;
    QTest::newRow("zero iterations") << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=0")
                                     << QByteArray() << true;
    QTest::newRow("absurd iterations")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=2000000000") << QByteArray()
        << true;
    // RFC 5802 §5.1: a mandatory extension the client does not support MUST make authentication fail.
    QTest::newRow("mandatory extension m=")
        << QByteArray("m=foo,r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096") << QByteArray()
        << true;
    QTest::newRow("mandatory extension m= empty")
        << QByteArray("m=,r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096") << QByteArray()
        << true;
    QTest::newRow("m= after i=") << QByteArray(
        "r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,m=x")
                                 << QByteArray() << true;
    QTest::newRow("attributes out of order")
        << QByteArray("s=W22ZaJ0SNY7soEsUEjb6gQ==,r=rOprNGfwEbeRWgbNEkqOabc,i=4096") << QByteArray() << true;
    QTest::newRow("iterations first")
        << QByteArray("i=4096,r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==") << QByteArray() << true;
    QTest::newRow("empty salt") << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=,i=4096") << QByteArray() << true;
    QTest::newRow("salt not base64") << QByteArray(
        "r=rOprNGfwEbeRWgbNEkqOabc,s=W22Z*J0SNY7soEsUEjb6gQ==,i=4096")
                                     << QByteArray() << true;
    QTest::newRow("salt without padding")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ,i=4096") << QByteArray() << true;
    QTest::newRow("negative iterations")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=-1") << QByteArray() << true;
    QTest::newRow("iterations with a sign")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=+4096") << QByteArray() << true;
    QTest::newRow("iterations with a leading zero")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=04096") << QByteArray() << true;
    QTest::newRow("iterations not a number")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4k") << QByteArray() << true;
    QTest::newRow("iterations just over the bound")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1000001") << QByteArray()
        << true;
    QTest::newRow("iterations overflowing")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=99999999999999999999")
        << QByteArray() << true;
    QTest::newRow("space in the nonce")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOa b,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096") << QByteArray() << true;
    QTest::newRow("control character in the nonce")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOa\x01b,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096") << QByteArray()
        << true;
    QTest::newRow("non-ASCII in the nonce")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqO\xc3\xa9,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096") << QByteArray()
        << true;
    QTest::newRow("malformed extension after i=")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqOabc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,garbage") << QByteArray()
        << true;
    QTest::newRow("error instead of challenge") << QByteArray("e=other-error") << QByteArray() << true;
    QTest::newRow("empty challenge") << QByteArray() << QByteArray() << true;
    // Server-final: only v= with the right signature, or e=, is an answer.
    QTest::newRow("final not v= or e=") << kScramServerFirst << QByteArray("r=whatever") << false;
    QTest::newRow("final signature not base64")
        << kScramServerFirst << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4*") << false;
    QTest::newRow("final signature unpadded")
        << kScramServerFirst << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4") << false;
    QTest::newRow("final signature after another attribute")
        << kScramServerFirst << QByteArray("x=1,v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=") << false;
    QTest::newRow("final signature with a malformed extension")
        << kScramServerFirst << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=,junk") << false;
    QTest::newRow("final empty v=") << kScramServerFirst << QByteArray("v=") << false;
    QTest::newRow("final unknown error") << kScramServerFirst << QByteArray("e=something\x01odd") << false;
}

void TestAuth::scramBadServer()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, serverFinal);
    QFETCH(bool, firstRefused);
    const auto m = rfc7677Scram();
    m->initialResponse();
    const SaslMechanism::Step s = m->respond(serverFirst);
    if (firstRefused) {
        QVERIFY(!s.error.isEmpty());
        QVERIFY(s.response.isEmpty());
        QVERIFY(!m->serverVerified());
        for (QChar c : s.error)
            QVERIFY2(c.isPrint(), qPrintable(s.error));
        // Nothing is answered afterwards either, and a 235 finds the server unproven.
        QVERIFY(!m->acceptFinal(kScramServerFinal).isEmpty());
        QVERIFY(!m->serverVerified());
        return;
    }
    QVERIFY(s.error.isEmpty());
    const SaslMechanism::Step f = m->respond(serverFinal);
    QVERIFY(!f.error.isEmpty());
    QVERIFY(f.response.isEmpty());
    for (QChar c : f.error)
        QVERIFY2(c.isPrint(), qPrintable(f.error));  // no control character from the server reaches the user
    QVERIFY(!m->serverVerified());
    QVERIFY(!m->acceptFinal(serverFinal).isEmpty());
    QVERIFY(!m->serverVerified());
}

void TestAuth::scramRandomNonce()
{
    const auto a = createMechanism(AuthMethod::ScramSha256, creds());
    const auto b = createMechanism(AuthMethod::ScramSha256, creds());
    const QByteArray fa = a->initialResponse().response;
    const QByteArray fb = b->initialResponse().response;
    QVERIFY(fa.startsWith("n,,n=alice@example.org,r="));
    QVERIFY(fa != fb);
    QVERIFY(fa.size() - fa.indexOf(",r=") - 3 >= 24);  // RFC 5802 wants an unpredictable nonce: 144 bits here
    QVERIFY(!fa.mid(fa.indexOf(",r=") + 3).contains(','));
}

void TestAuth::scramEscapesUser()
{
    // RFC 5802 §5.1: ',' and '=' in the user name are written =2C and =3D.
    const auto m = createScramSha256WithNonce(creds(QStringLiteral("a,b=c")), "abc");
    QCOMPARE(m->initialResponse().response, QByteArray("n,,n=a=2Cb=3Dc,r=abc"));
}

void TestAuth::scramOptionalExtensionIgnored()
{
    // RFC 5802 §7: attributes after i= that are not "m" are optional and ignored.
    const auto m = rfc7677Scram();
    m->initialResponse();
    const SaslMechanism::Step s = m->respond(kScramServerFirst + ",x=future,y=1");
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QVERIFY(s.response.startsWith("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p="));
}

void TestAuth::scramErrorInWords()
{
    const auto m = rfc7677Scram();
    m->initialResponse();
    QVERIFY(m->respond(kScramServerFirst).error.isEmpty());
    const QString why = m->acceptFinal("e=invalid-proof");
    QVERIFY2(why.contains(QLatin1String("password")), qPrintable(why));
    QVERIFY(why.contains(QLatin1String("invalid-proof")));
    QVERIFY(!m->serverVerified());
    const auto u = rfc7677Scram();
    u->initialResponse();
    QVERIFY(u->respond(kScramServerFirst).error.isEmpty());
    QVERIFY(u->respond("e=unknown-user").error.contains(QLatin1String("user name")));
}

void TestAuth::saslPrepRfc4013_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");  // null: an error
    // RFC 4013 §3's examples.
    QTest::newRow("soft hyphen mapped to nothing") << QStringLiteral("I\u00ADX") << QStringLiteral("IX");
    QTest::newRow("no transformation") << QStringLiteral("user") << QStringLiteral("user");
    QTest::newRow("case preserved") << QStringLiteral("USER") << QStringLiteral("USER");
    QTest::newRow("ordinal indicator") << QStringLiteral("\u00AA") << QStringLiteral("a");
    QTest::newRow("roman numeral nine") << QStringLiteral("\u2168") << QStringLiteral("IX");
    QTest::newRow("prohibited character") << QStringLiteral("\u0007") << QString();
    QTest::newRow("bidi check") << QStringLiteral("\u0627\u0031") << QString();
    // And the other rules of the profile (RFC 4013 §2).
    QTest::newRow("non-ASCII space mapped to space") << QStringLiteral("a\u00A0b") << QStringLiteral("a b");
    QTest::newRow("NFKC composes") << QStringLiteral("a\u0308") << QStringLiteral("\u00E4");
    QTest::newRow("zero width joiner removed") << QStringLiteral("a\u200Db") << QStringLiteral("ab");
    QTest::newRow("NUL prohibited") << QString(QChar(0)) + QStringLiteral("x") << QString();
    QTest::newRow("DEL prohibited") << QStringLiteral("a\u007Fb") << QString();
    QTest::newRow("private use prohibited") << QStringLiteral("a\uE000") << QString();
    QTest::newRow("right-to-left alone") << QStringLiteral("\u0627\u0628") << QStringLiteral("\u0627\u0628");
    QTest::newRow("unassigned allowed in a query") << QStringLiteral("a\u0221") << QStringLiteral("a\u0221");
    QTest::newRow("empty stays empty") << QString(QLatin1String("")) << QString(QLatin1String(""));
}

void TestAuth::saslPrepRfc4013()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QString error;
    const std::optional<QString> got = saslPrep(input, &error);
    if (output.isNull()) {
        QVERIFY(!got);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(got, qPrintable(error));
    QCOMPARE(*got, output);
}

void TestAuth::scramPreparesUserAndPassword()
{
    // SASLprep first, then RFC 5802 §5.1's escaping of ',' and '='.
    const auto m = createScramSha256WithNonce(creds(QStringLiteral("\u2168\u00AD,\u00AA=")), "abc");
    QCOMPARE(m->initialResponse().response, QByteArray("n,,n=IX=2Ca=3D,r=abc"));
}

void TestAuth::scramNonAsciiPasswordProof()
{
    // The password as typed (decomposed ä, a soft hyphen, U+2168) and as SASLprep makes it ("pässwordIX").
    // The proof is computed here independently from the prepared password (RFC 5802 §3), and must differ from
    // the one the unprepared password would give.
    const QString typed = QStringLiteral("pa\u0308ss\u00ADword\u2168");
    const QByteArray prepared = QStringLiteral("p\u00E4sswordIX").toUtf8();
    const QByteArray clientNonce = "fyko+d2lbbFgONRv9qkxdawL";
    const auto m = createScramSha256WithNonce(creds(QStringLiteral("j\u00FCrgen"), typed), clientNonce);
    const QByteArray first = m->initialResponse().response;
    QCOMPARE(first, "n,,n=" + QStringLiteral("j\u00FCrgen").toUtf8() + ",r=" + clientNonce);
    const QByteArray salt = QByteArray::fromHex("5f3a1c9e0b7d42aa");
    const QByteArray serverFirst = "r=" + clientNonce + "3rfcNHYJY1ZVvWVs7j,s=" + salt.toBase64() + ",i=4096";
    const SaslMechanism::Step final = m->respond(serverFirst);
    QVERIFY2(final.error.isEmpty(), qPrintable(final.error));
    const QByteArray withoutProof = "c=biws,r=" + clientNonce + "3rfcNHYJY1ZVvWVs7j";
    QVERIFY(final.response.startsWith(withoutProof + ",p="));

    const QByteArray authMessage = first.mid(3) + ',' + serverFirst + ',' + withoutProof;
    auto proofFor = [&](const QByteArray &password, QByteArray *serverSignature) {
        const QByteArray salted =
            QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt, 4096, 32);
        const QByteArray clientKey =
            QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
        const QByteArray stored = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
        const QByteArray signature =
            QMessageAuthenticationCode::hash(authMessage, stored, QCryptographicHash::Sha256);
        QByteArray proof(clientKey.size(), '\0');
        for (qsizetype i = 0; i < proof.size(); ++i)
            proof[i] = char(clientKey[i] ^ signature[i]);
        if (serverSignature) {
            const QByteArray serverKey =
                QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
            *serverSignature =
                QMessageAuthenticationCode::hash(authMessage, serverKey, QCryptographicHash::Sha256);
        }
        return proof.toBase64();
    };
    QByteArray serverSignature;
    const QByteArray expected = proofFor(prepared, &serverSignature);
    QCOMPARE(final.response, withoutProof + ",p=" + expected);
    QVERIFY(expected != proofFor(typed.toUtf8(), nullptr));
    // The server that knows the prepared password is verified.
    QCOMPARE(m->acceptFinal("v=" + serverSignature.toBase64()), QString());
    QVERIFY(m->serverVerified());
}

void TestAuth::scramRefusesUnpreparableCredentials_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("control character in the password")
        << QStringLiteral("user") << QStringLiteral("pass\u0007");
    QTest::newRow("bidi error in the user name")
        << QStringLiteral("\u0627\u0031") << QStringLiteral("pencil");
    QTest::newRow("user name empty after SASLprep") << QStringLiteral("\u00AD") << QStringLiteral("pencil");
}

void TestAuth::scramRefusesUnpreparableCredentials()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    const auto m = createScramSha256WithNonce(creds(user, password), "rOprNGfwEbeRWgbNEkqO");
    const SaslMechanism::Step first = m->initialResponse();
    QVERIFY(!first.error.isEmpty());
    QVERIFY(first.response.isEmpty());
    QVERIFY(!first.error.contains(password));
    // Whatever the server sends next, nothing is answered.
    const SaslMechanism::Step next = m->respond(kScramServerFirst);
    QVERIFY(!next.error.isEmpty());
    QVERIFY(next.response.isEmpty());
    QVERIFY(!m->serverVerified());
}

void TestAuth::oauth()
{
    Credentials c = creds(QStringLiteral("someuser@example.com"),
                          QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"));
    const auto x = createMechanism(AuthMethod::XOAuth2, c);
    const SaslMechanism::Step xs = x->initialResponse();
    QCOMPARE(xs.response, QByteArray("user=someuser@example.com\x01"
                                     "auth=Bearer "
                                     "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
    checkShown(xs, c);
    // RFC 7628 §3.1's example shape.
    c.host = QStringLiteral("server.example.com");
    c.port = 587;
    const auto b = createMechanism(AuthMethod::OAuthBearer, c);
    const SaslMechanism::Step bs = b->initialResponse();
    QCOMPARE(bs.response, QByteArray("n,a=someuser@example.com,\x01host=server.example.com\x01port=587\x01"
                                     "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
    checkShown(bs, c);
    // An error challenge is acknowledged once (RFC 7628 §3.2.3), then refused.
    const SaslMechanism::Step ack = b->respond("{\"status\":\"invalid_token\"}");
    QVERIFY(ack.error.isEmpty());
    QCOMPARE(ack.response, QByteArray("\x01"));
    QVERIFY(!b->respond("{}").error.isEmpty());
}

void TestAuth::nothingShowsSecrets_data()
{
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QList<QByteArray>>("challenges");
    using L = QList<QByteArray>;
    QTest::newRow("PLAIN") << AuthMethod::Plain << L{"", ""};
    QTest::newRow("LOGIN") << AuthMethod::Login << L{"Username:", "Password:", "Password:"};
    QTest::newRow("LOGIN password first") << AuthMethod::Login << L{"Password:", "Password:"};
    QTest::newRow("CRAM-MD5") << AuthMethod::CramMd5 << L{"<1896.697170952@postoffice.reston.mci.net>", "x"};
    QTest::newRow("SCRAM-SHA-256") << AuthMethod::ScramSha256
                                   << L{};  // driven below with a real server-first
    QTest::newRow("XOAUTH2") << AuthMethod::XOAuth2 << L{"{}", "{}"};
    QTest::newRow("OAUTHBEARER") << AuthMethod::OAuthBearer << L{"{}", "{}"};
}

void TestAuth::nothingShowsSecrets()
{
    QFETCH(AuthMethod, method);
    QFETCH(QList<QByteArray>, challenges);
    const Credentials c = creds();
    const auto m = createMechanism(method, c);
    QList<SaslMechanism::Step> steps;
    if (m->hasInitialResponse())
        steps << m->initialResponse();
    if (method == AuthMethod::ScramSha256) {
        const QByteArray first = steps.first().response;
        const QByteArray nonce = first.mid(first.indexOf(",r=") + 3);
        challenges << "r=" + nonce + "srv,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"
                   << "v=AAAA";
    }
    for (const QByteArray &ch : challenges)
        steps << m->respond(ch);
    QVERIFY(!steps.isEmpty());
    for (const SaslMechanism::Step &s : steps) {
        checkShown(s, c);
        QVERIFY(!s.error.contains(c.password));
        if (!s.response.isEmpty())
            QVERIFY(!s.shown.isEmpty());  // something readable stands in for every response sent
    }
}

void TestAuth::choose_data()
{
    QTest::addColumn<QList<QByteArray>>("offered");
    QTest::addColumn<AuthMethod>("chosen");
    using L = QList<QByteArray>;
    QTest::newRow("all") << L{"LOGIN", "PLAIN", "CRAM-MD5", "SCRAM-SHA-256"} << AuthMethod::ScramSha256;
    QTest::newRow("no scram") << L{"LOGIN", "PLAIN", "CRAM-MD5"} << AuthMethod::CramMd5;
    QTest::newRow("plain and login") << L{"LOGIN", "PLAIN"} << AuthMethod::Plain;
    QTest::newRow("login only") << L{"LOGIN"} << AuthMethod::Login;
    QTest::newRow("unknown only") << L{"GSSAPI", "NTLM", "SCRAM-SHA-1"} << AuthMethod::Auto;
    QTest::newRow("oauth not chosen automatically") << L{"XOAUTH2", "OAUTHBEARER"} << AuthMethod::Auto;
    QTest::newRow("none") << L{} << AuthMethod::Auto;
    QTest::newRow("scram among unknown") << L{"GSSAPI", "SCRAM-SHA-256", "NTLM"} << AuthMethod::ScramSha256;
}

void TestAuth::choose()
{
    QFETCH(QList<QByteArray>, offered);
    QFETCH(AuthMethod, chosen);
    QCOMPARE(chooseMechanism(offered), chosen);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
