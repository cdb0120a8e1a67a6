// The vectorised span kernels, written once over a SIMD width: spankernels_avx2.cpp (four
// doubles, AVX2 + FMA) and spankernels_avx512.cpp (eight, AVX-512F) each define the operations
// of their registers as a struct S and instantiate these templates in a translation unit
// compiled for that instruction set. Internal to core/.
//
// Each kernel keeps the closed forms of kernels.h, written for all lanes at once: both sides
// of a branch are computed and each lane picks its own. The transcendental functions are
// SLEEF's 1-ulp ones (S::exp, S::log1p), except e^{−z} for z ≥ 0, the exponential
// of most kernels (e^{−|x|}, e^{−2|x|}), which S::expOfMinus computes inline (2 ulp), and, on
// AVX2, S::exp too (expavx2.h), and S::log1pOfUnit, log1p for arguments in [0, 1] (softplus's
// and logsigmoid's log1p(e^{−|x|}); inline on AVX2, log1pavx2.h, SLEEF's on AVX-512);
// expm1 and tanh are built here from exp (a Taylor polynomial where
// exp(x) − 1 would cancel), at half SLEEF's cost for the same accuracy.
// GELU's Φ is inline too: Cody's rational approximations, one evaluation for every lane
// (normalcdf.h).
// Where the point kernel takes a special tail branch (through logarithms, so a result lifted
// back from below DBL_MIN keeps its digits, or x² that would overflow), the lane is marked and
// recomputed by the point kernel itself, so tails stay exactly as kernels.h has them. Such
// lanes are rare: beyond |x| ≈ 708 for most functions.
#pragma once

#include "kernels.h"
#include "normalcdf.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <span>

