// Keeps the whole window in the scene model's theme: light, dark, or following the desktop
// (resolved here: the model only names the choice). Dark gives the application the Fusion style
// (which draws with the palette alone, so every panel, slider, field, menu and dialog goes dark)
// and windowpalette::dark(); System gives it the desktop's own style and palette back; Light is
// the desktop's look when that is light, otherwise Fusion's light palette. The plots follow.
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
    // Hands the application the desktop's style and palette back.
    ~ThemeSwitcher() override;

    // Looks again (the system palette changed).
    void refresh();
    // The theme resolved: true when the window is dark now.
    bool isDark() const { return m_dark; }
    // The look the plots have now (other plots follow plotThemeChanged).
    PlotThemeKind plotTheme() const { return m_dark ? PlotThemeKind::Dark : PlotThemeKind::Light; }

signals:
    void plotThemeChanged(PlotThemeKind theme);

private:
    void updateActions();
    void applyWindowLook(SceneTheme theme);

    SceneModel *m_model;
    QActionGroup *m_group = nullptr;
    FunctionPlot *m_plot;
    QCustomPlot *m_chart;
    bool m_dark = false;
    bool m_plotsDark = false;
    bool m_applying = false; // our own palette change is no news from the desktop
    bool m_lookChanged = false;
};
