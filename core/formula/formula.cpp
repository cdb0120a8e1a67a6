// Formula's evaluation passes: the fast double pass, the checked double pass with its error
// bound, and the MPFR refinement that accurate() falls back to where the bound is too wide.
#include "formula.h"
#include "run.h"

#include <mpfr.h>

#include <algorithm>
#include <atomic>
#include <cfloat>
#include <stdexcept>
#include <thread>
#include <vector>

namespace act {

using formula::Big;
using formula::BigContext;
using formula::CheckedContext;
using formula::FastContext;
using formula::Jet;
using formula::Tracked;

namespace {

// What the refinement aims at: each result within this relative error (or, below DBL_MIN,
// absolute error DBL_MIN times it), ten times inside the 1e-12 promised.
constexpr double kTarget = 1e-13;
constexpr int kFirstBits = 128;
constexpr int kMaxBits = 8192;

bool withinTarget(double value, double bound, double target)
{
    if (!std::isfinite(value)) return false;
    return bound <= target * std::max(std::fabs(value), DBL_MIN);
}

bool withinTarget(const Big &value, const Big &bound, double target)
{
    if (!isfinite(value)) return true; // a true infinity (1/0) or NaN (log of a negative)
    const Big floor(DBL_MIN);
    const Big size = abs(value) > floor ? abs(value) : floor;
    return bound <= Big(target) * size;
}

// How many bits short of the target a bound is (0 when within it, -1 when the bound is infinite
// or NaN). A bound shrinks by half per bit of precision, so this many more bits bring it within
// the target. Where the bound is as large as the value the size of the true value is unknown
// (1 − tanh(50)² is 0 at 128 bits), and the estimate assumes the smallest, DBL_MIN.
long bitsShort(const Big &value, const Big &bound, double target)
{
    if (!isfinite(value) || withinTarget(value, bound, target)) return 0;
    if (!isfinite(bound)) return -1;
    const Big floor(DBL_MIN);
    const Big size = abs(value) > bound ? abs(value) - bound : Big(0);
    const Big allowed = Big(target) * (size > floor ? size : floor);
    long boundExponent = 0, allowedExponent = 0;
    mpfr_get_d_2exp(&boundExponent, bound.get(), MPFR_RNDN);
    mpfr_get_d_2exp(&allowedExponent, allowed.get(), MPFR_RNDN);
    return std::max(1L, boundExponent - allowedExponent + 1);
}

bool agree(double a, double b)
{
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    if (a == b) return true;
    return std::fabs(a - b) <= kTarget * std::max(std::fabs(b), DBL_MIN);
}

} // namespace

const std::string &Formula::text() const
{
    return m_tape->text;
}

const std::vector<std::string> &Formula::parameters() const
{
    return m_tape->parameters;
}

std::optional<std::size_t> Formula::findParameter(std::string_view name) const
{
    for (std::size_t i = 0; i < m_tape->parameters.size(); ++i)
        if (m_tape->parameters[i] == name) return i;
    return std::nullopt;
}

std::vector<double> Formula::defaultParameters() const
{
    return std::vector<double>(m_tape->parameters.size(), 1.0);
}

std::size_t Formula::nodeCount() const
{
    return m_tape->nodes.size();
}

std::span<const double> Formula::resolve(std::span<const double> params,
                                         std::vector<double> &storage) const
{
    if (params.empty() && !m_tape->parameters.empty()) {
        storage = defaultParameters();
        return storage;
    }
    if (params.size() != m_tape->parameters.size())
        throw std::invalid_argument("formula '" + m_tape->text + "' has " +
                                    std::to_string(m_tape->parameters.size()) +
                                    " parameters, got " + std::to_string(params.size()));
    return params;
}

Derivatives Formula::evaluate(double x, std::span<const double> params) const
{
    std::vector<double> storage;
    std::vector<Jet<double>> values;
    formula::runTape(*m_tape, FastContext{x, resolve(params, storage)}, values);
    const Jet<double> &r = values.back();
    return {r.v, r.d1, r.d2};
}

void Formula::evaluate(std::span<const double> x, std::span<const double> params,
                       std::span<double> f, std::span<double> d1, std::span<double> d2) const
{
    // Node by node over chunks of points, each node as runTape does it for one point, so that a
    // catalogue function whose parameters do not vary with x goes through the core's span
    // kernels (vectorised) in one call per chunk instead of its scalar kernel per point.
    using formula::kNoNode;
    using formula::Op;
    constexpr std::size_t kChunk = 256;
    std::vector<double> storage;
    const std::span<const double> p = resolve(params, storage);
    const std::vector<formula::Node> &nodes = m_tape->nodes;
    // What does not depend on x, once (x itself is never read there).
    std::vector<Jet<double>> fixed;
    formula::runTape(*m_tape, FastContext{0.0, p}, fixed);
    std::vector<Jet<double>> column(nodes.size() * kChunk);
    std::vector<double> u(kChunk), g0(kChunk), g1(kChunk), g2(kChunk);
    const Jet<double> nan{NAN, NAN, NAN};
    for (std::size_t start = 0; start < x.size(); start += kChunk) {
        const std::size_t m = std::min(kChunk, x.size() - start);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const formula::Node &n = nodes[i];
            Jet<double> *out = &column[i * kChunk];
            if (!n.dependsOnX) {
                std::fill(out, out + m, fixed[i]);
                continue;
            }
            const Jet<double> *a = n.a == kNoNode ? nullptr : &column[n.a * kChunk];
            const Jet<double> *b = n.b == kNoNode ? nullptr : &column[n.b * kChunk];
            const auto each = [&](auto op) {
                for (std::size_t j = 0; j < m; ++j)
                    out[j] = op(j);
            };
            switch (n.op) {
            case Op::X:
                each([&](std::size_t j) { return Jet<double>{x[start + j], 1.0, 0.0}; });
                break;
            case Op::Neg:
                each([&](std::size_t j) { return -a[j]; });
                break;
            case Op::Add:
                each([&](std::size_t j) { return a[j] + b[j]; });
                break;
            case Op::Sub:
                each([&](std::size_t j) { return a[j] - b[j]; });
                break;
            case Op::Mul:
                each([&](std::size_t j) { return a[j] * b[j]; });
                break;
            case Op::Div:
                each([&](std::size_t j) { return a[j] / b[j]; });
                break;
            case Op::Pow:
                each([&](std::size_t j) { return power(a[j], b[j]); });
                break;
            case Op::Min:
            case Op::Max:
                each([&](std::size_t j) { return extremum(a[j], b[j], n.op == Op::Max); });
                break;
            case Op::Function:
                each([&](std::size_t j) { return apply(n.fn, a[j]); });
                break;
            case Op::Catalogue: {
                // Its parameters never depend on x (the parser refuses that): one set per call.
                bool custom = false;
                Parameters constant = n.defaults;
                for (std::size_t k = 0; k < kMaxParameters; ++k) {
                    if (n.args[k] == kNoNode) continue;
                    custom = true;
                    constant.values[k] = fixed[n.args[k]].v;
                }
                if (custom && validate(n.id, constant)) {
                    std::fill(out, out + m, nan);
                    break;
                }
                for (std::size_t j = 0; j < m; ++j)
                    u[j] = a[j].v;
                act::evaluate(n.id, constant, std::span<const double>(u.data(), m),
                              std::span<double>(g0.data(), m), std::span<double>(g1.data(), m),
                              std::span<double>(g2.data(), m));
                each([&](std::size_t j) { return chain(Jet<double>{g0[j], g1[j], g2[j]}, a[j]); });
                break;
            }
            default: // leaves that do not depend on x are in `fixed`
                std::fill(out, out + m, nan);
                break;
            }
        }
        const Jet<double> *r = &column[(nodes.size() - 1) * kChunk];
        for (std::size_t j = 0; j < m; ++j) {
            if (!f.empty()) f[start + j] = r[j].v;
            if (!d1.empty()) d1[start + j] = r[j].d1;
            if (!d2.empty()) d2[start + j] = r[j].d2;
        }
    }
}

