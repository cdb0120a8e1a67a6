// The per-layer plot: one quantity (q_l, E[φ], E[φ²], χ1, the gradient gain on a log axis, or
// the dead fraction) against the layer, as a theory curve for every plotted function and the
// simulation's points for the current one.
#pragma once

#include "NetworkAnalysis.h"
#include "NetworkPlotStyle.h"

#include <qcustomplot.h>

class LayerPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit LayerPlot(QWidget *parent = nullptr);

    // Redraws from the analysis's newest theory and simulation.
    void draw(const NetworkAnalysis &analysis, LayerQuantity quantity,
              const NetworkPlotStyle &style);

    // For tests: the theory curve of the function plotted in `slot`, the simulation's points.
    QCPGraph *theoryGraph(int slot) const;
    QCPGraph *simulationGraph() const { return m_simulation; }

private:
    std::vector<QCPGraph *> m_theory;
    QCPGraph *m_simulation;
    QCPItemStraightLine *m_reference; // y = 1 for χ1 and the gain
    QSharedPointer<QCPAxisTicker> m_linearTicker;
    QSharedPointer<QCPAxisTickerLog> m_logTicker;
};

QString quantityLabel(LayerQuantity quantity);
