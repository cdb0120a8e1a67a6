// --propagate, --fixed-point and --simulate: the network panel's numbers (mean-field theory and
// the finite-width simulation, core/meanfield.h and core/simulation.h) as CSV.
#pragma once

#include "activationoption.h"

#include <QString>

class QCommandLineParser;

namespace cli {

// Declares the network options (called by addOptions).
void addNetworkOptions(QCommandLineParser &parser);

// True when one of the three network modes is set.
bool isNetworkMode(const QCommandLineParser &parser);

// "--propagate", "--fixed-point" or "--simulate", whichever one is set; throws a UsageError
// when more than one is.
QString networkMode(const QCommandLineParser &parser);

// Runs the one that is set on `activation` (parseActivationChoice for that mode); throws
// UsageError on bad input. Returns the exit status.
int runNetworkMode(const QCommandLineParser &parser, const ActivationChoice &activation);

} // namespace cli
