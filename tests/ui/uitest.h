#pragma once

// Shared by the widget tests: a main() that makes sure nothing real is touched, and small helpers to find
// and answer the window's dialogs.

#include <QAbstractButton>
#include <QApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

// Each problem on a line of its own (a QVERIFY2 message is cut short), then the verdict.
#define STAMP_VERIFY_NONE(list)                                                                              \
    do {                                                                                                     \
        for (const QString &p : std::as_const(list))                                                         \
            qWarning("%s", qPrintable(p));                                                                   \
        QVERIFY2((list).isEmpty(), qPrintable(QStringLiteral("%1 problems").arg((list).size())));            \
    } while (false)

namespace uitest {

// Installs Stamp's embedded catalogue for LANGUAGE (de, fr, es) and Qt's own buttons'
// (qt6-translations-l10n), as the application does; returns what it installed (empty when Stamp's catalogue
// is missing), for removeLanguage. The translators belong to the caller.
inline QList<QTranslator *> installLanguage(const QString &language)
{
    QList<QTranslator *> out;
    auto *stamp = new QTranslator;
    if (!stamp->load(QStringLiteral(":/i18n/stamp_%1.qm").arg(language))) {
        delete stamp;
        return out;
    }
    QCoreApplication::installTranslator(stamp);
    out << stamp;
    auto *qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        out << qt;
    } else {
        delete qt;
    }
    return out;
}

inline void removeLanguage(QList<QTranslator *> *installed)
{
    for (QTranslator *t : std::as_const(*installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed->clear();
}

// Run by ctest through tests/store/with-keyring.sh or without-keyring.sh, HOME is already a fresh folder
// (STAMP_TEST_KEYRING says which). Run by hand, the test makes its own HOME and cuts D-Bus off, so the
// user's settings, mail folders and keychain are never reached.
inline std::unique_ptr<QTemporaryDir> isolate()
{
    std::unique_ptr<QTemporaryDir> home;
    if (qEnvironmentVariableIsEmpty("STAMP_TEST_KEYRING")) {
        home = std::make_unique<QTemporaryDir>();
        qputenv("HOME", home->path().toUtf8());
        qputenv("XDG_RUNTIME_DIR", home->path().toUtf8());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_DATA_HOME");
    qunsetenv("XDG_CACHE_HOME");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return home;
}

inline QString testSecret()
{
    const QString s = qEnvironmentVariable("STAMP_TEST_SECRET");
    return s.isEmpty() ? QStringLiteral("Stamp-test-secret-by-hand") : s;
}

// The visible top-level widget of type T with this object name, or null.
template <typename T> T *findTopLevel(const QString &objectName)
{
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *w : all) {
        auto *t = qobject_cast<T *>(w);
        if (t && t->isVisible() && t->objectName() == objectName)
            return t;
    }
    return nullptr;
}

// Anywhere: a visible widget of type T with this object name (dialogs are children of their window).
template <typename T> T *findVisible(const QString &objectName)
{
    const QWidgetList all = QApplication::allWidgets();
    for (QWidget *w : all) {
        auto *t = qobject_cast<T *>(w);
        if (t && t->isVisible() && t->objectName() == objectName)
            return t;
    }
    return nullptr;
}

inline void press(QMessageBox *box, QMessageBox::StandardButton which)
{
    QAbstractButton *b = box->button(which);
    QVERIFY2(b, "the message box has no such button");
    QTest::mouseClick(b, Qt::LeftButton);
}

}  // namespace uitest

#define STAMP_UI_TEST_MAIN(TestClass)                                                                        \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        const auto home = uitest::isolate();                                                                 \
        QApplication app(argc, argv);                                                                        \
        QApplication::setApplicationName(QStringLiteral("stamp"));                                           \
        QApplication::setOrganizationName(QStringLiteral("Stamp"));                                          \
        TestClass tc;                                                                                        \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
