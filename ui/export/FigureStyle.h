// The print look of a figure, in points (1/72 inch) at the figure's physical size: the sizes a
// journal column asks for (matplotlib's defaults are close: 10 pt text, 1.5 pt lines, 0.8 pt
// axes). PrintSetup turns them into layout pixels of 1/96 inch, so a figure printed at 85 mm and
// one at 170 mm have the same text and line sizes on paper.
#pragma once

namespace figurestyle {

inline constexpr double kTickLabelPt = 8.0;
inline constexpr double kAxisLabelPt = 9.0;
inline constexpr double kLegendPt = 8.0;
inline constexpr double kTitlePt = 9.0;
inline constexpr double kItemTextPt = 8.0; // bar labels of the softmax chart

// f, f' and f'': f widest; the dashes and dots of f' and f'' need a little width to read.
inline constexpr double kCurvePt[3] = {1.5, 1.1, 1.1};
inline constexpr double kAxisPt = 0.6;
inline constexpr double kTickPt = 0.6;
inline constexpr double kGridPt = 0.4; // thinner than any curve
inline constexpr double kZeroLinePt = 0.6;
inline constexpr double kLegendBorderPt = 0.5;
inline constexpr double kTickLengthPt = 3.0;
inline constexpr double kSubTickLengthPt = 1.5;
inline constexpr double kMarkerPt = 4.5; // the dots at jumps

// Layout pixels (1/96 inch) for `points`.
constexpr double toLayout(double points)
{
    return points * 96.0 / 72.0;
}

} // namespace figurestyle
