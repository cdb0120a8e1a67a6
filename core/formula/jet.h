// Second-order forward-mode automatic differentiation: a jet {v, d1, d2} is a value with its
// first two derivatives in x, and every operation applies the chain rule to it exactly (no
// finite differences). Generic in the number type: double for the fast pass, Big (MPFR) for
// the refinement. Tracked<T> carries beside each jet an absolute bound on its rounding error
// (first-order error analysis), which tells where the double pass can be trusted.
// Internal to the formula library.
#pragma once

#include "big.h"
#include "kernels.h"
#include "tape.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace act::formula {

template <class T> struct Jet
{
    T v, d1, d2;
};

template <class T> struct Tracked
{
    Jet<T> v; // the computed jet
    Jet<T> e; // |computed − true| ≤ e, per component
};

// The unit roundoff and the absolute error of an underflow, per number type.
template <class T> struct Num;
template <> struct Num<double>
{
    static double unit() { return 0x1p-53; }
    static double tiny() { return DBL_TRUE_MIN; }
    static double infinity() { return std::numeric_limits<double>::infinity(); }
    static double pi() { return 3.141592653589793238462643383279502884; }
    static double twoOverSqrtPi() { return 1.128379167095512573896158903121545172; }
};
template <> struct Num<Big>
{
    static Big unit()
    {
        Big r(1.0);
        mpfr_mul_2si(r.get(), r.get(), -long(Big::precision()), MPFR_RNDN);
        return r;
    }
    static Big tiny() { return Big(0.0); } // MPFR's exponent range makes underflow unreachable
    static Big infinity() { return Big(std::numeric_limits<double>::infinity()); }
    static Big pi() { return Big::pi(); }
    static Big twoOverSqrtPi() { return Big(2.0) / sqrt(Big::pi()); }
};

inline double toDouble(double v)
{
    return v;
}
inline double toDouble(const Big &v)
{
    return v.toDouble();
}

inline bool isInteger(double v)
{
    return std::isfinite(v) && v == std::nearbyint(v);
}

// sech² t and e^{−t²}, kept accurate in double where the obvious forms are not.
inline double sech2(double t)
{
    return kernels::sech2(t);
}
inline Big sech2(const Big &t)
{
    const Big c = cosh(t);
    return Big(1.0) / (c * c);
}
inline double gaussian(double t)
{
    const double hi = t * t;
    const double lo = std::fma(t, t, -hi); // t² = hi + lo exactly
    return std::exp(-hi) * (1.0 - lo);
}
inline Big gaussian(const Big &t)
{
    return exp(-(t * t));
}

// g, g', g'' of an elementary function at t.
template <class T> Jet<T> elementaryAt(Fn fn, const T &t)
{
    using std::abs, std::exp, std::log, std::log1p, std::expm1, std::sqrt, std::sin, std::cos,
        std::tan, std::sinh, std::cosh, std::tanh, std::erf, std::erfc;
    switch (fn) {
    case Fn::Exp: {
        const T e = exp(t);
        return {e, e, e};
    }
    case Fn::Log: {
        const T r = T(1.0) / t;
        return {log(t), r, -(r * r)};
    }
    case Fn::Log1p: {
        const T r = T(1.0) / (T(1.0) + t);
        return {log1p(t), r, -(r * r)};
    }
    case Fn::Expm1: {
        const T e = exp(t);
        return {expm1(t), e, e};
    }
    case Fn::Sqrt: {
        const T s = sqrt(t);
        const T h = T(0.5) / s;
        return {s, h, -h / (T(2.0) * t)};
    }
    case Fn::Abs: // PyTorch: abs'(0) = sign(0) = 0
        return {abs(t), T(t > T(0.0) ? 1.0 : (t < T(0.0) ? -1.0 : 0.0)), T(0.0)};
    case Fn::Sin:
        return {sin(t), cos(t), -sin(t)};
    case Fn::Cos:
        return {cos(t), -sin(t), -cos(t)};
    case Fn::Tan: {
        const T v = tan(t);
        const T d = T(1.0) + v * v;
        return {v, d, T(2.0) * v * d};
    }
    case Fn::Sinh:
        return {sinh(t), cosh(t), sinh(t)};
    case Fn::Cosh:
        return {cosh(t), sinh(t), cosh(t)};
    case Fn::Tanh: {
        const T v = tanh(t);
        const T s = sech2(t);
        return {v, s, T(-2.0) * v * s};
    }
    case Fn::Erf:
    case Fn::Erfc: {
        const T g = Num<T>::twoOverSqrtPi() * gaussian(t);
        const T g2 = T(-2.0) * t * g;
        if (fn == Fn::Erf) return {erf(t), g, g2};
        return {erfc(t), -g, -g2};
    }
    }
    return {T(0.0), T(0.0), T(0.0)};
}

