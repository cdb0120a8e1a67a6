// Puts a plot into its print state for as long as it lives and back afterwards: a real font
// family, texts and lines at the point sizes of FigureStyle (in layout pixels of 1/96 inch at
// the figure's physical size), antialiased curves, no hover marker, selection or
// default-parameter ghost (whatever the caller names), optionally no background. FigureExporter
// holds one per plot while it draws.
#pragma once

#include "FigureExporter.h"

#include <qcustomplot.h>

#include <functional>
#include <vector>

class PrintSetup
{
public:
    static constexpr double kScreenDpi = 96.0; // what one layout pixel means, as on most screens

    // `hidden`: plottables a print leaves out (the function plot's default-parameter ghosts).
    PrintSetup(QCustomPlot *plot, const FigureOptions &options,
               const std::vector<QCPAbstractPlottable *> &hidden = {});
    ~PrintSetup();
    PrintSetup(const PrintSetup &) = delete;
    PrintSetup &operator=(const PrintSetup &) = delete;

    // `font` in `family` at a pixel size: text then keeps its size relative to the figure on
    // every device, whatever resolution a PDF writer or SVG generator reports. At `points`
    // (in layout pixels of 1/96 inch) when given, else at the font's own size.
    static QFont printFont(QFont font, const QString &family, double points = 0.0);
    // QCustomPlot sets its background brush but has no getter for it.
    static QBrush backgroundBrush(const QCustomPlot &plot);

private:
    template <typename T>
    void change(T *target, QFont (T::*get)() const, void (T::*set)(const QFont &),
                const QString &family, double points)
    {
        const QFont old = (target->*get)();
        (target->*set)(printFont(old, family, points));
        m_restore.push_back([target, set, old] { (target->*set)(old); });
    }
    // The same pen at `points` wide (no pen stays none).
    template <typename T>
    void changeWidth(T *target, QPen (T::*get)() const, void (T::*set)(const QPen &), double points)
    {
        const QPen old = (target->*get)();
        if (old.style() == Qt::NoPen) return;
        QPen pen = old;
        pen.setWidthF(points * kScreenDpi / 72.0);
        (target->*set)(pen);
        m_restore.push_back([target, set, old] { (target->*set)(old); });
    }
    // Any other property, through a getter and a setter of the same type.
    template <typename Get, typename Set, typename V> void changeValue(Get get, Set set, V value)
    {
        const V old = get();
        set(value);
        m_restore.push_back([set, old] { set(old); });
    }
    void setUpAxes(const QString &family);
    void setUpLegend(const QString &family);
    template <typename T> void hide(T *layerable)
    {
        if (!layerable->visible()) return;
        layerable->setVisible(false);
        m_restore.push_back([layerable] { layerable->setVisible(true); });
    }

    QCustomPlot *m_plot;
    std::vector<std::function<void()>> m_restore; // run in reverse order
};
