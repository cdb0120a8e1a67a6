// See LayerDamage.h. The rules QCustomPlot 2.1 draws a layer by: QCPLayer::draw skips children
// that are not realVisibility() and clips each to clipRect() moved up by a pixel; a QCPGraph
// draws the points from one before the key axis' range to one after it, as separate segments
// when phFastPolylines applies to a solid pen, else as one polyline per stretch between NaNs;
// a QCPItemTracer draws its symbol about position.
#include "LayerDamage.h"

#include "PolylineSimplify.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

constexpr std::size_t kChunk = 8; // points bounded by one rectangle

// How far a stroke with `pen` reaches beyond its geometry: half the width at a bevel join, a
// little more at a square cap's corner, the miter limit at a miter join; then antialiasing.
double reach(const QPen &pen)
{
    const double width = std::max(pen.widthF(), 1.0);
    const double join = pen.joinStyle() == Qt::MiterJoin ? std::max(pen.miterLimit(), 1.0) : 1.0;
    return width * join + 2.0;
}

bool same(double u, double v)
{
    return u == v || (std::isnan(u) && std::isnan(v)); // both NaN: both a gap
}

bool samePoint(const QCPGraphData &a, const QCPGraphData &b)
{
    return same(a.key, b.key) && same(a.value, b.value);
}

QRect viewportRect(QSize size)
{
    return QRect(QPoint(0, 0), size);
}

} // namespace

LayerDamage::Tiles::Tiles(QSize size)
    : m_columns((size.width() + kTile - 1) / kTile), m_rows((size.height() + kTile - 1) / kTile),
      m_size(size), m_set(std::size_t(std::max(m_columns, 0) * std::max(m_rows, 0)), 0)
{
}

QRect LayerDamage::Tiles::cut(const QRect &clip) const
{
    return clip & viewportRect(m_size);
}

void LayerDamage::Tiles::add(double x0, double y0, double x1, double y1, const QRect &area)
{
    // Cut first: far outside the plot a point's pixel does not fit an int.
    x0 = std::max(x0, double(area.left()));
    y0 = std::max(y0, double(area.top()));
    x1 = std::min(x1, double(area.right()));
    y1 = std::min(y1, double(area.bottom()));
    if (!(x0 <= x1 && y0 <= y1)) return;
    const int left = int(x0) / kTile, right = int(x1) / kTile;
    for (int row = int(y0) / kTile; row <= int(y1) / kTile; ++row)
        std::fill_n(m_set.begin() + row * m_columns + left, right - left + 1, std::uint8_t(1));
}

void LayerDamage::Tiles::add(const QRect &rect)
{
    add(rect.left(), rect.top(), rect.right(), rect.bottom(), cut(rect));
}

void LayerDamage::Tiles::addAll()
{
    std::fill(m_set.begin(), m_set.end(), std::uint8_t(1));
}

void LayerDamage::Tiles::add(const std::vector<std::uint8_t> &set)
{
    // Through plain pointers: bytes may alias the vectors' own members, which would keep the
    // loop from being vectorised.
    std::uint8_t *to = m_set.data();
    const std::uint8_t *from = set.data();
    const std::size_t n = std::min(set.size(), m_set.size());
    for (std::size_t i = 0; i < n; ++i)
        to[i] |= from[i];
}

QRegion LayerDamage::Tiles::region() const
{
    // Rows of runs, a row with the same tiles as the one above merged into its band: the
    // banded form that QRegion::setRects takes as it is, instead of a union per rectangle.
    std::vector<QRect> rects;
    std::size_t bandStart = 0;
    const std::uint8_t *above = nullptr;
    for (int row = 0; row < m_rows; ++row) {
        const std::uint8_t *cells = m_set.data() + row * m_columns;
        const int bottom = std::min((row + 1) * kTile, m_size.height()) - 1;
        if (above && std::equal(cells, cells + m_columns, above)) {
            for (std::size_t i = bandStart; i < rects.size(); ++i)
                rects[i].setBottom(bottom);
            continue;
        }
        above = cells;
        bandStart = rects.size();
        for (int column = 0; column < m_columns;) {
            if (!cells[column]) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < m_columns && cells[column])
                ++column;
            rects.push_back(QRect(QPoint(start * kTile, row * kTile),
                                  QPoint(std::min(column * kTile, m_size.width()) - 1, bottom)));
        }
        if (rects.size() == bandStart) above = nullptr; // an empty row starts no band
    }
    QRegion region;
    if (!rects.empty()) region.setRects(rects.data(), int(rects.size()));
    return region;
}

