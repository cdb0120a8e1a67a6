// Parts of the main window the accessibility and keyboard tests walk: every menu of the menu
// bar with its submenus (a closed menu's items are not in the window's accessibility tree), and
// the dialogs made as the window makes them.
#pragma once

#include "AboutDialog.h"
#include "ExportDialog.h"
#include "FormulaDialog.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

#include <memory>

namespace testsupport {

inline void collectMenus(QMenu *menu, QList<QMenu *> &menus)
{
    menus << menu;
    for (QAction *action : menu->actions())
        if (action->menu()) collectMenus(action->menu(), menus);
}

// The menu bar's menus, each before its submenus.
inline QList<QMenu *> menusOf(MainWindow &window)
{
    QList<QMenu *> menus;
    for (QAction *action : window.menuBar()->actions())
        if (action->menu()) collectMenus(action->menu(), menus);
    return menus;
}

// "export", "formula", "about" or "shortcuts".
inline std::unique_ptr<QDialog> makeDialog(const QString &which, MainWindow &window)
{
    if (which == "export") return std::make_unique<ExportDialog>(&window);
    if (which == "formula") return std::make_unique<FormulaDialog>(window.model(), 0, &window);
    if (which == "about") return std::make_unique<AboutDialog>(&window);
    return std::make_unique<ShortcutsDialog>(window.allActions(), &window);
}

} // namespace testsupport
