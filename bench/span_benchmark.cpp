// span-benchmark: act::evaluate over 2^20 points for every catalogue function, f alone and f′
// alone, against act::evaluatePointwise (the portable point-by-point loop) timed in the same
// run. Google Benchmark does the timing (median of the repetitions). The table at the end
// prints, per function, the medians, new ÷ old, and, given --pytorch=FILE (the CSV that
// bench/pytorch_baseline.py prints: PyTorch's CPU kernels in float64 on one thread, same
// inputs), new ÷ PyTorch for f and for f′ (PyTorch's f′ is autograd's backward, which for
// sigmoid and tanh reads the saved output instead of x). Below 1 is faster than PyTorch.
// bench/compare_pytorch.sh runs both in one go:
//   build/bench/span-benchmark --benchmark_repetitions=5 --benchmark_min_time=0.05
//   bench/compare_pytorch.sh build
// ACTIVATION_SPAN_KERNELS=avx2 or =portable picks a narrower kernel set than the CPU's best.
#include "activations.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kPoints = std::size_t(1) << 20;

struct PytorchTimes
{
    double f = 0, d1 = 0;
};

// bench/pytorch_baseline.py's CSV: function,f_ms,d1_ms,f_kernel.
std::map<std::string, PytorchTimes> readPytorch(const char *path)
{
    std::map<std::string, PytorchTimes> times;
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "span-benchmark: cannot read %s\n", path);
        return times;
    }
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::stringstream fields(line);
        std::string name, f, d1;
        if (!std::getline(fields, name, ',') || !std::getline(fields, f, ',') ||
            !std::getline(fields, d1, ','))
            continue;
        times[name] = {std::strtod(f.c_str(), nullptr), std::strtod(d1.c_str(), nullptr)};
    }
    return times;
}

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

// What is asked for: f alone, f′ alone, or both in one call (as a network's forward pass that
// keeps f′ for its backward pass would).
enum class Outputs { F, D1, Both };

void run(benchmark::State &state, act::FunctionId id, Outputs outputs, bool vectorised)
{
    const std::vector<double> &x = inputs();
    std::vector<double> out(kPoints), out2(kPoints);
    const act::Parameters params = act::defaults(id);
    const std::span<double> none;
    for (auto _ : state) {
        const std::span<double> f = outputs == Outputs::D1 ? none : std::span<double>(out);
        const std::span<double> d1 = outputs == Outputs::F    ? none
                                     : outputs == Outputs::D1 ? std::span<double>(out)
                                                              : std::span<double>(out2);
        if (vectorised)
            act::evaluate(id, params, x, f, d1, none);
        else
            act::evaluatePointwise(id, params, x, f, d1, none);
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
    std::map<std::string, PytorchTimes> pytorch;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--pytorch=", 10) == 0)
            pytorch = readPytorch(argv[i] + 10);
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    std::vector<std::string> names;
    for (const act::FunctionSpec &spec : act::functions()) {
        const std::string name(spec.name);
        names.push_back(name);
        for (Outputs outputs : {Outputs::F, Outputs::D1, Outputs::Both})
            for (bool vectorised : {false, true}) {
                const char *what = outputs == Outputs::F    ? "/f"
                                   : outputs == Outputs::D1 ? "/d1"
                                                            : "/both";
                benchmark::RegisterBenchmark((name + what + (vectorised ? "/new" : "/old")).c_str(),
                                             run, spec.id, outputs, vectorised)
                    ->Unit(benchmark::kMillisecond);
            }
    }
    benchmark::RegisterBenchmark("copy/f/new", copyOnly)->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    Collector collector;
    benchmark::RunSpecifiedBenchmarks(&collector);
    std::printf("\nspan kernels: %s (medians in ms)\n", act::spanKernelName());
    std::printf("%-12s %7s %7s %7s %7s %7s %7s %7s %7s %7s %7s\n", "function", "f old", "f new",
                "f pt", "f/pt", "f' new", "f' pt", "f'/pt", "f,f'", "f+f' pt", "both/pt");
    if (collector.medianNs.count("copy/f/new"))
        std::printf("%-12s %7s %7.3f   (memory floor: copying x to the output)\n", "copy", "",
                    collector.medianNs["copy/f/new"]);
    int slower = 0, slowerBoth = 0;
    const auto cell = [](char *buffer, double v) {
        if (v > 0)
            std::snprintf(buffer, 16, "%.3f", v);
        else
            std::snprintf(buffer, 16, "-");
        return buffer;
    };
    for (const std::string &name : names) {
        const auto at = [&](const char *what) {
            const auto it = collector.medianNs.find(name + what);
            return it == collector.medianNs.end() ? 0.0 : it->second;
        };
        const double fOld = at("/f/old"), fNew = at("/f/new"), dNew = at("/d1/new");
        const double both = at("/both/new");
        if (fNew == 0) continue; // filtered out
        const auto pt = pytorch.find(name);
        const bool havePt = pt != pytorch.end();
        const double fPt = havePt ? pt->second.f : 0, dPt = havePt ? pt->second.d1 : 0;
        char c[10][16];
        std::printf("%-12s %7s %7s %7s %7s %7s %7s %7s %7s %7s %7s\n", name.c_str(),
                    cell(c[0], fOld), cell(c[1], fNew), cell(c[2], fPt),
                    cell(c[3], havePt ? fNew / fPt : 0), cell(c[4], dNew), cell(c[5], dPt),
                    cell(c[6], havePt ? dNew / dPt : 0), cell(c[7], both), cell(c[8], fPt + dPt),
                    cell(c[9], havePt && both > 0 ? both / (fPt + dPt) : 0));
        slower += havePt && fNew > fPt;
        slowerBoth += havePt && both > fPt + dPt;
    }
    if (!pytorch.empty())
        std::printf("slower than PyTorch: f for %d of %zu functions, f and f' together (against "
                    "its forward + backward) for %d\n",
                    slower, names.size(), slowerBoth);
    return 0;
}
