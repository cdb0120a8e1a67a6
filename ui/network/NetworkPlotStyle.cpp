// See NetworkPlotStyle.h.
#include "NetworkPlotStyle.h"

#include "MinusSignTicker.h"
#include "PlotAxes.h"

#include <qcustomplot.h>

void setUpNetworkPlot(QCustomPlot &plot)
{
    plotaxes::keepLabelsInside(plot);
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis})
        axis->setTicker(QSharedPointer<MinusSignTicker>::create());
    plot.legend->setVisible(false);
    plot.setNoAntialiasingOnDrag(true);
    plot.setPlottingHint(QCP::phFastPolylines);
    plot.setMinimumSize(260, 200);
}
