// Keeps the function plot and the softmax chart in the scene model's theme: light, dark, or
// following the system palette (resolved here: the model only names the choice).
#pragma once

#include "PlotTheme.h"
#include "Scene.h"

#include <QObject>

class QActionGroup;
class FunctionPlot;
class QCustomPlot;
class QMenu;
class SceneModel;

class ThemeSwitcher : public QObject
{
    Q_OBJECT

public:
    // Applies the model's theme at once, and again whenever it changes. `chart` may be null.
    ThemeSwitcher(SceneModel *model, FunctionPlot *plot, QCustomPlot *chart,
                  QObject *parent = nullptr);

    // Light, Dark and Follow System as checkable actions that stay in step with the model.
    void addActions(QMenu *menu);
    // Looks again (the system palette changed).
    void refresh();
    // The look the plots have now (other plots follow plotThemeChanged).
    PlotThemeKind plotTheme() const { return m_dark ? PlotThemeKind::Dark : PlotThemeKind::Light; }

signals:
    void plotThemeChanged(PlotThemeKind theme);

private:
    void updateActions();

    SceneModel *m_model;
    QActionGroup *m_group = nullptr;
    FunctionPlot *m_plot;
    QCustomPlot *m_chart;
    bool m_dark = false;
};
