// Light and dark looks for any QCustomPlot (the function plot or the softmax chart), applied
// from outside the widgets through QCustomPlot's API: background, axes, grid, legend, texts.
// The curves' colours are the plot's own business (PlotView::setTheme).
#pragma once

#include <QColor>

class QCustomPlot;

enum class PlotThemeKind { Light, Dark };

// Dark remembers the plot's own colours first; Light puts those back (exactly: an export after
// dark and light again is byte-identical).
void applyPlotTheme(QCustomPlot &plot, PlotThemeKind theme);
// The background a plot that never had colours of its own gets (what hollow markers fill with).
QColor themeBackground(PlotThemeKind theme);
