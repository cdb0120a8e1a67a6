// See SceneChangeCommand.h.
#include "SceneChangeCommand.h"

#include "SceneHistory.h"

#include <utility>

SceneChangeCommand::SceneChangeCommand(SceneHistory *history, Scene before, Scene after,
                                       QString mergeKey, const QString &text, ViewHandling view)
    : m_history(history), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey)), m_view(view)
{
    setText(text);
}

void SceneChangeCommand::undo()
{
    m_history->restore(m_before, m_view == WithView);
    m_done = false;
}

void SceneChangeCommand::redo()
{
    if (m_done) return;
    m_history->restore(m_after, m_view == WithView);
    m_done = true;
}

bool SceneChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const SceneChangeCommand *>(other);
    if (change->m_mergeKey != m_mergeKey) return false;
    m_after = change->m_after;
    // A drag that ends where it began leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}
