// See PolylineSimplify.h.
#include "PolylineSimplify.h"

#include <cmath>

namespace {

bool isGap(const QPointF &p)
{
    return std::isnan(p.x()) || std::isnan(p.y());
}

// a × b: positive when b points counterclockwise of a.
double cross(double ax, double ay, double bx, double by)
{
    return ax * by - ay * bx;
}

// One run between breaks, appended to `out`. The cone of directions a segment from the anchor
// may take is kept as its two edges: `right` (clockwise) and `left`. A point at distance r
// allows the directions within asin(tolerance / r) of its own, less than a right angle either
// way, so the cone stays narrower than a half-turn and cross products order it. Only the signs
// of those cross products are used, so the edges need not be unit vectors: scaled by r², the
// edges for a point (dx, dy) are (c·dx ∓ t·dy, ±t·dx + c·dy) with t the tolerance and
// c = √(r² − t²): one square root and no division per point. Beyond r = 1e20 pixels (a curve
// far off the plot) they are unit vectors instead, so that no product overflows.
void simplifyRun(const QPointF *p, qsizetype n, double tolerance, QList<QPointF> &out)
{
    out.push_back(p[0]);
    if (n == 1) return;
    constexpr double kLarge2 = 1e40;
    const double tolerance2 = tolerance * tolerance;
    QPointF anchor = p[0];
    double rightX = 0, rightY = 0, leftX = 0, leftY = 0, farthest2 = 0;
    bool open = true; // no point has left the anchor's disk yet: any direction goes
    // Narrows the cone to the directions that pass within `tolerance` of a point (dx, dy) away
    // at distance √r2 > tolerance.
    const auto narrow = [&](double dx, double dy, double r2) {
        double lx, ly, rx, ry;
        if (r2 <= kLarge2) {
            const double c = std::sqrt(r2 - tolerance2), t = tolerance;
            lx = c * dx - t * dy; // +angle
            ly = t * dx + c * dy;
            rx = c * dx + t * dy; // −angle
            ry = -t * dx + c * dy;
        } else { // far off the plot: unit vectors, so that no product overflows
            const double r = std::hypot(dx, dy), ux = dx / r, uy = dy / r;
            const double sine = tolerance / r, cosine = std::sqrt(1 - sine * sine);
            lx = cosine * ux - sine * uy;
            ly = sine * ux + cosine * uy;
            rx = cosine * ux + sine * uy;
            ry = -sine * ux + cosine * uy;
        }
        if (open || cross(lx, ly, leftX, leftY) > 0) {
            leftX = lx;
            leftY = ly;
        }
        if (open || cross(rightX, rightY, rx, ry) > 0) {
            rightX = rx;
            rightY = ry;
        }
        open = false;
        farthest2 = std::max(farthest2, r2);
    };
    for (qsizetype i = 1; i < n; ++i) {
        double dx = p[i].x() - anchor.x(), dy = p[i].y() - anchor.y();
        double r2 = dx * dx + dy * dy;
        // Nearer than a point already passed: the curve turns back, and a segment ending here
        // would leave that point behind (also inside the anchor's disk).
        bool fits = r2 >= farthest2;
        if (fits && r2 > tolerance2 && !open)
            fits = cross(rightX, rightY, dx, dy) >= 0 && cross(dx, dy, leftX, leftY) >= 0;
        if (!fits) { // the segment ends at the point before; this one starts the next cone
            anchor = p[i - 1];
            out.push_back(anchor);
            dx = p[i].x() - anchor.x();
            dy = p[i].y() - anchor.y();
            r2 = dx * dx + dy * dy;
            open = true;
            farthest2 = 0;
        }
        if (r2 > tolerance2) narrow(dx, dy, r2);
    }
    if (out.back() != p[n - 1]) out.push_back(p[n - 1]);
}

} // namespace

QList<QPointF> simplifyPolyline(const QPointF *points, qsizetype count, double tolerance)
{
    QList<QPointF> out;
    out.reserve(count);
    qsizetype i = 0;
    while (i < count) {
        if (isGap(points[i])) {
            out.push_back(points[i++]);
            continue;
        }
        // To the next break, or to the next index that is a multiple of kKeepEvery.
        qsizetype end = i + 1;
        while (end < count && !isGap(points[end]) && end % kKeepEvery != 0)
            ++end;
        const bool shared = end < count && !isGap(points[end]); // kept: the next run's first
        simplifyRun(points + i, end - i + (shared ? 1 : 0), tolerance, out);
        if (shared) out.pop_back();
        i = end;
    }
    return out;
}
