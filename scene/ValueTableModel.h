// The value table's numbers: at each chosen x (rows), f, f′ and f″ of every plotted function
// (columns after x: three per function, current first, then the overlays), evaluated by the
// core through the scene model and updated as parameters and the plotted functions change.
// It holds only the x's; the widget (ui/table/) shows it and edits the x column. Its text() is
// tab-separated with a header and 17 significant digits, like the CSV export.
#pragma once

#include "Scene.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

class SceneModel;

class ValueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The exact double behind a cell (DisplayRole is text rounded to 10 digits).
    static constexpr int ValueRole = Qt::UserRole;

    explicit ValueTableModel(SceneModel *model, QObject *parent = nullptr);

    static std::vector<double> defaultXs() { return {-2.0, -1.0, 0.0, 1.0, 2.0}; }

    const std::vector<double> &xs() const { return m_xs; }
    // Non-finite x's are refused (false) and nothing changes.
    bool setXs(const std::vector<double> &xs);
    // Inserted where it keeps ascending x's ascending; the row it went to, or -1 when refused.
    int addX(double x);
    void removeX(int row);

    // The plotted function shown in `column` (> 0) and its derivative order there.
    CurveId functionAt(int column) const;
    int orderAt(int column) const { return (column - 1) % 3; }

    // Tab-separated: the header ("x", "gelu", "gelu'", "gelu''", … as in the CSV export), then
    // one line per row of `rows` (all rows when empty), numbers with 17 significant digits.
    QString text(const std::vector<int> &rows = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Column 0 takes a finite double (EditRole); anything else is refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    double valueAt(int row, int column) const;
    // f, f′, f″ of the `curve`-th plotted function at row's x, computed once until they may
    // change: a cell is asked for its text several times a frame (size, paint), and a typed
    // formula's accurate value may need MPFR.
    const act::Derivatives &valuesAt(int row, std::size_t curve) const;
    void forgetValues() { m_values.clear(); }
    void onParametersChanged(CurveId id);
    void onPlottedChanged();

    SceneModel *m_model;
    std::vector<CurveId> m_plotted; // the columns' functions, as last reset
    std::vector<double> m_xs = defaultXs();
    mutable std::vector<std::vector<std::optional<act::Derivatives>>> m_values; // [row][curve]
};
