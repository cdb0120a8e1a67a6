// FunctionPlot's legend: inside the axes in the corner where its box hides the fewest drawn
// curve points, or, in a figure, below the plot when it would hide curves in every corner.
#include "FunctionPlot.h"

#include "SceneModel.h"

#include <algorithm>

int FunctionPlot::placeLegend()
{
    // The legend's own size at each corner of the axes, and the drawn points of the shown
    // curves it would cover there; the corner covering fewest wins, ties keep the top right,
    // where readers look for a key first.
    const Qt::Alignment corners[4] = {Qt::AlignTop | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft,
                                      Qt::AlignBottom | Qt::AlignRight,
                                      Qt::AlignBottom | Qt::AlignLeft};
    const QRect area = axisRect()->insetLayout()->rect();
    const QSize size = legend->minimumOuterSizeHint();
    QRect boxes[4];
    for (int i = 0; i < 4; ++i) {
        const int x = corners[i] & Qt::AlignLeft ? area.left() : area.right() - size.width();
        const int y = corners[i] & Qt::AlignTop ? area.top() : area.bottom() - size.height();
        boxes[i] = QRect(QPoint(x, y), size);
    }
    int counts[4] = {0, 0, 0, 0};
    for (CurveId id : m_model->plotted())
        for (QCPGraph *graph : curves(id).graphs) {
            if (!graph) continue;
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
                const QPointF p(xAxis->coordToPixel(it->key), yAxis->coordToPixel(it->value));
                if (!area.contains(p.toPoint())) continue;
                for (int i = 0; i < 4; ++i)
                    counts[i] += boxes[i].contains(p.toPoint());
            }
        }
    const int best = int(std::min_element(counts, counts + 4) - counts);
    const int chosen = counts[best] < counts[0] ? best : 0;
    axisRect()->insetLayout()->setInsetAlignment(0, corners[chosen]);
    return counts[chosen];
}

void FunctionPlot::placeLegendForFigure(QSize viewport)
{
    const QRect old = this->viewport();
    setViewport(QRect(QPoint(0, 0), viewport));
    fitDifferenceReadout(viewport.width());
    moveLegendInside();
    updateLayout();
    const QSize legendSize = legend->minimumOuterSizeHint();
    const QRect area = axisRect()->insetLayout()->rect();
    // More than about a third of the plot area's width or half its height is too much to hide
    // the curves behind, wherever they run.
    const bool tooBig = legendSize.width() > area.width() * 0.45 ||
                        legendSize.height() > area.height() * 0.5 ||
                        double(legendSize.width()) * legendSize.height() >
                            0.2 * double(area.width()) * area.height();
    const int covered = placeLegend();
    if (tooBig || covered > 0) {
        moveLegendBelow();
        updateLayout();
    }
    setViewport(old);
}

bool FunctionPlot::isLegendBelow() const
{
    return m_legendRow && legend->layout() == m_legendRow;
}

Qt::Alignment FunctionPlot::legendCorner() const
{
    return axisRect()->insetLayout()->insetAlignment(0);
}

void FunctionPlot::moveLegendBelow()
{
    if (isLegendBelow()) return;
    if (!m_legendRow) {
        // Spacers either side take the width the legend does not need, so it sits centred.
        m_legendRow = new QCPLayoutGrid;
        m_legendRow->setParent(this); // deleted with the plot when not in its layout
        m_legendRow->setColumnSpacing(0);
        m_legendRow->addElement(0, 0, new QCPLayoutElement(this));
        m_legendRow->addElement(0, 2, new QCPLayoutElement(this));
        m_legendRow->setColumnStretchFactors({1000.0, 0.001, 1000.0});
        m_legendRow->setMargins(QMargins(0, 0, 0, 4));
    }
    const Qt::Alignment corner = legendCorner();
    axisRect()->insetLayout()->take(legend);
    axisRect()->insetLayout()->simplify();
    m_legendRow->addElement(0, 1, legend);
    m_legendRow->setColumnStretchFactors({1000.0, 0.001, 1000.0});
    // Below everything, the difference panel of a comparison too.
    const int row = plotLayout()->rowCount();
    plotLayout()->addElement(row, 0, m_legendRow);
    plotLayout()->setRowStretchFactor(row, 0.001);
    plotLayout()->setRowSpacing(0);
    // In rows across the figure: as many entries a row as fit its width.
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i)
        widest = std::max(widest, legend->item(i)->minimumOuterSizeHint().width());
    const int columns =
        std::clamp((viewport().width() - 20) / widest, 1, std::max(1, legend->itemCount()));
    legend->setWrap(columns);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    legend->setProperty("insideCorner", int(corner));
}

void FunctionPlot::moveLegendInside()
{
    if (!isLegendBelow()) return;
    m_legendRow->take(legend);
    plotLayout()->take(m_legendRow);
    plotLayout()->simplify();
    legend->setWrap(32);
    legend->setFillOrder(QCPLegend::foRowsFirst, true);
    axisRect()->insetLayout()->addElement(legend,
                                          Qt::Alignment(legend->property("insideCorner").toInt()));
}
