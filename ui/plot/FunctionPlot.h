// The function plot as a renderer: a QCustomPlot that owns the graphs of every plotted curve and
// follows the scene model (catalogue functions and typed formulas, parameters, derivatives,
// view). The window shows it
// through PlotView, which adds the mouse; exports draw one that is never shown. The current
// function's curves live on a buffered layer of their own, so dragging one of its parameters
// redraws only that layer while every other curve stays cached (see PERFORMANCE-NOTES.md).
#pragma once

#include "Accessibility.h"
#include "AfterPaint.h"
#include "CurveId.h"
#include "LayerDamage.h"
#include "PlotTheme.h"
#include "activations.h"
#include "sampler.h"

#include <qcustomplot.h>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class SceneModel;
struct ViewRange;
template <typename T> class QFutureWatcher;

// What a refinement worker hands over: the view's points accurate (the rest still from the
// fast pass), or all of them.
struct RefinedSamples
{
    act::SampledCurves samples;
    bool complete = false;
};

class FunctionPlot : public QCustomPlot, public DescribedPlot
{
    Q_OBJECT

public:
    static constexpr int kSamples = 2400;

    explicit FunctionPlot(SceneModel *model, QWidget *parent = nullptr);

    SceneModel *model() const { return m_model; }
    // The graph drawing derivative `order` of `id`, or nullptr when it is not shown.
    QCPGraph *curve(CurveId id, int order) const;
    // The faint default-parameter curve of the current function, or nullptr.
    QCPGraph *ghost(CurveId id, int order) const;
    // Every default-parameter curve there is (what a print leaves out).
    std::vector<QCPAbstractPlottable *> ghosts() const;
    // Markers at the one-sided values next to jumps: filled where the function takes the
    // value, open where it is only a limit.
    QCPGraph *jumpMarkers(CurveId id, bool filled) const;

    // Typed formulas are drawn from the fast double pass first and their accurate values
    // (act::Formula::accurate) computed on a worker thread and swapped in when ready: what
    // the window does, so a drag stays smooth. Off (exports): accurate values right away.
    void setRefineInBackground(bool on) { m_refineInBackground = on; }
    // The part of the sampled range in view is refined first and drawn, then the rest
    // (FunctionPlotRefine.cpp). Whether any curve's accurate values are still being computed:
    bool isRefining() const { return !m_refining.empty(); }
    // The curves whose points in view are still drawn from the fast pass (what the window
    // says it is refining), and whether there are any.
    std::vector<CurveId> refiningCurves() const;
    bool isRefiningView() const { return !refiningCurves().empty(); }

    // The current function's curves, jump markers and tracer: the layer a drag redraws. Its
    // faint default-parameter curves have one of their own beneath it (they change only when
    // they show or hide). Both are redrawn through FunctionPlot only: QCPLayer::replot() would
    // clear all of a buffer, and the paint event composites a buffer only where it drew.
    QCPLayer *liveLayer() const { return m_liveLayer; }
    QCPLayer *ghostLayer() const { return m_ghostLayer; }
    // What the last frame that redrew only those layers repainted of the widget: the pixels
    // their changed curves covered before and cover now (empty when nothing changed, or when
    // a full replot came since).
    QRegion liveRepaint() const { return m_liveRepaint; }

    // Multiplies every curve's pen width (presentation mode: lines readable from the back of a
    // room). 1 is the normal look.
    void setLineScale(double scale);
    // Light or dark: the background, axes and legend (applyPlotTheme) and the curves' colours,
    // which stay in the theme however the scene changes afterwards.
    void setTheme(PlotThemeKind theme);
    // The high-contrast palette (presentation mode: projectors wash colours out).
    void setHighContrast(bool on);
    bool isHighContrast() const { return m_highContrast; }
    // The colour `id` is drawn in now. A function keeps its colour for as long as it stays
    // plotted, whichever function is current; a newly plotted one takes the first colour no
    // plotted function has (a fresh plot: the current function first, then the overlays).
    QColor colourOf(CurveId id) const;
    // Every frame replots everything, as a plot without the live layer would (the redraw
    // benchmark's baseline).
    void setAlwaysReplotAll(bool on) { m_alwaysReplotAll = on; }
    // Room for tick labels such as "−0.0000" whatever the function, so the plot area keeps its
    // size and place when the current function changes (a font change measures again).
    void reserveTickLabelRoom();

    // The look of an export, for as long as it draws: f, f' and f'' of every function alike at
    // these pen widths, and jump markers of this size, in the plot's pixels. None: the screen
    // look again, and the legend back inside the axes.
    struct PrintPens
    {
        std::array<double, 3> curve{};
        double marker = 6.0;
    };
    void setPrintPens(const std::optional<PrintPens> &pens);
    // For a figure `viewport` large: lays the plot out at that size and puts the legend inside
    // the axes in the corner where it covers the fewest drawn curve points, or below the plot
    // when it would cover curves in every corner or take too much of the plot area.
    void placeLegendForFigure(QSize viewport);
    bool isLegendBelow() const;
    // The inside corner the legend sits in (when not below).
    Qt::Alignment legendCorner() const;

    // "Compare with…" (FunctionPlotDifference.cpp): while the scene compares, an axis rect
    // beneath the plot, sharing its x range, draws current − compared on a y axis of its own,
    // with the largest |difference| over the visible x range marked and read out above it.
    // Null while not comparing.
    QCPAxisRect *differenceRect() const { return m_differenceRect; }
    QCPGraph *differenceGraph() const { return m_differenceGraph; }
    QCPGraph *differenceMarker() const { return m_differenceMarker; }
    // "max |GELU − GELU (tanh)| = 4.7×10⁻⁴ at x = −2.29", or empty.
    QString differenceReadout() const;

