// The one seam between the core and the widgets: which functions are shown, their parameters,
// which derivatives are drawn and the softmax panel's state. Widgets observe and change it;
// nothing here draws.
#pragma once

#include "activations.h"
#include "softmax.h"

#include <QObject>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

class SceneModel : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinClasses = 2;
    static constexpr int kMaxClasses = 20;

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

    act::FunctionId current() const { return m_current; }
    void setCurrent(act::FunctionId id);

    // Overlaid functions are drawn besides the current one (which is always drawn).
    bool isOverlaid(act::FunctionId id) const
    {
        return std::find(m_overlayOrder.begin(), m_overlayOrder.end(), id) != m_overlayOrder.end();
    }
    void setOverlaid(act::FunctionId id, bool overlaid);
    bool isPlotted(act::FunctionId id) const { return id == m_current || isOverlaid(id); }
    // Current first, then the overlays in the order they were added.
    const std::vector<act::FunctionId> &plotted() const { return m_plotted; }

    const act::Parameters &parameters(act::FunctionId id) const { return m_parameters[index(id)]; }
    bool isDefault(act::FunctionId id) const { return parameters(id) == act::defaults(id); }
    // Empty on success; otherwise the core's message and the previous value stays.
    std::optional<QString> setParameter(act::FunctionId id, std::size_t parameter, double value);
    std::optional<QString> setParameters(act::FunctionId id, const act::Parameters &params);
    void resetParameter(act::FunctionId id, std::size_t parameter);
    void resetParameters(act::FunctionId id);

    // order 0: f, 1: f', 2: f''.
    bool isOrderShown(int order) const { return m_ordersShown[static_cast<std::size_t>(order)]; }
    void setOrderShown(int order, bool shown);

    const std::vector<double> &logits() const { return m_logits; }
    std::optional<QString> setLogits(const std::vector<double> &logits);
    std::optional<QString> setLogit(std::size_t index, double value);
    double temperature() const { return m_temperature; }
    std::optional<QString> setTemperature(double temperature);
    bool appliesActivation() const { return m_applyActivation; }
    void setApplyActivation(bool apply);
    const SoftmaxResult &softmax() const { return m_softmax; }

signals:
    void currentChanged(act::FunctionId current, act::FunctionId previous);
    void overlayChanged(act::FunctionId id, bool overlaid);
    void parametersChanged(act::FunctionId id);
    void orderShownChanged(int order, bool shown);
    void logitsChanged();
    void temperatureChanged(double temperature);
    void applyActivationChanged(bool apply);
    // After any change that moves the probabilities (including the current function's
    // parameters while the activation is applied to the logits).
    void softmaxChanged();

private:
    static std::size_t index(act::FunctionId id) { return static_cast<std::size_t>(id); }
    void updatePlotted();
    void updateSoftmax();

    act::FunctionId m_current = act::FunctionId::Gelu;
    std::vector<act::FunctionId> m_plotted;
    std::vector<act::FunctionId> m_overlayOrder;
    std::array<act::Parameters, act::kFunctionCount> m_parameters{};
    std::array<bool, 3> m_ordersShown{true, true, false};
    std::vector<double> m_logits{3.0, 0.7, 0.5};
    double m_temperature = 1.0;
    bool m_applyActivation = false;
    SoftmaxResult m_softmax;
};
