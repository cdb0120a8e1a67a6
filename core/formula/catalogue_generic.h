// The catalogue functions written once from their definitions, generic in the number type, for
// the MPFR refinement: their derivatives come from automatic differentiation of these
// formulas, not from the double kernels (kernels.h), so the refinement checks the kernels
// rather than repeating them. No tail tricks are needed: MPFR has no overflow in this range,
// and a cancellation shows in the error bound and is answered with more precision.
// Branches follow the kernels' PyTorch conventions (core/README.md) on the argument's value.
// Internal to the formula library.
#pragma once

#include "activations.h"
#include "tracked.h"

#include <type_traits>

namespace act::formula {

template <class N> N catalogueGeneric(FunctionId id, const Parameters &params, const N &u)
{
    using T = std::decay_t<decltype(valueOf(u))>;
    using std::sqrt;
    const T &t = valueOf(u);
    auto c = [&u](double v) { return liftLike(u, T(v)); };
    auto sigmoid = [&](const N &z) { return c(1.0) / (c(1.0) + apply(Fn::Exp, -z)); };
    auto softplus1 = [&](const N &z) { return apply(Fn::Log1p, apply(Fn::Exp, z)); };
    auto linear = [&](double slope) { return c(slope) * u; };
    auto clamp = [&](double lo, double hi) {
        if (t <= T(lo)) return c(lo);
        if (t >= T(hi)) return c(hi);
        return u;
    };
    const double a = params.values[0];
    const double b = params.values[1];
    const bool positive = t > T(0.0);
    switch (id) {
    case FunctionId::Linear:
        return linear(a);
    case FunctionId::Sigmoid:
        return sigmoid(u);
    case FunctionId::Tanh:
        return apply(Fn::Tanh, u);
    case FunctionId::Relu:
        return positive ? u : c(0.0);
    case FunctionId::LeakyRelu:
    case FunctionId::Prelu:
        return positive ? u : linear(a);
    case FunctionId::Rrelu:
        return positive ? u : (c(a) + c(b)) / c(2.0) * u;
    case FunctionId::Elu:
        return positive ? u : c(a) * apply(Fn::Expm1, u);
    case FunctionId::Selu:
        return c(b) * (positive ? u : c(a) * apply(Fn::Expm1, u));
    case FunctionId::Celu:
        return positive ? u : c(a) * apply(Fn::Expm1, u / c(a));
    case FunctionId::Gelu: {
        const N invSqrt2 = liftLike(u, T(1.0) / sqrt(T(2.0)), false);
        return c(0.5) * u * apply(Fn::Erfc, -(u * invSqrt2));
    }
    case FunctionId::GeluTanh: {
        // ½x(1 + tanh k(x + 0.044715x³)) = x·σ(2k(x + 0.044715x³)), the form without
        // cancellation. 0.044715 is the double constant PyTorch and the kernel use.
        const N k = liftLike(u, sqrt(T(2.0) / Num<T>::pi()), false);
        return u * sigmoid(c(2.0) * k * (u + c(0.044715) * u * u * u));
    }
    case FunctionId::Swish:
        return u * sigmoid(c(a) * u);
    case FunctionId::Silu:
        return u * sigmoid(u);
    case FunctionId::Softplus:
        // PyTorch's linear branch, the comparison made in double as the kernel makes it.
        if (a * toDouble(t) > b) return u;
        return softplus1(c(a) * u) / c(a);
    case FunctionId::Relu6:
        return clamp(0.0, 6.0);
    case FunctionId::Mish:
        return u * apply(Fn::Tanh, softplus1(u));
    case FunctionId::Softsign:
        return u / (c(1.0) + apply(Fn::Abs, u));
    case FunctionId::Hardtanh:
        return clamp(a, b);
    case FunctionId::Hardsigmoid:
        if (t <= T(-3.0)) return c(0.0);
        if (t >= T(3.0)) return c(1.0);
        return (u + c(3.0)) / c(6.0);
    case FunctionId::Hardswish:
        if (t < T(-3.0)) return c(0.0);
        if (t > T(3.0)) return u;
        return u * (u + c(3.0)) / c(6.0);
    case FunctionId::Logsigmoid:
        return -softplus1(-u);
    case FunctionId::Tanhshrink:
        return u - apply(Fn::Tanh, u);
    case FunctionId::Softshrink:
        if (t > T(a)) return u - c(a);
        if (t < T(-a)) return u + c(a);
        return c(0.0);
    case FunctionId::Hardshrink:
        return (t > T(a) || t < T(-a)) ? u : c(0.0);
    case FunctionId::Threshold:
        return t > T(a) ? u : c(b);
    }
    return c(0.0);
}

} // namespace act::formula
