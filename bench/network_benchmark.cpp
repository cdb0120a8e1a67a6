// network-benchmark: how long the network panel's numbers take. Mean-field theory for 200
// layers (budget 2 ms) and the simulation at width 256 × batch 256 × 50 layers, forward and
// backward (budget 250 ms). Prints the median of several runs, wall clock and CPU time (the
// machine may be shared: CPU time is what the work itself costs; the simulation runs on both
// cores, so on an idle machine its wall time is about half its CPU time). Plain C++, no Qt.
// On a busy machine, count instructions instead: valgrind --tool=callgrind is repeatable.
#include "matrixproduct.h"
#include "meanfield.h"
#include "simulation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

struct Timing
{
    double wallMs;
    double cpuMs;
};

Timing median(int runs, const std::function<void()> &work)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        timespec c0{}, c1{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
        const auto t0 = std::chrono::steady_clock::now();
        work();
        const auto t1 = std::chrono::steady_clock::now();
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
        wall.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        cpu.push_back((c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) * 1e-6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace

int main()
{
    using act::FunctionId;
    std::printf("matrix kernel: %s\n", act::kernelName(act::bestMatrixKernel()));
    std::printf("%-34s %10s %10s %8s\n", "what", "wall ms", "cpu ms", "budget");
    // σw² = 1.5, σb² = 0.05: q settles on its fixed point within the 200 layers (and propagate
    // reuses the moments of a repeated q). σw² = 1, σb² = 0 is the worst case for a slider
    // frame: q creeps towards 0 like 1/l and never repeats, so every layer is integrated.
    for (double weight : {1.5, 1.0})
        for (FunctionId id : {FunctionId::Tanh, FunctionId::Relu, FunctionId::Gelu,
                              FunctionId::Selu, FunctionId::Softplus}) {
            act::NetworkSettings s;
            s.activation = act::catalogueActivation(id);
            s.weightVariance = weight;
            s.biasVariance = weight == 1.0 ? 0.0 : 0.05;
            s.layers = 200;
            double sink = 0;
            const Timing t = median(21, [&] { sink += act::propagate(s).back().q; });
            std::printf("theory 200 layers σw²=%.1f, %-9s %10.3f %10.3f %8s\n", weight,
                        std::string(act::spec(id).name).c_str(), t.wallMs, t.cpuMs, "2");
            (void)sink;
        }
    for (FunctionId id : {FunctionId::Relu, FunctionId::Tanh, FunctionId::Rrelu}) {
        act::SimulationSettings s;
        s.network.activation = act::catalogueActivation(id);
        s.network.weightVariance = 2.0;
        s.network.layers = 50;
        s.width = 256;
        s.batch = 256;
        s.seed = 1;
        const Timing t = median(5, [&] { act::simulate(s); });
        std::printf("simulate 256x256x50, %-13s %10.1f %10.1f %8s\n",
                    std::string(act::spec(id).name).c_str(), t.wallMs, t.cpuMs, "250");
    }
    return 0;
}
