// The formula engine's double pass: f, f', f'' of a 20-node formula on 2000 points, the
// budget being 1 ms (parse once, evaluate often). Prints the median of repeats; a plain timed
// main so it needs nothing beyond the core. Run: build/bench/formula_benchmark
#include "formula.h"
#include "formula_activation.h"
#include "sampler.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main()
{
    // 20 nodes: x, constants, a parameter, exp, sigmoid, tanh, softplus, abs, max, /, ^.
    const char *text = "x*sigmoid(b*x) + tanh(softplus(x))/(1+x^2) - max(abs(x), 0.5)*exp(-x)";
    const act::ParseResult parsed = act::Formula::parse(text);
    if (!parsed) return std::fprintf(stderr, "%s\n", parsed.error().message.c_str()), 1;
    const act::Formula &f = *parsed;
    constexpr std::size_t n = 2000;
    std::vector<double> x(n), y(n), dy(n), d2y(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = -10.0 + 20.0 * double(i) / (n - 1);
    const std::vector<double> params{1.5};

    auto time = [&](auto &&pass) {
        std::vector<double> ms;
        for (int repeat = 0; repeat < 11; ++repeat) {
            const auto start = std::chrono::steady_clock::now();
            pass();
            const auto end = std::chrono::steady_clock::now();
            ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
        std::nth_element(ms.begin(), ms.begin() + ms.size() / 2, ms.end());
        return ms[ms.size() / 2];
    };
    const double fast = time([&] { f.evaluate(x, params, y, dy, d2y); });
    const double accurate = time([&] { f.accurate(x, params, y, dy, d2y); });
    std::printf("formula: %s (%zu nodes)\n", text, f.nodeCount());
    std::printf("double pass, f f' f'' on %zu points: median %.3f ms (budget 1 ms)\n", n, fast);
    std::printf("accurate(), checked pass + MPFR where needed: median %.3f ms\n", accurate);

    // What the window's worker computes after a slider step (FunctionPlot: 2400 samples over
    // three view widths): the refined curve must follow the fast one within 100 ms.
    struct Case
    {
        const char *text;
        double lo, hi;
    };
    const Case cases[] = {{"x*sigmoid(b*x)", -18, 18},
                          {"1/(1+exp(-x))", -740, -660}, // all of it needs MPFR
                          {"1-tanh(x)^2", 0, 60},
                          {"log(1+exp(x))", 700, 900}};
    for (const Case &c : cases) {
        const act::ParseResult p = act::Formula::parse(c.text);
        const act::FormulaActivation a(*p, {}, act::FormulaActivation::Precision::Accurate);
        act::SampledCurves out;
        const double ms = time([&] { act::CurveSampler::sample(a, c.lo, c.hi, 2400, out); });
        // The window refines the middle third (the view) first and draws it: that is what
        // has to follow within the budget; the rest comes after.
        const double third = (c.hi - c.lo) / 3;
        const double view =
            time([&] { act::CurveSampler::sample(a, c.lo + third, c.hi - third, 2400 / 3, out); });
        std::printf("refined plot curve %-16s over [%g, %g], 2400 points: median %.1f ms, "
                    "the view's 800 first: %.1f ms (budget 100 ms)\n",
                    c.text, c.lo, c.hi, ms, view);
    }
    return 0;
}
