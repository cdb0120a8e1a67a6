// SVG output of FigureExporter. QSvgGenerator (Qt 6.4) ignores clipping, so curves zoomed past
// the axes would spill over tick labels and legend. Each plot is therefore drawn in three
// passes (the layers below its curves, the curves' layers, the layers above) and the middle
// pass is wrapped in an SVG clipPath of the axis rect.
#pragma once

#include <QByteArray>
#include <QRect>
#include <QSizeF>
#include <QString>

#include <vector>

class QCustomPlot;

struct FigurePanel
{
    QCustomPlot *plot;
    QRect rect; // in layout pixels
};

// `layout` is the view box; `millimetres` the physical size written as width and height.
// Empty when the generator could not start.
QByteArray renderSvgFigure(QSize layout, QSizeF millimetres, const QString &fontFamily,
                           const std::vector<FigurePanel> &panels);
