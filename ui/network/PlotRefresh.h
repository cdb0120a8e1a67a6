// Coalesces a network plot's redraws into one per pass of the event loop: a full replot
// (QCustomPlot's queued one) when axes, legend or anything on the shared layers changed, or,
// when only the curves on the plot's buffered live layer changed, that layer's alone (the
// other layers' buffers are composited as they are). Counts the live redraws for tests; full
// ones are the plot's afterReplot signal.
#pragma once

#include <QObject>

class QCPLayer;
class QCustomPlot;

class PlotRefresh : public QObject
{
    Q_OBJECT

public:
    // `live` may be null: then every redraw is a full one.
    PlotRefresh(QCustomPlot *plot, QCPLayer *live);

    void replotAll();
    // Only the live layer; nothing more while a full replot is due.
    void replotLive();
    int liveReplots() const { return m_liveReplots; }

private:
    QCustomPlot *m_plot;
    QCPLayer *m_live;
    bool m_fullPending = false;
    bool m_livePending = false;
    int m_liveReplots = 0;
};