Formula::Checked Formula::checked(double x, std::span<const double> params) const
{
    std::vector<double> storage;
    std::vector<Tracked<double>> values;
    formula::runTape(*m_tape, CheckedContext{x, resolve(params, storage)}, values);
    const Tracked<double> &r = values.back();
    auto bound = [](double value, double e) {
        return std::isfinite(value) && !std::isnan(e) ? e : HUGE_VAL;
    };
    return {{r.v.v, r.v.d1, r.v.d2},
            {bound(r.v.v, r.e.v), bound(r.v.d1, r.e.d1), bound(r.v.d2, r.e.d2)}};
}

Formula::Refined Formula::refine(double x, std::span<const double> params, int startBits) const
{
    std::vector<double> storage;
    const std::span<const double> p = resolve(params, storage);
    Derivatives previous{NAN, NAN, NAN};
    bool havePrevious = false;
    int bits = std::clamp((startBits + 63) / 64 * 64, kFirstBits, kMaxBits);
    for (;;) {
        const Big::Precision precision(bits);
        std::vector<Tracked<Big>> values;
        formula::runTape(*m_tape, BigContext{x, p}, values);
        const Tracked<Big> &r = values.back();
        const Derivatives d{r.v.v.toDouble(), r.v.d1.toDouble(), r.v.d2.toDouble()};
        long shortBy = 0; // the most any component's bound is short by, or -1
        for (const auto &[value, bound] : {std::pair{&r.v.v, &r.e.v}, std::pair{&r.v.d1, &r.e.d1},
                                           std::pair{&r.v.d2, &r.e.d2}}) {
            const long s = bitsShort(*value, *bound, kTarget / 10);
            shortBy = s < 0 || shortBy < 0 ? -1 : std::max(shortBy, s);
        }
        if (shortBy == 0 && havePrevious && agree(previous.f, d.f) && agree(previous.d1, d.d1) &&
            agree(previous.d2, d.d2))
            return {d, bits, true};
        previous = d;
        havePrevious = true;
        if (bits == kMaxBits) return {previous, kMaxBits, false};
        // Next: once within the bound, a confirming evaluation 64 bits more precise (its
        // roundings are others entirely). Otherwise what the bound says is missing, plus a
        // margin, but at most four times: the estimate assumes the worst where the value has no
        // correct digit yet. (Doubling from 128 all the way would go on to 4096 bits for a
        // cancellation of 1e-348.)
        long next = 4L * bits;
        if (shortBy == 0)
            next = bits + 64;
        else if (shortBy > 0)
            next = std::min(next, bits + shortBy + 32);
        next = (next + 63) / 64 * 64;
        bits = int(std::min<long>(next, kMaxBits));
    }
}

