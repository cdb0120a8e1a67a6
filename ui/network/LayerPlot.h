// The per-layer plot: one quantity (q_l, E[φ], E[φ²], χ1, the gradient gain on a log axis, or
// the dead fraction) against the layer, as a theory curve for every plotted function and the
// simulation's points for the current one. The current function's curve sits on a buffered
// layer of its own: a frame that changes only it (a drag of the current function's parameter)
// redraws that layer alone, and a draw that changes nothing redraws nothing.
#pragma once

#include "NetworkAnalysis.h"
#include "NetworkPlotStyle.h"

#include <qcustomplot.h>

class PlotRefresh;

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
    PlotRefresh *refresh() const { return m_refresh; }

private:
    // What a graph shows: compared with the next draw's, so that unchanged graphs are left as
    // they are.
    struct Shown
    {
        QVector<double> x, y;
        QString name;
        QPen pen;
        QCPScatterStyle::ScatterShape shape = QCPScatterStyle::ssNone;
        QBrush brush;
        bool inLegend = false;
    };
    // Sets the graph from `wanted` where it differs; says which of data and look changed.
    struct Change
    {
        bool data = false, look = false;
    };
    static Change show(QCPGraph *graph, Shown &shown, Shown wanted, const QCPScatterStyle &scatter);

    QCPLayer *m_live;
    PlotRefresh *m_refresh;
    std::vector<QCPGraph *> m_theory;
    std::vector<Shown> m_theoryShown;
    Shown m_simulationShown;
    QCPGraph *m_simulation;
    QCPItemStraightLine *m_reference; // y = 1 for χ1 and the gain
    QSharedPointer<QCPAxisTicker> m_linearTicker;
    QSharedPointer<QCPAxisTickerLog> m_logTicker;
};

QString quantityLabel(LayerQuantity quantity);
