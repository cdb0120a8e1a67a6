// The network panel: what the current function (and each overlay, to compare) does to signals
// and gradients through a deep random network. The settings on the left; the per-layer plot
// (theory for every plotted function, the simulation's points for the current one) with the
// fixed point's numbers in the middle; the distributions, the output along one direction and
// the order-to-chaos map as tabs on the right. All numbers come from its NetworkAnalysis; the
// plots only draw them, and only while the panel is shown.
#pragma once

#include "CurveId.h"
#include "NetworkSetup.h"
#include "PlotTheme.h"

#include <QWidget>

#include <functional>

class DirectionPlot;
class DistributionPlot;
class LayerPlot;
class LiveLabel;
class NetworkAnalysis;
class NetworkControls;
class PhasePlot;
class QComboBox;
class QCustomPlot;
class QProgressBar;
class QTabWidget;
class SceneModel;

class NetworkPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkPanel(SceneModel *model, QWidget *parent = nullptr);

    NetworkAnalysis *analysis() const { return m_analysis; }
    NetworkControls *controls() const { return m_controls; }
    LayerPlot *layerPlot() const { return m_layerPlot; }
    DistributionPlot *distributionPlot() const { return m_distributionPlot; }
    DirectionPlot *directionPlot() const { return m_directionPlot; }
    PhasePlot *phasePlot() const { return m_phasePlot; }
    QComboBox *quantityBox() const { return m_quantity; }
    QTabWidget *plotTabs() const { return m_tabs; }
    QProgressBar *progress() const { return m_progress; }
    LiveLabel *summary() const { return m_summary; }
    QList<QCustomPlot *> plots() const;

    // The colour each function has in the main plot.
    void setColours(std::function<QColor(CurveId)> colourOf);
    void setPlotTheme(PlotThemeKind theme);
    void setLineScale(double scale);

signals:
    // A slider drag, from press to release: one step for undo (SceneHistory).
    void gestureStarted();
    void gestureFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void drawTheory();
    void drawSimulation();
    void drawSecondPlot();
    void updateSummary();
    void syncChoices();

    SceneModel *m_model;
    NetworkAnalysis *m_analysis;
    NetworkControls *m_controls;
    LayerPlot *m_layerPlot;
    DistributionPlot *m_distributionPlot;
    DirectionPlot *m_directionPlot;
    PhasePlot *m_phasePlot;
    QComboBox *m_quantity;
    QTabWidget *m_tabs;
    QProgressBar *m_progress;
    LiveLabel *m_summary;
    std::function<QColor(CurveId)> m_colourOf;
    double m_lineScale = 1.0;
    bool m_dark = false;
};
