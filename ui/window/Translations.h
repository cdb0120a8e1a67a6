// The window's language: the app's own translation, embedded at :/i18n (built from
// translations/*.ts by lrelease), and Qt's own (qtbase_xx.qm from Qt's translations folder,
// Debian's qt6-translations-l10n) so file dialogs, message box buttons and key names follow.
// English is the source language and needs no translation. The command line never installs
// one: its messages, --help and CSV stay English, as scripts and the manual page expect.
#pragma once

#include <QLocale>
#include <QStringList>

namespace translations {

// Installs the translations for `locale` into the application, replacing any installed before.
// The desktop's language by default: QLocale::system() follows LANGUAGE, LC_ALL, LC_MESSAGES
// and LANG. Returns the files loaded, none for English or a language without a translation.
QStringList install(const QLocale &locale = QLocale::system());

// Takes every translation install() put in back out: the source language again.
void remove();

// The embedded translation files' folder and base name, ":/i18n" and "activation-explorer".
QString embeddedFolder();
QString baseName();

} // namespace translations
