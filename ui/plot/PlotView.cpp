// The mouse and the keyboard on the function plot: pan, zoom, and the trace cursor.
#include "PlotView.h"

#include "SceneModel.h"
#include "TraceReadout.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

double component(const act::Derivatives &d, int order)
{
    return order == 0 ? d.f : order == 1 ? d.d1 : d.d2;
}

QString orderSymbol(int order)
{
    static const char *const kSymbols[3] = {"<i>f</i>", "<i>f</i>′", "<i>f</i>″"};
    return QString::fromUtf8(kSymbols[order]);
}

// The keys the cursor takes while the plot has focus, before any window shortcut (presentation
// mode's ←/→ step through functions only while the plot does not have focus).
bool isZoomKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers extra =
        event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    return extra == Qt::NoModifier &&
           (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal ||
            event->key() == Qt::Key_Minus);
}

bool isArrow(int key)
{
    return key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
}

// Ctrl+arrows pan, Ctrl+Shift+arrows zoom one axis.
bool isPanKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    return isArrow(event->key()) &&
           (mods == Qt::ControlModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier));
}

bool isTraceKey(const QKeyEvent *event)
{
    if (isZoomKey(event) || isPanKey(event)) return true;
    const Qt::KeyboardModifiers extra =
        event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (extra != Qt::NoModifier) return false;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        return true;
    default:
        return false;
    }
}

} // namespace

PlotView::PlotView(SceneModel *model, QWidget *parent) : FunctionPlot(model, parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setMinimumSize(400, 300);
    setMouseTracking(true);          // the hover readout follows the pointer without a button down
    setFocusPolicy(Qt::StrongFocus); // a click or Tab: the arrow keys trace
    setAccessibleName(tr("Function plot"));
    setAccessibleDescription(
        tr("Left and Right move the trace cursor along the curve (Shift: larger steps), Home and "
           "End go to the ends of the view, Up and Down choose the traced curve. Ctrl with the "
           "arrows pans, plus and minus zoom, Ctrl+Shift with the arrows zooms one axis, R "
           "resets the view."));

    m_tracer = new QCPItemTracer(this);
    m_tracer->setLayer(liveLayer());
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setVisible(false);
    m_readout = new TraceReadout(this);
    curvesRebuilt();

    for (QCPAxis *axis : {xAxis, yAxis})
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                &PlotView::writeViewToModel);
    connect(model, &SceneModel::viewChanged, this, &PlotView::updateCursor);
    // What the description says (FunctionPlot::accessibleSummary) follows the scene.
    const auto announce = [this] { accessibility::summaryChanged(this); };
    connect(model, &SceneModel::currentChanged, this, announce);
    connect(model, &SceneModel::overlayChanged, this, announce);
    connect(model, &SceneModel::parametersChanged, this, announce);
    connect(model, &SceneModel::formulasChanged, this, announce);
    connect(model, &SceneModel::orderShownChanged, this, announce);
    connect(model, &SceneModel::comparisonChanged, this, announce);
    connect(model, &SceneModel::viewChanged, this, announce);
    connect(model, &SceneModel::parametersChanged, this, [this](CurveId id) {
        if (id == tracedFunction()) updateCursor();
    });
}

void PlotView::resetView()
{
    model()->resetView();
}

void PlotView::zoom(double factor)
{
    const ViewRange &view = model()->view();
    const double cx = isCursorShown() ? *m_cursorX : (view.xMin + view.xMax) / 2;
    const double cy = (view.yMin + view.yMax) / 2;
    model()->setView({cx + (view.xMin - cx) * factor, cx + (view.xMax - cx) * factor,
                      cy + (view.yMin - cy) * factor, cy + (view.yMax - cy) * factor});
}

