// The network panel's settings as a scene keeps them: the network's shape and initialisation
// (the activation is the scene's current function, or an overlay to compare), the simulation's
// batch and seed, and which plot and quantity the panel shows. A plain value inside Scene; its
// member initialisers are the panel's only defaults, scenerules::checkNetwork its only rule.
#pragma once

#include <memory>

#include "meanfield.h"
#include "simulation.h"

#include <QString>

#include <cstdint>
#include <optional>

// What the per-layer plot shows.
enum class LayerQuantity {
    Variance,     // q_l, the pre-activations' variance
    Mean,         // E[φ(h_l)]
    RelativeMean, // E[φ(h_l)] / √E[φ(h_l)²]: the mean on the scale of the activations
    SecondMoment, // E[φ(h_l)²]
    Chi1,         // σw² E[φ'(h_l)²]
    GradientGain, // ∏ χ1, on a log axis
    DeadFraction  // simulation only
};
inline constexpr int kLayerQuantityCount = 7;

// The panel's second plot.
enum class NetworkPlot { Distributions, Direction, PhaseDiagram };
inline constexpr int kNetworkPlotCount = 3;

// The known initialisations (zero biases): LeCun and Xavier σw² = 1 for layers of equal
// width (Xavier's 2/(fan_in + fan_out) is then 1/N), He σw² = 2.
enum class Initialisation { LeCun, Xavier, He };

struct NetworkSetup
{
    // The largest seed a JSON number carries exactly.
    static constexpr double kMaxSeed = 9007199254740992.0; // 2^53

    int layers = 20;
    int width = 256;
    double weightVariance = 1.0; // σw²
    double biasVariance = 0.0;   // σb²
    double inputVariance = 1.0;  // q0
    int batch = 256;
    std::uint64_t seed = 1;
    NetworkPlot plot = NetworkPlot::Distributions;
    LayerQuantity quantity = LayerQuantity::Variance;
    friend bool operator==(const NetworkSetup &, const NetworkSetup &) = default;
};

double initialWeightVariance(Initialisation init);

namespace scenerules {
// The core's rules (act::validate of the network and the simulation) for these settings;
// empty when fine, otherwise the reason in lower case.
std::optional<QString> checkNetwork(const NetworkSetup &network);
} // namespace scenerules

// The settings the core takes, for one activation.
act::NetworkSettings networkSettings(const NetworkSetup &network,
                                     std::shared_ptr<const act::Activation> activation);
act::SimulationSettings simulationSettings(const NetworkSetup &network,
                                           std::shared_ptr<const act::Activation> activation);

// The names a scene file writes ("gradient_gain", "phase_diagram") and reads back.
QString quantityName(LayerQuantity quantity);
std::optional<LayerQuantity> quantityByName(const QString &name);
QString networkPlotName(NetworkPlot plot);
std::optional<NetworkPlot> networkPlotByName(const QString &name);
