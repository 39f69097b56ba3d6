#include "dkim.h"

#include "taglist.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslKey>

namespace smtp::dkim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smtp::dkim", text);
}

}  // namespace

Key parse(const QString &txt)
{
    Key key;
    const TagList tags = parseTagList(txt);
    if (!tags.error.isEmpty()) {
        key.error = tags.error;
        return key;
    }
    // §3.6.1: v is optional, but when present it must be first and DKIM1.
    if (tags.has(QStringLiteral("v"))
        && (tags.tags.first().first != QLatin1String("v")
            || tags.value(QStringLiteral("v")) != QLatin1String("DKIM1"))) {
        key.error = tr("v= must be the first tag and be DKIM1");
        return key;
    }
    if (!tags.has(QStringLiteral("p"))) {
        key.error = tr("the public key p= is missing");
        return key;
    }
    if (tags.has(QStringLiteral("k")))
        key.keyType = tags.value(QStringLiteral("k")).toLower();
    const QStringList flags = tags.value(QStringLiteral("t")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    key.testing = flags.contains(QStringLiteral("y"));
    // Base64 may be split by whitespace in the record (§3.6.1: FWS allowed).
    QString p = tags.value(QStringLiteral("p"));
    p.remove(QRegularExpression(QStringLiteral("\\s")));
    if (p.isEmpty()) {
        key.revoked = true;
        return key;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(p.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        key.error = tr("the public key p= is not valid base64");
        return key;
    }
    if (key.keyType == QLatin1String("ed25519")) {
        // RFC 8463 §4.2: the raw 32-byte key.
        if (decoded.decoded.size() != 32) {
            key.error = tr("an ed25519 key must be 32 bytes, this one has %1").arg(decoded.decoded.size());
            return key;
        }
        key.bits = 256;
        return key;
    }
    if (key.keyType != QLatin1String("rsa")) {
        key.error = tr("k=%1 is not a key type DKIM knows (rsa or ed25519)").arg(key.keyType);
        return key;
    }
    const QSslKey rsa(decoded.decoded, QSsl::Rsa, QSsl::Der, QSsl::PublicKey);
    if (rsa.isNull()) {
        key.error = tr("the public key p= is not an RSA public key");
        return key;
    }
    key.bits = rsa.length();
    return key;
}

QList<Finding> review(const Key &key, const QString &selector, const QString &domain)
{
    QList<Finding> out;
    const QString topic = QStringLiteral("DKIM %1").arg(selector);
    const QString name = QStringLiteral("%1._domainkey.%2").arg(selector, domain);
    if (!key.error.isEmpty()) {
        out.append({Finding::Severity::Problem, topic,
                    tr("The DKIM key at %1 cannot be used: %2. Signatures with this selector fail.")
                        .arg(name, key.error),
                    tr("Publish the key exactly as your mail provider or signing software gives it.")});
        return out;
    }
    if (key.revoked) {
        out.append(
            {Finding::Severity::Warning, topic,
             tr("The DKIM key at %1 is revoked (empty p=): signatures with this selector fail.").arg(name),
             tr("Stop signing with selector %1, or publish its key again.").arg(selector)});
        return out;
    }
    if (key.keyType == QLatin1String("rsa") && key.bits < 1024)
        out.append(
            {Finding::Severity::Problem, topic,
             tr("The DKIM key at %1 is RSA of %2 bits: receivers ignore keys under 1024 bits (RFC 8301).")
                 .arg(name)
                 .arg(key.bits),
             tr("Generate a 2048-bit key and publish it under a new selector.")});
    else if (key.keyType == QLatin1String("rsa") && key.bits < 2048)
        out.append({Finding::Severity::Warning, topic,
                    tr("The DKIM key at %1 is RSA of %2 bits: accepted, but 2048 bits is recommended.")
                        .arg(name)
                        .arg(key.bits),
                    tr("Generate a 2048-bit key and publish it under a new selector.")});
    else
        out.append(
            {Finding::Severity::Ok,
             topic,
             tr("The DKIM key at %1 is present: %2, %3 bits.").arg(name, key.keyType.toUpper()).arg(key.bits),
             {}});
    if (key.testing)
        out.append({Finding::Severity::Info, topic,
                    tr("The key is marked as testing (t=y): receivers may treat its signatures as unsigned."),
                    tr("Remove t=y once signing works.")});
    return out;
}

}  // namespace smtp::dkim
