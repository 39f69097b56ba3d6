// MailStore: drafts, outbox and Sent as files that are always complete, an outbox item that keeps its
// failure across restarts, and a Sent copy that never shows Bcc.
#include "itemlock.h"
#include "mailstore.h"
#include "retrypolicy.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace store;
using Category = smtp::Outcome::Category;

namespace {

MailItem sampleItem()
{
    MailItem m;
    m.account = QStringLiteral("work");
    m.from = QStringLiteral("Ann <ann@example.org>");
    m.to = QStringLiteral("bob@example.org");
    m.cc = QStringLiteral("Cyd <cyd@example.org>");
    m.bcc = QStringLiteral("hidden@example.org");
    m.subject = QStringLiteral("Grüße");
    m.body = QStringLiteral("Hello\nsecond line\n");
    return m;
}

ino_t inode(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// Every file in the store is a complete JSON document or a complete message; no temporary file is left.
void checkAllFilesComplete(const QString &root)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++n;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (path.endsWith(QLatin1String(".json"))) {
            QJsonParseError e;
            QVERIFY2(QJsonDocument::fromJson(bytes, &e).isObject(), qPrintable(path));
        } else {
            QVERIFY2(path.endsWith(QLatin1String(".eml")), qPrintable(QStringLiteral("stray file ") + path));
            QVERIFY(bytes.endsWith("\r\n"));
        }
    }
    QVERIFY(n > 0);
}

}  // namespace

class TestMailStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void draftRoundTrip();
    void writesReplaceTheFileWhole();
    void damagedFileIsSkipped();
    void enqueueWritesBeforeSending();
    void failureSurvivesRestart();
    void sentCopyHasNoBcc();
    void interruptedMoveToSent();
    void recoverInterrupted();
    void enqueueStoresTheWholeMessage();
    void enqueueRefusesWhatCannotBeBuilt();
    void failuresAreScheduledOrFinal();
    void partlySentKeepsTheRefused();
    void draftKeepsCopiesOfAttachments();
    void idsCannotLeaveTheStore();
    void defaultRootIsAppData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMailStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMailStore::draftRoundTrip()
{
    MailStore store(m_dir->path());
    QSignalSpy changed(&store, &MailStore::changed);
    MailItem m = sampleItem();
    m.attachments = {QStringLiteral("/tmp/a.pdf"), QStringLiteral("/tmp/b c.txt")};
    QString error;
    const QString id = store.saveDraft(m, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QVERIFY(QFile::exists(store.folderPath(MailStore::Folder::Drafts) + QLatin1Char('/') + id
                          + QStringLiteral(".json")));

    const std::optional<MailItem> back = MailStore(m_dir->path()).loadDraft(id);
    QVERIFY(back);
    QCOMPARE(back->id, id);
    QCOMPARE(back->status, MailItem::Status::Draft);
    QCOMPARE(back->account, m.account);
    QCOMPARE(back->from, m.from);
    QCOMPARE(back->to, m.to);
    QCOMPARE(back->cc, m.cc);
    QCOMPARE(back->bcc, m.bcc);  // the user's own copy keeps Bcc
    QCOMPARE(back->subject, m.subject);
    QCOMPARE(back->body, m.body);
    QCOMPARE(back->attachments, m.attachments);
    QVERIFY(back->created.isValid());

    // Saving again under the same id replaces it and keeps its creation time.
    MailItem edited = *back;
    edited.subject = QStringLiteral("changed");
    QCOMPARE(store.saveDraft(edited), id);
    QCOMPARE(store.drafts().size(), 1);
    QCOMPARE(store.loadDraft(id)->subject, QStringLiteral("changed"));
    QCOMPARE(store.loadDraft(id)->created, back->created);

    const QString second = store.saveDraft(sampleItem());
    QVERIFY(second != id);
    QCOMPARE(store.drafts().size(), 2);
    QCOMPARE(store.drafts().first().id, second);  // newest first
    QVERIFY(store.removeDraft(id));
    QVERIFY(!store.removeDraft(id));
    QCOMPARE(store.drafts().size(), 1);
    checkAllFilesComplete(m_dir->path());
}

void TestMailStore::writesReplaceTheFileWhole()
{
    // A write goes to a new file renamed over the old one (QSaveFile): a reader or a crash sees the old
    // content or the new, never a file truncated and half rewritten in place.
    MailStore store(m_dir->path());
    MailItem m = sampleItem();
    m.body = QString(200000, QLatin1Char('x'));
    const QString id = store.enqueue(m);
    const QString path =
        store.folderPath(MailStore::Folder::Outbox) + QLatin1Char('/') + id + QStringLiteral(".json");
    const ino_t before = inode(path);
    QVERIFY(before != 0);
    QVERIFY(store.markSending(id));
    const ino_t after = inode(path);
    QVERIFY(after != 0);
    QVERIFY(after != before);
    QCOMPARE(store.loadOutbox(id)->body.size(), 200000);
    checkAllFilesComplete(m_dir->path());
}

void TestMailStore::damagedFileIsSkipped()
{
    MailStore store(m_dir->path());
    const QString good = store.saveDraft(sampleItem());
    QFile bad(store.folderPath(MailStore::Folder::Drafts)
              + QStringLiteral("/20260101T120000000-0000abcd.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"subject\": \"trunc");
    bad.close();
    const QList<MailItem> drafts = store.drafts();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().id, good);
}

void TestMailStore::enqueueWritesBeforeSending()
{
    MailStore store(m_dir->path());
    const QString id = store.enqueue(sampleItem());
    QVERIFY(!id.isEmpty());
    // On disk at once, for any other process (or a restart) to see.
    const QList<MailItem> outbox = MailStore(m_dir->path()).outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().id, id);
    QCOMPARE(outbox.first().status, MailItem::Status::Queued);
    QCOMPARE(outbox.first().attempts, 0);
}

