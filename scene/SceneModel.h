// The one seam between the core and the widgets: the whole scene (the plotted functions, their
// parameters, the shown derivatives, the view, the theme and the softmax panel's state) as a
// Scene value with fine-grained change signals. Widgets and plots observe and change it; the
// rules it checks each change with are Scene.h's. Nothing here draws.
#pragma once

#include "Scene.h"
#include "softmax.h"

#include <QObject>
#include <QString>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

class SceneModel : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinClasses = Scene::kMinClasses;
    static constexpr int kMaxClasses = Scene::kMaxClasses;

    // The softmax panel's numbers, derived from the logits, temperature and toggle. Always
    // one input per logit; when softmax cannot be taken (the activation overflowed a logit),
    // `error` says why and there are no probabilities.
    struct SoftmaxResult
    {
        std::vector<double> inputs; // the logits after the optional activation
        std::vector<double> probabilities;
        double entropy = 0.0;
        std::size_t topClass = 0;
        act::SoftmaxError error = act::SoftmaxError::None;
    };

    explicit SceneModel(QObject *parent = nullptr);

    // The whole scene; its view is always set.
    const Scene &scene() const { return m_scene; }
    // All or nothing: a scene that breaks a rule is refused with the reason and nothing
    // changes. A scene without a view gets its current function's initial view.
    std::optional<QString> setScene(const Scene &scene);

    CurveId current() const { return m_scene.current; }
    // Choosing a curve also shows it over its initial view.
    void setCurrent(CurveId curve);

    // Overlaid curves are drawn besides the current one (which is always drawn).
    bool isOverlaid(CurveId curve) const
    {
        return std::find(m_scene.overlays.begin(), m_scene.overlays.end(), curve) !=
               m_scene.overlays.end();
    }
    // Overlaying the current curve is refused: it is drawn already.
    void setOverlaid(CurveId curve, bool overlaid);
    bool isPlotted(CurveId curve) const { return curve == current() || isOverlaid(curve); }
    // Current first, then the overlays in the order they were added.
    const std::vector<CurveId> &plotted() const { return m_plotted; }
    // "Leaky ReLU", or a formula's name.
    QString curveName(CurveId curve) const { return ::curveName(m_scene, curve); }
    // What the curve computes with its parameters now; null for a formula the scene lacks.
    std::unique_ptr<act::Activation> activation(CurveId curve,
                                                Precision precision = Precision::Accurate) const
    {
        return activationOf(m_scene, curve, precision);
    }

    // A catalogue function's parameters.
    const act::Parameters &parameters(act::FunctionId id) const { return m_scene.parametersOf(id); }
    bool isDefault(CurveId curve) const;
    std::size_t parameterCount(CurveId curve) const;
    double parameterValue(CurveId curve, std::size_t parameter) const;
    // Empty on success; otherwise the reason and the previous value stays.
    std::optional<QString> setParameter(CurveId curve, std::size_t parameter, double value);
    std::optional<QString> setParameters(act::FunctionId id, const act::Parameters &params);
    void resetParameter(CurveId curve, std::size_t parameter);
    void resetParameters(CurveId curve);

    // Typed formulas. Every formula the scene has, plotted or not, by ascending key.
    const std::vector<FormulaCurve> &formulas() const { return m_scene.formulas; }
    const FormulaCurve *formula(int key) const { return m_scene.formula(key); }
    // Adds a formula (see makeFormulaCurve) and makes it the current curve; the parse error
    // otherwise, and nothing changes.
    std::variant<CurveId, QString> addFormula(const QString &name, const QString &expression);
    // A new name or expression; parameters that keep their name keep their value and range.
    std::optional<QString> editFormula(int key, const QString &name, const QString &expression);
    // Removes it everywhere; when it was current, the first overlay (or GELU) becomes current.
    void removeFormula(int key);
    // A formula parameter's slider range.
    std::optional<QString> setFormulaRange(int key, std::size_t parameter, double min, double max);

    // f, f′, f″ of `id` at x with its parameters now, from the core (at a kink, the one-sided
    // values of core/README.md), and where they jump: what tracers and tables show.
    act::Derivatives valuesAt(CurveId id, double x) const
    {
        const auto a = activation(id);
        return a ? a->evaluate(x) : act::Derivatives{NAN, NAN, NAN};
    }
    // Inside the view and as far again on either side (a typed formula's possible jumps are
    // searched for in an interval).
    std::vector<act::Discontinuity> jumpsOf(CurveId id) const
    {
        const auto a = activation(id, Precision::Double);
        const double width = view().xMax - view().xMin;
        return a ? a->discontinuities(view().xMin - width, view().xMax + width)
                 : std::vector<act::Discontinuity>{};
    }

    // "Compare with…": the difference current − compare is drawn beneath the plot. Refused
    // (with the reason) for the current curve or a formula the scene lacks. It stops when the
    // compared curve becomes current or its formula is removed.
    std::optional<CurveId> comparison() const { return m_scene.compare; }
    std::optional<QString> setComparison(std::optional<CurveId> compare);

    // order 0: f, 1: f', 2: f''.
    bool isOrderShown(int order) const { return m_scene.ordersShown[std::size_t(order)]; }
    void setOrderShown(int order, bool shown);

    // The x and y ranges on screen; pan and zoom write them here.
    const ViewRange &view() const { return *m_scene.view; }
    std::optional<QString> setView(const ViewRange &view);
    // The current function's x range, y fitted to every plotted curve (View ▸ Reset view).
    void resetView();
    // The x range shown now, y fitted to every plotted curve there (View ▸ Fit all).
    void fitToCurves();

    SceneTheme theme() const { return m_scene.theme; }
    void setTheme(SceneTheme theme);

    const std::vector<double> &logits() const { return m_scene.logits; }
    std::optional<QString> setLogits(const std::vector<double> &logits);
    std::optional<QString> setLogit(std::size_t index, double value);
    double temperature() const { return m_scene.temperature; }
    std::optional<QString> setTemperature(double temperature);
    bool appliesActivation() const { return m_scene.applyActivation; }
    void setApplyActivation(bool apply);
    const SoftmaxResult &softmax() const { return m_softmax; }

    // The network panel's settings; a change that breaks scenerules::checkNetwork is refused
    // with the reason.
    const NetworkSetup &network() const { return m_scene.network; }
    std::optional<QString> setNetwork(const NetworkSetup &network);

signals:
    void currentChanged(CurveId current, CurveId previous);
    void overlayChanged(CurveId curve, bool overlaid);
    // Values (and, for a formula, slider ranges).
    void parametersChanged(CurveId curve);
    // A formula was added, removed, renamed or given a new expression (its parameters may be
    // others now). Emitted before the current or overlay changes that follow from it.
    void formulasChanged();
    void orderShownChanged(int order, bool shown);
    void comparisonChanged();
    void viewChanged(const ViewRange &view);
    void themeChanged(SceneTheme theme);
    void logitsChanged();
    void temperatureChanged(double temperature);
    void applyActivationChanged(bool apply);
    // After any change that moves the probabilities (including the current function's
    // parameters while the activation is applied to the logits).
    void softmaxChanged();
    void networkChanged(const NetworkSetup &network);

private:
    void updatePlotted();
    void updateSoftmax();

    void setFormulas(std::vector<FormulaCurve> formulas);
    std::optional<QString> setFormulaParameters(int key, std::vector<FormulaParameter> params);

    Scene m_scene;
    std::vector<CurveId> m_plotted;
    SoftmaxResult m_softmax;
};
