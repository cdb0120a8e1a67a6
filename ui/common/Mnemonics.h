// Menu items whose texts are names, not written for the menu (the functions of Compare With,
// typed formulas, file names): an ampersand in a name stays a character, and each item gets a
// mnemonic no other item of its menu has, so Alt and a letter reach it as they reach the items
// whose texts carry their own (those are the translators' choice, in the .ts file).
#pragma once

#include <QString>

class QMenu;

namespace mnemonics {

// `name` as a menu shows it literally: "&" written "&&".
QString escaped(const QString &name);

// Gives every item of `menu` that has no mnemonic the first letter or digit of its text that
// no other item uses (the start of a word first), or else a free digit or letter after it
// ("Softsign (&3)"). Items that have one keep it. A menu has 36 such keys: items beyond them
// stay without.
void complete(QMenu *menu);

} // namespace mnemonics
