// One undoable change of the scene model: the scene before and after it. Consecutive changes
// with the same merge key (one parameter, one logit, the temperature) fold into one step, so a
// slider drag of many steps is undone at once.
#pragma once

#include "Scene.h"

#include <QString>
#include <QUndoCommand>

class SceneHistory;

class SceneChangeCommand : public QUndoCommand
{
public:
    static constexpr int kMergeId = 0x5ce4e;
    // Whether undo and redo also put the scenes' view ranges back (an opened file) or keep the
    // view the user has (a parameter, function or softmax change).
    enum ViewHandling { KeepView, WithView };

    SceneChangeCommand(SceneHistory *history, Scene before, Scene after, QString mergeKey,
                       const QString &text, ViewHandling view = KeepView);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : kMergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    SceneHistory *m_history;
    Scene m_before;
    Scene m_after;
    QString m_mergeKey;
    ViewHandling m_view;
    bool m_done = true; // pushed after the change already happened: the first redo is a no-op
};
