// Graph bookkeeping and sampling ranges; the two redraw paths are FunctionPlotRedraw.cpp.
#include "FunctionPlot.h"

#include "CurveGraph.h"
#include "MinusSignTicker.h"
#include "Palette.h"
#include "SceneModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

const char *const kOrderSuffix[3] = {"f(x)", "f′(x)", "f″(x)"};

// Overwrites a graph's points in place when the count is unchanged (no allocation, no
// re-sorting); otherwise replaces them.
void writeData(QCPGraph *graph, const std::vector<double> &x, const std::vector<double> &y)
{
    auto data = graph->data();
    if (static_cast<std::size_t>(data->size()) == x.size()) {
        std::size_t i = 0;
        for (auto it = data->begin(); it != data->end(); ++it, ++i) {
            it->key = x[i];
            it->value = y[i];
        }
        return;
    }
    QVector<QCPGraphData> points(static_cast<qsizetype>(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i)
        points[static_cast<qsizetype>(i)] = {x[i], y[i]};
    data->set(points, true);
}

void writeMarkers(QCPGraph *graph, const act::SampledCurves &samples, bool filled,
                  const std::array<QCPGraph *, 3> &shown)
{
    QVector<QCPGraphData> points;
    for (int order = 0; order < 3; ++order) {
        if (!shown[static_cast<std::size_t>(order)]) continue;
        for (const act::JumpMarker &m : samples.markers[static_cast<std::size_t>(order)])
            if (m.filled == filled) points.push_back({m.x, m.y});
    }
    std::sort(points.begin(), points.end(), qcpLessThanSortKey<QCPGraphData>);
    graph->data()->set(points, true);
}

} // namespace

FunctionPlot::FunctionPlot(SceneModel *model, QWidget *parent) : QCustomPlot(parent), m_model(model)
{
    accessibility::install(); // before anything asks for this plot's interface
    // Tick labels with a decimal point, as every other number in the window (README).
    setLocale(QLocale::c());
    setObjectName("functionPlot");
    setPlottingHint(QCP::phFastPolylines, true);

    // Above everything else, so the background (grid, axes, legend, cached curves) forms a
    // single buffer and a drag redraws just these (FunctionPlotRedraw.cpp).
    // Each addLayer sets up the paint buffers at the viewport's size: 640x480 of pixels cleared
    // for nothing before the first show (and never used by a headless --export, which draws
    // through toPainter). The first replot sizes them to the widget.
    const QRect initialViewport = viewport();
    setViewport(QRect(0, 0, 1, 1));
    addLayer("ghosts", layer("overlay"), QCustomPlot::limAbove);
    addLayer("live", layer("ghosts"), QCustomPlot::limAbove);
    addBaseFill();
    setViewport(initialViewport);
    m_ghostLayer = layer("ghosts");
    m_liveLayer = layer("live");
    m_ghostLayer->setMode(QCPLayer::lmBuffered);
    m_liveLayer->setMode(QCPLayer::lmBuffered);
    trackBufferedLayers();

    xAxis->setLabel("x");
    for (QCPAxis *axis : {xAxis, yAxis})
        axis->setTicker(QSharedPointer<MinusSignTicker>::create());
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->grid()->setZeroLinePen(QPen(QColor(60, 60, 60), 1));
        axis->grid()->setPen(QPen(QColor(215, 215, 215), 1, Qt::SolidLine));
    }
    // The legend sits inside the axes, in the corner where it covers least of the curves
    // (placeLegend()), so the plot area takes the figure's width.
    legend->setVisible(true);
    legend->setFillOrder(QCPLegend::foRowsFirst);
    legend->setWrap(32);
    // The legend is a key of line styles followed by one entry per function (see restyle()):
    // 26 functions times three curves would not fit.
    setAutoAddPlottableToLegend(false);
    for (int order = 0; order < 3; ++order) {
        QCPGraph *key = addGraph();
        key->setObjectName(QString("styleKey:%1").arg(order));
        key->setName(QString::fromUtf8(kOrderSuffix[order]));
        key->setPen(QPen(QColor(90, 90, 90), 1.0, palette::penStyle(order)));
        m_styleKeys[static_cast<std::size_t>(order)] = key;
    }
    legend->setRowSpacing(0);
    legend->setBorderPen(QPen(QColor(180, 180, 180)));
    legend->setMargins(QMargins(6, 4, 6, 4));
    axisRect()->insetLayout()->setMargins(QMargins(3, 3, 3, 3)); // off the axis lines

    connect(m_model, &SceneModel::currentChanged, this, &FunctionPlot::onCurrentChanged);
    connect(m_model, &SceneModel::overlayChanged, this, &FunctionPlot::onOverlayChanged);
    connect(m_model, &SceneModel::parametersChanged, this, &FunctionPlot::onParametersChanged);
    connect(m_model, &SceneModel::formulasChanged, this, &FunctionPlot::onFormulasChanged);
    connect(m_model, &SceneModel::orderShownChanged, this, &FunctionPlot::onOrderShownChanged);
    connect(m_model, &SceneModel::viewChanged, this, &FunctionPlot::showView);
    connect(m_model, &SceneModel::comparisonChanged, this, &FunctionPlot::updateComparison);
    // Whoever moves an axis (the model's view, the mouse in PlotView) gets curves sampled there
    // and a frame.
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &FunctionPlot::onXRangeChanged);
    connect(yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this] { scheduleRedraw(true); });

    const ViewRange &view = m_model->view();
    const double width = view.xMax - view.xMin;
    m_sampleMin = view.xMin - width;
    m_sampleMax = view.xMax + width;
    for (CurveId id : m_model->plotted())
        rebuild(id);
    restyle();
    reserveTickLabelRoom();
    showView(view);
    updateComparison();
    placeLegend();
}