void TestMailStore::failureSurvivesRestart()
{
    QString id;
    {
        MailStore store(m_dir->path());
        id = store.enqueue(sampleItem());
        QVERIFY(store.markSending(id));
        QCOMPARE(store.loadOutbox(id)->status, MailItem::Status::Sending);
        smtp::Outcome o;
        o.category = Category::PermanentFailure;
        o.summary = QStringLiteral("The server refused the recipient.");
        o.advice = QStringLiteral("Check the address.");
        o.reply.code = 550;
        o.reply.enhanced = "5.1.1";
        o.reply.lines = {"No such user"};
        QVERIFY(store.markFailed(id, o));
    }
    MailStore store(m_dir->path());  // as after a restart
    const QList<MailItem> outbox = store.outbox();
    QCOMPARE(outbox.size(), 1);
    const MailItem m = outbox.first();
    QCOMPARE(m.status, MailItem::Status::Failed);
    QCOMPARE(m.failureReason, QStringLiteral("The server refused the recipient."));
    QCOMPARE(m.failureAdvice, QStringLiteral("Check the address."));
    QVERIFY(m.failureReply.startsWith(QLatin1String("550 5.1.1")));
    QCOMPARE(m.failureCategory, std::optional<Category>(Category::PermanentFailure));
    QCOMPARE(m.attempts, 1);
    QVERIFY(!m.messageId.isEmpty());
    QCOMPARE(m.body, sampleItem().body);  // nothing of the message lost

    // A second attempt keeps the Message-ID fixed at enqueue.
    QVERIFY(store.markSending(id));
    QCOMPARE(store.loadOutbox(id)->messageId, m.messageId);
    QCOMPARE(store.loadOutbox(id)->attempts, 2);
    QVERIFY(store.markFailed(id, QStringLiteral("Timed out."), Category::Timeout));
    QCOMPARE(store.loadOutbox(id)->failureCategory, std::optional<Category>(Category::Timeout));
    QVERIFY(store.requeue(id));
    QCOMPARE(store.loadOutbox(id)->status, MailItem::Status::Queued);
    QCOMPARE(store.loadOutbox(id)->failureReason, QStringLiteral("Timed out."));
    checkAllFilesComplete(m_dir->path());
}

