// The dark theme's palette for every widget of the window (panels, sliders, number fields,
// menus, dialogs), made for the Fusion style, which draws with the palette alone. Its Base is
// the dark plots' background, so editors and plots read as one surface.
#pragma once

#include <QPalette>

namespace windowpalette {

QPalette dark();

} // namespace windowpalette
