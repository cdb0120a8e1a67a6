// See ThemeSwitcher.h.
#include "ThemeSwitcher.h"

#include "OutlinedFusionStyle.h"

#include "FunctionPlot.h"
#include "PlotTheme.h"
#include "SceneModel.h"
#include "WidgetColours.h"
#include "WindowPalette.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <qcustomplot.h>

namespace {

// The desktop's look, as the application had it before any theme was applied: the style's
// name and the palette. The palette is read again whenever the desktop changes it while the
// app follows the system.
struct DesktopLook
{
    QString style;
    QPalette palette;
};

DesktopLook &desktopLook()
{
    static DesktopLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

void setStyle(const QString &name)
{
    if (name.compare(QLatin1String("Fusion"), Qt::CaseInsensitive) == 0) {
        if (!qobject_cast<OutlinedFusionStyle *>(QApplication::style()))
            QApplication::setStyle(new OutlinedFusionStyle);
        return;
    }
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

} // namespace

ThemeSwitcher::ThemeSwitcher(SceneModel *model, FunctionPlot *plot, QCustomPlot *chart,
                             QObject *parent)
    : QObject(parent), m_model(model), m_plot(plot), m_chart(chart)
{
    desktopLook(); // before anything changes it
    connect(m_model, &SceneModel::themeChanged, this, [this] {
        updateActions();
        refresh();
    });
    refresh();
}

ThemeSwitcher::~ThemeSwitcher()
{
    if (!m_lookChanged) return;
    m_applying = true;
    setStyle(desktopLook().style);
    QApplication::setPalette(QPalette()); // no roles of its own: the desktop's again
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

void ThemeSwitcher::applyWindowLook(SceneTheme theme)
{
    DesktopLook &desktop = desktopLook();
    const bool desktopDark = widgetcolours::isDark(desktop.palette);
    m_applying = true;
    if (theme == SceneTheme::Dark) {
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(windowpalette::dark());
        m_lookChanged = true;
    } else if (theme == SceneTheme::Light && desktopDark) {
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        m_lookChanged = true;
    } else {
        setStyle(desktop.style);
        QApplication::setPalette(QPalette());
        desktop.palette = QApplication::palette();
    }
    m_applying = false;
}

void ThemeSwitcher::refresh()
{
    if (m_applying) return; // the palette change we are making reports itself
    const SceneTheme theme = m_model->theme();
    // Following the desktop, the application's palette is the desktop's: a change of it is news.
    if (theme == SceneTheme::System && !QGuiApplication::testAttribute(Qt::AA_SetPalette))
        desktopLook().palette = QApplication::palette();
    const bool dark = theme == SceneTheme::Dark ||
                      (theme == SceneTheme::System && widgetcolours::isDark(desktopLook().palette));
    m_dark = dark;
    applyWindowLook(theme);
    // Light only undoes a dark look: a plot that never went dark keeps its own colours.
    if (!dark && !m_plotsDark) return;
    m_plotsDark = dark;
    const PlotThemeKind kind = dark ? PlotThemeKind::Dark : PlotThemeKind::Light;
    if (m_plot) m_plot->setTheme(kind);
    if (m_chart) {
        applyPlotTheme(*m_chart, kind);
        m_chart->replot(QCustomPlot::rpQueuedReplot);
    }
    emit plotThemeChanged(kind);
}
