#include "mailstore.h"

#include "draftstaging.h"

#include "itemlock.h"
#include "retrypolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace store {

smtp::Envelope MailItem::envelope() const
{
    smtp::Envelope out;
    QString ignored;
    out.from = smtp::parseMailbox(envelopeFrom, &ignored);
    for (const QString &r : envelopeTo) {
        const smtp::Mailbox m = smtp::parseMailbox(r, &ignored);
        if (!m.isNull())
            out.recipients << m;
    }
    return out;
}

namespace {

using Category = smtp::Outcome::Category;

constexpr int FormatVersion = 2;  // 2: the message is stored as <id>.eml beside the item

// Ids are made here, and checked before they become part of a path: nothing from outside can name a file
// outside the store.
bool isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{8}T[0-9]{9}-[0-9a-f]{8}$"));
    return re.match(id).hasMatch();
}

QString newId()
{
    // Sortable by time; the random part keeps two items made in the same millisecond apart.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")) + QLatin1Char('-')
           + QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

const QList<QPair<Category, QString>> &categoryKeys()
{
    static const QList<QPair<Category, QString>> keys = {
        {Category::Sent, QStringLiteral("sent")},
        {Category::PartlySent, QStringLiteral("partly-sent")},
        {Category::TemporaryFailure, QStringLiteral("temporary-failure")},
        {Category::PermanentFailure, QStringLiteral("permanent-failure")},
        {Category::ConnectionFailed, QStringLiteral("connection-failed")},
        {Category::TlsFailed, QStringLiteral("tls-failed")},
        {Category::AuthFailed, QStringLiteral("auth-failed")},
        {Category::Timeout, QStringLiteral("timeout")},
        {Category::Cancelled, QStringLiteral("cancelled")},
        {Category::MayHaveBeenDelivered, QStringLiteral("may-have-been-delivered")},
        {Category::LocalError, QStringLiteral("local-error")},
        {Category::ProtocolError, QStringLiteral("protocol-error")},
    };
    return keys;
}

const QList<QPair<MailItem::Status, QString>> &statusKeys()
{
    static const QList<QPair<MailItem::Status, QString>> keys = {
        {MailItem::Status::Draft, QStringLiteral("draft")},
        {MailItem::Status::Queued, QStringLiteral("queued")},
        {MailItem::Status::Sending, QStringLiteral("sending")},
        {MailItem::Status::Failed, QStringLiteral("failed")},
        {MailItem::Status::Sent, QStringLiteral("sent")},
        {MailItem::Status::Waiting, QStringLiteral("waiting")},
        {MailItem::Status::PartlySent, QStringLiteral("partly-sent")},
    };
    return keys;
}

QString dateText(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime dateFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QJsonObject toJson(const MailItem &m)
{
    QJsonObject o;
    o[QStringLiteral("version")] = FormatVersion;
    o[QStringLiteral("id")] = m.id;
    o[QStringLiteral("status")] = statusKey(m.status);
    o[QStringLiteral("account")] = m.account;
    o[QStringLiteral("from")] = m.from;
    o[QStringLiteral("to")] = m.to;
    o[QStringLiteral("cc")] = m.cc;
    o[QStringLiteral("bcc")] = m.bcc;
    o[QStringLiteral("replyTo")] = m.replyTo;
    if (!m.dsnNotify.isEmpty())
        o[QStringLiteral("dsnNotify")] = QString::fromLatin1(m.dsnNotify);
    if (!m.dsnRet.isEmpty())
        o[QStringLiteral("dsnRet")] = QString::fromLatin1(m.dsnRet);
    o[QStringLiteral("subject")] = m.subject;
    o[QStringLiteral("body")] = m.body;
    o[QStringLiteral("attachments")] = QJsonArray::fromStringList(m.attachments);
    if (m.status == MailItem::Status::Draft)
        o[QStringLiteral("attachmentSources")] = QJsonArray::fromStringList(m.attachmentSources);
    if (!m.html.isEmpty())
        o[QStringLiteral("html")] = m.html;
    if (!m.inlineImages.isEmpty()) {
        QJsonArray images;
        for (const smtp::InlineImage &i : m.inlineImages)
            images.append(QJsonObject{{QStringLiteral("path"), i.path},
                                      {QStringLiteral("contentId"), QString::fromLatin1(i.contentId)}});
        o[QStringLiteral("inlineImages")] = images;
    }
    if (!m.textFormat.isEmpty())
        o[QStringLiteral("textFormat")] = m.textFormat;
    if (m.priority != smtp::Priority::Normal)
        o[QStringLiteral("priority")] =
            m.priority == smtp::Priority::High ? QStringLiteral("high") : QStringLiteral("low");
    if (m.readReceipt)
        o[QStringLiteral("readReceipt")] = true;
    o[QStringLiteral("created")] = dateText(m.created);
    o[QStringLiteral("updated")] = dateText(m.updated);
    if (m.status != MailItem::Status::Draft) {
        o[QStringLiteral("attempts")] = m.attempts;
        o[QStringLiteral("maxAttempts")] = m.maxAttempts;
        o[QStringLiteral("lastAttempt")] = dateText(m.lastAttempt);
        o[QStringLiteral("dueAt")] = dateText(m.dueAt);
        o[QStringLiteral("envelopeFrom")] = m.envelopeFrom;
        o[QStringLiteral("envelopeTo")] = QJsonArray::fromStringList(m.envelopeTo);
        o[QStringLiteral("smtpUtf8")] = m.smtpUtf8;
        o[QStringLiteral("emlSize")] = m.emlSize;
        o[QStringLiteral("messageId")] = QString::fromUtf8(m.messageId);
        o[QStringLiteral("sendingPid")] = m.sendingPid;
        o[QStringLiteral("failureReason")] = m.failureReason;
        o[QStringLiteral("failureAdvice")] = m.failureAdvice;
        o[QStringLiteral("failureReply")] = m.failureReply;
        o[QStringLiteral("failureCategory")] =
            m.failureCategory ? categoryKey(*m.failureCategory) : QString();
    }
    if (m.status != MailItem::Status::Draft)
        o[QStringLiteral("relatedId")] = m.relatedId;
    if (!m.mergeId.isEmpty()) {
        o[QStringLiteral("mergeId")] = m.mergeId;
        o[QStringLiteral("mergeRow")] = m.mergeRow;
    }
    if (m.status == MailItem::Status::Sent || m.status == MailItem::Status::PartlySent) {
        o[QStringLiteral("sentAt")] = dateText(m.sentAt);
        o[QStringLiteral("outcome")] = m.outcomeCategory ? categoryKey(*m.outcomeCategory) : QString();
        o[QStringLiteral("outcomeSummary")] = m.outcomeSummary;
    }
    if (m.status != MailItem::Status::Draft) {
        QJsonArray rs;
        for (const RecipientRecord &r : m.recipients)
            rs.append(QJsonObject{{QStringLiteral("address"), r.address},
                                  {QStringLiteral("accepted"), r.accepted},
                                  {QStringLiteral("reply"), r.reply}});
        o[QStringLiteral("recipients")] = rs;
    }
    return o;
}

MailItem fromJson(const QJsonObject &o)
{
    MailItem m;
    m.id = o.value(QStringLiteral("id")).toString();
    const QString status = o.value(QStringLiteral("status")).toString();
    for (const auto &k : statusKeys())
        if (k.second == status)
            m.status = k.first;
    m.account = o.value(QStringLiteral("account")).toString();
    m.from = o.value(QStringLiteral("from")).toString();
    m.to = o.value(QStringLiteral("to")).toString();
    m.cc = o.value(QStringLiteral("cc")).toString();
    m.bcc = o.value(QStringLiteral("bcc")).toString();
    m.replyTo = o.value(QStringLiteral("replyTo")).toString();
    m.dsnNotify = o.value(QStringLiteral("dsnNotify")).toString().toLatin1();
    m.dsnRet = o.value(QStringLiteral("dsnRet")).toString().toLatin1();
    m.subject = o.value(QStringLiteral("subject")).toString();
    m.body = o.value(QStringLiteral("body")).toString();
    for (const QJsonValue &a : o.value(QStringLiteral("attachments")).toArray())
        m.attachments << a.toString();
    for (const QJsonValue &a : o.value(QStringLiteral("attachmentSources")).toArray())
        m.attachmentSources << a.toString();
    m.html = o.value(QStringLiteral("html")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("inlineImages")).toArray())
        m.inlineImages.append({v[QStringLiteral("path")].toString(),
                               v[QStringLiteral("contentId")].toString().toLatin1(),
                               {},
                               {}});
    m.textFormat = o.value(QStringLiteral("textFormat")).toString();
    const QString priority = o.value(QStringLiteral("priority")).toString();
    m.priority = priority == QLatin1String("high")  ? smtp::Priority::High
                 : priority == QLatin1String("low") ? smtp::Priority::Low
                                                    : smtp::Priority::Normal;
    m.readReceipt = o.value(QStringLiteral("readReceipt")).toBool();
    m.created = dateFrom(o.value(QStringLiteral("created")));
    m.updated = dateFrom(o.value(QStringLiteral("updated")));
    m.attempts = o.value(QStringLiteral("attempts")).toInt();
    m.maxAttempts = o.value(QStringLiteral("maxAttempts")).toInt(RetryPolicy::standard().maxAttempts);
    m.lastAttempt = dateFrom(o.value(QStringLiteral("lastAttempt")));
    m.dueAt = dateFrom(o.value(QStringLiteral("dueAt")));
    m.envelopeFrom = o.value(QStringLiteral("envelopeFrom")).toString();
    for (const QJsonValue &a : o.value(QStringLiteral("envelopeTo")).toArray())
        m.envelopeTo << a.toString();
    m.smtpUtf8 = o.value(QStringLiteral("smtpUtf8")).toBool();
    m.emlSize = o.value(QStringLiteral("emlSize")).toInteger(-1);
    m.relatedId = o.value(QStringLiteral("relatedId")).toString();
    m.mergeId = o.value(QStringLiteral("mergeId")).toString();
    m.mergeRow = o.value(QStringLiteral("mergeRow")).toInt();
    m.messageId = o.value(QStringLiteral("messageId")).toString().toUtf8();
    m.sendingPid = o.value(QStringLiteral("sendingPid")).toInteger();
    m.failureReason = o.value(QStringLiteral("failureReason")).toString();
    m.failureAdvice = o.value(QStringLiteral("failureAdvice")).toString();
    m.failureReply = o.value(QStringLiteral("failureReply")).toString();
    m.failureCategory = categoryFromKey(o.value(QStringLiteral("failureCategory")).toString());
    m.sentAt = dateFrom(o.value(QStringLiteral("sentAt")));
    m.outcomeCategory = categoryFromKey(o.value(QStringLiteral("outcome")).toString());
    m.outcomeSummary = o.value(QStringLiteral("outcomeSummary")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject r = v.toObject();
        m.recipients.append({r.value(QStringLiteral("address")).toString(),
                             r.value(QStringLiteral("accepted")).toBool(),
                             r.value(QStringLiteral("reply")).toString()});
    }
    return m;
}

// QSaveFile writes to a temporary file next to the target and renames it over the target on commit()
// (rename(2) is atomic on one file system), so readers see the old file or the new one, never a mix.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.write(bytes) != bytes.size()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
        f.cancelWriting();
        return false;
    }
    if (!f.commit()) {
        *error = QStringLiteral("Cannot save %1: %2. Check free disk space and permissions.")
                     .arg(path, f.errorString());
        return false;
    }
    return true;
}

