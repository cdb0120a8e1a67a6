// See SceneHistory.h.
#include "SceneHistory.h"

#include "PlotView.h"
#include "SceneChangeCommand.h"
#include "SceneModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QUndoStack>

namespace {

struct Describe
{
    QString key; // empty: never merged
    QString text;
};

// What changed between two scenes, for the merge key and the Undo menu's text.
Describe describe(const Scene &before, const Scene &after)
{
    if (before.current != after.current)
        return {{},
                SceneHistory::tr("Show %1").arg(
                    QString::fromUtf8(act::spec(after.current).displayName))};
    if (before.overlays != after.overlays) return {{}, SceneHistory::tr("Change overlays")};
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
        const QString name = QString::fromUtf8(spec.displayName);
        if (changed == 1)
            return {QString("parameter:%1:%2").arg(QString::fromUtf8(spec.name)).arg(which),
                    SceneHistory::tr("Change %1 %2")
                        .arg(name, QString::fromUtf8(spec.parameters[which].symbol))};
        return {{}, SceneHistory::tr("Change %1 parameters").arg(name)};
    }
    if (before.ordersShown != after.ordersShown) return {{}, SceneHistory::tr("Show derivatives")};
    if (before.logits.size() == after.logits.size()) {
        for (std::size_t i = 0; i < before.logits.size(); ++i)
            if (before.logits[i] != after.logits[i])
                return {QString("logit:%1").arg(i), SceneHistory::tr("Change logit %1").arg(i + 1)};
    } else {
        return {{}, SceneHistory::tr("Change classes")};
    }
    if (before.temperature != after.temperature)
        return {QStringLiteral("temperature"), SceneHistory::tr("Change temperature")};
    return {{}, SceneHistory::tr("Change softmax")};
}

} // namespace

SceneHistory::SceneHistory(SceneModel *model, PlotView *plot, QObject *parent)
    : QObject(parent), m_model(model), m_plot(plot), m_stack(new QUndoStack(this)),
      m_baseline(snapshot())
{
    QCoreApplication::instance()->installEventFilter(this);
    connect(m_model, &SceneModel::currentChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::overlayChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::parametersChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::orderShownChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::logitsChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::temperatureChanged, this, &SceneHistory::record);
    connect(m_model, &SceneModel::applyActivationChanged, this, &SceneHistory::record);
}

std::optional<QString> SceneHistory::applyAsStep(const Scene &scene, const QString &text)
{
    Scene before = captureScene(*m_model, *m_plot);
    m_restoring = true;
    const std::optional<QString> refused = applyScene(scene, *m_model, *m_plot);
    m_restoring = false;
    if (refused) return refused;
    Scene after = captureScene(*m_model, *m_plot);
    m_baseline = after;
    m_baseline.view.reset(); // as snapshot() has it
    // The theme is the window's, not the model's: both sides carry the default.
    if (!(after == before))
        m_stack->push(new SceneChangeCommand(this, std::move(before), std::move(after), {}, text,
                                             SceneChangeCommand::WithView));
    return std::nullopt;
}

std::optional<QString> SceneHistory::startFrom(const Scene &scene)
{
    m_restoring = true;
    const std::optional<QString> refused = applyScene(scene, *m_model, *m_plot);
    m_restoring = false;
    if (refused) return refused;
    m_stack->clear();
    m_baseline = snapshot();
    return std::nullopt;
}

void SceneHistory::restore(const Scene &scene, bool withView)
{
    Scene target = scene;
    // Keep the user's view unless the function changes (then fit it, as choosing one does).
    if (!withView)
        target.view = scene.current == m_model->current() ? captureScene(*m_model, *m_plot).view
                                                          : std::nullopt;
    m_restoring = true;
    applyScene(target, *m_model, *m_plot);
    m_restoring = false;
    m_baseline = snapshot();
}

bool SceneHistory::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) ++m_gesture;
    return QObject::eventFilter(watched, event);
}

Scene SceneHistory::snapshot() const
{
    Scene scene = captureScene(*m_model, *m_plot);
    scene.view.reset();
    return scene;
}

void SceneHistory::record()
{
    if (m_restoring) return;
    Scene now = snapshot();
    if (now == m_baseline) return;
    Describe what = describe(m_baseline, now);
    if (!what.key.isEmpty()) what.key += QStringLiteral("@%1").arg(m_gesture);
    Scene before = std::exchange(m_baseline, now);
    m_stack->push(
        new SceneChangeCommand(this, std::move(before), std::move(now), what.key, what.text));
}
