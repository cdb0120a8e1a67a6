// See NetworkDock.h.
#include "NetworkDock.h"

#include "NetworkPanel.h"
#include "PlotView.h"
#include "PresentationMode.h"
#include "SceneHistory.h"
#include "ThemeSwitcher.h"

#include <QAction>
#include <QMainWindow>

#include <utility>

namespace {

// As the main plot's lines in presentation mode.
constexpr double kPresentationLineScale = 2.5;

} // namespace

NetworkDock::NetworkDock(SceneModel *model, SceneHistory *history, PlotView *plot,
                         ThemeSwitcher *theme, PresentationMode *presentation, QWidget *parent)
    : QDockWidget(tr("Network"), parent), m_panel(new NetworkPanel(model))
{
    setObjectName("networkDock");
    setWidget(m_panel);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    m_toggle = toggleViewAction();
    m_toggle->setObjectName("showNetworkPanel");
    m_toggle->setText(tr("&Network Panel"));
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_toggle->setToolTip(tr("Signals and gradients of the current function through a deep "
                            "random network (Ctrl+L)"));

    connect(m_panel, &NetworkPanel::gestureStarted, history, &SceneHistory::beginGesture);
    connect(m_panel, &NetworkPanel::gestureFinished, history, &SceneHistory::endGesture);
    const auto colours = [plot](CurveId id) { return plot->colourOf(id); };
    m_panel->setColours(colours);
    connect(plot, &PlotView::coloursChanged, m_panel,
            [this, colours] { m_panel->setColours(colours); });
    m_panel->setPlotTheme(theme->plotTheme());
    connect(theme, &ThemeSwitcher::plotThemeChanged, m_panel, &NetworkPanel::setPlotTheme);
    connect(presentation, &PresentationMode::activeChanged, m_panel,
            [this](bool active) { m_panel->setLineScale(active ? kPresentationLineScale : 1.0); });
    hide();
}

void NetworkDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    // The first time: a good part of the window, or its plots are too small to read.
    if (std::exchange(m_sized, true) || isFloating()) return;
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
        window->resizeDocks({this}, {window->height() * 9 / 20}, Qt::Vertical);
}
