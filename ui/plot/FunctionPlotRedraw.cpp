// The two redraw paths: everything (QCustomPlot::replot), or only the ghost and live layers,
// each cleared where it drew, drawn again, and repainted on the widget only where the drawing
// changed; and the paint event, which composites those buffers only where their layers drew.
#include "FunctionPlot.h"

#include <algorithm>
#include <optional>

namespace {

// QCPLayer keeps its buffer and its drawing into it protected; its public replot() clears the
// whole buffer and repaints the whole widget. A derived class's name reaches them (never made).
struct LayerAccess : QCPLayer
{
    static QSharedPointer<QCPAbstractPaintBuffer> buffer(QCPLayer *layer)
    {
        return (layer->*&LayerAccess::mPaintBuffer).toStrongRef();
    }
    static void drawToBuffer(QCPLayer *layer) { (layer->*&LayerAccess::drawToPaintBuffer)(); }
};

// Transparent wherever `region` is, and only there.
void clear(QCPAbstractPaintBuffer &buffer, const QRegion &region, const QRect &viewport)
{
    if (region.isEmpty()) return;
    if ((QRegion(viewport) - region).isEmpty()) {
        buffer.clear(Qt::transparent);
        return;
    }
    QCPPainter *painter = buffer.startPainting();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRect &rect : region)
        painter->fillRect(rect, Qt::transparent);
    delete painter;
    buffer.donePainting();
}

} // namespace

void FunctionPlot::scheduleRedraw(bool full)
{
    const bool idle = !m_fullRedrawPending && !m_liveRedrawPending;
    (full ? m_fullRedrawPending : m_liveRedrawPending) = true;
    // Many slider events in one pass of the event loop make one frame.
    if (idle) QMetaObject::invokeMethod(this, &FunctionPlot::flushRedraw, Qt::QueuedConnection);
}

void FunctionPlot::flushRedraw()
{
    const bool full = m_fullRedrawPending;
    const bool live = m_liveRedrawPending;
    m_fullRedrawPending = m_liveRedrawPending = false;
    if (full) {
        fitDifferenceReadout(viewport().width());
        placeLegend();
    }
    if (full || (live && m_alwaysReplotAll))
        replot(QCustomPlot::rpQueuedReplot); // merges with QCustomPlot's own pan/zoom replot
    else if (live)
        redrawLive();
}

void FunctionPlot::trackBufferedLayers()
{
    for (QCPLayer *layer : {this->layer("overlay"), m_ghostLayer, m_liveLayer})
        m_tracked.push_back({layer, LayerDamage()});
    // A full replot draws every layer: what each covers then is what a later frame clears, and
    // where the paint event composites its buffer. A paint inside the replot (an immediate
    // refresh) comes before that record, and composites whole buffers. (QCustomPlot's overlay
    // would be drawn by QCPLayer::replot() only for a selection rectangle, which is never on.)
    connect(this, &QCustomPlot::beforeReplot, this, [this] { m_replotting = true; });
    connect(this, &QCustomPlot::afterReplot, this, [this] {
        m_replotting = false;
        m_liveRepaint = QRegion();
        for (TrackedLayer &tracked : m_tracked)
            tracked.damage.record(*tracked.layer);
    });
}

void FunctionPlot::redrawLive()
{
    // Buffers not yet laid out for this size or pixel ratio: QCustomPlot redraws them all.
    if (hasInvalidatedPaintBuffers()) {
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    QRegion changed;
    for (TrackedLayer &tracked : m_tracked) {
        if (tracked.layer != m_ghostLayer && tracked.layer != m_liveLayer) continue;
        const QSharedPointer<QCPAbstractPaintBuffer> buffer = LayerAccess::buffer(tracked.layer);
        if (!buffer) {
            replot(QCustomPlot::rpQueuedReplot);
            return;
        }
        const LayerDamage::Change change = tracked.damage.redraw(*tracked.layer);
        if (change.changed.isEmpty()) continue; // nothing on the layer moved
        // Outside what the last drawing covered the buffer is transparent already, so clearing
        // only there and drawing everything again gives what clearing all of it would.
        clear(*buffer, change.drawn, QRect(QPoint(0, 0), viewport().size()));
        LayerAccess::drawToBuffer(tracked.layer);
        buffer->setInvalidated(false);
        changed += change.changed;
    }
    m_liveRepaint = changed;
    // The paint event composites the buffers, clipped to this.
    if (!changed.isEmpty()) update(changed);
}

void FunctionPlot::paintEvent(QPaintEvent *)
{
    QCPPainter painter(this);
    if (!painter.isActive()) return;
    if (mBackgroundBrush.style() != Qt::NoBrush) painter.fillRect(mViewport, mBackgroundBrush);
    drawBackground(&painter);
    for (const QSharedPointer<QCPAbstractPaintBuffer> &buffer : mPaintBuffers) {
        const auto tracked =
            std::find_if(m_tracked.begin(), m_tracked.end(), [&](const TrackedLayer &t) {
                return LayerAccess::buffer(t.layer) == buffer;
            });
        const std::optional<QRegion> drawn =
            tracked == m_tracked.end() || m_replotting ? std::nullopt : tracked->damage.drawn();
        if (!drawn) {
            buffer->draw(&painter);
            continue;
        }
        // Elsewhere the buffer is transparent: compositing it there changes nothing.
        if (drawn->isEmpty()) continue;
        painter.save();
        painter.setClipRegion(*drawn, Qt::IntersectClip);
        buffer->draw(&painter);
        painter.restore();
    }
}
