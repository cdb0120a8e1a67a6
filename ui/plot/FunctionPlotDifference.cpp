// FunctionPlot's difference panel for "Compare with…": current − compared beneath the plot on
// a y axis of its own (differences of 1e-4 would be a flat line on the function's axes), the
// same x range as the plot, and the largest |difference| in view marked and read out. The
// numbers come from scene/Comparison.h. Everything of the panel lives on the live layer, so a
// parameter drag of the current function redraws it with the curves and nothing else.
#include "FunctionPlot.h"

#include "Comparison.h"
#include "MinusSignTicker.h"
#include "Palette.h"
#include "SceneModel.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr double kDifferenceStretch = 0.4; // of the main plot's height
}

QString FunctionPlot::differenceReadout() const
{
    return m_differenceText ? m_differenceReadout : QString();
}

void FunctionPlot::fitDifferenceReadout(int width)
{
    if (!m_differenceText) return;
    // Too long for one line (a column-wide figure): two, broken at the space nearest the middle.
    QString text = m_differenceReadout;
    const int room =
        width - m_differenceText->margins().left() - m_differenceText->margins().right();
    if (QFontMetrics(m_differenceText->font()).horizontalAdvance(text) > room) {
        const int middle = int(text.size() / 2);
        int best = -1;
        for (int i = 0; i < int(text.size()); ++i)
            if (text[i] == QLatin1Char(' ') &&
                (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
                best = i;
        if (best > 0) text[best] = QLatin1Char('\n');
    }
    if (text != m_differenceText->text()) m_differenceText->setText(text);
}

void FunctionPlot::updateComparison()
{
    const bool comparing = m_model->comparison().has_value();
    if (comparing == (m_differenceRect != nullptr)) {
        if (comparing) resampleDifference();
        return;
    }
    moveLegendInside(); // the legend row, if any, goes below whatever follows
    if (!comparing) {
        curvesChanging();
        removeGraph(m_differenceGraph);
        removeGraph(m_differenceMarker);
        m_differenceGraph = m_differenceMarker = nullptr;
        plotLayout()->remove(m_differenceText);
        plotLayout()->remove(m_differenceRect);
        m_differenceText = nullptr;
        m_differenceRect = nullptr;
        plotLayout()->simplify();
        axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, nullptr);
        xAxis->setTickLabels(true);
        xAxis->setLabel(QStringLiteral("x"));
        scheduleRedraw(true);
        return;
    }
    if (!m_marginGroup) m_marginGroup = new QCPMarginGroup(this);
    m_differenceText = new QCPTextElement(this);
    m_differenceText->setObjectName("differenceReadout");
    m_differenceText->setTextFlags(Qt::AlignCenter);
    m_differenceText->setMargins(QMargins(4, 2, 4, 0));
    m_differenceText->setLayer(m_liveLayer);
    m_differenceRect = new QCPAxisRect(this);
    m_differenceRect->setObjectName("differenceRect");
    plotLayout()->addElement(1, 0, m_differenceText);
    plotLayout()->addElement(2, 0, m_differenceRect);
    plotLayout()->setRowStretchFactors({1.0, 0.001, kDifferenceStretch});
    for (QCPAxisRect *rect : {axisRect(), m_differenceRect})
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    m_differenceRect->setMinimumMargins(axisRect()->minimumMargins());
    // Panning or zooming the panel moves x only, and the plot with it.
    m_differenceRect->setRangeDrag(Qt::Horizontal);
    m_differenceRect->setRangeZoom(Qt::Horizontal);
    QCPAxis *x = m_differenceRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_differenceRect->axis(QCPAxis::atLeft);
    for (QCPAxis *axis : {x, y}) {
        axis->grid()->setLayer(m_liveLayer);
        axis->setLayer(m_liveLayer);
        axis->setTicker(QSharedPointer<MinusSignTicker>::create());
        axis->setNumberFormat(QStringLiteral("gb"));
    }
    x->setLabel(QStringLiteral("x"));
    // One x axis for both, as stacked plots share it: the panel's, at the bottom.
    xAxis->setTickLabels(false);
    xAxis->setLabel(QString());
    y->setLabel(tr("difference"));
    x->setRange(xAxis->range());
    connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), xAxis,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    m_differenceGraph = addGraph(x, y);
    m_differenceGraph->setObjectName("difference");
    m_differenceGraph->setLayer(m_liveLayer);
    m_differenceGraph->setAdaptiveSampling(false);
    m_differenceMarker = addGraph(x, y);
    m_differenceMarker->setObjectName("differenceMaximum");
    m_differenceMarker->setLayer(m_liveLayer);
    m_differenceMarker->setLineStyle(QCPGraph::lsNone);
    applyPlotTheme(*this, m_theme); // the new axes in the plot's theme
    restyle();
    resampleDifference();
    scheduleRedraw(true);
}

