// See SceneHistory.h.
#include "SceneHistory.h"

#include "SceneChangeCommand.h"
#include "SceneModel.h"

#include <QUndoStack>

namespace {

QString describeNetwork(const NetworkSetup &a, const NetworkSetup &b)
{
    if (a.layers != b.layers) return SceneHistory::tr("Change layers");
    if (a.width != b.width) return SceneHistory::tr("Change width");
    if (a.weightVariance != b.weightVariance && a.biasVariance != b.biasVariance)
        return SceneHistory::tr("Change initialisation");
    if (a.weightVariance != b.weightVariance) return SceneHistory::tr("Change weight variance");
    if (a.biasVariance != b.biasVariance) return SceneHistory::tr("Change bias variance");
    if (a.inputVariance != b.inputVariance) return SceneHistory::tr("Change input variance");
    if (a.batch != b.batch) return SceneHistory::tr("Change batch");
    return SceneHistory::tr("Change seed");
}

// What changed between two scenes, for the Undo menu's text.
QString describe(const Scene &before, const Scene &after)
{
    if (before.formulas.size() < after.formulas.size()) return SceneHistory::tr("New formula");
    if (before.formulas.size() > after.formulas.size()) return SceneHistory::tr("Remove formula");
    if (before.current != after.current)
        return SceneHistory::tr("Show %1").arg(curveName(after, after.current));
    if (before.overlays != after.overlays) return SceneHistory::tr("Change overlays");
    if (before.compare != after.compare)
        return after.compare
                   ? SceneHistory::tr("Compare with %1").arg(curveName(after, *after.compare))
                   : SceneHistory::tr("Stop comparing");
    for (std::size_t i = 0; i < before.formulas.size(); ++i) {
        const FormulaCurve &a = before.formulas[i];
        const FormulaCurve &b = after.formulas[i];
        if (a.name != b.name || a.expression != b.expression)
            return SceneHistory::tr("Edit %1").arg(b.name);
        if (a.parameters != b.parameters) return SceneHistory::tr("Change %1").arg(b.name);
    }
    for (const act::FunctionSpec &spec : act::functions()) {
        const act::Parameters &a = before.parametersOf(spec.id);
        const act::Parameters &b = after.parametersOf(spec.id);
        if (a == b) continue;
        int changed = 0;
        std::size_t which = 0;
        for (std::size_t i = 0; i < spec.parameters.size(); ++i)
            if (a.values[i] != b.values[i]) {
                ++changed;
                which = i;
            }
        if (changed == 1)
            return SceneHistory::tr("Change %1 %2")
                .arg(displayName(spec.id), QString::fromUtf8(spec.parameters[which].symbol));
        return SceneHistory::tr("Change %1 parameters").arg(displayName(spec.id));
    }
    if (before.ordersShown != after.ordersShown) return SceneHistory::tr("Show derivatives");
    if (before.logits.size() != after.logits.size()) return SceneHistory::tr("Change classes");
    for (std::size_t i = 0; i < before.logits.size(); ++i)
        if (before.logits[i] != after.logits[i])
            return SceneHistory::tr("Change logit %1").arg(i + 1);
    if (before.temperature != after.temperature) return SceneHistory::tr("Change temperature");
    if (before.applyActivation != after.applyActivation) return SceneHistory::tr("Change softmax");
    return describeNetwork(before.network, after.network);
}

} // namespace

SceneHistory::SceneHistory(SceneModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_stack(new QUndoStack(this)), m_baseline(historyScene())
{
    // Everything but the view and the theme, which are not history.
    connect(m_model, &SceneModel::currentChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::overlayChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::parametersChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::formulasChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::orderShownChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::comparisonChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::logitsChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::temperatureChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::applyActivationChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::networkChanged, this, &SceneHistory::record);
}

void SceneHistory::beginGesture()
{
    ++m_gestureDepth;
}

void SceneHistory::endGesture()
{
    if (m_gestureDepth == 0) return; // an undo in the middle ended it already
    if (--m_gestureDepth == 0) record();
}

std::optional<QString> SceneHistory::applyAsStep(const Scene &scene, const QString &text)
{
    Scene before = m_model->scene();
    m_restoring = true;
    const std::optional<QString> refused = m_model->setScene(scene);
    m_restoring = false;
    if (refused) return refused;
    Scene after = m_model->scene();
    m_baseline = historyScene();
    // The theme is the window's, not history's: undoing an opened file keeps it.
    before.theme = after.theme = SceneTheme::System;
    if (!(after == before))
        m_stack->push(new SceneChangeCommand(this, std::move(before), std::move(after), text,
                                             SceneChangeCommand::WithView));
    return std::nullopt;
}

std::optional<QString> SceneHistory::startFrom(const Scene &scene)
{
    m_restoring = true;
    const std::optional<QString> refused = m_model->setScene(scene);
    m_restoring = false;
    if (refused) return refused;
    m_stack->clear();
    m_gestureDepth = 0;
    m_baseline = historyScene();
    return std::nullopt;
}

void SceneHistory::restore(const Scene &scene, bool withView)
{
    Scene target = scene;
    target.theme = m_model->theme();
    // Which network plot is on screen is, like the view, not history.
    target.network.plot = m_model->network().plot;
    target.network.quantity = m_model->network().quantity;
    // Keep the user's view unless the function changes (then fit it, as choosing one does).
    if (!withView)
        target.view =
            scene.current == m_model->current() ? std::optional(m_model->view()) : std::nullopt;
    m_restoring = true;
    m_model->setScene(target);
    m_restoring = false;
    m_gestureDepth = 0;
    m_baseline = historyScene();
}

Scene SceneHistory::historyScene() const
{
    Scene scene = m_model->scene();
    scene.view.reset();
    scene.theme = SceneTheme::System;
    scene.network.plot = NetworkSetup{}.plot;
    scene.network.quantity = NetworkSetup{}.quantity;
    return scene;
}

void SceneHistory::record()
{
    if (m_restoring || m_gestureDepth > 0) return;
    Scene now = historyScene();
    if (now == m_baseline) return;
    const QString text = describe(m_baseline, now);
    Scene before = std::exchange(m_baseline, now);
    m_stack->push(new SceneChangeCommand(this, std::move(before), std::move(now), text));
}