LayerDamage::Child LayerDamage::captureGraph(const QCPGraph &graph)
{
    Child child;
    child.object = &graph;
    QCPAxis *keyAxis = graph.keyAxis();
    QCPAxis *valueAxis = graph.valueAxis();
    child.visible = graph.realVisibility() && keyAxis && valueAxis && keyAxis->range().size() > 0;
    if (!child.visible) return child;
    child.clip = (keyAxis->axisRect()->rect() & valueAxis->axisRect()->rect()).translated(0, -1);
    const QCPScatterStyle scatter = graph.scatterStyle();
    const QCPGraph::LineStyle lineStyle = graph.lineStyle();
    child.horizontal = keyAxis->orientation() == Qt::Horizontal;
    const auto mapping = [](const QCPAxis *axis) {
        const QCPRange range = axis->range();
        const double from = axis->coordToPixel(range.lower);
        return Mapping{range.lower, from, (axis->coordToPixel(range.upper) - from) / range.size()};
    };
    child.key = mapping(keyAxis);
    child.value = mapping(valueAxis);
    child.style = {double(lineStyle),
                   double(scatter.shape()),
                   scatter.size(),
                   double(graph.scatterSkip()),
                   double(graph.adaptiveSampling()),
                   double(graph.antialiased()),
                   double(graph.antialiasedScatters()),
                   double(child.horizontal),
                   keyAxis->range().upper,
                   valueAxis->range().upper,
                   child.key.lower,
                   child.key.pixel,
                   child.key.scale,
                   child.value.lower,
                   child.value.pixel,
                   child.value.scale};
    child.linePen = graph.pen();
    child.scatterPen = scatter.isPenDefined() ? scatter.pen() : graph.pen();
    child.scatterBrush = scatter.brush();
    child.lines = lineStyle == QCPGraph::lsLine && child.linePen.style() != Qt::NoPen &&
                  child.linePen.color().alpha() != 0;
    child.scatters = !scatter.isNone();
    child.strokedAsOne = !(graph.parentPlot()->plottingHints().testFlag(QCP::phFastPolylines) &&
                           child.linePen.style() == Qt::SolidLine);
    // The reverse of QCustomPlot's condition for drawing the points from the last one.
    child.backwards = keyAxis->rangeReversed() != !child.horizontal;
    child.margin = std::max(
        child.lines ? reach(child.linePen) : 0.0,
        child.scatters ? scatter.size() / 2 * std::numbers::sqrt2 + reach(child.scatterPen) : 0.0);
    // A fill, a selection, a line style or symbol not bounded by the points, a logarithmic
    // axis: the whole clip.
    child.wholeClip =
        graph.selected() || graph.brush().style() != Qt::NoBrush || graph.channelFillGraph() ||
        (lineStyle != QCPGraph::lsLine && lineStyle != QCPGraph::lsNone) ||
        scatter.shape() == QCPScatterStyle::ssPixmap ||
        scatter.shape() == QCPScatterStyle::ssCustom || keyAxis->scaleType() != QCPAxis::stLinear ||
        valueAxis->scaleType() != QCPAxis::stLinear;

    const QCPGraphDataContainer &data = *graph.data();
    auto begin = data.findBegin(keyAxis->range().lower);
    auto end = data.findEnd(keyAxis->range().upper);
    // One more each side than QCustomPlot draws: a wider footprint, never a narrower one.
    if (begin != data.constBegin()) --begin;
    if (end != data.constEnd()) ++end;
    child.points.assign(begin, end);
    // No early exit: the loop is vectorised.
    bool infinite = false;
    for (const QCPGraphData &point : child.points)
        infinite |= std::isinf(point.key) | std::isinf(point.value);
    child.wholeClip = child.wholeClip || infinite;
    return child;
}