void setError(QString *out, const QString &text)
{
    if (out)
        *out = text;
}

}  // namespace

QJsonObject mailItemToJson(const MailItem &item)
{
    return toJson(item);
}

MailItem mailItemFromJson(const QJsonObject &object)
{
    return fromJson(object);
}

QString categoryKey(Category category)
{
    for (const auto &k : categoryKeys())
        if (k.first == category)
            return k.second;
    return {};
}

std::optional<Category> categoryFromKey(const QString &key)
{
    for (const auto &k : categoryKeys())
        if (k.second == key)
            return k.first;
    return std::nullopt;
}

QString statusKey(MailItem::Status status)
{
    for (const auto &k : statusKeys())
        if (k.first == status)
            return k.second;
    return {};
}

bool MailItem::toMessage(smtp::Message *message, QString *error) const
{
    smtp::Message m;
    QString why;
    m.from = smtp::parseMailbox(from, &why);
    if (m.from.isNull()) {
        *error = QStringLiteral("The sender \"%1\" is not a valid address: %2").arg(from, why);
        return false;
    }
    // A group typed in To or Cc ("Team: a@x, b@y;") stays a group in that header (smtp::MailboxGroup); in
    // Bcc and Reply-To only its members count, so a Bcc group never names anyone in a header.
    const struct
    {
        const QString &text;
        QList<smtp::Mailbox> *out;
        QList<smtp::MailboxGroup> *groups;
        const char *field;
    } lists[] = {{to, &m.to, &m.toGroups, "To"},
                 {cc, &m.cc, &m.ccGroups, "Cc"},
                 {bcc, &m.bcc, nullptr, "Bcc"},
                 {replyTo, &m.replyTo, nullptr, "Reply-To"}};
    for (const auto &l : lists) {
        if (l.text.trimmed().isEmpty())
            continue;
        QList<smtp::Address> parsed;
        if (smtp::parseEnvelopeAddressList(l.text, &parsed, &why))
            for (const smtp::Address &a : std::as_const(parsed)) {
                if (a.isGroup && l.groups)
                    l.groups->append({a.groupName, a.mailboxes});
                else
                    *l.out += a.mailboxes;
            }
        if (l.out->isEmpty() && (!l.groups || l.groups->isEmpty())) {
            *error = QStringLiteral("%1: %2").arg(QLatin1String(l.field),
                                                  why.isEmpty() ? QStringLiteral("no address") : why);
            return false;
        }
    }
    m.subject = subject;
    m.body = body;
    for (const QString &a : attachments)
        m.attachments.append({a, {}, {}});
    m.html = html;
    m.inlineImages = inlineImages;
    m.priority = priority;
    m.readReceipt = readReceipt;
    m.messageId = messageId;
    *message = m;
    return true;
}

