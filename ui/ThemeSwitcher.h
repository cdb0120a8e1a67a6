// Keeps the function plot and the softmax chart in the chosen theme: light, dark, or following
// the system palette. The plot rebuilds its curves' styles when the scene changes, so a dark
// theme is applied again after those changes.
#pragma once

#include "Scene.h"

#include <QObject>

class QActionGroup;
class QCustomPlot;
class QMenu;
class SceneModel;

class ThemeSwitcher : public QObject
{
    Q_OBJECT

public:
    // Connect after the plots connected to the model, so this runs after their restyles.
    ThemeSwitcher(SceneModel *model, QCustomPlot *plot, QCustomPlot *chart,
                  QObject *parent = nullptr);

    // Light, Dark and Follow System as checkable actions that stay in step with setTheme().
    void addActions(QMenu *menu);
    SceneTheme theme() const { return m_theme; }
    void setTheme(SceneTheme theme);
    // What the plots show now: the theme, with System resolved through the palette.
    bool isDark() const { return m_dark; }
    // Looks again (the system palette changed, or the plots were restyled when shown).
    void refresh();

private:
    void reapplyIfDark();

    QActionGroup *m_group = nullptr;
    QCustomPlot *m_plot;
    QCustomPlot *m_chart;
    SceneTheme m_theme = SceneTheme::System;
    bool m_dark = false;
};
