// What every QCustomPlot here needs to know about its axes: all of them, colour scales' included
// (a colour scale's axis sits in an axis rect of its own that axisRects() does not list), and
// labels kept inside their axes.
#pragma once

#include <QString>

#include <vector>

class QCPAxis;
class QCustomPlot;

namespace plotaxes {

// The axes of every axis rect, then those of every colour scale.
std::vector<QCPAxis *> all(const QCustomPlot &plot);

// An axis label longer than its axis (a short panel, presentation mode's large fonts) breaks
// into two lines, shortened with "…" only if those do not fit either, instead of running off
// both ends. What the code sets with setLabel stays the label to fit.
void keepLabelsInside(QCustomPlot &plot);
// The label as the code set it, before keepLabelsInside() fitted it (what a screen reader reads).
QString fullLabel(const QCPAxis &axis);

} // namespace plotaxes
