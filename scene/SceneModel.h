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
#include <optional>
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

    act::FunctionId current() const { return m_scene.current; }
    // Choosing a function also shows it over its initial view.
    void setCurrent(act::FunctionId id);

    // Overlaid functions are drawn besides the current one (which is always drawn).
    bool isOverlaid(act::FunctionId id) const
    {
        return std::find(m_scene.overlays.begin(), m_scene.overlays.end(), id) !=
               m_scene.overlays.end();
    }
    // Overlaying the current function is refused: it is drawn already.
    void setOverlaid(act::FunctionId id, bool overlaid);
    bool isPlotted(act::FunctionId id) const { return id == current() || isOverlaid(id); }
    // Current first, then the overlays in the order they were added.
    const std::vector<act::FunctionId> &plotted() const { return m_plotted; }

    const act::Parameters &parameters(act::FunctionId id) const { return m_scene.parametersOf(id); }
    bool isDefault(act::FunctionId id) const { return parameters(id) == act::defaults(id); }
    // Empty on success; otherwise the reason and the previous value stays.
    std::optional<QString> setParameter(act::FunctionId id, std::size_t parameter, double value);
    std::optional<QString> setParameters(act::FunctionId id, const act::Parameters &params);
    void resetParameter(act::FunctionId id, std::size_t parameter);
    void resetParameters(act::FunctionId id);

    // f, f′, f″ of `id` at x with its parameters now, from the core (at a kink, the one-sided
    // values of core/README.md), and where they jump: what tracers and tables show.
    act::Derivatives valuesAt(act::FunctionId id, double x) const
    {
        return act::evaluate(id, parameters(id), x);
    }
    std::vector<act::Discontinuity> jumpsOf(act::FunctionId id) const
    {
        return act::discontinuities(id, parameters(id));
    }

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

signals:
    void currentChanged(act::FunctionId current, act::FunctionId previous);
    void overlayChanged(act::FunctionId id, bool overlaid);
    void parametersChanged(act::FunctionId id);
    void orderShownChanged(int order, bool shown);
    void viewChanged(const ViewRange &view);
    void themeChanged(SceneTheme theme);
    void logitsChanged();
    void temperatureChanged(double temperature);
    void applyActivationChanged(bool apply);
    // After any change that moves the probabilities (including the current function's
    // parameters while the activation is applied to the logits).
    void softmaxChanged();

private:
    void updatePlotted();
    void updateSoftmax();

    Scene m_scene;
    std::vector<act::FunctionId> m_plotted;
    SoftmaxResult m_softmax;
};
