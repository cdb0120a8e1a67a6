// The catalogue grouped by family, then the scene's typed formulas and a "New formula…" entry.
// The selected entry is the current curve; a check box overlays a curve on the plot.
#pragma once

#include "CurveId.h"
#include "activations.h"

#include <QColor>
#include <QTreeWidget>

#include <functional>
#include <map>
#include <vector>

class SceneModel;

class FunctionList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FunctionList(SceneModel *model, QWidget *parent = nullptr);

    QTreeWidgetItem *item(CurveId id) const
    {
        const auto it = m_items.find(id);
        return it == m_items.end() ? nullptr : it->second;
    }
    // The entry that asks for a new formula.
    QTreeWidgetItem *newFormulaItem() const { return m_newFormula; }
    // The curve `delta` places after `id` in the list's order (families, then formulas, as
    // shown): at the ends it wraps around, or (no wrap) stays at the end.
    CurveId neighbour(CurveId id, int delta, bool wrap) const;
    // Where the swatches beside drawn curves get their colours (the plot's). The standard
    // palette in plotted order until set.
    void setColours(std::function<QColor(CurveId)> colourOf);

signals:
    // "New formula…" was chosen (clicked, or Enter on it).
    void newFormulaRequested();
    // Edit or remove a typed formula (its context menu, F2 or Delete on it).
    void editFormulaRequested(int key);
    void removeFormulaRequested(int key);

public slots:
    void updateSwatches();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // A new theme: the family headers take its text colour.
    void changeEvent(QEvent *event) override;

private:
    void colourHeaders();
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void onItemChanged(QTreeWidgetItem *item);
    void rebuildFormulas();
    std::optional<CurveId> curveOf(const QTreeWidgetItem *item) const;

    SceneModel *m_model;
    std::function<QColor(CurveId)> m_colourOf;
    std::map<CurveId, QTreeWidgetItem *> m_items;
    std::vector<CurveId> m_order; // as listed
    QTreeWidgetItem *m_formulaHeader = nullptr;
    QTreeWidgetItem *m_newFormula = nullptr;
    bool m_rebuilding = false;
};
