// Mean-field recursions, the fixed point and the order-to-chaos line; the Gaussian expectations
// themselves are gaussian.cpp's.
#include "meanfield.h"

#include "gaussian.h"

#include <boost/math/tools/roots.hpp>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <string>

namespace act {
namespace {

bool finiteNonNegative(double v)
{
    return std::isfinite(v) && v >= 0.0;
}

// The network as the fixed-point search sees it: φ, σw², σb².
struct Map
{
    const Activation &phi;
    double weight;
    double bias;
};

// The map q_l ↦ q_{l+1}.
double nextVariance(const Map &s, double q)
{
    return s.weight * layerMoments(s.phi, q).secondMoment + s.bias;
}

double chi1At(const Map &s, double q)
{
    return s.weight * layerMoments(s.phi, q).derivativeSquare;
}

FixedPoint converged(const Map &s, double qStar)
{
    // At q* = 0 the network is not exactly at h = 0 but approaches it: χ1 is the limit q → 0+,
    // not the convention φ'(0) at a kink (relu'(0) = 0 although E[relu'(h)²] = ½ for any q > 0).
    const double chi = chi1At(s, qStar > 0.0 ? qStar : DBL_MIN);
    const double depth = std::fabs(chi - 1.0) <= kCriticalTolerance
                             ? std::numeric_limits<double>::infinity()
                             : -1.0 / std::log(chi);
    return {FixedPointStatus::Converged, qStar, chi, depth};
}

FixedPoint fixedPointFrom(const Map &s, double inputVariance);

} // namespace

std::shared_ptr<const Activation> catalogueActivation(FunctionId id, const Parameters &params)
{
    return std::make_shared<const CatalogueActivation>(id, params);
}

std::shared_ptr<const Activation> catalogueActivation(FunctionId id)
{
    return std::make_shared<const CatalogueActivation>(id);
}

std::optional<SettingsProblem> checkSettings(const NetworkSettings &s)
{
    using Kind = SettingsProblem::Kind;
    if (!s.activation) return SettingsProblem{Kind::NoActivation};
    if (const CatalogueActivation *c = s.activation->catalogue())
        if (auto problem = checkParameters(c->id(), c->parameters()))
            return SettingsProblem{Kind::Parameter, 0, c->id(), *problem};
    if (!finiteNonNegative(s.weightVariance)) return SettingsProblem{Kind::WeightVariance};
    if (!finiteNonNegative(s.biasVariance)) return SettingsProblem{Kind::BiasVariance};
    if (!finiteNonNegative(s.inputVariance)) return SettingsProblem{Kind::InputVariance};
    if (s.layers < 1 || s.layers > kMaxLayers) return SettingsProblem{Kind::Layers, kMaxLayers};
    return std::nullopt;
}

std::string describe(const SettingsProblem &p)
{
    using Kind = SettingsProblem::Kind;
    const std::string limit = std::to_string(p.limit);
    switch (p.kind) {
    case Kind::NoActivation:
        return "there is no activation function";
    case Kind::Parameter:
        return describe(p.function, p.parameter);
    case Kind::WeightVariance:
        return "the weight variance must be a finite number >= 0";
    case Kind::BiasVariance:
        return "the bias variance must be a finite number >= 0";
    case Kind::InputVariance:
        return "the input variance must be a finite number >= 0";
    case Kind::Layers:
        return "the number of layers must be from 1 to " + limit;
    case Kind::Width:
        return "the width must be from 1 to " + limit;
    case Kind::Batch:
        return "the batch must be from 1 to " + limit;
    case Kind::StoredValues:
        return "layers × width × batch must be at most " + limit +
               " (the backward pass keeps φ'(h) of every layer: 256 MiB)";
    case Kind::HistogramBins:
        return "the histogram needs 1 to " + limit + " bins";
    case Kind::HistogramRange:
        return "the histogram range must be finite with min < max";
    }
    return "the settings are not usable";
}

std::optional<std::string> validate(const NetworkSettings &s)
{
    if (auto problem = checkSettings(s)) return describe(*problem);
    return std::nullopt;
}

LayerMoments layerMoments(const Activation &phi, double q)
{
    const CatalogueActivation *c = phi.catalogue();
    if (!c || c->id() != FunctionId::Rrelu) {
        const GaussianMoments m = gaussianMoments(phi, q);
        return {m.mean, m.secondMoment, m.derivativeSquare};
    }
    // Training mode: φ(h) = s·h for h <= 0 with s ~ U(l, u) independent of h. E[φ] is that of
    // the slope E[s]; E[φ²] and E[φ'²] are those of the slope √E[s²], E[s²] = (l² + lu + u²)/3.
    const double l = c->parameters().values[0], u = c->parameters().values[1];
    const double meanSlope = std::midpoint(l, u);
    const double rmsSlope = std::sqrt((l * l + l * u + u * u) / 3.0);
    const GaussianMoments first = gaussianMoments(FunctionId::LeakyRelu, {{meanSlope, 0}}, q);
    const GaussianMoments squares = gaussianMoments(FunctionId::LeakyRelu, {{rmsSlope, 0}}, q);
    return {first.mean, squares.secondMoment, squares.derivativeSquare};
}

std::vector<LayerTheory> propagate(const NetworkSettings &s)
{
    std::vector<LayerTheory> layers(std::size_t(s.layers));
    double q = s.weightVariance * s.inputVariance + s.biasVariance;
    // Once q has settled on its fixed point it repeats bit for bit (or cycles through a couple
    // of neighbouring doubles): the moments of the last few q are kept and reused.
    constexpr std::size_t kRemembered = 4;
    std::array<std::pair<double, LayerMoments>, kRemembered> recent{};
    std::size_t stored = 0;
    for (LayerTheory &layer : layers) {
        const LayerMoments *known = nullptr;
        for (std::size_t i = 0; i < std::min(stored, kRemembered); ++i)
            if (recent[i].first == q) known = &recent[i].second;
        LayerMoments m;
        if (known) {
            m = *known;
        } else {
            m = layerMoments(*s.activation, q);
            recent[stored++ % kRemembered] = {q, m};
        }
        layer = {q, m.mean, m.secondMoment, s.weightVariance * m.derivativeSquare, 1.0};
        q = s.weightVariance * m.secondMoment + s.biasVariance;
    }
    // Backward from h_L: δ_l = φ'(h_l) ⊙ W_{l+1}ᵀ δ_{l+1} multiplies the variance by χ1(q_l).
    for (std::size_t i = layers.size() - 1; i-- > 0;)
        layers[i].gradientGain = layers[i + 1].gradientGain * layers[i].chi1;
    return layers;
}

FixedPoint fixedPoint(const NetworkSettings &s)
{
    return fixedPointFrom({*s.activation, s.weightVariance, s.biasVariance}, s.inputVariance);
}

namespace {

FixedPoint fixedPointFrom(const Map &s, double inputVariance)
{
    constexpr int kIterations = 60;
    // Plain iteration first: it is what the network does, so it picks the fixed point that
    // q0 leads to, and most settings converge within a few dozen layers.
    double q = s.weight * inputVariance + s.bias;
    double next = q;
    for (int i = 0; i < kIterations; ++i) {
        next = nextVariance(s, q);
        if (!std::isfinite(next) || next > kDivergedVariance)
            return {FixedPointStatus::Diverged, q, chi1At(s, q), 0.0};
        if (std::fabs(next - q) <= 1e-15 * next) return converged(s, next);
        if (next < DBL_MIN && q < DBL_MIN) return converged(s, 0.0);
        q = next;
    }
    // Slow convergence (near χ1 = 1 it is a power law): bracket the fixed point ahead of q in
    // the direction q moves, by doubling (or halving) the distance, and solve F(q) = 0. A
    // bracket step could pass over a pair of fixed points; the q-map of every catalogue
    // function is monotone, so a pair is not expected.
    const auto residual = [&s](double v) { return nextVariance(s, v) - v; };
    double lo = q, hi = q;
    double fLo = residual(q), fHi = fLo;
    if (fLo > 0) {
        while (fHi > 0) {
            lo = hi;
            fLo = fHi;
            hi *= 2.0;
            if (hi > kDivergedVariance) return {FixedPointStatus::Diverged, lo, chi1At(s, lo), 0.0};
            fHi = residual(hi);
        }
    } else if (fLo < 0) {
        // Where q* = 0 is a fixed point (σb² = 0, φ(0) = 0) and q decays towards it, the
        // residual shrinks faster than q (tanh: −2q²) and soon is rounding noise of either
        // sign; a "root" there is noise (it showed q* = 1.3e-16). Such a residual counts as
        // still negative, and the search goes on down to 0.
        const bool zeroIsFixed = nextVariance(s, 0.0) == 0.0;
        const auto stillFalling = [zeroIsFixed](double f, double v) {
            return f < 0 || (zeroIsFixed && std::fabs(f) <= 64 * DBL_EPSILON * v);
        };
        while (stillFalling(fLo, lo)) {
            hi = lo;
            fHi = fLo;
            lo *= 0.5;
            if (lo < DBL_MIN) {
                // Only q* = 0 is left below: a fixed point when σb² = 0 and φ(0) = 0.
                if (zeroIsFixed) return converged(s, 0.0);
                return {FixedPointStatus::NotConverged, hi, chi1At(s, hi), 0.0};
            }
            fLo = residual(lo);
        }
    } else {
        return converged(s, q);
    }
    if (fLo == 0) return converged(s, lo);
    if (fHi == 0) return converged(s, hi);
    std::uintmax_t iterations = 200;
    const auto root = boost::math::tools::toms748_solve(
        residual, lo, hi, fLo, fHi, boost::math::tools::eps_tolerance<double>(50), iterations);
    if (iterations >= 200) return {FixedPointStatus::NotConverged, q, chi1At(s, q), 0.0};
    return converged(s, std::midpoint(root.first, root.second));
}

} // namespace

std::string describe(const FixedPoint &point)
{
    char q[32];
    std::snprintf(q, sizeof q, "%.6g", point.qStar);
    switch (point.status) {
    case FixedPointStatus::Converged:
        return "converged";
    case FixedPointStatus::Diverged:
        return std::string("no fixed point: q grows without bound (it passed ") + q +
               " and kept growing; chaotic side with an unbounded activation)";
    case FixedPointStatus::NotConverged:
        return std::string("no fixed point reached: q was still changing at ") + q;
    }
    return {};
}

std::optional<double> criticalWeightVariance(const Activation &phi, double biasVariance)
{
    // χ1(q*) − 1 as a function of log σw², from q0 = 1; a diverging q counts as chaotic (+1).
    const auto excess = [&phi, biasVariance](double logWeight) {
        const FixedPoint p = fixedPointFrom({phi, std::exp(logWeight), biasVariance}, 1.0);
        if (p.status == FixedPointStatus::Diverged) return 1.0;
        return p.chi1 - 1.0;
    };
    constexpr int kSteps = 24;
    const double first = std::log(1e-3), last = std::log(1e3);
    double a = first, fa = excess(a);
    for (int i = 1; i <= kSteps; ++i) {
        double b = first + (last - first) * i / kSteps;
        const double fb = excess(b);
        if (fa == 0) return std::exp(a);
        if ((fa < 0) != (fb < 0)) {
            // Bisection: the excess jumps where q* stops existing (relu at σw² = 2), which
            // defeats interpolating solvers.
            for (int k = 0; k < 60 && b - a > 1e-13; ++k) {
                const double m = 0.5 * (a + b);
                const double fm = excess(m);
                if ((fm < 0) == (fa < 0)) {
                    a = m;
                    fa = fm;
                } else {
                    b = m;
                }
            }
            return std::exp(0.5 * (a + b));
        }
        a = b;
        fa = fb;
    }
    return std::nullopt;
}

} // namespace act
