// The simulated network's distributions of the activations φ(h_l), layer by layer: a heat map
// with the layer across and the value up, each layer's column the fraction of its values in each
// bin (out-of-range values are left out), where saturation, spread and mass at zero show at a
// glance.
#pragma once

#include "NetworkAnalysis.h"
#include "NetworkPlotStyle.h"

#include <qcustomplot.h>

#include <limits>

class DistributionPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit DistributionPlot(QWidget *parent = nullptr);

    void draw(const NetworkAnalysis &analysis, const NetworkPlotStyle &style);
    QCPColorMap *map() const { return m_map; }
    QCPColorScale *colourScale() const { return m_scale; }

private:
    // The simulation drawn (NetworkAnalysis::simulationSerial), none before the first draw: its
    // histograms are drawn again only when a newer simulation has come.
    quint64 m_serial = std::numeric_limits<quint64>::max();
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
};
