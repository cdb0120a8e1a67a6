// The standard normal distribution function Φ(x) of the span kernels' GELU (spankernels_simd.h),
// inline and without branches per lane, in place of a call to SLEEF's erfc. Internal to core/;
// include only where S (the SIMD width's operations) is defined.
//
// W. J. Cody's rational Chebyshev approximations (Cody, "Rational Chebyshev approximation for
// the error function", Math. Comp. 23 (1969); the coefficients of his ANORM, netlib specfun,
// designed for 18 significant digits), three intervals of |x|:
//   |x| ≤ 0.66291:       Φ = ½ + x·N(x²)/D(x²)                       (degree 4/4)
//   0.66291 < |x| ≤ √32: Φ(−|x|) = e^{−x²/2}·N(|x|)/D(|x|)            (degree 8/8)
//   |x| > √32:           Φ(−|x|) = e^{−x²/2}·(1/√(2π) − t·P(t)/Q(t))/|x|, t = 1/x² (5/5)
// and Φ(|x|) = 1 − Φ(−|x|). Every lane evaluates one pair of degree-8 polynomials whose
// coefficients it looks up by its interval (S::lookup: a register permute, no blend per
// interval), so the three cost as much as one. The third interval is rewritten in u = x²
// (numerator and denominator times u⁶, and 1/√(2π)·Q − t·P merged into one numerator, the
// coefficients rounded once from long double), which leaves one division for all three.
// e^{−x²/2} takes x² as an exact head and tail (fma), so the lower tail keeps its relative
// precision down to where Φ is subnormal (x ≈ −37.5); |x| is clamped at 40, where e^{−800} is 0,
// so nothing overflows. Measured against libquadmath: within 1.1e−15 relative where Φ is normal
// (tests/test_normal_cdf.cpp; 1.02e−15 at worst).
#pragma once

namespace act::spankernels::normalcdf {

inline constexpr double kInnerEdge = 0.66291;                   // Cody's thrsh: Φ(thrsh) ≈ 0.75
inline constexpr double kOuterEdge = 5.65685424949238019520675; // √32
inline constexpr double kClamp = 40.0;

namespace detail {
using L = long double;
inline constexpr L a[5] = {2.2352520354606839287L, 161.02823106855587881L, 1067.6894854603709582L,
                           18154.981253343561249L, 0.065682337918207449113L};
inline constexpr L b[4] = {47.20258190468824187L, 976.09855173777669322L, 10260.932208618978205L,
                           45507.789335026729956L};
inline constexpr L c[9] = {
    0.39894151208813466764L, 8.8831497943883759412L, 93.506656132177855979L,
    597.27027639480026226L,  2494.5375852903726711L, 6848.1904505362823326L,
    11602.651437647350124L,  9842.7148383839780218L, 1.0765576773720192317e-8L};
inline constexpr L d[8] = {22.266688044328115691L, 235.38790178262499861L, 1519.377599407554805L,
                           6485.558298266760755L,  18615.571640885098091L, 34900.952721145977266L,
                           38912.003286093271411L, 19685.429676859990727L};
inline constexpr L p[6] = {0.21589853405795699L,   0.1274011611602473639L,
                           0.022235277870649807L,  0.001421619193227893466L,
                           2.9112874951168792e-5L, 0.02307344176494017303L};
inline constexpr L q[5] = {1.28426009614491121L, 0.468238212480865118L, 0.0659881378689285515L,
                           0.00378239633202758244L, 7.29751555083966205e-5L};
inline constexpr L s = 0.398942280401432677939946059934381868L; // 1/√(2π)
} // namespace detail

// Coefficient i (of t^{8−i}) for each interval: [inner, middle, outer, unused], so a row is
// what S::lookup permutes. Inner in t = x², middle in t = |x|, outer in t = x² (reversed).
struct Row
{
    alignas(32) double v[4];
};
inline constexpr Row kNumerator[9] = {
    {{0, double(detail::c[8]), 0, 0}},
    {{0, double(detail::c[0]), 0, 0}},
    {{0, double(detail::c[1]), double(detail::s *detail::q[4]), 0}},
    {{0, double(detail::c[2]), double(detail::s *detail::q[3] - detail::p[4]), 0}},
    {{double(detail::a[4]), double(detail::c[3]), double(detail::s *detail::q[2] - detail::p[3]),
      0}},
    {{double(detail::a[0]), double(detail::c[4]), double(detail::s *detail::q[1] - detail::p[2]),
      0}},
    {{double(detail::a[1]), double(detail::c[5]), double(detail::s *detail::q[0] - detail::p[1]),
      0}},
    {{double(detail::a[2]), double(detail::c[6]), double(detail::s - detail::p[0]), 0}},
    {{double(detail::a[3]), double(detail::c[7]), double(-detail::p[5]), 0}},
};
// The outer interval's denominator is u⁶·Q(1/u) = u·(1 + q₀u + … + q₄u⁵), times |x| afterwards.
inline constexpr Row kDenominator[9] = {
    {{0, 1, 0, 0}},
    {{0, double(detail::d[0]), 0, 0}},
    {{0, double(detail::d[1]), double(detail::q[4]), 0}},
    {{0, double(detail::d[2]), double(detail::q[3]), 0}},
    {{1, double(detail::d[3]), double(detail::q[2]), 0}},
    {{double(detail::b[0]), double(detail::d[4]), double(detail::q[1]), 0}},
    {{double(detail::b[1]), double(detail::d[5]), double(detail::q[0]), 0}},
    {{double(detail::b[2]), double(detail::d[6]), 1, 0}},
    {{double(detail::b[3]), double(detail::d[7]), 0, 0}},
};

} // namespace act::spankernels::normalcdf

