// Jets with a running error bound (first-order error analysis, after Higham ch. 3): each
// operation passes on its inputs' errors, amplified by its sensitivity to them, and adds its
// own rounding, counted on the magnitude of the terms it adds (so cancellation shows: the
// bound stays at the size of the terms while the result shrinks). Elementary functions take
// their sensitivity from the spread of g, g', g'' over the argument's error interval, which
// also covers a kink inside that interval. Internal to the formula library.
#pragma once

#include "jet.h"

namespace act::formula {

namespace trackeddetail {
template <class T> T mag(const T &v)
{
    using std::abs;
    return abs(v);
}
template <class T> T unit()
{
    return Num<T>::unit();
}
template <class T> T tiny()
{
    return Num<T>::tiny();
}
// Error bounds need their size, not many digits: in MPFR they are worked out at 64 bits while
// the values keep the working precision (a bound off by 2^-64 of itself is still a bound, and
// the arithmetic on them was most of the refinement's time at 1000+ bits). Values are
// computed before a scope opens; unit() is read before it too.
template <class T> struct BoundScope
{
};
template <> struct BoundScope<Big>
{
    Big::Precision low{64};
};
} // namespace trackeddetail

template <class T> Tracked<T> operator+(const Tracked<T> &a, const Tracked<T> &b)
{
    using namespace trackeddetail;
    const T u = unit<T>(), t = tiny<T>();
    Jet<T> sum = a.v + b.v;
    [[maybe_unused]] const BoundScope<T> low;
    auto err = [&](const T &x, const T &y, const T &ex, const T &ey) {
        return ex + ey + u * (mag(x) + mag(y)) + t;
    };
    return {std::move(sum),
            {err(a.v.v, b.v.v, a.e.v, b.e.v), err(a.v.d1, b.v.d1, a.e.d1, b.e.d1),
             err(a.v.d2, b.v.d2, a.e.d2, b.e.d2)}};
}
template <class T> Tracked<T> operator-(const Tracked<T> &a)
{
    return {-a.v, a.e};
}
template <class T> Tracked<T> operator-(const Tracked<T> &a, const Tracked<T> &b)
{
    return a + (-b);
}
template <class T> Tracked<T> operator*(const Tracked<T> &a, const Tracked<T> &b)
{
    using namespace trackeddetail;
    const T u = unit<T>(), t = tiny<T>();
    const Jet<T> &x = a.v, &y = b.v, &ex = a.e, &ey = b.e;
    Jet<T> product = x * y;
    [[maybe_unused]] const BoundScope<T> low;
    const T e0 = mag(x.v) * ey.v + mag(y.v) * ex.v + ex.v * ey.v + u * mag(x.v * y.v) + t;
    const T e1 = mag(x.d1) * ey.v + mag(y.v) * ex.d1 + mag(x.v) * ey.d1 + mag(y.d1) * ex.v +
                 ex.d1 * ey.v + ex.v * ey.d1 + T(2.0) * u * (mag(x.d1 * y.v) + mag(x.v * y.d1)) + t;
    const T e2 = mag(x.d2) * ey.v + mag(y.v) * ex.d2 +
                 T(2.0) * (mag(x.d1) * ey.d1 + mag(y.d1) * ex.d1) + mag(x.v) * ey.d2 +
                 mag(y.d2) * ex.v + ex.d2 * ey.v + T(2.0) * (ex.d1 * ey.d1) + ex.v * ey.d2 +
                 T(3.0) * u * (mag(x.d2 * y.v) + T(2.0) * mag(x.d1 * y.d1) + mag(x.v * y.d2)) + t;
    return {std::move(product), {e0, e1, e2}};
}
template <class T> Tracked<T> operator/(const Tracked<T> &a, const Tracked<T> &b)
{
    using namespace trackeddetail;
    const T u = unit<T>(), t = tiny<T>();
    const Jet<T> &x = a.v, &y = b.v, &ex = a.e, &ey = b.e;
    const Jet<T> q = x / y;
    [[maybe_unused]] const BoundScope<T> low;
    const T lower = mag(y.v) - ey.v; // the smallest the true denominator can be
    if (!(lower > T(0.0))) {
        const T inf = Num<T>::infinity();
        return {q, {inf, inf, inf}};
    }
    const T e0 = (ex.v + mag(q.v) * ey.v) / lower + u * mag(q.v) + t;
    const T e1 = (ex.d1 + mag(q.v) * ey.d1 + mag(y.d1) * e0 + mag(q.d1) * ey.v) / lower +
                 T(2.0) * u * (mag(x.d1) + mag(q.v * y.d1)) / lower + t;
    const T e2 = (ex.d2 + T(2.0) * (mag(q.d1) * ey.d1 + mag(y.d1) * e1) + mag(q.v) * ey.d2 +
                  mag(y.d2) * e0 + mag(q.d2) * ey.v) /
                     lower +
                 T(3.0) * u * (mag(x.d2) + T(2.0) * mag(q.d1 * y.d1) + mag(q.v * y.d2)) / lower + t;
    return {q, {e0, e1, e2}};
}

// g∘a for a function given as at(t) -> Tracked<T>: {g, g', g''} at t with the bound of its own
// rounding. `radius` widens the argument's error interval (the catalogue kernels' own
// conditioning allowance, core/README.md).
template <class T, class At>
Tracked<T> chainTracked(const Tracked<T> &a, At &&at, const T &radius = T(0.0))
{
    using namespace trackeddetail;
    using std::isnan;
    const T u = unit<T>(), t = tiny<T>(), inf = Num<T>::infinity();
    const Tracked<T> g = at(a.v.v);
    Jet<T> big = g.e; // |g^(k)(true argument) − computed g^(k)| ≤ big.k
    const T r = a.e.v + radius;
    if (r > T(0.0)) {
        for (const T &end : {a.v.v - r, a.v.v + r}) {
            const Jet<T> h = at(end).v;
            auto widen = [&](T &bound, const T &hk, const T &gk) {
                const T d = mag(hk - gk);
                bound = bound + (isnan(d) ? inf : d);
            };
            widen(big.v, h.v, g.v.v);
            widen(big.d1, h.d1, g.v.d1);
            widen(big.d2, h.d2, g.v.d2);
        }
    }
    const Jet<T> &x = a.v, &ex = a.e, &G = g.v;
    if (x.d1 == T(0.0) && x.d2 == T(0.0) && ex.d1 == T(0.0) && ex.d2 == T(0.0))
        return {{G.v, T(0.0), T(0.0)}, {big.v + t, T(0.0), T(0.0)}};
    Jet<T> v = chain(G, x);
    [[maybe_unused]] const BoundScope<T> low;
    const T e1 = big.d1 * mag(x.d1) + (mag(G.d1) + big.d1) * ex.d1 + u * mag(v.d1) + t;
    const T spread1 = T(2.0) * mag(x.d1) * ex.d1 + ex.d1 * ex.d1;
    const T e2 = big.d2 * (x.d1 * x.d1) + (mag(G.d2) + big.d2) * spread1 + big.d1 * mag(x.d2) +
                 (mag(G.d1) + big.d1) * ex.d2 +
                 T(2.0) * u * (mag(G.d2 * x.d1 * x.d1) + mag(G.d1 * x.d2)) + t;
    return {std::move(v), {big.v + t, e1, e2}};
}

template <class T> Tracked<T> roundedTriple(const Jet<T> &g, double ulps)
{
    using namespace trackeddetail;
    const T k = T(ulps) * unit<T>();
    return {g, {k * mag(g.v), k * mag(g.d1), k * mag(g.d2)}};
}

template <class T> Tracked<T> apply(Fn fn, const Tracked<T> &a)
{
    // 4 ulps covers the library function and the few roundings of g' and g''.
    return chainTracked(a, [fn](const T &t) { return roundedTriple(elementaryAt(fn, t), 4.0); });
}

template <class T> Tracked<T> power(const Tracked<T> &a, const Tracked<T> &b)
{
    const bool constantExponent = b.v.d1 == T(0.0) && b.v.d2 == T(0.0) && b.e.v == T(0.0) &&
                                  b.e.d1 == T(0.0) && b.e.d2 == T(0.0);
    if (constantExponent) {
        const T e = b.v.v;
        return chainTracked(a, [&e](const T &t) { return roundedTriple(powerAt(t, e), 4.0); });
    }
    // The bound from exp(b·log a); the value itself from pow(), which is more accurate.
    Tracked<T> r = apply(Fn::Exp, b * apply(Fn::Log, a));
    r.v = power(a.v, b.v);
    return r;
}

template <class T> Tracked<T> extremum(const Tracked<T> &a, const Tracked<T> &b, bool isMax)
{
    using namespace trackeddetail;
    using std::isnan, std::max;
    if (isnan(a.v.v)) return a;
    if (isnan(b.v.v)) return b;
    Tracked<T> r = firstWins(a.v, b.v, isMax) ? a : b;
    // Within the error bounds of each other either side may be the true maximum: the bound
    // then covers both.
    if (mag(a.v.v - b.v.v) <= a.e.v + b.e.v && a.e.v + b.e.v > T(0.0)) {
        r.e.v = max(a.e.v, b.e.v) + mag(a.v.v - b.v.v);
        r.e.d1 = max(a.e.d1, b.e.d1) + mag(a.v.d1 - b.v.d1);
        r.e.d2 = max(a.e.d2, b.e.d2) + mag(a.v.d2 - b.v.d2);
    }
    return r;
}

template <class T> Tracked<T> liftLike(const Tracked<T> &, const T &c, bool exact = true)
{
    using namespace trackeddetail;
    return {{c, T(0.0), T(0.0)}, {exact ? T(0.0) : unit<T>() * mag(c), T(0.0), T(0.0)}};
}
template <class T> const T &valueOf(const Tracked<T> &a)
{
    return a.v.v;
}

} // namespace act::formula
