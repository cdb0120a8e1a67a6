// The function plot in the window: FunctionPlot plus the mouse. Dragging pans and the wheel
// zooms, both written into the scene model's view; the pointer shows a tracer on the current
// function and reports its values there. Buffers follow the screen's pixel ratio.
#pragma once

#include "FunctionPlot.h"

class PlotView : public FunctionPlot
{
    Q_OBJECT

public:
    explicit PlotView(SceneModel *model, QWidget *parent = nullptr);

    // The HiDPI buffer scale; follows the screen unless overridden (the benchmark's scale 2).
    void setBufferScale(double ratio);

public slots:
    // The current function's initial view.
    void resetView();

signals:
    // The pointer is over the plot at x; the current function's values there.
    void hovered(double x, act::Derivatives values);
    void hoverLeft();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    // Over an axis, or with Shift (x) or Ctrl (y) held, the wheel zooms that axis alone.
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    void curvesChanging() override;
    void curvesRebuilt() override;

private:
    // Pan and zoom moved an axis: the model's view follows.
    void writeViewToModel();

    QCPItemTracer *m_tracer = nullptr;
    double m_bufferScaleOverride = 0.0;
};
