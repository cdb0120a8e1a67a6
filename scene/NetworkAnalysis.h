// The network panel's numbers for one SceneModel, kept in step with its scene: mean-field theory
// for every plotted function (in this thread, once per event-loop pass after a change: it
// takes about a millisecond), and in worker threads the fixed points, the finite-width
// simulation of the current function with its network along one input direction, and the
// order-to-chaos line (only while the panel shows it). A worker is
// cancelled and restarted whenever what it computes changes; the results stay until newer ones
// replace them. Nothing here draws; the panel's plots read it.
#pragma once

#include "BackgroundTask.h"
#include "CurveId.h"
#include "NetworkSetup.h"
#include "meanfield.h"
#include "simulation.h"

#include <QObject>
#include <QString>

#include <atomic>

#include <memory>

#include <optional>
#include <vector>

class SceneModel;

class NetworkAnalysis : public QObject
{
    Q_OBJECT

public:
    // The direction sweep's t/√N runs over [-kDirectionReach, kDirectionReach]: an input
    // x = t·u has |x|²/N = (t/√N)², as typical inputs have q0.
    static constexpr double kDirectionReach = 3.0;
    static constexpr int kDirectionPoints = 241;
    static constexpr int kDirectionOutputs = 4;
    // The order-to-chaos line is searched at this many σb² from 0 to kPhaseMaxBias.
    static constexpr int kPhaseSamples = 21;
    static constexpr double kPhaseMaxBias = 2.0;

    // What a curve's numbers depend on besides its identity: its parameter values and, for a
    // typed formula, its expression.
    struct CurveParameters
    {
        std::vector<double> values;
        QString expression;
        friend bool operator==(const CurveParameters &, const CurveParameters &) = default;
    };

    struct FunctionTheory
    {
        CurveId id;
        QString name;                         // the legend's
        std::vector<act::LayerTheory> layers; // layer 1 first
        // From a worker (a slowly converging iteration can take longer than a frame): none
        // until it is known for these settings.
        std::optional<act::FixedPoint> fixedPoint;
    };
    struct Simulation
    {
        CurveId id;
        CurveParameters parameters;
        NetworkSetup network;
        act::SimulationResult result;
        std::vector<double> directionT; // t/√N
        std::vector<std::vector<double>> directionOutputs;
    };
    struct PhaseLine
    {
        CurveId id;
        CurveParameters parameters;
        std::vector<double> biasVariance;
        std::vector<double> weightVariance; // NaN where χ1(q*) does not cross 1
    };

    explicit NetworkAnalysis(SceneModel *model, QObject *parent = nullptr);

    // Nothing is computed while inactive (the panel is hidden); becoming active catches up.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Whether the simulation follows the settings (it does unless told otherwise): without it
    // the theory and fixed points still do. For the redraw benchmark, which times the same
    // frames with and without a simulation running.
    void setSimulating(bool simulating);
    bool isSimulating() const { return m_simulating; }

    // Current function first, then the overlays: as SceneModel::plotted().
    const std::vector<FunctionTheory> &theories() const { return m_theories; }
    // The newest finished simulation, which may be of settings since changed (see
    // simulationIsCurrent) or none yet.
    const std::optional<Simulation> &simulation() const { return m_simulation; }
    bool simulationIsCurrent() const;
    bool simulationRunning() const { return m_simulationTask.isRunning(); }
    const std::optional<PhaseLine> &phaseLine() const { return m_phaseLine; }
    // Counts the simulations and order-to-chaos lines delivered: a plot drawn from the one
    // with the same number has nothing new to draw.
    quint64 simulationSerial() const { return m_simulationSerial; }
    quint64 phaseLineSerial() const { return m_phaseLineSerial; }
    // How many fixed points the worker has computed so far (for tests: a drag of one curve's
    // parameter computes that curve's alone).
    int fixedPointsComputed() const { return m_fixedPointsComputed.load(); }
    BackgroundTask &simulationTask() { return m_simulationTask; }

    // The values of a quantity per layer: theory (empty for the dead fraction, which the
    // theory of infinitely wide layers has none of) and simulation (NaN where it has none).
    static std::vector<double> theorySeries(const FunctionTheory &theory, LayerQuantity quantity);
    static std::vector<double> simulationSeries(const act::SimulationResult &result,
                                                LayerQuantity quantity);

signals:
    void theoryChanged();
    void simulationStarted();
    void simulationProgress(int done, int total);
    void simulationCancelled();
    void simulationFinished();
    void phaseLineChanged();

private:
    void schedule();
    void update();
    void updateTheory();
    void startSimulation();
    void startPhaseLine();
    bool phaseLineIsCurrent() const;
    void startFixedPoints();

    // A fixed point depends on the function and σw², σb², q0 (not on L).
    struct FixedPointKey
    {
        CurveId id;
        CurveParameters parameters;
        double weightVariance, biasVariance, inputVariance;
        std::shared_ptr<const act::Activation> activation; // what it computes; not compared
        friend bool operator==(const FixedPointKey &a, const FixedPointKey &b)
        {
            return a.id == b.id && a.parameters == b.parameters &&
                   a.weightVariance == b.weightVariance && a.biasVariance == b.biasVariance &&
                   a.inputVariance == b.inputVariance;
        }
    };
    CurveParameters curveParameters(CurveId id) const;
    FixedPointKey fixedPointKey(CurveId id) const;
    // A curve's theory through L layers, for as long as nothing it depends on changes.
    struct CachedTheory
    {
        FixedPointKey key;
        int layers = 0;
        std::vector<act::LayerTheory> theory;
    };

    SceneModel *m_model;
    bool m_active = false;
    bool m_simulating = true;
    bool m_scheduled = false;
    quint64 m_simulationSerial = 0;
    quint64 m_phaseLineSerial = 0;
    std::atomic<int> m_fixedPointsComputed{0};
    std::vector<FunctionTheory> m_theories;
    std::vector<CachedTheory> m_theoryCache; // of the curves in m_theories
    std::optional<Simulation> m_simulation;
    std::optional<PhaseLine> m_phaseLine;
    // What the running jobs compute, so an unrelated change does not restart them.
    std::optional<Simulation> m_simulationWanted;
    std::optional<PhaseLine> m_phaseLineWanted;
    // Known fixed points of the plotted curves' present settings, and those being computed.
    std::vector<std::pair<FixedPointKey, act::FixedPoint>> m_fixedPoints;
    std::vector<FixedPointKey> m_fixedPointsWanted;
    BackgroundTask m_simulationTask;
    BackgroundTask m_phaseTask;
    BackgroundTask m_fixedPointTask;
};
