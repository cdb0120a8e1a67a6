// One undoable change of the scene model: the scene before and after it. SceneHistory makes
// one per gesture, so nothing here merges.
#pragma once

#include "Scene.h"

#include <QString>
#include <QUndoCommand>

class SceneHistory;

class SceneChangeCommand : public QUndoCommand
{
public:
    // Whether undo and redo also put the scenes' view ranges back (an opened file) or keep the
    // view the user has (a parameter, function or softmax change).
    enum ViewHandling { KeepView, WithView };

    SceneChangeCommand(SceneHistory *history, Scene before, Scene after, const QString &text,
                       ViewHandling view = KeepView);

    void undo() override;
    void redo() override;

private:
    SceneHistory *m_history;
    Scene m_before;
    Scene m_after;
    ViewHandling m_view;
    bool m_done = true; // pushed after the change already happened: the first redo is a no-op
};
