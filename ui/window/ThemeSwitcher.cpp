// See ThemeSwitcher.h.
#include "ThemeSwitcher.h"

#include "FunctionPlot.h"
#include "PlotTheme.h"
#include "SceneModel.h"

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

ThemeSwitcher::ThemeSwitcher(SceneModel *model, FunctionPlot *plot, QCustomPlot *chart,
                             QObject *parent)
    : QObject(parent), m_model(model), m_plot(plot), m_chart(chart)
{
    connect(m_model, &SceneModel::themeChanged, this, [this] {
        updateActions();
        refresh();
    });
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
        action->setData(static_cast<int>(kind));
        m_group->addAction(action);
    }
    updateActions();
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *a) { m_model->setTheme(static_cast<SceneTheme>(a->data().toInt())); });
}

void ThemeSwitcher::updateActions()
{
    if (!m_group) return;
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(m_model->theme()));
}

void ThemeSwitcher::refresh()
{
    const SceneTheme theme = m_model->theme();
    const bool dark = theme == SceneTheme::Dark || (theme == SceneTheme::System && systemIsDark());
    // Light only undoes a dark look: a plot that never went dark keeps its own colours.
    if (!dark && !m_dark) return;
    m_dark = dark;
    const PlotThemeKind kind = dark ? PlotThemeKind::Dark : PlotThemeKind::Light;
    if (m_plot) m_plot->setTheme(kind);
    if (m_chart) {
        applyPlotTheme(*m_chart, kind);
        m_chart->replot(QCustomPlot::rpQueuedReplot);
    }
    emit plotThemeChanged(kind);
}
