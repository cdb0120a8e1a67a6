// The scene model: validates every change through the core before it takes effect.
#include "SceneModel.h"

#include <algorithm>
#include <cmath>

SceneModel::SceneModel(QObject *parent) : QObject(parent)
{
    for (const auto &f : act::functions())
        m_parameters[index(f.id)] = act::defaults(f.id);
    updatePlotted();
    updateSoftmax();
}

void SceneModel::setCurrent(act::FunctionId id)
{
    if (id == m_current) return;
    const act::FunctionId previous = m_current;
    m_current = id;
    updatePlotted();
    emit currentChanged(id, previous);
    if (m_applyActivation) {
        updateSoftmax();
        emit softmaxChanged();
    }
}

void SceneModel::setOverlaid(act::FunctionId id, bool overlaid)
{
    if (isOverlaid(id) == overlaid) return;
    if (overlaid)
        m_overlayOrder.push_back(id);
    else
        std::erase(m_overlayOrder, id);
    updatePlotted();
    emit overlayChanged(id, overlaid);
}

std::optional<QString> SceneModel::setParameter(act::FunctionId id, std::size_t parameter,
                                                double value)
{
    if (parameter >= act::spec(id).parameters.size())
        return tr("%1 has no parameter %2")
            .arg(QString::fromUtf8(act::spec(id).displayName))
            .arg(parameter);
    act::Parameters params = parameters(id);
    params.values[parameter] = value;
    return setParameters(id, params);
}

std::optional<QString> SceneModel::setParameters(act::FunctionId id, const act::Parameters &params)
{
    if (auto error = act::validate(id, params)) return QString::fromStdString(*error);
    if (params == parameters(id)) return std::nullopt;
    m_parameters[index(id)] = params;
    emit parametersChanged(id);
    if (m_applyActivation && id == m_current) {
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
    auto &slot = m_ordersShown[static_cast<std::size_t>(order)];
    if (slot == shown) return;
    slot = shown;
    emit orderShownChanged(order, shown);
}

std::optional<QString> SceneModel::setLogits(const std::vector<double> &logits)
{
    if (logits.size() < kMinClasses || logits.size() > kMaxClasses)
        return tr("Softmax needs between %1 and %2 classes.").arg(kMinClasses).arg(kMaxClasses);
    for (std::size_t i = 0; i < logits.size(); ++i)
        if (!std::isfinite(logits[i])) return tr("Logit %1 must be a finite number.").arg(i + 1);
    if (logits == m_logits) return std::nullopt;
    m_logits = logits;
    updateSoftmax();
    emit logitsChanged();
    emit softmaxChanged();
    return std::nullopt;
}

std::optional<QString> SceneModel::setLogit(std::size_t index, double value)
{
    if (index >= m_logits.size()) return tr("There is no class %1.").arg(index + 1);
    std::vector<double> logits = m_logits;
    logits[index] = value;
    return setLogits(logits);
}

std::optional<QString> SceneModel::setTemperature(double temperature)
{
    if (!std::isfinite(temperature) || temperature <= 0.0)
        return QString::fromUtf8(act::describe(act::SoftmaxError::BadTemperature));
    if (temperature == m_temperature) return std::nullopt;
    m_temperature = temperature;
    updateSoftmax();
    emit temperatureChanged(temperature);
    emit softmaxChanged();
    return std::nullopt;
}

void SceneModel::setApplyActivation(bool apply)
{
    if (apply == m_applyActivation) return;
    m_applyActivation = apply;
    updateSoftmax();
    emit applyActivationChanged(apply);
    emit softmaxChanged();
}

void SceneModel::updatePlotted()
{
    m_plotted.clear();
    m_plotted.push_back(m_current);
    for (act::FunctionId id : m_overlayOrder)
        if (id != m_current) m_plotted.push_back(id);
}

void SceneModel::updateSoftmax()
{
    SoftmaxResult result;
    result.inputs = m_logits;
    if (m_applyActivation)
        act::evaluate(m_current, parameters(m_current), m_logits, result.inputs, {}, {});
    result.probabilities.assign(result.inputs.size(), 0.0);
    // The activation may overflow a logit (e.g. linear with a steep slope).
    result.error = act::softmax(result.inputs, m_temperature, result.probabilities);
    if (result.error == act::SoftmaxError::None) {
        result.entropy = act::entropy(result.probabilities);
        result.topClass = act::argmax(result.probabilities);
    } else {
        result.probabilities.clear();
    }
    m_softmax = std::move(result);
}
