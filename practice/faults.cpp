#include "faults.h"

#include <QRegularExpression>

namespace practice {

namespace {

const QList<QPair<Stage, QLatin1String>> &stages()
{
    static const QList<QPair<Stage, QLatin1String>> list{
        {Stage::Greeting, QLatin1String("greeting")}, {Stage::Ehlo, QLatin1String("ehlo")},
        {Stage::Mail, QLatin1String("mail")},         {Stage::Rcpt, QLatin1String("rcpt")},
        {Stage::Data, QLatin1String("data")},         {Stage::End, QLatin1String("end")},
    };
    return list;
}

}  // namespace

int parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,6}(?:\\.\\d{1,3})?)(ms|s)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    const double ms = m.captured(2) == QLatin1String("s") ? value * 1000 : value;
    // Bounded: a practice reply never waits more than ten minutes.
    return ms > 600000 ? -1 : int(ms);
}

QString stageName(Stage stage)
{
    for (const auto &s : stages())
        if (s.first == stage)
            return s.second;
    return {};
}

const QList<Faults::Description> &Faults::table()
{
    static const QList<Description> list{
        {"greylist",
         QT_TRANSLATE_NOOP("practice::Faults",
                           "Greylisting: the first time a client, sender and recipient are seen "
                           "together, RCPT gets 451 4.7.1 (try again later); the next try is accepted. "
                           "Teaches temporary failures and retrying.")},
        {"452-after=N",
         QT_TRANSLATE_NOOP("practice::Faults",
                           "452 4.5.3 (too many recipients) for every RCPT after the first N of a "
                           "message. The client should send the rest in another transaction "
                           "(RFC 5321 §4.5.3.1.10).")},
        {"552-over=BYTES",
         QT_TRANSLATE_NOOP("practice::Faults",
                           "552 5.3.4 (message too big) for a message larger than BYTES (1024 "
                           "when not given), at MAIL when its SIZE= says so, else after the "
                           "content.")},
        {"421-at=STAGE",
         QT_TRANSLATE_NOOP("practice::Faults",
                           "421 4.3.2 (service closing) and the connection closed at STAGE: "
                           "greeting, ehlo, mail, rcpt, data or end (instead of the final reply). "
                           "Nothing is delivered; trying later may work.")},
        {"drop-after-dot", QT_TRANSLATE_NOOP("practice::Faults",
                                             "The whole message is received and kept, then the connection is "
                                             "closed with no reply: the client cannot know whether it was "
                                             "delivered.")},
        {"self-signed",
         QT_TRANSLATE_NOOP("practice::Faults",
                           "STARTTLS with a self-signed certificate that no authority vouches for: "
                           "a careful client refuses it.")},
        {"expired", QT_TRANSLATE_NOOP("practice::Faults",
                                      "STARTTLS with a certificate whose validity ended yesterday.")},
        {"strip-starttls",
         QT_TRANSLATE_NOOP("practice::Faults",
                           "STARTTLS is not advertised and refused, as when something on the way "
                           "removes it: a careful client does not go on in the clear.")},
        {"slow=TIME",
         QT_TRANSLATE_NOOP("practice::Faults",
                           "A slow server: every reply waits TIME (such as 500ms or 2s). Teaches "
                           "timeouts.")},
        {"535-wrong-password",
         QT_TRANSLATE_NOOP("practice::Faults", "Every login is refused with 535 5.7.8 (authentication "
                                               "credentials invalid), even with the right password.")},
        {"530-auth-required",
         QT_TRANSLATE_NOOP("practice::Faults",
                           "MAIL before a login gets 530 5.7.0 (authentication required), as "
                           "on every submission server.")},
    };
    return list;
}

QString Faults::listText()
{
    QString text = tr("Faults for stamp practice --fault NAME (repeat for several):") + QLatin1Char('\n');
    for (const Description &d : table()) {
        text += QStringLiteral("  %1\n").arg(QLatin1String(d.syntax));
        text +=
            QStringLiteral("      %1\n").arg(QCoreApplication::translate("practice::Faults", d.explanation));
    }
    return text;
}

bool Faults::add(const QString &spec, QString *error)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QString name = eq < 0 ? spec : spec.left(eq);
    const QString value = eq < 0 ? QString() : spec.mid(eq + 1);
    const bool hasValue = eq >= 0;
    auto noValue = [&](bool *flag) {
        if (hasValue) {
            *error = tr("the fault %1 takes no value").arg(name);
            return false;
        }
        *flag = true;
        return true;
    };
    if (name == QLatin1String("greylist"))
        return noValue(&greylist);
    if (name == QLatin1String("drop-after-dot"))
        return noValue(&dropAfterDot);
    if (name == QLatin1String("self-signed"))
        return noValue(&selfSigned);
    if (name == QLatin1String("expired"))
        return noValue(&expired);
    if (name == QLatin1String("strip-starttls"))
        return noValue(&stripStartTls);
    if (name == QLatin1String("535-wrong-password"))
        return noValue(&wrongPassword);
    if (name == QLatin1String("530-auth-required"))
        return noValue(&authRequired);
    if (name == QLatin1String("452-after")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > 1000) {
            *error = tr("452-after needs a number of recipients from 0 to 1000, such as 452-after=2");
            return false;
        }
        recipientLimit = n;
        return true;
    }
    if (name == QLatin1String("552-over")) {
        bool ok = !hasValue;
        const qint64 n = hasValue ? value.toLongLong(&ok) : 1024;
        if (!ok || n < 0) {
            *error = tr("552-over needs a size in bytes, such as 552-over=1024");
            return false;
        }
        messageLimit = n;
        return true;
    }
    if (name == QLatin1String("421-at")) {
        for (const auto &s : stages())
            if (value == s.second) {
                closeAt = s.first;
                return true;
            }
        *error = tr("421-at needs a stage: greeting, ehlo, mail, rcpt, data or end");
        return false;
    }
    if (name == QLatin1String("slow")) {
        const int ms = parseDuration(value);
        if (ms < 0) {
            *error = tr("slow needs a time up to 600s, such as slow=500ms or slow=2s");
            return false;
        }
        slowMs = ms;
        return true;
    }
    *error = tr("unknown fault '%1' (see stamp practice --list)").arg(name);
    return false;
}

QStringList Faults::names() const
{
    QStringList l;
    if (greylist)
        l << QStringLiteral("greylist");
    if (recipientLimit >= 0)
        l << QStringLiteral("452-after=%1").arg(recipientLimit);
    if (messageLimit >= 0)
        l << QStringLiteral("552-over=%1").arg(messageLimit);
    if (closeAt != Stage::None)
        l << QStringLiteral("421-at=%1").arg(stageName(closeAt));
    if (dropAfterDot)
        l << QStringLiteral("drop-after-dot");
    if (selfSigned)
        l << QStringLiteral("self-signed");
    if (expired)
        l << QStringLiteral("expired");
    if (stripStartTls)
        l << QStringLiteral("strip-starttls");
    if (slowMs > 0)
        l << (slowMs % 1000 ? QStringLiteral("slow=%1ms").arg(slowMs)
                            : QStringLiteral("slow=%1s").arg(slowMs / 1000));
    if (wrongPassword)
        l << QStringLiteral("535-wrong-password");
    if (authRequired)
        l << QStringLiteral("530-auth-required");
    return l;
}

}  // namespace practice
