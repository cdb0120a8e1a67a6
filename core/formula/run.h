// One loop over the tape for every number type: the node operations come from jet.h and
// tracked.h, the leaves and the catalogue functions from a context per pass. Internal to the
// formula library.
#pragma once

#include "catalogue_generic.h"
#include "tape.h"
#include "tracked.h"

#include <cmath>
#include <span>
#include <vector>

namespace act::formula {

// Evaluates every node into `values` (resized to the tape); the result is values.back().
template <class N, class Context>
void runTape(const Tape &tape, const Context &ctx, std::vector<N> &values)
{
    values.resize(tape.nodes.size());
    for (std::size_t i = 0; i < tape.nodes.size(); ++i) {
        const Node &n = tape.nodes[i];
        N &out = values[i];
        switch (n.op) {
        case Op::Constant:
            out = ctx.constant(tape, n);
            break;
        case Op::Pi:
            out = ctx.pi();
            break;
        case Op::E:
            out = ctx.e();
            break;
        case Op::X:
            out = ctx.x();
            break;
        case Op::Parameter:
            out = ctx.parameter(n.index);
            break;
        case Op::Neg:
            out = -values[n.a];
            break;
        case Op::Add:
            out = values[n.a] + values[n.b];
            break;
        case Op::Sub:
            out = values[n.a] - values[n.b];
            break;
        case Op::Mul:
            out = values[n.a] * values[n.b];
            break;
        case Op::Div:
            out = values[n.a] / values[n.b];
            break;
        case Op::Pow:
            out = power(values[n.a], values[n.b]);
            break;
        case Op::Min:
        case Op::Max:
            out = extremum(values[n.a], values[n.b], n.op == Op::Max);
            break;
        case Op::Function:
            out = apply(n.fn, values[n.a]);
            break;
        case Op::Catalogue: {
            Parameters p = n.defaults;
            bool custom = false;
            for (std::size_t k = 0; k < kMaxParameters; ++k)
                if (n.args[k] != kNoNode)
                    p.values[k] = toDouble(valueOf(values[n.args[k]])), custom = true;
            if (custom && validate(n.id, p)) {
                out = ctx.nan(); // outside the function's parameter domain: a gap
                break;
            }
            out = ctx.catalogue(n.id, p, values[n.a]);
            break;
        }
        }
    }
}

inline Jet<double> toJet(const Derivatives &d)
{
    return {d.f, d.d1, d.d2};
}

// The fast pass: doubles, catalogue functions through the core's accurate kernels.
struct FastContext
{
    double xValue;
    std::span<const double> params;
    using N = Jet<double>;
    N constant(const Tape &, const Node &n) const { return {n.value, 0.0, 0.0}; }
    N pi() const { return {Num<double>::pi(), 0.0, 0.0}; }
    N e() const { return {2.718281828459045235360287471352662498, 0.0, 0.0}; }
    N x() const { return {xValue, 1.0, 0.0}; }
    N parameter(std::size_t i) const { return {params[i], 0.0, 0.0}; }
    N nan() const { return {NAN, NAN, NAN}; }
    N catalogue(FunctionId id, const Parameters &p, const N &u) const
    {
        return chain(toJet(act::evaluate(id, p, u.v)), u);
    }
};

// The checked double pass: as the fast one, with error bounds. The kernels are taken as
// accurate to 8 ulps plus the conditioning allowance of core/README.md (a 4-ulp change of
// their argument), which the tests against the quad-precision reference bear out.
struct CheckedContext
{
    double xValue;
    std::span<const double> params;
    using N = Tracked<double>;
    static N exact(double v) { return {{v, 0.0, 0.0}, {0.0, 0.0, 0.0}}; }
    N constant(const Tape &, const Node &n) const { return liftLike(N{}, n.value, n.exact); }
    N pi() const { return liftLike(N{}, Num<double>::pi(), false); }
    N e() const { return liftLike(N{}, 2.718281828459045235360287471352662498, false); }
    N x() const { return {{xValue, 1.0, 0.0}, {0.0, 0.0, 0.0}}; }
    N parameter(std::size_t i) const { return exact(params[i]); }
    N nan() const { return {{NAN, NAN, NAN}, {NAN, NAN, NAN}}; }
    N catalogue(FunctionId id, const Parameters &p, const N &u) const
    {
        const double radius = 4.0 * Num<double>::unit() * std::fabs(u.v.v);
        return chainTracked(
            u, [&](double t) { return roundedTriple(toJet(act::evaluate(id, p, t)), 8.0); },
            radius);
    }
};

// The MPFR pass at the working precision (Big::Precision): literals read again from their
// text, catalogue functions from their generic definitions (catalogue_generic.h).
struct BigContext
{
    double xValue;
    std::span<const double> params;
    using N = Tracked<Big>;
    static N exact(const Big &v)
    {
        return {{v, Big(0.0), Big(0.0)}, {Big(0.0), Big(0.0), Big(0.0)}};
    }
    N constant(const Tape &tape, const Node &n) const
    {
        return liftLike(N{}, Big::fromString(tape.literals[n.index].c_str()), n.exact);
    }
    N pi() const { return liftLike(N{}, Big::pi(), false); }
    N e() const { return liftLike(N{}, exp(Big(1.0)), false); }
    N x() const { return {{Big(xValue), Big(1.0), Big(0.0)}, {Big(0.0), Big(0.0), Big(0.0)}}; }
    N parameter(std::size_t i) const { return exact(Big(params[i])); }
    N nan() const
    {
        const Big n(NAN);
        return {{n, n, n}, {n, n, n}};
    }
    N catalogue(FunctionId id, const Parameters &p, const N &u) const
    {
        return chainTracked(u, [&](const Big &t) {
            const N input{{t, Big(1.0), Big(0.0)}, {Big(0.0), Big(0.0), Big(0.0)}};
            return catalogueGeneric(id, p, input);
        });
    }
};

} // namespace act::formula
