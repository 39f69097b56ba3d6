#pragma once

// Installs Stamp's translator (and Qt's own qtbase one, where the system has it) for the first of the user's
// languages (QLocale::system().uiLanguages(): LANGUAGE, then LC_ALL / LC_MESSAGES / LANG) that Stamp has a
// translation for. English is the source language: an English entry in that list, or no match at all, keeps
// the English strings. Call it once, right after the QCoreApplication or QApplication is created. Returns the
// language of the translation loaded ("de", or "en" for the English plural forms), or an empty string for
// none.
#include <QString>

QString installTranslators();