void PlotView::zoomAxis(QCPAxis *axis, double factor)
{
    const QCPRange range = axis->range();
    const double centre =
        axis == xAxis && isCursorShown() ? *m_cursorX : (range.lower + range.upper) / 2;
    axis->scaleRange(factor, centre); // rangeChanged writes the model's view
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::addActions(QMenu *menu)
{
    QAction *in = menu->addAction(tr("Zoom &In"));
    in->setObjectName("zoomIn");
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    in->setToolTip(tr("Show a smaller range about the trace cursor or the centre (+ on the plot)"));
    connect(in, &QAction::triggered, this, [this] { zoom(kZoomFactor); });
    QAction *out = menu->addAction(tr("Zoom &Out"));
    out->setObjectName("zoomOut");
    out->setShortcut(QKeySequence::ZoomOut);
    out->setToolTip(tr("Show a larger range (− on the plot)"));
    connect(out, &QAction::triggered, this, [this] { zoom(1 / kZoomFactor); });
}

bool PlotView::navigate(const QKeyEvent *event)
{
    if (isZoomKey(event)) {
        zoom(event->key() == Qt::Key_Minus ? 1 / kZoomFactor : kZoomFactor);
        return true;
    }
    if (!isPanKey(event)) return false;
    const bool horizontal = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
    QCPAxis *axis = horizontal ? xAxis : yAxis;
    const bool forward = event->key() == Qt::Key_Right || event->key() == Qt::Key_Up;
    if (event->modifiers() & Qt::ShiftModifier) {
        // → and ↑ widen what is shown along that axis, ← and ↓ narrow it.
        zoomAxis(axis, forward ? 1 / kZoomFactor : kZoomFactor);
        return true;
    }
    axis->moveRange((forward ? 1 : -1) * kPanFraction * axis->range().size());
    replot(QCustomPlot::rpQueuedReplot);
    return true;
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

CurveId PlotView::tracedFunction() const
{
    if (m_traced && model()->isPlotted(*m_traced)) return *m_traced;
    return model()->current();
}

bool PlotView::isCursorShown() const
{
    if (!m_cursorX || !(m_hovering || hasFocus())) return false;
    const ViewRange &view = model()->view();
    return *m_cursorX >= view.xMin && *m_cursorX <= view.xMax;
}

QPointF PlotView::cursorPoint() const
{
    return m_tracer->position->coords();
}

void PlotView::mouseMoveEvent(QMouseEvent *event)
{
    FunctionPlot::mouseMoveEvent(event);
    if (!axisRect()->rect().contains(event->position().toPoint())) {
        leaveEvent(event);
        return;
    }
    const double x = xAxis->pixelToCoord(event->position().x());
    m_hovering = true;
    m_pointer = event->position();
    m_cursorX = x; // the keys go on from where the pointer was
    updateCursor();
    emit hovered(x, model()->valuesAt(tracedFunction(), x));
}

void PlotView::leaveEvent(QEvent *event)
{
    FunctionPlot::leaveEvent(event);
    if (!m_hovering) return;
    m_hovering = false;
    updateCursor(); // with focus it stays, its readout next to the marker
    emit hoverLeft();
}

void PlotView::keyPressEvent(QKeyEvent *event)
{
    if (!isTraceKey(event)) {
        FunctionPlot::keyPressEvent(event);
        return;
    }
    m_hovering = false; // the readout goes next to the marker the keys move
    if (navigate(event)) {
        event->accept();
        return;
    }
    const bool big = event->modifiers() & Qt::ShiftModifier;
    const ViewRange &view = model()->view();
    switch (event->key()) {
    case Qt::Key_Left:
        stepCursor(big ? -kShiftStepFactor : -1);
        break;
    case Qt::Key_Right:
        stepCursor(big ? kShiftStepFactor : 1);
        break;
    case Qt::Key_Home:
        moveCursor(view.xMin);
        break;
    case Qt::Key_End:
        moveCursor(view.xMax);
        break;
    case Qt::Key_Up:
        switchTraced(-1);
        break;
    case Qt::Key_Down:
        switchTraced(+1);
        break;
    }
    event->accept();
}

void PlotView::focusInEvent(QFocusEvent *event)
{
    FunctionPlot::focusInEvent(event);
    // Tabbed to: the cursor shows at once, where it was or in the middle of the view.
    const ViewRange &view = model()->view();
    if (!m_cursorX || *m_cursorX < view.xMin || *m_cursorX > view.xMax)
        m_cursorX = view.xMin + (view.xMax - view.xMin) / 2;
    updateCursor();
    update(); // the focus frame
}

void PlotView::focusOutEvent(QFocusEvent *event)
{
    FunctionPlot::focusOutEvent(event);
    updateCursor();
    update();
}

void PlotView::paintEvent(QPaintEvent *event)
{
    FunctionPlot::paintEvent(event);
    if (!hasFocus()) return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void PlotView::moveCursor(double x)
{
    const ViewRange &view = model()->view();
    m_cursorX = std::clamp(x, view.xMin, view.xMax);
    updateCursor();
}

void PlotView::stepCursor(double steps)
{
    const ViewRange &view = model()->view();
    const double from =
        m_cursorX ? std::clamp(*m_cursorX, view.xMin, view.xMax) : (view.xMin + view.xMax) / 2;
    double to = from + steps * (view.xMax - view.xMin) / kStepsPerView;
    // A jump on the way is a stop: its one-sided values are worth reading.
    for (const act::Discontinuity &jump : model()->jumpsOf(tracedFunction())) {
        if (steps > 0 && jump.x > from && jump.x < to) {
            to = jump.x;
            break;
        }
        if (steps < 0 && jump.x < from && jump.x > to) to = jump.x; // the last one below
    }
    moveCursor(to);
}

void PlotView::switchTraced(int delta)
{
    const std::vector<CurveId> &plotted = model()->plotted();
    if (plotted.empty()) return;
    const auto at = std::find(plotted.begin(), plotted.end(), tracedFunction());
    const int n = static_cast<int>(plotted.size());
    const int index = ((at == plotted.end() ? 0 : int(at - plotted.begin())) + delta % n + n) % n;
    if (index == 0)
        m_traced.reset(); // the current function, whichever it becomes
    else
        m_traced = plotted[std::size_t(index)];
    if (!m_cursorX) {
        const ViewRange &view = model()->view();
        m_cursorX = (view.xMin + view.xMax) / 2;
    }
    curvesRebuilt(); // the marker takes the traced curve's colour
}

void PlotView::updateCursor()
{
    if (!m_tracer || !m_readout) return;
    int order = 0;
    while (order < 3 && !model()->isOrderShown(order))
        ++order;
    if (!isCursorShown()) {
        if (m_tracer->visible()) {
            m_tracer->setVisible(false);
            scheduleRedraw(false);
        }
        m_readout->hide();
        if (!m_readoutLine.isEmpty()) {
            m_readoutLine.clear();
            m_spokenReadout.clear();
            emit readoutChanged(m_readoutLine);
            accessibility::readoutChanged(this);
        }
        return;
    }
    const CurveId id = tracedFunction();
    const double x = *m_cursorX;
    const act::Derivatives values = model()->valuesAt(id, x);
    const double y = order < 3 ? component(values, order) : 0.0;
    m_tracer->position->setCoords(x, y);
    m_tracer->setVisible(order < 3 && std::isfinite(y));
    scheduleRedraw(false);

    const QString name = model()->curveName(id).toHtmlEscaped();
    const QString xText = TraceReadout::number(x);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(name),
                      QStringLiteral("<i>x</i> = %1").arg(xText)};
    QStringList parts;
    for (int k = 0; k < 3; ++k) {
        const QString value = TraceReadout::number(component(values, k));
        lines << QStringLiteral("%1 = %2").arg(orderSymbol(k), value);
        parts << QStringLiteral("%1(<i>x</i>) = %2").arg(orderSymbol(k), value);
    }
    QString spoken = tr("%1 at x = %2: f = %3, f′ = %4, f″ = %5")
                         .arg(model()->curveName(id), xText, TraceReadout::number(values.f),
                              TraceReadout::number(values.d1), TraceReadout::number(values.d2));
    for (const act::Discontinuity &jump : model()->jumpsOf(id))
        if (jump.x == x) {
            lines << tr("%1 jumps here: the one-sided value").arg(orderSymbol(jump.order));
            spoken += QLatin1String(". ") + accessibility::plainText(lines.back());
        }
    m_readout->setText(lines.join(QStringLiteral("<br>")));
    m_readout->setColours(background(), xAxis->tickLabelColor(), colourOf(id));
    m_readout->show();
    const QPointF marker(xAxis->coordToPixel(x),
                         std::isfinite(y) ? yAxis->coordToPixel(y) : axisRect()->center().y());
    placeReadout(m_hovering ? m_pointer : marker);

    const QString line = tr("<b>%1</b>: &nbsp; <i>x</i> = %2 &nbsp;&nbsp; %3")
                             .arg(name, xText, parts.join(QStringLiteral(" &nbsp;&nbsp; ")));
    if (line != m_readoutLine || spoken != m_spokenReadout) {
        m_readoutLine = line;
        m_spokenReadout = spoken;
        emit readoutChanged(m_readoutLine);
        accessibility::readoutChanged(this);
    }
}

void PlotView::placeReadout(const QPointF &anchor)
{
    // Above and to the right of the point, turned to whichever side keeps it inside the axes.
    constexpr int kGap = 14;
    const QRect area = axisRect()->rect();
    const QSize size = m_readout->size();
    const int ax = int(std::lround(std::clamp(anchor.x(), -1e6, 1e6)));
    const int ay =
        int(std::lround(std::clamp(anchor.y(), double(area.top()), double(area.bottom()))));
    int left = ax + kGap;
    if (left + size.width() > area.right()) left = ax - kGap - size.width();
    int top = ay - kGap - size.height();
    if (top < area.top()) top = ay + kGap;
    left = std::clamp(left, area.left(), std::max(area.left(), area.right() - size.width()));
    top = std::clamp(top, area.top(), std::max(area.top(), area.bottom() - size.height()));
    m_readout->move(left, top);
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
    if (event->type() == QEvent::ShortcutOverride && isTraceKey(static_cast<QKeyEvent *>(event))) {
        event->accept(); // the key comes to keyPressEvent instead of a window shortcut
        return true;
    }
    return FunctionPlot::event(event);
}

void PlotView::curvesRebuilt()
{
    if (!m_tracer) return;
    // Markers grow with the lines, but less: at 2.5x lines, 2.5x dots would hide the curves.
    const double markerScale = std::sqrt(lineScale());
    QColor see = background();
    see.setAlpha(200);
    m_tracer->setPen(QPen(colourOf(tracedFunction()), 1.5 * markerScale));
    m_tracer->setBrush(see);
    m_tracer->setSize(9 * markerScale);
    updateCursor(); // the traced curve or the shown orders may have changed
}