void FunctionPlot::reserveTickLabelRoom()
{
    const QFontMetrics ticks(yAxis->tickLabelFont());
    const QFontMetrics label(yAxis->labelFont());
    const int left = ticks.horizontalAdvance(QStringLiteral("\u22120.0000")) + label.height() +
                     yAxis->tickLengthOut() + yAxis->tickLabelPadding() + yAxis->labelPadding() +
                     yAxis->padding() + 4;
    QMargins minimum = axisRect()->minimumMargins();
    minimum.setLeft(left);
    // The legend is inside now: the right edge keeps room for half of the last tick label.
    minimum.setRight(ticks.horizontalAdvance(QStringLiteral("0000")) / 2 + 8);
    axisRect()->setMinimumMargins(minimum);
}

const FunctionPlot::Curves &FunctionPlot::curves(CurveId id) const
{
    static const Curves kNone;
    const auto it = m_curves.find(id);
    return it == m_curves.end() ? kNone : it->second;
}

QCPGraph *FunctionPlot::curve(CurveId id, int order) const
{
    return curves(id).graphs[static_cast<std::size_t>(order)];
}

QCPGraph *FunctionPlot::ghost(CurveId id, int order) const
{
    return curves(id).ghosts[static_cast<std::size_t>(order)];
}

QCPGraph *FunctionPlot::jumpMarkers(CurveId id, bool filled) const
{
    return filled ? curves(id).filled : curves(id).open;
}

void FunctionPlot::showView(const ViewRange &view)
{
    // Through the axes, so onXRangeChanged samples the curves there.
    if (xAxis->range() != QCPRange(view.xMin, view.xMax)) xAxis->setRange(view.xMin, view.xMax);
    if (yAxis->range() != QCPRange(view.yMin, view.yMax)) yAxis->setRange(view.yMin, view.yMax);
}

void FunctionPlot::onCurrentChanged(CurveId current, CurveId previous)
{
    rebuild(previous);
    rebuild(current);
    restyle();
    resampleDifference();
    // The model shows the new function over its own view next (viewChanged).
}

void FunctionPlot::onOverlayChanged(CurveId id)
{
    rebuild(id);
    restyle();
    scheduleRedraw(true);
}

void FunctionPlot::onParametersChanged(CurveId id)
{
    const bool compared = id == m_model->current() || id == m_model->comparison();
    if (m_differenceGraph && compared) {
        resampleDifference();
        // The difference's axis follows it, and only a full replot lays out its new ticks.
        scheduleRedraw(true);
    }
    if (!m_model->isPlotted(id)) return;
    resample(id);
    const bool isCurrent = id == m_model->current();
    if (isCurrent) updateGhostVisibility();
    scheduleRedraw(!isCurrent);
}

