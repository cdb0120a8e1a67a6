// The core's refusals and reports (formula parse errors, parameter values out of their domain,
// network settings it cannot simulate, a fixed point not reached, softmax's errors) in the
// language of the installed translators, worded from their codes and arguments. Without a
// translator (the command line) each is exactly the core's English message.
#pragma once

#include "activations.h"
#include "formula.h"
#include "meanfield.h"
#include "softmax.h"

#include <QString>

namespace coremessages {

QString parseError(const act::ParseError &error); // "unknown name 'sigmod' at column 3 — …"
QString parameterProblem(act::FunctionId id, const act::ParameterProblem &problem);
QString domain(const act::ParameterSpec &parameter);          // "> 0", ">= 0 and <= 1"
QString settingsProblem(const act::SettingsProblem &problem); // "the width must be from 1 to …"
QString fixedPoint(const act::FixedPoint &point); // "no fixed point reached: q was still …"
QString softmaxError(act::SoftmaxError error);    // "there are no logits"

// The QString column of a parse error in `text` (ParseError::column counts code points from 1;
// a QLineEdit's cursor counts UTF-16 units from 0).
int cursorPosition(const QString &text, const act::ParseError &error);

} // namespace coremessages
