#include "recipientfield.h"

#include "contactcompletion.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace ui {

AddressEdit::AddressEdit(QWidget *parent) : QLineEdit(parent), m_completer(new QCompleter(this))
{
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(10);
    m_completer->setCompletionRole(ContactCompletionModel::MatchRole);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &AddressEdit::insertChosen);
    connect(this, &QLineEdit::textEdited, this, &AddressEdit::updateCompletion);
    filterPopupKeys();
}

void AddressEdit::filterPopupKeys()
{
    // Installed after QCompleter's own filter, so that this one runs first. QCompleter installs its filter
    // again whenever it is given a model (setModel calls setPopup), hence once more after each.
    m_completer->popup()->removeEventFilter(this);
    m_completer->popup()->installEventFilter(this);
}

bool AddressEdit::eventFilter(QObject *watched, QEvent *event)
{
    QAbstractItemView *popup = m_completer->popup();
    if (watched != popup || event->type() != QEvent::KeyPress || !popup->isVisible())
        return QLineEdit::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Alt (a label's mnemonic, the menus) closes the list, so the key after it reaches the window's
    // shortcuts instead of the line; an Alt combination pressed while it is open types nothing.
    if (key->key() == Qt::Key_Alt || (key->modifiers() & (Qt::AltModifier | Qt::MetaModifier))) {
        popup->hide();
        return true;
    }
    // Return takes the only suggestion when none is chosen (with several, the user picks one).
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !popup->currentIndex().isValid()
        && m_completer->completionCount() == 1)
        popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    return false;
}

void AddressEdit::setCompletionModel(QAbstractItemModel *model, bool namedGroups)
{
    if (namedGroups) {
        m_completer->setModel(model);
        filterPopupKeys();
        return;
    }
    // Only the entries as saved: a group's one-off form would give its members here too.
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setFilterRole(ContactCompletionModel::FormRole);
    proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^$")));
    m_completer->setModel(proxy);
    filterPopupKeys();
}

qsizetype AddressEdit::segmentStart() const
{
    const QString t = text().left(cursorPosition());
    bool quoted = false;
    int angle = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && c == QLatin1Char('>') && angle > 0)
            --angle;
        else if (!quoted && angle == 0 && c == QLatin1Char(','))
            start = i + 1;
    }
    return start;
}

void AddressEdit::updateCompletion()
{
    if (!m_completer->model())
        return;
    const QString prefix = text().mid(segmentStart(), cursorPosition() - segmentStart()).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void AddressEdit::insertChosen(const QModelIndex &index)
{
    const QString group = index.data(ContactCompletionModel::GroupRole).toString();
    const QVariant form = index.data(ContactCompletionModel::FormRole);
    const QString text =
        group.isEmpty() ? index.data(Qt::DisplayRole).toString()
                        : groupText(group, form.isValid() ? GroupForm(form.toInt()) : GroupForm::AsSaved);
    if (!text.isEmpty())
        insertCompletion(text);
}

bool AddressEdit::expandTypedGroups()
{
    if (!m_groupText)
        return false;
    QString error;
    smtp::parseMailboxList(text(), &error);
    if (error.isEmpty())
        return false;
    // The entries at the commas outside quotes, angle brackets and groups ("Team: a, b;").
    QStringList entries;
    QString cur;
    bool quoted = false, inGroup = false;
    int angle = 0;
    const QString t = text();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == QLatin1Char('\\') && quoted && i + 1 < t.size()) {
            cur += c;
            cur += t[++i];
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && c == QLatin1Char('>') && angle > 0)
            --angle;
        else if (!quoted && angle == 0 && c == QLatin1Char(':'))
            inGroup = true;
        else if (!quoted && angle == 0 && c == QLatin1Char(';'))
            inGroup = false;
        else if (!quoted && angle == 0 && !inGroup && c == QLatin1Char(',')) {
            entries << cur.trimmed();
            cur.clear();
            continue;
        }
        cur += c;
    }
    entries << cur.trimmed();
    bool any = false;
    for (QString &e : entries) {
        if (e.isEmpty() || e.contains(QLatin1Char('@')) || e.contains(QLatin1Char(':')))
            continue;
        const QString expanded = groupText(e);
        if (!expanded.isEmpty()) {
            e = expanded;
            any = true;
        }
    }
    if (any) {
        entries.removeAll(QString());
        setText(entries.join(QStringLiteral(", ")));
    }
    return any;
}

QString AddressEdit::textBesideCurrentEntry() const
{
    const qsizetype start = segmentStart();
    const QString after = text().mid(cursorPosition());
    const qsizetype comma = after.indexOf(QLatin1Char(','));
    return text().left(start) + (comma < 0 ? QString() : after.mid(comma + 1));
}

