// See ValueTableDock.h.
#include "ValueTableDock.h"

#include "NumberField.h"
#include "NumberFieldDelegate.h"
#include "ValueTableModel.h"
#include "WidgetColours.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

ValueTableDock::ValueTableDock(SceneModel *model, QWidget *parent)
    : QDockWidget(tr("Value Table"), parent), m_table(new ValueTableModel(model, this)),
      m_view(new QTableView), m_xField(new NumberField), m_add(new QPushButton(tr("&Add"))),
      m_remove(new QPushButton(tr("&Remove"))), m_copy(new QPushButton(tr("Cop&y"))),
      m_message(new QLabel)
{
    setObjectName("valueTableDock");

    m_view->setObjectName("valueTable");
    m_view->setModel(m_table);
    m_view->setItemDelegateForColumn(0, new NumberFieldDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Value table"));
    m_view->setAccessibleDescription(
        tr("x, f, f′ and f″ of every plotted function at the x values in the first column; "
           "F2 edits an x, Delete removes the selected rows, Ctrl+C copies them"));
    m_view->installEventFilter(this);

    m_xField->setObjectName("valueTableX");
    m_xField->setValue(3.0);
    m_xField->setSingleStep(0.5);
    m_xField->setAccessibleName(tr("New x value"));
    m_xField->setMinimumWidth(
        m_xField->fontMetrics().horizontalAdvance(QStringLiteral("−0.000000")));
    m_xField->setToolTip(tr("An x to add to the table (Return adds it)"));
    m_xField->installEventFilter(this);
    m_add->setObjectName("valueTableAdd");
    m_add->setAccessibleName(tr("Add x value"));
    m_add->setToolTip(tr("Add a row at this x"));
    m_remove->setObjectName("valueTableRemove");
    m_remove->setAccessibleName(tr("Remove selected rows"));
    m_remove->setToolTip(tr("Remove the selected rows (Delete)"));
    m_copy->setObjectName("valueTableCopy");
    m_copy->setAccessibleName(tr("Copy the table"));
    m_copy->setToolTip(tr("Copy the selected rows, or the whole table, as tab-separated text "
                          "with 17 significant digits (Ctrl+C)"));
    m_message->setObjectName("valueTableMessage");
    widgetcolours::setErrorText(m_message);
    m_message->hide();

    auto *label = new QLabel(tr("&x ="));
    label->setBuddy(m_xField);
    auto *controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_xField);
    controls->addWidget(m_add);
    controls->addStretch(1);
    controls->addWidget(m_remove);
    controls->addWidget(m_copy);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    setWidget(content);

    // Ctrl+C anywhere in the dock but a text field (which copies its own text).
    auto *copyAction = new QAction(tr("Copy Values (in the value table)"), this);
    copyAction->setObjectName("copyValues");
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &ValueTableDock::copy);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_table->text()); });
    connect(m_add, &QPushButton::clicked, this, &ValueTableDock::addTypedX);
    connect(m_remove, &QPushButton::clicked, this, &ValueTableDock::removeSelectedRows);
    const auto fitAll = [this] { fitColumns(0, m_table->columnCount() - 1, false); };
    connect(m_table, &QAbstractItemModel::modelReset, this, fitAll);
    connect(m_table, &QAbstractItemModel::rowsInserted, this, fitAll);
    connect(m_table, &QAbstractItemModel::headerDataChanged, this, fitAll);
    connect(m_table, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                fitColumns(topLeft.column(), bottomRight.column(), true);
            });
    fitAll();
    connect(m_xField, &NumberField::textRefused, this, [this](const QString &reason) {
        m_message->setText(reason);
        m_message->show();
    });
}

void ValueTableDock::fitColumns(int first, int last, bool growOnly)
{
    if (!isVisible()) {
        m_fitWhenShown = true;
        return;
    }
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemView *view = m_view; // sizeHintForColumn is public there
    for (int column = std::max(first, 0); column <= last; ++column) {
        // The wider of its header and visible cells, as resizeColumnToContents measures; a
        // column is resized only when that changes its width: each resize has the view lay
        // out its header again (a sixth of a drag's frame when it shrank and grew back). New
        // values leave the header as it was fitted: only the cells are measured then.
        const int cells = view->sizeHintForColumn(column);
        const int fit = growOnly ? cells : std::max(cells, header->sectionSizeHint(column));
        const int before = header->sectionSize(column);
        if (fit > before || (!growOnly && fit != before)) header->resizeSection(column, fit);
    }
}

std::vector<int> ValueTableDock::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ValueTableDock::selectionText() const
{
    return m_table->text(selectedRows());
}

void ValueTableDock::copy()
{
    QApplication::clipboard()->setText(selectionText());
}

void ValueTableDock::addTypedX()
{
    const auto typed = NumberField::parse(m_xField->text()); // before it reverts bad text
    if (!typed) {
        m_message->setText(
            tr("\"%1\" is not a finite number; no row was added").arg(m_xField->text().trimmed()));
        m_message->show();
        return;
    }
    m_message->hide();
    m_xField->interpretText();
    const int row = m_table->addX(*typed);
    m_xField->selectAll(); // the next x replaces this one
    m_view->selectRow(row);
    m_view->scrollTo(m_table->index(row, 0));
}

void ValueTableDock::removeSelectedRows()
{
    std::vector<int> rows = selectedRows();
    if (rows.empty() && m_view->currentIndex().isValid())
        rows.push_back(m_view->currentIndex().row());
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        m_table->removeX(*it);
}

void ValueTableDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (std::exchange(m_fitWhenShown, false)) fitColumns(0, m_table->columnCount() - 1, false);
}

bool ValueTableDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_xField && enter) {
            addTypedX();
            return true;
        }
        // While an x is edited its editor, not the view, gets the keys.
        if (watched == m_view && key->key() == Qt::Key_Delete) {
            removeSelectedRows();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}
