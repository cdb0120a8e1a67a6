// The function plot in the window: FunctionPlot plus the mouse and the keyboard. Dragging pans
// and the wheel zooms, both written into the scene model's view. A trace cursor sits on one
// plotted curve (the current function unless ↑/↓ chose an overlay): the pointer moves it while
// hovering, and with the plot focused (a click, or Tab) ←/→ step it by 1/200 of the view
// (Shift: 1/20), stopping at every jump, and Home/End take it to the view's ends. It keeps its
// x when parameters or the view change and follows the curve; its readout (the curve's name,
// x, f, f′, f″) sits next to it inside the plot. The keyboard also pans (Ctrl+arrows) and zooms
// (+ and −; Ctrl+Shift+arrows one axis). Screen readers get the plot's summary as its
// description and the readout as its value (common/Accessibility.h). Buffers follow the
// screen's pixel ratio.
#pragma once

#include "FunctionPlot.h"

#include <optional>

class TraceReadout;

class PlotView : public FunctionPlot
{
    Q_OBJECT

public:
    static constexpr int kStepsPerView = 200;
    static constexpr int kShiftStepFactor = 10;
    static constexpr double kPanFraction = 0.1; // of the view, per Ctrl+arrow
    static constexpr double kZoomFactor = 0.8;  // the range shown after one zoom-in step

    explicit PlotView(SceneModel *model, QWidget *parent = nullptr);

    // The HiDPI buffer scale; follows the screen unless overridden (the benchmark's scale 2).
    void setBufferScale(double ratio);

    // The function the cursor traces, and the cursor's x (none before the pointer or a key
    // placed it). The cursor is shown while the pointer hovers or the plot has focus.
    CurveId tracedFunction() const;
    std::optional<double> cursorX() const { return m_cursorX; }
    bool isCursorShown() const;
    // Where the cursor's marker is, in plot coordinates (x, and the lowest shown order's value).
    QPointF cursorPoint() const;
    TraceReadout *readout() const { return m_readout; }
    // The readout as one line for the status bar; empty when the cursor is not shown.
    QString readoutLine() const { return m_readoutLine; }
    // The readout as a screen reader says it: "GELU at x = 0.5: f = 0.346, f′ = …".
    QString accessibleReadout() const override { return m_spokenReadout; }
    // View ▸ Zoom In/Out, for the whole window.
    void addActions(QMenu *menu);

public slots:
    // The current function's initial view.
    void resetView();
    // Both axes about the cursor (or the view's centre): factor < 1 zooms in.
    void zoom(double factor);

signals:
    // The pointer is over the plot at x; the traced function's values there.
    void hovered(double x, act::Derivatives values);
    void hoverLeft();
    // The status bar's line (readoutLine()) changed.
    void readoutChanged(const QString &line);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    // Over an axis, or with Shift (x) or Ctrl (y) held, the wheel zooms that axis alone.
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;
    void curvesRebuilt() override;

private:
    // Pan and zoom moved an axis: the model's view follows.
    void writeViewToModel();
    // The cursor's x to `x` (clamped into the view), then everything that shows it.
    void moveCursor(double x);
    // ←/→: `steps` view steps, stopping at the first jump of the traced function on the way.
    void stepCursor(double steps);
    // ↑/↓: the next or previous plotted curve.
    void switchTraced(int delta);
    // Marker, readout and status line from the cursor's x and the model's values now.
    void updateCursor();
    void placeReadout(const QPointF &anchor);
    // Ctrl+arrows pan, Ctrl+Shift+arrows zoom one axis, + and − both; false for other keys.
    bool navigate(const QKeyEvent *event);
    void zoomAxis(QCPAxis *axis, double factor);

    QCPItemTracer *m_tracer = nullptr;
    TraceReadout *m_readout = nullptr;
    double m_bufferScaleOverride = 0.0;
    std::optional<double> m_cursorX;
    std::optional<CurveId> m_traced; // none: the current function, whichever it is
    bool m_hovering = false;
    QPointF m_pointer;
    QString m_readoutLine;
    QString m_spokenReadout;
};
