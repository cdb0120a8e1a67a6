// See DirectionPlot.h.
#include "DirectionPlot.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

DirectionPlot::DirectionPlot(QWidget *parent) : QCustomPlot(parent)
{
    // Tick labels with a decimal point, as every other number in the window (README).
    setLocale(QLocale::c());
    setObjectName("directionPlot");
    setAccessibleName(tr("Output along one input direction"));
    setAccessibleDescription(
        tr("Outputs of the last layer for the inputs x = t·u, u a random unit vector"));
    setUpNetworkPlot(*this);
    xAxis->setLabel(tr("t/√N along the input direction u"));
    yAxis->setLabel(tr("outputs h_L of the last layer"));
    for (int k = 0; k < NetworkAnalysis::kDirectionOutputs; ++k)
        addGraph();
}

void DirectionPlot::draw(const NetworkAnalysis &analysis, const NetworkPlotStyle &style)
{
    const auto &simulation = analysis.simulation();
    const QColor base = simulation ? style.colour(simulation->id) : style.foreground();
    if (analysis.simulationSerial() == m_serial && base == m_colour &&
        style.lineScale == m_lineScale)
        return;
    m_serial = analysis.simulationSerial();
    m_colour = base;
    m_lineScale = style.lineScale;
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (int k = 0; k < graphCount(); ++k) {
        QVector<double> x, y;
        QColor colour = base;
        if (simulation && std::size_t(k) < simulation->directionOutputs.size()) {
            const auto &values = simulation->directionOutputs[std::size_t(k)];
            for (std::size_t i = 0; i < values.size(); ++i) {
                x << simulation->directionT[i];
                y << values[i];
                if (std::isfinite(values[i])) {
                    low = std::min(low, values[i]);
                    high = std::max(high, values[i]);
                }
            }
        }
        // One colour, lighter for each further output.
        colour.setAlphaF(1.0 - 0.2 * k);
        graph(k)->setPen(QPen(colour, (k == 0 ? 2.0 : 1.2) * style.lineScale));
        graph(k)->setData(x, y, true);
    }
    if (!(low <= high)) low = -1, high = 1;
    const double pad = high > low ? 0.08 * (high - low) : 1.0;
    yAxis->setRange(low - pad, high + pad);
    xAxis->setRange(-NetworkAnalysis::kDirectionReach, NetworkAnalysis::kDirectionReach);
    replot(rpQueuedReplot);
}
