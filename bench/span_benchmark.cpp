// span-benchmark: act::evaluate over 2^20 points for every catalogue function, f alone and f′
// alone, against act::evaluatePointwise (the point-by-point loop evaluate() used before it had
// vectorised loops) timed in the same run. Google Benchmark does the timing (median of the
// repetitions); the table at the end prints, per function, new ÷ old and, where issue 10 gives
// the old path's ratio to PyTorch 1.13's CPU kernel in float64 on one thread, the implied
// new ÷ PyTorch = (new ÷ old) × (old ÷ PyTorch). Below 1 is faster than PyTorch. PyTorch itself
// cannot be installed here, so that column is an estimate carried over from the issue's
// measurement, not a measurement. Run:
//   build/bench/span-benchmark --benchmark_repetitions=5 --benchmark_min_time=0.05
#include "activations.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kPoints = std::size_t(1) << 20;

// Issue 10's measurements: our old f ÷ PyTorch, 2^20 points.
const std::map<std::string, double> kOldOverPytorch = {
    {"silu", 0.24}, {"softplus", 0.30},   {"logsigmoid", 0.46},
    {"tanh", 0.51}, {"leaky_relu", 0.54}, {"gelu_tanh", 0.73},
    {"elu", 0.72},  {"relu", 5.3},        {"softsign", 17.0}};

std::vector<double> &inputs()
{
    static std::vector<double> x = [] {
        std::vector<double> v(kPoints);
        for (std::size_t i = 0; i < kPoints; ++i) // −8 .. 8, both signs, not a sorted sweep
            v[i] = -8.0 + 16.0 * double((i * 2654435761u) % kPoints) / double(kPoints);
        return v;
    }();
    return x;
}

void run(benchmark::State &state, act::FunctionId id, bool derivative, bool vectorised)
{
    const std::vector<double> &x = inputs();
    std::vector<double> out(kPoints);
    const act::Parameters params = act::defaults(id);
    const std::span<double> none;
    for (auto _ : state) {
        const std::span<double> o(out);
        if (vectorised)
            act::evaluate(id, params, x, derivative ? none : o, derivative ? o : none, none);
        else
            act::evaluatePointwise(id, params, x, derivative ? none : o, derivative ? o : none,
                                   none);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(kPoints));
}

// The floor for any function: reading x and writing the output, nothing computed.
void copyOnly(benchmark::State &state)
{
    const std::vector<double> &x = inputs();
    std::vector<double> out(kPoints);
    for (auto _ : state) {
        std::copy(x.begin(), x.end(), out.begin());
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
}

// Keeps the median of each benchmark's repetitions (or its only run).
class Collector : public benchmark::ConsoleReporter
{
public:
    std::map<std::string, double> medianNs;
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &r : runs) {
            const std::string name = r.run_name.str();
            if (r.run_type == Run::RT_Aggregate && r.aggregate_name == "median")
                medianNs[name] = r.GetAdjustedRealTime();
            else if (r.run_type == Run::RT_Iteration && !medianNs.count(name + "#agg"))
                medianNs.try_emplace(name, r.GetAdjustedRealTime());
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> names;
    for (const act::FunctionSpec &spec : act::functions()) {
        const std::string name(spec.name);
        names.push_back(name);
        for (bool derivative : {false, true})
            for (bool vectorised : {false, true})
                benchmark::RegisterBenchmark(
                    (name + (derivative ? "/d1" : "/f") + (vectorised ? "/new" : "/old")).c_str(),
                    run, spec.id, derivative, vectorised)
                    ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("copy/f/new", copyOnly)->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    Collector collector;
    benchmark::RunSpecifiedBenchmarks(&collector);
    std::printf("\n%-12s %10s %10s %9s %9s %14s\n", "function", "f old ms", "f new ms", "f new/old",
                "f' new/old", "f new/PyTorch");
    if (collector.medianNs.count("copy/f/new"))
        std::printf("%-12s %10s %10.3f   (memory floor: copying x to the output)\n", "copy", "",
                    collector.medianNs["copy/f/new"]);
    for (const std::string &name : names) {
        const auto at = [&](const char *what) {
            const auto it = collector.medianNs.find(name + what);
            return it == collector.medianNs.end() ? 0.0 : it->second;
        };
        const double fOld = at("/f/old"), fNew = at("/f/new");
        const double dOld = at("/d1/old"), dNew = at("/d1/new");
        if (fOld == 0) continue; // filtered out
        const auto pytorch = kOldOverPytorch.find(name);
        char implied[32] = "-";
        if (pytorch != kOldOverPytorch.end())
            std::snprintf(implied, sizeof implied, "%.2f", fNew / fOld * pytorch->second);
        std::printf("%-12s %10.3f %10.3f %9.2f %9.2f %14s\n", name.c_str(), fOld, fNew, fNew / fOld,
                    dOld > 0 ? dNew / dOld : 0.0, implied);
    }
    return 0;
}