void FunctionPlot::onFormulasChanged()
{
    // A new name or expression: new legend entries, new samples.
    for (CurveId id : m_model->plotted())
        if (id.isFormula()) rebuild(id);
    restyle();
    resampleDifference();
    scheduleRedraw(true);
}

void FunctionPlot::onOrderShownChanged()
{
    for (CurveId id : m_model->plotted())
        rebuild(id);
    restyle();
    scheduleRedraw(true);
}

void FunctionPlot::onXRangeChanged(const QCPRange &range)
{
    scheduleRedraw(true);
    updateDifferenceReadout();
    // Resample when the view leaves the sampled stretch or zooms in far enough that the
    // grid would show; otherwise the cached samples serve.
    const double width = m_sampleMax - m_sampleMin;
    if (range.lower >= m_sampleMin && range.upper <= m_sampleMax && range.size() > width / 8)
        return;
    m_sampleMin = range.lower - range.size();
    m_sampleMax = range.upper + range.size();
    resampleAll();
    resampleDifference();
}

void FunctionPlot::removeCurves(CurveId id)
{
    dropRefinement(id);
    curvesChanging();
    Curves &c = curves(id);
    for (auto *list : {&c.graphs, &c.ghosts})
        for (QCPGraph *&graph : *list)
            if (graph) {
                removeGraph(graph);
                graph = nullptr;
            }
    for (QCPGraph **graph : {&c.filled, &c.open})
        if (*graph) {
            removeGraph(*graph);
            *graph = nullptr;
        }
}

void FunctionPlot::rebuild(CurveId id)
{
    removeCurves(id);
    if (!m_model->isPlotted(id)) {
        curvesRebuilt();
        return;
    }
    Curves &c = curves(id);
    const QString name = m_model->curveName(id);
    const QString key = id.isCatalogue() ? QString::fromUtf8(act::spec(id.function()).name)
                                         : QStringLiteral("formula%1").arg(id.formulaKey());
    const bool isCurrent = id == m_model->current();
    QCPLayer *target = isCurrent ? m_liveLayer : layer("main");
    auto newGraph = [&](const QString &objectName) {
        QCPGraph *graph = new CurveGraph(xAxis, yAxis);
        graph->setObjectName(objectName);
        graph->setLayer(target);
        // Adaptive sampling merges the points under one pixel into a vertical min-max line,
        // which would bridge the NaN breaks at jumps; there are few enough points without it.
        graph->setAdaptiveSampling(false);
        return graph;
    };
    QCPGraph *legendCurve = nullptr; // the function's entry in the legend
    for (int order = 0; order < 3; ++order) {
        if (!m_model->isOrderShown(order)) continue;
        const auto o = static_cast<std::size_t>(order);
        if (isCurrent) {
            c.ghosts[o] = newGraph(QString("ghost:%1:%2").arg(key).arg(order));
            c.ghosts[o]->setLayer(m_ghostLayer);
        }
        c.graphs[o] = newGraph(QString("curve:%1:%2").arg(key).arg(order));
        c.graphs[o]->setName(QString("%1  %2").arg(name, QString::fromUtf8(kOrderSuffix[o])));
        if (!legendCurve) {
            legendCurve = c.graphs[o];
            legendCurve->setName(name);
        }
    }
    c.filled = newGraph(QString("jumps:%1:filled").arg(key));
    c.open = newGraph(QString("jumps:%1:open").arg(key));
    for (QCPGraph *markers : {c.filled, c.open})
        markers->setLineStyle(QCPGraph::lsNone);
    resample(id);
    if (isCurrent) {
        resampleGhosts();
        updateGhostVisibility();
    }
    curvesRebuilt();
}

void FunctionPlot::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::FontChange) reserveTickLabelRoom();
}

void FunctionPlot::setLineScale(double scale)
{
    if (scale == m_lineScale || !(scale > 0)) return;
    m_lineScale = scale;
    restyle();
    scheduleRedraw(true);
}

