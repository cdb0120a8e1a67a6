// The catalogue grouped by family. The selected entry is the current function; a check box
// overlays a function on the plot.
#pragma once

#include "activations.h"

#include <QColor>
#include <QTreeWidget>

#include <array>
#include <functional>
#include <vector>

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
    // The function `delta` places after `id` in the list's order (families, as shown): at the
    // ends it wraps around, or (no wrap) stays at the end.
    act::FunctionId neighbour(act::FunctionId id, int delta, bool wrap) const;
    // Where the swatches beside drawn functions get their colours (the plot's). The standard
    // palette in plotted order until set.
    void setColours(std::function<QColor(act::FunctionId)> colourOf);

public slots:
    void updateSwatches();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    // A new theme: the family headers take its text colour.
    void changeEvent(QEvent *event) override;

private:
    void colourHeaders();
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void onItemChanged(QTreeWidgetItem *item);

    SceneModel *m_model;
    std::function<QColor(act::FunctionId)> m_colourOf;
    std::array<QTreeWidgetItem *, act::kFunctionCount> m_items{};
    std::vector<act::FunctionId> m_order; // as listed
};