MailStore::MailStore(QObject *parent) : MailStore(defaultRoot(), parent) {}

MailStore::MailStore(const QString &root, QObject *parent) : QObject(parent), m_root(root) {}

QString MailStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString MailStore::folderPath(Folder folder) const
{
    switch (folder) {
    case Folder::Drafts:
        return m_root + QStringLiteral("/drafts");
    case Folder::Outbox:
        return m_root + QStringLiteral("/outbox");
    case Folder::Sent:
        return m_root + QStringLiteral("/sent");
    }
    return {};
}

QString MailStore::itemPath(Folder folder, const QString &id) const
{
    return folderPath(folder) + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString MailStore::sentEmlPath(const QString &id) const
{
    return isValidId(id) ? folderPath(Folder::Sent) + QLatin1Char('/') + id + QStringLiteral(".eml")
                         : QString();
}

std::optional<MailItem> MailStore::load(Folder folder, const QString &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    QFile f(itemPath(folder, id));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    MailItem m = fromJson(doc.object());
    m.id = id;  // the file name decides, whatever the content says
    return m;
}

QList<MailItem> MailStore::list(Folder folder) const
{
    QList<MailItem> out;
    const QStringList files =
        QDir(folderPath(folder)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString id = f.chopped(5);
        if (std::optional<MailItem> m = load(folder, id))
            out.append(*m);
    }
    return out;
}

bool MailStore::write(Folder folder, const MailItem &item, QString *error)
{
    QString why;
    if (!QDir().mkpath(folderPath(folder))) {
        setError(error, QStringLiteral("Cannot create the folder %1.").arg(folderPath(folder)));
        return false;
    }
    const QByteArray bytes = QJsonDocument(toJson(item)).toJson(QJsonDocument::Indented);
    if (!writeAtomically(itemPath(folder, item.id), bytes, &why)) {
        setError(error, why);
        return false;
    }
    Q_EMIT changed(folder, item.id);
    return true;
}

QString MailStore::saveDraft(const MailItem &item, QString *error)
{
    MailItem m = item;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m.id.isEmpty()) {
        m.id = newId();
        m.created = now;
    } else if (!isValidId(m.id)) {
        setError(error, QStringLiteral("\"%1\" is not a draft id.").arg(m.id));
        return {};
    }
    const std::optional<MailItem> old = loadDraft(m.id);
    if (!m.created.isValid())
        m.created = old ? old->created : now;
    m.status = MailItem::Status::Draft;
    m.updated = now;
    copyDraftAttachments(m, old);
    return write(Folder::Drafts, m, error) ? m.id : QString();
}