void AddressEdit::insertCompletion(const QString &completion)
{
    const qsizetype start = segmentStart();
    QString before = text().left(start);
    QString after = text().mid(cursorPosition());
    // Whatever followed the cursor up to the next comma belonged to the segment being replaced.
    const qsizetype comma = after.indexOf(QLatin1Char(','));
    after = comma < 0 ? QString() : after.mid(comma);
    if (!before.isEmpty() && !before.endsWith(QLatin1Char(' ')))
        before += QLatin1Char(' ');
    const QString inserted = completion + (after.isEmpty() ? QStringLiteral(", ") : QString());
    setText(before + inserted + after);
    setCursorPosition(int(before.size() + inserted.size()));
    Q_EMIT textEdited(text());
}

void AddressEdit::keyPressEvent(QKeyEvent *event)
{
    // While the popup is open, these keys belong to it (QCompleter's filter handles them).
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    // Completion adds ", " after a suggestion; the habit of typing ", " after a name would then give ", ,"
    // (an empty entry) or a double space. Where an entry has not begun yet, a comma, and a space after a
    // space, add nothing, so nothing is lost by not typing them.
    if ((event->text() == QLatin1String(",") || event->text() == QLatin1String(" ")) && !hasSelectedText()) {
        const QString before = text().left(cursorPosition());
        const qsizetype start = segmentStart();
        const bool entryNotBegun = start > 0 && before.mid(start).trimmed().isEmpty();
        if (entryNotBegun && (event->text() == QLatin1String(",") || before.endsWith(QLatin1Char(' ')))) {
            event->accept();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void RecipientField::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_edit->setFocus(event->reason());
}

void AddressEdit::focusInEvent(QFocusEvent *event)
{
    m_completer->setWidget(this);
    QLineEdit::focusInEvent(event);
}

RecipientField::RecipientField(const QString &name, const QString &accessibleName, QWidget *parent)
    : QWidget(parent), m_edit(new AddressEdit(this)), m_error(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Field"));
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_edit->setAccessibleName(accessibleName);
    m_edit->setPlaceholderText(tr("name@example.org, Another Name <other@example.org>"));
    m_edit->setClearButtonEnabled(true);
    m_error->setObjectName(name + QStringLiteral("Error"));
    m_error->setAccessibleName(tr("Problem with %1").arg(accessibleName));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd9, 0x2d, 0x20));
    m_error->setPalette(p);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    // Focus given to the field (a label's Alt key, setFocus) goes on to its line. Not by setFocusProxy: in
    // Qt 6.4 a focus proxy breaks the Tab chain after it (Tab from the message text went back to Cc, in a
    // loop that never reached To, From or the log).

    // Validated as typed, but after a short pause: "ann@" is not an error while it is still being written.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(600);
    connect(&m_debounce, &QTimer::timeout, this, &RecipientField::validateTyped);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        // A correction clears the error at once; a new error waits for the pause.
        if (m_error->isVisible()) {
            QString e;
            smtp::parseMailboxList(m_edit->text(), &e);
            if (e.isEmpty())
                validateNow();
        }
        m_debounce.start();
        Q_EMIT changed();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // A group's name typed and left becomes the group (its members, or group syntax).
        m_edit->expandTypedGroups();
        validateNow();
    });
}

void RecipientField::setText(const QString &text)
{
    m_edit->setText(text);
    validateNow();
}

QList<smtp::Mailbox> RecipientField::mailboxes(QString *error) const
{
    QString e;
    const QList<smtp::Mailbox> list = smtp::parseMailboxList(m_edit->text(), &e);
    if (error)
        *error = e;
    return e.isEmpty() ? list : QList<smtp::Mailbox>();
}

QString RecipientField::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RecipientField::validateTyped()
{
    m_debounce.stop();
    showCheck(m_edit->hasFocus() ? m_edit->textBesideCurrentEntry() : m_edit->text());
}

bool RecipientField::validateNow()
{
    m_debounce.stop();
    return showCheck(m_edit->text());
}

bool RecipientField::showCheck(const QString &text)
{
    QString e;
    smtp::parseMailboxList(text, &e);
    if (text.trimmed().isEmpty() || e.isEmpty()) {
        m_error->clear();
        m_error->hide();
        m_edit->setAccessibleDescription(QString());
        return true;
    }
    m_error->setText(e);
    m_error->show();
    m_edit->setAccessibleDescription(e);
    return false;
}

}  // namespace ui