LayerDamage::Child LayerDamage::captureTracer(const QCPItemTracer &tracer)
{
    Child child;
    child.object = &tracer;
    child.visible = tracer.realVisibility() && tracer.style() != QCPItemTracer::tsNone;
    if (!child.visible) return child;
    if (tracer.graph()) const_cast<QCPItemTracer &>(tracer).updatePosition(); // as draw() does
    QCPAxisRect *axisRect = tracer.clipToAxisRect() ? tracer.clipAxisRect() : nullptr;
    child.clip = (axisRect ? axisRect->rect() : tracer.parentPlot()->viewport()).translated(0, -1);
    child.style = {double(tracer.style()), tracer.size(), double(tracer.selected()),
                   double(tracer.antialiased())};
    child.linePen = tracer.selected() ? tracer.selectedPen() : tracer.pen();
    child.scatterPen = child.linePen;
    child.scatterBrush = tracer.selected() ? tracer.selectedBrush() : tracer.brush();
    child.scatters = true;
    child.margin = tracer.size() / 2 * std::numbers::sqrt2 + reach(child.linePen);
    child.wholeClip = tracer.style() == QCPItemTracer::tsCrosshair;
    // In pixels already: the mappings stay the identity.
    const QPointF centre = tracer.position->pixelPosition();
    if (!std::isfinite(centre.x()) || !std::isfinite(centre.y())) child.wholeClip = true;
    child.points = {QCPGraphData(centre.x(), centre.y())};
    return child;
}

LayerDamage::Frame LayerDamage::capture(const QCPLayer &layer)
{
    Frame frame;
    const QCustomPlot *plot = layer.parentPlot();
    const QRect viewport = plot->viewport();
    frame.viewport = viewport.size();
    frame.signature = {double(viewport.x()),
                       double(viewport.y()),
                       double(int(plot->antialiasedElements())),
                       double(int(plot->notAntialiasedElements())),
                       double(int(plot->plottingHints())),
                       plot->bufferDevicePixelRatio(),
                       double(layer.visible())};
    frame.children.reserve(std::size_t(layer.children().size()));
    for (QCPLayerable *object : layer.children()) {
        if (const auto *graph = qobject_cast<const QCPGraph *>(object))
            frame.children.push_back(captureGraph(*graph));
        else if (const auto *tracer = qobject_cast<const QCPItemTracer *>(object))
            frame.children.push_back(captureTracer(*tracer));
        else {
            Child child;
            child.object = object;
            child.bounded = false;
            child.visible = object->realVisibility();
            frame.children.push_back(child);
        }
    }
    return frame;
}

bool LayerDamage::sameStyle(const Child &a, const Child &b)
{
    return a.bounded == b.bounded && a.visible == b.visible && a.clip == b.clip &&
           a.style == b.style && a.linePen == b.linePen && a.scatterPen == b.scatterPen &&
           a.scatterBrush == b.scatterBrush && a.lines == b.lines && a.scatters == b.scatters &&
           a.wholeClip == b.wholeClip && a.strokedAsOne == b.strokedAsOne &&
           a.backwards == b.backwards && a.margin == b.margin;
}

void LayerDamage::addSpan(Tiles &tiles, const Child &child, std::size_t first, std::size_t last)
{
    if (!child.visible) return;
    if (child.wholeClip) {
        tiles.add(child.clip);
        return;
    }
    const std::vector<QCPGraphData> &p = child.points;
    if (p.empty()) return;
    last = std::min(last, p.size() - 1);
    // Chunks of consecutive points, each bounded by one rectangle; a chunk starts again at the
    // point the last one ended on, so the segment between them is inside. A NaN is a gap. The
    // bounds are taken in data units and mapped once a chunk: the axes are linear.
    const double m = child.margin;
    const QRect area = tiles.cut(child.clip);
    double k0 = 0, k1 = 0, v0 = 0, v1 = 0;
    std::size_t inChunk = 0;
    const auto flush = [&] {
        if (!inChunk) return;
        const double ka = child.key(k0), kb = child.key(k1);
        const double va = child.value(v0), vb = child.value(v1);
        const double xa = child.horizontal ? ka : va, xb = child.horizontal ? kb : vb;
        const double ya = child.horizontal ? va : ka, yb = child.horizontal ? vb : kb;
        tiles.add(std::min(xa, xb) - m, std::min(ya, yb) - m, std::max(xa, xb) + m,
                  std::max(ya, yb) + m, area);
    };
    for (std::size_t i = first; i <= last; ++i) {
        const double k = p[i].key, v = p[i].value;
        if (std::isnan(k) || std::isnan(v)) {
            flush();
            inChunk = 0;
            continue;
        }
        if (inChunk == 0) {
            k0 = k1 = k;
            v0 = v1 = v;
        } else {
            k0 = std::min(k0, k);
            k1 = std::max(k1, k);
            v0 = std::min(v0, v);
            v1 = std::max(v1, v);
        }
        if (++inChunk == kChunk) {
            flush();
            k0 = k1 = k;
            v0 = v1 = v;
            inChunk = 1;
        }
    }
    flush();
}

