#include "probe.h"

#include "explain.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace smtp {

namespace {

qint64 between(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() && to.isValid() ? from.msecsTo(to) : -1;
}

QString ms(qint64 v)
{
    return v < 0 ? QCoreApplication::translate("smtp::ProbeReport", "not reached")
                 : QCoreApplication::translate("smtp::ProbeReport", "%1 ms").arg(v);
}

QString stripCode(const QString &line)
{
    static const QRegularExpression code(QStringLiteral("^\\d{3}[ -]"));
    QString s = line;
    s.remove(code);
    return s;
}

}  // namespace

StageTimings stageTimings(const QList<TranscriptEvent> &events)
{
    StageTimings t;
    TranscriptExplainer explainer;
    QDateTime start, connected, startTlsSent, lastTls, ehloSent;
    int ehloAnswered = 0;
    bool sawOtherLine = false;
    for (const TranscriptEvent &e : events) {
        const LineContext ctx = explainer.observe(e);
        if (!start.isValid()) {
            start = e.time;  // the session's first event: "Connecting to ..."
            continue;
        }
        switch (e.kind) {
        case TranscriptEvent::Kind::Info:
            // The session's next note, before any line, is the TCP connection.
            if (!connected.isValid() && !sawOtherLine) {
                connected = e.time;
                t.connect = between(start, connected);
            }
            break;
        case TranscriptEvent::Kind::Error:
            sawOtherLine = true;
            break;
        case TranscriptEvent::Kind::Tls:
            lastTls = e.time;
            break;
        case TranscriptEvent::Kind::Client: {
            sawOtherLine = true;
            const Stage s = stageOfCommand(e.text);
            if (s == Stage::StartTls)
                startTlsSent = e.time;
            if (s == Stage::Ehlo || s == Stage::Helo) {
                if (startTlsSent.isValid() && ehloAnswered == 1)
                    t.tls = between(startTlsSent, lastTls);
                ehloSent = e.time;
            }
            break;
        }
        case TranscriptEvent::Kind::Server:
            if (!sawOtherLine && lastTls.isValid() && t.tls < 0)
                t.tls = between(connected, lastTls);  // implicit TLS: the handshake came first
            sawOtherLine = true;
            if (!ctx.lastLine)
                break;
            if (ctx.stage == Stage::Greeting && t.greeting < 0)
                t.greeting =
                    between(lastTls.isValid() && !startTlsSent.isValid() ? lastTls : connected, e.time);
            else if (ctx.stage == Stage::Ehlo || ctx.stage == Stage::Helo) {
                // A 5xx to EHLO followed by HELO is the same stage: the last answer counts.
                if (ehloAnswered == 0 || !startTlsSent.isValid())
                    t.ehlo = between(ehloSent, e.time);
                else
                    t.ehloAgain = between(ehloSent, e.time);
                if (e.code / 100 == 2)
                    ehloAnswered = startTlsSent.isValid() ? 2 : 1;
            }
            break;
        case TranscriptEvent::Kind::Data:
            break;
        }
    }
    return t;
}

bool certificateCovers(const QSslCertificate &cert, const QString &host)
{
    const QString h = host.toLower();
    QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
    const QStringList ips = cert.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    if (!QHostAddress(h).isNull())
        return ips.contains(h) || ips.contains(QHostAddress(h).toString());
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    for (const QString &n : std::as_const(names)) {
        const QString name = n.toLower();
        if (name == h)
            return true;
        if (name.startsWith(QLatin1String("*."))) {
            const QString rest = name.mid(1);
            if (h.endsWith(rest) && h.size() > rest.size()
                && !h.left(h.size() - rest.size()).contains(QLatin1Char('.')))
                return true;
        }
    }
    return false;
}

