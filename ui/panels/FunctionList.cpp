// Family headers can be neither selected nor made current: Up/Down step from function to
// function across the groups.
#include "FunctionList.h"

#include "CatalogueText.h"
#include "Palette.h"
#include "SceneModel.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <vector>

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kNewFormulaRole = Qt::UserRole + 1;

} // namespace

FunctionList::FunctionList(SceneModel *model, QWidget *parent) : QTreeWidget(parent), m_model(model)
{
    setObjectName("functionList");
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setToolTip(tr("Select a function to edit it; tick others to overlay them."));
    setAccessibleName(tr("Functions"));
    setAccessibleDescription(tr("The catalogue by family, then the typed formulas. Up and Down "
                                "choose the current function; Space ticks a function to overlay "
                                "it; F2 edits a formula, Delete removes it."));

    const act::Family families[] = {act::Family::Classic, act::Family::Rectifier,
                                    act::Family::Exponential, act::Family::Smooth,
                                    act::Family::Hard};
    for (act::Family family : families) {
        auto *header = new QTreeWidgetItem(this, {cataloguetext::familyTitle(family)});
        header->setFlags(Qt::ItemIsEnabled); // a disabled parent would disable its children
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        for (const act::FunctionSpec &spec : act::functions()) {
            if (spec.family != family) continue;
            auto *entry = new QTreeWidgetItem(header, {cataloguetext::displayName(spec.id)});
            entry->setData(0, kIdRole, CurveId(spec.id).value());
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            entry->setCheckState(0, Qt::Unchecked);
            entry->setToolTip(0, cataloguetext::summary(spec.id));
            m_items[spec.id] = entry;
            m_order.push_back(spec.id);
        }
    }
    m_formulaHeader = new QTreeWidgetItem(this, {tr("Typed formulas")});
    m_formulaHeader->setFlags(Qt::ItemIsEnabled);
    QFont bold = m_formulaHeader->font(0);
    bold.setBold(true);
    m_formulaHeader->setFont(0, bold);
    m_formulaHeader->setForeground(0, palette().brush(QPalette::Active, QPalette::WindowText));
    m_newFormula = new QTreeWidgetItem(m_formulaHeader, {tr("New formula…")});
    m_newFormula->setData(0, kNewFormulaRole, true);
    m_newFormula->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_newFormula->setToolTip(0, tr("Type a function of x, such as x*sigmoid(b*x); every other "
                                   "name becomes a parameter with a slider (Ctrl+N)"));
    rebuildFormulas();
    colourHeaders();
    expandAll();
    setCurrentItem(item(m_model->current()));

    connect(this, &QTreeWidget::currentItemChanged, this, &FunctionList::onCurrentItemChanged);
    connect(this, &QTreeWidget::itemChanged, this, &FunctionList::onItemChanged);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *activated) {
        if (activated == m_newFormula) emit newFormulaRequested();
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *clicked) {
        if (clicked == m_newFormula) emit newFormulaRequested();
    });
    connect(m_model, &SceneModel::currentChanged, this, [this](CurveId id) {
        if (currentItem() != item(id)) setCurrentItem(item(id));
        updateSwatches();
    });
    connect(m_model, &SceneModel::overlayChanged, this, [this](CurveId id, bool on) {
        if (QTreeWidgetItem *entry = item(id))
            entry->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        updateSwatches();
    });
    connect(m_model, &SceneModel::formulasChanged, this, &FunctionList::rebuildFormulas);
    updateSwatches();
}

std::optional<CurveId> FunctionList::curveOf(const QTreeWidgetItem *entry) const
{
    if (!entry || !entry->data(0, kIdRole).isValid()) return std::nullopt;
    return CurveId::fromValue(entry->data(0, kIdRole).toInt());
}

void FunctionList::rebuildFormulas()
{
    m_rebuilding = true;
    for (auto it = m_items.begin(); it != m_items.end();)
        if (it->first.isFormula()) {
            delete it->second;
            it = m_items.erase(it);
        } else {
            ++it;
        }
    std::erase_if(m_order, [](CurveId id) { return id.isFormula(); });
    int row = 0;
    for (const FormulaCurve &formula : m_model->formulas()) {
        const CurveId id = CurveId::formula(formula.key);
        auto *entry = new QTreeWidgetItem({formula.name});
        m_formulaHeader->insertChild(row++, entry);
        entry->setData(0, kIdRole, id.value());
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        entry->setCheckState(0, m_model->isOverlaid(id) ? Qt::Checked : Qt::Unchecked);
        entry->setToolTip(0, tr("f(x) = %1 (F2 or right-click to edit, Delete to remove)")
                                 .arg(formula.expression.toHtmlEscaped()));
        m_items[id] = entry;
        m_order.push_back(id);
    }
    if (QTreeWidgetItem *current = item(m_model->current()); current && currentItem() != current)
        setCurrentItem(current);
    m_rebuilding = false;
    updateSwatches();
}

