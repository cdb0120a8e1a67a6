// The modes that need no display: --list, --csv, --softmax. Each prints one clear line on
// stderr and returns exit status 2 on bad input, leaving no partial output file behind.
#pragma once

#include "activationoption.h"
#include "activations.h"
#include "arguments.h"

#include <QStringList>

#include <functional>
#include <variant>
#include <vector>

class QCommandLineParser;

namespace cli {

inline constexpr int kUsageError = 2;

// Declares every option the program understands (also the GUI's), for parsing and --help.
void addOptions(QCommandLineParser &parser);

// True when argv asks for a mode that must run without a display (so no QApplication).
bool isHeadlessRequest(int argc, char **argv);

// Runs a headless mode; `arguments` includes the program name. Returns the exit status.
int run(const QStringList &arguments);

// runMode's first step, printing nothing: parses `arguments` into `parser` (set up with
// addOptions). Throws a UsageError for an unknown option, a missing value or a stray argument.
enum class ParsedArguments { Mode, Help, Version };
ParsedArguments parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// What a headless mode is asked to do, checked but not yet done: nothing written or printed.
struct ListRequest
{
};
struct CsvRequest
{
    QString path; // "-" for standard output
    // --function with its parameters, or --formula (activation.formulaText) with its own.
    ActivationChoice activation;
    Range range;
    qint64 points;
    // --compare NAME: that catalogue function (its defaults), subtracted in three more columns.
    std::shared_ptr<const act::Activation> compared;
};
struct SoftmaxRequest
{
    std::vector<double> logits;
    double temperature; // checked by act::softmax when the mode runs
};
// --propagate, --fixed-point or --simulate: the activation (--function or --formula) is read
// here, the network's options by networkcommand.cpp when the mode runs.
struct NetworkRequest
{
    ActivationChoice activation;
};
using HeadlessRequest = std::variant<ListRequest, CsvRequest, SoftmaxRequest, NetworkRequest>;
// run()'s parse step; throws a UsageError that names the problem.
HeadlessRequest parseHeadlessRequest(const QCommandLineParser &parser);

// What every command-line mode shares: parses `arguments` (with the program name), answers
// --help and --version, refuses stray arguments, then runs `mode`; a UsageError or running out
// of memory becomes one line on stderr and exit status 2.
int runMode(const QStringList &arguments,
            const std::function<int(const QCommandLineParser &)> &mode);

} // namespace cli