QList<TlsCheck> ProbeReport::tlsChecks() const
{
    QList<TlsCheck> checks;
    if (options.security == Security::None)
        return checks;
    const bool handshake = !tls.protocol.isEmpty();
    if (handshake) {
        const bool modern =
            tls.protocol.contains(QLatin1String("1.2")) || tls.protocol.contains(QLatin1String("1.3"));
        checks.append(
            {modern, modern ? tr("TLS version %1 (1.2 or later, as RFC 8996 requires)").arg(tls.protocol)
                            : tr("TLS version %1 is older than 1.2").arg(tls.protocol)});
    }
    if (!options.pinnedSha256.isEmpty()) {
        const QByteArray leaf =
            chain.isEmpty() ? QByteArray() : chain.first().digest(QCryptographicHash::Sha256).toHex();
        const bool same = leaf.compare(options.pinnedSha256, Qt::CaseInsensitive) == 0;
        checks.append(
            {same, same ? tr("The certificate is the pinned one (SHA-256 %1)").arg(QString::fromLatin1(leaf))
                        : tr("The certificate is not the pinned one (its SHA-256 is %1)")
                              .arg(QString::fromLatin1(leaf))});
    }
    if (!chain.isEmpty()) {
        const QSslCertificate &leaf = chain.first();
        const bool named = certificateCovers(leaf, options.host);
        checks.append({named, named ? tr("The certificate covers the name %1").arg(options.host)
                                    : tr("The certificate does not cover the name %1").arg(options.host)});
        const QDateTime now = checkedAt.isValid() ? checkedAt : QDateTime::currentDateTimeUtc();
        bool inDates = true;
        for (const QSslCertificate &c : chain)
            inDates = inDates && c.effectiveDate() <= now && now <= c.expiryDate();
        checks.append({inDates, inDates ? tr("Every certificate of the chain is within its validity dates")
                                        : tr("A certificate of the chain is expired or not yet valid")});
        if (inDates && now.daysTo(leaf.expiryDate()) < 14)
            checks.append(
                {false, tr("The certificate expires in %1 days").arg(now.daysTo(leaf.expiryDate()))});
    }
    if (handshake && certificateErrors.isEmpty() && outcome.category != Outcome::Category::TlsFailed)
        checks.append({true, options.pinnedSha256.isEmpty()
                                 ? tr("The chain is trusted (by the system's CAs or --ca-file)")
                                 : tr("The chain is accepted (trusted, or the pinned certificate)")});
    for (const QString &e : certificateErrors)
        checks.append({false, e});
    if (!handshake && certificateErrors.isEmpty() && outcome.category == Outcome::Category::TlsFailed)
        checks.append({false, outcome.summary});
    return checks;
}

