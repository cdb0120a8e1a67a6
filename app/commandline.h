// The modes that need no display: --list, --csv, --softmax. Each prints one clear line on
// stderr and returns exit status 2 on bad input, leaving no partial output file behind.
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace cli {

inline constexpr int kUsageError = 2;

// Declares every option the program understands (also the GUI's), for parsing and --help.
void addOptions(QCommandLineParser &parser);

// True when argv asks for a mode that must run without a display (so no QApplication).
bool isHeadlessRequest(int argc, char **argv);

// Runs a headless mode; `arguments` includes the program name. Returns the exit status.
int run(const QStringList &arguments);

} // namespace cli
