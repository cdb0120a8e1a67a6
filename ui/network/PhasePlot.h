// The order-to-chaos map of the current function: the σw² × σb² plane with the line where
// χ1(q*) = 1 (ordered below it: gradients vanish; chaotic above it: they explode), and the
// panel's settings marked on it.
#pragma once

#include "NetworkAnalysis.h"
#include "NetworkPlotStyle.h"

#include <qcustomplot.h>

class PhasePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit PhasePlot(QWidget *parent = nullptr);

    void draw(const NetworkAnalysis &analysis, const NetworkSetup &network,
              const NetworkPlotStyle &style);
    QCPCurve *criticalLine() const { return m_line; }
    QCPGraph *currentPoint() const { return m_point; }

private:
    QCPCurve *m_line;
    QCPGraph *m_point;
    QCPItemText *m_ordered;
    QCPItemText *m_chaotic;
};
