#include "probe.h"

#include "explain.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace smtp {

namespace {

QString stripCode(const QString &line)
{
    static const QRegularExpression code(QStringLiteral("^\\d{3}[ -]"));
    QString s = line;
    s.remove(code);
    return s;
}

}  // namespace

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
    line(tr("Time per stage: %1").arg(outcome.timings.formatConnection()));
    const Capabilities &caps = capabilities();
    if (!caps.extensions.isEmpty() || caps.esmtp) {
        line(encrypted ? tr("Extensions (after STARTTLS):") : tr("Extensions:"));
        for (auto it = caps.extensions.constBegin(); it != caps.extensions.constEnd(); ++it) {
            QStringList words{QString::fromLatin1(it.key())};
            for (const QByteArray &p : it.value())
                words << QString::fromUtf8(p);
            const QString ehloLine = words.join(QLatin1Char(' '));
            // The explainer reads an EHLO reply line ("250-PIPELINING").
            const QString meaning = explainExtension(QStringLiteral("250 ") + ehloLine);
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
    if (!tlsReport.isEmpty())
        for (const QString &l : tlsReport.lines())
            line(l);
    line(outcome.describe().trimmed());  // "Result: ..."
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
    connect(m_session, &Session::tlsReportReady, this,
            [this](const TlsReport &r) { m_report.tlsReport = r; });
    connect(m_session, &Session::finished, this, [this](const Outcome &o) {
        m_report.outcome = o;
        m_report.tls = m_session->tlsInfo();
        m_report.chain = m_report.tls.chainDer.isEmpty() ? o.certificateChain : m_report.tls.chain();
        for (const QSslError &err : o.sslErrors)
            m_report.certificateErrors << err.errorString();
        m_session->deleteLater();
        Q_EMIT finished();
    });
    m_session->start();
}

}  // namespace smtp
