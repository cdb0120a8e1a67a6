// The softmax bar chart: one bar per class with its probability written on it. It follows the
// scene model's softmax result itself, so a figure can be drawn from a model alone. Screen
// readers get the probabilities as text.
#pragma once

#include "Accessibility.h"

#include <qcustomplot.h>

#include <vector>

class SceneModel;

class ProbabilityChart : public QCustomPlot, public DescribedPlot
{
    Q_OBJECT

public:
    explicit ProbabilityChart(SceneModel *model, QWidget *parent = nullptr);

    // "Class 1: 0.846, class 2: 0.085, class 3: 0.069.", or why there are none.
    QString accessibleSummary() const override;

    QCPBars *bars() const { return m_bars; }
    // The buffered layer of the bars and their labels: new probabilities for as many classes
    // redraw it alone, over the axes' and grid's buffers as they were.
    QCPLayer *barsLayer() const { return m_barsLayer; }

protected:
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Redraws at the next event-loop pass; consecutive calls make one frame.
    void setProbabilities(const std::vector<double> &probabilities);
    void scheduleRedraw(bool full);
    void flushRedraw();

    SceneModel *m_model;
    QCPLayer *m_barsLayer;
    QCPBars *m_bars;
    std::vector<QCPItemText *> m_labels;
    bool m_fullRedrawPending = false;
    bool m_barsRedrawPending = false;
};
