// The network panel as a dock of the main window, hidden until View ▸ Network Panel (Ctrl+L)
// or an example asks for it, wired to the window's undo history, colours, theme and
// presentation mode here so the window only has to create and place it.
#pragma once

#include <QDockWidget>

class NetworkPanel;
class PlotView;
class PresentationMode;
class SceneHistory;
class SceneModel;
class ThemeSwitcher;

class NetworkDock : public QDockWidget
{
    Q_OBJECT

public:
    NetworkDock(SceneModel *model, SceneHistory *history, PlotView *plot, ThemeSwitcher *theme,
                PresentationMode *presentation, QWidget *parent = nullptr);

    NetworkPanel *panel() const { return m_panel; }
    // View ▸ Network Panel: checkable, Ctrl+L.
    QAction *toggleAction() const { return m_toggle; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    NetworkPanel *m_panel;
    bool m_sized = false;
    QAction *m_toggle;
};
