// The network settings' rule, their translation to the core's settings, and their file names.
#include "NetworkSetup.h"

#include "CoreMessages.h"

#include <QCoreApplication>

#include <array>

namespace {

const std::array<const char *, kLayerQuantityCount> kQuantityNames{
    "variance", "mean", "relative_mean", "second_moment", "chi1", "gradient_gain", "dead_fraction"};
const std::array<const char *, kNetworkPlotCount> kPlotNames{"distributions", "direction",
                                                             "phase_diagram"};

} // namespace

double initialWeightVariance(Initialisation init)
{
    return init == Initialisation::He ? 2.0 : 1.0;
}

namespace scenerules {

std::optional<QString> checkNetwork(const NetworkSetup &network)
{
    if (double(network.seed) > NetworkSetup::kMaxSeed)
        return QCoreApplication::translate("NetworkSetup",
                                           "the seed must be a whole number from 0 to 2^53");
    // Any activation does for the shape's rules; tanh has no parameters to refuse.
    if (auto problem = act::checkSettings(
            simulationSettings(network, act::catalogueActivation(act::FunctionId::Tanh))))
        return coremessages::settingsProblem(*problem);
    return std::nullopt;
}

} // namespace scenerules

act::NetworkSettings networkSettings(const NetworkSetup &network,
                                     std::shared_ptr<const act::Activation> activation)
{
    act::NetworkSettings s;
    s.activation = std::move(activation);
    s.weightVariance = network.weightVariance;
    s.biasVariance = network.biasVariance;
    s.inputVariance = network.inputVariance;
    s.layers = network.layers;
    return s;
}

act::SimulationSettings simulationSettings(const NetworkSetup &network,
                                           std::shared_ptr<const act::Activation> activation)
{
    act::SimulationSettings s;
    s.network = networkSettings(network, std::move(activation));
    s.width = network.width;
    s.batch = network.batch;
    s.seed = network.seed;
    return s;
}

QString quantityName(LayerQuantity quantity)
{
    return QLatin1String(kQuantityNames[std::size_t(quantity)]);
}

std::optional<LayerQuantity> quantityByName(const QString &name)
{
    for (std::size_t i = 0; i < kQuantityNames.size(); ++i)
        if (name == QLatin1String(kQuantityNames[i])) return LayerQuantity(i);
    return std::nullopt;
}

QString networkPlotName(NetworkPlot plot)
{
    return QLatin1String(kPlotNames[std::size_t(plot)]);
}

std::optional<NetworkPlot> networkPlotByName(const QString &name)
{
    for (std::size_t i = 0; i < kPlotNames.size(); ++i)
        if (name == QLatin1String(kPlotNames[i])) return NetworkPlot(i);
    return std::nullopt;
}
