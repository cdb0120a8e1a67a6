// The sampling grid and the gaps at discontinuities.
#include "sampler.h"

#include "activation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Values this close (relative) count as the same one-sided value.
bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

namespace act {

SampledCurves CurveSampler::sample(act::FunctionId id, const act::Parameters &params, double xMin,
                                   double xMax, int points)
{
    SampledCurves out;
    sample(id, params, xMin, xMax, points, out);
    return out;
}

void CurveSampler::sample(act::FunctionId id, const act::Parameters &params, double xMin,
                          double xMax, int points, SampledCurves &out)
{
    sample(CatalogueActivation(id, params), xMin, xMax, points, out);
}

SampledCurves CurveSampler::sample(const Activation &activation, double xMin, double xMax,
                                   int points)
{
    SampledCurves out;
    sample(activation, xMin, xMax, points, out);
    return out;
}

void CurveSampler::sample(const Activation &activation, double xMin, double xMax, int points,
                          SampledCurves &out)
{
    const std::vector<Discontinuity> jumps = layOut(activation, xMin, xMax, points, out);
    evaluate(activation, 0, out.x.size(), out);
    markJumps(activation, jumps, out);
}

std::vector<Discontinuity> CurveSampler::layOut(const Activation &activation, double xMin,
                                                double xMax, int points, SampledCurves &out)
{
    std::vector<act::Discontinuity> jumps = activation.discontinuities(xMin, xMax);
    std::erase_if(jumps, [&](const act::Discontinuity &d) { return !(d.x > xMin && d.x < xMax); });

    auto &x = out.x;
    x.clear();
    points = std::max(points, 2);
    const double step = (xMax - xMin) / (points - 1);
    for (int i = 0; i < points; ++i)
        x.push_back(i + 1 == points ? xMax : xMin + i * step);
    // The grid is ascending already: only the few points at the jumps are sorted and merged
    // in (sorting all of it was a third of a drag frame's resampling).
    const auto grid = static_cast<std::ptrdiff_t>(x.size());
    for (const auto &d : jumps) {
        x.push_back(std::nextafter(d.x, -kInf));
        x.push_back(d.x);
        x.push_back(std::nextafter(d.x, kInf));
    }
    std::sort(x.begin() + grid, x.end());
    std::inplace_merge(x.begin(), x.begin() + grid, x.end());
    x.erase(std::unique(x.begin(), x.end()), x.end());
    for (auto &y : out.y)
        y.assign(x.size(), kNaN);
    for (auto &markers : out.markers)
        markers.clear();
    return jumps;
}

void CurveSampler::evaluate(const Activation &activation, std::size_t begin, std::size_t end,
                            SampledCurves &out)
{
    end = std::min(end, out.x.size());
    if (begin >= end) return;
    const std::size_t n = end - begin;
    const std::span<const double> x(out.x.data() + begin, n);
    activation.evaluate(x, std::span(out.y[0].data() + begin, n),
                        std::span(out.y[1].data() + begin, n),
                        std::span(out.y[2].data() + begin, n));
}

void CurveSampler::markJumps(const Activation &activation, std::span<const Discontinuity> jumps,
                             SampledCurves &out)
{
    // A typed formula reports where it *may* jump (abs(x)^2 does not); a catalogue function
    // only where it does, and keeps its markers even where both sides agree (f'' of ReLU).
    const bool mayBeSmooth = activation.catalogue() == nullptr;
    const auto &x = out.x;
    for (auto &markers : out.markers)
        markers.clear();
    for (const auto &d : jumps) {
        const auto at = std::lower_bound(x.begin(), x.end(), d.x);
        const std::size_t i = static_cast<std::size_t>(at - x.begin());
        for (int order = d.order; order < 3; ++order) {
            auto &y = out.y[static_cast<std::size_t>(order)];
            const double left = y[i - 1];
            const double right = y[i + 1];
            const double here = y[i];
            if (mayBeSmooth && sameValue(left, right) && sameValue(here, left)) continue;
            auto &markers = out.markers[static_cast<std::size_t>(order)];
            const bool leftHolds = sameValue(here, left);
            const bool rightHolds = !leftHolds && sameValue(here, right);
            // A pole (1/x at 0) has no one-sided value to mark.
            if (std::isfinite(left)) markers.push_back({x[i - 1], left, leftHolds});
            if (std::isfinite(right)) markers.push_back({x[i + 1], right, rightHolds});
            // Neither limit is the value at the point (an isolated point, as threshold's at
            // θ when v differs from both sides): show that point on its own.
            if (!leftHolds && !rightHolds && std::isfinite(here))
                markers.push_back({d.x, here, true});
            y[i] = kNaN;
        }
    }
}

std::pair<double, double> CurveSampler::valueRange(std::span<const SampledCurves> curves,
                                                   double xMin, double xMax,
                                                   std::array<bool, 3> orders)
{
    double low = 0.0;
    double high = 0.0;
    for (const SampledCurves &samples : curves)
        for (std::size_t i = 0; i < samples.x.size(); ++i) {
            if (samples.x[i] < xMin || samples.x[i] > xMax) continue;
            for (std::size_t order = 0; order < 3; ++order) {
                const double y = samples.y[order][i];
                if (!orders[order] || !std::isfinite(y)) continue;
                low = std::min(low, y);
                high = std::max(high, y);
            }
        }
    if (high - low < 1e-9) high = low + 1.0;
    const double pad = 0.08 * (high - low);
    return {low - pad, high + pad};
}

} // namespace act