void FunctionPlot::styleDifference()
{
    if (!m_differenceGraph) return;
    const bool dark = m_theme == PlotThemeKind::Dark;
    const QColor ink = m_highContrast ? (dark ? Qt::white : Qt::black)
                                      : (dark ? QColor(220, 220, 220) : QColor(40, 40, 40));
    const double one = bufferDevicePixelRatio() > 1.0 ? 1.01 : 1.0;
    const double width = m_printPens ? m_printPens->curve[0] : m_lineScale * 1.5 * one;
    m_differenceGraph->setPen(QPen(ink, width));
    const QColor mark = palette::colour(4, dark, m_highContrast);
    const double size = m_printPens ? m_printPens->marker : 8 * std::sqrt(m_lineScale);
    m_differenceMarker->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(mark, size / 4), QBrush(mark), size));
    m_differenceText->setTextColor(xAxis->tickLabelColor());
    m_differenceText->setFont(xAxis->tickLabelFont());
}

void FunctionPlot::resampleDifference()
{
    if (!m_differenceGraph) return;
    const auto precision = m_refineInBackground ? Precision::Double : Precision::Accurate;
    const auto n = static_cast<std::size_t>(kSamples);
    std::vector<double> x(n), d(n);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = m_sampleMin + (m_sampleMax - m_sampleMin) * double(i) / double(x.size() - 1);
    if (!comparisonValues(m_model->scene(), x, d, precision)) d.assign(d.size(), NAN);
    QVector<QCPGraphData> points(qsizetype(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i)
        points[qsizetype(i)] = {x[i], d[i]};
    m_differenceGraph->data()->set(points, true);
    updateDifferenceReadout();
}

void FunctionPlot::updateDifferenceReadout()
{
    if (!m_differenceGraph) return;
    const QCPRange view = xAxis->range();
    const auto precision = m_refineInBackground ? Precision::Double : Precision::Accurate;
    const auto max = comparisonMaximum(m_model->scene(), view.lower, view.upper, precision);
    m_differenceReadout = comparisonReadout(m_model->scene(), max);
    fitDifferenceReadout(viewport().width());
    QVector<QCPGraphData> mark;
    if (max) mark.push_back({max->x, max->difference});
    m_differenceMarker->data()->set(mark, true);
    // y fitted to the difference in view, zero included, with a margin.
    double low = 0.0, high = 0.0;
    for (auto it = m_differenceGraph->data()->findBegin(view.lower, false);
         it != m_differenceGraph->data()->findEnd(view.upper, false); ++it)
        if (std::isfinite(it->value)) {
            low = std::min(low, it->value);
            high = std::max(high, it->value);
        }
    if (max && std::isfinite(max->difference)) {
        low = std::min(low, max->difference);
        high = std::max(high, max->difference);
    }
    const double margin = 0.1 * (high - low);
    QCPRange range(low - margin, high + margin);
    if (!(high - low > 1e-300) || !std::isfinite(high - low)) range = QCPRange(-1.0, 1.0);
    m_differenceRect->axis(QCPAxis::atLeft)->setRange(range);
    m_differenceRect->axis(QCPAxis::atBottom)->setRange(view);
    accessibility::summaryChanged(this); // the description names the largest difference
}
