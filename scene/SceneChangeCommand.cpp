// See SceneChangeCommand.h.
#include "SceneChangeCommand.h"

#include "SceneHistory.h"

#include <utility>

SceneChangeCommand::SceneChangeCommand(SceneHistory *history, Scene before, Scene after,
                                       const QString &text, ViewHandling view)
    : m_history(history), m_before(std::move(before)), m_after(std::move(after)), m_view(view)
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
