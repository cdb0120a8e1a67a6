// What the network panel's plots share to look like the main plot: each function's colour
// (the main plot's, so an overlay keeps its colour everywhere), the line scale of presentation
// mode, and a base every one of them starts from (fonts, ticks with a true minus sign).
#pragma once

#include "CurveId.h"
#include "activations.h"

#include <QColor>

#include <functional>

class QCustomPlot;

struct NetworkPlotStyle
{
    std::function<QColor(CurveId)> colourOf;
    double lineScale = 1.0;
    bool dark = false;

    QColor colour(CurveId id) const { return colourOf ? colourOf(id) : QColor(Qt::blue); }
    // Texts and markers that are no function's: the axes' colour.
    QColor foreground() const { return dark ? QColor(225, 225, 225) : QColor(Qt::black); }
};

// Axis tickers with the true minus sign, no interactions, a legend top right, labels kept
// inside their axes (plotaxes::keepLabelsInside).
void setUpNetworkPlot(QCustomPlot &plot);
