// A QCPGraph that draws a solid line's segments with one QPainter call instead of one each.
// QCustomPlot's fast path for solid pens (phFastPolylines) calls drawLine() per segment, and
// for the current function's wide antialiased f most of a segment's cost was the call. Qt
// rasterizes and blends every line of a drawLines() call on its own, as it does a drawLine()'s,
// so the pixels are the same; everything else is QCPGraph's own drawing.
#pragma once

#include <qcustomplot.h>

class CurveGraph : public QCPGraph
{
    Q_OBJECT

public:
    // Registered with the axes' plot, as QCustomPlot::addGraph() does.
    CurveGraph(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPGraph(keyAxis, valueAxis) {}

protected:
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;
};
