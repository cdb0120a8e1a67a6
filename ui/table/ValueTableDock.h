// View ▸ Value Table: x, f, f′, f″ of every plotted function at x's the user chooses (−2 … 2 to
// start), live as parameters change, like KmPlot's and GeoGebra's tables. A NumberField and Add
// (or Return) add an x, the x cells can be edited in place, Remove (or Delete) drops the
// selected rows, and Copy (or Ctrl+C in the table) puts tab-separated text with a header and
// 17 significant digits on the clipboard. The numbers are ValueTableModel's (scene/).
#pragma once

#include <QDockWidget>

class NumberField;
class QLabel;
class QPushButton;
class QTableView;
class SceneModel;
class ValueTableModel;

class ValueTableDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ValueTableDock(SceneModel *model, QWidget *parent = nullptr);

    ValueTableModel *tableModel() const { return m_table; }
    QTableView *view() const { return m_view; }
    NumberField *xField() const { return m_xField; }

    // The selected rows' text, or every row's when none is selected (see ValueTableModel::text).
    QString selectionText() const;
    // Copies selectionText() to the clipboard.
    void copy();
    void addTypedX();
    void removeSelectedRows();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    std::vector<int> selectedRows() const;
    // Columns as wide as their header and cells. A drag changes values every frame: then only
    // the changed columns are measured, and they only grow, so the table does not jitter and
    // a frame does not lay out every cell's text (ResizeToContents did, a quarter of a frame).
    // Hidden, nothing is measured (measuring computes the cells: a typed formula's through
    // MPFR, on every frame of a drag); the columns are fitted when the table shows.
    void fitColumns(int first, int last, bool growOnly);

    ValueTableModel *m_table;
    QTableView *m_view;
    NumberField *m_xField;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_copy;
    QLabel *m_message;
    bool m_fitWhenShown = false;
};
