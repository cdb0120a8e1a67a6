// --propagate, --fixed-point and --simulate: the network panel's numbers (mean-field theory and
// the finite-width simulation, core/meanfield.h and core/simulation.h) as CSV.
#pragma once

class QCommandLineParser;

namespace cli {

// Declares the network options (called by addOptions).
void addNetworkOptions(QCommandLineParser &parser);

// True when one of the three network modes is set.
bool isNetworkMode(const QCommandLineParser &parser);

// Runs the one that is set; throws UsageError on bad input. Returns the exit status.
int runNetworkMode(const QCommandLineParser &parser);

} // namespace cli
