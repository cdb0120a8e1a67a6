// See NetworkAnalysis.h. Every number comes from the core (meanfield.h, simulation.h); this
// decides only when to ask and which result is the newest.
#include "NetworkAnalysis.h"

#include "SceneModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The settings a simulation depends on: not which plot or quantity the panel shows.
NetworkSetup simulated(NetworkSetup network)
{
    network.plot = NetworkSetup{}.plot;
    network.quantity = NetworkSetup{}.quantity;
    return network;
}

} // namespace

NetworkAnalysis::NetworkAnalysis(SceneModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    connect(m_model, &SceneModel::networkChanged, this, &NetworkAnalysis::schedule);
    connect(m_model, &SceneModel::currentChanged, this, &NetworkAnalysis::schedule);
    connect(m_model, &SceneModel::overlayChanged, this, &NetworkAnalysis::schedule);
    connect(m_model, &SceneModel::parametersChanged, this, [this](CurveId id) {
        if (m_model->isPlotted(id)) schedule();
    });
    connect(m_model, &SceneModel::formulasChanged, this, &NetworkAnalysis::schedule);
    connect(&m_simulationTask, &BackgroundTask::started, this, &NetworkAnalysis::simulationStarted);
    connect(&m_simulationTask, &BackgroundTask::progress, this,
            &NetworkAnalysis::simulationProgress);
    connect(&m_simulationTask, &BackgroundTask::cancelled, this,
            &NetworkAnalysis::simulationCancelled);
}

NetworkAnalysis::CurveParameters NetworkAnalysis::curveParameters(CurveId id) const
{
    CurveParameters p;
    for (std::size_t i = 0; i < m_model->parameterCount(id); ++i)
        p.values.push_back(m_model->parameterValue(id, i));
    if (id.isFormula())
        if (const FormulaCurve *f = m_model->formula(id.formulaKey())) p.expression = f->expression;
    return p;
}

void NetworkAnalysis::setActive(bool active)
{
    if (active == m_active) return;
    m_active = active;
    if (active) {
        update();
    } else {
        m_simulationTask.cancel();
        m_phaseTask.cancel();
        m_fixedPointTask.cancel();
        m_fixedPointsWanted.clear();
        m_simulationWanted.reset();
        m_phaseLineWanted.reset();
    }
}

void NetworkAnalysis::setSimulating(bool simulating)
{
    if (simulating == m_simulating) return;
    m_simulating = simulating;
    if (!simulating) {
        m_simulationTask.cancel();
        m_simulationWanted.reset();
    } else {
        schedule();
    }
}

void NetworkAnalysis::schedule()
{
    if (!m_active || m_scheduled) return;
    m_scheduled = true;
    // Many slider events in one pass of the event loop make one computation.
    QMetaObject::invokeMethod(this, &NetworkAnalysis::update, Qt::QueuedConnection);
}

void NetworkAnalysis::update()
{
    m_scheduled = false;
    if (!m_active) return;
    updateTheory();
    startFixedPoints();
    if (m_simulating) startSimulation();
    if (m_model->network().plot == NetworkPlot::PhaseDiagram) startPhaseLine();
}

void NetworkAnalysis::updateTheory()
{
    // A drag changes one curve's parameters: the other curves' layers are the cached ones.
    const int layers = m_model->network().layers;
    std::vector<FunctionTheory> theories;
    std::vector<CachedTheory> cache;
    for (CurveId id : m_model->plotted()) {
        FixedPointKey key = fixedPointKey(id);
        if (!key.activation) continue;
        const auto cached =
            std::find_if(m_theoryCache.begin(), m_theoryCache.end(),
                         [&](const CachedTheory &c) { return c.layers == layers && c.key == key; });
        std::vector<act::LayerTheory> propagated =
            cached != m_theoryCache.end()
                ? cached->theory
                : act::propagate(networkSettings(m_model->network(), key.activation));
        FunctionTheory theory{id, m_model->curveName(id), propagated, std::nullopt};
        for (const auto &[known, point] : m_fixedPoints)
            if (known == key) theory.fixedPoint = point;
        theories.push_back(std::move(theory));
        cache.push_back({std::move(key), layers, std::move(propagated)});
    }
    m_theoryCache = std::move(cache);
    m_theories = std::move(theories);
    emit theoryChanged();
}

