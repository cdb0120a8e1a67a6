// Dense sampling finds every peak a plot would show; Brent's method then places the largest
// to the precision a double allows (a smooth peak's x only to about √ε, its value to ε).
#include "difference.h"

#include "activation.h"

#include <boost/math/tools/minima.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace act {

void difference(const Activation &f, const Activation &g, std::span<const double> x,
                std::span<double> out)
{
    std::vector<double> other(x.size());
    f.evaluate(x, out, {}, {});
    g.evaluate(x, other, {}, {});
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] -= other[i];
}

std::optional<DifferenceMaximum> maxAbsDifference(const Activation &f, const Activation &g,
                                                  double lo, double hi, int samples)
{
    if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi) || samples < 2) return std::nullopt;
    const auto n = std::size_t(samples);
    std::vector<double> x(n), d(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = i + 1 == n ? hi : lo + (hi - lo) * double(i) / double(n - 1);
    difference(f, g, x, d);
    const auto magnitude = [&](std::size_t i) { return std::isnan(d[i]) ? -1.0 : std::abs(d[i]); };
    // The sampled local peaks, largest first; only the top few are worth refining.
    std::vector<std::size_t> peaks;
    for (std::size_t i = 0; i < n; ++i) {
        const double m = magnitude(i);
        if (m < 0) continue;
        if ((i == 0 || m >= magnitude(i - 1)) && (i + 1 == n || m >= magnitude(i + 1)))
            peaks.push_back(i);
    }
    if (peaks.empty()) return std::nullopt;
    std::stable_sort(peaks.begin(), peaks.end(),
                     [&](std::size_t a, std::size_t b) { return magnitude(a) > magnitude(b); });
    peaks.resize(std::min<std::size_t>(peaks.size(), 8));

    DifferenceMaximum best{x[peaks[0]], d[peaks[0]]};
    const auto at = [&](double t) {
        double fx = 0, gx = 0;
        f.evaluate(std::span<const double>(&t, 1), std::span<double>(&fx, 1), {}, {});
        g.evaluate(std::span<const double>(&t, 1), std::span<double>(&gx, 1), {}, {});
        return fx - gx;
    };
    for (std::size_t i : peaks) {
        if (magnitude(i) == 0.0) break; // identical there: nothing to refine
        const double a = x[i == 0 ? 0 : i - 1];
        const double b = x[std::min(i + 1, n - 1)];
        const auto [t, negated] = boost::math::tools::brent_find_minima(
            [&](double s) {
                const double v = std::abs(at(s));
                return std::isnan(v) ? 0.0 : -v;
            },
            a, b, std::numeric_limits<double>::digits / 2);
        const double value = at(t);
        if (std::abs(value) > std::abs(best.difference)) best = {t, value};
    }
    return best;
}

} // namespace act
