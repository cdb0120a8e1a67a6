// Edits a table's number cells with the shared NumberField, so a table takes exactly what the
// other fields take (exponents, -0, either decimal separator) and refuses the rest.
#pragma once

#include <QStyledItemDelegate>

class NumberFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
