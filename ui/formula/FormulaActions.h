// New, edit and remove a typed formula: the menu actions and what the function list asks for,
// each one undo step (a new formula and its becoming current are one step, not two).
#pragma once

#include <QObject>
#include <QPointer>

#include "FormulaDialog.h"

class QAction;
class QMenu;
class QWidget;
class SceneHistory;
class SceneModel;

class FormulaActions : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `window`.
    FormulaActions(SceneModel *model, SceneHistory *history, QWidget *window);

    void addActions(QMenu *menu);

    // Open the (window-modal, non-blocking) dialog; while it is open, dialog() is it.
    void newFormula();
    void editFormula(int key);
    void removeFormula(int key);
    FormulaDialog *dialog() const { return m_dialog; }

private:
    void updateEnabled();

    SceneModel *m_model;
    SceneHistory *m_history;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_remove;
    QPointer<FormulaDialog> m_dialog;
};
