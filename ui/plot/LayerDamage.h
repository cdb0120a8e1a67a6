// What one buffered QCustomPlot layer drew the last time, so that drawing it again clears only
// those pixels of its buffer, the widget repaints only the pixels that can differ (what every
// changed child covered before and covers now), and the paint event composites the buffer only
// where it drew. QCustomPlot's own QCPLayer::replot() clears the whole buffer and repaints the
// whole widget, and its paint event blends every full-size buffer: passes over megabytes of
// memory in every frame, whatever changed.
//
// Bounds are conservative: a graph's line segments and scatter symbols in widget pixels, widened
// by the pen and a pixel of antialiasing and rounded out to tiles, cut to the child's clip. A
// child is compared by what its drawing depends on (style, visibility, clip and its points in
// pixels), and only the segments within kKeepEvery points of points that moved count (a line
// drawn simplified may keep other points there: PolylineSimplify.h), or for a dashed line (whose
// pattern runs on along the line) everything from the first one that moved. QCPGraph and
// QCPItemTracer are known; any other child on the layer makes the whole viewport count.
#pragma once

#include <QPen>
#include <QRegion>
#include <qcustomplot.h>

#include <cstdint>
#include <optional>
#include <vector>

class LayerDamage
{
public:
    struct Change
    {
        QRegion drawn;   // what the last drawing covered: to be cleared in the buffer
        QRegion changed; // widget pixels that differ once the layer is drawn again
    };

    // Before the layer is drawn again: compares its children with the last record, and records
    // them as they are now (as they will be drawn).
    Change redraw(const QCPLayer &layer);
    // The layer was drawn some other way (QCustomPlot::replot): what it shows now.
    void record(const QCPLayer &layer);
    // What the last record covers; none before the first.
    std::optional<QRegion> drawn() const;

    // Rectangles of kTile × kTile pixels: coarse enough that a region of a few hundred
    // rectangles bounds a frame's curves, fine enough to stay close to them.
    static constexpr int kTile = 16;

private:
    // Where a value lands on a linear axis, in pixels: pixel + (value − lower) · scale.
    struct Mapping
    {
        double lower = 0.0;
        double pixel = 0.0;
        double scale = 1.0;
        double operator()(double value) const { return pixel + (value - lower) * scale; }
    };

    // What a child's drawing depends on, and where it draws.
    struct Child
    {
        const QCPLayerable *object = nullptr;
        bool bounded = true; // false: a kind this class cannot bound
        bool visible = false;
        QRect clip;
        // Everything besides the points that the pixels depend on: styles, axis ranges.
        std::vector<double> style;
        QPen linePen, scatterPen;
        QBrush scatterBrush;
        bool lines = false;
        bool scatters = false;
        bool wholeClip = false;    // a point at infinity, or a style without bounds
        bool strokedAsOne = false; // the line is stroked as one path: dashes, joins
        bool backwards = false;    // drawn from the last point to the first
        double margin = 0.0;       // how far the drawing reaches beyond the points, in pixels
        bool horizontal = true;    // key along x
        Mapping key, value;
        std::vector<QCPGraphData> points; // as in the data: (key, value)
        // The tiles all of it covers, once worked out (a later frame where all of it moved
        // takes them as they are).
        mutable std::optional<std::vector<std::uint8_t>> tiles;
    };

    // A set of tiles over the viewport.
    class Tiles
    {
    public:
        explicit Tiles(QSize size);
        // `clip` within the tiles.
        QRect cut(const QRect &clip) const;
        // Every tile that [x0, x1] × [y0, y1], cut to `area` (a cut() clip), touches.
        void add(double x0, double y0, double x1, double y1, const QRect &area);
        void add(const QRect &rect);
        void addAll();
        // Every tile of `set` (what take() gave another over the same viewport).
        void add(const std::vector<std::uint8_t> &set);
        std::vector<std::uint8_t> take() { return std::move(m_set); }
        QRegion region() const;

    private:
        int m_columns;
        int m_rows;
        QSize m_size;
        std::vector<std::uint8_t> m_set;
    };

    struct Frame
    {
        QSize viewport;
        std::vector<double> signature; // the plot's antialiasing, hints and pixel ratio
        std::vector<Child> children;
    };

    static Frame capture(const QCPLayer &layer);
    static Child captureGraph(const QCPGraph &graph);
    static Child captureTracer(const QCPItemTracer &tracer);
    static bool sameStyle(const Child &a, const Child &b);
    // The points [first, last] of `child`, the segments between them and their symbols.
    static void addSpan(Tiles &tiles, const Child &child, std::size_t first, std::size_t last);
    static void addAll(Tiles &tiles, const Child &child);
    // The tiles addAll() gives `child` on its own, worked out once.
    static const std::vector<std::uint8_t> &tilesOf(const Child &child, QSize viewport);
    static void addDifference(Tiles &tiles, const Child &before, const Child &now, QSize viewport);
    static QRegion footprint(const Frame &frame);

    bool m_recorded = false;
    Frame m_last;
    QRegion m_drawn;
};
