// "--param [FUNCTION.]K=V": parsing one assignment and applying it to a function's parameters.
// Shared by every command-line mode that takes parameters.
#pragma once

#include "activations.h"

#include <QString>

#include <optional>

namespace cli {

struct ParameterAssignment
{
    QString function; // empty when the assignment names no function
    QString key;
    QString valueText;
};

// Splits the text; throws nothing, an empty key means the text was malformed.
ParameterAssignment parseParameterAssignment(const QString &text);

// Sets the value on `params` when `id` has that key and the value is valid for it; otherwise
// returns a message that names the problem (unknown parameter, not a number, out of domain).
std::optional<QString> applyParameterAssignment(const ParameterAssignment &assignment,
                                                act::FunctionId id, act::Parameters &params);

} // namespace cli
