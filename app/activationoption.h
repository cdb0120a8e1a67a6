// "--function NAME" or "--formula EXPR", with "--param" assignments: the one activation that
// --csv, --propagate, --fixed-point and --simulate write or push through a network.
#pragma once

#include "activation.h"
#include "activations.h"

#include <QString>

#include <memory>
#include <vector>

class QCommandLineParser;

namespace cli {

struct ActivationChoice
{
    QString formulaText; // empty: the catalogue function below
    act::FunctionId function = act::FunctionId::Tanh;
    act::Parameters parameters; // the catalogue function's, valid
    // With a formula: one value per Formula::parameters() entry, in that order (1 unless set).
    std::vector<double> formulaParameters;
    // Either one, ready to evaluate; a formula in Precision::Accurate (f within 1e-12).
    std::shared_ptr<const act::Activation> activation;
};

// Reads --function or --formula (exactly one, once) and every --param for it. `mode` names the
// option asking ("--csv") in messages. Throws a UsageError naming the problem: an unknown
// function, a formula that does not parse (the parser's message with its column), a parameter
// the function or formula does not have, a value that is not a number or out of its domain.
ActivationChoice parseActivationChoice(const QCommandLineParser &parser, const QString &mode);

} // namespace cli