void TestMailStore::sentCopyHasNoBcc()
{
    MailStore store(m_dir->path());
    const MailItem item = sampleItem();
    const QString id = store.enqueue(item);
    smtp::Message message;
    QString error;
    QVERIFY2(store.loadOutbox(id)->toMessage(&message, &error), qPrintable(error));
    QCOMPARE(message.bcc.size(), 1);
    const QByteArray eml = smtp::MimeMessageSource::render(message, {}, &error);
    QVERIFY2(!eml.isEmpty(), qPrintable(error));

    smtp::Outcome o;
    o.category = Category::Sent;
    o.summary = QStringLiteral("Sent.");
    o.messageId = "abc@example.org";
    for (const QString &r : {QStringLiteral("bob@example.org"), QStringLiteral("cyd@example.org"),
                             QStringLiteral("hidden@example.org")}) {
        smtp::RecipientResult rr;
        rr.address = r;
        rr.accepted = true;
        rr.reply.code = 250;
        rr.reply.lines = {"Ok"};
        o.recipients << rr;
    }
    QVERIFY2(store.moveToSent(id, o, eml, &error), qPrintable(error));
    QVERIFY(store.outbox().isEmpty());
    const QList<MailItem> sent = store.sent();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().status, MailItem::Status::Sent);
    QCOMPARE(sent.first().outcomeCategory, std::optional<Category>(Category::Sent));
    QCOMPARE(sent.first().recipients.size(), 3);
    QVERIFY(sent.first().recipients.first().reply.startsWith(QLatin1String("250")));
    QCOMPARE(sent.first().bcc, item.bcc);  // the user's record of whom it went to

    QFile f(store.sentEmlPath(id));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray onDisk = f.readAll();
    QCOMPARE(onDisk, eml);
    QVERIFY(!onDisk.toLower().contains("bcc:"));
    QVERIFY(!onDisk.contains("hidden@"));
    QVERIFY(onDisk.contains("bob@example.org"));
    checkAllFilesComplete(m_dir->path());
}

void TestMailStore::interruptedMoveToSent()
{
    MailStore store(m_dir->path());
    const QString id = store.enqueue(sampleItem());
    // A crash after the .eml was written but before the .json: not listed in Sent, still in the outbox.
    QDir().mkpath(store.folderPath(MailStore::Folder::Sent));
    QFile eml(store.sentEmlPath(id));
    QVERIFY(eml.open(QIODevice::WriteOnly));
    eml.write("Subject: x\r\n\r\nbody\r\n");
    eml.close();
    QVERIFY(store.sent().isEmpty());
    QCOMPARE(store.outbox().size(), 1);
    // A crash after the .json but before the outbox file was removed: it counts as sent.
    QVERIFY(QFile::copy(
        store.folderPath(MailStore::Folder::Outbox) + QLatin1Char('/') + id + QStringLiteral(".json"),
        store.folderPath(MailStore::Folder::Sent) + QLatin1Char('/') + id + QStringLiteral(".json")));
    QCOMPARE(store.sent().size(), 1);
    QVERIFY(store.outbox().isEmpty());
    QVERIFY(!store.loadOutbox(id));
}

void TestMailStore::recoverInterrupted()
{
    MailStore store(m_dir->path());
    const QString mine = store.enqueue(sampleItem());
    const QString other = store.enqueue(sampleItem());
    const QString queued = store.enqueue(sampleItem());
    QVERIFY(store.markSending(mine));
    QVERIFY(store.markSending(other));
    // `other` is being sent right now: its lock is held (here by this process, as a live sender would).
    ItemLock live(store.lockPath(other));
    QVERIFY(live.tryLock());
    // The leftovers of an enqueue killed half-way: a message with no item and nobody writing it.
    const QString orphan = QStringLiteral("20260101T120000000-0000abcd");
    QFile half(store.outboxEmlPath(orphan));
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write("Subject: half");
    half.close();
    QCOMPARE(store.recoverInterrupted(), 1);
    QCOMPARE(store.loadOutbox(mine)->status, MailItem::Status::Failed);
    QCOMPARE(store.loadOutbox(mine)->failureCategory,
             std::optional<Category>(Category::MayHaveBeenDelivered));
    QCOMPARE(store.loadOutbox(other)->status, MailItem::Status::Sending);
    QCOMPARE(store.loadOutbox(queued)->status, MailItem::Status::Queued);
    QVERIFY(!QFile::exists(store.outboxEmlPath(orphan)));
    QVERIFY(QFile::exists(store.outboxEmlPath(other)));
    // Nor can it be removed while it is being sent.
    QString error;
    QVERIFY(!store.removeFromOutbox(other, &error));
    QVERIFY(!error.isEmpty());
    live.unlock();
    QVERIFY(store.removeFromOutbox(other, &error));
    QVERIFY(!QFile::exists(store.outboxEmlPath(other)));
}

// The base64 body of the part whose headers name this file, decoded.
static QByteArray attachmentBytes(const QByteArray &eml, const QByteArray &fileName)
{
    const qsizetype at = eml.indexOf("filename=\"" + fileName + "\"");
    if (at < 0)
        return {};
    const qsizetype start = eml.indexOf("\r\n\r\n", at);
    const qsizetype end = eml.indexOf("\r\n--", start);
    return QByteArray::fromBase64(eml.mid(start + 4, end - start - 4).replace("\r\n", ""));
}

