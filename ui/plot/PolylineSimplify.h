// Drops the points of a polyline that a straight line between their neighbours passes within
// `tolerance` of: what is drawn then moves by less than `tolerance` (in the painter's pixels),
// with far fewer segments. A sampled curve has about two points per pixel, and a wide
// antialiased pen costs about the same per segment whatever its length, so on the window's
// plot most of the rasterizing went to segments nobody could tell apart from their neighbours.
//
// One pass, O(n) (the "sleeve" of Zhao and Saalfeld, 1997): from the last kept point, each
// further point narrows the cone of directions a segment may take to pass within `tolerance` of
// it; the first point outside the cone (or nearer than the farthest one so far, where the curve
// turns back) ends the segment at the point before. Every point kept is one of the input's, the
// first and last of every run are kept, and a point with a NaN coordinate (a break in the curve)
// is kept as it is, so the breaks stay where they were.
//
// Every point whose index is a multiple of kKeepEvery is kept too, so what is drawn between two
// of them depends on the points between them only: when some points move, the drawing changes
// within kKeepEvery points of them and nowhere else (LayerDamage counts that far).
#pragma once

#include <QList>
#include <QPointF>

inline constexpr qsizetype kKeepEvery = 16;

// As QCPGraph::drawLinePlot takes them: the line QCustomPlot hands to its drawing.
QList<QPointF> simplifyPolyline(const QPointF *points, qsizetype count, double tolerance);
