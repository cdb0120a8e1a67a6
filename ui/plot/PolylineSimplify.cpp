// See PolylineSimplify.h.
#include "PolylineSimplify.h"

#include <cmath>
#include <limits>

namespace {

bool isGap(const QPointF &p)
{
    return std::isnan(p.x()) || std::isnan(p.y());
}

// One run between breaks, appended to `out`.
void simplifyRun(const QPointF *p, qsizetype n, double tolerance, std::vector<QPointF> &out)
{
    out.push_back(p[0]);
    if (n == 1) return;
    constexpr double kInf = std::numeric_limits<double>::infinity();
    QPointF anchor = p[0];
    // The cone: angles relative to the first direction that left the anchor's tolerance disk.
    double ux = 0, uy = 0, lo = -kInf, hi = kInf, farthest = 0;
    bool aimed = false;
    for (qsizetype i = 1; i < n; ++i) {
        double dx = p[i].x() - anchor.x(), dy = p[i].y() - anchor.y();
        double r = std::hypot(dx, dy);
        // Nearer than a point already passed: the curve turns back, and a segment ending here
        // would leave that point behind (also inside the anchor's disk).
        bool fits = r >= farthest;
        double angle = 0, half = 0;
        if (fits && r > tolerance) {
            if (!aimed) {
                ux = dx / r;
                uy = dy / r;
                aimed = true;
            }
            angle = std::atan2(ux * dy - uy * dx, ux * dx + uy * dy);
            half = std::asin(tolerance / r);
            fits = angle >= lo && angle <= hi;
        }
        if (!fits) { // the segment ends at the point before; this one starts the next cone
            anchor = p[i - 1];
            out.push_back(anchor);
            dx = p[i].x() - anchor.x();
            dy = p[i].y() - anchor.y();
            r = std::hypot(dx, dy);
            lo = -kInf;
            hi = kInf;
            farthest = 0;
            aimed = false;
            if (r <= tolerance) continue;
            ux = dx / r;
            uy = dy / r;
            aimed = true;
            angle = 0;
            half = std::asin(tolerance / r);
        }
        if (r > tolerance) {
            lo = std::max(lo, angle - half);
            hi = std::min(hi, angle + half);
            farthest = std::max(farthest, r);
        }
    }
    if (out.back() != p[n - 1]) out.push_back(p[n - 1]);
}

} // namespace

std::vector<QPointF> simplifyPolyline(const QPointF *points, qsizetype count, double tolerance)
{
    std::vector<QPointF> out;
    out.reserve(std::size_t(count));
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