NetworkAnalysis::FixedPointKey NetworkAnalysis::fixedPointKey(CurveId id) const
{
    const NetworkSetup &n = m_model->network();
    return {id,
            curveParameters(id),
            n.weightVariance,
            n.biasVariance,
            n.inputVariance,
            std::shared_ptr<const act::Activation>(m_model->activation(id))};
}

void NetworkAnalysis::startFixedPoints()
{
    // Only the fixed points not known yet: a drag of one curve's parameter asks for that
    // curve's alone, and the others keep theirs.
    std::vector<FixedPointKey> keys, missing;
    for (const FunctionTheory &theory : m_theories) {
        FixedPointKey key = fixedPointKey(theory.id);
        if (!theory.fixedPoint) missing.push_back(key);
        keys.push_back(std::move(key));
    }
    // Forget those no curve has now (they stay while their curves are plotted).
    std::erase_if(m_fixedPoints, [&keys](const auto &known) {
        return std::find(keys.begin(), keys.end(), known.first) == keys.end();
    });
    if (missing.empty() || (missing == m_fixedPointsWanted && m_fixedPointTask.isRunning())) return;
    m_fixedPointsWanted = missing;
    m_fixedPointTask.start([this, missing](const act::SimulationControl &control) {
        auto points = std::make_shared<std::vector<std::pair<FixedPointKey, act::FixedPoint>>>();
        for (const FixedPointKey &key : missing) {
            if (control.cancel->load(std::memory_order_relaxed)) return BackgroundTask::Deliver{};
            NetworkSetup network;
            network.weightVariance = key.weightVariance;
            network.biasVariance = key.biasVariance;
            network.inputVariance = key.inputVariance;
            if (!key.activation) continue;
            points->emplace_back(key, act::fixedPoint(networkSettings(network, key.activation)));
            ++m_fixedPointsComputed;
        }
        return BackgroundTask::Deliver([this, points] {
            m_fixedPointsWanted.clear();
            bool changed = false;
            for (FunctionTheory &theory : m_theories) {
                if (theory.fixedPoint) continue;
                const FixedPointKey key = fixedPointKey(theory.id);
                for (const auto &[known, point] : *points)
                    if (known == key) {
                        theory.fixedPoint = point;
                        changed = true;
                    }
            }
            for (auto &entry : *points)
                m_fixedPoints.push_back(std::move(entry));
            if (changed) emit theoryChanged();
        });
    });
}

bool NetworkAnalysis::simulationIsCurrent() const
{
    const CurveId id = m_model->current();
    return m_simulation && m_simulation->id == id &&
           m_simulation->parameters == curveParameters(id) &&
           m_simulation->network == simulated(m_model->network());
}

void NetworkAnalysis::startSimulation()
{
    const CurveId id = m_model->current();
    std::shared_ptr<const act::Activation> activation = m_model->activation(id);
    if (!activation) return;
    Simulation wanted{id, curveParameters(id), simulated(m_model->network()), {}, {}, {}};
    const auto same = [&wanted](const std::optional<Simulation> &s) {
        return s && s->id == wanted.id && s->parameters == wanted.parameters &&
               s->network == wanted.network;
    };
    if (same(m_simulationWanted) && (m_simulationTask.isRunning() || same(m_simulation))) return;
    m_simulationWanted = wanted;
    // The distributions of the activations, over three RMS of the widest layer's either side.
    double reach = 0;
    if (!m_theories.empty() && m_theories.front().id == id)
        for (const act::LayerTheory &layer : m_theories.front().layers)
            reach = std::max(reach, 3 * std::sqrt(layer.secondMoment));
    if (!std::isfinite(reach) || reach > 1e100) reach = 1e100;
    reach = std::max(reach, 1e-6);
    m_simulationTask.start(
        [this, wanted, reach, activation](const act::SimulationControl &control) {
            act::SimulationSettings settings = simulationSettings(wanted.network, activation);
            settings.histogramOfActivations = true;
            settings.histogramMin = -reach;
            settings.histogramMax = reach;
            auto done = std::make_shared<Simulation>(wanted);
            done->result = act::simulate(settings, control);
            if (done->result.cancelled) return BackgroundTask::Deliver{};
            const double along = kDirectionReach * std::sqrt(double(settings.width));
            act::DirectionSweep sweep = act::outputAlongDirection(
                settings, -along, along, kDirectionPoints, kDirectionOutputs, control);
            if (control.cancel->load(std::memory_order_relaxed)) return BackgroundTask::Deliver{};
            for (double &t : sweep.t)
                t /= std::sqrt(double(settings.width));
            done->directionT = std::move(sweep.t);
            done->directionOutputs = std::move(sweep.outputs);
            return BackgroundTask::Deliver([this, done] {
                m_simulation = std::move(*done);
                ++m_simulationSerial;
                emit simulationFinished();
            });
        });
}