void TestMailStore::enqueueStoresTheWholeMessage()
{
    QByteArray bytes;
    for (int i = 0; i < 300000; ++i)
        bytes.append(char(i * 7 % 256));
    const QString path = m_dir->filePath(QStringLiteral("report.bin"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    MailStore store(m_dir->path() + QStringLiteral("/store"));
    MailItem m = sampleItem();
    m.attachments << path;
    QString error;
    const QString id = store.enqueue(m, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    // The original may go away or change: the outbox has its own copy, inside the message.
    QVERIFY(QFile::remove(path));
    const MailItem item = *MailStore(store.root()).loadOutbox(id);
    QFile eml(store.outboxEmlPath(id));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QByteArray onDisk = eml.readAll();
    QCOMPARE(item.emlSize, onDisk.size());
    QCOMPARE(attachmentBytes(onDisk, "report.bin"), bytes);
    QVERIFY(!item.messageId.isEmpty());
    QVERIFY(onDisk.contains("\r\nMessage-ID: <" + item.messageId + ">\r\n"));
    QVERIFY(("\r\n" + onDisk).contains("\r\nDate: "));
    QVERIFY(!onDisk.toLower().contains("bcc:"));
    QVERIFY(!onDisk.contains("hidden@"));
    // The envelope is stored beside it: Bcc included.
    QCOMPARE(item.envelopeFrom, QStringLiteral("ann@example.org"));
    QCOMPARE(item.envelopeTo,
             (QStringList{QStringLiteral("bob@example.org"), QStringLiteral("cyd@example.org"),
                          QStringLiteral("hidden@example.org")}));
    QVERIFY(!QFile::exists(store.lockPath(id)));
    checkAllFilesComplete(store.root());
}

void TestMailStore::enqueueRefusesWhatCannotBeBuilt()
{
    MailStore store(m_dir->path() + QStringLiteral("/store"));
    MailItem m = sampleItem();
    m.attachments << m_dir->filePath(QStringLiteral("gone.pdf"));
    QString error;
    QVERIFY(store.enqueue(m, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("gone.pdf")), qPrintable(error));
    m = sampleItem();
    m.to = QStringLiteral("not an address");
    error.clear();
    QVERIFY(store.enqueue(m, &error).isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("To:")), qPrintable(error));
    // Nothing half-written is left behind.
    QVERIFY(QDir(store.folderPath(MailStore::Folder::Outbox)).entryList(QDir::Files).isEmpty());
}

void TestMailStore::failuresAreScheduledOrFinal()
{
    MailStore store(m_dir->path());
    const QDateTime now(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    smtp::Outcome greylisted;
    greylisted.category = Category::TemporaryFailure;
    greylisted.summary = QStringLiteral("Try later.");
    const QString id = store.enqueue(sampleItem());
    // Bounded, growing delays: 1, 2, 5, 10, 30, 60, 120 minutes, then no more automatic attempts.
    const QList<int> minutes{1, 2, 5, 10, 30, 60, 120};
    for (int attempt = 1; attempt <= 8; ++attempt) {
        QVERIFY(store.markSending(id));
        QVERIFY(store.recordFailure(id, greylisted, now));
        const MailItem m = *store.loadOutbox(id);
        QCOMPARE(m.attempts, attempt);
        if (attempt < 8) {
            QCOMPARE(m.status, MailItem::Status::Waiting);
            QCOMPARE(m.dueAt, now.addSecs(60 * minutes.at(attempt - 1)));
        } else {
            QCOMPARE(m.status, MailItem::Status::Failed);
            QVERIFY(!m.dueAt.isValid());
        }
    }
    QCOMPARE(RetryPolicy::standard().delayAfter(0), qint64(-1));
    QCOMPARE(RetryPolicy::standard().delayAfter(8), qint64(-1));
    // Causes that would fail the same way again wait for the user.
    for (Category c : {Category::PermanentFailure, Category::AuthFailed, Category::TlsFailed,
                       Category::MayHaveBeenDelivered, Category::Cancelled, Category::LocalError}) {
        const QString other = store.enqueue(sampleItem());
        QVERIFY(store.markSending(other));
        smtp::Outcome o;
        o.category = c;
        QVERIFY(store.recordFailure(other, o, now));
        QCOMPARE(store.loadOutbox(other)->status, MailItem::Status::Failed);
    }
    for (Category c : {Category::ConnectionFailed, Category::Timeout}) {
        const QString other = store.enqueue(sampleItem());
        QVERIFY(store.markSending(other));
        smtp::Outcome o;
        o.category = c;
        QVERIFY(store.recordFailure(other, o, now));
        QCOMPARE(store.loadOutbox(other)->status, MailItem::Status::Waiting);
    }
}

void TestMailStore::partlySentKeepsTheRefused()
{
    MailStore store(m_dir->path());
    const QString id = store.enqueue(sampleItem());
    QVERIFY(store.markSending(id));
    smtp::Outcome o;
    o.category = Category::PartlySent;
    o.summary = QStringLiteral("Sent to 2 of 3 recipients.");
    for (const auto &[address, ok] : {std::pair{"bob@example.org", true}, std::pair{"cyd@example.org", false},
                                      std::pair{"hidden@example.org", true}}) {
        smtp::RecipientResult r;
        r.address = QString::fromLatin1(address);
        r.accepted = ok;
        r.reply.code = ok ? 250 : 550;
        r.reply.lines = {ok ? "Ok" : "No such user"};
        o.recipients << r;
    }
    QString error;
    QVERIFY2(store.markPartlySent(id, o, &error), qPrintable(error));
    const MailItem rest = *MailStore(m_dir->path()).loadOutbox(id);
    QCOMPARE(rest.status, MailItem::Status::PartlySent);
    QCOMPARE(rest.envelopeTo, QStringList{QStringLiteral("cyd@example.org")});
    QCOMPARE(rest.recipients.size(), 1);
    QVERIFY(rest.recipients.first().reply.startsWith(QLatin1String("550")));
    const QList<MailItem> sent = store.sent();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().relatedId, id);
    QCOMPARE(rest.relatedId, sent.first().id);
    QFile a(store.outboxEmlPath(id)), b(store.sentEmlPath(sent.first().id));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
}

void TestMailStore::draftKeepsCopiesOfAttachments()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    const auto writeFile = [&](const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    writeFile("first version\n");
    MailStore store(m_dir->path() + QStringLiteral("/store"));
    MailItem m = sampleItem();
    m.attachments << path;
    const QString id = store.saveDraft(m);
    QVERIFY(!id.isEmpty());
    const QString copy = store.loadDraft(id)->attachments.value(0);
    QVERIFY2(copy != path && copy.endsWith(QLatin1String("/notes.txt")), qPrintable(copy));
    QCOMPARE(store.loadDraft(id)->attachmentSources, QStringList{path});
    // Saved again (autosave) with the same original: the same copy, not a second one.
    m.id = id;
    QCOMPARE(store.saveDraft(m), id);
    QCOMPARE(store.loadDraft(id)->attachments.value(0), copy);
    // The original changes, then goes away: the draft keeps the bytes it had when last saved.
    writeFile("second version, longer\n");
    QCOMPARE(store.saveDraft(m), id);
    const QString second = store.loadDraft(id)->attachments.value(0);
    QFile c(second);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), QByteArray("second version, longer\n"));
    c.close();
    QVERIFY(!QFile::exists(copy) || copy == second);  // the outdated copy is gone
    QVERIFY(QFile::remove(path));
    MailItem restored = *MailStore(store.root()).loadDraft(id);
    QVERIFY(QFile::exists(restored.attachments.value(0)));
    // Sending the restored draft works without the original.
    QString error;
    const QString queued = store.enqueue(restored, &error);
    QVERIFY2(!queued.isEmpty(), qPrintable(error));
    QVERIFY(store.removeDraft(id));
    QVERIFY(!QFile::exists(second));
    QFile eml(store.outboxEmlPath(queued));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QVERIFY(eml.readAll().contains(QByteArray("second version, longer\n").toBase64()));
}

void TestMailStore::idsCannotLeaveTheStore()
{
    MailStore store(m_dir->path());
    QFile outside(m_dir->filePath(QStringLiteral("x.json")));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write("{}");
    outside.close();
    QVERIFY(!store.loadDraft(QStringLiteral("../x")));
    QVERIFY(!store.removeDraft(QStringLiteral("../x")));
    QVERIFY(!store.removeFromOutbox(QStringLiteral("../x")));
    QVERIFY(QFile::exists(outside.fileName()));
    MailItem m = sampleItem();
    m.id = QStringLiteral("../../evil");
    QVERIFY(store.saveDraft(m).isEmpty());
}

void TestMailStore::defaultRootIsAppData()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Stamp"));
    QCoreApplication::setApplicationName(QStringLiteral("stamp"));
    qputenv("XDG_DATA_HOME", m_dir->path().toUtf8());
    QCOMPARE(MailStore().root(), m_dir->path() + QStringLiteral("/Stamp/stamp"));
    qunsetenv("XDG_DATA_HOME");
}

QTEST_GUILESS_MAIN(TestMailStore)
#include "tst_mailstore.moc"
