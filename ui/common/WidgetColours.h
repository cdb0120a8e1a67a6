// Colours for texts and editors, set through the widget's palette. Not through a style sheet:
// a style sheet pins the widget's font, which then stays small when presentation mode enlarges
// the application font.
#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace widgetcolours {

// Refusals and errors (a dark red that reads on light and mid-grey windows).
inline const QColor kError(0xB0, 0x00, 0x20);
// An editor holding an entry that was refused.
inline const QColor kRefusedBackground(0xFD, 0xE0, 0xE0);

inline void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    widget->setPalette(palette);
}

// Secondary texts (hints, "no parameters"): the palette's placeholder colour.
inline void setMuted(QWidget *widget)
{
    setTextColour(widget, widget->palette().color(QPalette::PlaceholderText));
}

// Marks an editor's entry as refused, or (false) gives it its normal background back.
inline void setRefused(QWidget *editor, bool refused)
{
    if (!refused) {
        editor->setPalette(QPalette()); // no roles of its own: inherits again
        return;
    }
    QPalette palette = editor->palette();
    palette.setColor(QPalette::Base, kRefusedBackground);
    editor->setPalette(palette);
}

} // namespace widgetcolours
