// A font `factor` times as large, in the unit it was given in (points or pixels). The size is
// set explicitly: a font painted into a pixmap (QCustomPlot's buffers) would otherwise resolve an
// unset size against the application font but be measured without it.
#pragma once

#include <QFont>
#include <QtMath>

inline QFont scaledFont(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}
