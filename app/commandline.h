// The modes that need no display: --list, --csv, --softmax. Each prints one clear line on
// stderr and returns exit status 2 on bad input, leaving no partial output file behind.
#pragma once

#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace cli {

inline constexpr int kUsageError = 2;

// Declares every option the program understands (also the GUI's), for parsing and --help.
void addOptions(QCommandLineParser &parser);

// True when argv asks for a mode that must run without a display (so no QApplication).
bool isHeadlessRequest(int argc, char **argv);

// Runs a headless mode; `arguments` includes the program name. Returns the exit status.
int run(const QStringList &arguments);

// What every command-line mode shares: parses `arguments` (with the program name), answers
// --help and --version, refuses stray arguments, then runs `mode`; a UsageError or running out
// of memory becomes one line on stderr and exit status 2.
int runMode(const QStringList &arguments,
            const std::function<int(const QCommandLineParser &)> &mode);

} // namespace cli