// t^b for an exponent b that does not depend on x: integer b is its own rule (no logarithm, so
// a negative base is fine); a non-integer b of a negative base is NaN, as pow() gives.
template <class T> Jet<T> powerAt(const T &t, const T &b)
{
    using std::pow;
    if (b == T(0.0)) return {T(1.0), T(0.0), T(0.0)};
    if (b == T(1.0)) return {t, T(1.0), T(0.0)};
    return {pow(t, b), b * pow(t, b - T(1.0)), b * (b - T(1.0)) * pow(t, b - T(2.0))};
}

// ---- plain jets -------------------------------------------------------------------------
template <class T> Jet<T> operator+(const Jet<T> &a, const Jet<T> &b)
{
    return {a.v + b.v, a.d1 + b.d1, a.d2 + b.d2};
}
template <class T> Jet<T> operator-(const Jet<T> &a, const Jet<T> &b)
{
    return {a.v - b.v, a.d1 - b.d1, a.d2 - b.d2};
}
template <class T> Jet<T> operator-(const Jet<T> &a)
{
    return {-a.v, -a.d1, -a.d2};
}
template <class T> Jet<T> operator*(const Jet<T> &a, const Jet<T> &b)
{
    return {a.v * b.v, a.d1 * b.v + a.v * b.d1, a.d2 * b.v + T(2.0) * (a.d1 * b.d1) + a.v * b.d2};
}
template <class T> Jet<T> operator/(const Jet<T> &a, const Jet<T> &b)
{
    const T q = a.v / b.v;
    const T q1 = (a.d1 - q * b.d1) / b.v;
    return {q, q1, (a.d2 - T(2.0) * (q1 * b.d1) - q * b.d2) / b.v};
}
// The chain rule for g∘a given g, g', g'' at a.v. A constant argument stays constant even
// where g' is infinite (sqrt at 0).
template <class T> Jet<T> chain(const Jet<T> &g, const Jet<T> &a)
{
    if (a.d1 == T(0.0) && a.d2 == T(0.0)) return {g.v, T(0.0), T(0.0)};
    return {g.v, g.d1 * a.d1, g.d2 * (a.d1 * a.d1) + g.d1 * a.d2};
}
template <class T> Jet<T> apply(Fn fn, const Jet<T> &a)
{
    return chain(elementaryAt(fn, a.v), a);
}
template <class T> Jet<T> power(const Jet<T> &a, const Jet<T> &b)
{
    if (b.d1 == T(0.0) && b.d2 == T(0.0)) return chain(powerAt(a.v, b.v), a);
    // a^b = exp(b·log a), the value itself from pow() (exp of a rounded product loses digits).
    using std::pow;
    const Jet<T> p = b * apply(Fn::Log, a);
    const T e = pow(a.v, b.v);
    return {e, e * p.d1, e * (p.d2 + p.d1 * p.d1)};
}
// max (or min) of two jets. At a tie the flatter side's jet is taken (smaller |f'|), which is
// the core's convention for the catalogue kinks: max(x, 0) at 0 has relu's f' = 0, and
// min(max(x, 0), 6) has relu6's f' = 0 at both clamp points.
template <class T> bool firstWins(const Jet<T> &a, const Jet<T> &b, bool max)
{
    using std::abs;
    if (a.v == b.v)
        return abs(a.d1) < abs(b.d1) || (abs(a.d1) == abs(b.d1) && abs(a.d2) <= abs(b.d2));
    return max ? a.v > b.v : a.v < b.v;
}
template <class T> Jet<T> extremum(const Jet<T> &a, const Jet<T> &b, bool max)
{
    using std::isnan;
    if (isnan(a.v)) return a;
    if (isnan(b.v)) return b;
    return firstWins(a, b, max) ? a : b;
}
template <class T> Jet<T> liftLike(const Jet<T> &, const T &c, bool = true)
{
    return {c, T(0.0), T(0.0)};
}
template <class T> const T &valueOf(const Jet<T> &a)
{
    return a.v;
}

} // namespace act::formula
