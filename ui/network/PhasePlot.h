// The order-to-chaos map of the current function: the σw² × σb² plane with the line where
// χ1(q*) = 1 (ordered below it: gradients vanish; chaotic above it: they explode), and the
// panel's settings marked on it. The line changes only with the function and its parameters
// (a new line from the worker) and is drawn again only then; moving the settings' mark (a drag
// of σw² or σb²) redraws the mark's buffered layer alone.
#pragma once

#include "NetworkAnalysis.h"
#include "NetworkPlotStyle.h"

#include <qcustomplot.h>

#include <limits>

class PlotRefresh;

class PhasePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit PhasePlot(QWidget *parent = nullptr);

    void draw(const NetworkAnalysis &analysis, const NetworkSetup &network,
              const NetworkPlotStyle &style);
    QCPCurve *criticalLine() const { return m_line; }
    QCPGraph *currentPoint() const { return m_point; }
    PlotRefresh *refresh() const { return m_refresh; }

private:
    QCPLayer *m_live;
    PlotRefresh *m_refresh;
    // The phase line drawn (NetworkAnalysis::phaseLineSerial), none before the first draw.
    quint64 m_lineSerial = std::numeric_limits<quint64>::max();
    QCPCurve *m_line;
    QCPGraph *m_point;
    QCPItemText *m_ordered;
    QCPItemText *m_chaotic;
};