bool NetworkAnalysis::phaseLineIsCurrent() const
{
    const CurveId id = m_model->current();
    return m_phaseLine && m_phaseLine->id == id && m_phaseLine->parameters == curveParameters(id);
}

void NetworkAnalysis::startPhaseLine()
{
    const CurveId id = m_model->current();
    const CurveParameters params = curveParameters(id);
    std::shared_ptr<const act::Activation> phi = m_model->activation(id);
    if (!phi) return;
    if (phaseLineIsCurrent()) return;
    if (m_phaseLineWanted && m_phaseLineWanted->id == id &&
        m_phaseLineWanted->parameters == params && m_phaseTask.isRunning())
        return;
    m_phaseLineWanted = PhaseLine{id, params, {}, {}};
    m_phaseTask.start([this, id, params, phi](const act::SimulationControl &control) {
        auto line = std::make_shared<PhaseLine>(PhaseLine{id, params, {}, {}});
        for (int i = 0; i < kPhaseSamples; ++i) {
            if (control.cancel->load(std::memory_order_relaxed)) return BackgroundTask::Deliver{};
            const double bias = kPhaseMaxBias * i / (kPhaseSamples - 1);
            line->biasVariance.push_back(bias);
            line->weightVariance.push_back(act::criticalWeightVariance(*phi, bias).value_or(kNaN));
        }
        return BackgroundTask::Deliver([this, line] {
            m_phaseLine = std::move(*line);
            ++m_phaseLineSerial;
            emit phaseLineChanged();
        });
    });
}

std::vector<double> NetworkAnalysis::theorySeries(const FunctionTheory &theory,
                                                  LayerQuantity quantity)
{
    std::vector<double> values;
    if (quantity == LayerQuantity::DeadFraction) return values;
    for (const act::LayerTheory &layer : theory.layers) {
        switch (quantity) {
        case LayerQuantity::Variance:
            values.push_back(layer.q);
            break;
        case LayerQuantity::Mean:
            values.push_back(layer.mean);
            break;
        case LayerQuantity::RelativeMean:
            values.push_back(layer.mean / std::sqrt(layer.secondMoment));
            break;
        case LayerQuantity::SecondMoment:
            values.push_back(layer.secondMoment);
            break;
        case LayerQuantity::Chi1:
            values.push_back(layer.chi1);
            break;
        case LayerQuantity::GradientGain:
        case LayerQuantity::DeadFraction:
            values.push_back(layer.gradientGain);
            break;
        }
    }
    return values;
}

std::vector<double> NetworkAnalysis::simulationSeries(const act::SimulationResult &result,
                                                      LayerQuantity quantity)
{
    std::vector<double> values;
    const auto &layers = result.layers;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const act::LayerStatistics &s = layers[l];
        switch (quantity) {
        case LayerQuantity::Variance:
            values.push_back(s.variance);
            break;
        case LayerQuantity::Mean:
            values.push_back(s.activationMean);
            break;
        case LayerQuantity::RelativeMean:
            values.push_back(s.activationMean / std::sqrt(s.activationSecondMoment));
            break;
        case LayerQuantity::SecondMoment:
            values.push_back(s.activationSecondMoment);
            break;
        case LayerQuantity::Chi1:
            // The gradient's variance gained from layer l+1 back to l: χ1(q_l) in theory.
            values.push_back(l + 1 < layers.size()
                                 ? std::pow(s.gradientNorm / layers[l + 1].gradientNorm, 2)
                                 : kNaN);
            break;
        case LayerQuantity::GradientGain:
            // ∂ℒ/∂h_L = r has unit variance, so the gradient's mean square is the gain.
            values.push_back(s.gradientNorm * s.gradientNorm);
            break;
        case LayerQuantity::DeadFraction:
            values.push_back(s.deadFraction);
            break;
        }
    }
    return values;
}
