// The softmax panel: editable logits (2 to 20 classes), a temperature control, presets, and a
// bar chart of the probabilities with entropy and top class. Optionally pushes the logits
// through the current activation first, to show what, e.g., a ReLU before softmax throws away.
#pragma once

#include <QWidget>

#include <vector>

class LiveLabel;
class QCheckBox;
class QCPBars;
class NumberField;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class ProbabilityChart;
class SceneModel;

class SoftmaxView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTemperatureSteps = 1000;

    explicit SoftmaxView(SceneModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override; // inline colours follow the theme

public:
    ProbabilityChart *chart() const { return m_chart; }
    QCPBars *bars() const;
    QLineEdit *logitEdit(int index) const { return m_rows.at(index).edit; }
    QSlider *logitSlider(int index) const { return m_rows.at(index).slider; }
    QSlider *temperatureSlider() const { return m_temperatureSlider; }
    NumberField *temperatureSpinBox() const { return m_temperatureSpin; }
    QLabel *message() const { return m_message; }
    LiveLabel *statistics() const { return m_statistics; }

    // The temperature a slider position stands for (logarithmic, 0.05 to 20).
    static double temperatureAt(int position);
    static int temperaturePosition(double temperature);

signals:
    // A slider drag (press to release) or typing into a logit until it is committed: one
    // step for undo (SceneHistory).
    void gestureStarted();
    void gestureFinished();

private:
    struct Row
    {
        QWidget *label;
        QLineEdit *edit;
        QSlider *slider;
        QWidget *remove;
    };

    void showTemperature(double temperature);
    void rebuildRows();
    // Tab in the order shown: presets, the rows (made last, they would come last), then the
    // button and the temperature below them. Again once in a window: in a parentless view the
    // chain wraps round and Qt takes the button as following the last row already.
    void orderTabs();
    void syncRows();
    void updateToggle();
    void updateTexts();
    void editLogit(int index, const QString &text);
    void showMessage(const QString &text);
    void applyPreset(const std::vector<double> &logits);
    void startGesture();
    void finishGesture();
    void reportDrags(QSlider *slider);

    SceneModel *m_model;
    QGridLayout *m_rowLayout;
    std::vector<Row> m_rows;
    QPushButton *m_add;
    QWidget *m_lastPreset = nullptr; // the rows follow it when Tab is pressed
    QSlider *m_temperatureSlider;
    NumberField *m_temperatureSpin;
    QCheckBox *m_applyActivation;
    QLabel *m_message;
    LiveLabel *m_statistics;
    LiveLabel *m_transformed;
    ProbabilityChart *m_chart;
    bool m_inGesture = false;
};
