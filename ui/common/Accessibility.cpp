// The interfaces: plots as charts with a description and a value, self-drawn texts as static
// text, sliders with the value they stand for. See Accessibility.h.
#include "Accessibility.h"

#include "NumberField.h"
#include "PlotAxes.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>
#include <QSlider>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

#include <qcustomplot.h>

namespace {

std::function<void(const QAccessibleEvent &)> &observer()
{
    static std::function<void(const QAccessibleEvent &)> instance;
    return instance;
}

bool listened()
{
    return QAccessible::isActive() || observer();
}

void send(QAccessibleEvent &event)
{
    if (observer()) observer()(event);
    QAccessible::updateAccessibility(&event);
}

QString number(double value)
{
    QString text = QLocale::c().toString(value, 'g', 4);
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

// A plot: name from the widget, description = what it shows (then the widget's own
// description, e.g. its keys), value = its cursor's readout.
class PlotInterface : public QAccessibleWidget
{
public:
    explicit PlotInterface(QCustomPlot *plot) : QAccessibleWidget(plot, QAccessible::Chart)
    {
        // Other plots change with their data, which only a replot shows: compare after each.
        // (A DescribedPlot announces its own changes; asked here, not above, because the
        // interface may be made while the plot is still being constructed.)
        QObject::connect(plot, &QCustomPlot::afterReplot, plot, [plot, last = QString()]() mutable {
            if (!listened() || dynamic_cast<DescribedPlot *>(plot)) return;
            QString now = accessibility::describeAxes(*plot);
            if (now == last) return;
            last = std::move(now);
            accessibility::summaryChanged(plot);
        });
    }

    QString text(QAccessible::Text t) const override
    {
        const auto *plot = static_cast<const QCustomPlot *>(widget());
        const auto *described = dynamic_cast<const DescribedPlot *>(plot);
        switch (t) {
        case QAccessible::Name:
            return plot->accessibleName().isEmpty()
                       ? QCoreApplication::translate("Accessibility", "Plot")
                       : plot->accessibleName();
        case QAccessible::Description: {
            const QString summary =
                described ? described->accessibleSummary() : accessibility::describeAxes(*plot);
            const QString own = plot->accessibleDescription();
            return own.isEmpty() ? summary : summary + QLatin1Char('\n') + own;
        }
        case QAccessible::Value:
            return described ? described->accessibleReadout() : QString();
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

// LiveLabel and TraceReadout paint rich text: its plain form is their name, or their
// description when an accessible name says what the text is.
class DrawnTextInterface : public QAccessibleWidget
{
public:
    explicit DrawnTextInterface(QWidget *label) : QAccessibleWidget(label, QAccessible::StaticText)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        const QString content = accessibility::plainText(widget()->property("text").toString());
        const QString name = widget()->accessibleName();
        if (t == QAccessible::Name) return name.isEmpty() ? content : name;
        if (t == QAccessible::Description && !name.isEmpty()) return content;
        return QAccessibleWidget::text(t);
    }
};

// Per slider, what its positions stand for; dropped with the slider.
QHash<const QObject *, accessibility::SliderValues> &sliderValues()
{
    static QHash<const QObject *, accessibility::SliderValues> instance;
    return instance;
}

const accessibility::SliderValues *valuesOf(const QObject *slider)
{
    const auto it = sliderValues().constFind(slider);
    return it == sliderValues().cend() ? nullptr : &*it;
}

// Every QSlider: Qt's own reports the position; this one the number the position stands for,
// once setSliderValues() has said what that is (the interface may be made before).
class SliderInterface : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit SliderInterface(QSlider *slider) : QAccessibleWidget(slider, QAccessible::Slider) {}

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Value) return QAccessibleWidget::text(t);
        const accessibility::SliderValues *values = valuesOf(slider());
        return values ? NumberField::format(values->current()) : QString::number(slider()->value());
    }

    QVariant currentValue() const override
    {
        const accessibility::SliderValues *values = valuesOf(slider());
        return values ? QVariant(values->current()) : QVariant(slider()->value());
    }
    void setCurrentValue(const QVariant &value) override
    {
        const accessibility::SliderValues *values = valuesOf(slider());
        slider()->setValue(values ? values->positionOf(value.toDouble()) : value.toInt());
    }
    QVariant minimumValue() const override { return at(slider()->minimum()); }
    QVariant maximumValue() const override { return at(slider()->maximum()); }
    QVariant minimumStepSize() const override
    {
        // The first step that changes the value: a logarithmic slider's smallest, and a whole
        // number's first steps may round to the same value.
        const QSlider *s = slider();
        const int step = std::max(1, s->singleStep());
        const double low = at(s->minimum()).toDouble();
        for (int p = s->minimum() + step; p <= s->maximum(); p += step)
            if (const double gap = std::abs(at(p).toDouble() - low); gap > 0) return gap;
        return 0.0;
    }

private:
    QSlider *slider() const { return static_cast<QSlider *>(widget()); }
    QVariant at(int position) const
    {
        const accessibility::SliderValues *values = valuesOf(slider());
        return values ? QVariant(values->valueAt(position)) : QVariant(position);
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType()) return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    // Asked with the most derived class name first; one answer for the whole hierarchy.
    if (className != QLatin1String(object->metaObject()->className())) return nullptr;
    if (auto *plot = qobject_cast<QCustomPlot *>(object)) return new PlotInterface(plot);
    if (auto *slider = qobject_cast<QSlider *>(object)) return new SliderInterface(slider);
    if (object->inherits("LiveLabel") || object->inherits("TraceReadout"))
        return new DrawnTextInterface(widget);
    return nullptr;
}

} // namespace

