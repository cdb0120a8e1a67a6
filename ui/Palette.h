// Colours and line styles the plots share: the Okabe–Ito palette (safe for the common forms of
// colour blindness, without its yellow, which is unreadable on white) and one pen style per
// derivative order, so overlays still read in grey print.
#pragma once

#include <qcustomplot.h>

#include <QColor>
#include <Qt>

#include <array>

namespace palette {

inline const std::array<QColor, 7> kOkabeIto{
    QColor(0x00, 0x72, 0xB2), // blue
    QColor(0xD5, 0x5E, 0x00), // vermillion
    QColor(0x00, 0x9E, 0x73), // bluish green
    QColor(0xCC, 0x79, 0xA7), // reddish purple
    QColor(0xE6, 0x9F, 0x00), // orange
    QColor(0x56, 0xB4, 0xE9), // sky blue
    QColor(0x00, 0x00, 0x00), // black
};

inline QColor colour(std::size_t slot)
{
    return kOkabeIto[slot % kOkabeIto.size()];
}

// f solid, f' dashed, f'' dotted.
inline Qt::PenStyle penStyle(int order)
{
    switch (order) {
    case 1:
        return Qt::DashLine;
    case 2:
        return Qt::DotLine;
    default:
        return Qt::SolidLine;
    }
}

// For overlaid functions, a sparse marker on their curves tells them apart where colours do not
// (grey print, colour blindness); the current function has none.
inline QCPScatterStyle::ScatterShape markerShape(std::size_t slot)
{
    using S = QCPScatterStyle;
    constexpr S::ScatterShape shapes[] = {
        S::ssCircle, S::ssSquare,           S::ssTriangle,    S::ssDiamond,    S::ssStar,
        S::ssDisc,   S::ssTriangleInverted, S::ssCrossSquare, S::ssCrossCircle};
    return slot == 0 ? S::ssNone : shapes[(slot - 1) % std::size(shapes)];
}

} // namespace palette
