// What the German translation tests read: the messages of the committed .ts file, every text a
// widget, its actions and menus show or tell assistive technology (with where it is), and the
// check that finds English among them: a text that is a source text of the .ts, or that has a
// word only the English sources use.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace testsupport {

// One message of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    bool finished = true; // no type="unfinished", "vanished" or "obsolete"
};

QList<TsMessage> readTs(const QString &path, QString *error);
QString germanTsPath(); // translations/activation-explorer_de.ts in the source tree

// What a reader sees of a text: no markup, no mnemonic ampersands, no tab-separated shortcut.
QString plainText(QString text);
// Its words of two letters or more, lower case.
QSet<QString> wordsOf(const QString &text);

struct Seen
{
    QString where;
    QString text;
};

// Every text a widget shows or tells assistive technology (its QAccessible name, description
// and value included), with where it is.
void collectWidget(QWidget *widget, QList<Seen> &seen);
void collectAction(QAction *action, const QString &where, QList<Seen> &seen);
// The widget, all its children and their actions.
void collectAll(QWidget *top, QList<Seen> &seen);

class EnglishCheck
{
public:
    // From the .ts file's messages; empty when it is fine, otherwise what went wrong.
    QString load(const QList<TsMessage> &messages);
    // Every text that is still English, with where it is.
    QStringList englishIn(const QList<Seen> &seen) const;
    bool isEnglishOnly(const QString &word) const { return m_englishOnly.contains(word); }
    bool isEnglishSource(const QString &plain) const { return m_translationOf.contains(plain); }

private:
    QSet<QString> m_englishOnly;             // words of the sources that no German text uses
    QHash<QString, QString> m_translationOf; // plain source text -> plain translation
};

} // namespace testsupport
