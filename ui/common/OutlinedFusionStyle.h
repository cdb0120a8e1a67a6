// Qt's Fusion style with check box and radio button outlines that show on a dark palette.
// Fusion outlines them in the window colour darkened, which on a dark window is darker than
// the dark box it surrounds: an unchecked box (every function not overlaid, in the list) was
// all but invisible. Here the outline is a mid grey, about 4:1 against the dark base.
#pragma once

#include <QProxyStyle>

class OutlinedFusionStyle : public QProxyStyle
{
    Q_OBJECT

public:
    OutlinedFusionStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
