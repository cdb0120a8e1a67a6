// Ctrl+Z and Ctrl+Shift+Z belong to the window's Undo and Redo, also while a number field has
// focus: a line edit would otherwise take them for its own text undo, and the scene's last
// step could not be undone until the focus left the field. Installed on each field by the
// widget that owns it (no application-wide filter).
#pragma once

class QWidget;

namespace undokeys {
// For a spin box, pass the spin box: its line edit is handled too.
void leaveToWindow(QWidget *field);
} // namespace undokeys
