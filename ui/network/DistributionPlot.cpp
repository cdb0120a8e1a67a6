// See DistributionPlot.h.
#include "DistributionPlot.h"

#include <QLocale>

DistributionPlot::DistributionPlot(QWidget *parent)
    : QCustomPlot(parent), m_map(new QCPColorMap(xAxis, yAxis)), m_scale(new QCPColorScale(this))
{
    // Tick labels with a decimal point, as every other number in the window (README).
    setLocale(QLocale::c());
    setObjectName("distributionPlot");
    setAccessibleName(tr("Per-layer distributions"));
    setAccessibleDescription(tr("A heat map: the layer across, the value up, the colour the "
                                "fraction of the layer's values in each bin"));
    setUpNetworkPlot(*this);
    xAxis->setLabel(tr("layer l"));
    yAxis->setLabel(tr("activation φ(h_l) (simulation)"));
    plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(tr("fraction per bin"));
    m_map->setColorScale(m_scale);
    m_map->setGradient(QCPColorGradient(QCPColorGradient::gpThermal));
    m_map->setInterpolate(false);
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
}

void DistributionPlot::draw(const NetworkAnalysis &analysis, const NetworkPlotStyle &style)
{
    Q_UNUSED(style);
    if (analysis.simulationSerial() == m_serial) return;
    m_serial = analysis.simulationSerial();
    const auto &simulation = analysis.simulation();
    if (!simulation || simulation->result.histograms.layers == 0) {
        m_map->data()->clear();
        m_map->setVisible(false);
        replot(rpQueuedReplot);
        return;
    }
    const act::LayerHistograms &h = simulation->result.histograms;
    m_map->setVisible(true);
    m_map->data()->setSize(h.layers, h.bins);
    const double binWidth = (h.max - h.min) / h.bins;
    m_map->data()->setRange(QCPRange(1, std::max(1, h.layers)),
                            QCPRange(h.min + binWidth / 2, h.max - binWidth / 2));
    double largest = 0;
    for (int l = 0; l < h.layers; ++l) {
        std::uint64_t total = h.below[std::size_t(l)] + h.above[std::size_t(l)];
        for (int b = 0; b < h.bins; ++b)
            total += h.count(l, b);
        for (int b = 0; b < h.bins; ++b) {
            const double share = total ? double(h.count(l, b)) / double(total) : 0.0;
            m_map->data()->setCell(l, b, share);
            largest = std::max(largest, share);
        }
    }
    m_map->setDataRange(QCPRange(0, largest > 0 ? largest : 1));
    xAxis->setRange(0.5, h.layers + 0.5);
    yAxis->setRange(h.min, h.max);
    replot(rpQueuedReplot);
}
