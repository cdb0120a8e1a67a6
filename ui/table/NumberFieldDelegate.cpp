// See NumberFieldDelegate.h.
#include "NumberFieldDelegate.h"

#include "NumberField.h"

#include <QLineEdit>

QWidget *NumberFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const
{
    auto *field = new NumberField(parent);
    field->setButtonSymbols(QAbstractSpinBox::NoButtons);
    field->setFrame(false);
    field->setAccessibleName(tr("x value"));
    return field;
}

void NumberFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *field = static_cast<NumberField *>(editor);
    field->setValue(index.data(Qt::EditRole).toDouble());
    field->selectAll();
}

void NumberFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    auto *field = static_cast<NumberField *>(editor);
    field->interpretText(); // what was typed, or (refused) the value it held
    model->setData(index, field->value(), Qt::EditRole);
}
