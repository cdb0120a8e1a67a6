// See OutlinedFusionStyle.h.
#include "OutlinedFusionStyle.h"

#include "WidgetColours.h"

#include <QStyleFactory>
#include <QStyleOptionButton>

OutlinedFusionStyle::OutlinedFusionStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void OutlinedFusionStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                        QPainter *painter, const QWidget *widget) const
{
    // Item views' check boxes come here too: Fusion draws them as PE_IndicatorCheckBox.
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (!indicator || !button || !widgetcolours::isDark(option->palette)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // Fusion's outline is the window colour darker(140), then lighter(110): this window colour
    // makes it (132, 134, 138).
    QStyleOptionButton lighter(*button);
    lighter.palette.setColor(QPalette::Window, QColor(168, 171, 176));
    QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
}
