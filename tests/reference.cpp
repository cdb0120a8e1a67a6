// Quad-precision reference: see reference.h. Every formula is written so that it does not
// cancel in quad either (sigmoid tails via 1/(1 + e^-z) on both sides, 1 - tanh^2 as 1/cosh^2,
// e^x - 1 via expm1q, the normal CDF via erfcq, x - tanh x by its Taylor series near 0, ...).
// Branch decisions (kinks, the softplus threshold) are taken on the double argument, exactly
// as a double implementation has to take them; the formulas then run in quad.
// Huge and tiny parameters need no care here: a product of two or three doubles (λα, l + u, βx,
// β·e^{βx}) is far inside quad's exponent range (about 1e±4932), so nothing overflows to ∞·0.
#include "reference.h"

#include <cmath>
#include <cstdlib>

namespace ref {
namespace {

using act::FunctionId;

quad q(double v)
{
    return static_cast<quad>(v);
}

quad pi()
{
    return acosq(q(-1.0));
}

// 1 / (1 + e^-z): no cancellation for either sign of z; exact 0 / 1 at the quad extremes.
quad sigma(quad z)
{
    return q(1.0) / (q(1.0) + expq(-z));
}

// log(1 + e^z) without overflow: max(z, 0) + log1p(e^-|z|).
quad softplus(quad z)
{
    return (z > 0 ? z : q(0.0)) + log1pq(expq(-fabsq(z)));
}

// sech^2 z = 1 / cosh^2 z (the tails of 1 - tanh^2 z would cancel).
quad sech2(quad z)
{
    const quad c = coshq(z);
    return q(1.0) / (c * c);
}

// x - tanh x; the Taylor series near 0, where the difference cancels.
quad tanhshrink(quad x)
{
    if (fabsq(x) < q(1e-3)) {
        // x^3/3 - 2x^5/15 + 17x^7/315 - 62x^9/2835 + 1382x^11/155925 - 21844x^13/6081075
        // + 929569x^15/638512875; the next term is below 1e-40 relative for |x| < 1e-3.
        static const double num[] = {1.0, -2.0, 17.0, -62.0, 1382.0, -21844.0, 929569.0};
        static const double den[] = {3.0, 15.0, 315.0, 2835.0, 155925.0, 6081075.0, 638512875.0};
        const quad x2 = x * x;
        quad sum = 0;
        for (int k = 6; k >= 0; --k)
            sum = sum * x2 + q(num[k]) / q(den[k]);
        return sum * x2 * x;
    }
    return x - tanhq(x);
}

Derivatives piece(quad f, quad d1, quad d2)
{
    return {f, d1, d2};
}

Derivatives eluLike(quad x, double bx, quad alpha)
{
    if (bx > 0) return piece(x, 1, 0);
    const quad e = expq(x);
    return piece(alpha * expm1q(x), alpha * e, alpha * e);
}

Derivatives swish(quad x, quad beta)
{
    const quad z = beta * x;
    const quad s = sigma(z);
    const quad sm = sigma(-z);
    // f = x s; f' = s + z s (1 - s); f'' = beta s (1 - s) (2 + z (1 - 2s)), 1 - 2s = -tanh(z/2).
    return piece(x * s, s + z * s * sm, beta * s * sm * (q(2.0) - z * tanhq(z / 2)));
}

// The reference at quad argument x, with every branch decided by the double `bx`.
Derivatives evaluateAt(FunctionId id, const act::Parameters &params, quad x, double bx)
{
    const double p0 = params.values[0];
    const double p1 = params.values[1];
    const quad a = q(p0);
    const quad b = q(p1);
    switch (id) {
    case FunctionId::Linear:
        return piece(a * x, a, 0);
    case FunctionId::Sigmoid: {
        const quad s = sigma(x);
        const quad d1 = s * sigma(-x);
        // f'' = s (1 - s) (1 - 2s), 1 - 2s = -tanh(x/2)
        return piece(s, d1, -d1 * tanhq(x / 2));
    }
    case FunctionId::Tanh: {
        const quad t = tanhq(x);
        const quad s = sech2(x);
        return piece(t, s, -2 * t * s);
    }
    case FunctionId::Relu:
        return bx > 0 ? piece(x, 1, 0) : piece(0, 0, 0);
    case FunctionId::LeakyRelu:
    case FunctionId::Prelu:
        return bx > 0 ? piece(x, 1, 0) : piece(a * x, a, 0);
    case FunctionId::Rrelu: {
        const quad slope = (a + b) / 2; // exact in quad
        return bx > 0 ? piece(x, 1, 0) : piece(slope * x, slope, 0);
    }
    case FunctionId::Elu:
        return eluLike(x, bx, a);
    case FunctionId::Selu: {
        const Derivatives e = eluLike(x, bx, a);
        return piece(b * e.f, b * e.d1, b * e.d2);
    }
    case FunctionId::Celu: {
        if (bx > 0) return piece(x, 1, 0);
        const quad e = expq(x / a);
        return piece(a * expm1q(x / a), e, e / a);
    }
    case FunctionId::Gelu: {
        const quad cdf = erfcq(-x / sqrtq(q(2.0))) / 2;
        const quad pdf = expq(-x * x / 2) / sqrtq(2 * pi());
        return piece(x * cdf, cdf + x * pdf, pdf * (q(2.0) - x * x));
    }
    case FunctionId::GeluTanh: {
        static const quad c = strtoflt128("0.044715", nullptr);
        const quad k = sqrtq(q(2.0) / pi());
        const quad u = k * (x + c * x * x * x);
        const quad up = k * (q(1.0) + 3 * c * x * x);
        const quad upp = 6 * k * c * x;
        const quad t = tanhq(u);
        const quad s = sech2(u);
        const quad half = sigma(2 * u); // (1 + tanh u) / 2 without cancellation
        // f = x (1 + T)/2; f' = (1 + T)/2 + x S u'/2; f'' = S u' + x S (u'' - 2 T u'^2)/2
        return piece(x * half, half + x * s * up / 2, s * up + x * s * (upp - 2 * t * up * up) / 2);
    }
    case FunctionId::Swish:
        return swish(x, a);
    case FunctionId::Silu:
        return swish(x, q(1.0));
    case FunctionId::Softplus: {
        const double t = p0 * bx; // the branch, decided in double as the implementation does
        if (t > p1) return piece(x, 1, 0);
        const quad z = a * x;
        const quad s = sigma(z);
        return piece(softplus(z) / a, s, a * s * sigma(-z));
    }
    case FunctionId::Relu6:
        if (bx <= 0) return piece(0, 0, 0);
        if (bx >= 6) return piece(6, 0, 0);
        return piece(x, 1, 0);
    case FunctionId::Mish: {
        // T = tanh(softplus x) = w (w + 2) / (w (w + 2) + 2) with w = e^x, written as
        // 1 - 2 / ((1 + w)^2 + 1) for x > 0 (no cancellation, no inf/inf).
        const quad w = expq(x);
        const quad t = x <= 0 ? w * (w + 2) / (w * (w + 2) + 2)
                              : q(1.0) - q(2.0) / ((q(1.0) + w) * (q(1.0) + w) + 1);
        const quad e = q(1.0) + w; // e^softplus(x)
        const quad sum = e + q(1.0) / e;
        const quad sech2sp = q(4.0) / (sum * sum);
        const quad s = sigma(x);
        const quad sm = sigma(-x);
        const quad tp = sech2sp * s;                     // dT/dx
        const quad tpp = sech2sp * s * (sm - 2 * t * s); // d2T/dx2
        return piece(x * t, t + x * tp, 2 * tp + x * tpp);
    }
    case FunctionId::Softsign: {
        const quad d = q(1.0) + fabsq(x);
        const quad sign = bx > 0 ? q(1.0) : (bx < 0 ? q(-1.0) : q(0.0));
        return piece(x / d, q(1.0) / (d * d), -2 * sign / (d * d * d));
    }
    case FunctionId::Hardtanh:
        if (bx <= p0) return piece(a, 0, 0);
        if (bx >= p1) return piece(b, 0, 0);
        return piece(x, 1, 0);
    case FunctionId::Hardsigmoid:
        if (bx <= -3) return piece(0, 0, 0);
        if (bx >= 3) return piece(1, 0, 0);
        return piece((x + 3) / 6, q(1.0) / 6, 0);
    case FunctionId::Hardswish:
        if (bx < -3) return piece(0, 0, 0);
        if (bx > 3) return piece(x, 1, 0);
        return piece(x * (x + 3) / 6, (2 * x + 3) / 6, q(1.0) / 3);
    case FunctionId::Logsigmoid: {
        const quad s = sigma(x);
        const quad sm = sigma(-x);
        return piece(-softplus(-x), sm, -s * sm);
    }
    case FunctionId::Tanhshrink: {
        const quad t = tanhq(x);
        return piece(tanhshrink(x), t * t, 2 * t * sech2(x));
    }
    case FunctionId::Softshrink:
        if (bx > p0) return piece(x - a, 1, 0);
        if (bx < -p0) return piece(x + a, 1, 0);
        return piece(0, 0, 0);
    case FunctionId::Hardshrink:
        if (bx > p0 || bx < -p0) return piece(x, 1, 0);
        return piece(0, 0, 0);
    case FunctionId::Threshold:
        if (bx > p0) return piece(x, 1, 0);
        return piece(b, 0, 0);
    }
    std::abort();
}

} // namespace

Derivatives evaluate(act::FunctionId id, const act::Parameters &params, double x)
{
    return evaluateAt(id, params, q(x), x);
}

quad thirdDerivative(act::FunctionId id, const act::Parameters &params, double x)
{
    const quad xq = q(x);
    const quad h = x == 0 ? q(1e-12) : fabsq(xq) * q(1e-12);
    const Derivatives up = evaluateAt(id, params, xq + h, x);
    const Derivatives down = evaluateAt(id, params, xq - h, x);
    return (up.d2 - down.d2) / (2 * h);
}

std::vector<double> kinks(act::FunctionId id, const act::Parameters &params)
{
    const double p0 = params.values[0];
    const double p1 = params.values[1];
    switch (id) {
    case FunctionId::Relu:
    case FunctionId::LeakyRelu:
    case FunctionId::Prelu:
    case FunctionId::Rrelu:
    case FunctionId::Elu:
    case FunctionId::Selu:
    case FunctionId::Celu:
    case FunctionId::Softsign:
        return {0.0};
    case FunctionId::Softplus:
        return {p1 / p0};
    case FunctionId::Relu6:
        return {0.0, 6.0};
    case FunctionId::Hardtanh:
        return {p0, p1};
    case FunctionId::Hardsigmoid:
    case FunctionId::Hardswish:
        return {-3.0, 3.0};
    case FunctionId::Softshrink:
    case FunctionId::Hardshrink:
        return {-p0, p0};
    case FunctionId::Threshold:
        return {p0};
    default:
        return {};
    }
}

std::string toString(quad value, int digits)
{
    char buffer[128];
    quadmath_snprintf(buffer, sizeof buffer, "%.*Qg", digits, value);
    return buffer;
}

} // namespace ref
