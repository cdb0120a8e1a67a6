// The current function's parameters, built from its FunctionSpec: one ParameterRow each, a
// reset-all button, and a message line for values the core refuses.
#pragma once

#include "activations.h"

#include <QWidget>

#include <vector>

class ParameterRow;
class QLabel;
class QPushButton;
class QVBoxLayout;
class SceneModel;

class ParameterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterPanel(SceneModel *model, QWidget *parent = nullptr);

    const std::vector<ParameterRow *> &rows() const { return m_rows; }
    QLabel *message() const { return m_message; }

signals:
    // A slider drag, from press to release: one step for undo (SceneHistory).
    void gestureStarted();
    void gestureFinished();

private:
    void rebuild();
    void syncValues();
    void edit(std::size_t index, double value);

    SceneModel *m_model;
    QLabel *m_title;
    QLabel *m_none;
    QLabel *m_message;
    QPushButton *m_resetAll;
    QVBoxLayout *m_rowLayout;
    std::vector<ParameterRow *> m_rows;
    bool m_dragging = false;
};
