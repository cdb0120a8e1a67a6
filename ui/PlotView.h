// The function plot: renders the scene model's curves with QCustomPlot. The current function's
// curves live on a buffered layer of their own, so dragging one of its parameters redraws only
// that layer while every other curve stays cached (see PERFORMANCE-NOTES.md).
#pragma once

#include "CurveSampler.h"
#include "PlotTheme.h"
#include "activations.h"

#include <qcustomplot.h>

#include <array>

class SceneModel;

class PlotView : public QCustomPlot
{
    Q_OBJECT

public:
    static constexpr int kSamples = 2400;

    explicit PlotView(SceneModel *model, QWidget *parent = nullptr);

    // The graph drawing derivative `order` of `id`, or nullptr when it is not shown.
    QCPGraph *curve(act::FunctionId id, int order) const;
    // The faint default-parameter curve of the current function, or nullptr.
    QCPGraph *ghost(act::FunctionId id, int order) const;
    // Markers at the one-sided values next to jumps: filled where the function takes the
    // value, open where it is only a limit.
    QCPGraph *jumpMarkers(act::FunctionId id, bool filled) const;
    QCPLayer *liveLayer() const { return m_liveLayer; }

    // The HiDPI buffer scale; follows the screen unless overridden (the benchmark's scale 2).
    void setBufferScale(double ratio);
    // Multiplies every curve's pen width (presentation mode: lines readable from the back of a
    // room). 1 is the normal look.
    void setLineScale(double scale);
    // Light or dark: the background, axes and legend (applyPlotTheme) and the curves' colours,
    // which stay in the theme however the scene changes afterwards.
    void setTheme(PlotThemeKind theme);
    // The high-contrast palette (presentation mode: projectors wash colours out).
    void setHighContrast(bool on);
    bool isHighContrast() const { return m_highContrast; }
    // The colour the function in `slot` of the model's plotted() list is drawn in now.
    QColor slotColour(std::size_t slot) const;

public slots:
    void resetView();

signals:
    // The pointer is over the plot at x; the current function's values there.
    void hovered(double x, act::Derivatives values);
    void hoverLeft();
    // The theme or the palette changed: slotColour() gives other colours.
    void coloursChanged();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Curves
    {
        std::array<QCPGraph *, 3> graphs{};
        std::array<QCPGraph *, 3> ghosts{};
        QCPGraph *filled = nullptr;
        QCPGraph *open = nullptr;
        SampledCurves samples;
        SampledCurves ghostSamples;
    };

    Curves &curves(act::FunctionId id) { return m_curves[static_cast<std::size_t>(id)]; }
    const Curves &curves(act::FunctionId id) const
    {
        return m_curves[static_cast<std::size_t>(id)];
    }
    void onCurrentChanged(act::FunctionId current, act::FunctionId previous);
    void onOverlayChanged(act::FunctionId id);
    void onParametersChanged(act::FunctionId id);
    void onOrderShownChanged();
    void onXRangeChanged(const QCPRange &range);

    // Draws what scheduleRedraw() queued: everything, or only the live layer.
    void flushRedraw();
    void rebuild(act::FunctionId id);
    void removeCurves(act::FunctionId id);
    void restyle();
    void resample(act::FunctionId id);
    void resampleAll();
    void resampleGhosts();
    void updateGhostVisibility();
    void attachTracer();
    void scheduleRedraw(bool full);

    SceneModel *m_model;
    std::array<Curves, act::kFunctionCount> m_curves;
    std::array<QCPGraph *, 3> m_styleKeys{};
    QCPLayer *m_liveLayer = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    double m_sampleMin = -15.0;
    double m_sampleMax = 15.0;
    double m_bufferScaleOverride = 0.0;
    double m_lineScale = 1.0;
    PlotThemeKind m_theme = PlotThemeKind::Light;
    bool m_highContrast = false;
    bool m_fullRedrawPending = false;
    bool m_liveRedrawPending = false;
};