    // In words (FunctionPlotDescription.cpp): "ELU (α = 1), with ReLU overlaid. Shown: the
    // function f. x from −5 to 5, y from −2 to 5." and a comparison's difference.
    QString accessibleSummary() const override;

signals:
    // The theme, the palette or the plotted functions changed: colourOf() may give others.
    void coloursChanged();
    // isRefining() or refiningCurves() changed.
    void refiningChanged();

protected:
    void changeEvent(QEvent *event) override;
    // QCustomPlot's, except that the buffers above the background are composited only where
    // their layers drew (FunctionPlotRedraw.cpp).
    void paintEvent(QPaintEvent *event) override;
    // Draws at the next event-loop pass: everything, or only the live layer. Many slider
    // events in one pass make one frame.
    void scheduleRedraw(bool full);
    // Around every change of the graphs: before some are removed, and after they were rebuilt
    // or restyled (PlotView's tracer holds a graph and takes the current function's colour).
    virtual void curvesChanging() {}
    virtual void curvesRebuilt() {}
    QCPGraph *currentGraph() const;
    // Pens, markers and the legend from the theme, palette, line scale and pixel ratio.
    void restyle();
    QColor background() const { return themeBackground(m_theme); }
    double lineScale() const { return m_lineScale; }

private:
    struct Curves
    {
        std::array<QCPGraph *, 3> graphs{};
        std::array<QCPGraph *, 3> ghosts{};
        QCPGraph *filled = nullptr;
        QCPGraph *open = nullptr;
        act::SampledCurves samples;
        act::SampledCurves ghostSamples;
    };

    // A refinement in flight for one curve: whether the curve changed again since (the job is
    // cancelled and runs again when it ends), and whether its points in view are drawn. Until
    // the frame that asked for it has painted, it has no job yet (no watcher): the job starts
    // then, with the parameters the curve has by that time.
    struct Refinement
    {
        int generation = 0;
        bool again = false;
        bool viewDone = false;
        QFutureWatcher<RefinedSamples> *watcher = nullptr;
    };

    Curves &curves(CurveId id) { return m_curves[id]; }
    const Curves &curves(CurveId id) const;
    void onCurrentChanged(CurveId current, CurveId previous);
    void onOverlayChanged(CurveId id);
    void onParametersChanged(CurveId id);
    void onFormulasChanged();
    void onOrderShownChanged();
    void showView(const ViewRange &view);
    void onXRangeChanged(const QCPRange &range);

    void flushRedraw();
    // FunctionPlotRedraw.cpp: the ghost and live layers' buffers cleared where they drew,
    // drawn again, and the widget repainted where the drawing changed.
    void redrawLive();
    void trackBufferedLayers();
    // The bottom paint buffer holds the background too (FunctionPlotRedraw.cpp): a layer below
    // QCustomPlot's own fills it, and the paint event copies it instead of filling the
    // background and blending the buffer over it.
    void addBaseFill();
    bool isBaseBuffer(const QPaintDevice *device) const;
    bool baseBufferOpaque() const;
    // Inside the axes, in the corner where it covers the fewest curve points, as the last
    // layout left the axes. The number of points covered there.
    int placeLegend();
    void moveLegendInside();
    void moveLegendBelow();
    void rebuild(CurveId id);
    void removeCurves(CurveId id);
    void resample(CurveId id);
    void writeSamples(Curves &c);
    void refine(CurveId id);
    void startRefinement(CurveId id, int generation);
    void refined(CurveId id, int generation, RefinedSamples samples);
    void refineEnded(CurveId id, int generation);
    void dropRefinement(CurveId id);
    void resampleAll();
    void resampleGhosts();
    void updateGhostVisibility();
    // True when a function got another colour.
    bool assignColours();
    void updateComparison();
    void resampleDifference();
    void updateDifferenceReadout();
    void styleDifference();
    void fitDifferenceReadout(int width);

    SceneModel *m_model;
    std::map<CurveId, Curves> m_curves;
    std::map<CurveId, int> m_colourSlot; // plotted curves only
    std::map<CurveId, Refinement> m_refining;
    int m_refineGeneration = 0;
    AfterPaint m_afterPaint; // starts the refinement jobs a frame asked for
    bool m_refineInBackground = false;
    std::array<QCPGraph *, 3> m_styleKeys{};
    QCPLayer *m_ghostLayer = nullptr;
    QCPLayer *m_liveLayer = nullptr;
    // The buffered layers above the background (QCustomPlot's overlay, the ghosts, the live
    // layer) and what each drew last.
    struct TrackedLayer
    {
        QCPLayer *layer = nullptr;
        LayerDamage damage;
    };
    std::vector<TrackedLayer> m_tracked;
    bool m_replotting = false;        // between QCustomPlot's beforeReplot and afterReplot
    std::optional<QBrush> m_baseFill; // the brush the bottom buffer was last filled with
    QRegion m_liveRepaint;
    QCPLayoutGrid *m_legendRow = nullptr; // below the axes: spacer, legend, spacer
    QCPAxisRect *m_differenceRect = nullptr;
    QCPTextElement *m_differenceText = nullptr;
    QString m_differenceReadout; // on one line
    QCPGraph *m_differenceGraph = nullptr;
    QCPGraph *m_differenceMarker = nullptr;
    QCPMarginGroup *m_marginGroup = nullptr;
    std::optional<PrintPens> m_printPens;
    double m_sampleMin = -15.0;
    double m_sampleMax = 15.0;
    double m_lineScale = 1.0;
    PlotThemeKind m_theme = PlotThemeKind::Light;
    bool m_highContrast = false;
    bool m_alwaysReplotAll = false;
    bool m_fullRedrawPending = false;
    bool m_liveRedrawPending = false;
};
