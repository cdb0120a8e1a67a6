// See WindowPalette.h. Text on Window and Base is above WCAG's 7:1; disabled text above 3:1.
#include "WindowPalette.h"

#include <QColor>

namespace windowpalette {

QPalette dark()
{
    const QColor window(43, 45, 48);
    const QColor base(30, 31, 34); // PlotTheme's dark background
    const QColor text(225, 225, 225);
    const QColor disabled(128, 130, 134);
    const QColor button(52, 54, 58);
    QPalette p(text, button, button.lighter(150), QColor(20, 20, 22), QColor(40, 41, 44), text,
               QColor(Qt::white), base, window);
    p.setColor(QPalette::AlternateBase, QColor(38, 40, 43));
    p.setColor(QPalette::Midlight, QColor(62, 64, 68));
    p.setColor(QPalette::Shadow, QColor(10, 10, 12));
    p.setColor(QPalette::ToolTipBase, QColor(55, 57, 61));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 152, 156));
    p.setColor(QPalette::Highlight, QColor(53, 132, 228));
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::Link, QColor(120, 180, 255));
    p.setColor(QPalette::LinkVisited, QColor(190, 150, 255));
    p.setColor(QPalette::BrightText, QColor(255, 110, 110));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 72, 76));
    return p;
}

} // namespace windowpalette
