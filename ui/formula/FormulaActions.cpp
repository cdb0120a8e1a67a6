#include "FormulaActions.h"

#include "FormulaDialog.h"
#include "SceneHistory.h"
#include "SceneModel.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

FormulaActions::FormulaActions(SceneModel *model, SceneHistory *history, QWidget *window)
    : QObject(window), m_model(model), m_history(history), m_window(window),
      m_new(new QAction(tr("&New Formula…"), this)),
      m_edit(new QAction(tr("Edit &Formula…"), this)),
      m_remove(new QAction(tr("Re&move Formula"), this))
{
    m_new->setObjectName("newFormula");
    m_new->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_new->setToolTip(tr("Type a function of x with parameters of your own"));
    m_edit->setObjectName("editFormula");
    m_edit->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_remove->setObjectName("removeFormula");
    connect(m_new, &QAction::triggered, this, &FormulaActions::newFormula);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_model->current().isFormula()) editFormula(m_model->current().formulaKey());
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (m_model->current().isFormula()) removeFormula(m_model->current().formulaKey());
    });
    connect(m_model, &SceneModel::currentChanged, this, &FormulaActions::updateEnabled);
    updateEnabled();
}

void FormulaActions::addActions(QMenu *menu)
{
    menu->addAction(m_new);
    menu->addAction(m_edit);
    menu->addAction(m_remove);
}

void FormulaActions::updateEnabled()
{
    const bool typed = m_model->current().isFormula();
    m_edit->setEnabled(typed);
    m_remove->setEnabled(typed);
}

void FormulaActions::newFormula()
{
    editFormula(0);
}

void FormulaActions::editFormula(int key)
{
    if (m_dialog) { // a click and an activation both ask: one dialog
        m_dialog->raise();
        return;
    }
    m_dialog = new FormulaDialog(m_model, key, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Adding a formula also makes it current: one step for undo.
    m_history->beginGesture();
    connect(m_dialog, &QDialog::finished, this, [this] { m_history->endGesture(); });
    m_dialog->open();
}

void FormulaActions::removeFormula(int key)
{
    m_history->beginGesture();
    m_model->removeFormula(key);
    m_history->endGesture();
}
