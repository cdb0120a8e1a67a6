// Evaluation: dispatches a function id to its kernel once per span, so the loop over points
// is a direct, allocation-free call the compiler can inline.
#include "activations.h"
#include "kernels.h"
#include "spankernels.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <string_view>

namespace act {
namespace {

// Calls `body(kernel)` with a lambda double -> Derivatives bound to the parameters.
template <typename Body> void withKernel(FunctionId id, const Parameters &params, Body &&body)
{
    namespace k = kernels;
    const double a = params.values[0];
    const double b = params.values[1];
    switch (id) {
    case FunctionId::Linear:
        return body([a](double x) { return k::linear(x, a); });
    case FunctionId::Sigmoid:
        return body([](double x) { return k::sigmoidAll(x); });
    case FunctionId::Tanh:
        return body([](double x) { return k::tanhAll(x); });
    case FunctionId::Relu:
        return body([](double x) { return k::relu(x); });
    case FunctionId::LeakyRelu:
    case FunctionId::Prelu:
        return body([a](double x) { return k::leaky(x, a); });
    case FunctionId::Rrelu: {
        // (l + u)/2 without overflowing when l + u does (l = u = 1e308); the same bits otherwise.
        const double slope = std::midpoint(a, b);
        return body([slope](double x) { return k::leaky(x, slope); });
    }
    case FunctionId::Elu:
        return body([a](double x) { return k::elu(x, a, 1.0); });
    case FunctionId::Selu:
        return body([a, b](double x) { return k::elu(x, a, b); });
    case FunctionId::Celu:
        return body([a](double x) { return k::celu(x, a); });
    case FunctionId::Gelu:
        return body([](double x) { return k::gelu(x); });
    case FunctionId::GeluTanh:
        return body([](double x) { return k::geluTanh(x); });
    case FunctionId::Swish:
        return body([a](double x) { return k::swish(x, a); });
    case FunctionId::Silu:
        return body([](double x) { return k::swish(x, 1.0); });
    case FunctionId::Softplus:
        return body([a, b](double x) { return k::softplus(x, a, b); });
    case FunctionId::Relu6:
        return body([](double x) { return k::clamp(x, 0.0, 6.0); });
    case FunctionId::Mish:
        return body([](double x) { return k::mish(x); });
    case FunctionId::Softsign:
        return body([](double x) { return k::softsign(x); });
    case FunctionId::Hardtanh:
        return body([a, b](double x) { return k::clamp(x, a, b); });
    case FunctionId::Hardsigmoid:
        return body([](double x) { return k::hardsigmoid(x); });
    case FunctionId::Hardswish:
        return body([](double x) { return k::hardswish(x); });
    case FunctionId::Logsigmoid:
        return body([](double x) { return k::logsigmoid(x); });
    case FunctionId::Tanhshrink:
        return body([](double x) { return k::tanhshrinkAll(x); });
    case FunctionId::Softshrink:
        return body([a](double x) { return k::softshrink(x, a); });
    case FunctionId::Hardshrink:
        return body([a](double x) { return k::hardshrink(x, a); });
    case FunctionId::Threshold:
        return body([a, b](double x) { return k::threshold(x, a, b); });
    }
}

} // namespace

namespace {

enum class SpanKernels { Portable, Avx2, Avx512 };

SpanKernels bestSpanKernels()
{
#if defined(ACTIVATION_HAVE_AVX2_KERNEL) && (defined(__x86_64__) || defined(__i386__))
    // libgcc checks the OS saves the AVX and AVX-512 registers (XGETBV) before reporting them.
    if (__builtin_cpu_supports("avx512f")) return SpanKernels::Avx512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return SpanKernels::Avx2;
#endif
    return SpanKernels::Portable;
}

// The best this CPU has, or a narrower set named by ACTIVATION_SPAN_KERNELS (portable, avx2),
// so the tests and the benchmark reach every path on one machine.
SpanKernels spanKernels()
{
    static const SpanKernels chosen = [] {
        const SpanKernels best = bestSpanKernels();
        const char *asked = std::getenv("ACTIVATION_SPAN_KERNELS");
        if (!asked) return best;
        const std::string_view name(asked);
        if (name == "portable") return SpanKernels::Portable;
        if (name == "avx2" && best == SpanKernels::Avx512) return SpanKernels::Avx2;
        return best;
    }();
    return chosen;
}

} // namespace

const char *spanKernelName()
{
    switch (spanKernels()) {
    case SpanKernels::Avx512:
        return "avx512f (SLEEF)";
    case SpanKernels::Avx2:
        return "avx2+fma (SLEEF)";
    case SpanKernels::Portable:
        break;
    }
    return "portable";
}

Derivatives evaluate(FunctionId id, const Parameters &params, double x)
{
    // Through the span path, so a value is the same whether asked for alone or in a span.
    Derivatives result{};
    evaluate(id, params, std::span(&x, 1), std::span(&result.f, 1), std::span(&result.d1, 1),
             std::span(&result.d2, 1));
    return result;
}

void evaluate(FunctionId id, const Parameters &params, std::span<const double> x,
              std::span<double> f, std::span<double> d1, std::span<double> d2)
{
    assert(f.empty() || f.size() == x.size());
    assert(d1.empty() || d1.size() == x.size());
    assert(d2.empty() || d2.size() == x.size());
#ifdef ACTIVATION_HAVE_AVX2_KERNEL
    switch (spanKernels()) {
    case SpanKernels::Avx512:
        if (spankernels::evaluateAvx512(id, params, x, f, d1, d2)) return;
        break;
    case SpanKernels::Avx2:
        if (spankernels::evaluateAvx2(id, params, x, f, d1, d2)) return;
        break;
    case SpanKernels::Portable:
        break;
    }
#endif
    // Branch-free loops, one per output, that the compiler vectorises: the point-wise kernel
    // for these costs more in branches than in arithmetic. Same values, bit for bit.
    if (id == FunctionId::Relu) {
        const std::size_t n = x.size();
        if (!f.empty())
            for (std::size_t i = 0; i < n; ++i)
                f[i] = x[i] > 0 ? x[i] : 0.0;
        if (!d1.empty())
            for (std::size_t i = 0; i < n; ++i)
                d1[i] = x[i] > 0 ? 1.0 : 0.0;
        if (!d2.empty()) std::fill(d2.begin(), d2.end(), 0.0);
        return;
    }
    if (id == FunctionId::Softsign) {
        const std::size_t n = x.size();
        if (!f.empty())
            for (std::size_t i = 0; i < n; ++i)
                f[i] = x[i] / (1.0 + std::fabs(x[i]));
        if (!d1.empty())
            for (std::size_t i = 0; i < n; ++i) {
                const double d = 1.0 + std::fabs(x[i]);
                d1[i] = 1.0 / (d * d);
            }
        if (!d2.empty())
            for (std::size_t i = 0; i < n; ++i) {
                const double d = 1.0 + std::fabs(x[i]);
                const double sign = x[i] > 0 ? 1.0 : (x[i] < 0 ? -1.0 : 0.0);
                d2[i] = -2.0 * sign / (d * d * d);
            }
        return;
    }
    evaluatePointwise(id, params, x, f, d1, d2);
}

void evaluatePointwise(FunctionId id, const Parameters &params, std::span<const double> x,
                       std::span<double> f, std::span<double> d1, std::span<double> d2)
{
    withKernel(id, params, [&](auto kernel) {
        const std::size_t n = x.size();
        for (std::size_t i = 0; i < n; ++i) {
            const Derivatives r = kernel(x[i]);
            if (!f.empty()) f[i] = r.f;
            if (!d1.empty()) d1[i] = r.d1;
            if (!d2.empty()) d2[i] = r.d2;
        }
    });
}

void sampleRreluTraining(const Parameters &params, std::span<const double> x, std::span<double> y,
                         std::uint64_t seed)
{
    assert(y.size() == x.size());
    const double lower = params.values[0];
    const double upper = params.values[1];
    // SplitMix64: tiny, reproducible across platforms (std::uniform_real_distribution is not).
    std::uint64_t state = seed;
    auto next = [&state] {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double u01 = double(next() >> 11) * 0x1.0p-53;
        // u − l overflows for bounds of opposite sign near ±DBL_MAX: then the same formula runs
        // on the (exact) halves and is doubled, which keeps the slope finite and inside [l, u].
        const double width = upper - lower;
        const double slope = std::isfinite(width)
                                 ? lower + width * u01
                                 : 2.0 * (0.5 * lower + (0.5 * upper - 0.5 * lower) * u01);
        y[i] = x[i] > 0 ? x[i] : slope * x[i];
    }
}

} // namespace act
