// Point kernels: f, f', f'' of each activation in closed form, written to keep full relative
// precision in the tails and near 0 (see core/README.md for the reasoning per function).
// Internal to core/; callers use act::evaluate().
#pragma once

#include "activations.h"

#include <cfloat>
#include <cmath>

namespace act::kernels {

// a·b·g for |g| <= 1. The parameter product a·b comes first, as the obvious formula has it,
// unless it overflows although the whole need not (selu λα = 1e308·10): then the larger factor
// meets g first, which cannot overflow since |g| <= 1, so the result is infinite only where the
// true value is beyond DBL_MAX, and g = 0 gives 0 instead of ∞·0 = NaN.
inline double product(double a, double b, double g)
{
    const double ab = a * b;
    if (std::isfinite(ab)) return ab * g;
    const bool aLarger = std::fabs(a) >= std::fabs(b);
    return ((aLarger ? a : b) * g) * (aLarger ? b : a);
}

// a·b·eˣ for x <= 0. Below x ≈ −708.4, eˣ is subnormal (few digits) or 0 although a huge a·b can
// lift the result back into the normal range (elu α = 1e308: f'(−740) = 4.2e−14); there the
// factors are taken into the exponent through logarithms instead.
inline double productExp(double a, double b, double x)
{
    const double e = std::exp(x);
    if (e >= DBL_MIN || a == 0.0 || b == 0.0) return product(a, b, e);
    return std::copysign(std::exp(x + (std::log(std::fabs(a)) + std::log(std::fabs(b)))), a * b);
}

// σ(x) without overflow and with full relative precision in both tails.
inline double sigmoid(double x)
{
    if (x >= 0) return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

// sech²(x) = 1 − tanh²(x), without the cancellation of that form in the tails.
inline double sech2(double x)
{
    const double e = std::exp(-2.0 * std::fabs(x));
    const double d = 1.0 + e;
    return 4.0 * e / (d * d);
}

// log(1 + eˣ), accurate for every x.
inline double softplus1(double x)
{
    if (x > 0) return x + std::log1p(std::exp(-x));
    return std::log1p(std::exp(x));
}

// x − tanh x; near 0 the difference cancels, so a Taylor series x³/3 − 2x⁵/15 + … is used
// there (coefficients 2^{2n}(2^{2n}−1)|B_{2n}|/(2n)!, generated with exact rationals).
inline double tanhshrink(double x)
{
    const double ax = std::fabs(x);
    if (ax >= 0.25) return x - std::tanh(x);
    static constexpr double c[] = {
        3.33333333333333333333e-01,  -1.33333333333333333333e-01, 5.39682539682539682540e-02,
        -2.18694885361552028219e-02, 8.86323552990219656886e-03,  -3.59212803657248101693e-03,
        1.45583438705131826825e-03,  -5.90027440945585981378e-04, 2.39129114243552481486e-04,
        -9.69153795692945032560e-05, 3.92783238833168340534e-05,  -1.59189050693289647407e-05,
    };
    const double x2 = x * x;
    double sum = c[std::size(c) - 1];
    for (int i = int(std::size(c)) - 2; i >= 0; --i)
        sum = sum * x2 + c[i];
    return x * x2 * sum;
}

// Standard normal density φ(x), with x² split into an exact head and tail so e^{−x²/2} keeps
// its relative precision for |x| up to ~38.
inline double normalPdf(double x)
{
    constexpr double kInvSqrt2Pi = 0.398942280401432677939946059934381868;
    const double hi = x * x;
    const double lo = std::fma(x, x, -hi);
    return kInvSqrt2Pi * std::exp(-0.5 * hi) * (1.0 - 0.5 * lo);
}

// Φ(x) = ½ erfc(−x/√2): erfc keeps the relative precision of the lower tail.
inline double normalCdf(double x)
{
    constexpr double kInvSqrt2 = 0.707106781186547524400844362104849039;
    return 0.5 * std::erfc(-x * kInvSqrt2);
}

inline Derivatives linear(double x, double alpha)
{
    return {alpha * x, alpha, 0.0};
}

inline Derivatives sigmoidAll(double x)
{
    const double s = sigmoid(x);
    const double sm = sigmoid(-x);
    const double d1 = s * sm;
    // σ'' = σ(1−σ)(1−2σ) and 1 − 2σ(x) = −tanh(x/2), which keeps precision near 0.
    return {s, d1, -d1 * std::tanh(0.5 * x)};
}

inline Derivatives tanhAll(double x)
{
    const double t = std::tanh(x);
    const double s2 = sech2(x);
    return {t, s2, -2.0 * t * s2};
}

// Slope `slope` for x <= 0 (PyTorch: f'(0) takes the negative side's slope).
inline Derivatives leaky(double x, double slope)
{
    if (x > 0) return {x, 1.0, 0.0};
    return {slope * x, slope, 0.0};
}

inline Derivatives relu(double x)
{
    if (x > 0) return {x, 1.0, 0.0};
    return {0.0, 0.0, 0.0};
}

// λ·ELU(x; α): x ≤ 0 uses the exponential side (PyTorch: f'(0) = λα). λα may overflow where
// λα·(eˣ − 1) and λα·eˣ do not, and eˣ underflow where λα·eˣ does not: see product/productExp.
inline Derivatives elu(double x, double alpha, double lambda)
{
    if (x > 0) return {lambda * x, lambda, 0.0};
    const double d1 = productExp(lambda, alpha, x);
    return {product(lambda, alpha, std::expm1(x)), d1, d1};
}

inline Derivatives celu(double x, double alpha)
{
    if (x > 0) return {x, 1.0, 0.0};
    const double t = x / alpha;
    const double e = std::exp(t);
    // With α ≫ |x| (α = 1e308, x = −1e−300) t underflows and α·expm1(t) would lose f = x(1 +
    // t/2 + …) = x; with a tiny α, e^t underflows where e^t/α is still normal.
    const double f = std::fabs(t) < DBL_MIN ? x : alpha * std::expm1(t);
    const double d2 = e >= DBL_MIN ? e / alpha : std::exp(t - std::log(alpha));
    return {f, e, d2};
}

inline Derivatives gelu(double x)
{
    // Beyond |x| = 40, φ(x) < 1e-347 underflows: f' is Φ(x) (0 or 1) and f'' is 0. Returning
    // early also keeps x² from overflowing into ∞·0 = NaN for huge |x|.
    const double cdf = normalCdf(x);
    if (std::fabs(x) > 40.0) return {x * cdf, cdf, 0.0};
    const double pdf = normalPdf(x);
    // f'' = φ(x)(2 − x²); fma keeps 2 − x² exact-ish near its roots ±√2.
    return {x * cdf, cdf + x * pdf, pdf * std::fma(-x, x, 2.0)};
}

// ½x(1 + tanh u) = x·σ(2u): the σ form has no cancellation when u ≪ 0.
inline Derivatives geluTanh(double x)
{
    constexpr double kK = 0.797884560802865355879892119868763737; // √(2/π)
    constexpr double kC = 0.044715;
    // Beyond |x| = 30, |2u| > 1900 and e^{−|2u|} underflows: the function is x or 0 exactly in
    // double; returning early keeps u, u' and u'' from overflowing for huge |x|.
    if (x > 30.0) return {x, 1.0, 0.0};
    if (x < -30.0) return {0.0, 0.0, 0.0};
    const double x2 = x * x;
    const double u = kK * x * (1.0 + kC * x2);
    const double du = kK * (1.0 + 3.0 * kC * x2);
    const double d2u = 6.0 * kK * kC * x;
    // d/dx[σ(2u)σ(−2u)] = 2u'σσm(σm − σ) and σ(−2u) − σ(2u) = −tanh u.
    const double bracket = 2.0 * du + x * d2u - 2.0 * x * du * du * std::tanh(u);
    const double a2u = std::fabs(2.0 * u);
    if (a2u > 700.0) {
        // σ(−|2u|) = e^{−|2u|} is subnormal or nearly: multiply it into the polynomial factors
        // through logarithms so a normal result keeps its precision.
        auto scaled = [a2u](double factor) {
            return std::copysign(std::exp(std::log(std::fabs(factor)) - a2u), factor);
        };
        if (u > 0) return {x, 1.0, scaled(2.0 * bracket)};
        return {scaled(x), scaled(1.0 + 2.0 * x * du), scaled(2.0 * bracket)};
    }
    const double s = sigmoid(2.0 * u);
    const double sm = sigmoid(-2.0 * u);
    const double ssm = s * sm;
    return {x * s, s + 2.0 * x * du * ssm, 2.0 * ssm * bracket};
}

inline Derivatives swish(double x, double beta)
{
    const double t = beta * x;
    // Beyond |t| = 708, e^{−|t|} is below DBL_MIN: σ of the far side would be subnormal (few
    // digits) or 0. The tails are then exact in closed form, multiplied through logarithms so
    // a normal result keeps its precision when |x| or |β| is huge. Returning early also keeps
    // t·σ(−t) from becoming ∞·0 when βx overflows.
    constexpr double kTail = 708.0;
    if (t > kTail) {
        // f = x(1 − e^{−t}) and f' = 1 + (t − 1)e^{−t} round to x and 1; f'' = β(2 − t)e^{−t}.
        if (std::isinf(t)) return {x, 1.0, 0.0};
        const double d2 =
            -std::copysign(std::exp(-t + std::log(std::fabs(beta)) + std::log(t - 2.0)), beta);
        return {x, 1.0, d2};
    }
    if (t < -kTail) {
        // f = x·e^t, f' = (1 + t)e^t, f'' = β(2 + t)e^t.
        if (std::isinf(t)) return {std::copysign(0.0, x), 0.0, 0.0};
        const double f = std::copysign(std::exp(t + std::log(std::fabs(x))), x);
        const double d1 = -std::exp(t + std::log(-(1.0 + t)));
        const double d2 =
            -std::copysign(std::exp(t + std::log(std::fabs(beta)) + std::log(-(2.0 + t))), beta);
        return {f, d1, d2};
    }
    const double s = sigmoid(t);
    const double sm = sigmoid(-t);
    // f' = σ(t)(1 + t·σ(−t)); f'' = βσσm(2 − t·tanh(t/2)).
    return {x * s, s * (1.0 + t * sm), beta * s * sm * (2.0 - t * std::tanh(0.5 * t))};
}

inline Derivatives softplus(double x, double beta, double threshold)
{
    const double t = beta * x;
    if (t > threshold) return {x, 1.0, 0.0}; // PyTorch's linear branch
    const double s = sigmoid(t);
    // Beyond |t| = 708, e^{−|t|} is below DBL_MIN, but a tiny β lifts f = log1p(e^t)/β ≈ e^t/β
    // and a huge β lifts f'' = βσ(t)σ(−t) ≈ βe^{−|t|} back into the normal range (β = 1e-300,
    // t = −740: f = 4.2e−22): β goes into the exponent. The dropped factors 1 + O(e^{−|t|}) are 1.
    constexpr double kTail = 708.0;
    if (t < -kTail) return {std::exp(t - std::log(beta)), s, std::exp(t + std::log(beta))};
    if (t > kTail) return {softplus1(t) / beta, s, std::exp(std::log(beta) - t)};
    return {softplus1(t) / beta, s, beta * s * sigmoid(-t)};
}

// hardtanh / relu6: f' = 1 only strictly inside (PyTorch: 0 at both clamp points).
inline Derivatives clamp(double x, double lo, double hi)
{
    if (x <= lo) return {lo, 0.0, 0.0};
    if (x >= hi) return {hi, 0.0, 0.0};
    return {x, 1.0, 0.0};
}

inline Derivatives mish(double x)
{
    // tsp = tanh(softplus x) = n/(n + 2) with n = eˣ(eˣ + 2); q = sech²(softplus x) = 4A/(A+1)²
    // with A = (1 + eˣ)². For x > 0 both are rewritten in e^{−x} so nothing overflows and
    // nothing cancels.
    double tsp, q;
    if (x > 0) {
        const double e = std::exp(-x);
        tsp = (1.0 + 2.0 * e) / (1.0 + 2.0 * e + 2.0 * e * e);
        const double r = e / (1.0 + e); // 1/(1 + eˣ)
        const double a = r * r;         // 1/A
        q = 4.0 * a / ((1.0 + a) * (1.0 + a));
    } else {
        const double e = std::exp(x);
        const double n = e * (e + 2.0);
        tsp = n / (n + 2.0);
        const double A = (1.0 + e) * (1.0 + e);
        q = 4.0 * A / ((A + 1.0) * (A + 1.0));
    }
    const double s = sigmoid(x);
    const double sm = sigmoid(-x);
    const double bracket = 2.0 + x * (sm - 2.0 * tsp * s);
    double d2 = q * s * bracket;
    if (x > 800.0) {
        d2 = 0.0; // ~8x·e^{−2x} underflows; also keeps 2x from overflowing for huge x
    } else if (x > 300.0) {
        // q ≈ 4e^{−2x} would be subnormal before the factor x in the bracket lifts the product
        // back into the normal range: multiply in that order instead.
        const double r = std::exp(-x) / (1.0 + std::exp(-x));
        const double a = r * r;
        d2 = 4.0 * r * (r * s * bracket) / ((1.0 + a) * (1.0 + a));
    }
    return {x * tsp, tsp + x * q * s, d2};
}

inline Derivatives softsign(double x)
{
    const double d = 1.0 + std::fabs(x);
    const double sign = x > 0 ? 1.0 : (x < 0 ? -1.0 : 0.0); // sign(0) = 0, as PyTorch
    return {x / d, 1.0 / (d * d), -2.0 * sign / (d * d * d)};
}

inline Derivatives hardsigmoid(double x)
{
    if (x <= -3.0) return {0.0, 0.0, 0.0};
    if (x >= 3.0) return {1.0, 0.0, 0.0};
    return {(x + 3.0) / 6.0, 1.0 / 6.0, 0.0};
}

// PyTorch: f' = 0 for x < −3, (2x + 3)/6 for −3 ≤ x ≤ 3, 1 for x > 3.
inline Derivatives hardswish(double x)
{
    if (x < -3.0) return {0.0, 0.0, 0.0};
    if (x > 3.0) return {x, 1.0, 0.0};
    return {x * (x + 3.0) / 6.0, (2.0 * x + 3.0) / 6.0, 1.0 / 3.0};
}

inline Derivatives logsigmoid(double x)
{
    const double sm = sigmoid(-x);
    return {-softplus1(-x), sm, -sigmoid(x) * sm};
}

inline Derivatives tanhshrinkAll(double x)
{
    const double t = std::tanh(x);
    return {tanhshrink(x), t * t, 2.0 * t * sech2(x)};
}

// PyTorch: f' = 0 on the closed band −λ ≤ x ≤ λ.
inline Derivatives softshrink(double x, double lambda)
{
    if (x > lambda) return {x - lambda, 1.0, 0.0};
    if (x < -lambda) return {x + lambda, 1.0, 0.0};
    return {0.0, 0.0, 0.0};
}

inline Derivatives hardshrink(double x, double lambda)
{
    if (x > lambda || x < -lambda) return {x, 1.0, 0.0};
    return {0.0, 0.0, 0.0};
}

inline Derivatives threshold(double x, double theta, double value)
{
    if (x > theta) return {x, 1.0, 0.0};
    return {value, 0.0, 0.0};
}

} // namespace act::kernels
