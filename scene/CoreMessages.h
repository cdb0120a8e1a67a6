// The core's refusals (formula parse errors, parameter values out of their domain) in the
// language of the installed translators, worded from their codes and arguments. Without a
// translator (the command line) each is exactly the core's English message.
#pragma once

#include "activations.h"
#include "formula.h"

#include <QString>

namespace coremessages {

QString parseError(const act::ParseError &error); // "unknown name 'sigmod' at column 3 — …"
QString parameterProblem(act::FunctionId id, const act::ParameterProblem &problem);
QString domain(const act::ParameterSpec &parameter); // "> 0", ">= 0 and <= 1"

// The QString column of a parse error in `text` (ParseError::column counts code points from 1;
// a QLineEdit's cursor counts UTF-16 units from 0).
int cursorPosition(const QString &text, const act::ParseError &error);

} // namespace coremessages
