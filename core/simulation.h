// A finite-width random network, simulated: a batch of inputs forward through real random
// matrices and a gradient backward through the same ones, with the statistics per layer that
// mean-field theory (meanfield.h) predicts. Plain C++20, no Qt; cancellable and reporting
// progress per layer, so a worker thread can run it.
//
// What is measured, per layer l = 1..L (compare with act::propagate for the same settings):
// - mean, variance: of the pre-activations h_l over all units and inputs (theory: 0 and q_l);
// - activationMean, activationSecondMoment: of φ(h_l) (theory: mean, secondMoment);
// - deadFraction: units whose φ(h_l) is exactly 0 for every input of the batch;
// - gradientNorm: the root mean square over units and inputs of ∂ℒ/∂h_l for the loss
//   ℒ = Σ r·h_L, a fixed random projection r of the last pre-activations with N(0, 1) entries
//   (so ∂ℒ/∂h_L = r and theory gives gradientNorm_l² = gradientGain_l).
// RReLU draws its slopes per unit and input (act::sampleRreluTraining), as in training.
#pragma once

#include "meanfield.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace act {

inline constexpr int kMaxWidth = 2048;
inline constexpr int kMaxBatch = 4096;
// The backward pass keeps φ'(h) of every layer: layers × width × batch doubles, at most this
// many (256 MiB).
inline constexpr long long kMaxStoredValues = 1LL << 25;

struct SimulationSettings
{
    NetworkSettings network;
    int width = 256; // N, units per layer (the input has N coordinates too)
    int batch = 256; // B, inputs pushed through together
    std::uint64_t seed = 0;
    // Histogram of the pre-activations of each layer: `bins` equal bins over [min, max).
    int histogramBins = 64;
    double histogramMin = -4.0;
    double histogramMax = 4.0;
    // Histograms of the activations φ(h_l) instead of the pre-activations h_l (where
    // saturation and ReLU's mass at zero show; h_l is near Gaussian in a wide layer).
    bool histogramOfActivations = false;
};

inline constexpr int kMaxHistogramBins = 100000;

// The network's problems (meanfield.h), then the simulation's own, with their limits.
std::optional<SettingsProblem> checkSettings(const SimulationSettings &settings);
// Empty when usable; otherwise one sentence naming the problem and the limit.
std::optional<std::string> validate(const SimulationSettings &settings);

struct LayerStatistics
{
    double mean;
    double variance;
    double activationMean;
    double activationSecondMoment;
    double deadFraction;
    double gradientNorm; // NaN when the run was cancelled before the backward pass reached it
};

// Counts per layer and bin (of h_l, or of φ(h_l) when asked), for a heat map: count(layer, bin),
// layer from 0 (network layer 1).
struct LayerHistograms
{
    int layers = 0;
    int bins = 0;
    double min = 0;
    double max = 0;
    std::vector<std::uint64_t> counts; // layers × bins, row by row
    std::vector<std::uint64_t> below;  // per layer, values < min
    std::vector<std::uint64_t> above;  // per layer, values >= max (and NaN)
    std::uint64_t count(int layer, int bin) const
    {
        return counts[std::size_t(layer) * bins + bin];
    }
    double binStart(int bin) const { return min + (max - min) * bin / bins; }
};

struct SimulationResult
{
    std::vector<LayerStatistics> layers; // as many as were computed before a cancel
    LayerHistograms histograms;
    bool cancelled = false;
};

struct SimulationControl
{
    // Checked before every layer, forward and back, and while the weights are drawn.
    const std::atomic<bool> *cancel = nullptr;
    // Called after every layer of either pass: `done` of `total` = 2 × layers steps.
    std::function<void(int done, int total)> progress;
    // Threads the work may run on: 0 for one per core (at most 2), 1 for the calling thread
    // alone (a window's worker, which must leave the other core to the window). The numbers
    // are the same bit for bit whatever the count.
    int threads = 0;
};

// The settings must be valid. The same settings and seed give the same numbers bit for bit on
// the same build and CPU kind (matrixproduct.h: a CPU with AVX2 sums differently in the last
// bits); the random numbers themselves are the same everywhere.
SimulationResult simulate(const SimulationSettings &settings,
                          const SimulationControl &control = {});

// The simulated network (same weights and biases for the same seed) as a function of one input
// direction: outputs h_L for the inputs x = t·u, u a random unit vector, t at `points` (>= 2)
// evenly spaced values over [tMin, tMax]. RReLU is taken in evaluation mode here, so the network
// is a function. outputs[k][i] is output coordinate k (k < coordinates <= width) at t[i].
struct DirectionSweep
{
    std::vector<double> t;
    std::vector<std::vector<double>> outputs;
};
// Cancelled (control.cancel set) it returns what it has: no outputs. control.progress is not
// called.
DirectionSweep outputAlongDirection(const SimulationSettings &settings, double tMin, double tMax,
                                    int points, int coordinates,
                                    const SimulationControl &control = {});

} // namespace act
