// Colours and line styles the plots share: the Okabe–Ito palette (safe for the common forms of
// colour blindness, without its yellow, which is unreadable on white) and one pen style per
// derivative order, so overlays still read in grey print. For a projector, which washes colours
// out, a high-contrast variant keeps the same hues in the same order, darker on light and
// lighter on dark, each at least 6:1 against the background (WCAG contrast ratio).
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

// On a dark background Okabe–Ito's black turns near-white; the other hues stay.
inline const std::array<QColor, 7> kOkabeItoOnDark{
    kOkabeIto[0],
    kOkabeIto[1],
    kOkabeIto[2],
    kOkabeIto[3],
    kOkabeIto[4],
    kOkabeIto[5],
    QColor(0xE1, 0xE1, 0xE1),
};

inline const std::array<QColor, 7> kHighContrastOnLight{
    QColor(0x00, 0x46, 0xAD), // blue
    QColor(0xB3, 0x24, 0x00), // vermillion
    QColor(0x00, 0x70, 0x3C), // bluish green
    QColor(0xA1, 0x2A, 0x6E), // reddish purple
    QColor(0x8A, 0x52, 0x00), // orange, darkened to brown
    QColor(0x00, 0x5F, 0x73), // sky blue, darkened to teal
    QColor(0x00, 0x00, 0x00), // black
};

inline const std::array<QColor, 7> kHighContrastOnDark{
    QColor(0x6C, 0xC4, 0xFF), // blue
    QColor(0xFF, 0x96, 0x52), // vermillion
    QColor(0x5E, 0xE3, 0x9A), // bluish green
    QColor(0xFF, 0x8A, 0xD8), // reddish purple
    QColor(0xFF, 0xD8, 0x4D), // orange
    QColor(0x9A, 0xE6, 0xFF), // sky blue
    QColor(0xFF, 0xFF, 0xFF), // white
};

// The colour of the function in `slot` (0 is the current function, then the overlays).
inline QColor colour(std::size_t slot, bool dark = false, bool highContrast = false)
{
    const auto &colours = highContrast ? (dark ? kHighContrastOnDark : kHighContrastOnLight)
                                       : (dark ? kOkabeItoOnDark : kOkabeIto);
    return colours[slot % colours.size()];
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

} // namespace palette