Derivatives Formula::accurate(double x, std::span<const double> params) const
{
    int bits = kFirstBits;
    return accurate(x, params, bits);
}

Derivatives Formula::accurate(double x, std::span<const double> params, int &bits) const
{
    const Checked c = checked(x, params);
    if (withinTarget(c.value.f, c.errorBound.f, kTarget) &&
        withinTarget(c.value.d1, c.errorBound.d1, kTarget) &&
        withinTarget(c.value.d2, c.errorBound.d2, kTarget))
        return c.value;
    // A neighbour's precision, less a step: close points of a curve need about the same, and
    // starting there skips the evaluations that would only show it is not enough.
    const Refined r = refine(x, params, bits - 64);
    bits = r.bits;
    return r.value;
}

void Formula::accurate(std::span<const double> x, std::span<const double> params,
                       std::span<double> f, std::span<double> d1, std::span<double> d2) const
{
    // The points that need MPFR cluster (a tail, a cancellation), so the threads take small
    // blocks in turn rather than one half each.
    constexpr std::size_t kBlock = 32;
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (;;) {
            const std::size_t begin = next.fetch_add(kBlock);
            if (begin >= x.size()) break;
            int bits = kFirstBits;
            for (std::size_t i = begin; i < std::min(begin + kBlock, x.size()); ++i) {
                const Derivatives r = accurate(x[i], params, bits);
                if (!f.empty()) f[i] = r.f;
                if (!d1.empty()) d1[i] = r.d1;
                if (!d2.empty()) d2[i] = r.d2;
            }
        }
        // MPFR keeps constants (log 2, π, …) in caches of the calling thread, which a
        // thread's exit does not free: each lets go of them when its share is done.
        mpfr_free_cache2(MPFR_FREE_LOCAL_CACHE);
    };
    // glibc reads /sys for the number of cores: once, not for every table cell.
    static const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::min(cores, x.size() / (4 * kBlock) + 1);
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
}

} // namespace act
