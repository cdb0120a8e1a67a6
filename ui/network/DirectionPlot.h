// The simulated network as a function of one input direction: a few of its outputs along
// x = t·u against t/√N. A straight line for the linear activation at any depth.
#pragma once

#include "NetworkAnalysis.h"
#include "NetworkPlotStyle.h"

#include <qcustomplot.h>

#include <limits>

class DirectionPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit DirectionPlot(QWidget *parent = nullptr);

    void draw(const NetworkAnalysis &analysis, const NetworkPlotStyle &style);
    QCPGraph *output(int k) const { return graph(k); }

private:
    // What was drawn: a newer simulation (NetworkAnalysis::simulationSerial) or another colour
    // or line scale draws again, nothing else does.
    quint64 m_serial = std::numeric_limits<quint64>::max();
    QColor m_colour;
    double m_lineScale = 0;
};
