// See LogitScrollArea.h.
#include "LogitScrollArea.h"

#include <QEvent>
#include <QGridLayout>
#include <QScrollBar>

#include <algorithm>

LogitScrollArea::LogitScrollArea(QWidget *parent) : QScrollArea(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the width covers the rows
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    // Tab goes to the rows inside, which it scrolls into view; the area itself is no stop.
    setFocusPolicy(Qt::NoFocus);
}

QSize LogitScrollArea::sizeHint() const
{
    return {std::max(QScrollArea::sizeHint().width(), rowsWidth()), rowsHeight(kRowsPreferred)};
}

QSize LogitScrollArea::minimumSizeHint() const
{
    return {rowsWidth(), rowsHeight(kRowsAlwaysShown)};
}

bool LogitScrollArea::event(QEvent *event)
{
    // The rows' layout changed (rows shown, a new font measured): so may the hints.
    if (event->type() == QEvent::LayoutRequest) updateGeometry();
    return QScrollArea::event(event);
}

QGridLayout *LogitScrollArea::grid() const
{
    return widget() ? qobject_cast<QGridLayout *>(widget()->layout()) : nullptr;
}

int LogitScrollArea::rowsWidth() const
{
    const int rows = widget() ? widget()->minimumSizeHint().width() : 0;
    return rows + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
}

int LogitScrollArea::rowsHeight(int count) const
{
    // From the widgets, not the layout: rows just added are shown only later, and until then
    // the layout leaves them out.
    int height = 2 * frameWidth();
    QGridLayout *layout = grid();
    if (!layout) return height;
    const QMargins margins = layout->contentsMargins();
    height += margins.top() + margins.bottom();
    int rows = 0;
    for (int r = 0; r < layout->rowCount() && rows < count; ++r) {
        int rowHeight = -1;
        for (int c = 0; c < layout->columnCount(); ++c) {
            QLayoutItem *item = layout->itemAtPosition(r, c);
            QWidget *w = item ? item->widget() : nullptr;
            if (!w || (w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide))) continue;
            const int hint = std::max(w->sizeHint().height(), w->minimumSizeHint().height());
            rowHeight =
                std::max(rowHeight, std::clamp(hint, w->minimumHeight(), w->maximumHeight()));
        }
        if (rowHeight < 0) continue; // the stretch row under the rows
        height += rowHeight + (rows > 0 ? layout->verticalSpacing() : 0);
        ++rows;
    }
    return height;
}
