// View ▸ Compare With: one entry per curve the scene has (the catalogue's functions, then the
// typed formulas), the compared one checked, the current one disabled; and Stop Comparing.
// Each choice is one undo step (SceneHistory records the model's comparisonChanged).
#pragma once

#include <QObject>

class QAction;
class QMenu;
class SceneModel;

class CompareMenu : public QObject
{
    Q_OBJECT

public:
    CompareMenu(SceneModel *model, QMenu *parent);

    QMenu *menu() const { return m_menu; }
    QAction *stopAction() const { return m_stop; }
    // Fills the menu with the scene's curves now (it does so itself before it opens).
    void update();

private:
    SceneModel *m_model;
    QMenu *m_menu;
    QAction *m_stop;
};
