// The two redraw paths: everything (QCustomPlot::replot), or only the ghost and live layers,
// each cleared where it drew, drawn again, and repainted on the widget only where the drawing
// changed; and the paint event, which composites those buffers only where their layers drew.
#include "FunctionPlot.h"

#include <algorithm>
#include <functional>
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

// The pixels a QCPPaintBufferPixmap holds (protected; a derived class's name reaches them).
struct PixmapAccess : QCPPaintBufferPixmap
{
    static const QPixmap *pixmap(const QCPAbstractPaintBuffer &buffer)
    {
        const auto *pixmapBuffer = dynamic_cast<const QCPPaintBufferPixmap *>(&buffer);
        return pixmapBuffer ? &(pixmapBuffer->*&PixmapAccess::mBuffer) : nullptr;
    }
};

// Qt's raster engine hands a fill or blend of 96 spans or more (one span per row of a rectangle)
// to its GUI thread pool in pieces of 64 rows, and waits for them: for a strip of a frame's
// damage, 16 pixels wide, each piece is a microsecond of blending behind a wake-up of a pool
// thread, and a frame made a hundred of them. Narrow rectangles go in bands below that count;
// wide ones, as a full replot's, are worth the threads and stay whole.
constexpr int kBandRows = 95;
constexpr int kNarrow = 512;

template <typename Draw> void forEachBand(const QRegion &region, Draw draw)
{
    for (const QRect &rect : region) {
        if (rect.width() >= kNarrow || rect.height() <= kBandRows) {
            draw(rect);
            continue;
        }
        for (int top = rect.top(); top <= rect.bottom(); top += kBandRows)
            draw(QRect(rect.left(), top, rect.width(),
                       std::min(kBandRows, rect.bottom() + 1 - top)));
    }
}

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
    forEachBand(region, [&](const QRect &band) { painter->fillRect(band, Qt::transparent); });
    delete painter;
    buffer.donePainting();
}

// Under every other layer: the plot's background brush over the whole viewport, drawn only into
// its plot's bottom paint buffer (a figure, or toPixmap, fills the background itself).
class BaseFill : public QCPLayerable
{
public:
    BaseFill(QCustomPlot *plot, const QString &layer, std::function<bool(QCPPainter *)> fill)
        : QCPLayerable(plot, layer), m_fill(std::move(fill))
    {
    }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override
    {
        painter->setAntialiasing(false);
    }
    void draw(QCPPainter *painter) override { m_fill(painter); }

private:
    std::function<bool(QCPPainter *)> m_fill;
};

} // namespace

void FunctionPlot::addBaseFill()
{
    addLayer(QStringLiteral("baseFill"), layer("background"), QCustomPlot::limBelow);
    new BaseFill(this, QStringLiteral("baseFill"), [this](QCPPainter *painter) {
        if (!isBaseBuffer(painter->device())) return false;
        const bool opaque = mBackgroundBrush.isOpaque() && mBackgroundPixmap.isNull();
        m_baseFill.reset();
        if (!opaque) return false;
        painter->fillRect(viewport(), mBackgroundBrush);
        m_baseFill = mBackgroundBrush;
        return true;
    });
}

bool FunctionPlot::isBaseBuffer(const QPaintDevice *device) const
{
    return !mPaintBuffers.isEmpty() && PixmapAccess::pixmap(*mPaintBuffers.first()) == device;
}

bool FunctionPlot::baseBufferOpaque() const
{
    return !mPaintBuffers.isEmpty() && !mPaintBuffers.first()->invalidated() && m_baseFill &&
           *m_baseFill == mBackgroundBrush && mBackgroundPixmap.isNull();
}

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

void FunctionPlot::paintEvent(QPaintEvent *event)
{
    QCPPainter painter(this);
    if (!painter.isActive()) return;
    const QRegion exposed = event->region() & mViewport;
    // An opaque bottom buffer covers the background: copied, not blended over it.
    const bool opaqueBase = baseBufferOpaque();
    if (!opaqueBase) {
        if (mBackgroundBrush.style() != Qt::NoBrush)
            forEachBand(exposed,
                        [&](const QRect &band) { painter.fillRect(band, mBackgroundBrush); });
        drawBackground(&painter);
    }
    for (const QSharedPointer<QCPAbstractPaintBuffer> &buffer : mPaintBuffers) {
        const bool copy = opaqueBase && buffer == mPaintBuffers.first();
        painter.setCompositionMode(copy ? QPainter::CompositionMode_Source
                                        : QPainter::CompositionMode_SourceOver);
        const auto tracked =
            std::find_if(m_tracked.begin(), m_tracked.end(), [&](const TrackedLayer &t) {
                return LayerAccess::buffer(t.layer) == buffer;
            });
        const std::optional<QRegion> drawn =
            tracked == m_tracked.end() || m_replotting ? std::nullopt : tracked->damage.drawn();
        // Elsewhere the buffer is transparent: compositing it there changes nothing.
        if (drawn && drawn->isEmpty()) continue;
        const QPixmap *pixmap = PixmapAccess::pixmap(*buffer);
        if (!pixmap) {
            painter.save();
            if (drawn) painter.setClipRegion(*drawn, Qt::IntersectClip);
            buffer->draw(&painter);
            painter.restore();
            continue;
        }
        // Rectangle by rectangle, no clip: under a clip region (the paint event's own, too)
        // the engine blends all the region's rows in one call.
        const double ratio = pixmap->devicePixelRatio();
        forEachBand(drawn ? *drawn & exposed : exposed, [&](const QRect &band) {
            const QRectF source(band.x() * ratio, band.y() * ratio, band.width() * ratio,
                                band.height() * ratio);
            painter.drawPixmap(QRectF(band), *pixmap, source);
        });
    }
}
