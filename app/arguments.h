// Argument parsing shared by every command-line mode: numbers, function names and ranges, each
// failing with a UsageError whose message names the argument and the problem.
#pragma once

#include "activations.h"

#include <QString>

#include <vector>

namespace cli {

// A clear message for the user; the mode prints it and exits with status 2.
struct UsageError
{
    QString message;
};

QString quoted(const QString &text);

// A finite number, or a UsageError "WHAT: 'TEXT' is not a (finite) number".
double parseFinite(const QString &text, const QString &what);

// A catalogue function, or a UsageError that suggests the nearest name and lists them all.
act::FunctionId functionByName(const QString &name);

struct Range
{
    double start;
    double end;
};
// "A:B" with finite A < B; a leading '-' is a sign, so "-5:5" and "-5:-1" work. B − A may exceed
// DBL_MAX (-1.7e308:1.7e308): act::gridPoint stays finite there.
Range parseRange(const QString &text);

// --softmax's comma-separated logits, "3,0.7,0.5": each a finite number.
std::vector<double> parseLogits(const QString &text);

} // namespace cli
