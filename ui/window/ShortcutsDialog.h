// Help ▸ Keyboard Shortcuts: a table made from the actions themselves, so it cannot drift from
// what the keys really do.
#pragma once

#include <QDialog>
#include <QList>

class QAction;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // An HTML table: one row per action with a shortcut, its keys and its name; then the keys
    // of the focused plot (the trace cursor), which are no actions, and the rule between them
    // and presentation mode's arrows.
    static QString shortcutsHtml(const QList<QAction *> &actions);
};
