// The catalogue grouped by family. The selected entry is the current function; a check box
// overlays a function on the plot.
#pragma once

#include "activations.h"

#include <QTreeWidget>

#include <array>

class SceneModel;

class FunctionList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FunctionList(SceneModel *model, QWidget *parent = nullptr);

    QTreeWidgetItem *item(act::FunctionId id) const
    {
        return m_items[static_cast<std::size_t>(id)];
    }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void onItemChanged(QTreeWidgetItem *item);
    void updateSwatches();

    SceneModel *m_model;
    std::array<QTreeWidgetItem *, act::kFunctionCount> m_items{};
};