namespace act::spankernels {

// Which outputs the caller asked for, known at compile time: run() instantiates its loop once
// per combination, so what nobody asked for is neither computed nor stored (a cheap function's
// loop is then as lean as a copy). The kernels take it as `auto need` and test need.f etc.
// The operations that make an output are the same whichever others are asked for, and this file
// is compiled with -ffp-contract=off (no fusing that could depend on what the optimiser removed),
// so an output has the same bits in every combination.
template <bool F, bool D1, bool D2> struct Need
{
    static constexpr bool f = F, d1 = D1, d2 = D2;
};

namespace k = kernels;

template <typename S> struct Simd
{
    using V = typename S::V;
    using M = typename S::M;
    struct V3
    {
        V f, d1, d2;
    };

    static V c(double a) { return S::set(a); }
    // The small helpers are always inlined: GCC otherwise calls some of them (tanh, sech2, celu,
    // this one), and a call keeps every vector register of the loop from living across it.
    [[gnu::always_inline]] static V expOfMinus(V z) // e^{−z}, z ≥ 0
    {
        return S::template expOfMinus<0, 1>(z);
    }
    static V zero() { return S::set(0.0); }

    // eˣ − 1 given e = eˣ: below |x| = 0.35 a Taylor polynomial (degree 15, truncation below
    // 1e−20 relative), elsewhere e − 1, whose cancellation costs at most a factor 3.4 there.
    [[gnu::always_inline]] static V expm1(V x, V e)
    {
        const M small = S::lt(S::abs(x), c(0.35));
        if (S::bits(small) == 0) return e - c(1.0);
        static constexpr double inverseFactorial[] = {
            1.0,
            1.0 / 2,
            1.0 / 6,
            1.0 / 24,
            1.0 / 120,
            1.0 / 720,
            1.0 / 5040,
            1.0 / 40320,
            1.0 / 362880,
            1.0 / 3628800,
            1.0 / 39916800,
            1.0 / 479001600,
            1.0 / 6227020800,
            1.0 / 87178291200,
            1.0 / 1307674368000,
        };
        V p = c(inverseFactorial[std::size(inverseFactorial) - 1]);
        for (int i = int(std::size(inverseFactorial)) - 2; i >= 0; --i)
            p = S::fma(p, x, c(inverseFactorial[i]));
        return S::pick(small, x * p, e - c(1.0));
    }

    // tanh x = sign(x)·m/(m − 2)·(−1) with m = e^{−2|x|} − 1: no overflow, no cancellation.
    [[gnu::always_inline]] static V tanh(V x)
    {
        const V ax = S::abs(x);
        const V m2 = c(-2.0) * ax;
        const V m = expm1(m2, S::template expOfMinus<0, 2>(ax));
        const V t = -m / (c(2.0) + m); // tanh |x|
        return S::copySign(t, x);
    }

    // σ(t) and σ(−t) from e = e^{−|t|}, as kernels::sigmoid.
    struct Sigmoids
    {
        V s, sm;
    };
    [[gnu::always_inline]] static Sigmoids sigmoids(V t, V e)
    {
        const V r = c(1.0) / (c(1.0) + e);
        const V er = e * r;
        const M positive = S::ge(t, zero());
        return {S::pick(positive, r, er), S::pick(positive, er, r)};
    }

    // sech²(x) = 4e/(1 + e)² with e = e^{−2|x|}, as kernels::sech2, written g/(¼ + g)² with
    // g = e/4 (an exponent shift, free inside S::expOfMinus): one multiplication fewer. g is
    // subnormal where the result is below 16·DBL_MIN, and loses up to 4 bits there (relative
    // error ≤ 2e−15; measured 1.8e−15 at |x| ≈ 354.9).
    [[gnu::always_inline]] static V sech2(V x)
    {
        const V g = S::template expOfMinus<-2, 2>(S::abs(x));
        const V d = c(0.25) + g;
        return g / (d * d);
    }

    // Runs `kernel` (V x, Need<…>, M &pointLanes) -> V3 over the span, S::kLanes points at a
    // time; the partial blocks at either end are padded, so every point goes through the same
    // vector code whatever its index (a point evaluated alone gets the same bits as inside a span).
    // Lanes the kernel marks in pointLanes are recomputed by `point` (double -> Derivatives).
    template <bool prefetch = false, typename Kernel, typename Point>
    static void run(std::span<const double> x, std::span<double> f, std::span<double> d1,
                    std::span<double> d2, Kernel kernel, Point point)
    {
        switch (unsigned(!f.empty()) | unsigned(!d1.empty()) << 1 | unsigned(!d2.empty()) << 2) {
        case 1:
            return loop<prefetch>(Need<true, false, false>{}, x, f, d1, d2, kernel, point);
        case 2:
            return loop<prefetch>(Need<false, true, false>{}, x, f, d1, d2, kernel, point);
        case 3:
            return loop<prefetch>(Need<true, true, false>{}, x, f, d1, d2, kernel, point);
        case 4:
            return loop<prefetch>(Need<false, false, true>{}, x, f, d1, d2, kernel, point);
        case 5:
            return loop<prefetch>(Need<true, false, true>{}, x, f, d1, d2, kernel, point);
        case 6:
            return loop<prefetch>(Need<false, true, true>{}, x, f, d1, d2, kernel, point);
        case 7:
            return loop<prefetch>(Need<true, true, true>{}, x, f, d1, d2, kernel, point);
        default:
            return; // nothing asked for
        }
    }

    template <bool prefetch, typename N, typename Kernel, typename Point>
    static void loop(N need, std::span<const double> x, std::span<double> f, std::span<double> d1,
                     std::span<double> d2, Kernel kernel, Point point)
    {
        constexpr std::size_t kLanes = S::kLanes, kPrefetchAhead = 256;
        const std::size_t n = x.size();
        double *const out[3] = {f.data(), d1.data(), d2.data()};
        const auto store = [&](std::size_t i, const V3 &r) {
            if constexpr (N::f) S::store(out[0] + i, r.f);
            if constexpr (N::d1) S::store(out[1] + i, r.d1);
            if constexpr (N::d2) S::store(out[2] + i, r.d2);
        };
        // Lanes for the point kernel: rare (tails beyond |x| ≈ 708, NaN), so out of line.
        const auto fixLanes = [&](std::size_t i, std::size_t count, unsigned lanes) {
            for (std::size_t j = 0; j < count; ++j) {
                if (!((lanes >> j) & 1u)) continue;
                const Derivatives p = point(x[i + j]);
                if constexpr (N::f) f[i + j] = p.f;
                if constexpr (N::d1) d1[i + j] = p.d1;
                if constexpr (N::d2) d2[i + j] = p.d2;
            }
        };
        // Fewer than kLanes points from `start`, padded with 0 to a whole register.
        const auto partial = [&](std::size_t start, std::size_t count) {
            alignas(64) double in[kLanes], part[3][kLanes];
            for (std::size_t j = 0; j < kLanes; ++j)
                in[j] = j < count ? x[start + j] : 0.0;
            M pointLanes = S::none();
            const V3 r = kernel(S::load(in), need, pointLanes);
            S::store(part[0], r.f);
            S::store(part[1], r.d1);
            S::store(part[2], r.d2);
            for (std::size_t j = 0; j < count; ++j) {
                if constexpr (N::f) f[start + j] = part[0][j];
                if constexpr (N::d1) d1[start + j] = part[1][j];
                if constexpr (N::d2) d2[start + j] = part[2][j];
            }
            if (const unsigned lanes = S::bits(pointLanes); lanes != 0)
                fixLanes(start, count, lanes);
        };
        // The first few points alone, so the whole registers store to aligned addresses of the
        // first output (a std::vector's large buffer starts 16 bytes into a page: otherwise every
        // other AVX2 store, and every AVX-512 one, would cross a cache line). The lanes are
        // independent, so a point's bits do not depend on where the registers start.
        const double *first = N::f ? out[0] : N::d1 ? out[1] : out[2];
        const auto address = reinterpret_cast<std::uintptr_t>(first);
        const std::size_t head =
            address % sizeof(double) != 0
                ? 0
                : std::min(n, (kLanes - (address / sizeof(double)) % kLanes) % kLanes);
        if (head != 0) partial(0, head);
        const std::size_t whole = head + (n - head) / kLanes * kLanes;
        for (std::size_t i = head; i < whole; i += kLanes) {
            // For the kernels that ask (run<true>: those with an exp or log1p per point) and where
            // S has it (AVX2), x is prefetched 2 KiB ahead: 5–10% off those on the Xeon, where the
            // hardware prefetch alone left the loads late. The cheap kernels run at the speed of
            // a copy without it, and linear′, which reads no x, would pay for reading it.
            if constexpr (prefetch && requires { S::prefetch(x.data()); })
                S::prefetch(x.data() + std::min(i + kPrefetchAhead, n - 1));
            M pointLanes = S::none();
            store(i, kernel(S::load(x.data() + i), need, pointLanes));
            if (const unsigned lanes = S::bits(pointLanes); lanes != 0) [[unlikely]]
                fixLanes(i, kLanes, lanes);
        }
        if (whole != n) partial(whole, n - whole);
    }

    // x > 0 ? (x, 1, 0) : (slope·x, slope, 0), the rectifiers' shape.
    static V3 leaky(V x, V slope)
    {
        const M positive = S::gt(x, zero());
        return {S::pick(positive, x, slope * x), S::pick(positive, c(1.0), slope), zero()};
    }

    static V3 clamp(V x, V lo, V hi)
    {
        const M low = S::le(x, lo), high = S::ge(x, hi);
        const V inside = S::pick(S::orM(low, high), zero(), c(1.0));
        return {S::pick(low, lo, S::pick(high, hi, x)), inside, zero()};
    }

    // λ·ELU(x; α) with λα finite (the caller checks): x ≤ 0 down to −708, where eˣ is normal.
    static V3 elu(V x, auto need, double lambdaAlpha, double lambda, M &pointLanes)
    {
        const M positive = S::gt(x, zero());
        pointLanes = S::notGe(x, c(-708.0)); // below, or NaN
        const V e = S::exp(x);
        const V d1 = c(lambdaAlpha) * e;
        const V f = need.f ? c(lambdaAlpha) * expm1(x, e) : zero();
        return {S::pick(positive, c(lambda) * x, f), S::pick(positive, c(lambda), d1),
                S::pick(positive, zero(), d1)};
    }

    [[gnu::always_inline]] static V3 celu(V x, double alpha, M &pointLanes)
    {
        const M positive = S::gt(x, zero());
        const V t = x / c(alpha);
        // Where kernels::celu takes its tail forms: |t| < DBL_MIN, or e^t below DBL_MIN.
        const M tail = S::orM(S::lt(S::abs(t), c(DBL_MIN)), S::notGe(t, c(-708.0)));
        pointLanes = S::andNotM(positive, tail);
        const V e = S::exp(t);
        return {S::pick(positive, x, c(alpha) * expm1(t, e)), S::pick(positive, c(1.0), e),
                S::pick(positive, zero(), e / c(alpha))};
    }

    static V3 gelu(V x, auto need)
    {
        constexpr double kInvSqrt2Pi = 0.398942280401432677939946059934381868;
        // Φ and e^{−x²/2} from normalcdf.h, whichever outputs are asked for (one exp for both).
        const Normal<S> n = normal<S>(x);
        const V pdf = c(kInvSqrt2Pi) * n.density;
        // Beyond |x| = 40 φ underflows (x·φ would be ∞·0 at ±∞): f' = Φ, f'' = 0 there.
        const M far = S::gt(S::abs(x), c(40.0));
        V d1 = zero(), d2 = zero();
        if (need.d1) d1 = S::pick(far, n.cdf, S::fma(x, pdf, n.cdf));
        if (need.d2) d2 = S::pick(far, zero(), pdf * S::fma(-x, x, c(2.0)));
        return {x * n.cdf, d1, d2};
    }

    static V3 geluTanh(V x, auto need, M &pointLanes)
    {
        constexpr double kK = 0.797884560802865355879892119868763737; // √(2/π)
        constexpr double kC = 0.044715;
        const M above = S::gt(x, c(30.0)), below = S::lt(x, c(-30.0));
        const M far = S::orM(above, below);
        const V x2 = x * x;
        const V u = c(kK) * x * (c(1.0) + c(kC) * x2);
        const V du = c(kK) * (c(1.0) + c(3.0 * kC) * x2);
        const V twoU = c(2.0) * u;
        const V a2u = S::abs(twoU);
        // |2u| > 700 inside ±30: kernels::geluTanh multiplies through logarithms there.
        pointLanes = S::andNotM(far, S::notLe(a2u, c(700.0)));
        const Sigmoids sg = sigmoids(twoU, expOfMinus(a2u));
        const V ssm = sg.s * sg.sm;
        const V f = x * sg.s;
        V d1 = zero(), d2 = zero();
        if (need.d1) d1 = sg.s + c(2.0) * x * du * ssm;
        if (need.d2) {
            const V d2u = c(6.0 * kK * kC) * x;
            const V bracket = c(2.0) * du + x * d2u - c(2.0) * x * du * du * tanh(u);
            d2 = c(2.0) * ssm * bracket;
        }
        return {S::pick(above, x, S::pick(below, zero(), f)),
                S::pick(above, c(1.0), S::pick(below, zero(), d1)), S::pick(far, zero(), d2)};
    }

    static V3 swish(V x, auto need, double beta, M &pointLanes)
    {
        const V t = c(beta) * x;
        pointLanes = S::notLe(S::abs(t), c(708.0));
        const Sigmoids sg = sigmoids(t, expOfMinus(S::abs(t)));
        V d2 = zero();
        if (need.d2) d2 = c(beta) * sg.s * sg.sm * (c(2.0) - t * tanh(c(0.5) * t));
        return {x * sg.s, sg.s * S::fma(t, sg.sm, c(1.0)), d2};
    }

    static V3 softplus(V x, auto need, double beta, double threshold, M &pointLanes)
    {
        const V t = c(beta) * x;
        const M linear = S::gt(t, c(threshold));
        // |t| > 708 below the threshold: kernels::softplus takes β into the exponent there.
        pointLanes = S::andNotM(linear, S::notLe(S::abs(t), c(708.0)));
        const V e = expOfMinus(S::abs(t));
        const Sigmoids sg = sigmoids(t, e);
        V f = zero();
        if (need.f) f = (S::max(t, zero()) + S::log1pOfUnit(e)) / c(beta);
        return {S::pick(linear, x, f), S::pick(linear, c(1.0), sg.s),
                S::pick(linear, zero(), c(beta) * sg.s * sg.sm)};
    }

    static V3 mish(V x, auto need, M &pointLanes)
    {
        pointLanes = S::notLe(x, c(300.0)); // kernels::mish reorders f'' there
        const V one = c(1.0), two = c(2.0);
        const V e = expOfMinus(S::abs(x));
        const M positive = S::gt(x, zero());
        // x > 0, in e = e^{−x}:
        const V tspPos = (one + two * e) / (one + two * e + two * e * e);
        const V r = e / (one + e);
        const V a = r * r;
        const V qPos = c(4.0) * a / ((one + a) * (one + a));
        // x ≤ 0, in e = eˣ:
        const V n = e * (e + two);
        const V tspNeg = n / (n + two);
        const V A = (one + e) * (one + e);
        const V qNeg = c(4.0) * A / ((A + one) * (A + one));
        const V tsp = S::pick(positive, tspPos, tspNeg);
        const V q = S::pick(positive, qPos, qNeg);
        const Sigmoids sg = sigmoids(x, e);
        V d2 = zero();
        if (need.d2) d2 = q * sg.s * (two + x * (sg.sm - two * tsp * sg.s));
        return {x * tsp, tsp + x * q * sg.s, d2};
    }

    static V3 tanhshrink(V x, auto need)
    {
        static constexpr double coefficient[] = {
            3.33333333333333333333e-01,  -1.33333333333333333333e-01, 5.39682539682539682540e-02,
            -2.18694885361552028219e-02, 8.86323552990219656886e-03,  -3.59212803657248101693e-03,
            1.45583438705131826825e-03,  -5.90027440945585981378e-04, 2.39129114243552481486e-04,
            -9.69153795692945032560e-05, 3.92783238833168340534e-05,  -1.59189050693289647407e-05,
        };
        const V t = tanh(x);
        V f = zero();
        if (need.f) {
            // Near 0, x − tanh x cancels: kernels::tanhshrink's Taylor series instead.
            const V x2 = x * x;
            V sum = c(coefficient[std::size(coefficient) - 1]);
            for (int i = int(std::size(coefficient)) - 2; i >= 0; --i)
                sum = S::fma(sum, x2, c(coefficient[i]));
            f = S::pick(S::ge(S::abs(x), c(0.25)), x - t, x * x2 * sum);
        }
        return {f, t * t, need.d2 ? c(2.0) * t * sech2(x) : zero()};
    }

    // Writes the requested outputs and returns true, or returns false without writing where
    // there is no vector kernel for the function or its parameters.
    static bool evaluate(FunctionId id, const Parameters &params, std::span<const double> x,
                         std::span<double> f, std::span<double> d1, std::span<double> d2);
};

template <typename S>
bool Simd<S>::evaluate(FunctionId id, const Parameters &params, std::span<const double> x,
                       std::span<double> f, std::span<double> d1, std::span<double> d2)
{
    const double a = params.values[0];
    const double b = params.values[1];
    using F = FunctionId;
    switch (id) {
    case F::Linear:
        run(
            x, f, d1, d2,
            [a](V v, auto, M &) {
                return V3{c(a) * v, c(a), zero()};
            },
            [a](double v) { return k::linear(v, a); });
        return true;
    case F::Sigmoid:
        run<true>(
            x, f, d1, d2,
            [](V v, auto need, M &) {
                const V e = expOfMinus(S::abs(v));
                // σ' = σ(x)σ(−x) = e/(1 + e)²: one division, which f (if asked) does not share,
                // so σ' has the same bits whichever outputs are asked for.
                const V d = c(1.0) + e;
                const V s1 = e / (d * d);
                const V s = need.f ? sigmoids(v, e).s : zero();
                // σ'' = −σ'·tanh(x/2), as kernels::sigmoidAll.
                return V3{s, s1, need.d2 ? -s1 * tanh(c(0.5) * v) : zero()};
            },
            [](double v) { return k::sigmoidAll(v); });
        return true;
    case F::Tanh:
        run<true>(
            x, f, d1, d2,
            [](V v, auto need, M &) {
                const V t = need.f || need.d2 ? tanh(v) : zero();
                const V s2 = need.d1 || need.d2 ? sech2(v) : zero();
                return V3{t, s2, c(-2.0) * t * s2};
            },
            [](double v) { return k::tanhAll(v); });
        return true;
    case F::LeakyRelu:
    case F::Prelu:
        run(
            x, f, d1, d2, [a](V v, auto, M &) { return leaky(v, c(a)); },
            [a](double v) { return k::leaky(v, a); });
        return true;
    case F::Rrelu: {
        const double slope = std::midpoint(a, b); // as evaluate.cpp's point kernel
        run(
            x, f, d1, d2, [slope](V v, auto, M &) { return leaky(v, c(slope)); },
            [slope](double v) { return k::leaky(v, slope); });
        return true;
    }
    case F::Elu:
    case F::Selu: {
        const double alpha = a, lambda = id == F::Elu ? 1.0 : b;
        // λα beyond DBL_MAX: kernels::product reorders the factors; the point loop does that.
        if (!std::isfinite(lambda * alpha)) return false;
        run<true>(
            x, f, d1, d2,
            [la = lambda * alpha, lambda](V v, auto need, M &pointLanes) {
                return elu(v, need, la, lambda, pointLanes);
            },
            [alpha, lambda](double v) { return k::elu(v, alpha, lambda); });
        return true;
    }
    case F::Celu:
        run<true>(
            x, f, d1, d2, [a](V v, auto, M &pl) { return celu(v, a, pl); },
            [a](double v) { return k::celu(v, a); });
        return true;
    case F::Gelu:
        run<true>(
            x, f, d1, d2, [](V v, auto need, M &) { return gelu(v, need); },
            [](double v) { return k::gelu(v); });
        return true;
    case F::GeluTanh:
        run<true>(
            x, f, d1, d2, [](V v, auto need, M &pl) { return geluTanh(v, need, pl); },
            [](double v) { return k::geluTanh(v); });
        return true;
    case F::Swish:
    case F::Silu: {
        const double beta = id == F::Swish ? a : 1.0;
        run<true>(
            x, f, d1, d2, [beta](V v, auto need, M &pl) { return swish(v, need, beta, pl); },
            [beta](double v) { return k::swish(v, beta); });
        return true;
    }
    case F::Softplus:
        run<true>(
            x, f, d1, d2, [a, b](V v, auto need, M &pl) { return softplus(v, need, a, b, pl); },
            [a, b](double v) { return k::softplus(v, a, b); });
        return true;
    case F::Relu6:
        run(
            x, f, d1, d2, [](V v, auto, M &) { return clamp(v, zero(), c(6.0)); },
            [](double v) { return k::clamp(v, 0.0, 6.0); });
        return true;
    case F::Mish:
        run<true>(
            x, f, d1, d2, [](V v, auto need, M &pl) { return mish(v, need, pl); },
            [](double v) { return k::mish(v); });
        return true;
    case F::Hardtanh:
        run(
            x, f, d1, d2, [a, b](V v, auto, M &) { return clamp(v, c(a), c(b)); },
            [a, b](double v) { return k::clamp(v, a, b); });
        return true;
    case F::Hardsigmoid:
        run(
            x, f, d1, d2,
            [](V v, auto, M &) {
                const M low = S::le(v, c(-3.0)), high = S::ge(v, c(3.0));
                const M out = S::orM(low, high);
                return V3{S::pick(low, zero(), S::pick(high, c(1.0), (v + c(3.0)) * c(1.0 / 6.0))),
                          S::pick(out, zero(), c(1.0 / 6.0)), zero()};
            },
            [](double v) { return k::hardsigmoid(v); });
        return true;
    case F::Hardswish:
        run(
            x, f, d1, d2,
            [](V v, auto, M &) {
                const M low = S::lt(v, c(-3.0)), high = S::gt(v, c(3.0));
                const M out = S::orM(low, high);
                const V f = v * (v + c(3.0)) * c(1.0 / 6.0);
                const V d1 = S::fma(v, c(1.0 / 3.0), c(0.5));
                return V3{S::pick(low, zero(), S::pick(high, v, f)),
                          S::pick(low, zero(), S::pick(high, c(1.0), d1)),
                          S::pick(out, zero(), c(1.0 / 3.0))};
            },
            [](double v) { return k::hardswish(v); });
        return true;
    case F::Logsigmoid:
        run<true>(
            x, f, d1, d2,
            [](V v, auto need, M &) {
                const V e = expOfMinus(S::abs(v));
                const Sigmoids sg = sigmoids(v, e);
                // −softplus(−x) = −(max(−x, 0) + log1p(e^{−|x|})).
                const V fv = need.f ? -(S::max(-v, zero()) + S::log1pOfUnit(e)) : zero();
                return V3{fv, sg.sm, -sg.s * sg.sm};
            },
            [](double v) { return k::logsigmoid(v); });
        return true;
    case F::Tanhshrink:
        run<true>(
            x, f, d1, d2, [](V v, auto need, M &) { return tanhshrink(v, need); },
            [](double v) { return k::tanhshrinkAll(v); });
        return true;
    case F::Softshrink:
        run(
            x, f, d1, d2,
            [a](V v, auto, M &) {
                const M above = S::gt(v, c(a)), below = S::lt(v, c(-a));
                const M out = S::orM(above, below);
                return V3{S::pick(above, v - c(a), S::pick(below, v + c(a), zero())),
                          S::pick(out, c(1.0), zero()), zero()};
            },
            [a](double v) { return k::softshrink(v, a); });
        return true;
    case F::Hardshrink:
        run(
            x, f, d1, d2,
            [a](V v, auto, M &) {
                const M out = S::orM(S::gt(v, c(a)), S::lt(v, c(-a)));
                return V3{S::pick(out, v, zero()), S::pick(out, c(1.0), zero()), zero()};
            },
            [a](double v) { return k::hardshrink(v, a); });
        return true;
    case F::Threshold:
        run(
            x, f, d1, d2,
            [a, b](V v, auto, M &) {
                const M above = S::gt(v, c(a));
                return V3{S::pick(above, v, c(b)), S::pick(above, c(1.0), zero()), zero()};
            },
            [a, b](double v) { return k::threshold(v, a, b); });
        return true;
    case F::Relu:
        run(
            x, f, d1, d2,
            [](V v, auto, M &) {
                const M positive = S::gt(v, zero());
                return V3{S::pick(positive, v, zero()), S::pick(positive, c(1.0), zero()), zero()};
            },
            [](double v) { return k::relu(v); });
        return true;
    case F::Softsign:
        return false; // evaluate.cpp's plain loop vectorises already
    }
    return false;
}

} // namespace act::spankernels
