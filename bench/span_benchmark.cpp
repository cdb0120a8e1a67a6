// span-benchmark: act::evaluate over 2^20 points for every catalogue function, f alone, f′
// alone and both in one call, against act::evaluatePointwise (the portable point-by-point loop)
// timed in the same run. The table at the end prints, per function, the medians, new ÷ old,
// and, given --pytorch=FILE (the CSV that bench/pytorch_baseline.py prints: PyTorch's CPU
// kernels in float64 on one thread, same inputs), new ÷ PyTorch for f and for f′ (PyTorch's f′
// is autograd's backward, which for sigmoid and tanh reads the saved output instead of x).
// Below 1 is faster than PyTorch.
//
// Method, the same as pytorch_baseline.py's: every benchmark is --repeats=N (default 31)
// single calls, each one preceded by an untimed warm-up call of the same function into the same
// buffers (Google Benchmark's ->Iterations(1)->Repetitions(N), the warm-up outside the timed
// loop), and the figure is the median of the N wall-clock times. The input and output buffers
// are allocated and written once for the whole run, as the script's tensors are.
// bench/compare_pytorch.sh runs both in one go:
//   build/bench/span-benchmark --repeats=11 --benchmark_filter=/new
//   bench/compare_pytorch.sh build 11
// ACTIVATION_SPAN_KERNELS=avx2 or =portable picks a narrower kernel set than the CPU's best.
#include "activations.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
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

// The input and the two outputs, allocated and written once for the whole run.
struct Buffers
{
    std::vector<double> x, out, out2;
};

Buffers &buffers()
{
    static Buffers b = [] {
        Buffers v{std::vector<double>(kPoints), std::vector<double>(kPoints),
                  std::vector<double>(kPoints)};
        for (std::size_t i = 0; i < kPoints; ++i) // −8 .. 8, both signs, not a sorted sweep
            v.x[i] = -8.0 + 16.0 * double((i * 2654435761u) % kPoints) / double(kPoints);
        return v;
    }();
    return b;
}

// What is asked for: f alone, f′ alone, or both in one call (as a network's forward pass that
// keeps f′ for its backward pass would).
enum class Outputs { F, D1, Both };

// One repetition: the call once untimed (the warm-up), then once timed.
template <typename Call> void timeOneCall(benchmark::State &state, Call call)
{
    call();
    for (auto _ : state) {
        call();
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * std::int64_t(kPoints));
}

void run(benchmark::State &state, act::FunctionId id, Outputs outputs, bool vectorised)
{
    Buffers &b = buffers();
    const act::Parameters params = act::defaults(id);
    const std::span<double> none;
    const std::span<double> f = outputs == Outputs::D1 ? none : std::span<double>(b.out);
    const std::span<double> d1 = outputs == Outputs::F    ? none
                                 : outputs == Outputs::D1 ? std::span<double>(b.out)
                                                          : std::span<double>(b.out2);
    timeOneCall(state, [&] {
        if (vectorised)
            act::evaluate(id, params, b.x, f, d1, none);
        else
            act::evaluatePointwise(id, params, b.x, f, d1, none);
        benchmark::DoNotOptimize(b.out.data());
        benchmark::DoNotOptimize(b.out2.data());
    });
}

// The floor for any function: reading x and writing the output, nothing computed.
void copyOnly(benchmark::State &state)
{
    Buffers &b = buffers();
    timeOneCall(state, [&] {
        std::copy(b.x.begin(), b.x.end(), b.out.begin());
        benchmark::DoNotOptimize(b.out.data());
    });
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
            // The registered name, without the /iterations:1/repeats:N suffixes.
            const std::string &name = r.run_name.function_name;
            if (r.run_type == Run::RT_Aggregate && r.aggregate_name == "median")
                medianNs[name] = r.GetAdjustedRealTime();
            else if (r.run_type == Run::RT_Iteration) // --repeats=1: the only run
                medianNs.try_emplace(name, r.GetAdjustedRealTime());
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    std::map<std::string, PytorchTimes> pytorch;
    int repeats = 31, kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--pytorch=", 10) == 0)
            pytorch = readPytorch(argv[i] + 10);
        else if (std::strncmp(argv[i], "--repeats=", 10) == 0)
            repeats = std::max(1, std::atoi(argv[i] + 10));
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
                    ->Iterations(1)
                    ->Repetitions(repeats)
                    ->DisplayAggregatesOnly()
                    ->Unit(benchmark::kMillisecond);
            }
    }
    benchmark::RegisterBenchmark("copy/f/new", copyOnly)
        ->Iterations(1)
        ->Repetitions(repeats)
        ->DisplayAggregatesOnly()
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    Collector collector;
    benchmark::RunSpecifiedBenchmarks(&collector);
    std::printf("\nspan kernels: %s (medians of %d single calls, in ms)\n", act::spanKernelName(),
                repeats);
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
