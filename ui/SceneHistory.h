// Undo and redo for the scene model: watches every change the model reports and records it as a
// SceneChangeCommand on a QUndoStack. Changes made while undoing or redoing are not recorded.
// A change merges with the one before it only within one gesture: releasing a mouse button
// anywhere ends it, so two drags of the same slider are two steps.
// The plot's view range is not history: panning is not undone, and an undo keeps the view
// unless it brings back another current function. Opening a scene file is the exception: it is
// one step whose undo brings back the whole previous scene, view included.
#pragma once

#include "Scene.h"

#include <QObject>

#include <optional>

class PlotView;
class QUndoStack;
class SceneModel;

class SceneHistory : public QObject
{
    Q_OBJECT

public:
    SceneHistory(SceneModel *model, PlotView *plot, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    // Applies a whole scene (an opened file) as one undoable step called `text`. All or
    // nothing: a refused scene changes nothing, records nothing and comes back as the reason.
    std::optional<QString> applyAsStep(const Scene &scene, const QString &text);
    // Applies a scene as the start of history (a restored session): nothing to undo before
    // it. All or nothing, like applyAsStep.
    std::optional<QString> startFrom(const Scene &scene);
    // Puts a recorded scene back without recording it (for SceneChangeCommand). The scene's
    // view is used only `withView`; otherwise the view stays unless the function changes.
    void restore(const Scene &scene, bool withView = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Scene snapshot() const;
    void record();

    SceneModel *m_model;
    PlotView *m_plot;
    QUndoStack *m_stack;
    Scene m_baseline;
    bool m_restoring = false;
    int m_gesture = 0;
};
