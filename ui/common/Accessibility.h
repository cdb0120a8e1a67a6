// Screen readers and the widgets that draw their own content. A QCustomPlot is one picture to
// assistive technology, and a LiveLabel or the trace readout paints rich text no one can read
// out: the interfaces installed here give them words. A plot that knows what it shows says so
// through DescribedPlot (which curves, the ranges, its cursor's readout); any other QCustomPlot
// describes its axes and named graphs. A slider that stands for a number other than its
// position (a parameter, the temperature, a logit) reports that number, as the field beside it
// shows it. No event is made while no one listens.
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QAccessibleEvent;
class QCustomPlot;
class QSlider;
class QWidget;

// A plot that can say in words what it shows and, when it has a cursor, what it reads.
class DescribedPlot
{
public:
    virtual ~DescribedPlot() = default;
    // What is drawn: the curves, the x and y ranges, a comparison.
    virtual QString accessibleSummary() const = 0;
    // The cursor's reading as plain text; empty when no cursor is shown.
    virtual QString accessibleReadout() const { return {}; }
};

namespace accessibility {

// The interface factory, once per process; every widget that needs it calls it before its
// interface can be asked for (the window, the plots, LiveLabel).
void install();
// DescriptionChanged for a plot whose summary changed.
void summaryChanged(QWidget *plot);
// A value change carrying the plot's new readout.
void readoutChanged(QWidget *plot);
// A self-drawn text (LiveLabel, TraceReadout) changed: its name, or its description when an
// accessible name labels it, changed with it.
void textChanged(QWidget *label);
// "x (layer) 1 … 50; y (q) 0 … 2; curves: tanh, ReLU": any QCustomPlot's axes and graphs.
QString describeAxes(const QCustomPlot &plot);
// What a slider's positions stand for. Screen readers then get current() as the slider's value
// (as text, in the field's format, and as a number), its range and step in the same units, and
// can set a value; without it they would hear the raw position ("333" for ELU's α = 1).
struct SliderValues
{
    std::function<double()> current;       // the number its field shows (may be off its range)
    std::function<double(int)> valueAt;    // what a position stands for
    std::function<int(double)> positionOf; // the position nearest to a value
};
void setSliderValues(QSlider *slider, SliderValues values);
// A value change carrying current(): the number changed, even where the position did not.
void sliderValueChanged(QSlider *slider);
// Tab goes through `widgets` in this order (null entries are skipped): rows made after their
// panel would otherwise come last in the window.
void setTabOrder(const QList<QWidget *> &widgets);
// Every event sent here also goes to `observer` (tests: Qt's offscreen platform has no
// accessibility bridge, so there QAccessible delivers no event to any update handler).
void setEventObserver(std::function<void(const QAccessibleEvent &)> observer);
// Rich text as a screen reader should get it.
QString plainText(const QString &html);

} // namespace accessibility
