// Light and dark looks for any QCustomPlot (the function plot or the softmax chart), applied
// from outside the widgets through QCustomPlot's API: background, axes, grid, legend, texts.
#pragma once

class QCustomPlot;

enum class PlotThemeKind { Light, Dark };

// Dark remembers the plot's own colours first; Light puts those back (exactly: an export after
// dark and light again is byte-identical). Curves keep their palette colours, except the
// palette's black, which becomes near-white on dark; hollow markers take the background.
void applyPlotTheme(QCustomPlot &plot, PlotThemeKind theme);
