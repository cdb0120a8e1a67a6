// The softmax bar chart: one bar per class with its probability written on it.
#pragma once

#include <qcustomplot.h>

#include <vector>

class ProbabilityChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ProbabilityChart(QWidget *parent = nullptr);

    QCPBars *bars() const { return m_bars; }
    // Redraws at the next event-loop pass; consecutive calls make one frame.
    void setProbabilities(const std::vector<double> &probabilities);

protected:
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    QCPBars *m_bars;
    std::vector<QCPItemText *> m_labels;
};