void FunctionPlot::setPrintPens(const std::optional<PrintPens> &pens)
{
    m_printPens = pens;
    if (!pens) {
        moveLegendInside();
        updateLayout();
        placeLegend();
    }
    restyle();
    scheduleRedraw(true);
}

void FunctionPlot::setTheme(PlotThemeKind theme)
{
    // Also when unchanged: the chrome may have been restyled from outside since.
    m_theme = theme;
    applyPlotTheme(*this, theme);
    restyle();
    scheduleRedraw(true);
    emit coloursChanged();
}

void FunctionPlot::setHighContrast(bool on)
{
    if (on == m_highContrast) return;
    m_highContrast = on;
    restyle();
    scheduleRedraw(true);
    emit coloursChanged();
}

QColor FunctionPlot::colourOf(CurveId id) const
{
    const auto it = m_colourSlot.find(id);
    const int slot = it == m_colourSlot.end() ? 0 : it->second;
    return palette::colour(std::size_t(slot), m_theme == PlotThemeKind::Dark, m_highContrast);
}

bool FunctionPlot::assignColours()
{
    const auto before = m_colourSlot;
    // First let go of the colours of what is no longer drawn, then give the newly drawn
    // functions the lowest free ones, so a function switched to takes the colour of the one
    // it replaces and every overlay keeps its own.
    std::erase_if(m_colourSlot,
                  [this](const auto &entry) { return !m_model->isPlotted(entry.first); });
    for (CurveId id : m_model->plotted()) {
        if (m_colourSlot.count(id)) continue;
        for (int candidate = 0;; ++candidate)
            if (std::none_of(
                    m_colourSlot.begin(), m_colourSlot.end(),
                    [candidate](const auto &entry) { return entry.second == candidate; })) {
                m_colourSlot[id] = candidate;
                break;
            }
    }
    return m_colourSlot != before;
}

void FunctionPlot::restyle()
{
    const bool dark = m_theme == PlotThemeKind::Dark;
    const QColor background = themeBackground(m_theme);
    // Markers grow with the lines, but less: at 2.5x lines, 2.5x dots would hide the curves.
    const double markerScale = std::sqrt(m_lineScale);
    const QColor keyColour = m_highContrast ? (dark ? Qt::white : Qt::black)
                                            : (dark ? QColor(200, 200, 200) : QColor(90, 90, 90));
    for (QCPGraph *key : m_styleKeys) {
        QPen pen = key->pen();
        pen.setColor(keyColour);
        key->setPen(pen);
    }
    const auto &plotted = m_model->plotted();
    legend->clearItems();
    // One function: its own lines, each named once ("GELU", "GELU′"). Several: a key of the
    // dash patterns (f, f′, f″), then one entry per function in its colour.
    const bool single = plotted.size() == 1;
    if (!single)
        for (int order = 0; order < 3; ++order)
            if (m_model->isOrderShown(order))
                m_styleKeys[static_cast<std::size_t>(order)]->addToLegend();
    static const char *const kPrimes[3] = {"", "′", "″"};
    for (CurveId id : plotted) {
        const QString name = m_model->curveName(id);
        bool named = false;
        for (int order = 0; order < 3; ++order) {
            QCPGraph *graph = curves(id).graphs[static_cast<std::size_t>(order)];
            if (!graph) continue;
            if (single) {
                graph->setName(name + QString::fromUtf8(kPrimes[order]));
                graph->addToLegend();
            } else if (!named) {
                graph->setName(name);
                graph->addToLegend();
                named = true;
            }
        }
    }
    const bool reassigned = assignColours();
    // y shows f (and its derivatives, named in the legend): one function's name, or f(x).
    yAxis->setLabel(plotted.size() == 1 && plotted[0].isCatalogue()
                        ? QStringLiteral("%1(x)").arg(m_model->curveName(plotted[0]))
                        : QStringLiteral("f(x)"));
    for (CurveId id : plotted) {
        Curves &c = curves(id);
        const QColor colour = colourOf(id);
        const bool isCurrent = id == m_model->current();
        for (int order = 0; order < 3; ++order) {
            const auto o = static_cast<std::size_t>(order);
            // Only the current f is wider than 1 px: wide antialiased pens are the slow case,
            // and solid ones take QCustomPlot's fast polyline path.
            // QCustomPlot draws a width of exactly 1 as a one-device-pixel hairline, which on a
            // HiDPI screen is thinner than the grid (1 px scaled to 2); just above 1 scales
            // with the screen like everything else.
            const double one = bufferDevicePixelRatio() > 1.0 ? 1.01 : 1.0;
            const double width = m_printPens ? m_printPens->curve[o]
                                             : m_lineScale * (isCurrent && order == 0 ? 2.0 : one);
            // The colour names the function, the dash pattern the derivative order: in grey
            // print or for colour-blind readers the patterns alone tell f, f' and f'' apart.
            if (c.graphs[o]) c.graphs[o]->setPen(QPen(colour, width, palette::penStyle(order)));
            if (c.ghosts[o]) {
                QColor faint = colour;
                faint.setAlpha(m_highContrast ? 120 : 70);
                const double ghostWidth = m_printPens ? 0.7 * width : m_lineScale * one;
                c.ghosts[o]->setPen(QPen(faint, ghostWidth, palette::penStyle(order)));
            }
        }
        const double size = m_printPens ? m_printPens->marker : (isCurrent ? 8 : 6) * markerScale;
        const QPen rim(colour, m_printPens ? m_printPens->marker / 5 : 1.5 * markerScale);
        c.filled->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, rim, QBrush(colour), size));
        c.open->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, rim, QBrush(background), size));
    }
    styleDifference();
    curvesRebuilt();
    if (reassigned) emit coloursChanged();
}

