// See PlotRefresh.h.
#include "PlotRefresh.h"

#include <qcustomplot.h>

PlotRefresh::PlotRefresh(QCustomPlot *plot, QCPLayer *live)
    : QObject(plot), m_plot(plot), m_live(live)
{
    // Any replot, asked for here or not (a resize), draws the live layer too.
    connect(plot, &QCustomPlot::afterReplot, this, [this] { m_fullPending = false; });
}

void PlotRefresh::replotAll()
{
    m_fullPending = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotRefresh::replotLive()
{
    if (!m_live) return replotAll();
    if (m_fullPending || m_livePending) return;
    m_livePending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_livePending = false;
            if (m_fullPending) return;
            ++m_liveReplots;
            // Redraws the layer's buffer and repaints; a full replot when the buffers are
            // not valid (a resize since).
            m_live->replot();
        },
        Qt::QueuedConnection);
}
