// See ThemeSwitcher.h.
#include "ThemeSwitcher.h"

#include "PlotTheme.h"
#include "PlotView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>

#include <qcustomplot.h>

namespace {

bool systemIsDark()
{
    // Qt 6.4 has no colour-scheme hint yet; a dark window background means a dark desktop.
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

ThemeSwitcher::ThemeSwitcher(PlotView *plot, QCustomPlot *chart, QObject *parent)
    : QObject(parent), m_plot(plot), m_chart(chart)
{
    refresh();
}

void ThemeSwitcher::addActions(QMenu *menu)
{
    m_group = new QActionGroup(this);
    const std::pair<SceneTheme, QString> choices[] = {{SceneTheme::Light, tr("&Light")},
                                                      {SceneTheme::Dark, tr("&Dark")},
                                                      {SceneTheme::System, tr("Follow &System")}};
    for (const auto &[kind, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName("theme:" + themeName(kind));
        action->setCheckable(true);
        action->setChecked(kind == m_theme);
        action->setData(static_cast<int>(kind));
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *a) { setTheme(static_cast<SceneTheme>(a->data().toInt())); });
}

void ThemeSwitcher::setTheme(SceneTheme theme)
{
    m_theme = theme;
    if (m_group)
        for (QAction *action : m_group->actions())
            action->setChecked(action->data().toInt() == static_cast<int>(theme));
    refresh();
}

void ThemeSwitcher::refresh()
{
    const bool dark =
        m_theme == SceneTheme::Dark || (m_theme == SceneTheme::System && systemIsDark());
    // Light only undoes a dark look: a plot that never went dark keeps its own colours.
    if (!dark && !m_dark) return;
    m_dark = dark;
    const PlotThemeKind kind = dark ? PlotThemeKind::Dark : PlotThemeKind::Light;
    if (m_plot) m_plot->setTheme(kind);
    if (m_chart) {
        applyPlotTheme(*m_chart, kind);
        m_chart->replot(QCustomPlot::rpQueuedReplot);
    }
}
