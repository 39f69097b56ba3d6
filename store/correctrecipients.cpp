// MailStore::correctRecipients: "Edit recipients" of a partly sent message (issue 9).
#include "address.h"
#include "itemlock.h"
#include "mailstore.h"

namespace store {

bool MailStore::correctRecipients(const QString &id, const QStringList &mailboxes, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    // The one address grammar (smtp/address.h), with the envelope's own checks: CR, LF, NUL and local parts
    // RCPT TO cannot carry are refused here, so the Submission never drops an entry it cannot send.
    QStringList envelope;
    bool utf8 = false;
    for (const QString &text : mailboxes) {
        if (text.trimmed().isEmpty())
            continue;
        QString why;
        const smtp::Mailbox m = smtp::parseMailbox(text, &why);
        if (m.isNull())
            return fail(tr("“%1” is not an address that can be sent to: %2").arg(text.trimmed(), why));
        if (!envelope.contains(m.address(), Qt::CaseInsensitive))
            envelope << m.address();
        utf8 = utf8 || m.needsSmtpUtf8();
    }
    if (envelope.isEmpty())
        return fail(tr("Give at least one recipient, or delete the message from the outbox."));

    ItemLock lock(lockPath(id));
    if (!lock.tryLock())
        return fail(tr("The message \"%1\" is being sent right now; stop it first.").arg(id));
    std::optional<MailItem> m = loadOutbox(id);
    if (!m)
        return fail(tr("There is no message \"%1\" in the outbox.").arg(id));
    if (m->status == MailItem::Status::Sending)
        return fail(tr("The message \"%1\" is being sent right now; stop it first.").arg(id));

    // Only the envelope changes. The To and Cc header fields of outbox/<id>.eml stay as they are: that
    // stored message is the one the other recipients already received (same Message-ID, same Date), and
    // the copy in Sent records it. Rewriting a header for a corrected address would put a second, different
    // message under the same Message-ID, and would have to rebuild (and re-read) every attachment; delivery
    // follows RCPT TO, never the header fields (RFC 5321 §3.3, RFC 5322 §3.6.3). The mistyped address stays
    // visible in the header, which is what everybody else saw too.
    QList<RecipientRecord> records;
    for (const QString &address : std::as_const(envelope)) {
        RecipientRecord r{address, false, QString()};
        for (const RecipientRecord &old : std::as_const(m->recipients))
            if (old.address.compare(address, Qt::CaseInsensitive) == 0)
                r = old;
        records << r;
    }
    m->envelopeTo = envelope;
    m->recipients = records;
    m->smtpUtf8 = m->smtpUtf8 || utf8;
    m->updated = QDateTime::currentDateTimeUtc();
    return write(Folder::Outbox, *m, error);  // emits changed()
}

}  // namespace store