namespace act::spankernels {

// Φ(x) and e^{−x²/2} (0 beyond |x| = 40) on every lane of x; NaN stays NaN. S needs abs, min,
// fma, gt, lt, andNotM, pick, the interval index (S::interval: 0, 1 or 2 from two masks) and
// S::lookup(row, index), and expOfMinus<0, 1>.
template <typename S> struct Normal
{
    typename S::V cdf, density; // density: e^{−x²/2}, without the 1/√(2π)
};

template <typename S> [[gnu::always_inline]] inline Normal<S> normal(typename S::V x)
{
    using V = typename S::V;
    using namespace normalcdf;
    const auto c = [](double v) { return S::set(v); };
    const V a = S::abs(x);
    const V ac = S::min(c(kClamp), a); // NaN stays: min returns its second operand then
    const auto middleOrOuter = S::gt(a, c(kInnerEdge));
    const auto outer = S::gt(a, c(kOuterEdge));
    const auto index = S::interval(middleOrOuter, outer);
    const V u = ac * ac;
    const V uTail = S::fma(ac, ac, -u); // x² = u + uTail exactly
    const V t = S::pick(S::andNotM(outer, middleOrOuter), ac, u);
    V n = S::lookup(kNumerator[0].v, index), d = S::lookup(kDenominator[0].v, index);
    for (int i = 1; i < 9; ++i) {
        n = S::fma(n, t, S::lookup(kNumerator[i].v, index));
        d = S::fma(d, t, S::lookup(kDenominator[i].v, index));
    }
    n = S::pick(middleOrOuter, n, x * n);
    d = S::pick(outer, d * ac, d);
    const V r = n / d;
    const V e0 = S::template expOfMinus<0, 1>(c(0.5) * u);
    const V e = e0 * (c(1.0) - c(0.5) * uTail); // e^{−(u + uTail)/2}
    const V lower = e * r;                      // Φ(−|x|) outside the inner interval
    const V tail = S::pick(S::lt(x, S::set(0.0)), lower, c(1.0) - lower);
    return {S::pick(middleOrOuter, tail, c(0.5) + r), e};
}

} // namespace act::spankernels
