// Undo and redo for the scene model, one step per user gesture. A discrete change (a click, a
// committed typed value, a keyboard step) is a step of its own. A continuous gesture (a slider
// drag from press to release, typing into a field until it is committed) is bracketed by the
// widget that sees it with beginGesture()/endGesture(): the model's changes in between are not
// looked at, and the gesture becomes one step when it ends.
// The view, the theme and the network panel's choice of plots are not history: panning is not
// undone, and an undo keeps the view unless it brings back another current function. Opening a scene file is the exception: it is
// one step whose undo brings back the whole previous scene, view included.
#pragma once

#include "Scene.h"

#include <QObject>

#include <optional>

class QUndoStack;
class SceneModel;

class SceneHistory : public QObject
{
    Q_OBJECT

public:
    explicit SceneHistory(SceneModel *model, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }

    // Gestures nest (a slider and its field): the step is recorded when the outermost ends.
    void beginGesture();
    void endGesture();
    bool inGesture() const { return m_gestureDepth > 0; }

    // Applies a whole scene (an opened file) as one undoable step called `text`. All or
    // nothing: a refused scene changes nothing, records nothing and comes back as the reason.
    std::optional<QString> applyAsStep(const Scene &scene, const QString &text);
    // Applies a scene as the start of history (a restored session): nothing to undo before
    // it. All or nothing, like applyAsStep.
    std::optional<QString> startFrom(const Scene &scene);
    // Puts a recorded scene back without recording it (for SceneChangeCommand). The scene's
    // view is used only `withView`; otherwise the view stays unless the function changes.
    void restore(const Scene &scene, bool withView = false);

private:
    // The scene as history sees it: without view and theme.
    Scene historyScene() const;
    void record();

    SceneModel *m_model;
    QUndoStack *m_stack;
    Scene m_baseline;
    bool m_restoring = false;
    int m_gestureDepth = 0;
};
