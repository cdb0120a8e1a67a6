// Keeps the function plot and the softmax chart in the chosen theme: light, dark, or following
// the system palette.
#pragma once

#include "Scene.h"

#include <QObject>

class QActionGroup;
class PlotView;
class QCustomPlot;
class QMenu;

class ThemeSwitcher : public QObject
{
    Q_OBJECT

public:
    ThemeSwitcher(PlotView *plot, QCustomPlot *chart, QObject *parent = nullptr);

    // Light, Dark and Follow System as checkable actions that stay in step with setTheme().
    void addActions(QMenu *menu);
    SceneTheme theme() const { return m_theme; }
    void setTheme(SceneTheme theme);
    // Looks again (the system palette changed).
    void refresh();

private:
    QActionGroup *m_group = nullptr;
    PlotView *m_plot;
    QCustomPlot *m_chart;
    SceneTheme m_theme = SceneTheme::System;
    bool m_dark = false;
};
