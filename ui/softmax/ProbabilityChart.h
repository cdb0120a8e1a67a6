// The softmax bar chart: one bar per class with its probability written on it. It follows the
// scene model's softmax result itself, so a figure can be drawn from a model alone.
#pragma once

#include <qcustomplot.h>

#include <vector>

class SceneModel;

class ProbabilityChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ProbabilityChart(SceneModel *model, QWidget *parent = nullptr);

    QCPBars *bars() const { return m_bars; }

protected:
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Redraws at the next event-loop pass; consecutive calls make one frame.
    void setProbabilities(const std::vector<double> &probabilities);

    QCPBars *m_bars;
    std::vector<QCPItemText *> m_labels;
};