QString MailStore::draftFilesPath(const QString &id) const
{
    return folderPath(Folder::Drafts) + QLatin1Char('/') + id + QStringLiteral(".files");
}

void MailStore::copyDraftAttachments(MailItem &m, const std::optional<MailItem> &old)
{
    const QString dir = draftFilesPath(m.id);
    QStringList copies, sources;
    for (const QString &path : std::as_const(m.attachments)) {
        if (path.startsWith(dir + QLatin1Char('/'))) {  // already the draft's own copy
            const qsizetype i = old ? old->attachments.indexOf(path) : -1;
            copies << path;
            sources << (i >= 0 ? old->attachmentSources.value(i) : QString());
            continue;
        }
        const QFileInfo original(path);
        QString copy;
        if (old) {
            // The copy made at an earlier save, while the original has not changed since.
            for (qsizetype i = 0; i < old->attachmentSources.size(); ++i) {
                const QFileInfo c(old->attachments.value(i));
                if (old->attachmentSources.at(i) == path && c.exists() && c.size() == original.size()
                    && c.lastModified() >= original.lastModified())
                    copy = c.filePath();
            }
        }
        if (copy.isEmpty() && original.isFile() && original.isReadable()) {
            int n = 0;
            while (QFile::exists(dir + QStringLiteral("/%1").arg(n)))
                ++n;
            const QString target = dir + QStringLiteral("/%1/").arg(n) + original.fileName();
            QDir().mkpath(QFileInfo(target).absolutePath());
            // A copy made beforehand off the GUI thread (draftstaging.h) is moved into place; otherwise
            // copied beside its place and renamed, so a crash never leaves a short copy under the name.
            const QString staged = DraftStaging::stagedPath(folderPath(Folder::Drafts), path);
            if (QFile::exists(staged) && QFile::rename(staged, target)) {
                copy = target;
                QDir().rmdir(QFileInfo(staged).absolutePath());
            } else if (QFile::copy(path, target + QStringLiteral(".part"))
                       && QFile::rename(target + QStringLiteral(".part"), target))
                copy = target;
            else
                QFile::remove(target + QStringLiteral(".part"));
        }
        // A file that cannot be copied stays as it is: the composer says so when it is sent.
        copies << (copy.isEmpty() ? path : copy);
        sources << path;
    }
    m.attachments = copies;
    m.attachmentSources = sources;
    // Copies no longer attached go.
    const QFileInfoList numbered = QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &slot : numbered) {
        bool used = false;
        for (const QString &c : std::as_const(copies))
            used = used || c.startsWith(slot.filePath() + QLatin1Char('/'));
        if (!used)
            QDir(slot.filePath()).removeRecursively();
    }
}

