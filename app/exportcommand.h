// --export FILE: renders a figure of the given functions (or a saved scene) without a window
// or a display. Bad input prints one clear line on stderr and returns exit status 2.
#pragma once

#include <QStringList>

namespace cli {

// True when argv asks for a figure export (then a QApplication is needed, but no display).
bool isExportRequest(int argc, char **argv);

// Runs the export; `arguments` includes the program name. Needs a QApplication.
int runExport(const QStringList &arguments);

} // namespace cli
