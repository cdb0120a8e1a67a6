// See LayerPlot.h.
#include "LayerPlot.h"

#include "PlotAxes.h"
#include "PlotRefresh.h"
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
    addLayer(QStringLiteral("live"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_live = layer(QStringLiteral("live"));
    m_live->setMode(QCPLayer::lmBuffered);
    m_refresh = new PlotRefresh(this, m_live);
    // The legend lists what draw() puts there, in its order.
    setAutoAddPlottableToLegend(false);
    m_simulation->removeFromLegend();
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

LayerPlot::Change LayerPlot::show(QCPGraph *graph, Shown &shown, Shown wanted,
                                  const QCPScatterStyle &scatter)
{
    Change change;
    // Exact comparison: a value that moved by a rounding error is drawn anew.
    if (wanted.x != shown.x || wanted.y != shown.y) {
        graph->setData(wanted.x, wanted.y, true);
        change.data = true;
    }
    if (wanted.name != shown.name) graph->setName(wanted.name);
    if (wanted.pen != shown.pen) {
        graph->setPen(wanted.pen);
        change.look = true;
    }
    if (wanted.shape != shown.shape || wanted.brush != shown.brush ||
        (wanted.shape != QCPScatterStyle::ssNone && wanted.pen != shown.pen)) {
        graph->setScatterStyle(scatter);
        change.look = true;
    }
    change.look = change.look || wanted.name != shown.name || wanted.inLegend != shown.inLegend;
    shown = std::move(wanted);
    return change;
}

void LayerPlot::draw(const NetworkAnalysis &analysis, LayerQuantity quantity,
                     const NetworkPlotStyle &style)
{
    const auto &theories = analysis.theories();
    bool full = false, live = false, legendChanged = false;
    while (m_theory.size() < theories.size()) {
        QCPGraph *graph = addGraph();
        graph->setVisible(false); // until it has values
        // The current function's curve (slot 0) changes with every frame of a drag.
        if (m_theory.empty()) graph->setLayer(m_live);
        m_theory.push_back(graph);
        m_theoryShown.emplace_back();
        full = true;
    }
    while (m_theory.size() > theories.size()) {
        removeGraph(m_theory.back());
        m_theory.pop_back();
        m_theoryShown.pop_back();
        full = legendChanged = true;
    }
    const bool logarithmic = quantity == LayerQuantity::GradientGain;
    if ((yAxis->scaleType() == QCPAxis::stLogarithmic) != logarithmic) {
        yAxis->setScaleType(logarithmic ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        yAxis->setTicker(logarithmic ? m_logTicker : m_linearTicker);
        yAxis->setNumberFormat(logarithmic ? "eb" : "gb");
        yAxis->setNumberPrecision(logarithmic ? 0 : 6);
        full = true;
    }
    if (plotaxes::fullLabel(*yAxis) != quantityLabel(quantity)) {
        yAxis->setLabel(quantityLabel(quantity));
        full = true;
    }

    double low = std::numeric_limits<double>::infinity(), high = -low;
    const auto include = [&](double v) {
        if (!std::isfinite(v) || (logarithmic && !(v > 0))) return;
        low = std::min(low, v);
        high = std::max(high, v);
    };
    int layers = 1;
    for (std::size_t i = 0; i < theories.size(); ++i) {
        const std::vector<double> values = NetworkAnalysis::theorySeries(theories[i], quantity);
        Shown wanted;
        wanted.x.reserve(qsizetype(values.size()));
        wanted.y.reserve(qsizetype(values.size()));
        for (std::size_t l = 0; l < values.size(); ++l) {
            wanted.x << double(l + 1);
            wanted.y << values[l];
            include(values[l]);
        }
        layers = std::max(layers, int(theories[i].layers.size()));
        wanted.name = theories[i].name;
        wanted.pen = QPen(style.colour(theories[i].id), (i == 0 ? 2.0 : 1.5) * style.lineScale);
        wanted.inLegend = !values.empty();
        QCPGraph *graph = m_theory[i];
        if (wanted.inLegend != m_theoryShown[i].inLegend) {
            graph->setVisible(wanted.inLegend);
            legendChanged = true;
        }
        const Change change = show(graph, m_theoryShown[i], std::move(wanted), {});
        if (change.look) full = true;
        if (change.data) (i == 0 ? live : full) = true;
    }

    Shown simulation;
    if (analysis.simulation() && !theories.empty() &&
        analysis.simulation()->id == theories.front().id) {
        const std::vector<double> values =
            NetworkAnalysis::simulationSeries(analysis.simulation()->result, quantity);
        for (std::size_t l = 0; l < values.size(); ++l) {
            if (!std::isfinite(values[l]) || (logarithmic && !(values[l] > 0))) continue;
            simulation.x << double(l + 1);
            simulation.y << values[l];
            include(values[l]);
        }
    }
    const QColor simColour =
        theories.empty() ? style.foreground() : style.colour(theories.front().id);
    // Hollow while the settings have changed since: the points are of the previous network.
    const bool current = analysis.simulationIsCurrent();
    simulation.pen = QPen(simColour, 1.5 * style.lineScale);
    simulation.shape = QCPScatterStyle::ssCircle;
    simulation.brush = current ? QBrush(simColour) : QBrush(Qt::NoBrush);
    simulation.name = current ? tr("simulation") : tr("simulation (previous settings)");
    simulation.inLegend = !simulation.x.isEmpty();
    legendChanged = legendChanged || simulation.inLegend != m_simulationShown.inLegend;
    const QCPScatterStyle scatter(simulation.shape, simulation.pen, simulation.brush,
                                  6 * style.lineScale);
    // The points change only with a new simulation or quantity: under the curves, as drawn.
    const Change change = show(m_simulation, m_simulationShown, std::move(simulation), scatter);
    if (change.look || change.data) full = true;

    if (legendChanged) {
        // In the order of the slots, the simulation last.
        legend->clearItems();
        for (std::size_t i = 0; i < m_theory.size(); ++i)
            if (m_theoryShown[i].inLegend) m_theory[i]->addToLegend();
        if (m_simulationShown.inLegend) m_simulation->addToLegend();
        full = true;
    }

    const bool reference =
        quantity == LayerQuantity::Chi1 || quantity == LayerQuantity::GradientGain;
    if (m_reference->visible() != reference) {
        m_reference->setVisible(reference);
        full = true;
    }
    if (reference) include(1.0);
    if (!(low <= high)) low = 0, high = 1;
    QCPRange yRange;
    if (logarithmic) {
        low = std::max(low, 1e-300);
        yRange = QCPRange(low / 3, high * 3);
    } else {
        if (quantity != LayerQuantity::Mean && quantity != LayerQuantity::RelativeMean &&
            quantity != LayerQuantity::Chi1)
            low = std::min(low, 0.0);
        const double pad = high > low ? 0.08 * (high - low) : std::max(1e-3, std::abs(high) * 0.1);
        yRange = QCPRange(low - pad, high + pad);
    }
    const QCPRange xRange(0.5, layers + 0.5);
    // QCPAxis::setRange may adjust a range (a log axis's sign, a too small span): compare what
    // the axis holds after setting it.
    const QCPRange oldX = xAxis->range(), oldY = yAxis->range();
    yAxis->setRange(yRange);
    xAxis->setRange(xRange);
    if (xAxis->range() != oldX || yAxis->range() != oldY) full = true;
    if (full)
        m_refresh->replotAll();
    else if (live)
        m_refresh->replotLive();
}