void FunctionList::contextMenuEvent(QContextMenuEvent *event)
{
    const auto curve = curveOf(itemAt(viewport()->mapFromGlobal(event->globalPos())));
    if (!curve || !curve->isFormula()) {
        QTreeWidget::contextMenuEvent(event);
        return;
    }
    const int key = curve->formulaKey();
    QMenu menu(this);
    menu.addAction(tr("Edit Formula…"), this, [this, key] { emit editFormulaRequested(key); });
    menu.addAction(tr("Remove Formula"), this, [this, key] { emit removeFormulaRequested(key); });
    menu.exec(event->globalPos());
}

void FunctionList::setColours(std::function<QColor(CurveId)> colourOf)
{
    m_colourOf = std::move(colourOf);
    updateSwatches();
}

void FunctionList::updateSwatches()
{
    // The plot's colour for each drawn function, so list and legend read together. Every
    // entry gets one, transparent when not drawn, so the names stay aligned.
    QPixmap none(14, 4);
    none.fill(Qt::transparent);
    for (const auto &[id, entry] : m_items)
        entry->setData(0, Qt::DecorationRole, none);
    const auto &plotted = m_model->plotted();
    for (std::size_t slot = 0; slot < plotted.size(); ++slot) {
        const QColor colour = m_colourOf ? m_colourOf(plotted[slot]) : palette::colour(slot);
        QPixmap swatch(14, 5);
        swatch.fill(colour);
        // A rim, so a pale colour (dark plots' palette) still shows on a light list.
        QPainter rim(&swatch);
        rim.setPen(colour.lightness() > 160 ? colour.darker(170) : colour);
        rim.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
        if (QTreeWidgetItem *entry = item(plotted[slot]))
            entry->setData(0, Qt::DecorationRole, swatch);
    }
}

void FunctionList::keyPressEvent(QKeyEvent *event)
{
    if (const auto curve = curveOf(currentItem()); curve && curve->isFormula()) {
        if (event->key() == Qt::Key_F2 && event->modifiers() == Qt::NoModifier) {
            emit editFormulaRequested(curve->formulaKey());
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
            emit removeFormulaRequested(curve->formulaKey());
            event->accept();
            return;
        }
    }
    if (currentItem() == m_newFormula && event->key() == Qt::Key_Up &&
        event->modifiers() == Qt::NoModifier) {
        setCurrentItem(item(m_order.back()));
        event->accept();
        return;
    }
    const int step = event->key() == Qt::Key_Down ? 1 : event->key() == Qt::Key_Up ? -1 : 0;
    if (step == 0 || event->modifiers() != Qt::NoModifier) {
        QTreeWidget::keyPressEvent(event);
        return;
    }
    const CurveId current = m_model->current();
    const CurveId next = neighbour(current, step, false);
    // Down from the last entry reaches "New formula…" (Enter opens it).
    if (step > 0 && next == current && currentItem() != m_newFormula)
        setCurrentItem(m_newFormula);
    else if (currentItem() != m_newFormula || step < 0)
        setCurrentItem(item(next));
    event->accept();
}

CurveId FunctionList::neighbour(CurveId id, int delta, bool wrap) const
{
    const auto size = static_cast<std::ptrdiff_t>(m_order.size());
    const std::ptrdiff_t here = std::find(m_order.begin(), m_order.end(), id) - m_order.begin();
    const std::ptrdiff_t next = wrap ? ((here + delta) % size + size) % size
                                     : std::clamp<std::ptrdiff_t>(here + delta, 0, size - 1);
    return m_order[static_cast<std::size_t>(next)];
}

void FunctionList::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (!current || m_rebuilding || current == m_newFormula) return;
    const auto curve = curveOf(current);
    if (!curve) {
        // A click on a family header: the current function stays.
        setCurrentItem(item(m_model->current()));
        return;
    }
    m_model->setCurrent(*curve);
}

void FunctionList::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) colourHeaders();
}

void FunctionList::colourHeaders()
{
    const QBrush text = palette().brush(QPalette::Active, QPalette::WindowText);
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->foreground(0) != text) topLevelItem(i)->setForeground(0, text);
}

void FunctionList::onItemChanged(QTreeWidgetItem *item)
{
    if (m_rebuilding) return;
    if (const auto curve = curveOf(item))
        m_model->setOverlaid(*curve, item->checkState(0) == Qt::Checked);
}
