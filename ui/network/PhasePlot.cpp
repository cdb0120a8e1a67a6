// See PhasePlot.h.
#include "PhasePlot.h"

#include "PlotRefresh.h"

#include <QLocale>

#include <cmath>

PhasePlot::PhasePlot(QWidget *parent)
    : QCustomPlot(parent), m_line(new QCPCurve(xAxis, yAxis)), m_point(addGraph()),
      m_ordered(new QCPItemText(this)), m_chaotic(new QCPItemText(this))
{
    // Tick labels with a decimal point, as every other number in the window (README).
    setLocale(QLocale::c());
    setObjectName("phasePlot");
    setAccessibleName(tr("Order-to-chaos map"));
    setAccessibleDescription(tr("The weight and bias variance plane with the line where χ1 = 1 "
                                "and the current settings marked"));
    setUpNetworkPlot(*this);
    addLayer(QStringLiteral("live"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_live = layer(QStringLiteral("live"));
    m_live->setMode(QCPLayer::lmBuffered);
    m_point->setLayer(m_live);
    m_refresh = new PlotRefresh(this, m_live);
    xAxis->setLabel(tr("weight variance σw²"));
    yAxis->setLabel(tr("bias variance σb²"));
    xAxis->setRange(0, 5);
    yAxis->setRange(0, NetworkAnalysis::kPhaseMaxBias);
    m_line->setName(tr("χ1(q*) = 1"));
    m_point->setLineStyle(QCPGraph::lsNone);
    m_point->setName(tr("these settings"));
    for (QCPItemText *text : {m_ordered, m_chaotic}) {
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->setClipToAxisRect(true);
    }
    m_ordered->setText(tr("ordered: gradients vanish"));
    m_ordered->position->setCoords(0.03, 0.06);
    m_ordered->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_chaotic->setText(tr("chaotic: gradients explode"));
    m_chaotic->position->setCoords(0.97, 0.94);
    m_chaotic->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void PhasePlot::draw(const NetworkAnalysis &analysis, const NetworkSetup &network,
                     const NetworkPlotStyle &style)
{
    bool full = false, live = false;
    const auto &line = analysis.phaseLine();
    const QPen linePen(line ? style.colour(line->id) : style.foreground(), 2.0 * style.lineScale);
    if (analysis.phaseLineSerial() != m_lineSerial) {
        m_lineSerial = analysis.phaseLineSerial();
        QVector<double> t, x, y;
        if (line)
            for (std::size_t i = 0; i < line->biasVariance.size(); ++i) {
                t << double(i);
                x << line->weightVariance[i]; // NaN: a gap where χ1 = 1 is not crossed
                y << line->biasVariance[i];
            }
        m_line->setData(t, x, y, true);
        full = true;
    }
    if (m_line->pen() != linePen) {
        m_line->setPen(linePen);
        full = true;
    }
    const auto point = m_point->data()->constBegin();
    if (m_point->dataCount() != 1 || point->key != network.weightVariance ||
        point->value != network.biasVariance) {
        m_point->setData({network.weightVariance}, {network.biasVariance}, true);
        live = true;
    }
    const QPen pointPen(style.foreground(), 1.5 * style.lineScale);
    const double pointSize = 11 * style.lineScale;
    if (m_point->scatterStyle().pen() != pointPen || m_point->scatterStyle().size() != pointSize) {
        m_point->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCrossCircle, pointPen, Qt::NoBrush, pointSize));
        full = true; // the legend shows it too
    }
    // The current point stays in view even when typed beyond the sliders' ranges.
    const QCPRange x(0, std::max(5.0, network.weightVariance * 1.1));
    const QCPRange y(0, std::max(NetworkAnalysis::kPhaseMaxBias, network.biasVariance * 1.1));
    if (xAxis->range() != x || yAxis->range() != y) {
        xAxis->setRange(x);
        yAxis->setRange(y);
        full = true;
    }
    if (full)
        m_refresh->replotAll();
    else if (live)
        m_refresh->replotLive();
}
