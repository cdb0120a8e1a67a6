// Colours for texts and editors, set through the widget's palette. Not through a style sheet:
// a style sheet pins the widget's font, which then stays small when presentation mode enlarges
// the application font. Colours that depend on the theme (muted and error texts) follow the
// widget's palette when the window's theme changes.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QWidget>

namespace widgetcolours {

// Refusals and errors on a light window (a dark red that reads on light and mid-grey windows),
// and on a dark one (a light red that reads on the dark window palette).
inline const QColor kError(0xB0, 0x00, 0x20);
inline const QColor kErrorOnDark(0xFF, 0x8A, 0x80);
// An editor holding an entry that was refused, on a light and on a dark window.
inline const QColor kRefusedBackground(0xFD, 0xE0, 0xE0);
inline const QColor kRefusedBackgroundOnDark(0x5C, 0x1A, 0x22);

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

inline QColor errorColour(const QPalette &palette)
{
    return isDark(palette) ? kErrorOnDark : kError;
}

inline void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    widget->setPalette(palette);
}

// Rich text written with the light theme's inline colours (error red #b00020, warning orange
// #b35900, muted gray), with each given its counterpart for `palette` (light ones on a dark
// window), so translated texts keep their markup and the colours follow the theme.
QString themedHtml(QString html, const QPalette &palette);

// Secondary texts (hints, "no parameters"): the palette's placeholder colour, in every theme.
void setMuted(QWidget *widget);
// Error messages: kError, or kErrorOnDark on a dark palette, in every theme.
void setErrorText(QWidget *widget);

// Marks an editor's entry as refused, or (false) gives it its normal background back.
inline void setRefused(QWidget *editor, bool refused)
{
    if (!refused) {
        editor->setPalette(QPalette()); // no roles of its own: inherits again
        return;
    }
    QPalette palette = editor->palette();
    palette.setColor(QPalette::Base,
                     isDark(palette) ? kRefusedBackgroundOnDark : kRefusedBackground);
    editor->setPalette(palette);
}

} // namespace widgetcolours
