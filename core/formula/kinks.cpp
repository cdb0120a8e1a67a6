// Formula::kinks: where the plot must leave a gap. Each abs, min/max, division and catalogue
// function contributes a function g of x whose zeros are its kinks (the argument of abs, a − b,
// the denominator, the catalogue argument minus each of that function's discontinuities).
// Those arguments may be any nonlinear function of x, so the zeros are found numerically on
// [lo, hi]: g is sampled at kSamples + 1 points, every sign change is bracketed and refined
// by Newton's method on g's exact derivative (from the same jets), falling back to bisection
// whenever a step leaves the bracket, down to adjacent doubles. For an argument affine in x
// the first Newton step lands on the root. Known limits, by construction: two roots closer
// than the sample spacing are missed, and so is a root where g touches 0 without changing
// sign (|x²| has none there, so nothing is lost for abs; a catalogue kink at such a point is).
#include "formula.h"
#include "run.h"

#include <algorithm>
#include <cmath>

namespace act {

using formula::FastContext;
using formula::Jet;
using formula::kNoNode;
using formula::Node;
using formula::Op;

namespace {

constexpr int kSamples = 1024;

struct Target
{
    std::uint32_t a;
    std::uint32_t b; // kNoNode: g = a − offset; otherwise g = a − b
    double offset;
    int order;
};

} // namespace

std::vector<Discontinuity> Formula::kinks(std::span<const double> params, double lo,
                                          double hi) const
{
    std::vector<double> storage;
    const std::span<const double> p = resolve(params, storage);
    if (!(lo < hi) || !std::isfinite(lo) || !std::isfinite(hi)) return {};
    const auto &nodes = m_tape->nodes;
    std::vector<Jet<double>> values;
    auto run = [&](double x) { formula::runTape(*m_tape, FastContext{x, p}, values); };

    // The targets; a catalogue function's parameters do not depend on x, so one evaluation
    // gives them.
    run(lo);
    std::vector<Target> targets;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes[i];
        switch (n.op) {
        case Op::Function:
            if (n.fn == formula::Fn::Abs && nodes[n.a].dependsOnX)
                targets.push_back({n.a, kNoNode, 0.0, 1});
            break;
        case Op::Min:
        case Op::Max:
            if (n.dependsOnX) targets.push_back({n.a, n.b, 0.0, 1});
            break;
        case Op::Div:
            if (nodes[n.b].dependsOnX) targets.push_back({n.b, kNoNode, 0.0, 0});
            break;
        case Op::Catalogue: {
            if (!nodes[n.a].dependsOnX) break;
            Parameters cp = n.defaults;
            for (std::size_t k = 0; k < kMaxParameters; ++k)
                if (n.args[k] != kNoNode) cp.values[k] = values[n.args[k]].v;
            if (validate(n.id, cp)) break;
            for (const Discontinuity &d : discontinuities(n.id, cp))
                targets.push_back({n.a, kNoNode, d.x, d.order});
            break;
        }
        default:
            break;
        }
    }
    if (targets.empty()) return {};

    // g and g' of one target from the current `values`.
    auto g = [&](const Target &t) {
        const Jet<double> &a = values[t.a];
        if (t.b == kNoNode) return std::pair{a.v - t.offset, a.d1};
        const Jet<double> &b = values[t.b];
        return std::pair{a.v - b.v, a.d1 - b.d1};
    };
    std::vector<double> xs(kSamples + 1);
    for (int i = 0; i <= kSamples; ++i) {
        const double s = double(i) / kSamples;
        xs[i] = i == kSamples ? hi : lo * (1.0 - s) + hi * s; // no overflow for huge ranges
    }
    std::vector<std::vector<double>> samples(targets.size(), std::vector<double>(kSamples + 1));
    for (int i = 0; i <= kSamples; ++i) {
        run(xs[i]);
        for (std::size_t t = 0; t < targets.size(); ++t)
            samples[t][i] = g(targets[t]).first;
    }

    auto refine = [&](const Target &t, double l, double r, double gl) {
        for (int iteration = 0; iteration < 200; ++iteration) {
            const double mid = l + 0.5 * (r - l);
            if (mid <= l || mid >= r) break; // l and r are adjacent doubles
            run(mid);
            const auto [gm, dg] = g(t);
            if (gm == 0.0) return mid;
            if ((gm < 0) == (gl < 0))
                l = mid, gl = gm;
            else
                r = mid;
            const double newton = mid - gm / dg;
            if (newton > l && newton < r) {
                run(newton);
                const double gn = g(t).first;
                if (gn == 0.0) return newton;
                if ((gn < 0) == (gl < 0))
                    l = newton, gl = gn;
                else
                    r = newton;
            }
        }
        run(l);
        const double al = std::fabs(g(t).first);
        run(r);
        return al <= std::fabs(g(t).first) ? l : r;
    };

    std::vector<Discontinuity> out;
    for (std::size_t t = 0; t < targets.size(); ++t) {
        const std::vector<double> &s = samples[t];
        for (int i = 0; i <= kSamples; ++i) {
            if (s[i] == 0.0) {
                // An isolated zero at a sample; a run of zeros is g ≡ 0, no kink of x.
                const bool before = i > 0 && s[i - 1] == 0.0;
                const bool after = i < kSamples && s[i + 1] == 0.0;
                if (!before && !after) out.push_back({xs[i], targets[t].order});
                continue;
            }
            if (i == kSamples || s[i + 1] == 0.0 || std::isnan(s[i]) || std::isnan(s[i + 1]))
                continue;
            if ((s[i] < 0) != (s[i + 1] < 0))
                out.push_back({refine(targets[t], xs[i], xs[i + 1], s[i]), targets[t].order});
        }
    }
    std::sort(out.begin(), out.end(), [](const Discontinuity &a, const Discontinuity &b) {
        return a.x < b.x || (a.x == b.x && a.order < b.order);
    });
    out.erase(
        std::unique(out.begin(), out.end(),
                    [](const Discontinuity &a, const Discontinuity &b) { return a.x == b.x; }),
        out.end());
    return out;
}

} // namespace act