std::optional<MailItem> MailStore::loadDraft(const QString &id) const
{
    return load(Folder::Drafts, id);
}

QList<MailItem> MailStore::drafts() const
{
    QList<MailItem> l = list(Folder::Drafts);
    std::reverse(l.begin(), l.end());
    return l;
}

bool MailStore::removeDraft(const QString &id, QString *error)
{
    if (!isValidId(id) || !QFile::remove(itemPath(Folder::Drafts, id))) {
        setError(error, QStringLiteral("There is no draft \"%1\".").arg(id));
        return false;
    }
    QDir(draftFilesPath(id)).removeRecursively();
    Q_EMIT changed(Folder::Drafts, id);
    return true;
}

QString MailStore::outboxEmlPath(const QString &id) const
{
    return isValidId(id) ? folderPath(Folder::Outbox) + QLatin1Char('/') + id + QStringLiteral(".eml")
                         : QString();
}

QString MailStore::lockPath(const QString &id) const
{
    return isValidId(id) ? folderPath(Folder::Outbox) + QLatin1Char('/') + id + QStringLiteral(".lock")
                         : QString();
}

bool MailStore::writeStoredMessage(MailItem &m, QString *error)
{
    smtp::Message message;
    QString why;
    if (!m.toMessage(&message, &why)) {
        setError(error, why);
        return false;
    }
    // Fixed here, once: every attempt sends the same Date and Message-ID, so a resend after a lost reply is
    // recognisably the same message (RFC 5322 §3.6.4).
    if (message.messageId.isEmpty())
        message.messageId = smtp::generateMessageId(message.from);
    if (!message.date.isValid())
        message.date = QDateTime::currentDateTime();
    smtp::MimeMessageSource source(message);
    // 7-bit content (quoted-printable, base64) goes through every server; UTF-8 headers only when an address
    // cannot be written without them (RFC 6531), and then the server must offer SMTPUTF8.
    const bool utf8 = source.needsSmtpUtf8();
    why = source.prepare({false, utf8});
    if (!why.isEmpty()) {
        setError(error, why);
        return false;
    }
    if (!QDir().mkpath(folderPath(Folder::Outbox))) {
        setError(error, tr("Cannot create the folder %1.").arg(folderPath(Folder::Outbox)));
        return false;
    }
    // Streamed from the attachments into a temporary file renamed into place on commit(): memory stays flat
    // whatever the size, and a crash leaves no half message under the final name.
    QSaveFile f(outboxEmlPath(m.id));
    if (!f.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
        return false;
    }
    qint64 written = 0;
    while (!source.atEnd()) {
        const QByteArray bytes = source.read(256 * 1024, &why);
        if (!why.isEmpty() || bytes.isEmpty()) {
            f.cancelWriting();
            setError(error, why.isEmpty() ? tr("The message could not be built completely.") : why);
            return false;
        }
        if (f.write(bytes) != bytes.size()) {
            setError(error, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
            f.cancelWriting();
            return false;
        }
        written += bytes.size();
    }
    if (written != source.size() || !f.commit()) {
        setError(error, tr("Cannot save %1: %2. Check free disk space and permissions.")
                            .arg(f.fileName(), f.errorString()));
        return false;
    }
    m.messageId = source.message().messageId;
    m.smtpUtf8 = utf8;
    m.emlSize = written;
    m.envelopeFrom = message.from.address();
    m.envelopeTo.clear();
    for (const smtp::Mailbox &r : message.recipients())
        m.envelopeTo << r.address();
    return true;
}

QString MailStore::enqueue(const MailItem &item, QString *error)
{
    return enqueue(item, QDateTime(), error);
}

QString MailStore::enqueue(const MailItem &item, const QDateTime &dueAt, QString *error)
{
    MailItem m = item;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m.id = newId();
    m.status = MailItem::Status::Queued;
    m.created = now;
    m.updated = now;
    m.attempts = 0;
    m.maxAttempts = RetryPolicy::standard().maxAttempts;
    m.dueAt = dueAt;
    m.failureCategory.reset();
    m.failureReason.clear();
    m.failureAdvice.clear();
    m.failureReply.clear();
    m.outcomeCategory.reset();
    m.recipients.clear();
    // Held while the message is written, so recoverInterrupted() in another process leaves the half-written
    // files of a running enqueue alone.
    ItemLock lock(lockPath(m.id));
    if (!lock.tryLock()) {
        setError(error, tr("The outbox is locked: %1.").arg(lockPath(m.id)));
        return {};
    }
    if (!writeStoredMessage(m, error))
        return {};
    // The item last: an item that is listed always has its complete message.
    if (!write(Folder::Outbox, m, error)) {
        QFile::remove(outboxEmlPath(m.id));
        return {};
    }
    return m.id;
}

bool MailStore::buildStoredMessage(const QString &id, QString *error)
{
    std::optional<MailItem> m = loadOutbox(id);
    if (!m) {
        setError(error, tr("There is no message \"%1\" in the outbox.").arg(id));
        return false;
    }
    if (!writeStoredMessage(*m, error))
        return false;
    return write(Folder::Outbox, *m, error);
}

std::optional<MailItem> MailStore::loadOutbox(const QString &id) const
{
    // An item already in Sent was delivered; a copy left in the outbox is from an interrupted move.
    if (load(Folder::Sent, id))
        return std::nullopt;
    return load(Folder::Outbox, id);
}

QList<MailItem> MailStore::outbox() const
{
    QList<MailItem> out;
    const QList<MailItem> all = list(Folder::Outbox);
    for (const MailItem &m : all) {
        if (QFile::exists(itemPath(Folder::Sent, m.id))) {
            // Finish the interrupted move.
            QFile::remove(itemPath(Folder::Outbox, m.id));
            QFile::remove(outboxEmlPath(m.id));
            continue;
        }
        out.append(m);
    }
    return out;
}

bool MailStore::update(const QString &id, const std::function<void(MailItem &)> &change, QString *error)
{
    std::optional<MailItem> m = loadOutbox(id);
    if (!m) {
        setError(error, QStringLiteral("There is no message \"%1\" in the outbox.").arg(id));
        return false;
    }
    change(*m);
    m->updated = QDateTime::currentDateTimeUtc();
    return write(Folder::Outbox, *m, error);
}

bool MailStore::markSending(const QString &id, QString *error)
{
    return update(
        id,
        [&](MailItem &m) {
            m.status = MailItem::Status::Sending;
            ++m.attempts;
            m.lastAttempt = QDateTime::currentDateTimeUtc();
            m.sendingPid = QCoreApplication::applicationPid();
        },
        error);
}

bool MailStore::markFailed(const QString &id, const QString &reason, Category category, QString *error)
{
    smtp::Outcome o;
    o.category = category;
    o.summary = reason;
    return markFailed(id, o, error);
}

static void setFailure(MailItem &m, const smtp::Outcome &outcome)
{
    m.failureReason = outcome.summary;
    m.failureAdvice = outcome.advice;
    m.failureReply = outcome.reply.isValid() ? outcome.reply.summary() : QString();
    m.failureCategory = outcome.category;
    m.sendingPid = 0;
}

bool MailStore::markFailed(const QString &id, const smtp::Outcome &outcome, QString *error)
{
    return update(
        id,
        [&](MailItem &m) {
            m.status = MailItem::Status::Failed;
            m.dueAt = QDateTime();
            setFailure(m, outcome);
        },
        error);
}

bool MailStore::recordFailure(const QString &id, const smtp::Outcome &outcome, const QDateTime &now,
                              QString *error)
{
    return update(
        id,
        [&](MailItem &m) {
            setFailure(m, outcome);
            RetryPolicy policy = RetryPolicy::standard();
            policy.maxAttempts = m.maxAttempts;
            const qint64 delay =
                RetryPolicy::retriesAutomatically(outcome.category) ? policy.delayAfter(m.attempts) : -1;
            // A partly sent item keeps its state: only its refused recipients are left to try.
            if (delay >= 0) {
                m.status = MailItem::Status::Waiting;
                m.dueAt = now.toUTC().addMSecs(delay);
            } else {
                m.status = m.relatedId.isEmpty() ? MailItem::Status::Failed : MailItem::Status::PartlySent;
                m.dueAt = QDateTime();
            }
        },
        error);
}

bool MailStore::requeue(const QString &id, QString *error)
{
    return requeue(id, QDateTime(), error);
}

bool MailStore::requeue(const QString &id, const QDateTime &dueAt, QString *error)
{
    return update(
        id,
        [&](MailItem &m) {
            m.status = MailItem::Status::Queued;
            m.dueAt = dueAt;
            m.attempts = 0;
        },
        error);
}

bool MailStore::removeFromOutbox(const QString &id, QString *error)
{
    if (!isValidId(id) || !QFile::exists(itemPath(Folder::Outbox, id))) {
        setError(error, tr("There is no message \"%1\" in the outbox.").arg(id));
        return false;
    }
    ItemLock lock(lockPath(id));
    if (!lock.tryLock()) {
        setError(error, tr("The message \"%1\" is being sent right now; stop it first.").arg(id));
        return false;
    }
    if (!QFile::remove(itemPath(Folder::Outbox, id))) {
        setError(error, tr("The message \"%1\" could not be removed from the outbox.").arg(id));
        return false;
    }
    QFile::remove(outboxEmlPath(id));
    Q_EMIT changed(Folder::Outbox, id);
    return true;
}

int MailStore::recoverInterrupted()
{
    int n = 0;
    const QList<MailItem> items = outbox();
    for (const MailItem &m : items) {
        if (m.status != MailItem::Status::Sending)
            continue;
        // A free lock means the process that was sending it is gone (a held one: it is still sending).
        ItemLock lock(lockPath(m.id));
        if (!lock.tryLock())
            continue;
        smtp::Outcome o;
        o.category = Category::MayHaveBeenDelivered;
        o.summary = tr("Stamp stopped while this message was being sent.");
        o.advice = tr("It may or may not have been delivered: check with a recipient (or in your provider's "
                      "Sent folder) before sending it again.");
        if (markFailed(m.id, o))
            ++n;
    }
    // Leftovers of an enqueue that never finished: a message with no item (and nobody writing it).
    const QDir dir(folderPath(Folder::Outbox));
    const QStringList emls = dir.entryList({QStringLiteral("*.eml*")}, QDir::Files);
    for (const QString &f : emls) {
        const QString id = f.section(QLatin1Char('.'), 0, 0);
        if (!isValidId(id) || QFile::exists(itemPath(Folder::Outbox, id)))
            continue;
        ItemLock lock(lockPath(id));
        if (lock.tryLock())
            QFile::remove(dir.filePath(f));
    }
    // Draft copies staged ahead of a save (draftstaging.h) that no save took within a day.
    const QDir staging(folderPath(Folder::Drafts) + QStringLiteral("/.staging"));
    for (const QFileInfo &slot : staging.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (slot.lastModified().secsTo(QDateTime::currentDateTime()) > 86400)
            QDir(slot.filePath()).removeRecursively();
    // Locks left by processes that died: taking one over and releasing it removes it.
    const QStringList locks = dir.entryList({QStringLiteral("*.lock")}, QDir::Files);
    for (const QString &f : locks) {
        const QString id = f.section(QLatin1Char('.'), 0, 0);
        if (isValidId(id))
            ItemLock(lockPath(id)).tryLock();  // the destructor unlocks
    }
    return n;
}

bool MailStore::copyStoredMessage(const QString &id, const QString &target, QString *error)
{
    const QString source = outboxEmlPath(id);
    QFile::remove(target);
#ifdef Q_OS_UNIX
    // The stored message never changes after enqueue: a second name for it is the copy, at no cost.
    if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
#endif
    if (QFile::copy(source, target))
        return true;
    setError(error, tr("The copy %1 could not be made.").arg(target));
    return false;
}

bool MailStore::moveToSent(const QString &id, const smtp::Outcome &outcome, const QByteArray &emlBytes,
                           QString *error)
{
    std::optional<MailItem> m = load(Folder::Outbox, id);
    if (!m) {
        setError(error, QStringLiteral("There is no message \"%1\" in the outbox.").arg(id));
        return false;
    }
    if (!QDir().mkpath(folderPath(Folder::Sent))) {
        setError(error, QStringLiteral("Cannot create the folder %1.").arg(folderPath(Folder::Sent)));
        return false;
    }
    QString why;
    // The .eml first, the .json last: a listed Sent item always has its complete message.
    if (!writeAtomically(sentEmlPath(id), emlBytes, &why)) {
        setError(error, why);
        return false;
    }
    return moveToSent(id, outcome, error);
}

static void recordOutcome(MailItem &m, const smtp::Outcome &outcome, bool acceptedOnly)
{
    m.status = MailItem::Status::Sent;
    m.sentAt = QDateTime::currentDateTimeUtc();
    m.updated = m.sentAt;
    m.outcomeCategory = outcome.category;
    m.outcomeSummary = outcome.summary;
    if (!outcome.messageId.isEmpty())
        m.messageId = outcome.messageId;
    m.recipients.clear();
    for (const smtp::RecipientResult &r : outcome.recipients)
        if (!acceptedOnly || r.accepted)
            m.recipients.append({r.address, r.accepted, r.reply.isValid() ? r.reply.summary() : QString()});
}

bool MailStore::moveToSent(const QString &id, const smtp::Outcome &outcome, QString *error)
{
    std::optional<MailItem> m = load(Folder::Outbox, id);
    if (!m) {
        setError(error, QStringLiteral("There is no message \"%1\" in the outbox.").arg(id));
        return false;
    }
    if (!QDir().mkpath(folderPath(Folder::Sent))) {
        setError(error, tr("Cannot create the folder %1.").arg(folderPath(Folder::Sent)));
        return false;
    }
    if (!QFile::exists(sentEmlPath(id)) && !copyStoredMessage(id, sentEmlPath(id), error))
        return false;
    recordOutcome(*m, outcome, false);
    m->dueAt = QDateTime();
    if (!write(Folder::Sent, *m, error)) {
        QFile::remove(sentEmlPath(id));
        return false;
    }
    QFile::remove(itemPath(Folder::Outbox, id));
    QFile::remove(outboxEmlPath(id));
    Q_EMIT changed(Folder::Outbox, id);
    return true;
}

bool MailStore::markPartlySent(const QString &id, const smtp::Outcome &outcome, QString *error)
{
    std::optional<MailItem> m = load(Folder::Outbox, id);
    if (!m) {
        setError(error, tr("There is no message \"%1\" in the outbox.").arg(id));
        return false;
    }
    // The outbox first: from here on only the refused recipients are in the envelope, so a crash before
    // the Sent copy is written can never make "send again" reach someone twice.
    MailItem rest = *m;
    rest.status = MailItem::Status::PartlySent;
    rest.envelopeTo.clear();
    rest.recipients.clear();
    for (const smtp::RecipientResult &r : outcome.recipients) {
        if (r.accepted)
            continue;
        rest.envelopeTo << r.address;
        rest.recipients.append({r.address, false, r.reply.isValid() ? r.reply.summary() : QString()});
    }
    const QString sentId = newId();
    rest.relatedId = sentId;  // where the delivered copy is
    rest.outcomeCategory = outcome.category;
    rest.outcomeSummary = outcome.summary;
    rest.failureCategory = outcome.category;
    rest.failureReason = outcome.summary;
    rest.failureAdvice = outcome.advice;
    rest.failureReply = rest.recipients.isEmpty() ? QString() : rest.recipients.first().reply;
    rest.sendingPid = 0;
    rest.dueAt = QDateTime();
    rest.updated = QDateTime::currentDateTimeUtc();
    if (!write(Folder::Outbox, rest, error))
        return false;

    MailItem sent = *m;
    sent.id = sentId;
    sent.relatedId = id;
    recordOutcome(sent, outcome, false);
    if (!QDir().mkpath(folderPath(Folder::Sent)) || !copyStoredMessage(id, sentEmlPath(sentId), error))
        return false;
    if (!write(Folder::Sent, sent, error)) {
        QFile::remove(sentEmlPath(sentId));
        return false;
    }
    return true;
}

std::optional<MailItem> MailStore::loadSent(const QString &id) const
{
    return load(Folder::Sent, id);
}

QList<MailItem> MailStore::sent() const
{
    QList<MailItem> l = list(Folder::Sent);
    std::reverse(l.begin(), l.end());
    return l;
}

bool MailStore::removeSent(const QString &id, QString *error)
{
    if (!isValidId(id) || !QFile::remove(itemPath(Folder::Sent, id))) {
        setError(error, QStringLiteral("There is no sent message \"%1\".").arg(id));
        return false;
    }
    QFile::remove(sentEmlPath(id));
    Q_EMIT changed(Folder::Sent, id);
    return true;
}

}  // namespace store
