// See LayerPlot.h.
#include "LayerPlot.h"

#include "SceneModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

QString quantityLabel(LayerQuantity quantity)
{
    switch (quantity) {
    case LayerQuantity::Variance:
        return LayerPlot::tr("variance q of the pre-activations");
    case LayerQuantity::Mean:
        return LayerPlot::tr("mean activation E[φ(h)]");
    case LayerQuantity::RelativeMean:
        return LayerPlot::tr("mean over RMS E[φ(h)]/√E[φ(h)²]");
    case LayerQuantity::SecondMoment:
        return LayerPlot::tr("second moment E[φ(h)²]");
    case LayerQuantity::Chi1:
        return LayerPlot::tr("χ1 = σw² E[φ′(h)²] per layer");
    case LayerQuantity::GradientGain:
        return LayerPlot::tr("gradient gain ∏χ1 (to the last layer)");
    case LayerQuantity::DeadFraction:
        return LayerPlot::tr("fraction of dead units (simulation)");
    }
    return {};
}

LayerPlot::LayerPlot(QWidget *parent)
    : QCustomPlot(parent), m_simulation(addGraph()), m_reference(new QCPItemStraightLine(this)),
      m_logTicker(QSharedPointer<QCPAxisTickerLog>::create())
{
    // Tick labels with a decimal point, as every other number in the window (README).
    setLocale(QLocale::c());
    setObjectName("layerPlot");
    setAccessibleName(tr("Per-layer plot"));
    setAccessibleDescription(
        tr("The chosen quantity against the layer: theory as lines, simulation as points"));
    setUpNetworkPlot(*this);
    m_linearTicker = yAxis->ticker();
    xAxis->setLabel(tr("layer l"));
    m_simulation->setName(tr("simulation"));
    m_simulation->setLineStyle(QCPGraph::lsNone);
    m_reference->point1->setCoords(0, 1);
    m_reference->point2->setCoords(1, 1);
    m_reference->setPen(QPen(Qt::gray, 1, Qt::DotLine));
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

QCPGraph *LayerPlot::theoryGraph(int slot) const
{
    return slot >= 0 && std::size_t(slot) < m_theory.size() ? m_theory[std::size_t(slot)] : nullptr;
}

void LayerPlot::draw(const NetworkAnalysis &analysis, LayerQuantity quantity,
                     const NetworkPlotStyle &style)
{
    const auto &theories = analysis.theories();
    while (m_theory.size() < theories.size()) {
        QCPGraph *graph = addGraph();
        m_theory.push_back(graph);
    }
    while (m_theory.size() > theories.size()) {
        removeGraph(m_theory.back());
        m_theory.pop_back();
    }
    const bool logarithmic = quantity == LayerQuantity::GradientGain;
    yAxis->setScaleType(logarithmic ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    yAxis->setTicker(logarithmic ? m_logTicker : m_linearTicker);
    yAxis->setNumberFormat(logarithmic ? "eb" : "gb");
    yAxis->setNumberPrecision(logarithmic ? 0 : 6);
    yAxis->setLabel(quantityLabel(quantity));

    double low = std::numeric_limits<double>::infinity(), high = -low;
    const auto include = [&](double v) {
        if (!std::isfinite(v) || (logarithmic && !(v > 0))) return;
        low = std::min(low, v);
        high = std::max(high, v);
    };
    int layers = 1;
    for (std::size_t i = 0; i < theories.size(); ++i) {
        const std::vector<double> values = NetworkAnalysis::theorySeries(theories[i], quantity);
        QVector<double> x, y;
        for (std::size_t l = 0; l < values.size(); ++l) {
            x << double(l + 1);
            y << values[l];
            include(values[l]);
        }
        layers = std::max(layers, int(theories[i].layers.size()));
        QCPGraph *graph = m_theory[i];
        graph->setData(x, y, true);
        graph->setName(theories[i].name);
        graph->setPen(QPen(style.colour(theories[i].id), (i == 0 ? 2.0 : 1.5) * style.lineScale));
        graph->setVisible(!values.empty());
        graph->removeFromLegend();
        if (!values.empty()) graph->addToLegend();
    }

    QVector<double> sx, sy;
    if (analysis.simulation() && !theories.empty() &&
        analysis.simulation()->id == theories.front().id) {
        const std::vector<double> values =
            NetworkAnalysis::simulationSeries(analysis.simulation()->result, quantity);
        for (std::size_t l = 0; l < values.size(); ++l) {
            if (!std::isfinite(values[l]) || (logarithmic && !(values[l] > 0))) continue;
            sx << double(l + 1);
            sy << values[l];
            include(values[l]);
        }
    }
    m_simulation->setData(sx, sy, true);
    const QColor simColour =
        theories.empty() ? style.foreground() : style.colour(theories.front().id);
    // Hollow while the settings have changed since: the points are of the previous network.
    const bool current = analysis.simulationIsCurrent();
    m_simulation->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(simColour, 1.5 * style.lineScale),
                        current ? QBrush(simColour) : QBrush(Qt::NoBrush), 6 * style.lineScale));
    m_simulation->setName(current ? tr("simulation") : tr("simulation (previous settings)"));
    m_simulation->removeFromLegend();
    if (!sx.isEmpty()) m_simulation->addToLegend();

    const bool reference =
        quantity == LayerQuantity::Chi1 || quantity == LayerQuantity::GradientGain;
    m_reference->setVisible(reference);
    if (reference) include(1.0);
    if (!(low <= high)) low = 0, high = 1;
    if (logarithmic) {
        low = std::max(low, 1e-300);
        yAxis->setRange(low / 3, high * 3);
    } else {
        if (quantity != LayerQuantity::Mean && quantity != LayerQuantity::RelativeMean &&
            quantity != LayerQuantity::Chi1)
            low = std::min(low, 0.0);
        const double pad = high > low ? 0.08 * (high - low) : std::max(1e-3, std::abs(high) * 0.1);
        yAxis->setRange(low - pad, high + pad);
    }
    xAxis->setRange(0.5, layers + 0.5);
    replot(rpQueuedReplot);
}
