// See Mnemonics.h.
#include "Mnemonics.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QSet>

namespace mnemonics {

namespace {

// The key Alt+ch would be, as QKeySequence::mnemonic() reads it.
QKeySequence keyOf(QChar ch)
{
    return QKeySequence::mnemonic(QStringLiteral("&") + ch);
}

// Where the mnemonic of `text` can go: the index of a free character (at the start of a word
// only, or anywhere), -1 if none is free.
qsizetype freeCharacter(const QString &text, const QSet<QKeySequence> &taken, bool wordStart)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch == QLatin1Char('&')) { // an escaped "&&": skip both
            ++i;
            continue;
        }
        if (!ch.isLetterOrNumber()) continue;
        if (wordStart && i > 0 && text[i - 1].isLetterOrNumber()) continue;
        if (!taken.contains(keyOf(ch))) return i;
    }
    return -1;
}

} // namespace

QString escaped(const QString &name)
{
    QString text = name;
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

void complete(QMenu *menu)
{
    QSet<QKeySequence> taken;
    QList<QAction *> without;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator()) continue;
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (key.isEmpty())
            without << action;
        else
            taken << key;
    }
    // Every item's word starts first, so "Leaky ReLU" cannot take the E that "ELU" begins with.
    for (bool wordStart : {true, false}) {
        for (QAction *&action : without) {
            if (!action) continue;
            QString text = action->text();
            const qsizetype at = freeCharacter(text, taken, wordStart);
            if (at < 0) continue;
            taken << keyOf(text[at]);
            action->setText(text.insert(at, QLatin1Char('&')));
            action = nullptr;
        }
    }
    static const QString spare = QStringLiteral("123456789abcdefghijklmnopqrstuvwxyz0");
    qsizetype next = 0;
    for (QAction *action : std::as_const(without)) {
        if (!action) continue;
        while (next < spare.size() && taken.contains(keyOf(spare[next])))
            ++next;
        if (next == spare.size()) return; // all 36 are taken
        taken << keyOf(spare[next]);
        action->setText(action->text() + QStringLiteral(" (&") + spare[next] + QLatin1Char(')'));
    }
}

} // namespace mnemonics