void LayerDamage::addAll(Tiles &tiles, const Child &child)
{
    if (!child.visible) return;
    if (!child.bounded) {
        tiles.addAll();
        return;
    }
    addSpan(tiles, child, 0, child.points.size());
}

const std::vector<std::uint8_t> &LayerDamage::tilesOf(const Child &child, QSize viewport)
{
    if (!child.tiles) {
        Tiles tiles(viewport);
        addAll(tiles, child);
        child.tiles = tiles.take();
    }
    return *child.tiles;
}

void LayerDamage::addDifference(Tiles &tiles, const Child &before, const Child &now, QSize viewport)
{
    // Everything it covered and covers now: the tiles of both footprints, the one before as
    // the last frame worked it out, the one now as this frame's footprint will take it.
    const auto whole = [&] {
        tiles.add(tilesOf(before, viewport));
        tiles.add(tilesOf(now, viewport));
    };
    if (!sameStyle(before, now) || before.points.size() != now.points.size() || !now.bounded) {
        whole();
        return;
    }
    const std::size_t n = now.points.size();
    // Stretches of moved points, each widened by kKeepEvery points each side: the segments to
    // their neighbours change too, and so may the points a simplified line keeps between the
    // two points it always keeps around them (PolylineSimplify.h).
    constexpr auto reach = static_cast<std::size_t>(kKeepEvery);
    std::vector<std::pair<std::size_t, std::size_t>> moved;
    for (std::size_t i = 0; i < n; ++i) {
        if (samePoint(before.points[i], now.points[i])) continue;
        const std::size_t from = i < reach ? 0 : i - reach;
        if (!moved.empty() && from <= moved.back().second)
            moved.back().second = i + reach;
        else
            moved.emplace_back(from, i + reach);
    }
    if (moved.empty()) return;
    // Every point within reach of one that moved (a parameter that scales the whole curve):
    // the spans below would cover the same tiles as the two footprints.
    const bool everywhere =
        moved.size() == 1 && moved.front().first == 0 && moved.front().second + 1 >= n;
    const bool fromEnd =
        before.strokedAsOne && now.strokedAsOne &&
        (before.backwards ? moved.back().second + 1 >= n : moved.front().first == 0) &&
        before.backwards == now.backwards;
    if (everywhere || fromEnd) {
        whole();
        return;
    }
    for (const Child *child : {&before, &now}) {
        if (child->strokedAsOne) {
            // A dash pattern runs on along the line: every segment after the first moved point
            // may change, in the direction QCustomPlot draws the points.
            if (child->backwards)
                addSpan(tiles, *child, 0, moved.back().second);
            else
                addSpan(tiles, *child, moved.front().first, n);
            continue;
        }
        for (const auto &[first, last] : moved)
            addSpan(tiles, *child, first, last);
    }
}

QRegion LayerDamage::footprint(const Frame &frame)
{
    Tiles tiles(frame.viewport);
    for (const Child &child : frame.children)
        tiles.add(tilesOf(child, frame.viewport));
    return tiles.region();
}

LayerDamage::Change LayerDamage::redraw(const QCPLayer &layer)
{
    Frame now = capture(layer);
    Change change;
    const QRect everything = viewportRect(now.viewport);
    change.drawn = m_recorded && m_last.viewport == now.viewport ? m_drawn : QRegion(everything);
    const bool comparable =
        m_recorded && m_last.viewport == now.viewport && m_last.signature == now.signature &&
        std::equal(m_last.children.begin(), m_last.children.end(), now.children.begin(),
                   now.children.end(),
                   [](const Child &a, const Child &b) { return a.object == b.object; });
    if (comparable) {
        Tiles tiles(now.viewport);
        for (std::size_t i = 0; i < now.children.size(); ++i)
            addDifference(tiles, m_last.children[i], now.children[i], now.viewport);
        change.changed = tiles.region();
        if (change.changed.isEmpty()) return change; // the same drawing: the same footprint
    } else {
        change.changed = everything;
    }
    m_last = std::move(now);
    m_recorded = true;
    m_drawn = footprint(m_last);
    return change;
}

void LayerDamage::record(const QCPLayer &layer)
{
    m_last = capture(layer);
    m_recorded = true;
    m_drawn = footprint(m_last);
}

std::optional<QRegion> LayerDamage::drawn() const
{
    if (!m_recorded) return std::nullopt;
    return m_drawn;
}