void FunctionPlot::resample(CurveId id)
{
    Curves &c = curves(id);
    const bool quick = id.isFormula() && m_refineInBackground;
    const auto activation =
        m_model->activation(id, quick ? Precision::Double : Precision::Accurate);
    if (!activation) return;
    act::CurveSampler::sample(*activation, m_sampleMin, m_sampleMax, kSamples, c.samples);
    writeSamples(c);
    if (quick) refine(id);
}

void FunctionPlot::writeSamples(Curves &c)
{
    for (int order = 0; order < 3; ++order) {
        const auto o = static_cast<std::size_t>(order);
        if (c.graphs[o]) writeData(c.graphs[o], c.samples.x, c.samples.y[o]);
    }
    if (c.filled) writeMarkers(c.filled, c.samples, true, c.graphs);
    if (c.open) writeMarkers(c.open, c.samples, false, c.graphs);
}

void FunctionPlot::resampleAll()
{
    for (CurveId id : m_model->plotted())
        resample(id);
    resampleGhosts();
}

void FunctionPlot::resampleGhosts()
{
    const CurveId id = m_model->current();
    Curves &c = curves(id);
    const auto defaults = defaultActivationOf(
        m_model->scene(), id,
        id.isFormula() && m_refineInBackground ? Precision::Double : Precision::Accurate);
    if (!defaults) return;
    act::CurveSampler::sample(*defaults, m_sampleMin, m_sampleMax, kSamples, c.ghostSamples);
    for (int order = 0; order < 3; ++order) {
        const auto o = static_cast<std::size_t>(order);
        if (c.ghosts[o]) writeData(c.ghosts[o], c.ghostSamples.x, c.ghostSamples.y[o]);
    }
}

void FunctionPlot::updateGhostVisibility()
{
    const CurveId id = m_model->current();
    const bool visible = !m_model->isDefault(id);
    for (QCPGraph *ghost : curves(id).ghosts)
        if (ghost) ghost->setVisible(visible);
}

QCPGraph *FunctionPlot::currentGraph() const
{
    for (QCPGraph *graph : curves(m_model->current()).graphs)
        if (graph) return graph;
    return nullptr;
}

std::vector<QCPAbstractPlottable *> FunctionPlot::ghosts() const
{
    std::vector<QCPAbstractPlottable *> all;
    for (const auto &[id, c] : m_curves)
        for (QCPGraph *ghost : c.ghosts)
            if (ghost) all.push_back(ghost);
    return all;
}
