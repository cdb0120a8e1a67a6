// The scene model: every change is checked with Scene.h's rules before it takes effect.
#include "SceneModel.h"

#include <cmath>

SceneModel::SceneModel(QObject *parent) : QObject(parent)
{
    m_scene.view = initialView(m_scene, true);
    updatePlotted();
    updateSoftmax();
}

std::optional<QString> SceneModel::setScene(const Scene &scene)
{
    if (auto error = validateScene(scene)) return error;
    for (const auto &f : act::functions())
        setParameters(f.id, scene.parametersOf(f.id));
    for (int order = 0; order < 3; ++order)
        setOrderShown(order, scene.ordersShown[std::size_t(order)]);
    // Overlays are shown in the order they were added, so clear them and add them again.
    while (!m_scene.overlays.empty())
        setOverlaid(m_scene.overlays.back(), false);
    setCurrent(scene.current);
    for (act::FunctionId id : scene.overlays)
        setOverlaid(id, true);
    setView(scene.view ? *scene.view : initialView(m_scene, true));
    setLogits(scene.logits);
    setTemperature(scene.temperature);
    setApplyActivation(scene.applyActivation);
    setTheme(scene.theme);
    setNetwork(scene.network);
    return std::nullopt;
}

void SceneModel::setCurrent(act::FunctionId id)
{
    if (id == current()) return;
    const act::FunctionId previous = current();
    m_scene.current = id;
    // An overlay that becomes the current function is no longer an overlay (it is drawn as
    // the current one), and its check box must say so.
    const bool wasOverlaid = std::erase(m_scene.overlays, id) > 0;
    updatePlotted();
    emit currentChanged(id, previous);
    if (wasOverlaid) emit overlayChanged(id, false);
    resetView();
    if (appliesActivation()) {
        updateSoftmax();
        emit softmaxChanged();
    }
}

void SceneModel::setOverlaid(act::FunctionId id, bool overlaid)
{
    if (isOverlaid(id) == overlaid || (overlaid && id == current())) return;
    if (overlaid)
        m_scene.overlays.push_back(id);
    else
        std::erase(m_scene.overlays, id);
    updatePlotted();
    emit overlayChanged(id, overlaid);
}

std::optional<QString> SceneModel::setParameter(act::FunctionId id, std::size_t parameter,
                                                double value)
{
    if (parameter >= act::spec(id).parameters.size())
        return tr("%1 has no parameter %2").arg(displayName(id)).arg(parameter);
    act::Parameters params = parameters(id);
    params.values[parameter] = value;
    return setParameters(id, params);
}

std::optional<QString> SceneModel::setParameters(act::FunctionId id, const act::Parameters &params)
{
    if (auto error = scenerules::checkParameters(id, params)) return error;
    if (params == parameters(id)) return std::nullopt;
    m_scene.parametersOf(id) = params;
    emit parametersChanged(id);
    if (appliesActivation() && id == current()) {
        updateSoftmax();
        emit softmaxChanged();
    }
    return std::nullopt;
}

void SceneModel::resetParameter(act::FunctionId id, std::size_t parameter)
{
    act::Parameters params = parameters(id);
    params.values[parameter] = act::defaults(id).values[parameter];
    // Resetting one of two coupled parameters (hardtanh min < max) may be refused; then both
    // go back, which is what the user asked for in spirit.
    if (setParameters(id, params)) resetParameters(id);
}

void SceneModel::resetParameters(act::FunctionId id)
{
    setParameters(id, act::defaults(id));
}

void SceneModel::setOrderShown(int order, bool shown)
{
    bool &slot = m_scene.ordersShown[std::size_t(order)];
    if (slot == shown) return;
    slot = shown;
    emit orderShownChanged(order, shown);
}

std::optional<QString> SceneModel::setView(const ViewRange &view)
{
    if (auto error = scenerules::checkView(view)) return error;
    if (view == *m_scene.view) return std::nullopt;
    m_scene.view = view;
    emit viewChanged(view);
    return std::nullopt;
}

void SceneModel::resetView()
{
    setView(initialView(m_scene, true));
}

void SceneModel::fitToCurves()
{
    setView(fittedView(m_scene, view().xMin, view().xMax, true));
}

void SceneModel::setTheme(SceneTheme theme)
{
    if (theme == m_scene.theme) return;
    m_scene.theme = theme;
    emit themeChanged(theme);
}

std::optional<QString> SceneModel::setLogits(const std::vector<double> &logits)
{
    if (auto error = scenerules::checkLogits(logits)) return error;
    if (logits == m_scene.logits) return std::nullopt;
    m_scene.logits = logits;
    updateSoftmax();
    emit logitsChanged();
    emit softmaxChanged();
    return std::nullopt;
}

std::optional<QString> SceneModel::setLogit(std::size_t index, double value)
{
    if (index >= logits().size()) return tr("there is no class %1").arg(index + 1);
    std::vector<double> changed = logits();
    changed[index] = value;
    return setLogits(changed);
}

std::optional<QString> SceneModel::setTemperature(double temperature)
{
    if (auto error = scenerules::checkTemperature(temperature)) return error;
    if (temperature == m_scene.temperature) return std::nullopt;
    m_scene.temperature = temperature;
    updateSoftmax();
    emit temperatureChanged(temperature);
    emit softmaxChanged();
    return std::nullopt;
}

void SceneModel::setApplyActivation(bool apply)
{
    if (apply == m_scene.applyActivation) return;
    m_scene.applyActivation = apply;
    updateSoftmax();
    emit applyActivationChanged(apply);
    emit softmaxChanged();
}

std::optional<QString> SceneModel::setNetwork(const NetworkSetup &network)
{
    if (auto error = scenerules::checkNetwork(network)) return error;
    if (network == m_scene.network) return std::nullopt;
    m_scene.network = network;
    emit networkChanged(network);
    return std::nullopt;
}

void SceneModel::updatePlotted()
{
    m_plotted = m_scene.plotted();
}

void SceneModel::updateSoftmax()
{
    SoftmaxResult result;
    result.inputs = logits();
    if (appliesActivation())
        act::evaluate(current(), parameters(current()), logits(), result.inputs, {}, {});
    result.probabilities.assign(result.inputs.size(), 0.0);
    // The activation may overflow a logit (e.g. linear with a steep slope).
    result.error = act::softmax(result.inputs, temperature(), result.probabilities);
    if (result.error == act::SoftmaxError::None) {
        result.entropy = act::entropy(result.probabilities);
        result.topClass = act::argmax(result.probabilities);
    } else {
        result.probabilities.clear();
    }
    m_softmax = std::move(result);
}
