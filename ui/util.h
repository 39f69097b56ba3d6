#pragma once

#include <QIcon>
#include <QMessageBox>
#include <QString>
#include <functional>

namespace ui {

// Stamp's icon: the SVG, and a PNG for systems without Qt's SVG plugin.
QIcon appIcon();

// "1.2 MB", "340 KB", "12 bytes": sizes as people read them (powers of 1024, one decimal).
QString formatSize(qint64 bytes);

// A window-modal message box shown with open(), never exec(): the window keeps running while it is up (no
// nested event loop). `done` gets the standard button that was pressed (Cancel/Escape when closed). The box
// has the given object name, so tests can find it and press its buttons.
QMessageBox *askUser(QWidget *parent, const QString &objectName, QMessageBox::Icon icon, const QString &title,
                     const QString &text, QMessageBox::StandardButtons buttons,
                     QMessageBox::StandardButton defaultButton,
                     std::function<void(QMessageBox::StandardButton)> done);
// The same with only an OK button, for telling the user something.
QMessageBox *tellUser(QWidget *parent, const QString &objectName, QMessageBox::Icon icon,
                      const QString &title, const QString &text, const QString &details = {});

}  // namespace ui
