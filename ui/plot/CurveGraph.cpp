// See CurveGraph.h. The rules are QCPAbstractPlottable1D::drawPolyline's (QCustomPlot 2.1):
// a pen of width 1 becomes a cosmetic one, and a segment joins two consecutive points that are
// not NaN; QCPPainter::drawLine() rounds to whole pixels when not antialiasing.
#include "CurveGraph.h"

#include "PolylineSimplify.h"

#include <cmath>
#include <vector>

namespace {

// What a dropped point may be away from the line drawn, in the device's pixels.
constexpr double kToleranceDevicePixels = 0.1;

// The painter's pixels per device pixel: the buffer's pixel ratio, and an export's scale.
double devicePixelsPerUnit(const QCPPainter *painter)
{
    const QTransform &t = painter->worldTransform();
    const double scale = std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21()));
    return painter->device()->devicePixelRatioF() * (scale > 0 ? scale : 1.0);
}

bool onPixels(const QCPPainter *painter)
{
    const int type = painter->device() ? painter->device()->devType() : 0;
    return type == QInternal::Image || type == QInternal::Pixmap || type == QInternal::Widget;
}

} // namespace

void CurveGraph::drawLinePlot(QCPPainter *painter, const QVector<QPointF> &allLines) const
{
    // A vector figure keeps every point (it may be enlarged); pixels need only those that show,
    // on the screen and in a PNG figure alike. (QCustomPlot::toPainter marks every figure's
    // painter pmVectorized, a PNG's too, so the device tells.)
    QVector<QPointF> simplified;
    if (m_simplified && onPixels(painter) && allLines.size() > 2)
        simplified = simplifyPolyline(allLines.constData(), allLines.size(),
                                      kToleranceDevicePixels / devicePixelsPerUnit(painter));
    const QVector<QPointF> &lines = simplified.isEmpty() ? allLines : simplified;
    m_pointsDrawn = lines.size();
    const bool fast = mParentPlot->plottingHints().testFlag(QCP::phFastPolylines) &&
                      !painter->modes().testFlag(QCPPainter::pmVectorized) &&
                      !painter->modes().testFlag(QCPPainter::pmNoCaching);
    if (!fast || painter->pen().style() != Qt::SolidLine) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    if (painter->pen().color().alpha() == 0) return;
    applyDefaultAntialiasingHint(painter);
    if (qFuzzyCompare(painter->pen().widthF(), 1.0)) {
        QPen cosmetic = painter->pen();
        cosmetic.setWidth(0);
        painter->setPen(cosmetic);
    }
    const auto gap = [](const QPointF &p) { return std::isnan(p.x()) || std::isnan(p.y()); };
    std::vector<QLineF> segments;
    segments.reserve(std::size_t(lines.size()));
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!gap(lines[i - 1]) && !gap(lines[i])) segments.emplace_back(lines[i - 1], lines[i]);
    if (segments.empty()) return;
    if (painter->antialiasing()) {
        painter->drawLines(segments.data(), int(segments.size()));
        return;
    }
    std::vector<QLine> whole;
    whole.reserve(segments.size());
    for (const QLineF &segment : segments)
        whole.push_back(segment.toLine());
    painter->drawLines(whole.data(), int(whole.size()));
}
