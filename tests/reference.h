// An independent quad-precision (__float128, libquadmath) reference for every activation
// function and its first two derivatives, derived from the mathematical definitions (PyTorch
// semantics, kink conventions of PyTorch's autograd). It shares nothing with core/ except the
// FunctionId enum and the Parameters struct, so a mistake in the implementation cannot hide
// behind the same mistake here.
#pragma once

#include "activations.h"

#include <quadmath.h>

#include <string>
#include <vector>

namespace ref {

using quad = __float128;

struct Derivatives
{
    quad f;
    quad d1;
    quad d2;
};

// f, f', f'' at x for the exact double parameter values in `params`.
Derivatives evaluate(act::FunctionId id, const act::Parameters &params, double x);

// f''' at x, estimated by a quad-precision centred difference of the reference f'' (relative
// step 1e-12) that stays on the branch x itself is on, so a kink next to x does not leak in.
// Needed only for the conditioning allowance of the f'' comparison.
quad thirdDerivative(act::FunctionId id, const act::Parameters &params, double x);

// The points where f, f' or f'' of this reference changes branch (kinks, clamps, the softplus
// threshold), for choosing test points on and next to them and for keeping finite-difference
// checks away from them.
std::vector<double> kinks(act::FunctionId id, const act::Parameters &params);

// Formatting helper for messages: a quad value with `digits` significant digits.
std::string toString(quad value, int digits = 20);

} // namespace ref