namespace accessibility {

void install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

void summaryChanged(QWidget *plot)
{
    if (!listened()) return;
    QAccessibleEvent event(plot, QAccessible::DescriptionChanged);
    send(event);
}

void readoutChanged(QWidget *plot)
{
    if (!listened()) return;
    const auto *described = dynamic_cast<const DescribedPlot *>(plot);
    QAccessibleValueChangeEvent event(plot, described ? described->accessibleReadout() : QString());
    send(event);
}

void textChanged(QWidget *label)
{
    if (!listened()) return;
    QAccessibleEvent event(label, label->accessibleName().isEmpty()
                                      ? QAccessible::NameChanged
                                      : QAccessible::DescriptionChanged);
    send(event);
}

void setSliderValues(QSlider *slider, SliderValues values)
{
    install();
    if (!sliderValues().contains(slider))
        QObject::connect(slider, &QObject::destroyed, QCoreApplication::instance(),
                         [slider] { sliderValues().remove(slider); });
    sliderValues().insert(slider, std::move(values));
}

void sliderValueChanged(QSlider *slider)
{
    if (!listened()) return;
    const SliderValues *values = valuesOf(slider);
    QAccessibleValueChangeEvent event(slider, values ? QVariant(values->current())
                                                     : QVariant(slider->value()));
    send(event);
}

void setEventObserver(std::function<void(const QAccessibleEvent &)> f)
{
    observer() = std::move(f);
}

QString describeAxes(const QCustomPlot &plot)
{
    QStringList parts;
    for (QCPAxisRect *rect : plot.axisRects()) {
        if (!rect->visible()) continue;
        for (QCPAxis *axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)}) {
            if (!axis || !axis->visible()) continue;
            const QString label = plainText(plotaxes::fullLabel(*axis));
            const QString from = number(axis->range().lower), to = number(axis->range().upper);
            parts << (label.isEmpty()
                          ? QCoreApplication::translate("Accessibility", "from %1 to %2")
                                .arg(from, to)
                          : QCoreApplication::translate("Accessibility", "%1 from %2 to %3")
                                .arg(label, from, to));
        }
    }
    QStringList names;
    for (int i = 0; i < plot.plottableCount(); ++i) {
        const QCPAbstractPlottable *p = const_cast<QCustomPlot &>(plot).plottable(i);
        if (p->visible() && !p->name().isEmpty() && !names.contains(p->name())) names << p->name();
    }
    if (!names.isEmpty())
        parts << QCoreApplication::translate("Accessibility", "drawn: %1")
                     .arg(names.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

void setTabOrder(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (!widget) continue;
        if (previous) QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

QString plainText(const QString &html)
{
    if (!Qt::mightBeRichText(html)) return html;
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

} // namespace accessibility