QString ProbeReport::format() const
{
    QString out;
    auto line = [&out](const QString &s) { out += s + QLatin1Char('\n'); };
    line(tr("Server: %1 port %2 (%3)")
             .arg(options.host)
             .arg(options.port)
             .arg(securityName(options.security)));
    if (!greeting.isEmpty())
        line(tr("Greeting: %1").arg(greeting.join(QStringLiteral(" / "))));
    const StageTimings t = stageTimings(events);
    line(tr("Time per stage: connect %1, greeting %2, EHLO %3, TLS %4, EHLO again %5")
             .arg(ms(t.connect), ms(t.greeting), ms(t.ehlo), ms(t.tls), ms(t.ehloAgain)));
    const Capabilities &caps = capabilities();
    if (!caps.extensions.isEmpty() || caps.esmtp) {
        line(encrypted ? tr("Extensions (after STARTTLS):") : tr("Extensions:"));
        for (auto it = caps.extensions.constBegin(); it != caps.extensions.constEnd(); ++it) {
            QStringList words{QString::fromLatin1(it.key())};
            for (const QByteArray &p : it.value())
                words << QString::fromUtf8(p);
            const QString ehloLine = words.join(QLatin1Char(' '));
            const QString meaning = explainExtension(ehloLine);
            line(meaning.isEmpty() ? QStringLiteral("  %1").arg(ehloLine)
                                   : QStringLiteral("  %1 - %2").arg(ehloLine, meaning));
        }
        if (encrypted) {
            QStringList onlyBefore;
            for (auto it = before.extensions.constBegin(); it != before.extensions.constEnd(); ++it)
                if (!after.extensions.contains(it.key()) && it.key() != "STARTTLS")
                    onlyBefore << QString::fromLatin1(it.key());
            if (!onlyBefore.isEmpty())
                line(tr("Offered only before TLS: %1").arg(onlyBefore.join(QLatin1Char(' '))));
        }
        QStringList mechs;
        for (const QByteArray &m : caps.authMechanisms())
            mechs << QString::fromLatin1(m);
        line(mechs.isEmpty() ? tr("AUTH: no login mechanism offered")
                             : tr("AUTH mechanisms: %1").arg(mechs.join(QLatin1Char(' '))));
        if (!encrypted && !before.authMechanisms().isEmpty() && options.security == Security::None)
            line(tr("Warning: the server offers AUTH without encryption; a password would travel in clear."));
        line(caps.maxSize() > 0 ? tr("SIZE: messages up to %1 bytes (%2 MB)")
                                      .arg(caps.maxSize())
                                      .arg(caps.maxSize() / 1e6, 0, 'f', 1)
             : caps.hasSize()
                 ? tr("SIZE: offered, with no limit given")
                 : tr("SIZE: not offered (the limit, if any, shows only when a message is refused)"));
    }
    if (!tls.protocol.isEmpty())
        line(tr("TLS: %1, cipher %2").arg(tls.protocol, tls.cipher));
    for (int i = 0; i < chain.size(); ++i) {
        const QSslCertificate &c = chain.at(i);
        line(tr("  Certificate %1: %2, issued by %3, valid %4 to %5")
                 .arg(i + 1)
                 .arg(c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                      c.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                      c.effectiveDate().toUTC().toString(Qt::ISODate),
                      c.expiryDate().toUTC().toString(Qt::ISODate)));
        const QStringList names = c.subjectAlternativeNames().values(QSsl::DnsEntry);
        if (!names.isEmpty())
            line(tr("    names: %1").arg(names.join(QStringLiteral(", "))));
    }
    for (const TlsCheck &c : tlsChecks())
        line(QStringLiteral("  [%1] %2").arg(c.passed ? tr("pass") : tr("FAIL"), c.text));
    line(tr("Result: %1").arg(outcome.describe().trimmed()));
    line(tr("No message was sent (no MAIL command)."));
    return out;
}

Probe::Probe(QObject *parent) : QObject(parent) {}

void Probe::start(const SessionOptions &options, Clock *clock)
{
    m_report = ProbeReport();
    m_report.options = options;
    m_session = new Session(options, clock, this);
    connect(m_session, &Session::transcript, this, [this](const TranscriptEvent &e) {
        m_report.events.append(e);
        if (e.kind == TranscriptEvent::Kind::Server && e.code == 220 && !m_report.encrypted
            && m_report.before.extensions.isEmpty() && !m_report.before.esmtp)
            m_report.greeting << stripCode(e.text);
        Q_EMIT transcript(e);
    });
    connect(m_session, &Session::capabilitiesKnown, this, [this](const Capabilities &caps, bool encrypted) {
        (encrypted ? m_report.after : m_report.before) = caps;
        m_report.encrypted = encrypted;
    });
    connect(m_session, &Session::finished, this, [this](const Outcome &o) {
        m_report.outcome = o;
        m_report.tls = m_session->tlsInfo();
        m_report.chain = m_report.tls.chain.isEmpty() ? o.certificateChain : m_report.tls.chain;
        m_report.checkedAt = QDateTime::currentDateTimeUtc();
        for (const QSslError &err : o.sslErrors)
            m_report.certificateErrors << err.errorString();
        m_session->deleteLater();
        Q_EMIT finished();
    });
    m_session->start();
}

}  // namespace smtp
