#include "util.h"

#include <QLocale>

namespace ui {

QIcon appIcon()
{
    QIcon icon(QStringLiteral(":/icons/stamp.svg"));
    icon.addFile(QStringLiteral(":/icons/stamp-64.png"), QSize(64, 64));
    return icon;
}

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QMessageBox *askUser(QWidget *parent, const QString &objectName, QMessageBox::Icon icon, const QString &title,
                     const QString &text, QMessageBox::StandardButtons buttons,
                     QMessageBox::StandardButton defaultButton,
                     std::function<void(QMessageBox::StandardButton)> done)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(title);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, done = std::move(done)](int) {
        // finished() carries the button's role for custom buttons; standardButton() is what was clicked.
        QMessageBox::StandardButton b = box->standardButton(box->clickedButton());
        if (b == QMessageBox::NoButton)
            b = QMessageBox::Cancel;
        if (done)
            done(b);
    });
    box->open();
    return box;
}

QMessageBox *tellUser(QWidget *parent, const QString &objectName, QMessageBox::Icon icon,
                      const QString &title, const QString &text, const QString &details)
{
    QMessageBox *box = askUser(parent, objectName, icon, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
    if (!details.isEmpty())
        box->setDetailedText(details);
    return box;
}

}  // namespace ui
