// The mouse on the function plot: pan, zoom, hover.
#include "PlotView.h"

#include "SceneModel.h"

#include <cmath>

PlotView::PlotView(SceneModel *model, QWidget *parent) : FunctionPlot(model, parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setMinimumSize(400, 300);
    setMouseTracking(true); // the hover readout follows the pointer without a button down

    m_tracer = new QCPItemTracer(this);
    m_tracer->setLayer(liveLayer());
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setInterpolating(true);
    m_tracer->setVisible(false);
    curvesRebuilt();

    for (QCPAxis *axis : {xAxis, yAxis})
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                &PlotView::writeViewToModel);
}

void PlotView::resetView()
{
    model()->resetView();
}

void PlotView::writeViewToModel()
{
    const ViewRange view{xAxis->range().lower, xAxis->range().upper, yAxis->range().lower,
                         yAxis->range().upper};
    // QCustomPlot refuses ranges it cannot show, and so does the model: they agree.
    model()->setView(view);
}

void PlotView::wheelEvent(QWheelEvent *event)
{
    const QRect area = axisRect()->rect();
    const QPointF at = event->position();
    QCPAxis *axis = nullptr;
    if (event->modifiers() & Qt::ShiftModifier)
        axis = xAxis;
    else if (event->modifiers() & Qt::ControlModifier)
        axis = yAxis;
    else if (at.x() >= area.left() && at.x() <= area.right() && at.y() > area.bottom())
        axis = xAxis; // over the x axis' ticks and label
    else if (at.y() >= area.top() && at.y() <= area.bottom() && at.x() < area.left())
        axis = yAxis;
    if (!axis) {
        FunctionPlot::wheelEvent(event); // both axes, about the pointer
        return;
    }
    // QCustomPlot's own wheel steps: one notch scales by its zoom factor (0.85).
    const double steps = event->angleDelta().y() / 120.0 + event->angleDelta().x() / 120.0;
    const Qt::Orientation orientation = axis == xAxis ? Qt::Horizontal : Qt::Vertical;
    const double factor = std::pow(axisRect()->rangeZoomFactor(orientation), steps);
    const double centre = axis->pixelToCoord(axis == xAxis ? at.x() : at.y());
    axis->scaleRange(factor, centre);
    replot(QCustomPlot::rpQueuedReplot);
    event->accept();
}

void PlotView::setBufferScale(double ratio)
{
    m_bufferScaleOverride = ratio;
    setBufferDevicePixelRatio(ratio > 0 ? ratio : devicePixelRatioF());
    restyle(); // hairline widths depend on the pixel ratio
    scheduleRedraw(true);
}

void PlotView::mouseMoveEvent(QMouseEvent *event)
{
    FunctionPlot::mouseMoveEvent(event);
    const double x = xAxis->pixelToCoord(event->position().x());
    if (!axisRect()->rect().contains(event->position().toPoint()) || !m_tracer->graph()) {
        leaveEvent(event);
        return;
    }
    m_tracer->setGraphKey(x);
    m_tracer->setVisible(true);
    scheduleRedraw(false);
    if (const auto activation = model()->activation(model()->current()))
        emit hovered(x, activation->evaluate(x));
}

void PlotView::leaveEvent(QEvent *event)
{
    FunctionPlot::leaveEvent(event);
    if (m_tracer->visible()) {
        m_tracer->setVisible(false);
        scheduleRedraw(false);
    }
    emit hoverLeft();
}

void PlotView::showEvent(QShowEvent *event)
{
    FunctionPlot::showEvent(event);
    // The screen is only known once shown; the buffers must match it to stay sharp.
    setBufferScale(m_bufferScaleOverride);
}

bool PlotView::event(QEvent *event)
{
    if (event->type() == QEvent::ScreenChangeInternal) setBufferScale(m_bufferScaleOverride);
    return FunctionPlot::event(event);
}

void PlotView::curvesChanging()
{
    if (m_tracer) m_tracer->setGraph(nullptr); // it holds a raw pointer; set again after
}

void PlotView::curvesRebuilt()
{
    if (!m_tracer) return;
    QCPGraph *target = currentGraph();
    m_tracer->setGraph(target);
    if (!target) m_tracer->setVisible(false);
    // Markers grow with the lines, but less: at 2.5x lines, 2.5x dots would hide the curves.
    const double markerScale = std::sqrt(lineScale());
    QColor see = background();
    see.setAlpha(200);
    m_tracer->setPen(QPen(colourOf(model()->current()), 1.5 * markerScale));
    m_tracer->setBrush(see);
    m_tracer->setSize(9 * markerScale);
}
