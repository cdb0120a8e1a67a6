// A QCPGraph that draws a solid line's segments with one QPainter call instead of one each,
// and only the points that show.
// QCustomPlot's fast path for solid pens (phFastPolylines) calls drawLine() per segment, and
// for the current function's wide antialiased f most of a segment's cost was the call. Qt
// rasterizes and blends every line of a drawLines() call on its own, as it does a drawLine()'s,
// so the pixels are the same; everything else is QCPGraph's own drawing. On pixels (the screen, a
// PNG; not a vector figure) a line first drops the points it passes within a tenth of a device
// pixel of (simplifyPolyline): most of a frame's rasterizing went to segments two pixels long.
#pragma once

#include <qcustomplot.h>

class CurveGraph : public QCPGraph
{
    Q_OBJECT

public:
    // Registered with the axes' plot, as QCustomPlot::addGraph() does.
    CurveGraph(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPGraph(keyAxis, valueAxis) {}

    // Whether a line drawn on pixels drops the points it passes within a tenth of a device
    // pixel of (on by default; off, the points drawn are QCPGraph's).
    void setSimplified(bool simplified) { m_simplified = simplified; }
    bool simplified() const { return m_simplified; }
    // How many points the line's last drawing joined (after any simplification).
    qsizetype pointsDrawn() const { return m_pointsDrawn; }

protected:
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;

private:
    bool m_simplified = true;
    mutable qsizetype m_pointsDrawn = 0;
};
