// Mean-field theory of a deep, wide, fully connected random network (Poole et al. 2016,
// Schoenholz et al. 2017): how the pre-activation variance q and the gradient's variance change
// from layer to layer, the fixed point q* they settle to, its depth scale, and the
// order-to-chaos line. Plain C++20, no Qt.
//
// The network: x ~ N(0, q0) per coordinate, h1 = W1 x + b1, h_{l+1} = W_{l+1} φ(h_l) + b_{l+1},
// weights N(0, σw²/N), biases N(0, σb²). In the infinite-width limit h_l ~ N(0, q_l) with
//   q1 = σw² q0 + σb²,   q_{l+1} = σw² E[φ(h_l)²] + σb²,
// and a gradient backpropagated to h_l has its variance multiplied by χ1(q_l) = σw² E[φ'(h_l)²]
// per layer. φ is any act::Activation (a catalogue function or a typed formula). The catalogue's
// RReLU is taken in training mode: its slopes s ~ U(l, u) are averaged over, so E[φ] uses E[s]
// and E[φ²], E[φ'²] use E[s²] (the simulation draws them per unit and input).
#pragma once

#include "activation.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace act {

inline constexpr int kMaxLayers = 200;

// A shared catalogue activation for NetworkSettings::activation.
std::shared_ptr<const Activation> catalogueActivation(FunctionId id, const Parameters &params);
std::shared_ptr<const Activation> catalogueActivation(FunctionId id); // with its defaults

struct NetworkSettings
{
    // φ; never null in valid settings. Shared, so that copies of the settings (a worker
    // thread's) are cheap and the activation outlives them all.
    std::shared_ptr<const Activation> activation = catalogueActivation(FunctionId::Tanh);
    double weightVariance = 1.0; // σw²
    double biasVariance = 0.0;   // σb²
    double inputVariance = 1.0;  // q0
    int layers = 10;             // L, 1 to kMaxLayers
};

// Why network or simulation settings are refused, as a code with its arguments, so that a
// window can say it in its own language; validate() and describe() give the same in English.
struct SettingsProblem
{
    enum class Kind {
        NoActivation,   // the activation is null
        Parameter,      // the catalogue activation's parameters: function, parameter
        WeightVariance, // σw² is not a finite number >= 0
        BiasVariance,   // σb², the same
        InputVariance,  // q0, the same
        Layers,         // not 1 to limit
        Width,          // simulation: not 1 to limit
        Batch,          // simulation: not 1 to limit
        StoredValues,   // simulation: layers × width × batch above limit
        HistogramBins,  // simulation: not 1 to limit
        HistogramRange, // simulation: not finite with min < max
    };
    Kind kind;
    long long limit = 0; // the largest value allowed, for the kinds that have one
    FunctionId function = FunctionId::Tanh;
    ParameterProblem parameter{};
};
std::optional<SettingsProblem> checkSettings(const NetworkSettings &settings);
std::string describe(const SettingsProblem &problem);

// Empty when the settings are usable; otherwise one sentence naming the problem.
std::optional<std::string> validate(const NetworkSettings &settings);

// E[φ], E[φ²], E[φ'²] over h ~ N(0, q) as this theory uses them (the catalogue's RReLU
// averaged over its training-mode slopes); q finite and >= 0.
struct LayerMoments
{
    double mean;
    double secondMoment;
    double derivativeSquare;
};
LayerMoments layerMoments(const Activation &phi, double q);

struct LayerTheory
{
    double q;            // variance of the pre-activations h_l
    double mean;         // E[φ(h_l)]
    double secondMoment; // E[φ(h_l)²]
    double chi1;         // σw² E[φ'(h_l)²]
    // The variance of a gradient backpropagated from the last layer's pre-activations to this
    // layer's, relative to the last layer's: ∏ χ1(q_k) over k = l .. L−1 (1 at l = L).
    double gradientGain;
};

// One entry per layer, 1 to L (index 0 is layer 1). The settings must be valid.
std::vector<LayerTheory> propagate(const NetworkSettings &settings);

enum class FixedPointStatus {
    Converged,
    Diverged,    // q grew beyond kDivergedVariance: no finite fixed point is reached from q0
    NotConverged // still changing after the iteration budget
};
inline constexpr double kDivergedVariance = 1e100;

struct FixedPoint
{
    FixedPointStatus status;
    double qStar; // the fixed point, or the last q reached
    double chi1;  // χ1(q*)
    // ξ = −1/ln χ1(q*): positive where gradients shrink (ordered phase), negative where they
    // grow (chaotic), infinite where |χ1 − 1| <= kCriticalTolerance.
    double depthScale;
};
inline constexpr double kCriticalTolerance = 1e-12;

// The fixed point of q ↦ σw² E[φ(√q z)²] + σb² reached from q0 = settings.inputVariance
// (settings.layers is not used).
FixedPoint fixedPoint(const NetworkSettings &settings);

// "q grows without bound ..." or "q was still changing ..." for a status other than Converged
// (a window words it from status and qStar).
std::string describe(const FixedPoint &point);

// The order-to-chaos line for the phase diagram: the σw² at which χ1(q*) = 1 for this σb²,
// searched in [1e-3, 1e3]; empty when χ1(q*) does not cross 1 there. A fixed point that
// diverges counts as the chaotic side.
std::optional<double> criticalWeightVariance(const Activation &phi, double biasVariance);

} // namespace act
