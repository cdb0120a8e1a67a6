// Family headers can be neither selected nor made current: Up/Down step from function to
// function across the groups.
#include "FunctionList.h"

#include "Palette.h"
#include "SceneModel.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <vector>

namespace {

constexpr int kIdRole = Qt::UserRole;

QString familyTitle(act::Family family)
{
    QString name = QString::fromUtf8(act::familyName(family));
    if (!name.isEmpty()) name[0] = name[0].toUpper();
    return name;
}

} // namespace

FunctionList::FunctionList(SceneModel *model, QWidget *parent) : QTreeWidget(parent), m_model(model)
{
    setObjectName("functionList");
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setToolTip(tr("Select a function to edit it; tick others to overlay them."));

    const act::Family families[] = {act::Family::Classic, act::Family::Rectifier,
                                    act::Family::Exponential, act::Family::Smooth,
                                    act::Family::Hard};
    for (act::Family family : families) {
        auto *header = new QTreeWidgetItem(this, {familyTitle(family)});
        header->setFlags(Qt::ItemIsEnabled); // a disabled parent would disable its children
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        for (const act::FunctionSpec &spec : act::functions()) {
            if (spec.family != family) continue;
            auto *entry = new QTreeWidgetItem(header, {QString::fromUtf8(spec.displayName)});
            entry->setData(0, kIdRole, static_cast<int>(spec.id));
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            entry->setCheckState(0, Qt::Unchecked);
            entry->setToolTip(0, QString::fromUtf8(spec.summary));
            m_items[static_cast<std::size_t>(spec.id)] = entry;
            m_order.push_back(spec.id);
        }
    }
    colourHeaders();
    expandAll();
    setCurrentItem(item(m_model->current()));

    connect(this, &QTreeWidget::currentItemChanged, this, &FunctionList::onCurrentItemChanged);
    connect(this, &QTreeWidget::itemChanged, this, &FunctionList::onItemChanged);
    connect(m_model, &SceneModel::currentChanged, this, [this](act::FunctionId id) {
        if (currentItem() != item(id)) setCurrentItem(item(id));
        updateSwatches();
    });
    connect(m_model, &SceneModel::overlayChanged, this, [this](act::FunctionId id, bool on) {
        item(id)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        updateSwatches();
    });
    updateSwatches();
}

void FunctionList::setColours(std::function<QColor(act::FunctionId)> colourOf)
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
    for (QTreeWidgetItem *entry : m_items)
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
        item(plotted[slot])->setData(0, Qt::DecorationRole, swatch);
    }
}

void FunctionList::keyPressEvent(QKeyEvent *event)
{
    const int step = event->key() == Qt::Key_Down ? 1 : event->key() == Qt::Key_Up ? -1 : 0;
    if (step == 0 || event->modifiers() != Qt::NoModifier) {
        QTreeWidget::keyPressEvent(event);
        return;
    }
    setCurrentItem(item(neighbour(m_model->current(), step, false)));
    event->accept();
}

act::FunctionId FunctionList::neighbour(act::FunctionId id, int delta, bool wrap) const
{
    const auto size = static_cast<std::ptrdiff_t>(m_order.size());
    const std::ptrdiff_t here = std::find(m_order.begin(), m_order.end(), id) - m_order.begin();
    const std::ptrdiff_t next = wrap ? ((here + delta) % size + size) % size
                                     : std::clamp<std::ptrdiff_t>(here + delta, 0, size - 1);
    return m_order[static_cast<std::size_t>(next)];
}

void FunctionList::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (!current) return;
    if (!current->data(0, kIdRole).isValid()) {
        // A click on a family header: the current function stays.
        setCurrentItem(item(m_model->current()));
        return;
    }
    m_model->setCurrent(static_cast<act::FunctionId>(current->data(0, kIdRole).toInt()));
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
    if (!item->data(0, kIdRole).isValid()) return;
    m_model->setOverlaid(static_cast<act::FunctionId>(item->data(0, kIdRole).toInt()),
                         item->checkState(0) == Qt::Checked);
}
